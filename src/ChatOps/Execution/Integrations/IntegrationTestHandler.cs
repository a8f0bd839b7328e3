using ChatOps.Parsers.Commands;
using ChatOps.Replies;
using ChatOps.Routing;

namespace ChatOps.Execution.Integrations;

/// <summary><c>/integration_test instance=NAME</c>: runs the instance's test-module, as XSOAR's Test button does.</summary>
internal sealed class IntegrationTestHandler(IntegrationCommandRunner integrations) : CommandHandler<IntegrationTestCommand>
{
    protected override IAsyncEnumerable<Reply> HandleAsync(IntegrationTestCommand command, ChatMessage message, CancellationToken cancellationToken) =>
        integrations.TestAsync(command.Instance, message, cancellationToken);
}
