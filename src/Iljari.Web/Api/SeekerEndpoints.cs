using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Seekers;
using Iljari.Web.Infrastructure;

namespace Iljari.Web.Api;

/// <summary>
/// <c>/api/v1/seekers/{id}</c>: a seeker's own profile. Anyone else — another seeker, an employer, staff of any agency —
/// gets 404 until consent-based sharing exists (DESIGN.md §4), so the endpoint never reveals whether an id exists.
/// </summary>
public static class SeekerEndpoints
{
    public static IEndpointRouteBuilder MapSeekerEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/seekers/{id:int}", GetAsync)
            .WithTags("구직자 (Seekers)")
            .WithName("GetSeekerProfile")
            .WithSummary("내 구직자 프로필")
            .RequireAuthorization();
        return app;
    }

    private static async Task<IResult> GetAsync(int id, System.Security.Claims.ClaimsPrincipal user, AppDbContext db, CancellationToken ct)
    {
        var userId = user.Id();
        var profile = await db.SeekerProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.UserId == userId, ct);
        return profile is null ? ProblemResults.NotFound("해당 구직자 정보가 없습니다.") : TypedResults.Ok(SeekerProfileDto.From(profile));
    }
}

public sealed record SeekerProfileDto(int Id, string Name, int BirthYear, int BirthMonth, string Phone, string Email,
    IReadOnlyList<CodeName> DesiredOccupations, IReadOnlyList<CodeName> DesiredRegions, string DesiredSalaryType, long? DesiredSalary,
    IReadOnlyList<string> EmploymentTypes, string Education, IReadOnlyList<string> Certificates, IReadOnlyList<string> Skills,
    int CareerMonths, bool Discoverable)
{
    public static SeekerProfileDto From(SeekerProfile p)
    {
        var refs = ReferenceCatalog.Instance;
        return new(p.Id, p.Name, p.BirthYear, p.BirthMonth, p.Phone, p.Email,
            p.DesiredOccupations.Select(c => new CodeName(c, refs.Occupations.NameOf(c))).ToList(),
            p.DesiredRegions.Select(c => new CodeName(c, refs.Regions.FullName(c))).ToList(),
            p.DesiredSalaryType.Code(), p.DesiredSalary, p.EmploymentTypes.Select(t => t.Code()).ToList(), p.Education.Code(),
            p.Certificates, p.Skills, p.TotalCareerMonths, p.Discoverable);
    }
}
