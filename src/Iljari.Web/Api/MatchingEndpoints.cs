using Iljari.Core.Domain.Codes;
using System.Security.Claims;
using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Matching;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Matching;

namespace Iljari.Web.Api;

/// <summary>
/// Recommendations as JSON, with the pages' authorization: a seeker's list for the seeker or their counselor,
/// a posting's candidates for the company that owns it. Anyone else gets 404, so ids are never confirmed.
/// </summary>
public static class MatchingEndpoints
{
    public static IEndpointRouteBuilder MapMatchingEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/seekers/{id:int}/recommendations", SeekerRecommendationsAsync)
            .WithTags("매칭 (Matching)")
            .WithName("GetSeekerRecommendations")
            .WithSummary("구직자 추천 일자리")
            .WithDescription("Best open postings for the seeker, with score (0–100), reasons and gaps in Korean. The seeker themself or their counselor.")
            .RequireAuthorization();
        app.MapGet("/api/v1/postings/{id:int}/candidates", PostingCandidatesAsync)
            .WithTags("매칭 (Matching)")
            .WithName("GetPostingCandidates")
            .WithSummary("공고 추천 인재")
            .WithDescription("Discoverable seekers who fit the posting; name and contact masked until the seeker accepts an interview proposal. The owning company only.")
            .RequireAuthorization(Policies.Employer);
        return app;
    }

    private static async Task<IResult> SeekerRecommendationsAsync(int id, ClaimsPrincipal user, AppDbContext db, RecommendationQueries queries, CancellationToken ct)
    {
        var userId = user.Id();
        var mine = user.IsInRole(Roles.Seeker) && await db.SeekerProfiles.AnyAsync(s => s.Id == id && s.UserId == userId, ct);
        var client = !mine && await (await db.VisibleAssignmentsAsync(user, ct)).AnyAsync(a => a.SeekerProfileId == id, ct);
        if (!mine && !client) return ProblemResults.NotFound("해당 구직자 정보가 없습니다.");
        var profile = await db.SeekerProfiles.AsNoTracking().FirstAsync(s => s.Id == id, ct);
        var items = await queries.ForSeekerAsync(profile, 20, ct);
        return TypedResults.Ok(items.Select(RecommendationDto.From).ToList());
    }

    private static async Task<IResult> PostingCandidatesAsync(int id, ClaimsPrincipal user, AppDbContext db, RecommendationQueries queries, CancellationToken ct)
    {
        var companyId = await db.CompanyIdAsync(user, ct);
        var posting = await db.JobPostings.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.CompanyId == companyId, ct);
        if (companyId is null || posting is null) return ProblemResults.NotFound("해당 구인공고가 없습니다.");
        var items = posting.Status == Core.Domain.Postings.PostingStatus.Open ? await queries.ForPostingAsync(posting, 20, ct) : [];
        return TypedResults.Ok(items.Select(CandidateDto.From).ToList());
    }
}

public sealed record RecommendationDto(int PostingId, string Title, string Company, string Region, string Salary, string EmploymentType,
    DateOnly CloseDate, double Score, IReadOnlyList<string> Reasons, IReadOnlyList<string> Gaps)
{
    public static RecommendationDto From(RecommendedPosting r) => new(r.Posting.Id, r.Posting.Title, r.CompanyName, r.RegionName,
        r.Posting.SalaryText, r.Posting.EmploymentType.Label(), r.Posting.CloseDate, r.Match.Score, r.Match.Reasons, r.Match.Gaps);
}

/// <summary>A candidate as the employer may see them: <see cref="Phone"/> and <see cref="Email"/> are null until revealed.</summary>
public sealed record CandidateDto(int SeekerProfileId, string Name, bool Revealed, string? Phone, string? Email,
    IReadOnlyList<string> DesiredOccupations, string Career, string Education, IReadOnlyList<string> Certificates, IReadOnlyList<string> Skills,
    double Score, IReadOnlyList<string> Reasons, IReadOnlyList<string> Gaps, string? Proposal)
{
    public static CandidateDto From(Candidate c) => new(c.Profile.Id, c.DisplayName, c.Revealed,
        c.Revealed ? c.Profile.Phone : null, c.Revealed ? c.Profile.Email : null,
        c.DesiredOccupations.ToList(), c.CareerSummary, c.Profile.Education.Label(), c.Profile.Certificates, c.Profile.Skills,
        c.Match.Score, c.Match.Reasons, c.Match.Gaps, c.Proposal?.Status.Label());
}
