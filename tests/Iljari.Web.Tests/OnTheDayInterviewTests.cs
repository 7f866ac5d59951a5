using System.Net;
using Iljari.Core.Domain.Applications;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Events;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Iljari.Web.Tests;

/// <summary>An app whose clock stands at 10:05 Korean time today (the real date, so sign-in codes still match).</summary>
public sealed class MorningClockApp : IljariApp
{
    public static readonly DateTime KstToday = DateTime.UtcNow.AddHours(9).Date;
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(KstToday.AddHours(10).AddMinutes(5).AddHours(-9), TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>
/// 현장 면접 on the event day: a walk-in registered at the desk gets an interview at the booth they ask for, at its
/// earliest free slot still ahead; the booth sees them and records the outcome like any other interview.
/// </summary>
public class OnTheDayInterviewTests(MorningClockApp app) : IClassFixture<MorningClockApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_walk_in_is_fitted_into_the_booth_they_ask_for_and_the_booth_records_the_outcome()
    {
        // Today's event from 10:00 to 12:00 Korean time; the app's clock stands at 10:05.
        var today = MorningClockApp.KstToday;
        var staff = await app.SignedInAsync(DemoAccounts.Counselor);
        var created = await Forms.PostAsync(staff, "/Staff/Events/Edit", new()
        {
            ["Input.Kind"] = "OnSiteInterview", ["Input.Title"] = "오늘의 현장면접", ["Input.Place"] = "일산동구청",
            ["Input.Date"] = $"{today:yyyy-MM-dd}", ["Input.StartTime"] = "10:00", ["Input.EndTime"] = "12:00",
            ["Input.Capacity"] = "10", ["Input.MaxChoices"] = "3", ["Input.RegistrationOpens"] = $"{today:yyyy-MM-dd}",
            ["Input.RegistrationCloses"] = $"{today:yyyy-MM-dd}",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var manage = created.Headers.Location!.OriginalString;
        var id = int.Parse(manage.Split('/').Last());
        await Forms.PostAsync(staff, $"{manage}?handler=Publish", new(), tokenFrom: manage);

        // One booth with one interviewer and 10-minute slots.
        var employer = await app.SignedInAsync(DemoAccounts.Employer);
        var boothPage = $"/Employer/Events/Booth/{id}";
        var posting = await app.OwnOpenPostingAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostPairsAsync(employer, boothPage,
            [("Input.PostingIds", $"{posting}"), ("Input.SlotMinutes", "10"), ("Input.Interviewers", "1"), ("Input.Breaks", "")], boothPage)).StatusCode);
        var booth = await app.WithDbAsync(db => db.EventBooths.SingleAsync(b => b.EventId == id, Ct));
        await Forms.PostAsync(staff, $"{manage}?handler=Approve", new() { ["boothId"] = $"{booth.Id}" }, tokenFrom: manage);

        // The demo seeker registers ahead and gets the timetable's slot; the schedule goes public.
        var seeker = await app.SignedInAsync(DemoAccounts.Seeker);
        var detail = $"/Events/Detail/{id}";
        await Forms.PostPairsAsync(seeker, $"{detail}?handler=Register", [("choices", $"{booth.Id}")], detail);
        var schedule = $"/Staff/Events/Schedule/{id}";
        await Forms.PostAsync(staff, $"{schedule}?handler=Run", new(), tokenFrom: schedule);
        await Forms.PostAsync(staff, $"{schedule}?handler=Publish", new(), tokenFrom: schedule);
        var planned = await app.WithDbAsync(db => db.EventInterviews.SingleAsync(i => i.EventId == id, Ct));

        // A registrant who has not come in yet cannot be given an on-the-day interview.
        var checkIn = $"/Staff/Events/CheckIn/{id}";
        var registered = await app.WithDbAsync(db => db.EventRegistrations.SingleAsync(r => r.EventId == id, Ct));
        await Forms.PostAsync(staff, $"{checkIn}?handler=Interview", new() { ["registrationId"] = $"{registered.Id}", ["boothId"] = $"{booth.Id}" }, tokenFrom: checkIn);
        Assert.Contains("입장 확인한 참가자만 현장 면접을 잡을 수 있습니다.", await staff.GetStringAsync(checkIn, Ct), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.EventInterviews.CountAsync(i => i.EventId == id, Ct)));

        // A walk-in: registered and checked in at the desk, and fitted into the booth.
        var walkIn = await app.WithDbAsync(db => db.SeekerProfiles.Where(s => s.Email != DemoAccounts.Seeker && s.UserId != null)
            .OrderBy(s => s.Id).Select(s => new { s.Id, s.Email, s.Name, s.UserId }).FirstAsync(Ct));
        await Forms.PostPairsAsync(staff, $"{checkIn}?handler=WalkIn", [("email", walkIn.Email!), ("boothIds", $"{booth.Id}")], checkIn);
        var desk = await staff.GetStringAsync(checkIn, Ct);
        Assert.Contains("현장 등록하고 입장 확인했습니다. 현장 면접을 잡았습니다:", desk, StringComparison.Ordinal);
        var registration = await app.WithDbAsync(db => db.EventRegistrations.SingleAsync(r => r.EventId == id && r.SeekerProfileId == walkIn.Id, Ct));
        Assert.True(registration.WalkIn);
        Assert.NotNull(registration.CheckedInAt);
        Assert.Contains(booth.Id, registration.Choices);
        var onTheDay = await app.WithDbAsync(db => db.EventInterviews.SingleAsync(i => i.EventId == id && i.SeekerProfileId == walkIn.Id, Ct));
        Assert.True(onTheDay.Locked);
        Assert.Equal(booth.Id, onTheDay.BoothId);
        Assert.Equal(TimeSpan.FromMinutes(10), onTheDay.EndAt - onTheDay.StartAt);
        // At 10:05 the 10:00 slot has begun: the earliest slot still ahead is 10:10, or 10:20 if the timetable put the
        // planned interview at 10:10 (one interviewer).
        var tenTen = new DateTime(today.Year, today.Month, today.Day, 1, 10, 0, DateTimeKind.Utc);
        Assert.Equal(planned.StartAt == tenTen ? tenTen.AddMinutes(10) : tenTen, onTheDay.StartAt);
        Assert.Contains($"{KoreanFormat.ToKst(onTheDay.StartAt):HH:mm}", desk, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == walkIn.UserId && n.Title.Contains("현장 면접"), Ct)));

        // The day has begun: the timetable can no longer be re-run (it would move people already on their way); 현장 면접 stays.
        await Forms.PostAsync(staff, $"{schedule}?handler=Run", new(), tokenFrom: schedule);
        Assert.Contains("행사가 시작된 뒤에는 일정을 다시 편성할 수 없습니다", await staff.GetStringAsync(schedule, Ct), StringComparison.Ordinal);
        Assert.Equal(2, await app.WithDbAsync(db => db.EventInterviews.CountAsync(i => i.EventId == id, Ct)));

        // Asking again for the same booth books nothing twice.
        await Forms.PostAsync(staff, $"{checkIn}?handler=Interview", new() { ["registrationId"] = $"{registration.Id}", ["boothId"] = $"{booth.Id}" }, tokenFrom: checkIn);
        Assert.Contains("이미", await staff.GetStringAsync(checkIn, Ct), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.EventInterviews.CountAsync(i => i.EventId == id && i.SeekerProfileId == walkIn.Id, Ct)));

        // Another agency's staff cannot book at this event.
        var other = await app.SignedInAsync(DemoAccounts.PartnerCounselor);
        var refused = await Forms.PostAsync(other, $"{checkIn}?handler=Interview", new() { ["registrationId"] = $"{registration.Id}", ["boothId"] = $"{booth.Id}" }, tokenFrom: "/Notifications/Settings");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);

        // The booth sees the walk-in and records 합격: the application is created at 면접, and the hire link names its posting.
        var boothHtml = await employer.GetStringAsync(boothPage, Ct);
        Assert.Contains(walkIn.Name, boothHtml, StringComparison.Ordinal);
        await Forms.PostAsync(employer, $"{boothPage}?handler=Outcome", new() { ["interviewId"] = $"{onTheDay.Id}", ["outcome"] = "Pass" }, tokenFrom: boothPage);
        var recorded = await app.WithDbAsync(db => db.EventInterviews.SingleAsync(i => i.Id == onTheDay.Id, Ct));
        Assert.Equal(InterviewOutcome.Pass, recorded.Outcome);
        var application = await app.WithDbAsync(db => db.JobApplications.SingleAsync(a => a.Id == recorded.JobApplicationId, Ct));
        Assert.Equal((ApplicationSource.HiringEvent, ApplicationStatus.Interview, posting), (application.Source, application.Status, application.JobPostingId));
        Assert.Contains($"href=\"/Employer/Postings/Applicants/{posting}\"", await employer.GetStringAsync(boothPage, Ct), StringComparison.Ordinal);
    }
}
