using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatOps;

/// <summary>Relative paths in configuration resolve against the folder holding appsettings.json (the content root).</summary>
internal static class ContentRoot
{
    public static string Resolve(IServiceProvider services, string path) =>
        Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(services.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory(), path));
}
