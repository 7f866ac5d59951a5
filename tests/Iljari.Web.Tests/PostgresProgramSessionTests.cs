using Iljari.Core.Domain.Programs;
using Iljari.Web.Infrastructure.Programs;
using Iljari.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Iljari.Web.Tests;

/// <summary>Program sessions, attendance and follow-up on PostgreSQL: the queries translate and the unique indexes hold.</summary>
public class PostgresProgramSessionTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Attendance_completion_and_follow_up_reminders_work_on_postgres()
    {
        TestEnvironment.RequirePostgres();
        var today = ProgramSetup.TodayKst;
        var (programId, sessions) = await app.ProgramAsync(await app.CounselorAgencyIdAsync(), "PG 사후관리 과정",
            [(today.AddMonths(-8), new TimeOnly(10, 0), new TimeOnly(12, 0)), (today.AddMonths(-7), new TimeOnly(10, 0), new TimeOnly(12, 0))]);
        var people = await app.ParticipantsAsync(programId, 3, skip: 2);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Core.Data.AppDbContext>();
            var register = scope.ServiceProvider.GetRequiredService<AttendanceRegister>();
            foreach (var id in sessions)
            {
                var session = await db.ProgramSessions.SingleAsync(s => s.Id == id, Ct);
                await register.SaveAsync(session, new Dictionary<int, AttendanceStatus>
                {
                    [people[0].ApplicationId] = AttendanceStatus.Present, [people[1].ApplicationId] = AttendanceStatus.Absent, [people[2].ApplicationId] = AttendanceStatus.Late,
                }, "u", Ct);
            }
        }
        // A second row for the same person and session is refused by the unique index.
        await Assert.ThrowsAsync<DbUpdateException>(() => app.MarkAsync(sessions[0], people[0].ApplicationId, AttendanceStatus.Late));
        await app.PlacementAsync(people[0].SeekerProfileId, today.AddMonths(-6));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var followUps = scope.ServiceProvider.GetRequiredService<ProgramFollowUps>();
            var program = await scope.ServiceProvider.GetRequiredService<Core.Data.AppDbContext>().Programs.SingleAsync(p => p.Id == programId, Ct);
            var completers = (await followUps.CompletersAsync(program, today, Ct)).ToDictionary(c => c.Participant.Application.Id);
            Assert.Equal([people[0].ApplicationId, people[2].ApplicationId], completers.Keys.Order());
            Assert.Equal([FollowUpState.EmployedByPlacement, FollowUpState.EmployedByPlacement, FollowUpState.NotDue], completers[people[0].ApplicationId].FollowUps.Select(f => f.State));
            Assert.Equal([FollowUpState.Missing, FollowUpState.Missing, FollowUpState.NotDue], completers[people[2].ApplicationId].FollowUps.Select(f => f.State));
            // 3 and 6 months are missing for one person: two reminders, then none on a second run.
            Assert.Equal(2, await followUps.NotifyDueAsync(today, Ct));
            Assert.Equal(0, await followUps.NotifyDueAsync(today, Ct));
        }
        Assert.Equal(2, await app.WithDbAsync(db => db.ProgramFollowUpReminders.CountAsync(r => r.ProgramId == programId, Ct)));
    }
}
