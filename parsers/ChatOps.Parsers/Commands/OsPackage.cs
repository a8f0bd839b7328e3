namespace ChatOps.Parsers.Commands;

/// <summary>An OS package (Debian or Alpine) with an optional exact version: <c>wget</c> or <c>wget=1.21.3-1+b2</c>.</summary>
public sealed record OsPackage(string Name, string? Version)
{
    public override string ToString() => Version is null ? Name : $"{Name}={Version}";
}
