namespace ChatOps.Bots.Tests.Discord.Support;

/// <summary>An answer the fake Discord gives to the next REST call instead of its default 200.</summary>
internal sealed record ScriptedResponse(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null);
