using Iljari.Core.Domain.Codes;

namespace Iljari.Core.Search;

public enum PostingSort { Relevance, Latest, ClosingSoon }

/// <summary>A public job search: keyword plus filters. Only open postings whose close date has not passed are searched.</summary>
public sealed record PostingQuery
{
    public string? Keyword { get; init; }
    /// <summary>A 구 code matches every 동 in it; a 동 or neighbouring-city code matches exactly.</summary>
    public string? RegionCode { get; init; }
    /// <summary>A KECO code of any level: "3" (대분류), "30" (중분류) or "301" (소분류) match by prefix.</summary>
    public string? OccupationCode { get; init; }
    /// <summary>Postings whose offered pay, as a monthly equivalent, reaches at least this amount.</summary>
    public long? MinMonthlySalary { get; init; }
    public CareerRequirement? Career { get; init; }
    /// <summary>The seeker's education: postings that require at most this level.</summary>
    public EducationLevel? Education { get; init; }
    public EmploymentType? EmploymentType { get; init; }
    public PostingSort Sort { get; init; } = PostingSort.Relevance;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}

public sealed record FacetCount(string Value, string Label, int Count);

public sealed record PostingSearchResult(
    int Total,
    IReadOnlyList<int> PostingIds,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets)
{
    public static readonly PostingSearchResult Empty = new(0, [], new Dictionary<string, IReadOnlyList<FacetCount>>());
}

/// <summary>Facet names used in <see cref="PostingSearchResult.Facets"/>.</summary>
public static class Facets
{
    public const string Gu = "gu";
    public const string OccupationMajor = "occupation";
    public const string Career = "career";
    public const string Education = "education";
    public const string EmploymentType = "employmentType";
}

/// <summary>The full-text index of open postings. Implementations are thread-safe singletons.</summary>
public interface IPostingSearch
{
    PostingSearchResult Search(PostingQuery query, DateOnly today);

    /// <summary>Up to <paramref name="max"/> completions for what the user has typed so far.</summary>
    IReadOnlyList<string> Suggest(string prefix, int max = 8);

    /// <summary>Adds or replaces a posting; removes it when it is not open.</summary>
    void Upsert(PostingDocument posting);

    void Remove(int postingId);

    /// <summary>Replaces the whole index with these postings.</summary>
    void Rebuild(IEnumerable<PostingDocument> postings);

    int Count { get; }

    /// <summary>Changes whenever the index does: a page cached from the index is keyed by it, so no change waits for expiry.</summary>
    long Version { get; }
}

/// <summary>What the index needs of a posting (flattened so the index never touches EF).</summary>
public sealed record PostingDocument(
    int Id,
    bool IsOpen,
    string Title,
    string CompanyName,
    string OccupationCode,
    string RegionCode,
    long MonthlySalaryMin,
    long MonthlySalaryMax,
    CareerRequirement Career,
    EducationLevel Education,
    EmploymentType EmploymentType,
    string Description,
    string? Preferences,
    DateOnly CloseDate,
    DateTime PublishedAt)
{
    public static PostingDocument From(Domain.Postings.JobPosting p, string companyName) => new(
        p.Id, p.Status == Domain.Postings.PostingStatus.Open, p.Title, companyName, p.OccupationCode, p.RegionCode,
        p.MonthlySalaryMin, Domain.Postings.MinimumWage.ToMonthly(p.SalaryType, p.SalaryMax ?? p.SalaryMin),
        p.Career, p.Education, p.EmploymentType, p.Description, p.Preferences, p.CloseDate, p.PublishedAt ?? p.CreatedAt);
}
