using System.Runtime.CompilerServices;
using Iljari.Core.Domain.Matching;
using Iljari.Core.Domain.Postings;
using Iljari.Core.Domain.Seekers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Iljari.Web.Infrastructure.Matching;

/// <summary>
/// Tells matching that its inputs changed when a committed save added, changed or deleted a posting, a profile or a
/// 관심 없음. Resolved lazily: the DbContext options are built before the matching service exists.
/// </summary>
public sealed class MatchingChangeInterceptor(IServiceProvider services) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _touched = [];

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
        Notify(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Notify(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } ctx) _touched.Remove(ctx);
    }

    private void Collect(DbContext? context)
    {
        if (context is null) return;
        var touched = context.ChangeTracker.Entries().Any(e =>
            e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && e.Entity is JobPosting or SeekerProfile or NotInterested);
        if (touched) _touched.AddOrUpdate(context, true);
    }

    private void Notify(DbContext? context)
    {
        if (context is null || !_touched.TryGetValue(context, out _)) return;
        _touched.Remove(context);
        services.GetService<MatchingService>()?.MarkChanged();
    }
}
