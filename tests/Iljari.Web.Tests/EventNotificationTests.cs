using System.Net;
using Iljari.Core.Domain.Board;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests;

/// <summary>
/// Who is told what around a hiring event: the board's 채용행사 subscribers when it is published, the company when its
/// booth is decided, and the seekers and booths when the timetable goes out — and nobody else.
/// </summary>
public class EventNotificationTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Subscribers_the_booth_company_and_the_scheduled_seekers_are_told_at_each_step()
    {
        var seekerUser = await app.WithDbAsync(db => db.Users.Where(u => u.Email == DemoAccounts.Seeker).Select(u => u.Id).SingleAsync(Ct));
        var bystander = await app.WithDbAsync(db => db.SeekerProfiles.Where(s => s.Email != DemoAccounts.Seeker && s.UserId != null)
            .OrderBy(s => s.Id).Select(s => s.UserId!).FirstAsync(Ct));
        await app.WithDbAsync(async db =>
        {
            db.NoticeSubscriptions.Add(new NoticeSubscription { UserId = seekerUser, Kinds = [NoticeKind.HiringEvent] });
            db.NoticeSubscriptions.Add(new NoticeSubscription { UserId = bystander, Kinds = [NoticeKind.Program] });
            return await db.SaveChangesAsync(Ct);
        });
        var employerUsers = await app.WithDbAsync(db => db.Users.Where(u => u.Email == DemoAccounts.Employer).Select(u => u.Id).ToListAsync(Ct));
        Task<List<string>> TitlesOfAsync(string userId) =>
            app.WithDbAsync(db => db.Notifications.Where(n => n.UserId == userId).Select(n => n.Title).ToListAsync(Ct));

        // Published: the 채용행사 subscriber is told, a subscriber of programs only is not.
        var title = $"알림 확인 현장면접 {Guid.NewGuid().ToString("N")[..4]}";
        var date = DateTime.UtcNow.AddHours(9).Date.AddDays(2);
        var staff = await app.SignedInAsync(DemoAccounts.Counselor);
        var created = await Forms.PostAsync(staff, "/Staff/Events/Edit", new()
        {
            ["Input.Kind"] = "OnSiteInterview", ["Input.Title"] = title, ["Input.Place"] = "고양시청",
            ["Input.Date"] = $"{date:yyyy-MM-dd}", ["Input.StartTime"] = "10:00", ["Input.EndTime"] = "12:00",
            ["Input.Capacity"] = "5", ["Input.MaxChoices"] = "3", ["Input.RegistrationOpens"] = $"{date.AddDays(-2):yyyy-MM-dd}",
            ["Input.RegistrationCloses"] = $"{date.AddDays(-1):yyyy-MM-dd}",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var manage = created.Headers.Location!.OriginalString;
        var id = int.Parse(manage.Split('/').Last());
        await Forms.PostAsync(staff, $"{manage}?handler=Publish", new(), tokenFrom: manage);
        Assert.Contains($"[채용행사] {title}", await TitlesOfAsync(seekerUser));
        Assert.DoesNotContain($"[채용행사] {title}", await TitlesOfAsync(bystander));

        // Booth approved: the company's accounts are told.
        var employer = await app.SignedInAsync(DemoAccounts.Employer);
        var boothPage = $"/Employer/Events/Booth/{id}";
        await Forms.PostPairsAsync(employer, boothPage,
            [("Input.PostingIds", $"{await app.OwnOpenPostingAsync()}"), ("Input.SlotMinutes", "20"), ("Input.Interviewers", "1"), ("Input.Breaks", "")], boothPage);
        var boothId = await app.WithDbAsync(db => db.EventBooths.Where(b => b.EventId == id).Select(b => b.Id).SingleAsync(Ct));
        await Forms.PostAsync(staff, $"{manage}?handler=Approve", new() { ["boothId"] = $"{boothId}" }, tokenFrom: manage);
        Assert.NotEmpty(employerUsers);
        foreach (var user in employerUsers)
            Assert.Contains($"‘{title}’ 부스 신청이 승인되었습니다.", await TitlesOfAsync(user));

        // Timetable published: the scheduled seeker and the booth are told; the bystander, who did not register, is not.
        var seeker = await app.SignedInAsync(DemoAccounts.Seeker);
        var detail = $"/Events/Detail/{id}";
        await Forms.PostPairsAsync(seeker, $"{detail}?handler=Register", [("choices", $"{boothId}")], detail);
        var schedule = $"/Staff/Events/Schedule/{id}";
        await Forms.PostAsync(staff, $"{schedule}?handler=Run", new(), tokenFrom: schedule);
        await Forms.PostAsync(staff, $"{schedule}?handler=Publish", new(), tokenFrom: schedule);
        Assert.Contains($"‘{title}’ 면접 일정이 나왔습니다.", await TitlesOfAsync(seekerUser));
        Assert.DoesNotContain($"‘{title}’ 면접 일정이 나왔습니다.", await TitlesOfAsync(bystander));
        foreach (var user in employerUsers)
            Assert.Contains($"‘{title}’ 부스 면접 일정이 나왔습니다.", await TitlesOfAsync(user));
    }
}
