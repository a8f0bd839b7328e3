using ChatOps.Engine;

namespace ChatOps.Images;

/// <summary>The label names the bot writes on every image it builds (OCI annotations plus its own).</summary>
public static class BuildLabels
{
    public const string Created = "org.opencontainers.image.created";
    public const string RequestedBy = "org.chatops.requested-by";
    public const string Spec = "org.chatops.spec";
    public const string Managed = ManagedLabels.Managed;
}
