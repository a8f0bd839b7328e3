using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ChatOps.Tests.Execution.Support;

/// <summary>
/// Keeps every formatted log line of every category (and the message of any exception logged with it), so a test
/// can assert what the services never logged: a secret, say. Lines arrive from many threads at once.
/// </summary>
internal sealed class ListLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => _lines.ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        // Trace and debug too: a secret in a debug line leaks as soon as someone turns debug on.
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : "\n" + exception)}");
    }
}
