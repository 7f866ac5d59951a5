namespace Iljari.Scheduling.Tests;

public class OnTheDaySlotTests
{
    // 20-minute slots from 0 to 120 with a break 40–60: 0, 20, 60, 80, 100.
    private static readonly BoothCapacity Booth = A.Booth(1, 0, 120, 20, 2, new TimeWindow(40, 60));

    [Fact]
    public void The_earliest_slot_still_ahead_is_offered()
    {
        Assert.Equal(new TimeWindow(20, 40), OnTheDaySlot.Earliest(Booth, [], [], 10, notBeforeMinute: 5));
        Assert.Equal(new TimeWindow(0, 20), OnTheDaySlot.Earliest(Booth, [], [], 10, notBeforeMinute: -30));
    }

    [Fact]
    public void A_slot_in_or_across_the_break_is_skipped()
    {
        Assert.Equal(new TimeWindow(60, 80), OnTheDaySlot.Earliest(Booth, [], [], 10, notBeforeMinute: 21));
    }

    [Fact]
    public void A_slot_whose_interviewers_are_all_booked_is_skipped_but_one_with_a_free_interviewer_is_not()
    {
        TimeWindow[] booked = [new(20, 40), new(20, 40), new(60, 80)];

        Assert.Equal(new TimeWindow(60, 80), OnTheDaySlot.Earliest(Booth, booked, [], 10, notBeforeMinute: 20));
    }

    [Fact]
    public void The_seekers_own_interviews_and_the_gap_after_them_are_respected()
    {
        // Busy elsewhere 55–75: 60 overlaps and 80 starts 5 minutes after it ends (gap 10), so 100 is the first.
        Assert.Equal(new TimeWindow(100, 120), OnTheDaySlot.Earliest(Booth, [], [new(55, 75)], 10, notBeforeMinute: 50));
        Assert.Equal(new TimeWindow(80, 100), OnTheDaySlot.Earliest(Booth, [], [new(55, 75)], 5, notBeforeMinute: 50));
    }

    [Fact]
    public void Nothing_is_offered_once_the_last_slot_has_begun()
    {
        Assert.Null(OnTheDaySlot.Earliest(Booth, [], [], 10, notBeforeMinute: 101));
    }
}
