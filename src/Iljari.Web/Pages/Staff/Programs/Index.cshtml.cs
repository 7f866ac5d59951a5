using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Programs;
using Iljari.Core.Domain.Sharing;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Programs;
using Iljari.Web.Infrastructure.Sharing;
using Iljari.Web.Infrastructure.Exports;

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
        Rows = await RowsAsync(agencyId, 50, ct);
        if (Rows.Any(r => r.Applicants.Count > 0)) await accessLog.RecordAsync(null, AccessActions.EventRoster, "프로그램 신청자 명단", ct);
        return Page();
    }

    /// <summary>Every program of the agency and every applicant of them (the page shows the latest 50 programs).</summary>
    public async Task<IActionResult> OnGetExcelAsync([FromServices] ExcelExport export, CancellationToken ct)
    {
        if (await AgencyIdAsync(ct) is not { } agencyId) return Forbid();
        var rows = await RowsAsync(agencyId, int.MaxValue, ct);
        return await export.FileAsync("프로그램 신청자 명단",
        [
            ExcelSheet.Of("프로그램", rows, ("프로그램 번호", r => r.Program.Id), ("프로그램", r => r.Program.Title), ("종류", r => r.Program.Kind.Label()),
                ("신청 시작일", r => r.Program.ApplicationOpens), ("신청 마감일", r => r.Program.ApplicationCloses), ("정원", r => r.Program.Capacity),
                ("자리", r => r.Applicants.Count(a => a.Application.HoldsPlace)), ("대기", r => r.Applicants.Count(a => a.Application.Status == ProgramApplicationStatus.Waitlisted))),
            ExcelSheet.Of("신청자", rows.SelectMany(r => r.Applicants.Select(a => (r.Program, a))), ("프로그램", x => x.Program.Title), ("이름", x => x.a.Name),
                ("상태", x => x.a.Application.Status.Label()), ("자격", x => x.a.Application.EligibilityReason), ("신청일", x => x.a.Application.AppliedAt)),
        ], ct);
    }

    private async Task<List<Row>> RowsAsync(int agencyId, int programs, CancellationToken ct)
    {
        var list = await db.Programs.AsNoTracking().Where(p => p.AgencyId == agencyId).OrderByDescending(p => p.ApplicationCloses).Take(programs).ToListAsync(ct);
        var ids = list.Select(p => p.Id).ToList();
        var applicants = await db.ProgramApplications.AsNoTracking().Where(a => ids.Contains(a.ProgramId) && a.Status != ProgramApplicationStatus.Cancelled)
            .Join(db.SeekerProfiles, a => a.SeekerProfileId, s => s.Id, (a, s) => new { a, s.Name }).ToListAsync(ct);
        return list.Select(p => new Row(p, applicants.Where(x => x.a.ProgramId == p.Id).OrderBy(x => x.a.Status).ThenBy(x => x.a.AppliedAt)
            .Select(x => new Applicant(x.a, Masking.Name(x.Name))).ToList())).ToList();
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
