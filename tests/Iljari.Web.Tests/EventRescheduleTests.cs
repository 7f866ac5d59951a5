using System.Net;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Events;
using Iljari.Core.Domain.Postings;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Events;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests;

/// <summary>
/// Re-running a timetable after something changed under a lock, through the schedule page's Run and Lock handlers: a
/// lock that no longer fits is released and staff are told whose; an interview with a recorded outcome stays; and what
/// is saved never has a seeker in two places or more interviews at a booth than it has interviewers.
/// </summary>
public class EventRescheduleTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_lock_the_seeker_no_longer_wants_is_released_and_its_slot_is_not_double_booked()
    {
        // Booth 1: two 60-minute slots, one interviewer. The demo seeker and A want it; both get a slot.
        var (id, booth1, booth2) = await TwoBoothsAsync("잠금 해제 시험 — 희망 변경", slotMinutes: 60);
        var seeker = await app.SeekerProfileIdAsync(DemoAccounts.Seeker);
        var others = await app.DistinctSeekersAsync(2);
        await app.RegisterAsync(id, (seeker, [booth1]), (others[0].Id, [booth1]));
        var staff = await app.SignedInAsync(DemoAccounts.Counselor);
        await RunAsync(staff, id);
        var locked = await app.WithDbAsync(db => db.EventInterviews.SingleAsync(i => i.EventId == id && i.SeekerProfileId == seeker, Ct));
        await LockAsync(staff, id, locked.Id);

        // The seeker now wants booth 2 only, and B asks for booth 1: both of its slots are wanted by others.
        var http = await app.SignedInAsync(DemoAccounts.Seeker);
        var detail = $"/Events/Detail/{id}";
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostPairsAsync(http, $"{detail}?handler=Register", [("choices", $"{booth2}")], detail)).StatusCode);
        await app.RegisterAsync(id, (others[1].Id, [booth1]));
        var page = await RunAsync(staff, id);

        await AssertNoClashesAsync(id);
        var name = await app.WithDbAsync(db => db.SeekerProfiles.Where(s => s.Id == seeker).Select(s => s.Name).SingleAsync(Ct));
        Assert.Contains($"더 이상 맞지 않는 고정 면접 1건을 해제했습니다: {Masking.Name(name)}({DemoAccounts.CompanyName} {KoreanFormat.ToKst(locked.StartAt):HH:mm})", page, StringComparison.Ordinal);
        var rows = await app.WithDbAsync(db => db.EventInterviews.Where(i => i.EventId == id).ToListAsync(Ct));
        Assert.DoesNotContain(rows, i => i.Id == locked.Id);
        Assert.Equal(booth2, Assert.Single(rows, i => i.SeekerProfileId == seeker).BoothId);
        Assert.Equal([others[0].Id, others[1].Id], rows.Where(i => i.BoothId == booth1).Select(i => i.SeekerProfileId).Order());
    }

    [Fact]
    public async Task A_lock_off_the_booths_new_slots_is_released_and_the_new_slots_are_not_double_booked()
    {
        // Booth 1: 20-minute slots 10:00 … 11:40, one interviewer, wanted by six seekers; staff lock the 10:20 one.
        var (id, booth1, _) = await TwoBoothsAsync("잠금 해제 시험 — 면접 시간 변경", slotMinutes: 20);
        var seekers = await app.DistinctSeekersAsync(6);
        await app.RegisterAsync(id, [.. seekers.Select(s => (s.Id, new[] { booth1 }))]);
        var staff = await app.SignedInAsync(DemoAccounts.Counselor);
        await RunAsync(staff, id);
        var at1020 = (await app.WithDbAsync(db => db.EventInterviews.Where(i => i.EventId == id).ToListAsync(Ct)))
            .Single(i => $"{KoreanFormat.ToKst(i.StartAt):HH:mm}" == "10:20");
        await LockAsync(staff, id, at1020.Id);

        // Before publishing, the employer makes interviews 30 minutes long: 10:20 is no longer a slot.
        var employer = await app.SignedInAsync(DemoAccounts.Employer);
        var boothPage = $"/Employer/Events/Booth/{id}";
        var posting = await app.OwnOpenPostingAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostPairsAsync(employer, boothPage,
            [("Input.PostingIds", $"{posting}"), ("Input.SlotMinutes", "30"), ("Input.Interviewers", "1"), ("Input.Breaks", "")], boothPage)).StatusCode);
        var page = await RunAsync(staff, id);

        await AssertNoClashesAsync(id);
        var who = seekers.Single(s => s.Id == at1020.SeekerProfileId);
        Assert.Contains($"더 이상 맞지 않는 고정 면접 1건을 해제했습니다: {who.Masked}({DemoAccounts.CompanyName} 10:20)", page, StringComparison.Ordinal);
        var rows = await app.WithDbAsync(db => db.EventInterviews.Where(i => i.EventId == id).ToListAsync(Ct));
        Assert.Equal(["10:00", "10:30", "11:00", "11:30"], rows.Select(i => $"{KoreanFormat.ToKst(i.StartAt):HH:mm}").Order());
        Assert.All(rows, i => Assert.Equal(TimeSpan.FromMinutes(30), i.EndAt - i.StartAt));
        Assert.DoesNotContain(rows, i => i.Locked);
    }

    [Fact]
    public async Task An_interview_with_an_outcome_stays_when_the_seeker_changes_choices_and_its_slot_is_not_given_away()
    {
        var (id, booth1, booth2) = await TwoBoothsAsync("결과 기록 면접 유지 시험", slotMinutes: 60);
        var seeker = await app.SeekerProfileIdAsync(DemoAccounts.Seeker);
        var others = await app.DistinctSeekersAsync(2);
        await app.RegisterAsync(id, (seeker, [booth1]), (others[0].Id, [booth1]));
        var staff = await app.SignedInAsync(DemoAccounts.Counselor);
        await RunAsync(staff, id);
        var schedule = $"/Staff/Events/Schedule/{id}";
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(staff, $"{schedule}?handler=Publish", new(), tokenFrom: schedule)).StatusCode);

        // On the day the seeker is interviewed (합격), then changes their choices; B, registered late, asks for booth 1.
        var held = await app.WithDbAsync(async db =>
        {
            var interview = await db.EventInterviews.SingleAsync(i => i.EventId == id && i.SeekerProfileId == seeker, Ct);
            (await db.EventRegistrations.SingleAsync(r => r.Id == interview.RegistrationId, Ct)).CheckIn(DateTime.UtcNow);
            interview.Record(InterviewOutcome.Pass, "2차 면접", null, DateTime.UtcNow);
            await db.SaveChangesAsync(Ct);
            return interview;
        });
        // Once the timetable is out the seeker cannot change choices (the page hides the form, the handler refuses a post) …
        var http = await app.SignedInAsync(DemoAccounts.Seeker);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostPairsAsync(http, $"/Events/Detail/{id}?handler=Register", [("choices", $"{booth2}")],
            "/Notifications/Settings")).StatusCode);
        Assert.Equal([booth1], (await app.WithDbAsync(db => db.EventRegistrations.SingleAsync(r => r.EventId == id && r.SeekerProfileId == seeker, Ct))).Choices);
        // … but a change made another way (a correction in the data) must still not cost the recorded outcome.
        await app.WithDbAsync(async db =>
        {
            var e = await db.HiringEvents.SingleAsync(x => x.Id == id, Ct);
            var registration = await db.EventRegistrations.SingleAsync(r => r.EventId == id && r.SeekerProfileId == seeker, Ct);
            registration.Choose(e, [booth2], new HashSet<int> { booth1, booth2 }, registration.Attendance);
            return await db.SaveChangesAsync(Ct);
        });
        await app.RegisterAsync(id, (others[1].Id, [booth1]));
        var page = await RunAsync(staff, id);

        Assert.Contains("건을 편성했습니다", page, StringComparison.Ordinal);
        Assert.DoesNotContain("해제했습니다", page, StringComparison.Ordinal);
        await AssertNoClashesAsync(id);
        var rows = await app.WithDbAsync(db => db.EventInterviews.Where(i => i.EventId == id).ToListAsync(Ct));
        var kept = Assert.Single(rows, i => i.Id == held.Id);
        Assert.Equal((booth1, held.StartAt, held.EndAt, InterviewOutcome.Pass), (kept.BoothId, kept.StartAt, kept.EndAt, kept.Outcome));
        Assert.Single(rows, i => i.BoothId == booth1 && i.SeekerProfileId != seeker);
        Assert.Single(rows, i => i.BoothId == booth2 && i.SeekerProfileId == seeker);
    }

    /// <summary>An event with an approved booth of the demo company (one interviewer) and one of another company (30-minute slots).</summary>
    private async Task<(int Id, int Booth1, int Booth2)> TwoBoothsAsync(string title, int slotMinutes)
    {
        var id = await app.PublishedEventAsync(title);
        var booth1 = await app.ApprovedBoothAsync(id, await app.OwnCompanyIdAsync(), await app.OwnOpenPostingAsync(), slotMinutes);
        var posting = await app.ForeignPostingAsync(PostingStatus.Open);
        var company = await app.WithDbAsync(db => db.JobPostings.Where(p => p.Id == posting).Select(p => p.CompanyId).SingleAsync(Ct));
        return (id, booth1, await app.ApprovedBoothAsync(id, company, posting, 30));
    }

    /// <summary>다시 편성, then the page as staff see it after the redirect (with the message).</summary>
    private static async Task<string> RunAsync(HttpClient staff, int id)
    {
        var schedule = $"/Staff/Events/Schedule/{id}";
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(staff, $"{schedule}?handler=Run", new(), tokenFrom: schedule)).StatusCode);
        var page = await staff.GetStringAsync(schedule, Ct);
        Assert.DoesNotContain("저장하지 않았습니다", page, StringComparison.Ordinal);
        return page;
    }

    private static async Task LockAsync(HttpClient staff, int id, int interviewId)
    {
        var schedule = $"/Staff/Events/Schedule/{id}";
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(staff, $"{schedule}?handler=Lock",
            new() { ["interviewId"] = $"{interviewId}", ["locked"] = "true" }, tokenFrom: schedule)).StatusCode);
    }

    /// <summary>In the database: no booth has more interviews going on at once than interviewers, no seeker two within the gap.</summary>
    private async Task AssertNoClashesAsync(int id)
    {
        var rows = await app.WithDbAsync(db => db.EventInterviews.Where(i => i.EventId == id).ToListAsync(Ct));
        var interviewers = await app.WithDbAsync(db => db.EventBooths.Where(b => b.EventId == id).ToDictionaryAsync(b => b.Id, b => b.Interviewers, Ct));
        var gap = TimeSpan.FromMinutes(EventScheduling.MinGapMinutes);
        Assert.NotEmpty(rows);
        foreach (var i in rows)
        {
            var atOnce = rows.Count(o => o.BoothId == i.BoothId && o.StartAt <= i.StartAt && i.StartAt < o.EndAt);
            Assert.True(atOnce <= interviewers[i.BoothId], $"booth {i.BoothId} has {atOnce} interviews at {KoreanFormat.ToKst(i.StartAt):HH:mm}");
            Assert.DoesNotContain(rows, o => o.Id != i.Id && o.SeekerProfileId == i.SeekerProfileId && o.StartAt < i.EndAt + gap && i.StartAt < o.EndAt + gap);
        }
    }
}
