using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Incentives;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Incentives;

namespace Iljari.Web.Pages.Admin.Incentives;

/// <summary>
/// 취업성공장려금 사업 (city admin): the yearly schemes with balances derived from the ledger, a new scheme for a year,
/// and 예산 배정·감액. A reduction is shown back for confirmation before it is written.
/// </summary>
public class IndexModel(AppDbContext db, IncentiveLedger ledger, TimeProvider time) : PageModel
{
    public sealed record Row(IncentiveScheme Scheme, LedgerBalances Balances);

    public sealed class AllocationInput
    {
        public int SchemeId { get; set; }
        /// <summary>감액 (a negative allocation) rather than 배정.</summary>
        public bool Reduce { get; set; }
        public string? Amount { get; set; }
        public string? Memo { get; set; }
        /// <summary>Set by the confirmation step of a reduction.</summary>
        public bool Confirmed { get; set; }
    }

    [BindProperty] public SchemeInput NewScheme { get; set; } = new();
    [BindProperty] public AllocationInput Allocation { get; set; } = new();

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    /// <summary>Which form was posted, so its errors show beside it.</summary>
    public bool CreatePosted { get; private set; }
    public bool AllocatePosted { get; private set; }
    /// <summary>A reduction waiting for 감액 확인: the scheme and the amount.</summary>
    public (Row Row, long Amount)? PendingReduction { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        NewScheme = SchemeInput.Default(NextFreeYear());
        Allocation = new AllocationInput { SchemeId = DefaultSchemeId() };
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        CreatePosted = true;
        var rules = NewScheme.ToRules(ModelState, nameof(NewScheme));
        if (NewScheme.Year is { } year && await db.IncentiveSchemes.AnyAsync(s => s.Year == year, ct))
            ModelState.AddModelError("NewScheme.Year", $"{year}년 사업이 이미 있습니다. 규칙은 그 사업에서 바꿔 주세요.");
        IncentiveScheme? scheme = null;
        try
        {
            // Built even when the form already has errors, so the title and year messages show in the same round.
            scheme = IncentiveScheme.Create(NewScheme.Year ?? 0, NewScheme.Title, rules, time.GetUtcNow().UtcDateTime);
        }
        catch (ValidationFailedException e)
        {
            ModelState.AddMissing(e, nameof(NewScheme));
        }
        if (ModelState.IsValid && scheme is not null)
        {
            try
            {
                db.IncentiveSchemes.Add(scheme);
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another admin created the same year a moment ago (unique index on the year).
                db.ChangeTracker.Clear();
                ModelState.AddModelError("NewScheme.Year", $"{NewScheme.Year}년 사업이 이미 있습니다.");
            }
        }
        if (!ModelState.IsValid || scheme is null)
        {
            await LoadAsync(ct);
            NewScheme.PadRows();
            Allocation = new AllocationInput { SchemeId = DefaultSchemeId() };
            return Page();
        }
        TempData["Notice"] = $"{scheme.Year}년 사업을 만들었습니다. 예산을 배정해 주세요.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAllocateAsync(CancellationToken ct)
    {
        AllocatePosted = true;
        ModelState.Clear(); // the create form's fields are not part of this post
        await LoadAsync(ct);
        NewScheme = SchemeInput.Default(NextFreeYear());
        var row = Rows.FirstOrDefault(r => r.Scheme.Id == Allocation.SchemeId);
        var amount = WonText.Parse(Allocation.Amount);
        if (row is null) ModelState.AddModelError("Allocation.SchemeId", "사업을 골라 주세요.");
        if (amount is null or <= 0) ModelState.AddModelError("Allocation.Amount", "금액을 원 단위 숫자로 입력해 주세요 (예: 300,000,000).");
        if (row is not null && amount is > 0 && Allocation.Reduce && amount > row.Balances.Available)
            ModelState.AddModelError("Allocation.Amount", $"감액할 수 있는 예산은 {KoreanFormat.Won(row.Balances.Available)}입니다.");
        if (!ModelState.IsValid) return Page();

        var signed = Allocation.Reduce ? -amount!.Value : amount!.Value;
        if (Allocation.Reduce && !Allocation.Confirmed)
        {
            PendingReduction = (row!, amount.Value);
            return Page();
        }
        try
        {
            await ledger.AllocateAsync(row!.Scheme.Id, signed, Allocation.Memo, User.Id()!, ct);
        }
        catch (Exception e) when (e.IsUserError())
        {
            ModelState.AddModelError("Allocation.Amount", e is ValidationFailedException v ? v.Errors[0].Message : e.Message);
            await LoadAsync(ct);
            return Page();
        }
        TempData["Notice"] = $"{row.Scheme.Year}년 사업 예산을 {KoreanFormat.Won(amount.Value)} {(Allocation.Reduce ? "감액" : "배정")}했습니다.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var schemes = await db.IncentiveSchemes.AsNoTracking().OrderByDescending(s => s.Year).ToListAsync(ct);
        var rows = new List<Row>();
        // One scheme a year, so a handful of balance queries.
        foreach (var s in schemes) rows.Add(new Row(s, await ledger.BalancesAsync(s.Id, ct)));
        Rows = rows;
    }

    private int ThisYear => KoreanFormat.TodayInKorea(time).Year;

    private int NextFreeYear()
    {
        var year = ThisYear;
        while (Rows.Any(r => r.Scheme.Year == year)) year++;
        return year;
    }

    private int DefaultSchemeId() => (Rows.FirstOrDefault(r => r.Scheme.Year == ThisYear) ?? Rows.FirstOrDefault())?.Scheme.Id ?? 0;
}
