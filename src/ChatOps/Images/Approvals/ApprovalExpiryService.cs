using ChatOps.Options;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Images.Approvals;

/// <summary>
/// When the host starts: requests a dead instance was approving go back to pending, and the ones whose time ran out
/// while the bot was down expire (the start waits, so the leftover sweep after it sees their state). Then every
/// Images:ApprovalExpiryCheckInterval the expired ones are expired. Does nothing without Images:RequireApproval
/// beyond the start, which still cleans up after a configuration that had it.
/// </summary>
internal sealed class ApprovalExpiryService(ImageApprovals approvals, ApprovalStore store, IOptions<ImagesOptions> options, TimeProvider clock,
    ILogger<ApprovalExpiryService> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var released = await store.ReleaseAbandonedAsync(cancellationToken);
            if (released > 0) logger.LogWarning("{Count} approval requests a stopped bot was approving are pending again", released);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Could not take back the approval requests a stopped bot was approving; they stay as they are until the next start");
        }
        await ExpireOnceAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RequireApproval) return;
        using var timer = new PeriodicTimer(options.Value.ApprovalExpiryCheckInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken)) await ExpireOnceAsync(stoppingToken);
    }

    private async Task ExpireOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await approvals.ExpireAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The requests stay pending past their time and are expired at the next pass; nobody can approve them meanwhile.
            logger.LogWarning(exception, "Could not expire approval requests; trying again in {Interval}", options.Value.ApprovalExpiryCheckInterval);
        }
    }
}
