namespace ChatOps.Integrations;

/// <summary>The XSOAR configuration param types this side treats specially (IntegrationParam.Type).</summary>
internal static class ParamType
{
    public const int Encrypted = 4;
    public const int Boolean = 8;
    public const int Credentials = 9;
    public const int SingleSelect = 15;
    public const int MultiSelect = 16;
}
