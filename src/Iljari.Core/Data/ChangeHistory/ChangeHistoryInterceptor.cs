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
/// <para>
/// Register it before the other interceptors: its commit then comes before their after-save work, and its own second
/// save is marked (<see cref="WritingHistory"/>) so that after-save interceptors leave it alone. A save that fails —
/// refused by the database, a concurrency conflict, or an exception in another interceptor — leaves nothing behind: the
/// next save of the context starts by dropping what is left and rolling back the transaction this one opened. Callers
/// must not use <c>SaveChanges(acceptAllChangesOnSuccess: false)</c>: the second save would save their changes again.
/// </para>
/// </summary>
public sealed class ChangeHistoryInterceptor(IChangeAuthor author, TimeProvider time) : SaveChangesInterceptor
{
    private sealed record Pending(List<(EntityEntry Entry, ChangeKind Kind, string? Scope, JsonObject Changes, string? Key)> Changes)
    {
        public IDbContextTransaction? OwnTransaction { get; set; }
    }

    private readonly ConditionalWeakTable<DbContext, Pending> _pending = [];

    private static readonly AsyncLocal<bool> Writing = new();

    /// <summary>True inside the second save that writes the records; after-save interceptors skip that save.</summary>
    public static bool WritingHistory => Writing.Value;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Start(eventData.Context) is { } pending && eventData.Context!.Database.CurrentTransaction is null)
            pending.OwnTransaction = eventData.Context.Database.BeginTransaction();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Start(eventData.Context) is { } pending && eventData.Context!.Database.CurrentTransaction is null)
            pending.OwnTransaction = await eventData.Context.Database.BeginTransactionAsync(cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Take(eventData.Context) is not { } pending) return result;
        using var own = pending.OwnTransaction; // disposed uncommitted = rolled back, with the change it guarded
        var context = eventData.Context!;
        AddRecords(context, pending);
        using (Mark()) context.SaveChanges();
        own?.Commit();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context) is not { } pending) return result;
        await using var own = pending.OwnTransaction;
        var context = eventData.Context!;
        AddRecords(context, pending);
        using (Mark()) await context.SaveChangesAsync(cancellationToken);
        if (own is not null) await own.CommitAsync(cancellationToken);
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

    // A concurrency conflict does not go through SaveChangesFailed: EF reports it here before throwing.
    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        Abandon(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return ValueTask.FromResult(result);
    }

    /// <summary>
    /// Drops whatever an earlier save of this context left (it failed somewhere no callback reports), then collects this
    /// save's changes. Nothing but this save's own entry can reach <see cref="SavedChanges"/>.
    /// </summary>
    private Pending? Start(DbContext? context)
    {
        if (context is null || WritingHistory) return null;
        Abandon(context);
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
        if (changes.Count == 0) return null;
        var pending = new Pending(changes);
        _pending.Add(context, pending);
        return pending;
    }

    private Pending? Take(DbContext? context)
    {
        if (context is null || WritingHistory || !_pending.TryGetValue(context, out var pending)) return null;
        _pending.Remove(context);
        return pending;
    }

    /// <summary>Adds the <see cref="ChangeRecord"/>s of a committed first save to the context, ready for the second save.</summary>
    private void AddRecords(DbContext context, Pending pending)
    {
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
    }

    private void Abandon(DbContext? context)
    {
        if (context is null || WritingHistory || !_pending.TryGetValue(context, out var pending)) return;
        _pending.Remove(context);
        pending.OwnTransaction?.Dispose(); // disposing an uncommitted transaction rolls it back; a second dispose is harmless
    }

    private static Scope Mark()
    {
        Writing.Value = true;
        return new Scope();
    }

    private readonly struct Scope : IDisposable
    {
        public void Dispose() => Writing.Value = false;
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
