using Iljari.Core.Domain.Programs;

namespace Iljari.Web.Infrastructure.Programs;

/// <summary>A confirmed participant with their marks by session id and their standing under the completion rule.</summary>
public sealed record Participant(ProgramApplication Application, string Name, IReadOnlyDictionary<int, AttendanceStatus> Marks, CompletionStatus Completion);

/// <summary>
/// Sessions, attendance and completion of one program, read in three queries; the verdict itself is the pure
/// <see cref="Completion.Evaluate"/>. Callers have already checked who may see the program.
/// </summary>
public sealed class ProgramProgress(AppDbContext db, TimeProvider time)
{
    public Task<List<ProgramSession>> SessionsAsync(int programId, CancellationToken ct) =>
        db.ProgramSessions.AsNoTracking().Where(s => s.ProgramId == programId).OrderBy(s => s.Date).ThenBy(s => s.StartTime).ToListAsync(ct);

    /// <summary>The program's confirmed participants (참여 확정), or just the one application when <paramref name="applicationId"/> is given.</summary>
    public async Task<IReadOnlyList<Participant>> ParticipantsAsync(JobProgram program, IReadOnlyList<ProgramSession> sessions, int? applicationId, CancellationToken ct)
    {
        var rows = await db.ProgramApplications.AsNoTracking()
            .Where(a => a.ProgramId == program.Id && a.Status == ProgramApplicationStatus.Approved && (applicationId == null || a.Id == applicationId))
            .Join(db.SeekerProfiles, a => a.SeekerProfileId, s => s.Id, (a, s) => new { a, s.Name }).ToListAsync(ct);
        var ids = rows.Select(r => r.a.Id).ToList();
        var marks = (await db.ProgramAttendance.AsNoTracking().Where(m => ids.Contains(m.ProgramApplicationId)).ToListAsync(ct))
            .ToLookup(m => m.ProgramApplicationId);
        var now = time.GetUtcNow().UtcDateTime;
        return rows.OrderBy(r => r.Name, StringComparer.Ordinal).Select(r =>
        {
            var mine = marks[r.a.Id].ToDictionary(m => m.SessionId, m => m.Status);
            return new Participant(r.a, r.Name, mine, Evaluate(program, sessions, mine, now));
        }).ToList();
    }

    public static CompletionStatus Evaluate(JobProgram program, IEnumerable<ProgramSession> sessions, IReadOnlyDictionary<int, AttendanceStatus> marks, DateTime nowUtc) =>
        Completion.Evaluate(program.CompletionPercent,
            sessions.Select(s => new SessionMark(s.Date, s.EndsAtUtc, marks.TryGetValue(s.Id, out var m) ? m : null)).ToList(), nowUtc);

    /// <summary>수료증 번호: year of completion, program and application, so it is unique and needs no counter.</summary>
    public static string CertificateNumber(JobProgram program, ProgramApplication application, DateOnly completedOn) =>
        $"제{completedOn.Year}-{program.Id:D4}-{application.Id:D6}호";

    /// <summary>Sessions that have not ended yet, for the seeker's next QR code.</summary>
    public static IEnumerable<ProgramSession> Upcoming(IEnumerable<ProgramSession> sessions, TimeProvider time) =>
        sessions.Where(s => s.EndsAtUtc > time.GetUtcNow().UtcDateTime);
}
