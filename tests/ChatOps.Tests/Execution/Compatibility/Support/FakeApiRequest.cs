namespace ChatOps.Tests.Execution.Compatibility.Support;

/// <summary>One request a fake API received: the method, the path with its query as sent, the Authorization header.</summary>
internal sealed record FakeApiRequest(string Method, string PathAndQuery, string? Authorization);
