using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Enterprises;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Enterprises;

namespace Iljari.Web.Pages.Staff.SocialEconomy;

/// <summary>
/// 고용·매출 현황: dated headcounts (all employees and 취약계층; the newest becomes the current count and jobs created are
/// measured from the one at registration) and the yearly revenue band (a second entry for a year replaces it).
/// </summary>
public class FiguresModel(AppDbContext db, TimeProvider time) : PageModel
{
    public sealed class HeadcountInput
    {
        public DateOnly? AsOf { get; set; }
        public int? Employees { get; set; }
        public int? Vulnerable { get; set; }
        public string? Note { get; set; }
    }

    public sealed class RevenueInput
    {
        public int? Year { get; set; }
        public RevenueBand? Band { get; set; }
    }

    [BindProperty] public HeadcountInput Headcount { get; set; } = new();
    [BindProperty] public RevenueInput Revenue { get; set; } = new();
    public SocialEnterprise Enterprise { get; private set; } = null!;
    public IReadOnlyList<EnterpriseHeadcount> Headcounts { get; private set; } = [];
    public IReadOnlyList<EnterpriseRevenue> Revenues { get; private set; } = [];
    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        var today = KoreanFormat.TodayInKorea(time);
        (Headcount.AsOf, Revenue.Year) = (today, today.Year - 1);
        return Page();
    }

    public async Task<IActionResult> OnPostHeadcountAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct, forChange: true) is { } refused) return refused;
        try
        {
            Enterprise.RecordHeadcount(Headcount.AsOf, Headcount.Employees, Headcount.Vulnerable, Headcount.Note,
                KoreanFormat.TodayInKorea(time), User.Id()!, time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
        }
        catch (ValidationFailedException e)
        {
            ModelState.AddErrors(e, nameof(Headcount));
            return await ReloadAsync(id, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "다른 직원이 방금 이 기업의 정보를 바꿨습니다. 다시 입력해 주세요.");
            return await ReloadAsync(id, ct);
        }
        TempData["Notice"] = $"{KoreanFormat.Date(Headcount.AsOf!.Value)} 기준 고용 현황을 저장했습니다.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRevenueAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct, forChange: true) is { } refused) return refused;
        var (userId, now, today) = (User.Id()!, time.GetUtcNow().UtcDateTime, KoreanFormat.TodayInKorea(time));
        try
        {
            var entry = EnterpriseRevenue.Record(id, Revenue.Year, Revenue.Band, today.Year, userId, now);
            if (await db.EnterpriseRevenues.FirstOrDefaultAsync(r => r.EnterpriseId == id && r.Year == entry.Year, ct) is { } existing)
                existing.Replace(entry.Band, userId, now);
            else db.EnterpriseRevenues.Add(entry);
            await db.SaveChangesAsync(ct);
        }
        catch (ValidationFailedException e)
        {
            ModelState.AddErrors(e, nameof(Revenue));
            return await ReloadAsync(id, ct);
        }
        TempData["Notice"] = $"{Revenue.Year}년 매출 규모를 저장했습니다.";
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> ReloadAsync(int id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await LoadAsync(id, ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct, bool forChange = false)
    {
        if (await db.SocialEconomyScopeAsync(User, ct) is not { } scope) return Forbid();
        if (forChange && !scope.CanEdit) return Forbid();
        // Tracked with its headcounts: a new headcount is checked against them (one per day) and may become the current one.
        var enterprise = await db.SocialEnterprises.Visible(scope).Include(e => e.Headcounts).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (enterprise is null) return NotFound();
        (Enterprise, CanEdit) = (enterprise, scope.CanEdit);
        Headcounts = enterprise.Headcounts.OrderByDescending(h => h.AsOf).ToList();
        Revenues = await db.EnterpriseRevenues.AsNoTracking().Where(r => r.EnterpriseId == id).OrderByDescending(r => r.Year).ToListAsync(ct);
        return null;
    }
}
