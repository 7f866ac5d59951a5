namespace Iljari.Scheduling.Tests;

public class SlotTests
{
    [Fact]
    public void Slots_run_back_to_back_and_resume_when_the_break_ends()
    {
        // 20-minute slots from 0; lunch 50–110. 40–60 would overlap lunch, so interviews resume at 110, not at 120.
        var booth = A.Booth(1, 0, 170, 20, 2, new TimeWindow(50, 110));

        Assert.Equal([new(0, 20), new(20, 40), new(110, 130), new(130, 150), new(150, 170)], booth.Slots());
    }

    [Fact]
    public void A_slot_that_would_run_past_closing_is_not_offered()
    {
        Assert.Equal([new(30, 60), new(60, 90)], A.Booth(1, 30, 115, 30).Slots());
    }

    [Fact]
    public void A_break_at_opening_time_delays_the_first_slot()
    {
        Assert.Equal(new TimeWindow(15, 30), A.Booth(1, 0, 30, 15, 1, new TimeWindow(0, 15)).Slots().Single());
    }

    [Fact]
    public void A_booth_without_a_slot_length_offers_nothing()
    {
        Assert.Empty(A.Booth(1, 0, 420, 0).Slots());
    }

    [Fact]
    public void The_gap_rule_counts_minutes_between_interviews()
    {
        var first = new TimeWindow(0, 30);

        Assert.True(first.TooCloseTo(new TimeWindow(35, 50), 10));
        Assert.False(first.TooCloseTo(new TimeWindow(40, 50), 10));
        Assert.False(first.TooCloseTo(new TimeWindow(30, 50), 0));
        Assert.True(first.TooCloseTo(new TimeWindow(20, 50), 0));
    }
}
