using System.Runtime.CompilerServices;
using ChatOps.Parsers.Commands;
using ChatOps.Replies;
using ChatOps.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.ContentUpdates;

/// <summary>
/// /content_update_images: what the updater WOULD change in the content folder (a dry run: nothing is written,
/// no branch is made), as a table. Landing the changes is the CLI verb's and the recurring job's work.
/// </summary>
internal sealed class ContentUpdateHandler(IServiceScopeFactory scopes, ContentFolderLocator locator) : CommandHandler<ContentUpdateCommand>
{
    protected override async IAsyncEnumerable<Reply> HandleAsync(ContentUpdateCommand command, ChatMessage message, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var folder = locator.Folder;
        yield return new ProgressReply("content update check", $"looking for newer dockerimage tags in {folder}");

        // A scope per run: the updater's registry client is a typed HttpClient, meant to be short-lived.
        await using var scope = scopes.CreateAsyncScope();
        ContentUpdateReport? report = null;
        ContentUpdateException? failure = null;
        try
        {
            report = await scope.ServiceProvider.GetRequiredService<ContentUpdater>().RunAsync(folder, dryRun: true, cancellationToken);
        }
        catch (ContentUpdateException exception)
        {
            failure = exception;
        }
        if (report is null)
        {
            // The war room says the remedy in the sender's voice: the setting to an admin only.
            yield return new ErrorReply($"/content_update_images could not run: {failure?.Message}") { Remedy = failure?.Remedy };
            yield break;
        }

        foreach (var reply in ContentUpdateReportReplies.Render(report)) yield return reply;
        if (report.HasFailures)
            yield return new ErrorReply($"{Plural.Of(report.Count(ContentUpdateStatus.Failed), "image value")} could not be checked; see the detail column.");
    }
}
