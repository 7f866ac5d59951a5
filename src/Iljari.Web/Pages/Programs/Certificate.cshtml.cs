using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Programs;
using Iljari.Core.Domain.Sharing;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Programs;
using Iljari.Web.Infrastructure.Sharing;

namespace Iljari.Web.Pages.Programs;

/// <summary>
/// 수료증, printable: only for a completed participant, and only to that participant or the operating agency's staff;
/// to anyone else the id is unknown (404). A staff view of someone's certificate is written to the access log.
/// </summary>
[Authorize]
public class CertificateModel(AppDbContext db, ProgramProgress progress, AccessLogger accessLog, TimeProvider time) : PageModel
{
    public JobProgram Program { get; private set; } = null!;
    public string Name { get; private set; } = "";
    public string BirthMonth { get; private set; } = "";
    public string Agency { get; private set; } = "";
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public string Number { get; private set; } = "";
    public DateOnly IssuedOn { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var profileId = User.IsInRole(Roles.Seeker) ? await db.SeekerProfileIdAsync(User, ct) : null;
        var agencyId = await db.ProgramAgencyIdAsync(User, ct);
        if (profileId is null && agencyId is null) return NotFound();
        // Who may see it is part of the query: the participant's own application, or a program of the caller's agency.
        var found = await db.ProgramApplications.AsNoTracking().Where(a => a.Id == id && a.Status == ProgramApplicationStatus.Approved)
            .Join(db.Programs, a => a.ProgramId, p => p.Id, (a, p) => new { a, p })
            .Where(x => (profileId != null && x.a.SeekerProfileId == profileId) || (agencyId != null && x.p.AgencyId == agencyId))
            .Join(db.Agencies, x => x.p.AgencyId, g => g.Id, (x, g) => new { x.a, x.p, Agency = g.Name })
            .FirstOrDefaultAsync(ct);
        if (found is null) return NotFound();
        var sessions = await progress.SessionsAsync(found.p.Id, ct);
        var participant = (await progress.ParticipantsAsync(found.p, sessions, found.a.Id, ct)).SingleOrDefault();
        if (participant is not { Completion: { Completed: true, CompletedOn: { } completedOn } }) return NotFound();

        var person = await db.SeekerProfiles.AsNoTracking().Where(s => s.Id == found.a.SeekerProfileId).Select(s => new { s.BirthYear, s.BirthMonth }).FirstAsync(ct);
        (Program, Name, Agency) = (found.p, participant.Name, found.Agency);
        (From, To, IssuedOn) = (sessions[0].Date, completedOn, KoreanFormat.TodayInKorea(time));
        BirthMonth = $"{person.BirthYear}년 {person.BirthMonth}월";
        Number = ProgramProgress.CertificateNumber(found.p, found.a, completedOn);
        if (found.a.SeekerProfileId != profileId)
            await accessLog.RecordAsync(found.a.SeekerProfileId, AccessActions.EventRoster, $"수료증 열람: {found.p.Title}", ct);
        return Page();
    }
}
