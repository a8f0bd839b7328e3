using ChatOps.Content;

namespace ChatOps.Integrations;

/// <summary>
/// Which params of an integration are secret: encrypted (type 4), credentials (type 9) and any param the YAML
/// hides, as XSOAR keeps those out of its instance page. A hidden checkbox is the exception: true or false hides
/// nothing, and treating "true" as a secret would redact it from every reply.
/// </summary>
internal static class SecretParams
{
    public static bool IsSecret(IntegrationParam param) =>
        param.Type is ParamType.Encrypted or ParamType.Credentials || (param.Hidden && param.Type != ParamType.Boolean);

    /// <summary>Why it is secret, for messages: "encrypted, type 4", "credentials, type 9" or "hidden".</summary>
    public static string Kind(IntegrationParam param) => param.Type switch
    {
        ParamType.Encrypted => "encrypted, type 4",
        ParamType.Credentials => "credentials, type 9",
        _ => "hidden",
    };
}
