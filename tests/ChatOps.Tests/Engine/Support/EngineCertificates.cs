using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ChatOps.Tests.Engine.Support;

/// <summary>
/// TLS material for an engine on 127.0.0.1 made here with CertificateRequest: a CA of this test, the engine's
/// certificate (server-cert.pem, for 127.0.0.1) and a client certificate, written as `docker --tlsverify` and
/// dockerd read them: ca.pem, cert.pem and key.pem in <see cref="ClientFolder"/>, the engine's files beside them.
/// Valid for a day; every instance is a new CA, so two instances do not trust each other.
/// </summary>
public sealed class EngineCertificates : IDisposable
{
    private const string ServerAuth = "1.3.6.1.5.5.7.3.1";
    private const string ClientAuth = "1.3.6.1.5.5.7.3.2";

    public EngineCertificates()
    {
        Folder = Directory.CreateTempSubdirectory("chatops-engine-tls-").FullName;
        ClientFolder = Directory.CreateDirectory(Path.Combine(Folder, "client")).FullName;
        using var authorityKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var authorityRequest = new CertificateRequest("CN=chatops test engine CA", authorityKey, HashAlgorithmName.SHA256);
        authorityRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        authorityRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        authorityRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(authorityRequest.PublicKey, false));
        using var authority = authorityRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        AuthorityPem = authority.ExportCertificatePem();

        File.WriteAllText(CaFile, AuthorityPem);
        File.WriteAllText(Path.Combine(ClientFolder, "ca.pem"), AuthorityPem);
        Issue(authority, "CN=127.0.0.1", ServerAuth, ServerCertificateFile, ServerKeyFile, serverName: true);
        Issue(authority, "CN=chatops", ClientAuth, Path.Combine(ClientFolder, "cert.pem"), Path.Combine(ClientFolder, "key.pem"), serverName: false);
    }

    public string Folder { get; }

    /// <summary>What the bot's CertPath points at: ca.pem, cert.pem, key.pem.</summary>
    public string ClientFolder { get; }

    public string AuthorityPem { get; }

    public string CaFile => Path.Combine(Folder, "ca.pem");

    public string ServerCertificateFile => Path.Combine(Folder, "server-cert.pem");

    public string ServerKeyFile => Path.Combine(Folder, "server-key.pem");

    private static void Issue(X509Certificate2 authority, string subject, string usage, string certificateFile, string keyFile, bool serverName)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(usage)], false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(authority, true, false));
        if (serverName)
        {
            var names = new SubjectAlternativeNameBuilder();
            names.AddIpAddress(IPAddress.Loopback);
            names.AddDnsName("localhost");
            request.CertificateExtensions.Add(names.Build());
        }
        // Until the authority's own end, not a fresh "now + 1 day": a second ticking over between the two made the
        // leaf outlive its issuer, which CertificateRequest refuses (the fixture failed in its constructor).
        using var certificate = request.Create(authority, DateTimeOffset.UtcNow.AddMinutes(-5), new DateTimeOffset(authority.NotAfter.ToUniversalTime()), RandomNumberGenerator.GetBytes(16));
        File.WriteAllText(certificateFile, certificate.ExportCertificatePem());
        File.WriteAllText(keyFile, key.ExportPkcs8PrivateKeyPem());
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
