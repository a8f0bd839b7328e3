using System.Text.Json.Nodes;
using ChatOps.Content;
using ChatOps.Execution;
using ChatOps.Tests.Execution.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Tests.Execution.Compatibility.Support;

/// <summary>
/// One script host for the whole compatibility collection, over the real checkout as Content:Folder (so the real
/// CommonServerPython is preloaded from its Packs/Base), with the content's images mapped to the compatibility
/// image. Starting containers and loading CommonServerPython are the expensive part; each test takes a channel
/// of its own, so none sees another's context. Nothing is made when CHATOPS_XSOAR_CONTENT is unset.
/// </summary>
public sealed class XsoarContentFixture : IAsyncLifetime
{
    private ScriptHost? _host;

    internal string Folder { get; private set; } = "";

    internal string Image { get; private set; } = "";

    internal ScriptHost Host => _host ?? throw new InvalidOperationException(XsoarCheckout.SkipReason);

    internal ContentLibrary Library => Host.Services.GetRequiredService<ContentLibrary>();

    internal ScriptRunner Runner => Host.Services.GetRequiredService<ScriptRunner>();

    public async Task InitializeAsync()
    {
        if (XsoarCheckout.Folder is not { } folder) return;
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"{XsoarCheckout.Variable} names {folder}, which does not exist.");
        Folder = folder;
        Image = await CompatibilityImage.EnsureAsync(CancellationToken.None);
        var named = new ContentLibrary(folder);
        var images = named.Scripts.Select(s => s.DockerImage).Concat(named.Integrations.Select(i => i.DockerImage)).OfType<string>();
        _host = new ScriptHost(folder, CompatibilityImage.ImageMapSettings(Image, images));
    }

    /// <summary>
    /// Runs !script with key=value arguments in a channel along the war room's own path (RunScriptHandler's steps:
    /// find, refuse, bind, acquire, run, apply EntryContext), keeping the raw entries the handler would render.
    /// </summary>
    internal async Task<WarRoomRun> RunAsync(string channel, string script, params (string Key, string Value)[] args)
    {
        var found = Library.Find(script) ?? throw new InvalidOperationException($"the checkout {Folder} has no script {script}");
        if (Runner.RefusalOf(found) is { } refusal) throw new InvalidOperationException(refusal);
        var binding = ScriptArgumentBinder.Bind(found, args.Select(a => (a.Key, (JsonNode?)JsonValue.Create(a.Value), (int?)null)));
        if (!binding.Succeeded) throw new InvalidOperationException(binding.Error);
        var container = await Runner.AcquireAsync(found, depth: 0, CancellationToken.None);
        var run = await Runner.RunAsync(container, found, binding.Args!, channel, depth: 0, CancellationToken.None);
        var refusals = await Runner.ApplyEntryContextAsync(run, channel, CancellationToken.None);
        return new WarRoomRun(run, refusals, await Host.Services.GetRequiredService<ChannelContextStore>().SnapshotAsync(channel, CancellationToken.None));
    }

    public async Task DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
    }
}
