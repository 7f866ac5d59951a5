using Iljari.Core.Domain.Postings;

namespace Iljari.Web.Infrastructure.Enterprises;

/// <summary>
/// A supported firm's jobs, shown beside its support (issue 8 links enterprise support to jobs): its open postings,
/// soonest closing first, and how many people it hired through the system.
/// </summary>
public sealed record CompanyJobs(int CompanyId, IReadOnlyList<CompanyJobs.Posting> OpenPostings, int Hires)
{
    public sealed record Posting(int Id, string Title, DateOnly CloseDate);

    /// <summary>At most this many postings are listed; the count beside them is the full one.</summary>
    public const int Listed = 20;

    public int OpenPostingCount { get; init; }

    public static async Task<CompanyJobs> ForAsync(AppDbContext db, int companyId, CancellationToken ct)
    {
        var open = db.JobPostings.Where(p => p.CompanyId == companyId && p.Status == PostingStatus.Open);
        var listed = await open.OrderBy(p => p.CloseDate).Select(p => new Posting(p.Id, p.Title, p.CloseDate)).Take(Listed).ToListAsync(ct);
        var count = listed.Count < Listed ? listed.Count : await open.CountAsync(ct);
        return new CompanyJobs(companyId, listed, await db.Placements.CountAsync(p => p.CompanyId == companyId, ct)) { OpenPostingCount = count };
    }
}
