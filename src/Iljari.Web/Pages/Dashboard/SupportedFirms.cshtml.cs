using System.Text.Json;
using Iljari.Core.Dashboard;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Dashboard;
using Iljari.Core.Domain.Enterprises;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Dashboard;
using Iljari.Web.Infrastructure.Enterprises;
using Iljari.Web.Infrastructure.Exports;

namespace Iljari.Web.Pages.Dashboard;

/// <summary>
/// 지원기업 일자리: companies supported by SME support, 특례보증 or the social-economy centre, with their open postings
/// and hires since support, and the KPI for the chosen year; then the 사회적경제 outcomes of the year (issue 8: enterprises
/// by type and stage, 인증, revenue bands, jobs created). An agency admin sees what their agency supported.
/// </summary>
public class SupportedFirmsModel(AppDbContext db, SupportedFirms firms, KpiService kpis, SocialEconomyOutcomes outcomes, TimeProvider time) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public int? Agency { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;
    public DashboardScope Scope { get; private set; } = null!;
    public KpiSeries Jobs { get; private set; } = null!;
    public IReadOnlyList<SupportedCompany> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public Pager Pager { get; private set; } = null!;
    public OutcomeReport Social { get; private set; } = null!;
    public string ChartJson { get; private set; } = "{}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadScopeAsync(ct) is not { } scope) return Forbid();
        var year = Year!.Value;
        var targets = await kpis.TargetsAsync(year, scope.AgencyId, ct);
        Jobs = await kpis.SeriesAsync(KpiCatalog.Of(Kpi.SupportedFirmJobs), new DashboardFilter(year, AgencyId: scope.AgencyId), targets.GetValueOrDefault(Kpi.SupportedFirmJobs), ct);
        PageNumber = Math.Max(1, PageNumber);
        (Rows, Total) = await firms.ListAsync(scope.AgencyId, PageNumber, PageSize, ct);
        Pager = new Pager(PageNumber, PageSize, Total, "/Dashboard/SupportedFirms", Request.Query);
        var bands = Enum.GetValues<RevenueBand>();
        ChartJson = JsonSerializer.Serialize(new
        {
            stages = new
            {
                label = "단계별 사회적경제기업", unit = "곳", labels = SupportPipeline.Stages.Select(s => s.Label()),
                series = new[] { new { name = "기업 수", values = SupportPipeline.Stages.Select(s => Social.Summary.Enterprises.ByStage[s]) } },
            },
            revenue = new
            {
                label = "매출 규모별 사회적경제기업", unit = "곳", labels = bands.Select(b => b.Label()),
                series = new[] { new { name = $"{Social.Revenue.Year}년", values = bands.Select(b => Social.Revenue.ByBand[b]) } },
            },
        });
        return Page();
    }

    /// <summary>Every supported company of the scope (not one page), and the year's 사회적경제 outcomes as on the page.</summary>
    public async Task<IActionResult> OnGetExcelAsync([FromServices] ExcelExport export, CancellationToken ct)
    {
        if (await LoadScopeAsync(ct) is not { } scope) return Forbid();
        var (rows, _) = await firms.ListAsync(scope.AgencyId, 1, 100_000, ct);
        var refs = Core.Domain.Codes.ReferenceCatalog.Instance;
        return await export.FileAsync("지원기업 일자리", [
            ExcelSheet.Of("지원기업", rows,
                ("기업", r => r.Name), ("업종", r => refs.Industries.NameOf(r.IndustryCode)), ("지역", r => refs.Regions.FullName(r.RegionCode)),
                ("지원 시작일", r => r.Since), ("중소기업 지원", r => r.SmeSupport ? "예" : ""), ("특례보증", r => r.Guarantee ? "예" : ""),
                ("사회적경제", r => r.SocialEconomy ? "예" : ""), ("게시 중인 공고", r => r.OpenPostings), ("지원 이후 채용(명)", r => r.Hires)),
            .. SocialEconomyExcel.Outcomes(Social),
        ], ct);
    }

    /// <summary>The caller's scope, the year (this year unless a valid one is asked for) and that year's 사회적경제 outcomes.</summary>
    private async Task<DashboardScope?> LoadScopeAsync(CancellationToken ct)
    {
        if (await db.DashboardScopeAsync(User, Agency, ct) is not { } scope) return null;
        Scope = scope;
        var today = KoreanFormat.TodayInKorea(time);
        if (Year is not { } year || year < 2020 || year > today.Year) Year = year = today.Year;
        var end = new DateOnly(year, 12, 31);
        Social = await outcomes.ReportAsync(new DateOnly(year, 1, 1), end < today ? end : today, new OutcomeFilter(scope.AgencyId), ct);
        return scope;
    }
}
