using Iljari.Core.Data;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Postings;
using Iljari.Matching;
using Microsoft.EntityFrameworkCore;

namespace Iljari.Core.Matching;

/// <summary>
/// The matching state of one moment: open postings and discoverable seekers indexed, and every seeker's top list
/// from the batch recompute. Immutable; the refresher swaps in a new one after data changes and nightly.
/// </summary>
public sealed class MatchingSnapshot
{
    public const int BatchTop = 20;

    public required PostingPool Postings { get; init; }
    public required SeekerPool Seekers { get; init; }
    /// <summary>Batch result by seeker profile id: what each seeker would see if they looked now.</summary>
    public required IReadOnlyDictionary<string, RankedPosting[]> TopBySeeker { get; init; }
    public required DateTime BuiltAt { get; init; }
    /// <summary>When <see cref="TopBySeeker"/> was recomputed (nightly, at start, or when an hour old after a change).</summary>
    public required DateTime BatchBuiltAt { get; init; }
    public TimeSpan BuildTime { get; init; }

    /// <summary>Reads what matching needs (no names, no contacts) and recomputes every seeker's list.</summary>
    /// <summary>
    /// Rebuilds the pools from the database; with <paramref name="previous"/> given, keeps its batch lists instead of
    /// recomputing everyone (seconds instead of tens of seconds at city scale — pages rank live anyway).
    /// </summary>
    public static async Task<MatchingSnapshot> BuildAsync(AppDbContext db, MatchEngine engine, DateTime nowUtc, CancellationToken ct, MatchingSnapshot? previous = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var today = DateOnly.FromDateTime(KoreanFormat.ToKst(nowUtc));
        var postings = await db.JobPostings.AsNoTracking()
            .Where(p => p.Status == PostingStatus.Open && p.CloseDate >= today)
            .ToListAsync(ct);
        var profiles = await db.SeekerProfiles.AsNoTracking().ToListAsync(ct);
        var dismissed = (await MatchingInputs.DismissalsAsync(db, null, ct)).ToLookup(d => d.SeekerProfileId);
        var applied = (await db.JobApplications.AsNoTracking().Select(a => new { a.SeekerProfileId, a.JobPostingId }).ToListAsync(ct))
            .ToLookup(a => a.SeekerProfileId, a => a.JobPostingId);
        var seekers = profiles.Select(p => (p.Discoverable, Seeker: p.ToMatch(applied[p.Id], dismissed[p.Id].Select(d => d.Dismissal)))).ToList();

        var postingPool = engine.IndexPostings(postings.Select(p => p.ToMatch()));
        var seekerPool = engine.IndexSeekers(seekers.Where(s => s.Discoverable).Select(s => s.Seeker));
        var top = previous?.TopBySeeker ?? postingPool.RankAll(seekers.Select(s => s.Seeker), BatchTop);
        return new MatchingSnapshot
        {
            Postings = postingPool, Seekers = seekerPool, TopBySeeker = top, BuiltAt = nowUtc,
            BatchBuiltAt = previous?.BatchBuiltAt ?? nowUtc, BuildTime = clock.Elapsed,
        };
    }
}

/// <summary>Per-seeker inputs that shape a list: 관심 없음 and postings already applied to.</summary>
public static class MatchingInputs
{
    public static async Task<List<(int SeekerProfileId, (int PostingId, int CompanyId, string OccupationCode) Dismissal)>> DismissalsAsync(
        AppDbContext db, int? seekerProfileId, CancellationToken ct)
    {
        var rows = await db.NotInterested.AsNoTracking()
            .Where(n => seekerProfileId == null || n.SeekerProfileId == seekerProfileId)
            .Join(db.JobPostings, n => n.JobPostingId, p => p.Id, (n, p) => new { n.SeekerProfileId, n.JobPostingId, p.CompanyId, p.OccupationCode })
            .ToListAsync(ct);
        return rows.Select(r => (r.SeekerProfileId, (r.JobPostingId, r.CompanyId, r.OccupationCode))).ToList();
    }

    /// <summary>The seeker as the engine sees them now: current 관심 없음 list and postings already applied to.</summary>
    public static async Task<MatchSeeker> SeekerAsync(AppDbContext db, Domain.Seekers.SeekerProfile profile, CancellationToken ct)
    {
        var dismissed = await DismissalsAsync(db, profile.Id, ct);
        var applied = await db.JobApplications.AsNoTracking().Where(a => a.SeekerProfileId == profile.Id).Select(a => a.JobPostingId).ToListAsync(ct);
        return profile.ToMatch(applied, dismissed.Select(d => d.Dismissal));
    }
}
