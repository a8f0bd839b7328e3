namespace ChatOps.Tests.Service.Support;

/// <summary>The tests that run the published build share one publish.</summary>
[CollectionDefinition(Name)]
public sealed class PublishedCollection : ICollectionFixture<PublishedBuild>
{
    public const string Name = "published build";
}
