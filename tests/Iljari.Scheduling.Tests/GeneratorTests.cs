namespace Iljari.Scheduling.Tests;

public class GeneratorTests
{
    [Fact]
    public void The_same_seed_gives_the_same_event()
    {
        var a = ScheduleGenerator.Generate(20, 200, seed: 4, lockedInterviews: 10);
        var b = ScheduleGenerator.Generate(20, 200, seed: 4, lockedInterviews: 10);

        Assert.Equal(Flatten(a), Flatten(b));
        Assert.NotEqual(Flatten(a), Flatten(ScheduleGenerator.Generate(20, 200, seed: 5, lockedInterviews: 10)));
    }

    [Fact]
    public void A_generated_event_looks_like_a_hiring_day()
    {
        var problem = ScheduleGenerator.Generate(60, 1000, seed: 1);

        Assert.Equal(10, problem.MinGapMinutes);
        Assert.All(problem.Booths, b =>
        {
            Assert.InRange(b.StartMinute, 0, 60);
            Assert.InRange(b.EndMinute, 360, 420);
            Assert.Contains(b.SlotMinutes, new[] { 15, 20, 30 });
            Assert.InRange(b.Interviewers, 1, 3);
        });
        Assert.InRange(problem.Booths.Count(b => b.Breaks.Count > 0), 40, 60); // most booths stop for lunch
        Assert.All(problem.Seekers, s =>
        {
            Assert.InRange(s.Choices.Count, 3, 5);
            Assert.Equal(s.Choices.Count, s.Choices.Select(c => c.BoothId).Distinct().Count());
            Assert.Equal(Enumerable.Range(1, s.Choices.Count), s.Choices.Select(c => c.Rank));
            Assert.All(s.Choices, c => Assert.InRange(c.MatchScore, 0, 100));
        });
        Assert.Equal(Enumerable.Range(1, 1000), problem.Seekers.Select(s => s.RegistrationOrder).Order());
        Assert.NotEqual(Enumerable.Range(1, 1000), problem.Seekers.Select(s => s.RegistrationOrder));

        // Popularity skew: the most chosen booth draws several times the median booth.
        var demand = problem.Seekers.SelectMany(s => s.Choices).CountBy(c => c.BoothId).Select(kv => kv.Value).Order().ToArray();
        Assert.True(demand[^1] > 4 * demand[demand.Length / 2]);
    }

    [Fact]
    public void About_half_come_all_day_a_quarter_only_in_the_morning_a_quarter_only_in_the_afternoon()
    {
        var problem = ScheduleGenerator.Generate(60, 1000, seed: 1);
        var groups = problem.Seekers.GroupBy(s => s.Available).ToDictionary(g => g.Key ?? new TimeWindow(0, ScheduleGenerator.DayMinutes), g => g.ToArray());

        Assert.Equal(3, groups.Count);
        Assert.InRange(groups[new TimeWindow(0, ScheduleGenerator.DayMinutes)].Length, 450, 550);
        Assert.InRange(groups[ScheduleGenerator.Morning].Length, 200, 300);
        Assert.InRange(groups[ScheduleGenerator.Afternoon].Length, 200, 300);
        Assert.Equal(new TimeWindow(0, 180), ScheduleGenerator.Morning); // 10:00–13:00
        Assert.Equal(new TimeWindow(180, 420), ScheduleGenerator.Afternoon); // 13:00–17:00
        // Registration order does not depend on availability: every group registered, on average, mid-way.
        Assert.All(groups.Values, g => Assert.InRange(g.Average(s => s.RegistrationOrder), 430, 570));
    }

    [Fact]
    public void The_all_day_event_is_the_same_event_without_windows()
    {
        var allDay = ScheduleGenerator.Generate(20, 200, seed: 4, availability: SeekerAvailability.AllDay);
        var mixed = ScheduleGenerator.Generate(20, 200, seed: 4);

        Assert.All(allDay.Seekers, s => Assert.Null(s.Available));
        Assert.Contains(mixed.Seekers, s => s.Available is not null);
        Assert.Equal(Flatten(allDay), Flatten(mixed with { Seekers = [.. mixed.Seekers.Select(s => s with { Available = null })] }));
    }

    [Fact]
    public void Generated_locks_lie_inside_the_seekers_windows()
    {
        var problem = ScheduleGenerator.Generate(20, 200, seed: 4, lockedInterviews: 30);

        Assert.Equal(30, problem.Locked.Count);
        Assert.Equal(0, FirstComeFirstServedScheduler.Solve(problem).Stats.IgnoredLocks);
    }

    private static string Flatten(ScheduleProblem p) =>
        string.Join(";", p.Booths.Select(b => $"{b.BoothId},{b.StartMinute},{b.EndMinute},{b.SlotMinutes},{b.Interviewers},{string.Join("/", b.Breaks)}"))
        + "|" + string.Join(";", p.Seekers.Select(s => $"{s.SeekerId},{s.RegistrationOrder},{string.Join("/", s.Choices)},{s.Available}"))
        + "|" + string.Join(";", p.Locked);
}
