using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Events;

namespace Iljari.Core.Tests.Rules;

/// <summary>Event fields, booth capacity and breaks, ranked choices, waitlist and check-in rules.</summary>
public class EventRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly DateTime Now = new(2026, 11, 26, 1, 0, 0, DateTimeKind.Utc);

    private static HiringEventFields Fields() => new()
    {
        Kind = EventKind.OnSiteInterview, Title = "현장면접의 날", Place = "시청", Date = Today.AddDays(10), StartTime = new(10, 0), EndTime = new(16, 0),
        Capacity = 2, MaxChoices = 2, RegistrationOpens = Today, RegistrationCloses = Today.AddDays(8),
    };

    private static HiringEvent Published()
    {
        var e = HiringEvent.Draft(1, "s", Fields(), Today, Now);
        e.Publish(1);
        return e;
    }

    [Fact]
    public void Event_fields_are_checked_together_in_korean()
    {
        var bad = Fields();
        (bad.Title, bad.Place, bad.Date, bad.EndTime, bad.Capacity, bad.MaxChoices) = ("", "", Today.AddDays(-1), new(9, 0), 0, 11);
        bad.RegistrationCloses = Today.AddDays(-5);
        var e = Assert.Throws<ValidationFailedException>(() => HiringEvent.Draft(1, "s", bad, Today, Now));
        Assert.Equal(["Title", "Place", "Date", "EndTime", "Capacity", "MaxChoices", "RegistrationCloses"], e.Errors.Select(x => x.Field));
        var late = Fields();
        late.RegistrationCloses = Today.AddDays(11);
        Assert.Equal("접수 마감일은 행사일 이전이어야 합니다.", Assert.Throws<ValidationFailedException>(() => HiringEvent.Draft(1, "s", late, Today, Now)).Errors.Single().Message);
    }

    [Fact]
    public void An_open_event_reads_as_running_on_its_day_and_ended_after_it_but_a_cancelled_one_stays_cancelled()
    {
        var e = Published();
        var day = e.Date;

        Assert.Equal("접수 중", e.StatusOn(day.AddDays(-1)));
        Assert.Equal("오늘 진행", e.StatusOn(day));
        Assert.Equal("종료", e.StatusOn(day.AddDays(1)));
        Assert.Equal(EventStatus.Published, e.Status); // only the reading changes: the booth can still record outcomes
        e.Cancel();
        Assert.Equal("취소", e.StatusOn(day.AddDays(1)));
    }

    [Fact]
    public void Registration_is_open_only_inside_the_window_once_published()
    {
        var draft = HiringEvent.Draft(1, "s", Fields(), Today, Now);
        Assert.False(draft.AcceptsRegistrations(Today));
        var e = Published();
        Assert.True(e.AcceptsRegistrations(Today));
        Assert.True(e.AcceptsRegistrations(Today.AddDays(8)));
        Assert.False(e.AcceptsRegistrations(Today.AddDays(9)));
        Assert.Throws<DomainException>(() => e.Publish(2));
        var smaller = e.ToFields();
        smaller.Capacity = 1;
        Assert.Throws<DomainException>(() => e.Edit(smaller, Today));
    }

    [Theory]
    [InlineData("12:00-13:00", true)]
    [InlineData("12:00~12:30", true)]
    [InlineData("09:00-10:30", false)] // starts before the event
    [InlineData("13:00-12:00", false)]
    [InlineData("점심", false)]
    public void Booth_breaks_must_be_windows_inside_the_event(string window, bool ok)
    {
        var e = Published();
        if (ok) Assert.Single(EventBooth.Request(e, 5, [1], 20, 2, [window], null, Now).Breaks);
        else Assert.Contains(Assert.Throws<ValidationFailedException>(() => EventBooth.Request(e, 5, [1], 20, 2, [window], null, Now)).Errors, x => x.Field == "Breaks");
    }

    [Fact]
    public void A_booth_needs_postings_a_known_slot_length_and_interviewers()
    {
        var e = Published();
        var x = Assert.Throws<ValidationFailedException>(() => EventBooth.Request(e, 5, [], 25, 0, [], null, Now));
        Assert.Equal(["PostingIds", "SlotMinutes", "Interviewers"], x.Errors.Select(err => err.Field));
        var booth = EventBooth.Request(e, 5, [1, 1, 2], 20, 2, ["12:00-13:00"], null, Now);
        Assert.Equal([1, 2], booth.PostingIds);
        Assert.Equal([(120, 180)], booth.BreakMinutes(e.StartTime));
        booth.Decide(true, Now);
        Assert.Throws<DomainException>(() => booth.Decide(false, Now));
    }

    [Fact]
    public void Choices_are_ranked_unique_limited_and_only_approved_booths()
    {
        var e = Published();
        var approved = new HashSet<int> { 7, 8, 9 };
        Assert.Equal([8, 7], EventRegistration.Create(e, 1, [8, 0, 8, 7], approved, false, "u", false, Now).Choices);
        Assert.Throws<ValidationFailedException>(() => EventRegistration.Create(e, 1, [7, 8, 9], approved, false, "u", false, Now));
        Assert.Throws<ValidationFailedException>(() => EventRegistration.Create(e, 1, [42], approved, false, "u", false, Now));
    }

    [Fact]
    public void A_full_event_waitlists_promotes_and_only_confirmed_places_check_in()
    {
        var e = Published();
        var waiting = EventRegistration.Create(e, 1, [], new HashSet<int>(), full: true, "u", false, Now);
        Assert.Equal(RegistrationStatus.Waitlisted, waiting.Status);
        Assert.Throws<DomainException>(() => waiting.CheckIn(Now));
        waiting.Promote();
        waiting.CheckIn(Now);
        Assert.Throws<DomainException>(() => waiting.Cancel(Now)); // checked in: too late to cancel
        var walkIn = EventRegistration.Create(e, 2, [], new HashSet<int>(), full: true, "staff", walkIn: true, Now);
        Assert.Equal((RegistrationStatus.Registered, Now), (walkIn.Status, walkIn.CheckedInAt!.Value));
    }

    [Fact]
    public void An_on_the_day_booth_joins_the_choices_beyond_the_limit_and_makes_the_seeker_available_all_day()
    {
        var e = Published(); // at most 2 choices
        var r = EventRegistration.Create(e, 1, [7, 8], new HashSet<int> { 7, 8, 9 }, false, "u", false, Now, Attendance.Morning);
        Assert.Throws<DomainException>(() => r.AddOnTheDayChoice(9)); // not checked in yet
        r.CheckIn(Now);

        r.AddOnTheDayChoice(9);
        r.AddOnTheDayChoice(9);

        Assert.Equal([7, 8, 9], r.Choices);
        Assert.Equal(Attendance.AllDay, r.Attendance); // there now: an afternoon 현장 면접 of a 오전만 registrant stays valid
    }
}
