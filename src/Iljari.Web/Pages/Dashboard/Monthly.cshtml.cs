using Iljari.Core.Dashboard;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Dashboard;
using Iljari.Web.Infrastructure.Dashboard;
using Iljari.Web.Infrastructure.Exports;

namespace Iljari.Web.Pages.Dashboard;

/// <summary>
/// 월간 일자리 동향: one month's KPIs (against the same month last year, the year to date and the target), 구인·구직
/// flows and 취업자 by each dimension, as a printable page and an Excel workbook. Any past month can be reproduced.
/// </summary>
public class MonthlyModel(AppDbContext db, MonthlyReportBuilder builder, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public int? Month { get; set; }
    [BindProperty(SupportsGet = true)] public int? Agency { get; set; }

    public DashboardScope Scope { get; private set; } = null!;
    public MonthlyReport Report { get; private set; } = null!;
    public List<string> Problems { get; private set; } = [];
    public bool InProgress { get; private set; }
    public IReadOnlyList<(int Id, string Name)> Agencies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Forbid();
        return Page();
    }

    public async Task<IActionResult> OnGetExcelAsync([FromServices] ExcelExport export, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Forbid();
        var sheets = new List<ExcelSheet>
        {
            ExcelSheet.Of("주요 지표", Report.Kpis, ("지표", k => k.Info.Name), ("단위", k => k.Info.Unit.Suffix()), ("이번 달", k => k.Month),
                ("전년 같은 달", k => k.SameMonthLastYear), ("1월부터 누계", k => k.YearToDate), ("연간 목표", k => k.Target),
                ("목표 대비(%)", k => k.TargetPercent), ("산출 방법", k => k.Info.HowComputed)),
            ExcelSheet.Of("구인·구직", MarketRows(), ("항목", r => r.Label), ("이번 달", r => r.Now), ("전년 같은 달", r => r.LastYear)),
        };
        foreach (var (dimension, rows) in Report.Breakdowns)
            sheets.Add(ExcelSheet.Of($"취업자_{SheetName(dimension)}", rows,
                (DashboardQuery.Label(dimension), r => r.Label), ("이번 달", r => r.Count), ("전년 같은 달", r => r.LastYear)));
        return await export.FileAsync($"{Title} {Scope.AgencyName}", sheets, ct);
    }

    public IReadOnlyList<(string Label, long Now, long LastYear)> MarketRows() =>
    [
        (Scope.IsCity && Agency is null ? "신규 구직 등록(명)" : "신규 상담 등록(명)", Report.Market.NewSeekers, Report.Market.NewSeekersLastYear),
        ("신규 구인공고(건, 시 전체)", Report.Market.NewPostings, Report.Market.NewPostingsLastYear),
        ("모집 인원(명, 시 전체)", Report.Market.Openings, Report.Market.OpeningsLastYear),
    ];

    public string Title => $"{Report.Year}년 {Report.Month}월 일자리 동향";

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await db.DashboardScopeAsync(User, Agency, ct) is not { } scope) return false;
        Scope = scope;
        var today = KoreanFormat.TodayInKorea(time);
        // A monthly report is about a finished month by default: the one before this.
        var lastMonth = today.AddMonths(-1);
        var (year, month) = (Year ?? lastMonth.Year, Month ?? lastMonth.Month);
        if (year is < 2020 || month is < 1 or > 12 || new DateOnly(Math.Min(year, 9999), month is >= 1 and <= 12 ? month : 1, 1) > today)
        {
            Problems.Add($"보고서 달은 2020년 1월부터 {today.Year}년 {today.Month}월 사이로 골라 주세요. {lastMonth.Year}년 {lastMonth.Month}월 보고서를 보여 드립니다.");
            (year, month) = (lastMonth.Year, lastMonth.Month);
        }
        (Year, Month) = (year, month);
        InProgress = year == today.Year && month == today.Month;
        if (scope.IsCity)
            Agencies = (await db.Agencies.AsNoTracking().Where(a => !a.IsCityOffice).OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(ct))
                .Select(a => (a.Id, a.Name)).ToList();
        Report = await builder.BuildAsync(year, month, scope.AgencyId, ct);
        return true;
    }

    private static string SheetName(Dimension d) => d switch
    {
        Dimension.Agency => "기관별",
        Dimension.Gu => "구별",
        Dimension.Group => "대상계층별",
        Dimension.AgeBand => "연령대별",
        Dimension.Industry => "업종별",
        _ => "직종별",
    };
}
