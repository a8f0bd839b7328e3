namespace ChatOps.Replies;

/// <summary>How a button looks: both platforms have a green-or-primary and a red kind, and a plain one.</summary>
public enum ReplyButtonStyle
{
    Default,
    Primary,
    Danger,
}
