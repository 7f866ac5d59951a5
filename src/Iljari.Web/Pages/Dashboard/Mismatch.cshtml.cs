using System.Text.Json;
using Iljari.Core.Dashboard;
using Iljari.Core.Domain.Codes;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Dashboard;

using Iljari.Web.Infrastructure.Exports;

namespace Iljari.Web.Pages.Dashboard;

/// <summary>
/// 일자리 미스매치 today, by occupation and 구: open positions against seekers who want them, median pay offered and
/// wanted, postings open over 30 days; the largest gaps first, with the programs that train for the short occupations.
/// Market figures (no personal data), the same for every agency.
/// </summary>
public class MismatchModel(AppDbContext db, MismatchQueries mismatch) : PageModel
{
    public const int PageSize = 30, Highlighted = 10;

    [BindProperty(SupportsGet = true)] public string? Gu { get; set; }
    [BindProperty(SupportsGet = true)] public string? Major { get; set; }
    /// <summary>shortage: more positions than seekers first; surplus: more seekers than positions first.</summary>
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;
    public IReadOnlyList<MismatchRow> Rows { get; private set; } = [];
    public IReadOnlyList<MismatchRow> Largest { get; private set; } = [];
    public IReadOnlyList<TrainingProgram> Programs { get; private set; } = [];
    public int Total { get; private set; }
    public Pager Pager { get; private set; } = null!;
    public List<string> Problems { get; } = [];
    public string ChartJson { get; private set; } = "{}";

    public static IEnumerable<CodeEntry> Majors => ReferenceCatalog.Instance.Occupations.AtLevel("major");

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await db.DashboardScopeAsync(User, null, ct) is null) return Forbid();
        if (!string.IsNullOrEmpty(Gu) && ReferenceCatalog.Instance.Regions.Find(Gu) is not { Level: "gu" }) { Problems.Add("구는 목록에서 골라 주세요."); Gu = null; }
        if (!string.IsNullOrEmpty(Major) && ReferenceCatalog.Instance.Occupations.Find(Major) is not { Level: "major" }) { Problems.Add("직종 대분류는 목록에서 골라 주세요."); Major = null; }
        Sort = Sort == "surplus" ? "surplus" : "shortage";
        var all = await mismatch.RowsAsync(string.IsNullOrEmpty(Gu) ? null : Gu[..5], Major, ct);
        var ordered = _ordered = (Sort == "surplus" ? all.OrderBy(r => r.Gap) : all.OrderByDescending(r => r.Gap)).ThenBy(r => r.Occupation, StringComparer.Ordinal).ToList();
        Largest = ordered.Where(r => Sort == "surplus" ? r.Gap < 0 : r.Gap > 0).Take(Highlighted).ToList();
        Total = ordered.Count;
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Rows = ordered.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        Pager = new Pager(PageNumber, PageSize, Total, "/Dashboard/Mismatch", Request.Query);
        Programs = await mismatch.ProgramsForAsync(all.Where(r => r.Gap > 0).OrderByDescending(r => r.Gap).Take(Highlighted).Select(r => r.Occupation).Distinct().ToList(), ct);
        ChartJson = JsonSerializer.Serialize(new
        {
            gaps = new
            {
                label = "차이가 큰 직종", unit = "명", labels = Largest.Select(r => $"{r.OccupationName} · {r.GuName}"),
                series = new[] { new { name = "빈 일자리", values = Largest.Select(r => (decimal?)r.Openings) }, new { name = "희망 구직자", values = Largest.Select(r => (decimal?)r.Seekers) } },
            },
        });
        return Page();
    }

    public bool IsLargest(MismatchRow row) => Largest.Contains(row);

    /// <summary>Every row of the filter in the page's order, kept for the Excel handler.</summary>
    private IReadOnlyList<MismatchRow> _ordered = [];

    /// <summary>Every row of the filter in the page's order (market figures only, no personal data).</summary>
    public async Task<IActionResult> OnGetExcelAsync([FromServices] ExcelExport export, CancellationToken ct)
    {
        var page = await OnGetAsync(ct);
        if (page is not PageResult) return page;
        return await export.FileAsync("일자리 미스매치", ExcelSheet.Of("미스매치", _ordered,
            ("직종 코드", r => r.Occupation), ("직종", r => r.OccupationName), ("구", r => r.GuName), ("빈 일자리(명)", r => r.Openings),
            ("희망 구직자(명)", r => r.Seekers), ("차이(명)", r => r.Gap), ("제시 임금 중앙값(원)", r => r.MedianOffered),
            ("희망 임금 중앙값(원)", r => r.MedianDesired), ("30일 넘게 게시 중인 공고", r => r.OpenOver30Days)), ct);
    }
}
