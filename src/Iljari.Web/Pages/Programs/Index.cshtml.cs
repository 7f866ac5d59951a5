using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Programs;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Programs;

namespace Iljari.Web.Pages.Programs;

/// <summary>
/// 맞춤형 취업지원 프로그램: open programs; for a signed-in seeker the ones they are eligible for come first, each with
/// its reason ("만 29세 청년 대상") or what they miss. Applying, sessions and attendance follow in the programs issue.
/// </summary>
[AllowAnonymous]
public class IndexModel(AppDbContext db, TimeProvider time, ProgramEnrolment enrolment) : PageModel
{
    public sealed record Row(JobProgram Program, string Agency, EligibilityResult? Eligibility, ProgramApplication? Mine);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool Personal { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = KoreanFormat.TodayInKorea(time);
        var programs = await db.Programs.AsNoTracking().Where(p => p.ApplicationCloses >= today).OrderBy(p => p.ApplicationCloses).Take(200)
            .Join(db.Agencies, p => p.AgencyId, a => a.Id, (p, a) => new { p, a.Name }).ToListAsync(ct);
        var profile = User.IsInRole(Roles.Seeker) ? await db.SeekerProfiles.AsNoTracking().FirstOrDefaultAsync(s => s.UserId == User.Id(), ct) : null;
        Personal = profile is not null;
        var live = new[] { ProgramApplicationStatus.Applied, ProgramApplicationStatus.Approved, ProgramApplicationStatus.Waitlisted };
        var mine = profile is null ? [] : await db.ProgramApplications.AsNoTracking()
            .Where(a => a.SeekerProfileId == profile.Id && live.Contains(a.Status)).ToDictionaryAsync(a => a.ProgramId, ct);
        Rows = programs.Select(x => new Row(x.p, x.Name, profile is null ? null : x.p.EligibilityFor(profile.Facts, today), mine.GetValueOrDefault(x.p.Id)))
            .OrderBy(r => r.Eligibility is { Eligible: false }).ThenBy(r => r.Program.ApplicationCloses).ToList();
    }

    public async Task<IActionResult> OnPostApplyAsync(int programId, CancellationToken ct)
    {
        if (!User.IsInRole(Roles.Seeker)) return Forbid();
        if (await db.SeekerProfileIdAsync(User, ct) is not { } profileId) return RedirectToPage("/Seeker/EditProfile");
        if (await db.Programs.FirstOrDefaultAsync(p => p.Id == programId, ct) is not { } program) return NotFound();
        try
        {
            var (application, created) = await enrolment.ApplyAsync(program, profileId, ct);
            TempData["Notice"] = !created ? "이미 신청한 프로그램입니다."
                : application.Status == ProgramApplicationStatus.Waitlisted ? $"‘{program.Title}’ 정원이 차서 대기자로 신청했습니다." : $"‘{program.Title}’에 신청했습니다. 기관이 확정하면 알려 드립니다.";
        }
        catch (DomainException e)
        {
            TempData["Error"] = e.Message;
        }
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCancelAsync(int programId, CancellationToken ct)
    {
        if (!User.IsInRole(Roles.Seeker)) return Forbid();
        var profileId = await db.SeekerProfileIdAsync(User, ct);
        var program = await db.Programs.FirstOrDefaultAsync(p => p.Id == programId, ct);
        if (program is null || profileId is null || await enrolment.LiveAsync(programId, profileId.Value, ct) is not { } mine) return NotFound();
        try
        {
            await enrolment.CancelAsync(program, mine.Id, profileId, ct);
            TempData["Notice"] = "신청을 취소했습니다.";
        }
        catch (DomainException e)
        {
            TempData["Error"] = e.Message;
        }
        return RedirectToPage();
    }
}
