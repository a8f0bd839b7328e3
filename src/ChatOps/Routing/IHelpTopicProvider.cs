using ChatOps.Replies;

namespace ChatOps.Routing;

/// <summary>
/// Lets a feature answer <c>help !Name</c> and offer names for completion without the help handler knowing it
/// (the script runner describes content scripts this way).
/// </summary>
public interface IHelpTopicProvider
{
    /// <summary>Names this provider can describe, with their prefix (e.g. "!Print"), for help lists and completion.</summary>
    IReadOnlyList<string> Topics { get; }

    /// <summary>The replies describing the topic, or null when this provider does not know it.</summary>
    IReadOnlyList<Reply>? Describe(string topic);
}
