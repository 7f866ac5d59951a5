using System.Net;
using Iljari.Core.Domain.Programs;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Programs;
using Iljari.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Iljari.Web.Tests;

/// <summary>
/// 사후관리 counts from counselors' entries and the placement records, the entry form, and the daily reminder that
/// tells the agency once. Each test has its own program that finished about seven months ago (3 and 6 months due, 12 not).
/// </summary>
public class ProgramFollowUpTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// Two sessions 8 and 7 months ago; three completers — one placed a month after completion, one placed before the
    /// program began, one with nothing — and one participant who missed both sessions.
    /// </summary>
    private async Task<(int ProgramId, DateOnly CompletedOn, List<TestParticipant> Completers)> FinishedProgramAsync(string title, int skip)
    {
        var today = ProgramSetup.TodayKst;
        var (start, last) = (today.AddMonths(-8), today.AddMonths(-7));
        var (programId, sessions) = await app.ProgramAsync(await app.CounselorAgencyIdAsync(), title,
            [(start, new TimeOnly(10, 0), new TimeOnly(12, 0)), (last, new TimeOnly(10, 0), new TimeOnly(12, 0))]);
        var people = await app.ParticipantsAsync(programId, 4, skip);
        foreach (var s in sessions)
        {
            foreach (var p in people.Take(3)) await app.MarkAsync(s, p.ApplicationId, AttendanceStatus.Present);
            await app.MarkAsync(s, people[3].ApplicationId, AttendanceStatus.Absent);
        }
        await app.PlacementAsync(people[0].SeekerProfileId, last.AddMonths(1));
        await app.PlacementAsync(people[1].SeekerProfileId, start.AddDays(-10));
        return (programId, last, people.Take(3).ToList());
    }

    [Fact]
    public async Task Follow_up_counts_come_from_entries_and_placements_and_missing_ones_can_be_entered()
    {
        var (programId, completedOn, c) = await FinishedProgramAsync("사후관리 집계 과정", skip: 2);
        var staff = await app.SignedInAsync(DemoAccounts.Counselor);
        var page = $"/Staff/Programs/FollowUps/{programId}";

        // The second completer's job predates the program: a counselor records 3 months as 미취업.
        var saved = await Forms.PostAsync(staff, page, new()
        {
            ["Input.ApplicationId"] = $"{c[1].ApplicationId}", ["Input.Months"] = "3", ["Input.Outcome"] = "NotEmployed", ["Input.Note"] = "전화 확인",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        // 12 months is not due yet: refused on the form, in Korean, with status 200.
        var early = await Forms.PostAsync(staff, page, new() { ["Input.ApplicationId"] = $"{c[2].ApplicationId}", ["Input.Months"] = "12", ["Input.Outcome"] = "Employed" });
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        var due12 = completedOn.AddMonths(12);
        Assert.Contains($"12개월 사후관리는 {due12.Year}. {due12.Month}. {due12.Day}.부터 기록할 수 있습니다.", await early.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var missingOutcome = await Forms.PostAsync(staff, page, new() { ["Input.ApplicationId"] = $"{c[2].ApplicationId}", ["Input.Months"] = "3" });
        Assert.Contains("상태를 골라 주세요.", await missingOutcome.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        // The absent participant is not a completer.
        var absent = await app.WithDbAsync(db => db.ProgramApplications.Where(a => a.ProgramId == programId).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(Ct));
        var notCompleter = await Forms.PostAsync(staff, page, new() { ["Input.ApplicationId"] = $"{absent[^1]}", ["Input.Months"] = "3", ["Input.Outcome"] = "Employed" });
        Assert.Contains("이 프로그램을 수료한 사람이 아닙니다.", await notCompleter.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.ProgramFollowUps.CountAsync(f => absent.Contains(f.ProgramApplicationId), Ct)));

        // 3 months: 3 due; employed 1 (placement); known 2 (+ the entry); unknown 1. 6 months: employed 1, known 1, unknown 2. 12: not due.
        var html = await staff.GetStringAsync(page, Ct);
        Assert.Contains("<th scope=\"row\">3개월</th><td>3명</td><td>1명</td><td>2명</td><td>1명</td><td>0명</td>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">6개월</th><td>3명</td><td>1명</td><td>1명</td><td>2명</td><td>0명</td>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">12개월</th><td>0명</td><td>0명</td><td>0명</td><td>0명</td><td>3명</td>", html, StringComparison.Ordinal);
        Assert.Contains($"applicationId={c[2].ApplicationId}&months=3", html, StringComparison.Ordinal);

        // Another agency's counselor neither sees nor writes.
        var partner = await app.SignedInAsync(DemoAccounts.PartnerCounselor);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync(page, Ct)).StatusCode);
        var foreign = await Forms.PostAsync(partner, page, new() { ["Input.ApplicationId"] = $"{c[2].ApplicationId}", ["Input.Months"] = "3", ["Input.Outcome"] = "Employed" }, tokenFrom: "/Notifications/Settings");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task Due_follow_ups_are_notified_to_the_agency_once_however_often_the_job_runs()
    {
        var (programId, _, _) = await FinishedProgramAsync("사후관리 알림 과정", skip: 8);
        var counselor = await app.UserIdAsync(DemoAccounts.Counselor);
        var partner = await app.UserIdAsync(DemoAccounts.PartnerCounselor);
        async Task<List<string>> Told(string userId) => await app.WithDbAsync(db =>
            db.Notifications.Where(n => n.UserId == userId && n.Title.Contains("사후관리 알림 과정")).Select(n => n.Title).ToListAsync(Ct));
        async Task<int> RunAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ProgramFollowUps>().NotifyDueAsync(ProgramSetup.TodayKst, Ct);
        }

        Assert.True(await RunAsync() >= 2);
        var first = await Told(counselor);
        // 3 months: two unknown (the one placed before the program and the one with nothing); 6 months: the same two.
        Assert.Equal(["‘사후관리 알림 과정’ 수료생 2명의 3개월 사후관리를 입력해 주세요.", "‘사후관리 알림 과정’ 수료생 2명의 6개월 사후관리를 입력해 주세요."], first.Order(StringComparer.Ordinal));
        Assert.Equal(2, (await Told(await app.UserIdAsync(DemoAccounts.AgencyAdmin))).Count);
        Assert.Empty(await Told(partner));
        var outbox = await app.WithDbAsync(db => db.Outbox.CountAsync(m => m.DedupKey.StartsWith($"program-followup:{programId}:"), Ct));

        // The same day again, and the next day: nothing new.
        Assert.Equal(0, await RunAsync());
        await using (var scope = app.Services.CreateAsyncScope())
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<ProgramFollowUps>().NotifyDueAsync(ProgramSetup.TodayKst.AddDays(1), Ct));
        Assert.Equal(first.Count, (await Told(counselor)).Count);
        Assert.Equal(outbox, await app.WithDbAsync(db => db.Outbox.CountAsync(m => m.DedupKey.StartsWith($"program-followup:{programId}:"), Ct)));
        Assert.Equal([3, 6], await app.WithDbAsync(db => db.ProgramFollowUpReminders.Where(r => r.ProgramId == programId).OrderBy(r => r.Months).Select(r => r.Months).ToListAsync(Ct)));
    }
}
