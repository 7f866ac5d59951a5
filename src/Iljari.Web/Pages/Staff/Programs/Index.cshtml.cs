using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Programs;
using Iljari.Core.Domain.Sharing;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Programs;
using Iljari.Web.Infrastructure.Sharing;

namespace Iljari.Web.Pages.Staff.Programs;

/// <summary>
/// 프로그램 관리 for the operating agency's staff: each program's applicants (with the eligibility reason at the time),
/// approve (참여 확정) or cancel; a cancelled place goes to the first waiting. The list shows names, so it is logged.
/// </summary>
public class IndexModel(AppDbContext db, ProgramEnrolment enrolment, AccessLogger accessLog, TimeProvider time) : PageModel
{
    public sealed record Applicant(ProgramApplication Application, string Name);
    public sealed record Row(JobProgram Program, IReadOnlyList<Applicant> Applicants);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await AgencyIdAsync(ct) is not { } agencyId) return Forbid();
        var programs = await db.Programs.AsNoTracking().Where(p => p.AgencyId == agencyId).OrderByDescending(p => p.ApplicationCloses).Take(50).ToListAsync(ct);
        var ids = programs.Select(p => p.Id).ToList();
        var applicants = await db.ProgramApplications.AsNoTracking().Where(a => ids.Contains(a.ProgramId) && a.Status != ProgramApplicationStatus.Cancelled)
            .Join(db.SeekerProfiles, a => a.SeekerProfileId, s => s.Id, (a, s) => new { a, s.Name }).ToListAsync(ct);
        if (applicants.Count > 0) await accessLog.RecordAsync(null, AccessActions.EventRoster, "프로그램 신청자 명단", ct);
        Rows = programs.Select(p => new Row(p, applicants.Where(x => x.a.ProgramId == p.Id).OrderBy(x => x.a.Status).ThenBy(x => x.a.AppliedAt)
            .Select(x => new Applicant(x.a, x.Name)).ToList())).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostApproveAsync(int applicationId, CancellationToken ct)
    {
        if (await OwnApplicationAsync(applicationId, ct) is not { } a) return NotFound();
        try
        {
            a.Application.Approve(time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
            TempData["Notice"] = "참여를 확정했습니다.";
        }
        catch (DomainException e)
        {
            TempData["Error"] = e.Message;
        }
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCancelAsync(int applicationId, CancellationToken ct)
    {
        if (await OwnApplicationAsync(applicationId, ct) is not { } a) return NotFound();
        try
        {
            await enrolment.CancelAsync(a.Program, a.Application.Id, null, ct);
            TempData["Notice"] = "신청을 취소했습니다. 대기자가 있으면 자리가 넘어갑니다.";
        }
        catch (DomainException e)
        {
            TempData["Error"] = e.Message;
        }
        return RedirectToPage();
    }

    private async Task<(ProgramApplication Application, JobProgram Program)?> OwnApplicationAsync(int applicationId, CancellationToken ct)
    {
        if (await AgencyIdAsync(ct) is not { } agencyId) return null;
        var application = await db.ProgramApplications.FirstOrDefaultAsync(a => a.Id == applicationId, ct);
        var program = application is null ? null : await db.Programs.FirstOrDefaultAsync(p => p.Id == application.ProgramId && p.AgencyId == agencyId, ct);
        return application is null || program is null ? null : (application, program);
    }

    private async Task<int?> AgencyIdAsync(CancellationToken ct) =>
        User.IsInRole(Roles.Counselor) || User.IsInRole(Roles.AgencyAdmin) ? await db.OrganisationIdAsync(User, ct) : null;
}
