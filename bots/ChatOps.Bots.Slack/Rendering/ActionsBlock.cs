namespace ChatOps.Bots.Slack.Rendering;

/// <summary>An actions block: up to 25 interactive elements, here the buttons under a card (Approve, Deny).</summary>
internal sealed record ActionsBlock(IReadOnlyList<ButtonElement> Elements) : Block;
