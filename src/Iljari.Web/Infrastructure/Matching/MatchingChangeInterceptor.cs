using Iljari.Core.Data;
using Iljari.Core.Domain.Matching;
using Iljari.Core.Domain.Postings;
using Iljari.Core.Domain.Seekers;
using Microsoft.EntityFrameworkCore;

namespace Iljari.Web.Infrastructure.Matching;

/// <summary>
/// Tells matching that its inputs changed when a committed save added, changed or deleted a posting, a profile or a
/// 관심 없음. Resolved lazily: the DbContext options are built before the matching service exists.
/// </summary>
public sealed class MatchingChangeInterceptor(IServiceProvider services) : AfterSaveInterceptor<object>
{
    private static readonly object Touched = new();

    protected override object? Collect(DbContext context) =>
        context.ChangeTracker.Entries().Any(e =>
            e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && e.Entity is JobPosting or SeekerProfile or NotInterested) ? Touched : null;

    protected override void AfterSave(DbContext context, object changes) =>
        services.GetService<MatchingService>()?.MarkChanged();
}
