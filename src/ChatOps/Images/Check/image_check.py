# Looks inside an image the bot built or pulled and prints one line: the marker, then JSON with the python
# version, every installed distribution (version and licence metadata), every OS package, and the problems found.
# It runs as the last command of the generated Dockerfile's last RUN (so the build stream carries the answer and
# no extra container is needed) or, for images built elsewhere, in a short container without network.
# Usage: python3 -I -S image_check.py REQUEST, REQUEST being JSON {"distributions": [...], "packages": [...]} or a
# file holding it. It reads metadata only and never imports what was installed. -S matters: without it Python runs
# the .pth files of what was installed before this script starts, and one could rewrite or imitate the answer; the
# site directories are added here by hand instead, which reads no .pth file.
import json, os, platform, re, site, subprocess, sys
sys.path.extend(p for p in site.getsitepackages() if p not in sys.path)
import importlib.metadata as md

MARKER = "chatops-image-check "

arg = sys.argv[1]
if not arg.startswith("{"):
    with open(arg, encoding="utf-8") as f:
        arg = f.read()
req = json.loads(arg)
norm = lambda n: re.sub(r"[-_.]+", "-", n).lower()
problems, dists = [], {}
for d in md.distributions():
    name = d.metadata.get("Name")
    if not name or norm(name) in dists:
        continue  # the first on sys.path wins, as for import
    lic = d.metadata.get("License")
    dists[norm(name)] = {"name": name, "version": d.version,
        "licenseExpression": d.metadata.get("License-Expression"),
        "license": lic[:500] if lic else None,
        "classifiers": [c for c in (d.metadata.get_all("Classifier") or []) if c.startswith("License ::")]}
for name in req["distributions"]:
    if norm(name) not in dists:
        problems.append("python distribution %s is not installed" % name)
if req["distributions"]:
    try:  # what `pip check` does, in this process: starting pip again costs seconds
        from pip._vendor.packaging.requirements import Requirement
    except ImportError:
        Requirement = None
    if Requirement is None:
        check = subprocess.run([sys.executable, "-m", "pip", "check", "--disable-pip-version-check"], capture_output=True, text=True)
        if check.returncode != 0:
            problems.append("pip check: " + (check.stdout + check.stderr).strip())
    else:
        for d in md.distributions():
            for line in d.requires or []:
                try:
                    r = Requirement(line)
                except Exception:
                    continue
                if r.marker is not None and not r.marker.evaluate({"extra": ""}):
                    continue
                dep = dists.get(norm(r.name))
                if dep is None:
                    problems.append("%s requires %s, which is not installed" % (d.metadata["Name"], r.name))
                elif r.specifier and not r.specifier.contains(dep["version"], prereleases=True):
                    problems.append("%s requires %s but %s is installed" % (d.metadata["Name"], r, dep["version"]))
def deb_license(name):
    # The licence a Debian copyright file gives: in the machine-readable format (DEP-5) the License of the
    # "Files: *" paragraph (else the first License field); in the older free form, the file it points to in
    # /usr/share/common-licenses ("see /usr/share/common-licenses/GPL-3"), Debian's convention for naming it.
    try:
        with open("/usr/share/doc/%s/copyright" % name, encoding="utf-8", errors="replace") as f:
            text = f.read(200000)
    except OSError:
        return None
    first = None
    for para in re.split(r"\n[ \t]*\n", text):
        lic = re.search(r"^License:[ \t]*(\S[^\n]*)", para, re.M)
        if not lic:
            continue
        files = re.search(r"^Files:[ \t]*(\S[^\n]*)", para, re.M)
        if files and files.group(1).strip() == "*":
            return lic.group(1).strip()
        first = first or lic.group(1).strip()
    if first:
        return first
    ref = re.search(r"/usr/share/common-licenses/([A-Za-z0-9.+-]*[A-Za-z0-9+])", text)
    return ref.group(1) if ref else None

def apk_license(name):
    # `apk info --license NAME` prints "NAME-VERSION license:" and the SPDX expression on the next line.
    lines = subprocess.run(["apk", "info", "--license", name], capture_output=True, text=True).stdout.splitlines()
    for i, line in enumerate(lines[:-1]):
        if line.endswith(" license:") and lines[i + 1].strip():
            return lines[i + 1].strip()
    return None

pkgs = []
if os.path.exists("/etc/alpine-release"):
    for name in req["packages"]:
        if subprocess.run(["apk", "info", "-e", name], capture_output=True).returncode != 0:
            problems.append("os package %s is not installed" % name)
    for line in subprocess.run(["apk", "info", "-v"], capture_output=True, text=True).stdout.split():
        parts = line.rsplit("-", 2)
        if len(parts) == 3:
            pkgs.append({"name": parts[0], "version": parts[1] + "-" + parts[2]})
else:
    # Installed packages only ("ii": a removed package's leftover configuration is not a package), and what each
    # provides: apt installs a virtual package's one provider silently, and the user is better told its name.
    out = subprocess.run(["dpkg-query", "-W", "-f=${db:Status-Abbrev}\t${Package}\t${Version}\t${Provides}\n"], capture_output=True, text=True).stdout
    providers = {}
    for line in out.splitlines():
        status, name, version, provides = (line.split("\t") + ["", "", ""])[:4]
        if status.strip() != "ii":
            continue
        pkgs.append({"name": name, "version": version})
        for provided in provides.split(","):
            provided = provided.strip().split(" ")[0]
            if provided:
                providers.setdefault(provided, []).append(name)
    installed = {p["name"] for p in pkgs}
    for name in req["packages"]:
        if name in installed:
            continue
        if name in providers:
            problems.append("os package %s is not installed: it is a virtual package, provided here by %s; name that instead (packages=%s)"
                            % (name, ", ".join(providers[name]), providers[name][0]))
        else:
            problems.append("os package %s is not installed" % name)
# The licence of each requested package, for the due-diligence table (only those: reading every copyright file
# of the base would cost time for lines nobody asked about).
license_of = apk_license if os.path.exists("/etc/alpine-release") else deb_license
for p in pkgs:
    if p["name"] in req["packages"]:
        p["license"] = license_of(p["name"])
# One write of one line (ASCII only), flushed, so the build stream does not interleave it with anything else; it
# starts on a line of its own even when what ran before left a line unfinished (pip ends its warning in a colour code).
sys.stdout.write("\n" + MARKER + json.dumps({"python": platform.python_version(), "distributions": list(dists.values()), "osPackages": pkgs, "problems": problems}) + "\n")
sys.stdout.flush()
