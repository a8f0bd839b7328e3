using ChatOps.Parsers.Buttons;
using ChatOps.Replies;

namespace ChatOps.Bots.Discord.Components;

/// <summary>The buttons of the war room's cards as Discord's action rows (five to a row, at most five rows, as Discord allows).</summary>
internal static class ButtonRows
{
    private const int MaxRows = 5;

    /// <summary>Null when there are no buttons, so the message carries no components member at all.</summary>
    public static IReadOnlyList<ActionRow>? Of(IEnumerable<ReplyButton> buttons)
    {
        var all = buttons.Select(Button).Take(MaxRows * ActionRow.MaxButtons).ToList();
        if (all.Count == 0) return null;
        return all.Chunk(ActionRow.MaxButtons).Select(row => new ActionRow(row)).ToList();
    }

    private static ButtonComponent Button(ReplyButton button) => new(
        button.Style switch
        {
            ReplyButtonStyle.Primary => 3,
            ReplyButtonStyle.Danger => 4,
            _ => 2,
        },
        button.Label.Length > ButtonComponent.MaxLabel ? button.Label[..ButtonComponent.MaxLabel] : button.Label,
        ButtonCommand.CombinedId(button.Verb, button.Value));
}
