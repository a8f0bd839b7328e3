using ChatOps.Tests.Execution.Support;

namespace ChatOps.Tests.Integrations.Support;

/// <summary>
/// The stand-in integration in a content folder with the stand-in CommonServerPython, a fake of its API on
/// 127.0.0.1, and instances: intel-a and intel-b (host networking, each its own key), intel-offline (no egress),
/// intel-wrongkey (a key the API refuses). Keys come from CHATOPS_SECRET__ variables, as an operator would set
/// them; the instance names carry a unique suffix so no other test's variables collide.
/// </summary>
internal sealed class IntegrationHost : IAsyncDisposable
{
    private readonly TestContent _content;
    private readonly string _commonServer;
    private readonly List<string> _variables = [];

    /// <param name="settings">More configuration over the instances', e.g. Docker:Engines and an instance's EngineLabels.</param>
    public IntegrationHost(string? storageFolder = null, string? suffix = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        Suffix = suffix ?? Guid.NewGuid().ToString("N")[..6];
        KeyA = "key-aaaa-" + Suffix;
        KeyB = "key-bbbb-" + Suffix;
        Api = new FakeIntelApi(new Dictionary<string, string> { [KeyA] = "Hello-A", [KeyB] = "Hello-B", ["key-cccc-" + Suffix] = "Hello-C" });
        _commonServer = Directory.CreateTempSubdirectory("chatops-standin-csp-").FullName;
        File.WriteAllText(Path.Combine(_commonServer, "CommonServerPython.py"), StandInCommonServer.CommonServerPython);
        _content = new TestContent(withRepositoryContent: false)
            .Script("AskIntel", """
                res = demisto.executeCommand('standin-say-hello', dict(demisto.args()))
                demisto.results(('error: ' + res[0]['Contents']) if is_error(res) else res[0]['HumanReadable'])
                """, "- name: name\n  required: true\n- name: using");
        var folder = Path.Combine(_content.Folder, StandInIntegration.Id);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, StandInIntegration.Id + ".yml"), StandInIntegration.Yaml("demisto/python3-deb:3.11.2.1"));
        File.WriteAllText(Path.Combine(folder, StandInIntegration.Id + ".py"), StandInIntegration.Code);

        var values = new Dictionary<string, string?>
        {
            ["Executor:CommonServerPython"] = Path.Combine(_commonServer, "CommonServerPython.py"),
            ["Executor:ScriptTimeout"] = "00:00:30",
        };
        if (storageFolder is not null) values["Storage:Folder"] = storageFolder;
        AddInstance(values, 0, A, KeyA, "host");
        AddInstance(values, 1, B, KeyB, "host");
        AddInstance(values, 2, Offline, "key-cccc-" + Suffix, "");
        AddInstance(values, 3, WrongKey, "key-wrong-" + Suffix, "host");
        AddInstance(values, 4, Proxied, "key-proxied-" + Suffix, "");
        values["Integrations:Instances:4:Params:proxy"] = "true";
        values["Integrations:Proxy"] = "http://127.0.0.1:3128";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        Scripts = new ScriptHost(_content.Folder, values);
    }

    public string Suffix { get; }

    public string KeyA { get; }

    public string KeyB { get; }

    public string A => "intel-a-" + Suffix;

    public string B => "intel-b-" + Suffix;

    public string Offline => "intel-offline-" + Suffix;

    public string WrongKey => "intel-wrongkey-" + Suffix;

    public string Proxied => "intel-proxied-" + Suffix;

    public FakeIntelApi Api { get; }

    public ScriptHost Scripts { get; }

    private void AddInstance(Dictionary<string, string?> settings, int index, string name, string key, string egress)
    {
        var prefix = $"Integrations:Instances:{index}:";
        settings[prefix + "Name"] = name;
        settings[prefix + "Integration"] = StandInIntegration.Id;
        settings[prefix + "Egress"] = egress;
        settings[prefix + "Params:url"] = Api.Url;
        var variable = $"CHATOPS_SECRET__{name.ToUpperInvariant().Replace('-', '_')}__APIKEY";
        Environment.SetEnvironmentVariable(variable, key);
        _variables.Add(variable);
    }

    public async ValueTask DisposeAsync()
    {
        await Scripts.DisposeAsync();
        await Api.DisposeAsync();
        _content.Dispose();
        Directory.Delete(_commonServer, recursive: true);
        foreach (var variable in _variables) Environment.SetEnvironmentVariable(variable, null);
    }
}
