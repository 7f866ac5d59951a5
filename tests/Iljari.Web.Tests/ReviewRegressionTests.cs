using System.Net;
using Iljari.Core.Domain.Postings;
using Iljari.Core.Domain.Sharing;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Notifications;
using Iljari.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Iljari.Web.Tests;

/// <summary>Defects a review found in counseling, sharing and notifications, each pinned by a test.</summary>
public class ReviewRegressionTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<int> ClientAsync(int skip) => app.WithDbAsync(db => db.CaseAssignments.Where(a => a.CounselorUserId != null && a.ClosedAt == null)
        .Select(a => a.SeekerProfileId).OrderBy(i => i).Skip(skip).FirstAsync(Ct));

    [Fact]
    public async Task A_referral_cannot_be_accepted_after_the_seeker_withdrew_consent()
    {
        var client = await ClientAsync(2);
        var partner = await app.PartnerAgencyIdAsync();
        var consentId = await app.WithDbAsync(async db =>
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));
            var consent = SharingConsent.Give(client, "연계", [partner], SharedItems.CaseSummary, today, today.AddDays(30), ConsentMethod.App, null, "u", today, DateTime.UtcNow);
            db.SharingConsents.Add(consent);
            await db.SaveChangesAsync(Ct);
            return consent.Id;
        });
        var counselor = await app.SignedInAsync(DemoAccounts.Counselor);
        var page = $"/Staff/Clients/Sharing/{client}";
        await Forms.PostAsync(counselor, $"{page}?handler=Refer", new() { ["Referral.ToAgencyId"] = $"{partner}", ["Referral.Note"] = "직업훈련 연계" }, tokenFrom: page);
        var referral = await app.WithDbAsync(db => db.AgencyReferrals.SingleAsync(r => r.SeekerProfileId == client, Ct));
        await app.WithDbAsync(async db =>
        {
            (await db.SharingConsents.SingleAsync(c => c.Id == consentId, Ct)).Withdraw("u", DateTime.UtcNow);
            return await db.SaveChangesAsync(Ct);
        });

        var other = await app.SignedInAsync(DemoAccounts.PartnerCounselor);
        Assert.DoesNotContain("직업훈련 연계", await other.GetStringAsync("/Staff/Shared", Ct), StringComparison.Ordinal);
        var token = await Forms.TokenAsync(other, "/Notifications/Settings"); // the list shows no form once the request is hidden
        await other.PostAsync("/Staff/Shared?handler=Accept", new FormUrlEncodedContent([new("referralId", $"{referral.Id}"), new("__RequestVerificationToken", token)]), Ct);
        Assert.Equal(AgencyReferralStatus.Requested, await app.WithDbAsync(db => db.AgencyReferrals.Where(r => r.Id == referral.Id).Select(r => r.Status).SingleAsync(Ct)));
        Assert.False(await app.WithDbAsync(db => db.CaseAssignments.AnyAsync(c => c.SeekerProfileId == client && c.AgencyId == partner, Ct)));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Staff/Clients/Case/{client}", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_page_shown_again_after_a_refused_form_is_logged_like_a_view()
    {
        var client = await ClientAsync(3);
        var counselor = await app.SignedInAsync(DemoAccounts.Counselor);
        var page = $"/Staff/Clients/Case/{client}";
        var token = await Forms.TokenAsync(counselor, page);
        var before = await app.WithDbAsync(db => db.AccessLog.CountAsync(e => e.SubjectSeekerProfileId == client, Ct));
        var response = await counselor.PostAsync($"{page}?handler=Note",
            new FormUrlEncodedContent([new("Note.Kind", "Counseling"), new("Note.Body", ""), new("__RequestVerificationToken", token)]), Ct);
        Assert.Contains("상담 내용을 입력해 주세요.", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(before + 1, await app.WithDbAsync(db => db.AccessLog.CountAsync(e => e.SubjectSeekerProfileId == client, Ct)));
    }

    [Fact]
    public async Task Odd_input_gets_a_page_not_a_500()
    {
        var employer = await app.SignedInAsync(DemoAccounts.Employer);
        var board = await Forms.PostPairsAsync(employer, "/Board/Write",
            [("Input.Kind", "Jobs"), ("Input.Title", "빈 체크 값"), ("Input.Body", "내용"), ("Input.Groups", ""), ("Input.Districts", "")], "/Board/Write");
        Assert.Equal(HttpStatusCode.Redirect, board.StatusCode);
        var seeker = await app.SignedInAsync(DemoAccounts.Seeker);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostPairsAsync(seeker, "/Board/Subscription", [("Groups", ""), ("Districts", "")], "/Board/Subscription")).StatusCode);
        var city = await app.SignedInAsync(DemoAccounts.CityAdmin);
        Assert.Equal(HttpStatusCode.OK, (await city.GetAsync("/Admin/AccessLog?From=0001-01-01&To=9999-12-31", Ct)).StatusCode);
        var client = await ClientAsync(4);
        var counselor = await app.SignedInAsync(DemoAccounts.Counselor);
        var page = $"/Staff/Clients/Case/{client}";
        var appt = await Forms.PostAsync(counselor, $"{page}?handler=Appointment", new() { ["Appt.At"] = "0001-01-01T01:00", ["Appt.Purpose"] = "상담" }, tokenFrom: page);
        Assert.Contains("상담 일시를 입력해 주세요.", await appt.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reopened_posting_is_announced_again_without_breaking_the_job()
    {
        var posting = await app.FreshBaristaPostingAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var jobs = scope.ServiceProvider.GetRequiredService<NotificationJobs>();
        var first = await app.WithDbAsync(db => db.JobPostings.Where(p => p.Id == posting).Select(p => p.PublishedAt!.Value).FirstAsync(Ct));
        await jobs.AnnounceNewPostingsAsync(first.AddTicks(-1), first, Ct);
        var reopened = await app.WithDbAsync(async db =>
        {
            var p = await db.JobPostings.SingleAsync(x => x.Id == posting, Ct);
            p.Apply(PostingAction.Close, DateTime.UtcNow);
            p.Apply(PostingAction.Reopen, DateTime.UtcNow.AddSeconds(1));
            await db.SaveChangesAsync(Ct);
            return p.PublishedAt!.Value;
        });
        Assert.True(await jobs.AnnounceNewPostingsAsync(reopened.AddTicks(-1), reopened, Ct) >= 1);
    }

    /// <summary>
    /// Razor Pages keeps the page's own path in the route value "page", which model binding reads before the query
    /// string, so a handler parameter <c>int page</c> never saw <c>?page=2</c>; list pages now bind it from the query.
    /// </summary>
    [Fact]
    public async Task List_pages_follow_the_page_number_in_the_query_string()
    {
        await app.AppendAccessLogAsync(Enumerable.Range(0, 120).Select(i =>
            new AccessLogEntry(DateTime.UtcNow.AddMinutes(-i), "u", "paging-test", null, "127.0.0.1", null, AccessActions.ClientView, $"paging {i}")));
        var city = await app.SignedInAsync(DemoAccounts.CityAdmin);
        var second = await city.GetStringAsync("/Admin/AccessLog?page=2", Ct);
        Assert.Matches("aria-current=\"page\"[^>]*><span class=\"sr-only\">현재 페이지 </span>2<", second);
        Assert.NotEqual(await city.GetStringAsync("/Admin/AccessLog?page=1", Ct), second);
    }

    /// <summary>Razor read "알림@if" as literal text (an @ after a letter looks like an e-mail address), so the unread badge never showed.</summary>
    [Fact]
    public async Task The_header_shows_the_unread_notification_count()
    {
        var user = await app.UserIdAsync(DemoAccounts.Seeker);
        await app.WithDbAsync(db =>
        {
            db.Notifications.Add(new Core.Domain.Notifications.Notification(user, Core.Domain.Notifications.NotificationKind.Notice, "배지 시험", null, DateTime.UtcNow));
            return db.SaveChangesAsync(Ct);
        });
        var page = await (await app.SignedInAsync(DemoAccounts.Seeker)).GetStringAsync("/Seeker/Profile", Ct);
        Assert.DoesNotContain("@if", page, StringComparison.Ordinal);
        Assert.Matches("<span class=\"badge\"> [1-9][0-9]*<span class=\"sr-only\">건 안 읽음</span>", page);
    }

    /// <summary>Keys must live where operators back them up (Iljari:KeysPath), not in the account's home folder.</summary>
    [Fact]
    public async Task Data_protection_keys_are_written_to_the_configured_folder()
    {
        await app.SignedInAsync(DemoAccounts.Seeker);
        Assert.NotEmpty(Directory.GetFiles(app.KeysFolder, "key-*.xml"));
    }

    /// <summary>The start-up backfill picked "profiles without wish rows" again and again; one whose wishes give no row hung it.</summary>
    [Fact]
    public async Task The_wish_backfill_finishes_when_a_profile_yields_no_rows()
    {
        await app.WithDbAsync(async db =>
        {
            var seeker = await db.SeekerProfiles.OrderBy(s => s.Id).FirstAsync(Ct);
            await db.SeekerProfiles.Where(s => s.Id == seeker.Id).ExecuteUpdateAsync(u => u
                .SetProperty(s => s.DesiredOccupations, new List<string> { "" })
                .SetProperty(s => s.Status, Core.Domain.Programs.EmploymentStatus.Unemployed), Ct);
            await db.SeekerWishes.Where(w => w.SeekerProfileId == seeker.Id).ExecuteDeleteAsync(Ct);
            return 0;
        });
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        limit.CancelAfter(TimeSpan.FromSeconds(30));
        await app.WithDbAsync(db => Core.Dashboard.SeekerWishInterceptor.BackfillAsync(db, limit.Token));
    }
}
