namespace ChatOps.Tests.Execution.Compatibility.Support;

/// <summary>
/// A fact that needs a real content checkout: skipped, with the reason and how to run it, when CHATOPS_XSOAR_CONTENT
/// is unset. xunit v2 has no skip decided at run time, but it reads Skip after constructing the attribute.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class XsoarContentFactAttribute : FactAttribute
{
    public XsoarContentFactAttribute()
    {
        if (XsoarCheckout.Folder is null) Skip = XsoarCheckout.SkipReason;
    }
}
