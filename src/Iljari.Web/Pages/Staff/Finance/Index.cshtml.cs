using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Guarantees;
using Iljari.Core.Domain.Accounts;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Exports;
using Iljari.Web.Infrastructure.Guarantees;

namespace Iljari.Web.Pages.Staff.Finance;

/// <summary>
/// 소상공인 금융 지원 for the staff who run it (the scheme's agency) and the city: the 특례보증 limit, supply and balances
/// by year, applications to approve or refuse; and 이차보전 rounds with their places. One workbook: the guarantees, the
/// yearly ledger of each scheme and the rounds.
/// </summary>
public class IndexModel(AppDbContext db, GuaranteeDesk guarantees, InterestSupportDesk interest) : PageModel
{
    public sealed record Row(Guarantee Guarantee, string Company);
    public sealed record RoundRow(InterestSupportRound Round, int Selected, int Waiting, int NotSelected, long PaidTotal);

    public IReadOnlyList<GuaranteeSummary> Schemes { get; private set; } = [];
    public IReadOnlyList<Row> Applications { get; private set; } = [];
    public IReadOnlyList<RoundRow> Rounds { get; private set; } = [];
    /// <summary>Whether the caller may open a new scheme or round (the 소상공인지원센터's own staff).</summary>
    public bool CanCreate { get; private set; }
    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : Forbid();

    public Task<IActionResult> OnPostApproveAsync(int id, CancellationToken ct) =>
        ActAsync(id, () => guarantees.ApproveAsync(id, User.Id()!, ct), "보증을 승인했습니다.", ct);

    public Task<IActionResult> OnPostRejectAsync(int id, CancellationToken ct) =>
        ActAsync(id, () => guarantees.RejectAsync(id, Reason, User.Id()!, ct), "신청을 반려했습니다.", ct);

    public async Task<IActionResult> OnGetExcelAsync([FromServices] ExcelExport export, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Forbid();
        var schemes = await (await guarantees.ManagedSchemesAsync(User, ct)).Select(s => s.Id).ToListAsync(ct);
        var rows = await db.Guarantees.AsNoTracking().Where(g => schemes.Contains(g.SchemeId))
            .Join(db.Companies, g => g.CompanyId, c => c.Id, (g, c) => new { g, c.Name, c.BusinessNumber }).OrderBy(x => x.g.Id).ToListAsync(ct);
        var years = Schemes.SelectMany(s => s.Years.Select(y => (s.Scheme, Year: y)));
        return await export.FileAsync("소상공인 금융 지원 현황", [
            ExcelSheet.Of("특례보증", rows,
                ("번호", x => x.g.Id), ("업체", x => x.Name), ("사업자등록번호", x => BusinessNumber.Format(x.BusinessNumber)), ("보증액(원)", x => x.g.Amount),
                ("기간(개월)", x => x.g.TermMonths), ("은행", x => x.g.Bank), ("상태", x => x.g.Status.Label()), ("신청일", x => x.g.AppliedOn),
                ("승인일", x => x.g.ApprovedOn), ("보증 잔액(원)", x => x.g.Outstanding), ("대위변제 미회수(원)", x => x.g.Subrogated)),
            ExcelSheet.Of("연도별 보증 원장", years,
                ("사업", x => x.Scheme.Title), ("연도", x => x.Year.Year), ("승인(원)", x => x.Year.Approved), ("승인 업체 수", x => x.Year.Firms),
                ("상환(원)", x => x.Year.Repaid), ("대위변제(원)", x => x.Year.Defaulted), ("회수(원)", x => x.Year.Recovered),
                ("연말 보증 잔액(원)", x => x.Year.OutstandingAtEnd), ("연말 미회수(원)", x => x.Year.SubrogatedAtEnd)),
            ExcelSheet.Of("이차보전 사업", Rounds,
                ("사업", r => r.Round.Title), ("연도", r => r.Round.Year), ("선정 방식", r => r.Round.Selection.Label()), ("지원 업체 수", r => r.Round.Quota),
                ("선정", r => r.Selected), ("대기·심사", r => r.Waiting), ("미선정", r => r.NotSelected), ("연 지원 금리(%p)", r => r.Round.RateBasisPoints / 100m),
                ("대출 한도(원)", r => r.Round.MaxLoan), ("지원 기간(개월)", r => r.Round.Months), ("신청 시작일", r => r.Round.Opens), ("신청 마감일", r => r.Round.Closes),
                ("지급 누계(원)", r => r.PaidTotal)),
        ], ct);
    }

    private async Task<IActionResult> ActAsync(int id, Func<Task> act, string notice, CancellationToken ct)
    {
        var schemes = await guarantees.ManagedSchemesAsync(User, ct);
        if (!await db.Guarantees.AnyAsync(g => g.Id == id && schemes.Any(s => s.Id == g.SchemeId), ct)) return NotFound();
        try
        {
            await act();
            TempData["Notice"] = notice;
        }
        catch (Exception e) when (e.IsUserError())
        {
            TempData["Error"] = e is ValidationFailedException v ? v.Errors[0].Message : e.Message;
        }
        return RedirectToPage();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var managed = await (await guarantees.ManagedSchemesAsync(User, ct)).AsNoTracking().OrderByDescending(s => s.FirstYear).ToListAsync(ct);
        var rounds = await (await interest.ManagedRoundsAsync(User, ct)).AsNoTracking().OrderByDescending(r => r.Year).ToListAsync(ct);
        CanCreate = await FinanceScope.DeskAgencyAsync(db, User, ct) is not null;
        if (managed.Count == 0 && rounds.Count == 0 && !CanCreate && !User.IsInRole(Core.Domain.Accounts.Roles.CityAdmin)) return false;
        var summaries = new List<GuaranteeSummary>();
        foreach (var s in managed) summaries.Add(await guarantees.SummaryAsync(s, ct));
        Schemes = summaries;
        var ids = managed.Select(s => s.Id).ToList();
        Applications = (await db.Guarantees.AsNoTracking().Where(g => ids.Contains(g.SchemeId) && g.Status == GuaranteeStatus.Applied).OrderBy(g => g.AppliedOn).Take(100)
            .Join(db.Companies, g => g.CompanyId, c => c.Id, (g, c) => new { g, c.Name }).ToListAsync(ct)).Select(x => new Row(x.g, x.Name)).ToList();
        var list = new List<RoundRow>();
        foreach (var r in rounds)
        {
            var counts = await db.InterestSupportApplications.Where(a => a.RoundId == r.Id).GroupBy(a => a.Status).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
            var paid = await db.InterestPayments.Where(p => db.InterestSupportApplications.Any(a => a.Id == p.ApplicationId && a.RoundId == r.Id)).SumAsync(p => p.Amount, ct);
            list.Add(new RoundRow(r, counts.Where(c => c.Key == InterestApplicationStatus.Selected).Sum(c => c.N),
                counts.Where(c => c.Key is InterestApplicationStatus.Waitlisted or InterestApplicationStatus.Applied).Sum(c => c.N),
                counts.Where(c => c.Key == InterestApplicationStatus.Rejected).Sum(c => c.N), paid));
        }
        Rounds = list;
        return true;
    }
}
