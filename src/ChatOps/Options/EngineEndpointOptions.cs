namespace ChatOps.Options;

/// <summary>One entry of Docker:Engines: where an engine is, how to prove who we are to it, what it offers and how much it takes.</summary>
public sealed class EngineEndpointOptions
{
    /// <summary>How chat and logs name it ("local", "edge-1"); unique among the engines. Required.</summary>
    public string Name { get; set; } = "";

    /// <summary>unix:///path/to/docker.sock, or tcp://host:port as DOCKER_HOST writes it. Required.</summary>
    public string Endpoint { get; set; } = "";

    /// <summary>
    /// For tcp:// endpoints: a folder with ca.pem, cert.pem and key.pem, as DOCKER_CERT_PATH holds them. The engine
    /// must present a certificate signed by ca.pem, and we present cert.pem (TLS with client certificates, as
    /// `docker --tlsverify`). Empty: plain tcp, which only an engine on 127.0.0.1 should ever be reached by.
    /// </summary>
    public string CertPath { get; set; } = "";

    /// <summary>What the engine offers beyond the ordinary, e.g. "egress" for network access; integration instances may require one. Default none.</summary>
    public List<string> Labels { get; set; } = [];

    /// <summary>How many script jobs it runs at once. Default 4.</summary>
    public int Capacity { get; set; } = 4;

    /// <summary>
    /// How many image builds it runs at once (each with its check runs, tagging and push); 0: it takes none, it only
    /// runs scripts. Default (unset): Images:MaxConcurrentBuilds, so a single engine builds exactly as many at once as before.
    /// </summary>
    public int? BuildCapacity { get; set; }
}
