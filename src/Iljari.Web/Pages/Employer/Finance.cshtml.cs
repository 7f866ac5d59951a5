using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Guarantees;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Guarantees;

namespace Iljari.Web.Pages.Employer;

/// <summary>
/// 소상공인 금융 지원 for a firm: apply for the 특례보증 or 운영자금 이차보전 and follow its own applications. A firm sees
/// only its own rows (scoped by company inside each query).
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
