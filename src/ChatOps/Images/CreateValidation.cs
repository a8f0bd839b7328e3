namespace ChatOps.Images;

/// <summary>
/// What <see cref="CreateRequestValidator"/> made of a create: the canonical spec, or the refusal and whether the
/// request was malformed (a syntax error, answered with the usage line) or well formed but refused by policy (an
/// image of no allowed organisation, a tag that can move), where a usage line would only repeat what was typed.
/// </summary>
public sealed record CreateValidation(ImageSpec? Spec, string? Refusal, bool Malformed)
{
    public void Deconstruct(out ImageSpec? spec, out string? refusal) => (spec, refusal) = (Spec, Refusal);
}
