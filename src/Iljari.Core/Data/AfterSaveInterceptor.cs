using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Iljari.Core.Data;

/// <summary>
/// Acts on what a save changed, but only once it has committed: the changes are read while EF still knows their
/// states (before saving), the work runs after a successful save, and a failed save forgets them. Followers of the
/// database — the search index, the matching snapshot — never see uncommitted data.
/// </summary>
public abstract class AfterSaveInterceptor<TChanges> : SaveChangesInterceptor where TChanges : class
{
    private readonly ConditionalWeakTable<DbContext, TChanges> _pending = [];

    /// <summary>What this save changes that matters here; null when nothing does.</summary>
    protected abstract TChanges? Collect(DbContext context);

    /// <summary>The work to do after the save committed.</summary>
    protected abstract void AfterSave(DbContext context, TChanges changes);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Run(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Run(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } ctx) _pending.Remove(ctx);
    }

    // The change history's own second save (its records) is nothing a follower needs to see, and its work runs once, at
    // the end of the save that holds the change, after the history's commit.
    private void Remember(DbContext? context)
    {
        if (ChangeHistory.ChangeHistoryInterceptor.WritingHistory) return;
        if (context is not null && Collect(context) is { } changes) _pending.AddOrUpdate(context, changes);
    }

    private void Run(DbContext? context)
    {
        if (ChangeHistory.ChangeHistoryInterceptor.WritingHistory) return;
        if (context is null || !_pending.TryGetValue(context, out var changes)) return;
        _pending.Remove(context);
        AfterSave(context, changes);
    }
}
