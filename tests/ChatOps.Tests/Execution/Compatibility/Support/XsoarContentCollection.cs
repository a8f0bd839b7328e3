namespace ChatOps.Tests.Execution.Compatibility.Support;

/// <summary>The compatibility tests share one host over the checkout (and run one after another on it).</summary>
[CollectionDefinition(Name)]
public sealed class XsoarContentCollection : ICollectionFixture<XsoarContentFixture>
{
    public const string Name = "XSOAR content";
}
