using ChatOps.App;
using ChatOps.Engine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Tests.ContentUpdates.Support;

/// <summary>The app's real composition (AddChatOps) over a fake engine, with the content folder and extra settings given.</summary>
internal static class AppServices
{
    public static ServiceProvider Build(string contentFolder, IImageLister engine, params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Content:Folder"] = contentFolder,
                ["Images:Registry"] = "",
                ["Storage:Folder"] = Path.Combine(contentFolder, ".chatops"),
            })
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddChatOps(configuration);
        services.AddSingleton(engine);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = false, ValidateScopes = true });
    }
}
