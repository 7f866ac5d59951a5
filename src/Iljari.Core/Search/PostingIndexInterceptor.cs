using System.Runtime.CompilerServices;
using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Postings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Iljari.Core.Search;

/// <summary>
/// Keeps the search index following the database: after a successful SaveChanges, every posting that was added,
/// changed or deleted is re-indexed (an index that only changes after the commit never shows unsaved data).
/// </summary>
public sealed class PostingIndexInterceptor(IPostingSearch index) : SaveChangesInterceptor
{
    private static readonly AsyncLocal<bool> Suppressed = new();
    private readonly ConditionalWeakTable<DbContext, List<(JobPosting Posting, bool Deleted)>> _pending = [];

    /// <summary>Bulk loads (demo data, imports) index once at the end instead of per row.</summary>
    public static IDisposable Suppress()
    {
        Suppressed.Value = true;
        return new Resume();
    }

    private sealed class Resume : IDisposable
    {
        public void Dispose() => Suppressed.Value = false;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Apply(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Apply(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } ctx) _pending.Remove(ctx);
    }

    private void Collect(DbContext? context)
    {
        if (context is null || Suppressed.Value) return;
        var changed = context.ChangeTracker.Entries<JobPosting>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => (e.Entity, e.State == EntityState.Deleted))
            .ToList();
        if (changed.Count > 0) _pending.AddOrUpdate(context, changed);
    }

    private void Apply(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var changed)) return;
        _pending.Remove(context);
        foreach (var (posting, deleted) in changed)
        {
            if (deleted) { index.Remove(posting.Id); continue; }
            var company = posting.Company ?? context.Set<Company>().Local.FirstOrDefault(c => c.Id == posting.CompanyId)
                ?? context.Set<Company>().AsNoTracking().FirstOrDefault(c => c.Id == posting.CompanyId);
            index.Upsert(PostingDocument.From(posting, company?.Name ?? ""));
        }
    }
}
