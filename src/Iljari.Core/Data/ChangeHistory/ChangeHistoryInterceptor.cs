using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Iljari.Core.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Iljari.Core.Data.ChangeHistory;

/// <summary>
/// Writes a <see cref="ChangeRecord"/> for every insert, update and delete of the records in <see cref="ChangeHistoryScopes"/>,
/// whatever page or job made it, so each state change of the enterprise-support desks says who and when.
/// <para>
/// Values before an update are read before saving (EF forgets them after); a new record's key exists only after its
/// insert, so the rows are written by a second save right after the first. When the caller has no transaction of its
/// own, this one opens one around both saves, so a change and its record are committed together or not at all.
/// </para>
/// </summary>
public sealed class ChangeHistoryInterceptor(IChangeAuthor author, TimeProvider time) : SaveChangesInterceptor
{
    private sealed class Pending
    {
        public required List<(EntityEntry Entry, ChangeKind Kind, string? Scope, JsonObject Changes, string? Key)> Changes { get; init; }
        public IDbContextTransaction? OwnTransaction { get; set; }
    }

    private readonly ConditionalWeakTable<DbContext, Pending> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Collect(eventData.Context) is { } pending)
        {
            if (eventData.Context!.Database.CurrentTransaction is null) pending.OwnTransaction = eventData.Context.Database.BeginTransaction();
            _pending.AddOrUpdate(eventData.Context, pending);
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Collect(eventData.Context) is { } pending)
        {
            if (eventData.Context!.Database.CurrentTransaction is null) pending.OwnTransaction = await eventData.Context.Database.BeginTransactionAsync(cancellationToken);
            _pending.AddOrUpdate(eventData.Context, pending);
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Take(eventData.Context) is { } pending)
        {
            using var own = pending.OwnTransaction;
            eventData.Context!.SaveChanges();
            own?.Commit();
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context) is { } pending)
        {
            await using var own = pending.OwnTransaction;
            await eventData.Context!.SaveChangesAsync(cancellationToken);
            if (own is not null) await own.CommitAsync(cancellationToken);
        }
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    private Pending? Collect(DbContext? context)
    {
        if (context is null) return null;
        var changes = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && ChangeHistoryScopes.IsTracked(e.Entity.GetType()))
            .Select(e => e.State switch
            {
                // A new record's key and scope are read after its insert.
                EntityState.Added => (e, ChangeKind.Added, (string?)null, new JsonObject(), (string?)null),
                EntityState.Deleted => (e, ChangeKind.Deleted, ChangeHistoryScopes.ScopeOf(e.Entity), Values(e, before: true), KeyOf(e)),
                _ => (e, ChangeKind.Modified, ChangeHistoryScopes.ScopeOf(e.Entity), Values(e, before: false), KeyOf(e)),
            })
            .Where(c => c.Item2 != ChangeKind.Modified || c.Item4.Count > 0)
            .ToList();
        return changes.Count == 0 ? null : new Pending { Changes = changes };
    }

    /// <summary>Removes the pending rows and adds their <see cref="ChangeRecord"/>s to the context, ready for the second save.</summary>
    private Pending? Take(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending)) return null;
        _pending.Remove(context);
        var now = time.GetUtcNow().UtcDateTime;
        var who = author.Current;
        foreach (var (entry, kind, scope, changes, key) in pending.Changes)
        {
            var (finalScope, finalKey, finalChanges) = kind == ChangeKind.Added
                ? (ChangeHistoryScopes.ScopeOf(entry.Entity), KeyOf(entry), Values(entry, before: false, added: true))
                : (scope!, key!, changes);
            context.Add(new ChangeRecord(now, who?.UserId, who?.UserName, entry.Metadata.ClrType.Name, finalKey, finalScope, kind,
                finalChanges.ToJsonString(JsonOptions)));
        }
        return pending;
    }

    private void Abandon(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending)) return;
        _pending.Remove(context);
        pending.OwnTransaction?.Dispose(); // disposing an uncommitted transaction rolls it back
    }

    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>
    /// Field → [before, after]. An update lists only the fields it changed; an insert or a delete lists every field with a
    /// value. Keys and concurrency tokens (version counters) are left out: they say nothing a person would look for.
    /// </summary>
    private static JsonObject Values(EntityEntry entry, bool before, bool added = false)
    {
        var result = new JsonObject();
        foreach (var p in entry.Properties)
        {
            if (p.Metadata.IsPrimaryKey() || p.Metadata.IsConcurrencyToken || p.Metadata.IsShadowProperty()) continue;
            if (p.Metadata.ClrType == typeof(byte[])) continue;
            var (old, current) = (p.OriginalValue, p.CurrentValue);
            if (added) { if (current is not null) result[p.Metadata.Name] = new JsonArray(null, Node(current)); }
            else if (before) { if (old is not null) result[p.Metadata.Name] = new JsonArray(Node(old), null); }
            else if (p.IsModified && !Equals(old, current)) result[p.Metadata.Name] = new JsonArray(Node(old), Node(current));
        }
        return result;
    }

    private static JsonNode? Node(object? value) => value switch
    {
        null => null,
        Enum e => JsonValue.Create(e.ToString()),
        DateTime d => JsonValue.Create(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), JsonOptions),
    };

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
