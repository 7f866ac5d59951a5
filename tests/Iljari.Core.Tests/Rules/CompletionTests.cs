using Iljari.Core.Domain.Programs;

namespace Iljari.Core.Tests.Rules;

/// <summary>수료 판정: attended (출석·지각) ≥ the program's percent of the sessions held, once the last session has ended.</summary>
public class CompletionTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 3, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly FirstDay = new(2020, 1, 1);

    /// <summary>Daily sessions from <see cref="FirstDay"/>, all ended long before <see cref="Now"/>, with the given marks in order.</summary>
    private static List<SessionMark> Past(params AttendanceStatus?[] marks) =>
        marks.Select((m, i) => new SessionMark(FirstDay.AddDays(i), FirstDay.AddDays(i).ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc), m)).ToList();

    private static AttendanceStatus?[] Repeat(int present, int absent) =>
        [.. Enumerable.Repeat<AttendanceStatus?>(AttendanceStatus.Present, present), .. Enumerable.Repeat<AttendanceStatus?>(AttendanceStatus.Absent, absent)];

    [Fact]
    public void Exactly_80_percent_completes()
    {
        // 4 of 5 = 80 %: three present and one late.
        var result = Completion.Evaluate(80, Past(AttendanceStatus.Present, AttendanceStatus.Late, AttendanceStatus.Absent, AttendanceStatus.Present, AttendanceStatus.Present), Now);
        Assert.Equal((5, 5, 4, true, true), (result.SessionsHeld, result.SessionsTotal, result.Attended, result.Finished, result.Completed));
        Assert.Equal(new DateOnly(2020, 1, 5), result.CompletedOn); // the fifth day, the last session
        Assert.Equal(80, result.RatePercent);
        Assert.Equal("수료", result.Label());
    }

    [Fact]
    public void A_rate_of_79_point_9_percent_does_not_complete_and_80_point_0_does()
    {
        // 799 of 1,000 sessions is 79.9 %; 800 is 80.0 %.
        Assert.False(Completion.Evaluate(80, Past(Repeat(799, 201)), Now).Completed);
        Assert.True(Completion.Evaluate(80, Past(Repeat(800, 200)), Now).Completed);
        // The same edge on a short course: 7 of 9 is 77.8 %, 8 of 10 is 80 %.
        Assert.False(Completion.Evaluate(80, Past(Repeat(7, 2)), Now).Completed);
        Assert.True(Completion.Evaluate(80, Past(Repeat(8, 2)), Now).Completed);
    }

    [Fact]
    public void A_program_without_sessions_has_nothing_to_complete()
    {
        var result = Completion.Evaluate(80, [], Now);
        Assert.Equal((0, 0, false, false, (DateOnly?)null, (int?)null), (result.SessionsHeld, result.Attended, result.Finished, result.Completed, result.CompletedOn, result.RatePercent));
        Assert.Equal("회차 없음", result.Label());
    }

    [Fact]
    public void Nobody_completes_before_the_last_session_has_ended()
    {
        var sessions = Past(AttendanceStatus.Present, AttendanceStatus.Present);
        var lastEnds = Now.AddHours(2);
        sessions.Add(new SessionMark(DateOnly.FromDateTime(Now), lastEnds, null));

        var during = Completion.Evaluate(80, sessions, Now);
        Assert.Equal((2, 3, 2, false, false), (during.SessionsHeld, during.SessionsTotal, during.Attended, during.Finished, during.Completed));
        Assert.Equal(100, during.RatePercent); // every session held so far was attended
        Assert.Equal("진행 중", during.Label());

        // Once it has ended it counts as held: 2 of 3 unrecorded is 66 %, short of 80 %.
        var after = Completion.Evaluate(80, sessions, lastEnds);
        Assert.Equal((3, 2, true, false), (after.SessionsHeld, after.Attended, after.Finished, after.Completed));
        Assert.Equal("미수료", after.Label());
        Assert.True(Completion.Evaluate(60, sessions, lastEnds).Completed);
    }

    [Fact]
    public void Excused_absent_and_unrecorded_sessions_are_not_attended()
    {
        var result = Completion.Evaluate(50, Past(AttendanceStatus.Excused, AttendanceStatus.Absent, null, AttendanceStatus.Late), Now);
        Assert.Equal((4, 1, false), (result.SessionsHeld, result.Attended, result.Completed));
    }

    [Fact]
    public void A_full_attendance_rule_needs_every_session()
    {
        Assert.False(Completion.Evaluate(100, Past(Repeat(9, 1)), Now).Completed);
        Assert.True(Completion.Evaluate(100, Past(Repeat(10, 0)), Now).Completed);
        Assert.True(Completion.Evaluate(1, Past(Repeat(1, 99)), Now).Completed);
        Assert.False(Completion.Evaluate(1, Past(Repeat(0, 100)), Now).Completed);
    }
}
