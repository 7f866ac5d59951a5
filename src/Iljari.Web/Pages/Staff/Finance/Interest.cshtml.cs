using System.Globalization;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Guarantees;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Exports;
using Iljari.Web.Infrastructure.Guarantees;

namespace Iljari.Web.Pages.Staff.Finance;

/// <summary>
/// One 이차보전 round: applications in order, 심사 selection by score and 선정 마감, a month's payments generated once, and
/// the payments made so far by month (월별 지급), with one month's rows.
/// </summary>
public class InterestModel(AppDbContext db, InterestSupportDesk desk, TimeProvider time, Infrastructure.ChangeHistory.ChangeHistoryReader history) : PageModel
{
    public IReadOnlyList<Infrastructure.ChangeHistory.ChangeRow> Changes { get; private set; } = [];
    public sealed record Row(InterestSupportApplication Application, string Company, long Monthly, long Paid, string? SelectedBy);
    public sealed record MonthTotal(DateOnly Month, int Shops, long Total);
    public sealed record PaymentRow(DateOnly Month, int ApplicationId, string Company, string BusinessNumber, long LoanAmount, long Amount, DateTime CreatedAt);

    public InterestSupportRound Round { get; private set; } = null!;
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public DateOnly ThisMonth => new(Today.Year, Today.Month, 1);
    /// <summary>Shops still 심사 중 or 대기 when a 심사 round's window has closed: 선정 마감 would make them 미선정 (0 = no button).</summary>
    public int Unfinished { get; private set; }
    /// <summary>Months with payments, latest first; the chosen month (?month=2026-05, else the latest) and its payments.</summary>
    public IReadOnlyList<MonthTotal> Months { get; private set; } = [];
    public DateOnly? Month { get; private set; }
    public IReadOnlyList<PaymentRow> MonthRows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, string? month, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Months = await MonthTotalsAsync(id, ct);
        Month = DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var chosen) ? chosen
            : Months.Count > 0 ? Months[0].Month : null;
        if (Month is { } m) MonthRows = await Payments(id, m).ToListAsync(ct);
        return Page();
    }

    public static string MonthKey(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Every application of the round (not only the first 500 shown), with its place, who gave it and what was paid.</summary>
    public async Task<IActionResult> OnGetExcelAsync(int id, [FromServices] ExcelExport export, CancellationToken ct)
    {
        if (await (await desk.ManagedRoundsAsync(User, ct)).AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is not { } round) return NotFound();
        var rows = await db.InterestSupportApplications.AsNoTracking().Where(a => a.RoundId == id).OrderBy(a => a.AppliedAt)
            .Join(db.Companies, a => a.CompanyId, c => c.Id, (a, c) => new
            {
                a, c.Name, c.BusinessNumber,
                Paid = db.InterestPayments.Where(p => p.ApplicationId == a.Id).Sum(p => (long?)p.Amount) ?? 0,
                SelectedBy = db.Users.Where(u => u.Id == a.SelectedByUserId).Select(u => u.DisplayName).FirstOrDefault(),
            }).ToListAsync(ct);
        var payments = await Payments(id, month: null).ToListAsync(ct);
        return await export.FileAsync($"{round.Title} 신청 업체·지급", [
            ExcelSheet.Of("신청 업체", rows,
                ("신청 번호", x => x.a.Id), ("업체", x => x.Name), ("사업자등록번호", x => BusinessNumber.Format(x.BusinessNumber)),
                ("대출액(원)", x => x.a.LoanAmount), ("은행", x => x.a.Bank), ("대출 실행일", x => x.a.LoanStart), ("신청 일시", x => x.a.AppliedAt),
                ("상태", x => x.a.Status.Label()), ("점수", x => x.a.Score), ("선정 일시", x => x.a.SelectedAt),
                ("선정자", x => x.a.SelectedAt is null ? null : x.SelectedBy ?? "선착순 자동"),
                ("월 지원액(원)", x => round.MonthlyAmount(x.a.LoanAmount)), ("지급 누계(원)", x => x.Paid)),
            ExcelSheet.Of("월별 지급", await MonthTotalsAsync(id, ct), ("지급 월", m => m.Month), ("지급 업체 수", m => m.Shops), ("지급액(원)", m => m.Total)),
            ExcelSheet.Of("지급 내역", payments, ("지급 월", p => p.Month), ("신청 번호", p => p.ApplicationId), ("업체", p => p.Company),
                ("사업자등록번호", p => BusinessNumber.Format(p.BusinessNumber)), ("대출액(원)", p => p.LoanAmount), ("지급액(원)", p => p.Amount), ("생성 일시", p => p.CreatedAt)),
        ], ct);
    }

    /// <summary>The round's payments (of one month, or all), a row per shop and month: by month, then by firm.</summary>
    private IQueryable<PaymentRow> Payments(int roundId, DateOnly? month) =>
        db.InterestPayments.AsNoTracking().Where(p => month == null || p.Month == month)
            .Join(db.InterestSupportApplications.Where(a => a.RoundId == roundId), p => p.ApplicationId, a => a.Id, (p, a) => new { p, a.CompanyId, a.LoanAmount })
            .Join(db.Companies, x => x.CompanyId, c => c.Id, (x, c) => new { x.p, x.LoanAmount, c.Name, c.BusinessNumber })
            .OrderBy(x => x.p.Month).ThenBy(x => x.Name).ThenBy(x => x.p.ApplicationId)
            .Select(x => new PaymentRow(x.p.Month, x.p.ApplicationId, x.Name, x.BusinessNumber, x.LoanAmount, x.p.Amount, x.p.CreatedAt));

    /// <summary>월별 지급: per month, the shops paid (one payment per shop and month) and the total, latest month first.</summary>
    private async Task<List<MonthTotal>> MonthTotalsAsync(int roundId, CancellationToken ct) =>
        (await db.InterestPayments.Where(p => db.InterestSupportApplications.Any(a => a.Id == p.ApplicationId && a.RoundId == roundId))
            .GroupBy(p => p.Month).Select(g => new { Month = g.Key, Shops = g.Count(), Total = g.Sum(p => p.Amount) }).ToListAsync(ct))
        .OrderByDescending(m => m.Month).Select(m => new MonthTotal(m.Month, m.Shops, m.Total)).ToList();

    public async Task<IActionResult> OnPostSelectAsync(int id, int applicationId, int? score, CancellationToken ct)
    {
        if (!await OwnsAsync(id, ct) || !await db.InterestSupportApplications.AnyAsync(a => a.Id == applicationId && a.RoundId == id, ct)) return NotFound();
        await TryAsync(async () =>
        {
            await desk.SelectAsync(applicationId, score ?? -1, User.Id()!, ct);
            return "선정했습니다.";
        });
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostFinishAsync(int id, CancellationToken ct)
    {
        if (!await OwnsAsync(id, ct)) return NotFound();
        await TryAsync(async () => $"선정을 마감했습니다. 선정되지 않은 {await desk.FinishSelectionAsync(id, ct)}곳은 미선정으로 처리했습니다.");
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostPayAsync(int id, CancellationToken ct)
    {
        if (!await OwnsAsync(id, ct)) return NotFound();
        var today = KoreanFormat.TodayInKorea(time);
        var count = await desk.GeneratePaymentsAsync(id, today, ct);
        TempData["Notice"] = count > 0 ? $"{today.Year}년 {today.Month}월 지급분 {count}건을 만들었습니다." : "이번 달 지급분은 이미 모두 만들어져 있습니다.";
        return RedirectToPage(new { id });
    }

    /// <summary>Runs a change; its notice, or the Korean refusal, is shown after the redirect.</summary>
    private async Task TryAsync(Func<Task<string>> act)
    {
        try
        {
            TempData["Notice"] = await act();
        }
        catch (Exception e) when (e.IsUserError())
        {
            TempData["Error"] = e is ValidationFailedException v ? v.Errors[0].Message : e.Message;
        }
    }

    private async Task<bool> OwnsAsync(int id, CancellationToken ct) => await (await desk.ManagedRoundsAsync(User, ct)).AnyAsync(r => r.Id == id, ct);

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await (await desk.ManagedRoundsAsync(User, ct)).AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is not { } round) return false;
        Round = round;
        var today = Today = KoreanFormat.TodayInKorea(time);
        Unfinished = round.Selection == InterestSelection.Scored && today > round.Closes
            ? await db.InterestSupportApplications.Where(a => a.RoundId == id).CountAsync(InterestSupportApplication.Undecided, ct)
            : 0;
        var rows = await db.InterestSupportApplications.AsNoTracking().Where(a => a.RoundId == id).OrderBy(a => a.AppliedAt).Take(500)
            .Join(db.Companies, a => a.CompanyId, c => c.Id, (a, c) => new { a, c.Name }).ToListAsync(ct);
        var ids = rows.Select(r => r.a.Id).ToList();
        var paid = await db.InterestPayments.Where(p => ids.Contains(p.ApplicationId)).GroupBy(p => p.ApplicationId)
            .Select(g => new { g.Key, Sum = g.Sum(p => p.Amount) }).ToDictionaryAsync(g => g.Key, g => g.Sum, ct);
        var deciders = rows.Select(r => r.a.SelectedByUserId).OfType<string>().Distinct().ToList();
        var names = await db.Users.Where(u => deciders.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        Rows = rows.Select(r => new Row(r.a, r.Name, round.MonthlyAmount(r.a.LoanAmount), paid.GetValueOrDefault(r.a.Id),
            r.a.SelectedByUserId is { } by ? names.GetValueOrDefault(by, "(삭제된 계정)") : null)).ToList();
        Changes = await history.OfAsync<InterestSupportRound>(id, ct);
        return true;
    }
}
