using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Iljari.Web.Tests.Infrastructure;

/// <summary>
/// Keeps every log event of every category at every level: the formatted message, each structured property, the
/// exception and the active scopes' properties — everything a JSON console or a log shipper would see.
/// </summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    public sealed record Event(string Category, LogLevel Level, string Text);

    private readonly ConcurrentQueue<Event> _events = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyCollection<Event> Events => _events;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose() { }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var parts = new List<string> { formatter(state, exception) };
            if (state is IEnumerable<KeyValuePair<string, object?>> properties) parts.AddRange(properties.Select(p => $"{p.Key}={p.Value}"));
            if (exception is not null) parts.Add(exception.ToString());
            owner._scopes.ForEachScope((scope, list) =>
            {
                if (scope is IEnumerable<KeyValuePair<string, object?>> values) list.AddRange(values.Select(p => $"{p.Key}={p.Value}"));
                else if (scope is not null) list.Add(scope.ToString() ?? "");
            }, parts);
            owner._events.Enqueue(new Event(category, logLevel, string.Join(" | ", parts)));
        }
    }
}
