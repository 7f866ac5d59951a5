using System.Net;
using Iljari.Core.Domain.Notifications;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Notifications;
using Iljari.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Iljari.Web.Tests;

/// <summary>Notifications from workflow changes, per-kind opt-out, and the outbox: sent once, retried on failure.</summary>
public class NotificationTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_application_step_notifies_the_other_side_in_app_and_by_mail_unless_opted_out()
    {
        var posting = await app.OwnOpenPostingAsync();
        var seeker = await app.SignedInAsync(DemoAccounts.Seeker);
        var seekerId = await app.UserIdAsync(DemoAccounts.Seeker);
        var employerId = await app.UserIdAsync(DemoAccounts.Employer);
        var applied = await Forms.PostAsync(seeker, $"/Jobs/Detail/{posting}?handler=Apply", new(), tokenFrom: $"/Jobs/Detail/{posting}");
        Assert.Equal("/Seeker/Applications", applied.Headers.Location?.OriginalString);
        // The company hears of the new applicant; the seeker is not told of their own step.
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == employerId && n.Title.Contains("새 지원자"), Ct)));
        Assert.False(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == seekerId && n.Kind == NotificationKind.Application, Ct)));

        var profileId = await app.SeekerProfileIdAsync(DemoAccounts.Seeker);
        var application = await app.WithDbAsync(db => db.JobApplications.Where(a => a.JobPostingId == posting && a.SeekerProfileId == profileId
            && a.Status == Core.Domain.Applications.ApplicationStatus.Received).Select(a => a.Id).FirstAsync(Ct));
        var employer = await app.SignedInAsync(DemoAccounts.Employer);
        var page = $"/Employer/Postings/Applicants/{posting}";
        await Forms.PostAsync(employer, $"{page}?handler=Move", new() { ["applicationId"] = $"{application}", ["action"] = "Review" }, tokenFrom: page);
        var note = await app.WithDbAsync(db => db.Notifications.OrderByDescending(n => n.Id).FirstAsync(n => n.UserId == seekerId, Ct));
        Assert.Contains("검토중", note.Title, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Outbox.AnyAsync(m => m.UserId == seekerId && m.Channel == NotificationChannel.Email && m.Recipient == DemoAccounts.Seeker, Ct)));

        // The seeker turns off e-mail for application changes: the next step is in the app only.
        var settings = await seeker.GetStringAsync("/Notifications/Settings", Ct);
        Assert.Contains("지원 상태 변경", settings, StringComparison.Ordinal);
        var on = Enum.GetValues<NotificationKind>().Select(k => ("on", $"{k}:InApp")).Append(("on", "Proposal:Email")).ToList();
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostPairsAsync(seeker, "/Notifications/Settings", on, "/Notifications/Settings")).StatusCode);
        var mails = await app.WithDbAsync(db => db.Outbox.CountAsync(m => m.UserId == seekerId && m.Channel == NotificationChannel.Email, Ct));
        var notes = await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == seekerId, Ct));
        await Forms.PostAsync(employer, $"{page}?handler=Move", new() { ["applicationId"] = $"{application}", ["action"] = "Interview", ["interviewAt"] = "2099-01-05T10:00" }, tokenFrom: page);
        Assert.Equal(notes + 1, await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == seekerId, Ct)));
        Assert.Equal(mails, await app.WithDbAsync(db => db.Outbox.CountAsync(m => m.UserId == seekerId && m.Channel == NotificationChannel.Email, Ct)));

        // The list shows it, the header counts it, and opening it marks it read and follows the link.
        var list = await seeker.GetStringAsync("/Notifications", Ct);
        Assert.Contains("면접", list, StringComparison.Ordinal);
        Assert.Contains("건 안 읽음", list, StringComparison.Ordinal);
        var latest = await app.WithDbAsync(db => db.Notifications.OrderByDescending(n => n.Id).FirstAsync(n => n.UserId == seekerId, Ct));
        var open = await Forms.PostAsync(seeker, "/Notifications?handler=Open", new() { ["id"] = $"{latest.Id}" }, tokenFrom: "/Notifications");
        Assert.Equal("/Seeker/Applications", open.Headers.Location?.OriginalString);
        Assert.NotNull(await app.WithDbAsync(db => db.Notifications.Where(n => n.Id == latest.Id).Select(n => n.ReadAt).FirstAsync(Ct)));
        // Someone else's notification is not theirs to open.
        var foreign = await app.WithDbAsync(db => db.Notifications.Where(n => n.UserId == employerId).Select(n => n.Id).FirstAsync(Ct));
        Assert.Equal(HttpStatusCode.NotFound, (await Forms.PostAsync(seeker, "/Notifications?handler=Open", new() { ["id"] = $"{foreign}" }, tokenFrom: "/Notifications")).StatusCode);
    }

    /// <summary>The header's count is reused for a few seconds, but a change made on this instance shows on the next page at once.</summary>
    [Fact]
    public async Task The_header_count_follows_a_new_notification_and_reading_them_all_at_once()
    {
        var employer = await app.SignedInAsync(DemoAccounts.Employer);
        var employerId = await app.UserIdAsync(DemoAccounts.Employer);
        await Forms.PostAsync(employer, "/Notifications?handler=ReadAll", new(), tokenFrom: "/Employer/Postings"); // the logout form carries a token on every page
        Assert.Null(Badge(await employer.GetStringAsync("/Employer/Postings", Ct)));   // counted now, and kept

        // A seeker applies: the application workflow writes the company's notification in its own request.
        var posting = await app.OwnOpenPostingAsync();
        var (_, email) = await app.SeekerWithoutApplicationsAsync(skip: 20);
        var seeker = await app.SignedInAsync(email);
        await Forms.PostAsync(seeker, $"/Jobs/Detail/{posting}?handler=Apply", new(), tokenFrom: $"/Jobs/Detail/{posting}");
        var unread = await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == employerId && n.ReadAt == null, Ct));
        Assert.True(unread > 0);
        Assert.Equal(unread, Badge(await employer.GetStringAsync("/Employer/Postings", Ct)));

        await Forms.PostAsync(employer, "/Notifications?handler=ReadAll", new(), tokenFrom: "/Employer/Postings"); // the logout form carries a token on every page
        Assert.Null(Badge(await employer.GetStringAsync("/Employer/Postings", Ct)));
    }

    private static int? Badge(string page) =>
        System.Text.RegularExpressions.Regex.Match(page, "<span class=\"badge\"> ([0-9]+)<span class=\"sr-only\">건 안 읽음") is { Success: true } m ? int.Parse(m.Groups[1].Value) : null;

    [Fact]
    public async Task Concurrent_dispatchers_send_every_message_exactly_once()
    {
        var seekerId = await app.UserIdAsync(DemoAccounts.Seeker);
        await app.WithDbAsync(db =>
        {
            for (var i = 0; i < 40; i++)
                db.Outbox.Add(new OutboxMessage(i % 4 == 0 ? NotificationChannel.Sms : NotificationChannel.Email, seekerId,
                    i % 4 == 0 ? "010-1234-5678" : DemoAccounts.Seeker, $"동시 발송 {i}", "본문", $"test-concurrent:{i}", DateTime.UtcNow.AddMinutes(-1)));
            return db.SaveChangesAsync(Ct);
        });
        var rows = await app.DispatchConcurrentlyAsync("test-concurrent:");
        Assert.Equal(40, rows.Count);
        var mail = rows.First(m => m.Channel == NotificationChannel.Email);
        Assert.Contains("Subject:", await File.ReadAllTextAsync(Path.Combine(app.FilesFolder, "outbox", "mail", $"{mail.Id}.eml"), Ct), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(app.FilesFolder, "outbox", "sms", $"{rows.First(m => m.Channel == NotificationChannel.Sms).Id}.json")));
    }

    [Fact]
    public async Task A_failed_delivery_is_retried_later_and_given_up_after_the_last_attempt()
    {
        var seekerId = await app.UserIdAsync(DemoAccounts.Seeker);
        // Due only a day from now on the real clock, so the app's own dispatcher leaves it to this test's clock.
        var start = DateTime.UtcNow.AddDays(1);
        var id = await app.WithDbAsync(async db =>
        {
            var m = new OutboxMessage(NotificationChannel.Email, seekerId, DemoAccounts.Seeker, "재시도", "본문", "test-retry:1", start);
            db.Outbox.Add(m);
            await db.SaveChangesAsync(Ct);
            return m.Id;
        });
        // A real SMTP connection to a port nobody listens on.
        var smtp = Options.Create(new OutboxOptions { SmtpHost = "127.0.0.1", SmtpPort = 9, Folder = Path.Combine(app.FilesFolder, "outbox-smtp") });
        var transport = new OutboxTransport(smtp, app.Services.GetRequiredService<IWebHostEnvironment>());
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(start.AddMinutes(1)));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.AppDbContext>();
        var dispatcher = new OutboxDispatcher(db, transport, clock, NullLogger<OutboxDispatcher>.Instance);

        async Task<OutboxMessage> Row() => await app.WithDbAsync(d => d.Outbox.AsNoTracking().SingleAsync(m => m.Id == id, Ct));
        await dispatcher.DispatchOnceAsync(Ct);
        var failed = await Row();
        Assert.Equal((1, (DateTime?)null), (failed.Attempts, failed.SentAt));
        Assert.NotNull(failed.LastError);
        Assert.True(failed.NextAttemptAt > clock.GetUtcNow().UtcDateTime);
        await dispatcher.DispatchOnceAsync(Ct); // not due yet: untouched
        Assert.Equal(1, (await Row()).Attempts);
        for (var i = 2; i <= OutboxMessage.MaxAttempts; i++)
        {
            clock.Advance(OutboxMessage.Backoff(i) + TimeSpan.FromSeconds(1));
            await dispatcher.DispatchOnceAsync(Ct);
        }
        var gaveUp = await Row();
        Assert.Equal(OutboxMessage.MaxAttempts, gaveUp.Attempts);
        Assert.NotNull(gaveUp.FailedAt);
        clock.Advance(TimeSpan.FromDays(1));
        await dispatcher.DispatchOnceAsync(Ct);
        Assert.Equal(OutboxMessage.MaxAttempts, (await Row()).Attempts);
    }

    [Fact]
    public async Task A_new_posting_is_announced_once_to_the_seekers_it_suits_best()
    {
        var posting = await app.FreshBaristaPostingAsync();
        var publishedAt = await app.WithDbAsync(db => db.JobPostings.Where(p => p.Id == posting).Select(p => p.PublishedAt!.Value).FirstAsync(Ct));
        var since = publishedAt.AddTicks(-1);
        await using var scope = app.Services.CreateAsyncScope();
        var jobs = scope.ServiceProvider.GetRequiredService<NotificationJobs>();
        var told = await jobs.AnnounceNewPostingsAsync(since, publishedAt, Ct);
        Assert.InRange(told, 1, NotificationJobs.NewMatchSeekers);

        // The demo seeker wants barista work near 장항동 and holds 바리스타 2급: told. A seeker of an unrelated trade: not.
        var seekerId = await app.UserIdAsync(DemoAccounts.Seeker);
        var link = $"/Jobs/Detail/{posting}";
        Assert.Equal(1, await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == seekerId && n.Kind == NotificationKind.NewMatch && n.Link == link, Ct)));
        var unrelated = await app.WithDbAsync(db => db.SeekerProfiles.Where(s => !s.DesiredOccupations.Contains("532") && !s.DesiredOccupations.Contains("531"))
            .Select(s => s.UserId).ToListAsync(Ct));
        Assert.False(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => unrelated.Contains(n.UserId) && n.Link == link && n.Kind == NotificationKind.NewMatch, Ct)));
        // The next window starts after it: nothing again.
        Assert.Equal(0, await jobs.AnnounceNewPostingsAsync(publishedAt, publishedAt.AddMinutes(1), Ct));
    }
}
