using System.Net;
using System.Text.RegularExpressions;
using Iljari.Core.Domain.Applications;
using Iljari.Core.Domain.Events;
using Iljari.Core.Domain.Notifications;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests;

/// <summary>
/// A hiring event end to end over HTTP: create and publish, booth request and approval, registration with waitlist,
/// schedule (CP-SAT vs FCFS) and publish, check-in by signed QR token, outcome → application; and who may see what.
/// </summary>
public class EventTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> CreatePublishedEventAsync(HttpClient staff, int capacity)
    {
        var date = DateTime.UtcNow.AddHours(9).Date.AddDays(1);
        var created = await Forms.PostAsync(staff, "/Staff/Events/Edit", new()
        {
            ["Input.Kind"] = "OnSiteInterview", ["Input.Title"] = "청년 현장면접의 날", ["Input.Place"] = "고양시청 대회의실",
            ["Input.Date"] = $"{date:yyyy-MM-dd}", ["Input.StartTime"] = "10:00", ["Input.EndTime"] = "12:00",
            ["Input.Capacity"] = $"{capacity}", ["Input.MaxChoices"] = "3", ["Input.RegistrationOpens"] = $"{date.AddDays(-1):yyyy-MM-dd}",
            ["Input.RegistrationCloses"] = $"{date.AddDays(-1):yyyy-MM-dd}",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var manage = created.Headers.Location!.OriginalString;
        var id = int.Parse(manage.Split('/').Last());
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(staff, $"{manage}?handler=Publish", new(), tokenFrom: manage)).StatusCode);
        return id;
    }

    [Fact]
    public async Task An_event_runs_from_publishing_to_an_outcome_and_each_party_sees_only_its_part()
    {
        var staff = await app.SignedInAsync(DemoAccounts.Counselor);
        var bad = await Forms.PostAsync(staff, "/Staff/Events/Edit", new() { ["Input.Kind"] = "OnSiteInterview", ["Input.Title"] = "" });
        Assert.Contains("행사명을 입력해 주세요.", await bad.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var id = await CreatePublishedEventAsync(staff, capacity: 1);
        Assert.True(await app.WithDbAsync(db => db.Notices.AnyAsync(n => n.Title == "청년 현장면접의 날", Ct)));
        Assert.Contains("청년 현장면접의 날", await app.Client().GetStringAsync("/Events", Ct), StringComparison.Ordinal);

        // Another agency's staff cannot manage it.
        var other = await app.SignedInAsync(DemoAccounts.PartnerCounselor);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Staff/Events/Manage/{id}", Ct)).StatusCode);

        // The demo employer requests a booth with the barista posting; staff approve it.
        var employer = await app.SignedInAsync(DemoAccounts.Employer);
        var posting = await app.OwnOpenPostingAsync();
        var boothPage = $"/Employer/Events/Booth/{id}";
        var badBooth = await Forms.PostPairsAsync(employer, boothPage, [("Input.SlotMinutes", "20"), ("Input.Interviewers", "1"), ("Input.Breaks", "11:00~")], boothPage);
        var badHtml = await badBooth.Content.ReadAsStringAsync(Ct);
        Assert.Contains("채용할 공고를 하나 이상 골라 주세요.", badHtml, StringComparison.Ordinal);
        Assert.Contains("‘12:00-13:00’ 형식", badHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostPairsAsync(employer, boothPage,
            [("Input.PostingIds", $"{posting}"), ("Input.SlotMinutes", "20"), ("Input.Interviewers", "1"), ("Input.Breaks", "11:00-11:20")], boothPage)).StatusCode);
        var booth = await app.WithDbAsync(db => db.EventBooths.SingleAsync(b => b.EventId == id, Ct));
        var manage = $"/Staff/Events/Manage/{id}";
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(staff, $"{manage}?handler=Approve", new() { ["boothId"] = $"{booth.Id}" }, tokenFrom: manage)).StatusCode);

        // Capacity 1: the demo seeker gets the place, a generated client of the counselor is waitlisted.
        var seeker = await app.SignedInAsync(DemoAccounts.Seeker);
        var detail = $"/Events/Detail/{id}";
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostPairsAsync(seeker, $"{detail}?handler=Register", [("choices", $"{booth.Id}")], detail)).StatusCode);
        var client = await app.WithDbAsync(db => db.CaseAssignments.Where(a => a.CounselorUserId != null)
            .Join(db.SeekerProfiles, a => a.SeekerProfileId, s => s.Id, (a, s) => new { s.Id, s.Email }).Where(x => x.Email != DemoAccounts.Seeker).OrderBy(x => x.Id).FirstAsync(Ct));
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostPairsAsync(staff, $"{detail}?handler=RegisterClient",
            [("clientId", $"{client.Id}"), ("choices", $"{booth.Id}")], detail)).StatusCode);
        var statuses = await app.WithDbAsync(db => db.EventRegistrations.Where(r => r.EventId == id).OrderBy(r => r.Id).Select(r => r.Status).ToListAsync(Ct));
        Assert.Equal([RegistrationStatus.Registered, RegistrationStatus.Waitlisted], statuses);
        // A double submit keeps one registration.
        await Forms.PostPairsAsync(seeker, $"{detail}?handler=Register", [("choices", $"{booth.Id}")], detail);
        Assert.Equal(2, await app.WithDbAsync(db => db.EventRegistrations.CountAsync(r => r.EventId == id, Ct)));

        // The seeker cancels; the waitlisted client moves up and is told.
        await Forms.PostAsync(seeker, $"{detail}?handler=Cancel", new(), tokenFrom: detail);
        Assert.Equal(RegistrationStatus.Registered, await app.WithDbAsync(db => db.EventRegistrations.Where(r => r.EventId == id && r.SeekerProfileId == client.Id).Select(r => r.Status).SingleAsync(Ct)));
        var clientUser = await app.WithDbAsync(db => db.SeekerProfiles.Where(s => s.Id == client.Id).Select(s => s.UserId).SingleAsync(Ct));
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == clientUser && n.Title.Contains("대기 중이던 참가 신청이 확정"), Ct)));

        // Schedule: the client gets the booth; the message compares with first come, first served.
        var schedule = $"/Staff/Events/Schedule/{id}";
        await Forms.PostAsync(staff, $"{schedule}?handler=Run", new(), tokenFrom: schedule);
        Assert.Contains("선착순이면", await staff.GetStringAsync(schedule, Ct), StringComparison.Ordinal);
        var interview = await app.WithDbAsync(db => db.EventInterviews.SingleAsync(i => i.EventId == id, Ct));
        Assert.Equal((client.Id, booth.Id), (interview.SeekerProfileId, interview.BoothId));
        await Forms.PostAsync(staff, $"{schedule}?handler=Publish", new(), tokenFrom: schedule);
        Assert.Equal(EventStatus.SchedulePublished, await app.WithDbAsync(db => db.HiringEvents.Where(e => e.Id == id).Select(e => e.Status).SingleAsync(Ct)));

        // The client sees the timetable, an .ics file and the entry code.
        var clientHttp = await app.SignedInAsync(client.Email);
        var mine = await clientHttp.GetStringAsync("/Seeker/Events", Ct);
        Assert.Contains(DemoAccounts.CompanyName, mine, StringComparison.Ordinal);
        var ics = await clientHttp.GetStringAsync($"/Seeker/Events?handler=Ics&eventId={id}", Ct);
        Assert.Contains("BEGIN:VCALENDAR", ics, StringComparison.Ordinal);
        Assert.Contains($"면접: {DemoAccounts.CompanyName}", ics, StringComparison.Ordinal);
        var token = WebUtility.HtmlDecode(Regex.Match(mine, "<code>([^<]+)</code>").Groups[1].Value);

        // The employer sees only their own booth's seekers; another company nothing.
        var boothHtml = await employer.GetStringAsync(boothPage, Ct);
        Assert.Contains("면접 일정 1건", boothHtml, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VEVENT", await employer.GetStringAsync($"{boothPage}?handler=Ics", Ct), StringComparison.Ordinal);
        var foreign = await app.ForeignEmployerAsync();
        var foreignBooth = await foreign.GetStringAsync(boothPage, Ct);
        Assert.DoesNotContain("면접 일정", foreignBooth, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoAccounts.Seeker, foreignBooth, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await foreign.GetAsync($"/Events/Queue/{id}", Ct)).StatusCode);
        var outcome = await Forms.PostAsync(foreign, $"{boothPage}?handler=Outcome", new() { ["interviewId"] = $"{interview.Id}", ["outcome"] = "Fail" }, tokenFrom: "/Notifications/Settings");
        Assert.Equal(HttpStatusCode.NotFound, outcome.StatusCode);

        // On the day: a forged token is refused, the real one checks in; then the employer records 합격.
        var checkIn = $"/Staff/Events/CheckIn/{id}";
        await Forms.PostAsync(staff, $"{checkIn}?handler=Token", new() { ["token"] = token[..^2] + "xx" }, tokenFrom: checkIn);
        Assert.Contains("입장 코드를 확인할 수 없습니다", await staff.GetStringAsync(checkIn, Ct), StringComparison.Ordinal);
        await Forms.PostAsync(staff, $"{checkIn}?handler=Token", new() { ["token"] = token }, tokenFrom: checkIn);
        Assert.NotNull(await app.WithDbAsync(db => db.EventRegistrations.Where(r => r.EventId == id && r.SeekerProfileId == client.Id).Select(r => r.CheckedInAt).SingleAsync(Ct)));
        Assert.Contains("도착", await employer.GetStringAsync($"/Events/Queue/{id}", Ct), StringComparison.Ordinal);
        await Forms.PostAsync(employer, $"{boothPage}?handler=Outcome", new() { ["interviewId"] = $"{interview.Id}", ["outcome"] = "Pass", ["nextStep"] = "처우 협의" }, tokenFrom: boothPage);
        var recorded = await app.WithDbAsync(db => db.EventInterviews.SingleAsync(i => i.Id == interview.Id, Ct));
        Assert.Equal(InterviewOutcome.Pass, recorded.Outcome);
        var application = await app.WithDbAsync(db => db.JobApplications.SingleAsync(a => a.Id == recorded.JobApplicationId, Ct));
        Assert.Equal((ApplicationSource.HiringEvent, ApplicationStatus.Interview, posting), (application.Source, application.Status, application.JobPostingId));

        // Report and its workbook.
        var reportHtml = await staff.GetStringAsync($"/Staff/Events/Report/{id}", Ct);
        Assert.Contains(DemoAccounts.CompanyName, reportHtml, StringComparison.Ordinal);
        var xlsx = await staff.GetAsync($"/Staff/Events/Report/{id}?handler=Excel", Ct);
        Assert.Equal("PK"u8.ToArray(), (await xlsx.Content.ReadAsByteArrayAsync(Ct))[..2]);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Staff/Events/Report/{id}", Ct)).StatusCode);
    }
}
