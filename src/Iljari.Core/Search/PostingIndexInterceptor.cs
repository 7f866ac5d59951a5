using Iljari.Core.Data;
using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Postings;
using Microsoft.EntityFrameworkCore;

namespace Iljari.Core.Search;

/// <summary>
/// Keeps the search index following the database: after a successful SaveChanges, every posting that was added,
/// changed or deleted is re-indexed (an index that only changes after the commit never shows unsaved data).
/// </summary>
public sealed class PostingIndexInterceptor(IPostingSearch index) : AfterSaveInterceptor<List<(JobPosting Posting, bool Deleted)>>
{
    private static readonly AsyncLocal<bool> Suppressed = new();

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

    protected override List<(JobPosting Posting, bool Deleted)>? Collect(DbContext context)
    {
        if (Suppressed.Value) return null;
        var changed = context.ChangeTracker.Entries<JobPosting>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => (e.Entity, e.State == EntityState.Deleted))
            .ToList();
        return changed.Count > 0 ? changed : null;
    }

    protected override void AfterSave(DbContext context, List<(JobPosting Posting, bool Deleted)> changed)
    {
        foreach (var (posting, deleted) in changed)
        {
            if (deleted) { index.Remove(posting.Id); continue; }
            var company = posting.Company ?? context.Set<Company>().Local.FirstOrDefault(c => c.Id == posting.CompanyId)
                ?? context.Set<Company>().AsNoTracking().FirstOrDefault(c => c.Id == posting.CompanyId);
            index.Upsert(PostingDocument.From(posting, company?.Name ?? ""));
        }
    }
}
