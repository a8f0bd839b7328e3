namespace ChatOps.Replies;

/// <summary>One labelled value on a card.</summary>
public sealed record CardField(string Label, string Value);
