using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Guarantees;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Exports;
using Iljari.Web.Infrastructure.Guarantees;

namespace Iljari.Web.Pages.Employer;

/// <summary>
/// 소상공인 금융 지원 for a firm: apply for the 특례보증 or 운영자금 이차보전 and follow its own applications. A firm sees
/// only its own rows (scoped by company inside each query), and downloads them (two sheets: 특례보증, 이차보전).
/// </summary>
public class FinanceModel(AppDbContext db, GuaranteeDesk guarantees, InterestSupportDesk interest, TimeProvider time) : PageModel
{
    public IReadOnlyList<GuaranteeScheme> Schemes { get; private set; } = [];
    public IReadOnlyList<InterestSupportRound> Rounds { get; private set; } = [];
    public IReadOnlyList<Guarantee> MyGuarantees { get; private set; } = [];
    public IReadOnlyList<(InterestSupportApplication Application, long Paid)> MyInterest { get; private set; } = [];

    [BindProperty] public GuaranteeInput Guarantee { get; set; } = new();
    [BindProperty] public InterestInput Interest { get; set; } = new();

    public sealed class GuaranteeInput
    {
        public int SchemeId { get; set; }
        public long? Amount { get; set; }
        public int TermMonths { get; set; } = 60;
        public string? Bank { get; set; }
        public string? Purpose { get; set; }
    }

    public sealed class InterestInput
    {
        public int RoundId { get; set; }
        public long? LoanAmount { get; set; }
        public string? Bank { get; set; }
        public DateOnly? LoanStart { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : Forbid();

    /// <summary>The firm's own guarantees and interest-support applications, every one, with the scheme or round they belong to.</summary>
    public async Task<IActionResult> OnGetExcelAsync([FromServices] ExcelExport export, CancellationToken ct)
    {
        if (await db.CompanyIdAsync(User, ct) is not { } company) return Forbid();
        var guarantees = await db.Guarantees.AsNoTracking().Where(g => g.CompanyId == company).OrderBy(g => g.Id)
            .Join(db.GuaranteeSchemes, g => g.SchemeId, s => s.Id, (g, s) => new { g, s.Title }).ToListAsync(ct);
        var applications = await db.InterestSupportApplications.AsNoTracking().Where(a => a.CompanyId == company).OrderBy(a => a.Id)
            .Join(db.InterestSupportRounds, a => a.RoundId, r => r.Id, (a, r) => new
            {
                a, r, Paid = db.InterestPayments.Where(p => p.ApplicationId == a.Id).Sum(p => (long?)p.Amount) ?? 0,
            }).ToListAsync(ct);
        return await export.FileAsync("우리 업체 금융 지원 신청", [
            ExcelSheet.Of("특례보증", guarantees,
                ("사업", x => x.Title), ("보증액(원)", x => x.g.Amount), ("기간(개월)", x => x.g.TermMonths), ("은행", x => x.g.Bank), ("자금 용도", x => x.g.Purpose),
                ("상태", x => x.g.Status.Label()), ("반려 사유", x => x.g.DecisionReason), ("신청일", x => x.g.AppliedOn), ("승인일", x => x.g.ApprovedOn),
                ("보증 잔액(원)", x => x.g.Outstanding)),
            ExcelSheet.Of("이차보전", applications,
                ("사업", x => x.r.Title), ("대출액(원)", x => x.a.LoanAmount), ("은행", x => x.a.Bank), ("대출 실행일", x => x.a.LoanStart),
                ("신청 일시", x => x.a.AppliedAt), ("상태", x => x.a.Status.Label()),
                ("월 지원액(원)", x => x.a.Status == InterestApplicationStatus.Selected ? x.r.MonthlyAmount(x.a.LoanAmount) : null),
                ("지원 받은 금액(원)", x => x.Paid)),
        ], ct);
    }

    public Task<IActionResult> OnPostGuaranteeAsync(CancellationToken ct) => SubmitAsync(company =>
        guarantees.ApplyAsync(Guarantee.SchemeId, company, Guarantee.Amount ?? 0, Guarantee.TermMonths, Guarantee.Bank, Guarantee.Purpose, ct),
        nameof(Guarantee), "특례보증을 신청했습니다. 심사 결과를 알려 드립니다.", ct);

    public Task<IActionResult> OnPostInterestAsync(CancellationToken ct) => SubmitAsync(async company =>
        {
            var a = await interest.ApplyAsync(Interest.RoundId, company, Interest.LoanAmount ?? 0, Interest.Bank, Interest.LoanStart, ct);
            TempData["Status"] = a.Status.Label();
        },
        nameof(Interest), "이차보전을 신청했습니다.", ct);

    private async Task<IActionResult> SubmitAsync(Func<int, Task> submit, string prefix, string notice, CancellationToken ct)
    {
        if (await db.CompanyIdAsync(User, ct) is not { } company) return Forbid();
        try
        {
            await submit(company);
            TempData["Notice"] = TempData["Status"] is string s ? $"{notice} 결과: {s}" : notice;
            return RedirectToPage();
        }
        catch (Exception e) when (e.IsUserError())
        {
            ModelState.AddErrors(e, prefix);
        }
        return await LoadAsync(ct) ? Page() : Forbid();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await db.CompanyIdAsync(User, ct) is not { } company) return false;
        var today = KoreanFormat.TodayInKorea(time);
        Schemes = await db.GuaranteeSchemes.AsNoTracking().Where(s => s.FirstYear <= today.Year && today.Year <= s.LastYear).OrderBy(s => s.Id).ToListAsync(ct);
        Rounds = await db.InterestSupportRounds.AsNoTracking().Where(r => r.Opens <= today && today <= r.Closes).OrderBy(r => r.Closes).ToListAsync(ct);
        MyGuarantees = await db.Guarantees.AsNoTracking().Where(g => g.CompanyId == company).OrderByDescending(g => g.Id).ToListAsync(ct);
        var mine = await db.InterestSupportApplications.AsNoTracking().Where(a => a.CompanyId == company).OrderByDescending(a => a.Id).ToListAsync(ct);
        var ids = mine.Select(a => a.Id).ToList();
        var paid = await db.InterestPayments.Where(p => ids.Contains(p.ApplicationId)).GroupBy(p => p.ApplicationId)
            .Select(g => new { g.Key, Sum = g.Sum(p => p.Amount) }).ToDictionaryAsync(g => g.Key, g => g.Sum, ct);
        MyInterest = mine.Select(a => (a, paid.GetValueOrDefault(a.Id))).ToList();
        return true;
    }
}
