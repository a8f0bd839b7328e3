using ChatOps.Bots.Slack.WebApi;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Bots.Slack.UserGroups;

/// <summary>
/// The Slack user groups a user belongs to, so that `slack:group:S0123` grants and admins match. Slack's slash
/// command payload does not carry them, so they come from usergroups.list with include_users=true: one call answers
/// for every user, kept for Slack:UserGroupsCacheTtl so a burst of commands costs one call, and short enough that a
/// user removed from a group loses its powers soon after.
/// </summary>
internal sealed class SlackUserGroups(SlackApiClient api, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackUserGroups> logger)
{
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private Snapshot? _snapshot;

    /// <summary>
    /// The bare group ids ("S0123") of the user; none when Slack cannot be asked; null without a bot token, as for
    /// a message whose adapter cannot know groups at all.
    /// </summary>
    public async Task<IReadOnlyList<string>?> OfAsync(string userId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(options.Value.BotToken)) return null;
        var snapshot = await CurrentAsync(cancellationToken);
        return snapshot?.GroupsByUser.GetValueOrDefault(userId) ?? [];
    }

    private async Task<Snapshot?> CurrentAsync(CancellationToken cancellationToken)
    {
        if (IsFresh(_snapshot)) return _snapshot;
        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            if (IsFresh(_snapshot)) return _snapshot;
            var groups = await api.ListUserGroupsAsync(cancellationToken);
            var byUser = groups
                .SelectMany(g => g.Users.Select(user => (user, g.Id)))
                .GroupBy(pair => pair.user, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(pair => pair.Id).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
            _snapshot = new Snapshot(byUser, time.GetUtcNow());
            return _snapshot;
        }
        catch (Exception exception) when (exception is SlackApiException or HttpRequestException)
        {
            // Fail closed: without fresh memberships nobody is granted anything through a group. A stale answer
            // would keep the powers of someone just removed from the group.
            logger.LogWarning("Slack user groups could not be read ({Error}); slack:group grants match nobody until they can. The bot token needs the usergroups:read scope.", exception.Message);
            _snapshot = null;
            return null;
        }
        finally
        {
            _refreshing.Release();
        }
    }

    private bool IsFresh(Snapshot? snapshot) => snapshot is not null && time.GetUtcNow() - snapshot.ReadAt < options.Value.UserGroupsCacheTtl;

    private sealed record Snapshot(IReadOnlyDictionary<string, IReadOnlyList<string>> GroupsByUser, DateTimeOffset ReadAt);
}
