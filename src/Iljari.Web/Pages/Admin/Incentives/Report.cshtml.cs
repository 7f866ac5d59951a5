using Iljari.Core.Domain.Board;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Incentives;
using Iljari.Web.Infrastructure.Incentives;
using Iljari.Web.Infrastructure.Exports;

namespace Iljari.Web.Pages.Admin.Incentives;

/// <summary>취업성공장려금 보고서 for a year: claims by status, payments by month and by target group, the budget; and an Excel workbook of the same tables.</summary>
public class ReportModel(AppDbContext db, IncentiveLedger ledger, TimeProvider time) : PageModel
{
    public IReadOnlyList<int> Years { get; private set; } = [];
    public int Year { get; private set; }
    public IncentiveScheme? Scheme { get; private set; }
    public IncentiveReport.Result? Result { get; private set; }

    public async Task OnGetAsync(int? year, CancellationToken ct)
    {
        await LoadAsync(year, ct);
        if (Scheme is not null) Result = await new IncentiveReport(db, ledger).BuildAsync(Scheme, ct);
    }

    public async Task<IActionResult> OnGetExcelAsync(int? year, [FromServices] ExcelExport export, CancellationToken ct)
    {
        await LoadAsync(year, ct);
        if (Scheme is null) return NotFound();
        var r = await new IncentiveReport(db, ledger).BuildAsync(Scheme, ct);
        var b = r.Balances;
        return await export.FileAsync($"취업성공장려금 {Scheme.Year}년 보고서",
        [
            ExcelSheet.Of("예산", new[] { ("배정액", b.Allocated), ("예산 잔액", b.Available), ("지급 약정", b.Committed), ("지급 완료", b.Paid) },
                ("구분", x => x.Item1), ("금액(원)", x => x.Item2)),
            ExcelSheet.Of("청구 상태별", r.ByStatus, ("상태", s => s.Status.Label()), ("건수", s => s.Count), ("금액(원)", s => s.Amount)),
            ExcelSheet.Of("월별 지급", r.ByMonth, ("월", m => $"{m.Year}-{m.Month:00}"), ("지급 건수", m => m.Payments), ("환수 건수", m => m.Reversals), ("순지급액(원)", m => m.Net)),
            ExcelSheet.Of("계층별 지급", r.ByGroup, ("계층", g => TargetGroups.Label(g.Code)), ("지급받은 구직자", g => g.Seekers),
                ("지급 건수(환수 제외)", g => g.Claims), ("순지급액(원)", g => g.Net)),
        ], ct);
    }

    private async Task LoadAsync(int? year, CancellationToken ct)
    {
        Years = await db.IncentiveSchemes.OrderByDescending(s => s.Year).Select(s => s.Year).ToListAsync(ct);
        Year = year is >= 2000 and <= 2100 ? year.Value : KoreanFormat.TodayInKorea(time).Year;
        Scheme = await db.IncentiveSchemes.AsNoTracking().FirstOrDefaultAsync(s => s.Year == Year, ct);
    }
}
