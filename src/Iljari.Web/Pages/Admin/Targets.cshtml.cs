using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Dashboard;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Enterprises;

namespace Iljari.Web.Pages.Admin;

/// <summary>
/// 일자리 창출 목표: the city admin sets each KPI's yearly target for the city or for one agency. A value left empty sets
/// nothing; every change is kept with who and when. Invalid values come back with Korean messages beside their KPI.
/// </summary>
public class TargetsModel(AppDbContext db, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public int? Agency { get; set; }
    [BindProperty] public Dictionary<Kpi, long?> Values { get; set; } = [];
    public IReadOnlyList<KpiTarget> Current { get; private set; } = [];
    public IReadOnlyList<KpiTargetChange> History { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Agencies { get; private set; } = [];

    public int TargetYear => Year ?? KoreanFormat.TodayInKorea(time).Year;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        Values = Current.ToDictionary(t => t.Kpi, t => (long?)t.Value);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        var (userId, now) = (User.Id()!, time.GetUtcNow().UtcDateTime);
        var userName = await db.DisplayNameAsync(User, ct);
        var tracked = await db.KpiTargets.Where(t => t.Year == TargetYear && t.AgencyId == Agency).ToDictionaryAsync(t => t.Kpi, ct);
        foreach (var (kpi, value) in Values.Where(v => v.Value is not null))
        {
            try
            {
                if (tracked.TryGetValue(kpi, out var target))
                {
                    if (target.Change(value, userId, userName, now) is { } change) db.KpiTargetChanges.Add(change);
                }
                else if (value is not null)
                {
                    db.KpiTargets.Add(KpiTarget.Set(TargetYear, kpi, Agency, value, userId, userName, now));
                    db.KpiTargetChanges.Add(new KpiTargetChange(TargetYear, kpi, Agency, null, value.Value, userId, userName, now));
                }
            }
            catch (ValidationFailedException e) { ModelState.AddErrors(e, "Values"); }
        }
        if (!ModelState.IsValid)
        {
            ModelState.AddModelError("", "목표를 저장하지 못했습니다. 표시된 항목을 고쳐 주세요.");
            return Page();
        }
        try { await db.SaveChangesAsync(ct); }
        catch (Exception e) when (e is DbUpdateConcurrencyException or DbUpdateException)
        {
            ModelState.AddModelError("", "다른 관리자가 방금 목표를 바꿨습니다. 새로 고친 뒤 다시 입력해 주세요.");
            return Page();
        }
        TempData["Notice"] = $"{TargetYear}년 목표를 저장했습니다.";
        return RedirectToPage(new { year = TargetYear, agency = Agency });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (TargetYear is < KpiTarget.MinYear or > KpiTarget.MaxYear) return NotFound();
        Agencies = (await db.Agencies.AsNoTracking().Where(a => !a.IsCityOffice).OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(ct))
            .Select(a => (a.Id, a.Name)).ToList();
        if (Agency is { } id && Agencies.All(a => a.Id != id)) return NotFound();
        Current = await db.KpiTargets.AsNoTracking().Where(t => t.Year == TargetYear && t.AgencyId == Agency).ToListAsync(ct);
        History = await db.KpiTargetChanges.AsNoTracking().Where(c => c.Year == TargetYear && c.AgencyId == Agency)
            .OrderByDescending(c => c.At).Take(30).ToListAsync(ct);
        return null;
    }
}
