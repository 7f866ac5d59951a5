using Iljari.Core.Domain.Applications;
using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Sharing;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Sharing;

namespace Iljari.Web.Pages.Staff.Incentives;

/// <summary>
/// 취업 기록 관리 for a client of this agency: the 퇴사일 of a job (which may end continuity) and jobs the seeker found
/// outside the system (이직), which the incentive needs to judge continuous employment.
/// </summary>
public class JobsModel(AppDbContext db, AccessLogger accessLog, TimeProvider time) : PageModel
{
    public string SeekerName { get; private set; } = "";
    public IReadOnlyList<(Placement Job, string Employer)> Jobs { get; private set; } = [];

    [BindProperty] public JobInput Input { get; set; } = new();

    public sealed class JobInput
    {
        public string? EmployerName { get; set; }
        public DateOnly? StartDate { get; set; }
        public DateOnly? EndDate { get; set; }
        public int? HoursPerWeek { get; set; }
        public bool EmploymentInsured { get; set; } = true;
        public SalaryType SalaryType { get; set; } = SalaryType.Monthly;
        public long? Salary { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(int id, CancellationToken ct)
    {
        if (!await IsClientAsync(id, ct)) return NotFound();
        try
        {
            var start = Input.StartDate ?? throw new ValidationFailedException([new FieldError("StartDate", "입사일을 입력해 주세요.")]);
            db.Placements.Add(Placement.RecordExternal(id, Input.EmployerName, start, Input.EndDate, Input.HoursPerWeek ?? 0, Input.EmploymentInsured,
                Input.SalaryType, Input.Salary ?? 0, User.Id()!, time.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(ct);
            TempData["Notice"] = "취업 기록을 더했습니다.";
            return RedirectToPage(new { id });
        }
        catch (Exception e) when (e.IsUserError())
        {
            ModelState.AddErrors(e, nameof(Input));
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostEndAsync(int id, int placementId, DateOnly? endDate, CancellationToken ct)
    {
        if (!await IsClientAsync(id, ct)) return NotFound();
        var job = await db.Placements.FirstOrDefaultAsync(p => p.Id == placementId && p.SeekerProfileId == id, ct);
        if (job is null) return NotFound();
        try
        {
            job.End(endDate);
            await db.SaveChangesAsync(ct);
            TempData["Notice"] = endDate is null ? "퇴사일을 지웠습니다." : "퇴사일을 기록했습니다.";
            return RedirectToPage(new { id });
        }
        catch (Exception e) when (e.IsUserError())
        {
            db.ChangeTracker.Clear();
            ModelState.AddErrors(e, "End");
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    /// <summary>A seeker with a case (open or closed) at the caller's agency; anyone else is 404.</summary>
    private async Task<bool> IsClientAsync(int seekerProfileId, CancellationToken ct) =>
        await IndexModel.ReviewingAgencyAsync(db, User, ct) is { } agencyId
        && await db.CaseAssignments.AnyAsync(c => c.SeekerProfileId == seekerProfileId && c.AgencyId == agencyId, ct);

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (!await IsClientAsync(id, ct)) return false;
        SeekerName = await db.SeekerProfiles.Where(s => s.Id == id).Select(s => s.Name).FirstAsync(ct);
        var jobs = await db.Placements.AsNoTracking().Where(p => p.SeekerProfileId == id).OrderBy(p => p.StartDate).ToListAsync(ct);
        var companyIds = jobs.Where(j => j.CompanyId != null).Select(j => j.CompanyId!.Value).ToList();
        var names = await db.Companies.AsNoTracking().Where(c => companyIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        Jobs = jobs.Select(j => (j, j.CompanyId is { } c ? names.GetValueOrDefault(c, "") : j.EmployerName)).ToList();
        await accessLog.RecordAsync(id, AccessActions.ClientView, "취업 기록", ct);
        return true;
    }
}
