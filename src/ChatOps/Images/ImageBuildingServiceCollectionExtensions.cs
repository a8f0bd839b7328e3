using ChatOps.Delivery;
using ChatOps.Images;
using ChatOps.Images.Approvals;
using ChatOps.Images.Journal;
using ChatOps.Images.Leftovers;
using ChatOps.Options;
using ChatOps.Policy;
using ChatOps.Registry;
using ChatOps.Routing;
using ChatOps.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

// In the root namespace, next to AddWarRoom, so the composition root needs no extra using for it.
namespace ChatOps;

/// <summary>/docker_image_create, update, info, delete, prune and diff, retention, and the stores /docker_images reads (call after AddWarRoom).</summary>
public static class ImageBuildingServiceCollectionExtensions
{
    public static IServiceCollection AddImageBuilding(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<Database>();
        services.TryAddSingleton<IPackageVetting, UnconfiguredPackageVetting>();
        services.TryAddSingleton<ImagePolicy>();

        services.AddSingleton<BuildNumberStore>();
        services.AddSingleton<ImageMetadataStore>();
        services.AddSingleton<ImageDiligenceStore>();
        services.AddSingleton<ImageCheckStore>();
        services.AddSingleton<BuildRecordStore>();
        services.AddRegistryClient();
        services.TryAddSingleton<ImageLabelSet>();
        services.AddSingleton<BaseOsDetector>();
        services.AddSingleton<TagAllocator>();
        services.AddSingleton<ImageVerifier>();
        services.AddSingleton<ImagePublisher>();
        services.AddSingleton<ImageBuilder>();
        services.AddDelivery(configuration); // the kept results that tell requesters of resumed creates
        services.AddSingleton<BuildJournal>();
        services.AddSingleton<BuildOutcomeRecorder>();
        services.AddSingleton<UnusedBuildNumbers>();
        services.AddSingleton<InterruptedBuilds>();
        services.AddSingleton<ApprovalStore>();
        services.AddSingleton<ImageApprovals>();
        services.AddSingleton<BuildQueue>();
        services.AddSingleton<ExistingImageFinder>();
        services.AddSingleton<ImageUpdater>();
        services.AddSingleton<LeftoverSweeper>();
        // Before the leftover sweep: requests that expired while the bot was down give up their staging tags first.
        services.AddHostedService<ApprovalExpiryService>();
        services.AddHostedService<LeftoverSweepService>();
        services.AddHostedService<InterruptedBuildsAtStart>();

        services.AddSingleton<ICommandHandler, CreateImageHandler>();
        services.AddSingleton<ICommandHandler, UpdateImageHandler>();
        services.AddSingleton<ICommandHandler, ApprovalCommandHandler>();
        services.AddSingleton<ICommandHandler, ListApprovalsHandler>();

        // Info, delete, diff and retention ask the content library which items name a tag.
        services.TryAddContentLibrary();
        services.AddSingleton<ImageDeletion>();
        services.AddSingleton<ImageRetention>();
        services.AddHostedService<ImageRetentionService>();
        services.AddSingleton<ICommandHandler, ImageInfoHandler>();
        services.AddSingleton<ICommandHandler, DeleteImageHandler>();
        services.AddSingleton<ICommandHandler, PruneImagesHandler>();
        services.AddSingleton<ICommandHandler, ImageDiffHandler>();
        return services;
    }
}
