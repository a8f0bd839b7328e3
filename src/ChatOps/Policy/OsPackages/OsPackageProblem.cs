using ChatOps.Parsers.Commands;

namespace ChatOps.Policy.OsPackages;

/// <summary>A requested OS package the base image's index does not have as written, and what to write instead.</summary>
internal sealed record OsPackageProblem(OsPackage Package, string Reason);
