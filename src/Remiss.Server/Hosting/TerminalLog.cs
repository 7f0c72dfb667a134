using Microsoft.Extensions.Logging;

namespace Remiss.Server.Hosting;

/// <summary>
/// The server's log on the terminal of whoever runs <c>remiss serve</c>: one line per warning or error. The standard
/// console logger prints an exception with its stack trace, which no user should see; here an exception is its type
/// and first message line, and its details go where <see cref="ServerOptions.SaveErrorDetails"/> puts them (the CLI:
/// a log file in the temp folder, named on the line).
/// </summary>
internal sealed class TerminalLog(TextWriter writer, Func<Exception, string?>? saveDetails) : ILoggerProvider
{
    private readonly Lock _gate = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    /// <summary>The line for an entry: <c>remiss: fel: {message} ({exception type}: {its first line}). Detaljer: {log file}</c>.</summary>
    internal string Line(LogLevel level, string message, Exception? exception)
    {
        var line = $"remiss: {(level >= LogLevel.Error ? "fel" : "varning")}: {message}";
        if (exception is null)
        {
            return line;
        }

        var where = saveDetails?.Invoke(exception);
        return $"{line} ({exception.GetType().Name}: {FirstLine(exception.Message)}).{(where is null ? string.Empty : $" Detaljer: {where}")}";
    }

    private void Write(string line)
    {
        lock (_gate)
        {
            try
            {
                writer.WriteLine(line);
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                // The terminal is gone; the request's own answer still says what happened.
            }
        }
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return (end < 0 ? text : text[..end]).TrimEnd('.');
    }

    /// <summary>
    /// Kestrel's errors that a client causes, not a failure of the server: a body read cancelled because the client went
    /// away or the time limit passed leaves Kestrel unable to drain the body (dotnet/aspnetcore#17840), and Kestrel closes
    /// the connection, which is right. Logged, each would be a line and a crash-log entry per impatient client (issue 26).
    /// </summary>
    private static readonly HashSet<string> ClientCaused = new(StringComparer.Ordinal) { "RequestBodyDrainBodyReaderInvalidState" };

    private sealed class Logger(TerminalLog log) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel) && (eventId.Name is null || !ClientCaused.Contains(eventId.Name)))
            {
                log.Write(log.Line(logLevel, formatter(state, null), exception));
            }
        }
    }
}
