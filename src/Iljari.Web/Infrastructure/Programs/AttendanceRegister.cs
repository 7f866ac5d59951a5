using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Programs;

namespace Iljari.Web.Infrastructure.Programs;

/// <summary>
/// 출석부 of one session: saves a whole roster of marks at once, or marks one participant present from their QR code.
/// Only confirmed participants of the session's program are accepted; the unique index keeps one row per person.
/// </summary>
public sealed class AttendanceRegister(AppDbContext db, TimeProvider time)
{
    /// <summary>Saves the marks given (application id → status); applications not in the program are refused. Returns how many changed.</summary>
    public async Task<int> SaveAsync(ProgramSession session, IReadOnlyDictionary<int, AttendanceStatus> marks, string userId, CancellationToken ct)
    {
        if (marks.Count == 0) return 0;
        var ids = marks.Keys.ToList();
        var applications = await db.ProgramApplications.Where(a => ids.Contains(a.Id) && a.ProgramId == session.ProgramId).ToDictionaryAsync(a => a.Id, ct);
        if (applications.Count != ids.Count) throw new DomainException("이 프로그램의 참여자가 아닌 사람이 있습니다. 화면을 새로 고친 뒤 다시 저장해 주세요.");
        var existing = await db.ProgramAttendance.Where(m => m.SessionId == session.Id && ids.Contains(m.ProgramApplicationId)).ToDictionaryAsync(m => m.ProgramApplicationId, ct);
        var (today, now, changed) = (KoreanFormat.TodayInKorea(time), time.GetUtcNow().UtcDateTime, 0);
        foreach (var (applicationId, status) in marks)
        {
            if (existing.TryGetValue(applicationId, out var row))
            {
                if (row.Change(status, userId, now)) changed++;
                continue;
            }
            db.ProgramAttendance.Add(ProgramAttendance.Record(session, applications[applicationId], status, userId, today, now));
            changed++;
        }
        await SaveOrExplainAsync(ct);
        return changed;
    }

    /// <summary>QR check-in: present, unless already present or late. Returns the participant's name and whether they were already in.</summary>
    public async Task<(string Name, bool Already)> CheckInAsync(ProgramSession session, int applicationId, string userId, CancellationToken ct)
    {
        var application = await db.ProgramApplications.FirstOrDefaultAsync(a => a.Id == applicationId && a.ProgramId == session.ProgramId, ct)
            ?? throw new DomainException("이 프로그램의 신청이 아닙니다.");
        var name = await db.SeekerProfiles.Where(s => s.Id == application.SeekerProfileId).Select(s => s.Name).FirstAsync(ct);
        var row = await db.ProgramAttendance.FirstOrDefaultAsync(m => m.SessionId == session.Id && m.ProgramApplicationId == applicationId, ct);
        if (row is not null && row.Status.CountsAsAttended()) return (name, true);
        var now = time.GetUtcNow().UtcDateTime;
        if (row is null) db.ProgramAttendance.Add(ProgramAttendance.Record(session, application, AttendanceStatus.Present, userId, KoreanFormat.TodayInKorea(time), now));
        else row.Change(AttendanceStatus.Present, userId, now);
        await SaveOrExplainAsync(ct);
        return (name, false);
    }

    private async Task SaveOrExplainAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two staff saving the same roster at once: the unique index kept one mark; this save is refused whole.
            db.ChangeTracker.Clear();
            throw new DomainException("다른 직원이 같은 출석부를 동시에 저장했습니다. 화면을 새로 고친 뒤 다시 저장해 주세요.");
        }
    }
}
