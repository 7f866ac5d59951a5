using Iljari.Core.Domain.Applications;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Notifications;
using Iljari.Core.Domain.Programs;
using Iljari.Core.Notifications;

namespace Iljari.Web.Infrastructure.Programs;

/// <summary>A completer (수료생) with their 3-, 6- and 12-month follow-up.</summary>
public sealed record Completer(Participant Participant, DateOnly CompletedOn, IReadOnlyList<FollowUpView> FollowUps);

/// <summary>One milestone over a program's completers: due so far, of which employed, known (recorded or by placement) and unknown.</summary>
public sealed record MilestoneCount(int Months, int Due, int Employed, int Known, int Unknown, int NotDue);

/// <summary>
/// 사후관리: completers' status at 3, 6 and 12 months — a counselor's entry, else the placement records (취업 기록) — and
/// a daily reminder to the operating agency's staff when a milestone became due with entries missing.
/// </summary>
public sealed class ProgramFollowUps(AppDbContext db, ProgramProgress progress, TimeProvider time)
{
    public async Task<IReadOnlyList<Completer>> CompletersAsync(JobProgram program, DateOnly todayKst, CancellationToken ct)
    {
        var sessions = await progress.SessionsAsync(program.Id, ct);
        if (sessions.Count == 0) return [];
        var completers = (await progress.ParticipantsAsync(program, sessions, null, ct)).Where(p => p.Completion.Completed).ToList();
        var applicationIds = completers.Select(c => c.Application.Id).ToList();
        var seekerIds = completers.Select(c => c.Application.SeekerProfileId).ToList();
        var recorded = (await db.ProgramFollowUps.AsNoTracking().Where(f => applicationIds.Contains(f.ProgramApplicationId)).ToListAsync(ct))
            .ToDictionary(f => (f.ProgramApplicationId, f.Months), f => f.Outcome);
        // Placement has no end date yet; when it gets one, pass it here and FollowUps.EmployedOn already honours it.
        var jobs = (await db.Placements.AsNoTracking().Where(p => seekerIds.Contains(p.SeekerProfileId)).Select(p => new { p.SeekerProfileId, p.StartDate, p.EndDate }).ToListAsync(ct))
            .ToLookup(p => p.SeekerProfileId, p => new EmploymentSpell(p.StartDate, p.EndDate));
        var programStart = sessions[0].Date;
        return completers.Select(c =>
        {
            var completedOn = c.Completion.CompletedOn!.Value;
            var views = FollowUps.Milestones.Select(m => FollowUps.At(m, completedOn, programStart,
                recorded.TryGetValue((c.Application.Id, m), out var o) ? o : null, jobs[c.Application.SeekerProfileId], todayKst)).ToList();
            return new Completer(c, completedOn, views);
        }).ToList();
    }

    public static IReadOnlyList<MilestoneCount> Count(IReadOnlyList<Completer> completers) =>
        FollowUps.Milestones.Select((m, i) =>
        {
            var views = completers.Select(c => c.FollowUps[i]).ToList();
            var due = views.Where(v => v.State != FollowUpState.NotDue).ToList();
            return new MilestoneCount(m, due.Count, due.Count(v => v.Employed), due.Count(v => v.Known), due.Count(v => !v.Known), views.Count - due.Count);
        }).ToList();

    /// <summary>Records (or corrects) one completer's follow-up; the caller has checked the program is the caller's agency's.</summary>
    public async Task RecordAsync(JobProgram program, int applicationId, int months, FollowUpOutcome outcome, string? note, string userId, CancellationToken ct)
    {
        var today = KoreanFormat.TodayInKorea(time);
        var completer = (await CompletersAsync(program, today, ct)).FirstOrDefault(c => c.Participant.Application.Id == applicationId)
            ?? throw new DomainException("이 프로그램을 수료한 사람이 아닙니다.");
        var now = time.GetUtcNow().UtcDateTime;
        var existing = await db.ProgramFollowUps.FirstOrDefaultAsync(f => f.ProgramApplicationId == applicationId && f.Months == months, ct);
        if (existing is not null) existing.Change(outcome, note, userId, now);
        else db.ProgramFollowUps.Add(ProgramFollowUp.Record(applicationId, months, FollowUps.DueOn(completer.CompletedOn, months), outcome, note, userId, today, now));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Tells each program's agency staff once per milestone that follow-ups became due and some are missing. The
    /// reminder row (unique per program and milestone) is written in the same save as the notifications, so a second
    /// run — the same day or later, on this instance or another — sends nothing new. Returns the reminders sent.
    /// </summary>
    public async Task<int> NotifyDueAsync(DateOnly today, CancellationToken ct)
    {
        // The earliest milestone is 3 months after the last session, so only programs whose last session is that old qualify.
        var lastSessionBy = today.AddMonths(-FollowUps.Milestones[0]);
        var programIds = await db.ProgramSessions.GroupBy(s => s.ProgramId).Where(g => g.Max(s => s.Date) <= lastSessionBy).Select(g => g.Key).ToListAsync(ct);
        var reminded = (await db.ProgramFollowUpReminders.AsNoTracking().Where(r => programIds.Contains(r.ProgramId)).Select(r => new { r.ProgramId, r.Months }).ToListAsync(ct))
            .Select(r => (r.ProgramId, r.Months)).ToHashSet();
        var sent = 0;
        foreach (var program in await db.Programs.AsNoTracking().Where(p => programIds.Contains(p.Id)).OrderBy(p => p.Id).ToListAsync(ct))
        {
            var pending = Count(await CompletersAsync(program, today, ct)).Where(c => c.Unknown > 0 && !reminded.Contains((program.Id, c.Months))).ToList();
            if (pending.Count == 0) continue;
            var staff = await NotificationWriter.UsersOfAsync(db, program.AgencyId, ct);
            var now = time.GetUtcNow().UtcDateTime;
            foreach (var c in pending)
            {
                db.ProgramFollowUpReminders.Add(new ProgramFollowUpReminder(program.Id, c.Months, c.Unknown, now));
                await NotificationWriter.AddAsync(db, staff, NotificationKind.Counseling, $"‘{program.Title}’ 수료생 {c.Unknown}명의 {c.Months}개월 사후관리를 입력해 주세요.",
                    $"/Staff/Programs/FollowUps/{program.Id}", $"program-followup:{program.Id}:{c.Months}", now, ct);
            }
            try
            {
                await db.SaveChangesAsync(ct);
                sent += pending.Count;
            }
            catch (DbUpdateException)
            {
                // Another instance sent these a moment ago (unique reminder row): nothing to add.
                db.ChangeTracker.Clear();
            }
        }
        return sent;
    }
}
