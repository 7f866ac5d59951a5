using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Incentives;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Incentives;

namespace Iljari.Web.Pages.Admin.Incentives;

/// <summary>
/// One scheme: its rules in words, every rules version, a form that saves new rules as the next version (claims keep
/// the version they were filed under), and its ledger newest first with the balances derived from it.
/// </summary>
public class SchemeModel(AppDbContext db, IncentiveLedger ledger, TimeProvider time) : PageModel
{
    private const int PageSize = 20;

    /// <summary>A ledger transaction with its signed amount per account and, for a claim, the batch it is in.</summary>
    public sealed record LedgerRow(LedgerTransaction Transaction, int? ClaimBatchId)
    {
        public long? AmountIn(LedgerAccount account) =>
            Transaction.Entries.Any(e => e.Account == account) ? Transaction.Entries.Where(e => e.Account == account).Sum(e => e.Amount) : null;
    }

    [BindProperty] public RulesInput Rules { get; set; } = new();

    public IncentiveScheme Scheme { get; private set; } = null!;
    public LedgerBalances Balances { get; private set; } = null!;
    public IReadOnlyList<LedgerRow> Ledger { get; private set; } = [];
    public int LedgerTotal { get; private set; }
    public Pager Pager { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, [FromQuery] int page = 1, CancellationToken ct = default)
    {
        if (!await LoadAsync(id, page, ct)) return NotFound();
        Rules.Fill(Scheme.Rules);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var scheme = await db.IncentiveSchemes.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (scheme is null) return NotFound();
        var rules = Rules.ToRules(ModelState, nameof(Rules));
        if (ModelState.IsValid && RulesText.Same(rules, scheme.Rules))
            ModelState.AddModelError("", "지금 규칙과 바뀐 내용이 없습니다.");
        if (ModelState.IsValid)
        {
            try
            {
                scheme.ChangeRules(rules, time.GetUtcNow().UtcDateTime);
                await db.SaveChangesAsync(ct);
                TempData["Notice"] = $"규칙을 {scheme.Rules.Version}판으로 바꿨습니다. 이미 접수된 청구는 접수할 때의 규칙을 따릅니다.";
                return RedirectToPage(new { id });
            }
            catch (Exception e) when (e.IsUserError())
            {
                ModelState.AddErrors(e, nameof(Rules));
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError("", "다른 처리와 겹쳐 저장하지 못했습니다. 다시 저장해 주세요.");
            }
        }
        db.ChangeTracker.Clear();
        await LoadAsync(id, 1, ct);
        Rules.PadRows();
        return Page();
    }

    private async Task<bool> LoadAsync(int id, int page, CancellationToken ct)
    {
        if (await db.IncentiveSchemes.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) is not { } scheme) return false;
        Scheme = scheme;
        Balances = await ledger.BalancesAsync(id, ct);
        var query = db.LedgerTransactions.AsNoTracking().Where(t => t.SchemeId == id);
        LedgerTotal = await query.CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (LedgerTotal + PageSize - 1) / PageSize));
        var transactions = await query.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Include(t => t.Entries).ToListAsync(ct);
        var claimIds = transactions.Where(t => t.ClaimId != null).Select(t => t.ClaimId!.Value).Distinct().ToList();
        var batchOf = await db.IncentiveClaims.AsNoTracking().Where(c => claimIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.BatchId, ct);
        Ledger = transactions.Select(t => new LedgerRow(t, t.ClaimId is { } c ? batchOf.GetValueOrDefault(c) : null)).ToList();
        Pager = new Pager(page, PageSize, LedgerTotal, $"/Admin/Incentives/Scheme/{id}", Request.Query);
        return true;
    }
}
