using Iljari.Core.Domain.SmeSupport;

namespace Iljari.Web.Infrastructure.SmeSupport;

/// <summary>Scores of a call's applications, read from the reviewers' sheets (the average is never stored, so it is always current).</summary>
public static class SupportScores
{
    public sealed record SheetLine(string ReviewerName, SupportReview Review);

    public static async Task<Dictionary<int, ScoreSummary>> ForCallAsync(AppDbContext db, int callId, CancellationToken ct)
    {
        var reviews = await db.SupportReviews.AsNoTracking()
            .Where(r => db.SupportApplications.Any(a => a.Id == r.ApplicationId && a.CallId == callId)).OrderBy(r => r.Id).ToListAsync(ct);
        return reviews.GroupBy(r => r.ApplicationId).ToDictionary(g => g.Key, g => ScoreSummary.Of(g));
    }

    /// <summary>Each reviewer's sheet with their name, for staff only.</summary>
    public static async Task<List<SheetLine>> SheetsAsync(AppDbContext db, int applicationId, CancellationToken ct)
    {
        var rows = await db.SupportReviews.AsNoTracking().Where(r => r.ApplicationId == applicationId)
            .Join(db.Users, r => r.ReviewerUserId, u => u.Id, (r, u) => new { r, u.DisplayName }).OrderBy(x => x.r.Id).ToListAsync(ct);
        return rows.Select(x => new SheetLine(x.DisplayName, x.r)).ToList();
    }
}
