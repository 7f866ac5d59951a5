using System.Net;
using Iljari.Core.Domain.Notifications;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests;

/// <summary>The 정보공유 board with subscriptions, and message threads only their two parties can read.</summary>
public class BoardAndMessageTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_member_posts_a_notice_and_only_matching_subscribers_are_told()
    {
        var seeker = await app.SignedInAsync(DemoAccounts.Seeker);
        await Forms.PostPairsAsync(seeker, "/Board/Subscription", [("Groups", "youth"), ("Kinds", "HiringEvent")], "/Board/Subscription");
        var counselor = await app.SignedInAsync(DemoAccounts.PartnerCounselor);
        await Forms.PostPairsAsync(counselor, "/Board/Subscription", [("Groups", "senior")], "/Board/Subscription");

        // Seekers cannot post; an employer can.
        Assert.Contains("/Account/AccessDenied", (await seeker.GetAsync("/Board/Write", Ct)).Headers.Location?.OriginalString, StringComparison.Ordinal);
        var employer = await app.SignedInAsync(DemoAccounts.Employer);
        var empty = await Forms.PostAsync(employer, "/Board/Write", new() { ["Input.Kind"] = "HiringEvent", ["Input.Title"] = "" });
        Assert.Contains("제목을 입력해 주세요.", await empty.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var posted = await Forms.PostPairsAsync(employer, "/Board/Write",
            [("Input.Kind", "HiringEvent"), ("Input.Title", "청년 바리스타 현장면접의 날"), ("Input.Body", "12월 10일 호수공원점에서 현장면접을 엽니다."),
             ("Input.Groups", "youth"), ("Input.Districts", "4128500000")], "/Board/Write");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);

        var anonymous = app.Client();
        var board = await anonymous.GetStringAsync("/Board?Group=youth", Ct);
        Assert.Contains("청년 바리스타 현장면접의 날", board, StringComparison.Ordinal);
        Assert.DoesNotContain("청년 바리스타 현장면접의 날", await anonymous.GetStringAsync("/Board?Kind=Policy", Ct), StringComparison.Ordinal);
        Assert.Contains("현장면접을 엽니다", await anonymous.GetStringAsync(posted.Headers.Location!.OriginalString, Ct), StringComparison.Ordinal);

        var seekerId = await app.UserIdAsync(DemoAccounts.Seeker);
        var counselorId = await app.UserIdAsync(DemoAccounts.PartnerCounselor);
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == seekerId && n.Kind == NotificationKind.Notice && n.Title.Contains("현장면접의 날"), Ct)));
        Assert.False(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == counselorId && n.Kind == NotificationKind.Notice, Ct)));
    }

    [Fact]
    public async Task Seeker_and_employer_talk_about_an_application_and_nobody_else_can_read_it()
    {
        var posting = await app.OwnOpenPostingAsync();
        var seeker = await app.SignedInAsync(DemoAccounts.Seeker);
        await Forms.PostAsync(seeker, $"/Jobs/Detail/{posting}?handler=Apply", new(), tokenFrom: $"/Jobs/Detail/{posting}");
        var me = await app.SeekerProfileIdAsync(DemoAccounts.Seeker);
        var application = await app.WithDbAsync(db => db.JobApplications.Where(a => a.JobPostingId == posting && a.SeekerProfileId == me).Select(a => a.Id).FirstAsync(Ct));

        var start = await Forms.PostAsync(seeker, "/Messages/Start?handler=Application", new() { ["applicationId"] = $"{application}" }, tokenFrom: "/Seeker/Applications");
        var thread = start.Headers.Location!.OriginalString;
        Assert.StartsWith("/Messages/Thread/", thread, StringComparison.Ordinal);
        // Starting again (the employer this time) finds the same thread.
        var employer = await app.SignedInAsync(DemoAccounts.Employer);
        var again = await Forms.PostAsync(employer, "/Messages/Start?handler=Application", new() { ["applicationId"] = $"{application}" }, tokenFrom: $"/Employer/Postings/Applicants/{posting}");
        Assert.Equal(thread, again.Headers.Location!.OriginalString);

        var blank = await Forms.PostAsync(seeker, thread, new() { ["Body"] = " " });
        Assert.Contains("메시지를 입력해 주세요.", await blank.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(seeker, thread, new() { ["Body"] = "면접 시간을 오후로 바꿀 수 있을까요?" })).StatusCode);
        Assert.Contains("면접 시간을 오후로", await employer.GetStringAsync(thread, Ct), StringComparison.Ordinal);
        var employerId = await app.UserIdAsync(DemoAccounts.Employer);
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == employerId && n.Kind == NotificationKind.Message, Ct)));
        Assert.Contains("면접 시간을 오후로", await employer.GetStringAsync("/Messages", Ct) + await employer.GetStringAsync(thread, Ct), StringComparison.Ordinal);

        // Staff, even the seeker's own counselor, and another company cannot read or post to it.
        foreach (var email in new[] { DemoAccounts.Counselor, DemoAccounts.AgencyAdmin, DemoAccounts.CityAdmin, DemoAccounts.PartnerCounselor })
        {
            var staff = await app.SignedInAsync(email);
            Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(thread, Ct)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await Forms.PostAsync(await app.SignedInAsync(DemoAccounts.Counselor), "/Messages/Start?handler=Application",
            new() { ["applicationId"] = $"{application}" }, tokenFrom: "/Notifications/Settings")).StatusCode);
        Assert.Contains("/Account/Login", (await app.Client().GetAsync(thread, Ct)).Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seeker_and_counselor_have_one_thread_per_case()
    {
        var me = await app.SeekerProfileIdAsync(DemoAccounts.Seeker);
        var caseId = await app.WithDbAsync(db => db.CaseAssignments.Where(c => c.SeekerProfileId == me && c.CounselorUserId != null).Select(c => c.Id).FirstAsync(Ct));
        var counselor = await app.SignedInAsync(DemoAccounts.Counselor);
        var start = await Forms.PostAsync(counselor, "/Messages/Start?handler=Case", new() { ["caseId"] = $"{caseId}" }, tokenFrom: "/Notifications/Settings");
        var thread = start.Headers.Location!.OriginalString;
        await Forms.PostAsync(counselor, thread, new() { ["Body"] = "다음 주 화요일 상담 가능하신가요?" });
        var seeker = await app.SignedInAsync(DemoAccounts.Seeker);
        Assert.Contains("다음 주 화요일", await seeker.GetStringAsync(thread, Ct), StringComparison.Ordinal);
        Assert.Contains(thread, await seeker.GetStringAsync("/Seeker/Counseling", Ct), StringComparison.Ordinal);
        var other = await app.SignedInAsync(DemoAccounts.PartnerCounselor);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(thread, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Forms.PostAsync(other, "/Messages/Start?handler=Case", new() { ["caseId"] = $"{caseId}" }, tokenFrom: "/Notifications/Settings")).StatusCode);
    }
}
