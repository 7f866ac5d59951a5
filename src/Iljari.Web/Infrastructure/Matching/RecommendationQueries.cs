using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Matching;
using Iljari.Core.Domain.Postings;
using Iljari.Core.Domain.Seekers;
using Iljari.Core.Matching;
using Iljari.Matching;

namespace Iljari.Web.Infrastructure.Matching;

/// <summary>A recommended posting with what a list shows about it.</summary>
public sealed record RecommendedPosting(Recommendation Match, JobPosting Posting, string CompanyName)
{
    public string RegionName => ReferenceCatalog.Instance.Regions.FullName(Posting.RegionCode);
}

/// <summary>
/// A recommended seeker as an employer sees them: skills and fit always; name and contact only once the seeker
/// accepted this company's interview proposal. Seekers who applied are on the applicants page instead.
/// </summary>
public sealed record Candidate(Recommendation Match, SeekerProfile Profile, InterviewProposal? Proposal)
{
    public bool Revealed => Proposal?.Status == ProposalStatus.Accepted;
    public string DisplayName => Revealed ? Profile.Name : Masking.Name(Profile.Name);
    public IEnumerable<string> DesiredOccupations => Profile.DesiredOccupations.Select(ReferenceCatalog.Instance.Occupations.NameOf);

    /// <summary>"식당 서비스원 2년 3개월" for the two longest occupations of the career history.</summary>
    public string CareerSummary => Profile.Careers.Count == 0 ? "신입" : string.Join(", ", Profile.Careers
        .GroupBy(c => c.OccupationCode).Select(g => (Code: g.Key, Months: g.Sum(c => c.Months)))
        .OrderByDescending(x => x.Months).Take(2)
        .Select(x => $"{ReferenceCatalog.Instance.Occupations.NameOf(x.Code)} {Duration(x.Months)}"));

    private static string Duration(int months) => (months / 12, months % 12) switch
    {
        (0, var m) => $"{m}개월",
        (var y, 0) => $"{y}년",
        (var y, var m) => $"{y}년 {m}개월",
    };
}

/// <summary>Recommendation lists for pages and the API, checked against the database as it is now.</summary>
public sealed class RecommendationQueries(AppDbContext db, MatchingService matching, TimeProvider time)
{
    /// <summary>Best open postings for the seeker, with their 관심 없음 applied at once (not at the next rebuild).</summary>
    public async Task<List<RecommendedPosting>> ForSeekerAsync(SeekerProfile profile, int k, CancellationToken ct)
    {
        var snapshot = await matching.CurrentAsync(ct);
        var seeker = await MatchingInputs.SeekerAsync(db, profile, ct);
        // A few extra in case postings closed since the snapshot was built.
        var matches = snapshot.Postings.TopFor(seeker, k + 10);
        var ids = matches.Select(m => MatchMapping.IdOf(m.PostingId)).ToList();
        var today = DateOnly.FromDateTime(KoreanFormat.ToKst(time.GetUtcNow().UtcDateTime));
        var rows = await db.JobPostings.AsNoTracking()
            .Where(p => ids.Contains(p.Id) && p.Status == PostingStatus.Open && p.CloseDate >= today)
            .Select(p => new { Posting = p, CompanyName = p.Company!.Name })
            .ToDictionaryAsync(r => r.Posting.Id, ct);
        var list = new List<RecommendedPosting>(k);
        foreach (var m in matches)
            if (list.Count < k && rows.TryGetValue(MatchMapping.IdOf(m.PostingId), out var r))
                list.Add(new RecommendedPosting(m, r.Posting, r.CompanyName));
        return list;
    }

    /// <summary>Best discoverable seekers for the posting, with this company's proposal to each, if any.</summary>
    public async Task<List<Candidate>> ForPostingAsync(JobPosting posting, int k, CancellationToken ct)
    {
        var snapshot = await matching.CurrentAsync(ct);
        var matches = snapshot.Seekers.TopFor(posting.ToMatch(), k + 10);
        var ids = matches.Select(m => MatchMapping.IdOf(m.SeekerId)).ToList();
        // Discoverable is checked again: a seeker who just turned it off disappears before the next rebuild.
        var profiles = await db.SeekerProfiles.AsNoTracking().Where(s => ids.Contains(s.Id) && s.Discoverable).ToDictionaryAsync(s => s.Id, ct);
        var proposals = await ProposalsAsync(posting.Id, ct);
        // Applicants are managed on the applicants page; a seeker who applied since the last rebuild drops out here.
        var applied = (await db.JobApplications.AsNoTracking().Where(a => a.JobPostingId == posting.Id).Select(a => a.SeekerProfileId).ToListAsync(ct)).ToHashSet();
        return matches.Where(m => profiles.ContainsKey(MatchMapping.IdOf(m.SeekerId)) && !applied.Contains(MatchMapping.IdOf(m.SeekerId)))
            .Select(m => new Candidate(m, profiles[MatchMapping.IdOf(m.SeekerId)], proposals.GetValueOrDefault(MatchMapping.IdOf(m.SeekerId))))
            .Take(k).ToList();
    }

    /// <summary>The latest proposal of the posting to each seeker.</summary>
    public async Task<Dictionary<int, InterviewProposal>> ProposalsAsync(int postingId, CancellationToken ct)
    {
        var list = await db.InterviewProposals.AsNoTracking().Where(p => p.JobPostingId == postingId).ToListAsync(ct);
        return list.GroupBy(p => p.SeekerProfileId).ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.ProposedAt).First());
    }
}
