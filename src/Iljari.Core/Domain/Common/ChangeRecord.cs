namespace Iljari.Core.Domain.Common;

public enum ChangeKind { Added, Modified, Deleted }

/// <summary>
/// One saved change to a record of the enterprise-support desks (calls, reviews, enterprises, guarantees, interest support):
/// who, when, which record, and each changed field's value before and after, as JSON. Written by the
/// <see cref="Data.ChangeHistory.ChangeHistoryInterceptor"/> in the same transaction as the change, never updated or
/// deleted (the append-only interceptor refuses it), so an edit cannot overwrite the trace of the one before it.
/// </summary>
public class ChangeRecord
{
    public long Id { get; private set; }
    public DateTime At { get; private set; }
    /// <summary>Null for the system's own jobs (daily runs, the demo seed).</summary>
    public string? UserId { get; private set; }
    /// <summary>The login name at the time, so the row stays readable after the account changes.</summary>
    public string? UserName { get; private set; }
    /// <summary>The record's CLR type name, e.g. "SupportCall".</summary>
    public string Entity { get; private set; } = "";
    public string EntityKey { get; private set; } = "";
    /// <summary>The record it belongs to and is shown on, e.g. "SupportCall:5" for a reviewer assignment of call 5.</summary>
    public string Scope { get; private set; } = "";
    public ChangeKind Kind { get; private set; }
    /// <summary>{"Field": [before, after], …}; before is null for an added record, after for a deleted one.</summary>
    public string Changes { get; private set; } = "{}";

    private ChangeRecord() { }

    public ChangeRecord(DateTime at, string? userId, string? userName, string entity, string entityKey, string scope, ChangeKind kind, string changes) =>
        (At, UserId, UserName, Entity, EntityKey, Scope, Kind, Changes) = (at, userId, userName, entity, entityKey, scope, kind, changes);

    public static string ScopeOf(string entity, object key) => $"{entity}:{key}";
}
