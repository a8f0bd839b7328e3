namespace ChatOps.Policy;

/// <summary>How an installed distribution's licence stands against the policy.</summary>
internal enum LicenseStatus
{
    Approved,
    Unapproved,
    Unknown,
    Excepted,
}
