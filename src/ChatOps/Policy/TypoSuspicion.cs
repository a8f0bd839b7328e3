namespace ChatOps.Policy;

/// <summary>Why a name looks like a mistake for a popular one: the name meant and how the two differ.</summary>
internal sealed record TypoSuspicion(string Suggestion, string How);
