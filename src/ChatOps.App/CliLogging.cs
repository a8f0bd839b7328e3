using ChatOps.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Json;
using ChatOps.App.Service;

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

    private static bool PassesEverything(LoggerFilterRule rule) =>
        rule.ProviderName == typeof(Serilog.Extensions.Logging.SerilogLoggerProvider).FullName && rule.CategoryName is null && rule.LogLevel == LogLevel.Trace;

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

        var json = configuration.GetSection(ServiceOptions.Section).Get<ServiceOptions>()?.JsonLogs ?? false;
        var console = new LoggerConfiguration()
            .MinimumLevel.Verbose() // the Logging section filters before Serilog sees an entry
            .Enrich.FromLogContext();
        // JSON (Service:LogFormat) keeps every property (AuditId, Verb, ...) as a field a log shipper can index.
        console = json
            ? console.WriteTo.Console(new JsonFormatter(renderMessage: true), standardErrorFromLevel: LogEventLevel.Verbose)
            : console.WriteTo.Console(outputTemplate: ConsoleTemplate, standardErrorFromLevel: LogEventLevel.Verbose);
        var logger = console
            .WriteTo.File(path, outputTemplate: FileTemplate, fileSizeLimitBytes: 10 * 1024 * 1024, rollOnFileSizeLimit: true, retainedFileCountLimit: 3)
            .CreateLogger();
        logging.ClearProviders();
        logging.AddSerilog(logger, dispose: true);
        // AddSerilog also adds a rule letting every level through to Serilog, which would overrule the Logging section.
        logging.Services.Configure<LoggerFilterOptions>(filters =>
        {
            foreach (var rule in filters.Rules.Where(PassesEverything).ToList()) filters.Rules.Remove(rule);
        });
        return logging;
    }
}
