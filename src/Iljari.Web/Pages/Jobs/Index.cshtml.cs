using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Postings;
using Iljari.Web.Infrastructure;

namespace Iljari.Web.Pages.Jobs;

[AllowAnonymous]
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Infrastructure.Caching.PublicPageCache.PolicyName)]
public class IndexModel(JobSearch search) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public JobSearchRequest Filter { get; set; } = new();

    public JobSearchResult Result { get; private set; } = null!;
    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Malformed filters (e.g. page=abc) are ignored rather than refused: a search page should always answer.
        ModelState.Clear();
        Result = await search.RunAsync(Filter, ct);
        Pager = new Pager(Result.Query.Page, Result.Query.PageSize, Result.Total, "/Jobs", Request.Query);
    }

    /// <summary>Most rows a search export holds: the top of the ranking, as far as a person reads a list.</summary>
    public const int ExportLimit = 1_000;

    public string ExportLabel => $"검색 결과(최대 {ExportLimit:N0}건)";

    /// <summary>The same search as a workbook: up to <see cref="ExportLimit"/> postings in the page's order.</summary>
    public async Task<IActionResult> OnGetExcelAsync([FromServices] Infrastructure.Exports.ExcelExport export, CancellationToken ct)
    {
        ModelState.Clear();
        var items = new List<JobPosting>();
        for (var page = 1; items.Count < ExportLimit; page++)
        {
            Filter.Page = page;
            Filter.PageSize = 100;
            var result = await search.RunAsync(Filter, ct);
            items.AddRange(result.Items);
            if (result.Items.Count == 0 || page * 100 >= result.Total) break;
        }
        var refs = ReferenceCatalog.Instance;
        return await export.FileAsync("채용정보 검색 결과", Infrastructure.Exports.ExcelSheet.Of("채용정보", items.Take(ExportLimit),
            ("공고번호", p => p.Id), ("제목", p => p.Title), ("기업", p => p.Company?.Name), ("지역", p => refs.Regions.FullName(p.RegionCode)),
            ("직종", p => refs.Occupations.NameOf(p.OccupationCode)), ("급여", p => p.SalaryText), ("고용형태", p => p.EmploymentType.Label()),
            ("경력", p => p.CareerText), ("마감일", p => p.CloseDate), ("주소", p => $"{Request.Scheme}://{Request.Host}/Jobs/Detail/{p.Id}")), ct);
    }

    /// <summary>The current URL with one filter changed (or removed when <paramref name="value"/> is null) and paging reset.</summary>
    public string With(string key, string? value)
    {
        var values = Request.Query.Where(kv => !kv.Key.Equals(key, StringComparison.OrdinalIgnoreCase) && kv.Key != "page")
            .SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string?>(kv.Key, v)));
        if (value is not null) values = values.Append(new(key, value));
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/Jobs", values);
    }
}
