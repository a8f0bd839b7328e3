using ChatOps.Options;

namespace ChatOps.Engine;

/// <summary>One engine as configured: its name, where it is, the TLS material folder (tcp only), its labels and its capacities.</summary>
/// <param name="Endpoint">As configured (unix:///... or tcp://host:port), for messages; <see cref="Address"/> is it parsed.</param>
/// <param name="Capacity">Script jobs at once.</param>
/// <param name="BuildCapacity">Builds at once; null: Images:MaxConcurrentBuilds (see <see cref="BuildPlacement"/>).</param>
public sealed record EngineEndpoint(string Name, string Endpoint, string? CertPath, IReadOnlySet<string> Labels, int Capacity, int? BuildCapacity = null)
{
    public Uri Address => new(Endpoint);

    /// <summary>The name of the one engine a configuration without Docker:Engines has.</summary>
    public const string DefaultName = "local";

    /// <summary>The engines Docker:Engines lists, or the single one at Docker:Endpoint when it lists none.</summary>
    /// <exception cref="InvalidOperationException">An entry is incomplete or contradicts another; the message says which and how to fix it.</exception>
    public static IReadOnlyList<EngineEndpoint> AllOf(DockerOptions options)
    {
        if (options.Engines.Count == 0)
            return [new EngineEndpoint(DefaultName, Parse(DefaultName, options.Endpoint), null, new HashSet<string>(), new EngineEndpointOptions().Capacity)];
        var engines = options.Engines.Select((entry, index) => Of(entry, index)).ToList();
        var repeated = engines.GroupBy(e => e.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null) throw new InvalidOperationException($"Docker:Engines names '{repeated.Key}' more than once; give each engine its own name.");
        if (engines.All(e => e.BuildCapacity == 0))
            throw new InvalidOperationException("no engine of Docker:Engines takes builds (every BuildCapacity is 0); give at least one a BuildCapacity of 1 or more, or leave it unset.");
        return engines;
    }

    private static EngineEndpoint Of(EngineEndpointOptions entry, int index)
    {
        var name = entry.Name.Trim();
        if (name.Length == 0) throw new InvalidOperationException($"Docker:Engines:{index} has no Name; give each engine one (e.g. \"edge-1\").");
        var endpoint = Parse(name, entry.Endpoint);
        var certPath = entry.CertPath.Trim() is { Length: > 0 } path ? path : null;
        if (certPath is not null && new Uri(endpoint).Scheme != "tcp")
            throw new InvalidOperationException($"engine '{name}': CertPath is for tcp:// endpoints; {endpoint} is reached without TLS.");
        if (certPath is not null)
        {
            foreach (var file in EngineTls.Files)
                if (!File.Exists(Path.Combine(certPath, file)))
                    throw new InvalidOperationException($"engine '{name}': {Path.Combine(certPath, file)} does not exist (CertPath holds ca.pem, cert.pem and key.pem, as DOCKER_CERT_PATH does).");
        }
        if (entry.Capacity < 1) throw new InvalidOperationException($"engine '{name}': Capacity must be at least 1 (jobs at once), not {entry.Capacity}.");
        if (entry.BuildCapacity < 0) throw new InvalidOperationException($"engine '{name}': BuildCapacity must be 0 (no builds) or more, not {entry.BuildCapacity}.");
        var labels = entry.Labels.Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);
        return new EngineEndpoint(name, endpoint, certPath, labels, entry.Capacity, entry.BuildCapacity);
    }

    private static string Parse(string name, string endpoint)
    {
        if (!Uri.TryCreate(endpoint.Trim(), UriKind.Absolute, out var address) || address.Scheme is not ("unix" or "tcp"))
            throw new InvalidOperationException($"engine '{name}': Endpoint '{endpoint}' is neither unix:///path/to/docker.sock nor tcp://host:port.");
        return endpoint.Trim();
    }

    public override string ToString() => $"{Name} ({Endpoint})";
}
