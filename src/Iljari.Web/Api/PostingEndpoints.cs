using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Postings;
using Iljari.Core.Search;
using Iljari.Web.Infrastructure;
using Iljari.Web.Pages.Jobs;

namespace Iljari.Web.Api;

/// <summary><c>/api/v1/postings</c>: the public job search as JSON, same query and filters as the search page.</summary>
public static class PostingEndpoints
{
    public static IEndpointRouteBuilder MapPostingEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/postings").WithTags("구인공고 (Postings)").AllowAnonymous();
        group.MapGet("/", SearchAsync)
            .WithName("SearchPostings")
            .WithSummary("채용정보 검색")
            .WithDescription("Korean keyword search over open postings with region, occupation, salary, career, education and employment-type filters, facets and paging.");
        group.MapGet("/{id:int}", GetAsync)
            .WithName("GetPosting")
            .WithSummary("채용정보 상세");
        return app;
    }

    private static async Task<IResult> SearchAsync([AsParameters] JobSearchRequest request, JobSearch search, CancellationToken ct)
    {
        var errors = request.Validate();
        if (errors.Count > 0) return ProblemResults.Invalid(errors);
        var result = await search.RunAsync(request, ct);
        return TypedResults.Ok(new PostingSearchResponse(
            result.Total, result.Query.Page, result.Query.PageSize,
            result.Items.Select(PostingSummary.From).ToList(),
            result.Facets));
    }

    private static async Task<IResult> GetAsync(int id, AppDbContext db, CancellationToken ct)
    {
        var posting = await db.JobPostings.AsNoTracking().Include(p => p.Company)
            .FirstOrDefaultAsync(p => p.Id == id && p.Status != PostingStatus.Draft, ct);
        return posting is null ? ProblemResults.NotFound("해당 구인공고가 없습니다.") : TypedResults.Ok(PostingDetail.From(posting));
    }
}

public sealed record PostingSearchResponse(int Total, int Page, int PageSize, IReadOnlyList<PostingSummary> Items,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets);

public sealed record CodeName(string Code, string Name);

public sealed record PostingSummary(int Id, string Title, string Company, CodeName Occupation, CodeName Region,
    string SalaryType, long SalaryMin, long? SalaryMax, string SalaryText, string EmploymentType, string Career,
    string Education, DateOnly CloseDate, string Status)
{
    public static PostingSummary From(JobPosting p)
    {
        var refs = ReferenceCatalog.Instance;
        return new(p.Id, p.Title, p.Company?.Name ?? "", new(p.OccupationCode, refs.Occupations.NameOf(p.OccupationCode)),
            new(p.RegionCode, refs.Regions.FullName(p.RegionCode)), p.SalaryType.Code(), p.SalaryMin, p.SalaryMax, p.SalaryText,
            p.EmploymentType.Code(), p.Career.Code(), p.Education.Code(), p.CloseDate, p.Status.Label());
    }
}

public sealed record PostingDetail(PostingSummary Summary, int HoursPerWeek, string WorkDays, int CareerYears, int Openings,
    string Description, string? Preferences, DateTime? PublishedAt, string CompanyAddress, string CompanyIndustry)
{
    public static PostingDetail From(JobPosting p) => new(PostingSummary.From(p), p.HoursPerWeek, p.WorkDays.Label(), p.CareerYears,
        p.Openings, p.Description, p.Preferences, p.PublishedAt, p.Company?.Address ?? "",
        ReferenceCatalog.Instance.Industries.NameOf(p.Company?.IndustryCode));
}
