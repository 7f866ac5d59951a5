using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Postings;
using Iljari.Core.Search;

namespace Iljari.Web.Pages.Jobs;

/// <summary>Query-string shape of a job search, shared by the search page and <c>GET /api/v1/postings</c>.</summary>
public sealed class JobSearchRequest
{
    /// <summary>검색어 (Korean keyword).</summary>
    public string? Q { get; set; }
    /// <summary>구 or 동 code (goyang-regions).</summary>
    public string? Region { get; set; }
    /// <summary>KECO code of any level (1–3 digits).</summary>
    public string? Occupation { get; set; }
    /// <summary>Minimum monthly-equivalent pay in 원.</summary>
    public long? MinSalary { get; set; }
    /// <summary>N, E or Z.</summary>
    public string? Career { get; set; }
    /// <summary>The seeker's education 00–07: postings requiring at most this.</summary>
    public string? Education { get; set; }
    /// <summary>고용형태 code (10, 11, 20, 21, 4, Y).</summary>
    public string? Type { get; set; }
    /// <summary>relevance, latest or closing.</summary>
    public string? Sort { get; set; }
    public int? Page { get; set; }
    public int? PageSize { get; set; }

    /// <summary>Strict check for API callers (the page ignores bad filters instead): field → Korean messages.</summary>
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors[field] = [message];
        if (Q?.Length > 100) Add("q", "검색어는 100자 이내로 입력해 주세요.");
        if (Region is not null && !ReferenceCatalog.Instance.Regions.Contains(Region)) Add("region", "알 수 없는 지역 코드입니다.");
        if (Occupation is not null && !ReferenceCatalog.Instance.Occupations.Contains(Occupation)) Add("occupation", "알 수 없는 직종 코드입니다.");
        if (MinSalary is < 0) Add("minSalary", "최소 급여는 0 이상이어야 합니다.");
        if (Career is not null && Work24.Parse<CareerRequirement>(Career) is null) Add("career", "경력은 N, E, Z 중 하나입니다.");
        if (Education is not null && Work24.Parse<EducationLevel>(Education) is null) Add("education", "학력은 00~07 중 하나입니다.");
        if (Type is not null && Work24.Parse<EmploymentType>(Type) is null) Add("type", "고용형태는 10, 11, 20, 21, 4, Y 중 하나입니다.");
        if (Sort is not null && Sort.ToLowerInvariant() is not ("relevance" or "latest" or "closing")) Add("sort", "정렬은 relevance, latest, closing 중 하나입니다.");
        if (Page is < 1 or > 500) Add("page", "페이지는 1~500 사이입니다.");
        if (PageSize is < 1 or > 100) Add("pageSize", "페이지 크기는 1~100 사이입니다.");
        return errors;
    }

    public PostingQuery ToQuery() => new()
    {
        Keyword = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim()[..Math.Min(Q.Trim().Length, 100)],
        RegionCode = ReferenceCatalog.Instance.Regions.Contains(Region) ? Region : null,
        OccupationCode = ReferenceCatalog.Instance.Occupations.Contains(Occupation) ? Occupation : null,
        MinMonthlySalary = MinSalary is > 0 ? MinSalary : null,
        Career = Work24.Parse<CareerRequirement>(Career),
        Education = Work24.Parse<EducationLevel>(Education),
        EmploymentType = Work24.Parse<EmploymentType>(Type),
        Sort = Sort?.ToLowerInvariant() switch
        {
            "latest" => PostingSort.Latest,
            "closing" => PostingSort.ClosingSoon,
            _ => string.IsNullOrWhiteSpace(Q) ? PostingSort.Latest : PostingSort.Relevance,
        },
        Page = Math.Clamp(Page ?? 1, 1, 500),
        PageSize = Math.Clamp(PageSize ?? 20, 1, 100),
    };
}

public sealed record JobSearchResult(PostingQuery Query, int Total, IReadOnlyList<JobPosting> Items, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets);

/// <summary>Runs the index search, then loads the page's postings (with company) from the database in ranked order.</summary>
public sealed class JobSearch(IPostingSearch index, AppDbContext db, TimeProvider time)
{
    public async Task<JobSearchResult> RunAsync(JobSearchRequest request, CancellationToken ct)
    {
        var query = request.ToQuery();
        var found = index.Search(query, KoreanFormat.TodayInKorea(time));
        var ids = found.PostingIds.ToList();
        // One array parameter (json_each / = ANY) rather than one parameter per id: every page size is the same SQL,
        // so the command is built and cached once instead of per distinct count (measured under load, 2026-11-26).
        var rows = await db.JobPostings.AsNoTracking().Include(p => p.Company)
            .Where(p => EF.Parameter(ids).Contains(p.Id) && p.Status == PostingStatus.Open)
            .ToListAsync(ct);
        var ordered = rows.OrderBy(p => ids.IndexOf(p.Id)).ToList();
        return new JobSearchResult(query, found.Total, ordered, found.Facets);
    }
}
