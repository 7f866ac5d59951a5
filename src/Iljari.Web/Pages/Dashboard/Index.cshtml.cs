using System.Text.Json;
using Iljari.Core.Dashboard;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Dashboard;
using Iljari.Web.Infrastructure.Dashboard;

using Iljari.Web.Infrastructure.Exports;

namespace Iljari.Web.Pages.Dashboard;

/// <summary>
/// 일자리 대시보드 (control tower): every KPI for the chosen months against last year and the target, one KPI by month,
/// and 취업자 수 broken down by a dimension. The city admin sees all agencies (or one); an agency admin only their own.
/// </summary>
public class IndexModel(AppDbContext db, KpiService kpis, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public DashboardQuery Q { get; set; } = new();
    public DashboardScope Scope { get; private set; } = null!;
    public DashboardFilter Filter { get; private set; } = null!;
    public List<string> Problems { get; private set; } = [];
    public IReadOnlyList<KpiSeries> Series { get; private set; } = [];
    public KpiSeries Trend { get; private set; } = null!;
    public IReadOnlyList<BreakdownRow> Breakdown { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Agencies { get; private set; } = [];
    public string ChartJson { get; private set; } = "{}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await db.DashboardScopeAsync(User, Q.Agency, ct) is not { } scope) return Forbid();
        Scope = scope;
        (Filter, Problems) = Q.ToFilter(scope.AgencyId, KoreanFormat.TodayInKorea(time));
        (Q.Dim, Q.Kpi) = (Q.Dim ?? Dimension.Gu, Q.Kpi ?? Kpi.Placements);
        if (scope.IsCity)
            Agencies = (await db.Agencies.AsNoTracking().Where(a => !a.IsCityOffice).OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(ct))
                .Select(a => (a.Id, a.Name)).ToList();
        Series = await kpis.AllAsync(Filter, ct);
        Trend = Series.First(s => s.Info.Kpi == Q.Kpi);
        Breakdown = await kpis.PlacementsByAsync(Q.Dim.Value, Filter, ct);
        ChartJson = JsonSerializer.Serialize(new
        {
            trend = new
            {
                label = Trend.Info.Name, unit = Trend.Info.Unit.Suffix(), labels = Trend.Months.Select(m => $"{m}월"),
                series = new[] { new { name = $"{Filter.Year}년", values = Trend.ThisYear }, new { name = $"{Filter.Year - 1}년", values = Trend.LastYear } },
            },
            breakdown = new
            {
                label = $"{DashboardQuery.Label(Q.Dim.Value)}별 취업자 수", unit = "명", labels = Breakdown.Select(r => r.Label),
                series = new[]
                {
                    new { name = $"{Filter.Year}년", values = Breakdown.Select(r => (decimal?)r.Count) },
                    new { name = $"{Filter.Year - 1}년", values = Breakdown.Select(r => (decimal?)r.LastYear) },
                },
            },
        });
        return Page();
    }

    /// <summary>The view as a workbook: every KPI with last year and the target, each KPI by month, and the breakdown.</summary>
    public async Task<IActionResult> OnGetExcelAsync([FromServices] ExcelExport export, CancellationToken ct)
    {
        var page = await OnGetAsync(ct);
        if (page is not PageResult) return page;
        var monthly = Series.SelectMany(s => s.Months.Select((m, i) => (s.Info, Month: m, Now: s.ThisYear[i], Before: s.LastYear[i]))).ToList();
        return await export.FileAsync($"일자리 대시보드 {PeriodText}", [
            ExcelSheet.Of("핵심 지표", Series, ("지표", s => s.Info.Name), ("단위", s => s.Info.Unit.Suffix()), ("이번 기간", s => s.Total),
                ("작년 같은 기간", s => s.LastYearTotal), ("연간 목표", s => s.Target), ("목표 대비(%)", s => s.TargetPercent), ("산출 방법", s => s.Info.HowComputed)),
            ExcelSheet.Of("월별", monthly, ("지표", x => x.Info.Name), ("월", x => x.Month), ($"{Filter.Year}년", x => x.Now), ($"{Filter.Year - 1}년", x => x.Before)),
            ExcelSheet.Of($"{DashboardQuery.Label(Q.Dim!.Value)}별 취업자", Breakdown, (DashboardQuery.Label(Q.Dim.Value), r => r.Label),
                ($"{Filter.Year}년", r => r.Count), ($"{Filter.Year - 1}년", r => r.LastYear)),
        ], ct);
    }

    public static string Format(decimal? value, KpiUnit unit) => value switch
    {
        null => "—",
        { } v when unit == KpiUnit.Won => KoreanFormat.Won((long)v),
        { } v when unit is KpiUnit.Percent or KpiUnit.Days => v.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + unit.Suffix(),
        { } v => v.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + unit.Suffix(),
    };

    public string PeriodText => Filter.FromMonth == 1 && Filter.ToMonth == 12 ? $"{Filter.Year}년" : $"{Filter.Year}년 {Filter.FromMonth}~{Filter.ToMonth}월";
}
