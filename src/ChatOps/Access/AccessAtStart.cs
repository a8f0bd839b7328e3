using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Access;

/// <summary>
/// Says at start whether the war room is open to everyone, so nobody mistakes a missing Access section for a
/// locked-down bot.
/// </summary>
internal sealed class AccessAtStart(IOptions<AccessOptions> options, ILogger<AccessAtStart> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var access = options.Value;
        if (!access.IsConfigured)
            logger.LogWarning("No Access rules are configured: everyone in every channel may run every command. Add an Access section to limit who may do what.");
        else
            logger.LogInformation("Access: {Admins} admin(s), {Roles} role(s), {Grants} grant(s); everything not granted is denied except help", access.Admins.Count, access.Roles.Count, access.Grants.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
