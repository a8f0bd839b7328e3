namespace ChatOps.Policy;

/// <summary>The licence as shown in the report, how it stands and why.</summary>
internal sealed record LicenseVerdict(string License, LicenseStatus Status, string Reason)
{
    public bool Refused => Status is LicenseStatus.Unapproved or LicenseStatus.Unknown;
}
