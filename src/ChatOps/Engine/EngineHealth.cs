namespace ChatOps.Engine;

/// <summary>Whether an engine answers, since when (null: since the bot started), and why not when it does not.</summary>
public sealed record EngineHealth(bool Answering, DateTimeOffset? Since, string? Problem);
