using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Programs;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Events;
using Iljari.Web.Infrastructure.Programs;

namespace Iljari.Web.Pages.Seeker;

/// <summary>
/// 내 프로그램: the seeker's program applications with the sessions, their own attendance, completion and the
/// certificate link; with a confirmed place, the attendance QR code for the next session day.
/// </summary>
public class ProgramsModel(AppDbContext db, CheckInTokens tokens, TimeProvider time) : PageModel
{
    public sealed record Code(ProgramSession Session, string Token, string QrSvg);
    public sealed record Row(JobProgram Program, string Agency, ProgramApplication Application, IReadOnlyList<ProgramSession> Sessions,
        IReadOnlyDictionary<int, AttendanceStatus> Marks, CompletionStatus Completion, IReadOnlyList<Code> Codes);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var profileId = await db.SeekerProfileIdAsync(User, ct);
        var mine = await db.ProgramApplications.AsNoTracking().Where(a => a.SeekerProfileId == profileId && a.Status != ProgramApplicationStatus.Cancelled)
            .Join(db.Programs, a => a.ProgramId, p => p.Id, (a, p) => new { a, p })
            .Join(db.Agencies, x => x.p.AgencyId, g => g.Id, (x, g) => new { x.a, x.p, g.Name })
            .OrderByDescending(x => x.a.AppliedAt).Take(50).ToListAsync(ct);
        // Sessions and marks of every row in one query each, not one per program.
        var programIds = mine.Select(x => x.p.Id).ToList();
        var applicationIds = mine.Select(x => x.a.Id).ToList();
        var sessions = (await db.ProgramSessions.AsNoTracking().Where(s => programIds.Contains(s.ProgramId)).ToListAsync(ct))
            .OrderBy(s => s.Date).ThenBy(s => s.StartTime).ToLookup(s => s.ProgramId);
        var marks = (await db.ProgramAttendance.AsNoTracking().Where(m => applicationIds.Contains(m.ProgramApplicationId)).ToListAsync(ct))
            .ToLookup(m => m.ProgramApplicationId);
        var now = time.GetUtcNow().UtcDateTime;
        Today = KoreanFormat.TodayInKorea(time);
        Rows = mine.Select(x =>
        {
            var own = sessions[x.p.Id].ToList();
            var byId = marks[x.a.Id].ToDictionary(m => m.SessionId, m => m.Status);
            var codes = x.a.Status == ProgramApplicationStatus.Approved ? CodesFor(x.a, own) : [];
            return new Row(x.p, x.Name, x.a, own, byId, ProgramProgress.Evaluate(x.p, own, byId, now), codes);
        }).ToList();
    }

    /// <summary>A code for each session of the next session day, valid until the end of that day (Korean time).</summary>
    private List<Code> CodesFor(ProgramApplication application, IReadOnlyList<ProgramSession> sessions)
    {
        var upcoming = ProgramProgress.Upcoming(sessions, time).ToList();
        if (upcoming.Count == 0) return [];
        var day = upcoming[0].Date;
        var validUntilUtc = day.AddDays(1).ToDateTime(TimeOnly.MinValue).AddHours(-9);
        return upcoming.Where(s => s.Date == day).Select(s =>
        {
            var token = tokens.Issue(CheckInPurpose.ProgramSession, s.Id, application.Id, validUntilUtc);
            return new Code(s, token, CheckInTokens.QrSvg(token));
        }).ToList();
    }
}
