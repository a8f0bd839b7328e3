namespace ChatOps.Parsers;

/// <summary>Every built-in command the grammar knows (scripts come from content and are not listed here).</summary>
public static class CommandCatalog
{
    public static IReadOnlyList<CommandSpec> All { get; } =
    [
        new("/docker_image_create",
            "/docker_image_create name=<name> [dependencies=<lib,...>] [packages=<pkg,...>] [base=<org/image:tag>] [force=true|false]",
            "Builds a new image with Python libraries and OS packages; it gets a new version tag 1.0.0.<build>.",
            [
                new("name", true, "image name: lower-case letters, digits, '.', '_' and '-'", "example_name"),
                new("dependencies", false, "Python libraries, comma separated, each with an optional version specifier", "mechanize,requests>=2.31"),
                new("packages", false, "OS packages, comma separated, each with an optional =version", "wget,curl"),
                new("base", false, "the image to build on (org/image:tag, no registry host); the configured default when left out", "demisto/python3-deb:3.11.2.1"),
                new("force", false, "build even when an existing image already has everything asked for (true/false)", "true", Flag: true),
            ]),
        new("/docker_image_update",
            "/docker_image_update image=<org/image> | all=true",
            "Pulls the newest version tag of one image, or of every image the bot knows, from the registry.",
            [
                new("image", false, "the image to update (org/image, no registry host); give this or all=true", "demisto/example_name"),
                new("all", false, "update every image the bot knows (true/false); give this or image=", "true", Flag: true),
            ]),
        new("/docker_images",
            "/docker_images [name=<part of a name>] [package=<package>]",
            "Lists the images: repository, tag, size, created, python version.",
            [
                new("name", false, "only images whose name contains this text", "python3"),
                new("package", false, "only images that contain this Python or OS package", "requests"),
            ]),
        new("/docker_image_info",
            "/docker_image_info image=<org/image:tag>",
            "Shows what is inside an image and how it was built: packages, licences, Dockerfile, log, users.",
            [
                new("image", true, "the image and its tag (org/image:tag, no registry host)", "demisto/example_name:1.0.0.3"),
            ]),
        new("/docker_image_delete",
            "/docker_image_delete image=<org/image:tag> [force=true|false]",
            "Deletes one tag the bot built; refused while content names it or a container uses it.",
            [
                new("image", true, "the image and its tag (org/image:tag, no registry host)", "demisto/example_name:1.0.0.3"),
                new("force", false, "delete even while content names the tag or a container uses it (true/false)", "true", Flag: true),
            ]),
        new("/docker_image_prune",
            "/docker_image_prune",
            "Deletes old tags the bot built, keeping the newest of each name and every tag content names.",
            []),
        new("/docker_image_diff",
            "/docker_image_diff from=<org/image:tag> to=<org/image:tag>",
            "Compares the packages of two images: added, removed and changed versions.",
            [
                new("from", true, "the older image (org/image:tag)", "demisto/example_name:1.0.0.2"),
                new("to", true, "the newer image (org/image:tag)", "demisto/example_name:1.0.0.3"),
            ]),
        new("/docker_image_approve",
            "/docker_image_approve id=<approval id>",
            "Approves a staged image (Images:RequireApproval): it gets its final tag. Not your own request.",
            [
                new("id", true, "the number of the approval request, as the request shows it", "12"),
            ],
            ButtonKey: "id"),
        new("/docker_image_deny",
            "/docker_image_deny id=<approval id>",
            "Denies a staged image (Images:RequireApproval): its staging tag is removed, nothing is tagged.",
            [
                new("id", true, "the number of the approval request, as the request shows it", "12"),
            ],
            ButtonKey: "id"),
        new("/docker_image_approvals",
            "/docker_image_approvals",
            "Lists the staged images waiting for approval, each with its Approve and Deny (needs images.approve).",
            []),
        new("/engines",
            "/engines",
            "Shows each Docker engine: health, endpoint, labels, script containers, jobs and running builds.",
            []),
        new("/content_update_images",
            "/content_update_images",
            "Reports which dockerimage tags in the content folder are out of date.",
            []),
        new("/integration_test",
            "/integration_test instance=<name>",
            "Runs an integration instance's test-module: ok, or the integration's own error.",
            [
                new("instance", true, "an instance configured in Integrations:Instances (letters, digits, '_' and '-')", "HelloWorld_instance_1"),
            ]),
        new("/run",
            "/run !ScriptName [value] [key=value ...]",
            "Runs a content script or integration command in its Docker image (the same as typing !ScriptName).",
            [
                new("line", true, "the script line, e.g. !Print value=hi", "!Print value=hi"),
            ],
            CommandKind.ScriptLine),
        new("/audit",
            "/audit [user=<user or principal>] [command=<command>] [outcome=<ok|refused|failed|interrupted|open|...>] [limit=<1-100>]",
            "Shows the most recent audited commands, newest first (needs audit.read).",
            [
                new("user", false, "only this user: a principal such as slack:U0123, or a bare id on any platform", "slack:U0123"),
                new("command", false, "only this command, as typed: /docker_image_create, !Print, help", "/docker_image_create"),
                new("outcome", false, "only outcomes that start with this word: ok, refused, failed, error, cancelled, interrupted, open (not finished)", "refused"),
                new("limit", false, "how many entries, 1 to 100; 20 when left out", "50"),
            ]),
        new("/help",
            "/help [/command | !ScriptName]",
            "Lists the commands, or explains one command or script.",
            [
                new("topic", false, "a command or a script, e.g. /docker_image_create or !Print", "/docker_images"),
            ],
            CommandKind.HelpTopic,
            ["help"]),
    ];

    public static CommandSpec? Find(string verb) => All.FirstOrDefault(c => c.IsCalled(verb));
}
