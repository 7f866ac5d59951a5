using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Notifications;
using Iljari.Core.Domain.Programs;
using Iljari.Core.Notifications;

namespace Iljari.Web.Infrastructure.Programs;

/// <summary>
/// Applying with capacity and a waitlist: a place while places held are below capacity, otherwise the waitlist in order.
/// A cancelled place goes to the first waiting, who is told. One live application per seeker (unique index).
/// </summary>
public sealed class ProgramEnrolment(AppDbContext db, TimeProvider time)
{
    public async Task<(ProgramApplication Application, bool Created)> ApplyAsync(JobProgram program, int seekerProfileId, CancellationToken ct)
    {
        if (await LiveAsync(program.Id, seekerProfileId, ct) is { } live) return (live, false);
        var today = KoreanFormat.TodayInKorea(time);
        var profile = await db.SeekerProfiles.AsNoTracking().FirstAsync(s => s.Id == seekerProfileId, ct);
        var eligibility = program.EligibilityFor(profile.Facts, today);
        var held = await db.ProgramApplications.CountAsync(a => a.ProgramId == program.Id
            && (a.Status == ProgramApplicationStatus.Applied || a.Status == ProgramApplicationStatus.Approved), ct);
        var application = ProgramApplication.Apply(program, seekerProfileId, eligibility, held >= program.Capacity, today, time.GetUtcNow().UtcDateTime);
        db.ProgramApplications.Add(application);
        try
        {
            await db.SaveChangesAsync(ct);
            return (application, true);
        }
        catch (DbUpdateException)
        {
            db.Entry(application).State = EntityState.Detached;
            return (await LiveAsync(program.Id, seekerProfileId, ct) ?? throw new DomainException("신청을 저장하지 못했습니다. 잠시 후 다시 시도해 주세요."), false);
        }
    }

    public async Task CancelAsync(JobProgram program, int applicationId, int? seekerProfileId, CancellationToken ct)
    {
        var application = await db.ProgramApplications.FirstOrDefaultAsync(a => a.Id == applicationId && a.ProgramId == program.Id
            && (seekerProfileId == null || a.SeekerProfileId == seekerProfileId), ct) ?? throw new DomainException("신청을 찾을 수 없습니다.");
        var now = time.GetUtcNow().UtcDateTime;
        var freed = application.HoldsPlace;
        application.Cancel(now);
        if (freed && await db.ProgramApplications.Where(a => a.ProgramId == program.Id && a.Status == ProgramApplicationStatus.Waitlisted)
                .OrderBy(a => a.AppliedAt).ThenBy(a => a.Id).FirstOrDefaultAsync(ct) is { } next)
        {
            next.Promote();
            var user = await db.SeekerProfiles.Where(s => s.Id == next.SeekerProfileId).Select(s => s.UserId).FirstAsync(ct);
            await NotificationWriter.AddAsync(db, user, NotificationKind.Application, $"‘{program.Title}’ 대기 중이던 신청에 자리가 났습니다.",
                "/Programs", $"program-promote:{next.Id}", now, ct);
        }
        await db.SaveChangesAsync(ct);
    }

    public Task<ProgramApplication?> LiveAsync(int programId, int seekerProfileId, CancellationToken ct) =>
        db.ProgramApplications.FirstOrDefaultAsync(a => a.ProgramId == programId && a.SeekerProfileId == seekerProfileId
            && (a.Status == ProgramApplicationStatus.Applied || a.Status == ProgramApplicationStatus.Approved || a.Status == ProgramApplicationStatus.Waitlisted), ct);
}
