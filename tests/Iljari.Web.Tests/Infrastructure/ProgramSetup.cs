using Iljari.Core.Domain.Applications;
using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Programs;
using Microsoft.EntityFrameworkCore;

namespace Iljari.Web.Tests.Infrastructure;

/// <summary>A participant of a test program: their application, profile and account.</summary>
public sealed record TestParticipant(int ApplicationId, int SeekerProfileId, string Email, string UserId, string Name);

/// <summary>Programs with sessions and confirmed participants written straight to the database, for the pages to show.</summary>
public static class ProgramSetup
{
    public static DateOnly TodayKst => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));

    /// <summary>The agency of the demo counselor (and agency admin).</summary>
    public static Task<int> CounselorAgencyIdAsync(this IljariApp app) => app.WithDbAsync(db =>
        db.Users.Where(u => u.Email == Web.Infrastructure.DemoAccounts.Counselor).Select(u => u.OrganisationId!.Value).FirstAsync());

    /// <summary>A program of the agency, open for applications today (so applying works), with sessions on the given days and hours.</summary>
    public static Task<(int ProgramId, List<int> SessionIds)> ProgramAsync(this IljariApp app, int agencyId, string title,
        IEnumerable<(DateOnly Date, TimeOnly Start, TimeOnly End)> sessions, int completionPercent = 80) => app.WithDbAsync(async db =>
    {
        var program = JobProgram.Create(agencyId, ProgramKind.JobClub, title, "테스트 과정", 30, TodayKst.AddYears(-1), TodayKst,
            [new EligibilityRule { Year = TodayKst.Year - 1, Audience = "구직자" }], DateTime.UtcNow, completionPercent);
        db.Programs.Add(program);
        await db.SaveChangesAsync();
        var rows = sessions.Select(s => ProgramSession.Create(program.Id, new ProgramSessionFields { Date = s.Date, StartTime = s.Start, EndTime = s.End, Place = "시청 교육장" })).ToList();
        db.ProgramSessions.AddRange(rows);
        await db.SaveChangesAsync();
        return (program.Id, rows.Select(r => r.Id).ToList());
    });

    /// <summary>Generated demo seekers (not the demo seeker) given a confirmed place; <paramref name="skip"/> keeps tests apart.</summary>
    public static Task<List<TestParticipant>> ParticipantsAsync(this IljariApp app, int programId, int count, int skip, bool approve = true) => app.WithDbAsync(async db =>
    {
        var program = await db.Programs.FirstAsync(p => p.Id == programId);
        var seekers = await db.SeekerProfiles.Where(s => s.Email != Web.Infrastructure.DemoAccounts.Seeker).OrderBy(s => s.Id).Skip(skip).Take(count).ToListAsync();
        var result = new List<TestParticipant>();
        foreach (var s in seekers)
        {
            var application = ProgramApplication.Apply(program, s.Id, new EligibilityResult(true, "구직자 대상", []), false, TodayKst, DateTime.UtcNow);
            if (approve) application.Approve(DateTime.UtcNow);
            db.ProgramApplications.Add(application);
            await db.SaveChangesAsync();
            result.Add(new TestParticipant(application.Id, s.Id, s.Email, s.UserId, s.Name));
        }
        return result;
    });

    public static Task<int> MarkAsync(this IljariApp app, int sessionId, int applicationId, AttendanceStatus status) => app.WithDbAsync(async db =>
    {
        var session = await db.ProgramSessions.FirstAsync(s => s.Id == sessionId);
        var application = await db.ProgramApplications.FirstAsync(a => a.Id == applicationId);
        db.ProgramAttendance.Add(ProgramAttendance.Record(session, application, status, "test", TodayKst, DateTime.UtcNow));
        return await db.SaveChangesAsync();
    });

    /// <summary>A placement (취업 기록) starting on <paramref name="start"/>, through the application workflow as the employer would.</summary>
    public static Task<int> PlacementAsync(this IljariApp app, int seekerProfileId, DateOnly start) => app.WithDbAsync(async db =>
    {
        var posting = await db.JobPostings.Where(p => p.Status == Core.Domain.Postings.PostingStatus.Open).OrderBy(p => p.Id).FirstAsync();
        var now = DateTime.UtcNow;
        var application = JobApplication.Submit(posting.Id, posting.CompanyId, seekerProfileId, ApplicationSource.Seeker, "test", null, now);
        application.Apply(ApplicationAction.Interview, "test", null, now);
        application.Apply(ApplicationAction.Hire, "test", null, now);
        db.JobApplications.Add(application);
        await db.SaveChangesAsync();
        db.Placements.Add(Placement.Record(application, start, 40, SalaryType.Monthly, 2_500_000, "test", now));
        return await db.SaveChangesAsync();
    });
}
