using ChatOps.Content;
using ChatOps.Integrations;
using ChatOps.Tests.Content.Support;

namespace ChatOps.Tests.Integrations.Support;

/// <summary>
/// One test's world: a content folder with the test integration, the instances configured, the environment
/// variables set and the secrets files written; Catalog() builds the catalog over them.
/// </summary>
internal sealed class InstanceSetup : IDisposable
{
    private readonly ContentFolder _content = new();

    public InstanceSetup(string yaml = "")
    {
        _content.Write("Integrations/HelloWorld/HelloWorld.yml", yaml.Length > 0 ? yaml : InstanceYaml.Integration())
            .Write("Integrations/HelloWorld/HelloWorld.py", "def main(): pass\n");
    }

    public string Folder => _content.Path;

    public IntegrationsOptions Options { get; } = new();

    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    public FakeFileStatusReader Files { get; } = new();

    public ContentLibrary? Library { get; private set; }

    public IntegrationInstanceOptions Add(string name, string integration = "HelloWorld", Dictionary<string, string>? parameters = null)
    {
        var instance = new IntegrationInstanceOptions { Name = name, Integration = integration };
        foreach (var (key, value) in parameters ?? []) instance.Params[key] = value;
        Options.Instances.Add(instance);
        return instance;
    }

    /// <summary>An instance with its required apikey set in the environment, as a working configuration has it.</summary>
    public IntegrationInstanceOptions AddWorking(string name, string apikey = "key-of-" + "test")
    {
        Environment[SecretVariableNames.For(name, "apikey")] = apikey;
        return Add(name);
    }

    public InstanceSetup WriteContent(string relative, string text)
    {
        _content.Write(relative, text);
        return this;
    }

    public string WriteSecrets(string name, string json)
    {
        var path = System.IO.Path.Combine(_content.Path, name);
        File.WriteAllText(path, json);
        return path;
    }

    public ListLogger<IntegrationInstanceCatalog> Log { get; } = new();

    public IntegrationInstanceCatalog Catalog(TimeSpan? rescan = null)
    {
        Library = new ContentLibrary(_content.Path, rescanInterval: rescan ?? TimeSpan.FromDays(1));
        return new IntegrationInstanceCatalog(Options, Library, _content.Path, name => Environment.GetValueOrDefault(name), Files, Log);
    }

    public IntegrationInstance One(IntegrationInstanceCatalog? catalog = null) => Assert.Single((catalog ?? Catalog()).Instances);

    public void Dispose() => _content.Dispose();
}
