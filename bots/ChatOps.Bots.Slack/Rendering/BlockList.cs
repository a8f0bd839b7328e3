namespace ChatOps.Bots.Slack.Rendering;

/// <summary>
/// Collects blocks up to Slack's limit of 50 per message, keeping the last place for a note that says how many
/// were left out, so truncation is always visible to the reader.
/// </summary>
internal sealed class BlockList
{
    public const int MaxBlocks = 50;

    private readonly List<Block> _blocks = [];
    private int _dropped;

    public void Add(Block block)
    {
        if (_blocks.Count < MaxBlocks - 1) _blocks.Add(block);
        else _dropped++;
    }

    public IReadOnlyList<Block> Build()
    {
        if (_dropped == 0) return _blocks.ToList();
        var note = $":warning: Output truncated: {_dropped} more block{(_dropped == 1 ? "" : "s")} not shown (Slack shows at most {MaxBlocks} per message).";
        return [.. _blocks, new ContextBlock([TextObject.Mrkdwn(note)])];
    }
}
