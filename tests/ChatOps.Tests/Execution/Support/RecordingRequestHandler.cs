using System.Text.Json;
using ChatOps.Execution.Loop;

namespace ChatOps.Tests.Execution.Support;

/// <summary>Answers every request with a fixed reply and records what was asked.</summary>
internal sealed class RecordingRequestHandler(string reply) : ILoopRequestHandler
{
    public List<(string Type, string Json)> Requests { get; } = [];

    public ValueTask<string> HandleAsync(string type, JsonElement request, CancellationToken cancellationToken)
    {
        Requests.Add((type, request.GetRawText()));
        return ValueTask.FromResult(reply);
    }
}
