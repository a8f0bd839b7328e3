namespace ChatOps.Audit;

/// <summary>What `chatops audit verify` found: how many rows it checked and the first that does not match, if any.</summary>
public sealed record AuditVerification(long RowsChecked, long? FirstBadId, string? Problem)
{
    public bool IsValid => FirstBadId is null;
}
