using ChatOps.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Events;

namespace ChatOps.App;

/// <summary>
/// Logging of every `chatops` host: one line per entry on stderr, for the person at the terminal, and the whole
/// entry, exception and stack trace included, in chatops.log in the storage folder, for whoever investigates.
/// A failing engine then reads as one sentence instead of forty lines of .NET frames. Levels still come from
/// the Logging section of appsettings.json.
/// </summary>
internal static class CliLogging
{
    public const string FileName = "chatops.log";

    private const string ConsoleTemplate = "{Level:u3}: {Message:lj}{NewLine}";
    private const string FileTemplate = "{Timestamp:O} {Level:u3} {SourceContext}: {Message:lj}{NewLine}{Exception}";

    public static ILoggingBuilder AddCliLogging(this ILoggingBuilder logging, IConfiguration configuration)
    {
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var path = Path.GetFullPath(Path.Combine(storage.Folder, FileName));
        // The log holds command lines as the database does: the folder is the bot's alone when we create it.
        var folder = Path.GetDirectoryName(path)!;
        if (!Directory.Exists(folder))
        {
            if (OperatingSystem.IsWindows()) Directory.CreateDirectory(folder);
            else Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var logger = new LoggerConfiguration()
            .MinimumLevel.Verbose() // the Logging section filters before Serilog sees an entry
            .WriteTo.Console(outputTemplate: ConsoleTemplate, standardErrorFromLevel: LogEventLevel.Verbose)
            .WriteTo.File(path, outputTemplate: FileTemplate, fileSizeLimitBytes: 10 * 1024 * 1024, rollOnFileSizeLimit: true, retainedFileCountLimit: 3)
            .CreateLogger();
        logging.ClearProviders();
        logging.AddSerilog(logger, dispose: true);
        return logging;
    }
}
