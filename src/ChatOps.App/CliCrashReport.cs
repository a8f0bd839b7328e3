using System.Net.Sockets;
using ChatOps.Options;
using Microsoft.Extensions.Configuration;
using Serilog;

namespace ChatOps.App;

/// <summary>
/// The last resort of `chatops`: an exception no verb handled is written whole (stack trace included) to
/// chatops.log in the storage folder, and described to the user in one sentence that says where the rest is.
/// </summary>
internal static class CliCrashReport
{
    /// <summary>Logs the exception; returns the one line to show.</summary>
    public static string Write(string home, Exception exception)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(home)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var endpoint = configuration.GetSection(DockerOptions.Section).Get<DockerOptions>()?.Endpoint ?? new DockerOptions().Endpoint;
        var path = Path.GetFullPath(Path.Combine(home, storage.Folder, CliLogging.FileName));
        try
        {
            using var log = new LoggerConfiguration().WriteTo.File(path).CreateLogger();
            log.Fatal(exception, "chatops stopped on an exception nothing handled");
        }
        catch (Exception logging) when (logging is IOException or UnauthorizedAccessException)
        {
            return $"{Describe(exception, endpoint)} (the details could not be written to {path}: {logging.Message})";
        }
        return $"{Describe(exception, endpoint)} (details in {path})";
    }

    private static string Describe(Exception exception, string endpoint)
    {
        // Docker.DotNet lets connection failures through as they are; name the engine instead of the socket error.
        if (exception is HttpRequestException or SocketException || exception.InnerException is SocketException)
            return $"no Docker engine answers at {endpoint}: {exception.Message}. Start it, or point Docker__Endpoint at one that runs.";
        var message = exception.Message.ReplaceLineEndings(" ");
        return message.Length > 300 ? message[..300] + "..." : message;
    }
}
