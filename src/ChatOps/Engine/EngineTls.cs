using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Docker.DotNet.X509;

namespace ChatOps.Engine;

/// <summary>
/// TLS with client certificates, the way `docker --tlsverify` reads DOCKER_CERT_PATH: we present cert.pem (with
/// key.pem) and accept only an engine whose certificate chains to ca.pem, the system's trust store playing no part.
/// </summary>
internal static class EngineTls
{
    public const string CaFile = "ca.pem";
    public const string CertificateFile = "cert.pem";
    public const string KeyFile = "key.pem";

    public static IReadOnlyList<string> Files { get; } = [CaFile, CertificateFile, KeyFile];

    public static CertificateCredentials Credentials(string certPath)
    {
        var client = X509Certificate2.CreateFromPemFile(Path.Combine(certPath, CertificateFile), Path.Combine(certPath, KeyFile));
        var authority = X509Certificate2.CreateFromPem(File.ReadAllText(Path.Combine(certPath, CaFile)));
        return new CertificateCredentials(client) { ServerCertificateValidationCallback = (_, certificate, _, errors) => IsSignedBy(authority, certificate, errors) };
    }

    private static bool IsSignedBy(X509Certificate2 authority, X509Certificate? presented, SslPolicyErrors errors)
    {
        // A name mismatch or a missing certificate is never forgiven; an untrusted root is, when the root is ours.
        if (presented is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch) || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable)) return false;
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var certificate = new X509Certificate2(presented);
        return chain.Build(certificate);
    }
}
