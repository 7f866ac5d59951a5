using Iljari.Core.Domain.Board;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Incentives;
using Iljari.Web.Infrastructure.Incentives;
using MiniExcelLibs;

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

    public async Task<IActionResult> OnGetExcelAsync(int? year, CancellationToken ct)
    {
        await LoadAsync(year, ct);
        if (Scheme is null) return NotFound();
        var r = await new IncentiveReport(db, ledger).BuildAsync(Scheme, ct);
        var b = r.Balances;
        var sheets = new Dictionary<string, object>
        {
            ["예산"] = new[] { ("배정액", b.Allocated), ("예산 잔액", b.Available), ("지급 약정", b.Committed), ("지급 완료", b.Paid) }
                .Select(x => new Dictionary<string, object> { ["구분"] = x.Item1, ["금액(원)"] = x.Item2 }).ToList(),
            ["청구 상태별"] = r.ByStatus.Select(s => new Dictionary<string, object> { ["상태"] = s.Status.Label(), ["건수"] = s.Count, ["금액(원)"] = s.Amount }).ToList(),
            ["월별 지급"] = r.ByMonth.Select(m => new Dictionary<string, object>
            {
                ["월"] = $"{m.Year}-{m.Month:00}", ["지급 건수"] = m.Payments, ["환수 건수"] = m.Reversals, ["순지급액(원)"] = m.Net,
            }).ToList(),
            ["계층별 지급"] = r.ByGroup.Select(g => new Dictionary<string, object>
            {
                ["계층"] = TargetGroups.Label(g.Code), ["지급받은 구직자"] = g.Seekers, ["지급 건수(환수 제외)"] = g.Claims, ["순지급액(원)"] = g.Net,
            }).ToList(),
        };
        var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: ct);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"incentive-{Scheme.Year}-report.xlsx");
    }

    private async Task LoadAsync(int? year, CancellationToken ct)
    {
        Years = await db.IncentiveSchemes.OrderByDescending(s => s.Year).Select(s => s.Year).ToListAsync(ct);
        Year = year is >= 2000 and <= 2100 ? year.Value : KoreanFormat.TodayInKorea(time).Year;
        Scheme = await db.IncentiveSchemes.AsNoTracking().FirstOrDefaultAsync(s => s.Year == Year, ct);
    }
}
