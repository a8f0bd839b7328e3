namespace ChatOps.Policy;

/// <summary>The words the Verdict column of the due-diligence section uses.</summary>
public static class VettingVerdicts
{
    public const string Ok = "ok";
    public const string Refused = "refused";
    public const string Missing = "missing";
    public const string Allowed = "allowed";
    public const string Exception = "exception";
    public const string Vulnerable = "vulnerable";
    public const string NotChecked = "not checked";

    /// <summary>Shown with its version and licence, not judged: the licence policy covers Python packages, not OS ones.</summary>
    public const string Listed = "listed";
}
