namespace Iljari.Core.Domain.Programs;

/// <summary>One session as completion sees it: its day, when it ends, and the participant's mark (null = not recorded).</summary>
public sealed record SessionMark(DateOnly Date, DateTime EndsAtUtc, AttendanceStatus? Mark);

/// <summary>
/// A participant's standing: sessions held so far (ended) out of all, how many they attended, whether the program is
/// over (its last session ended) and whether they completed. <see cref="CompletedOn"/> is the last session's day.
/// </summary>
public sealed record CompletionStatus(int SessionsHeld, int SessionsTotal, int Attended, bool Finished, bool Completed, DateOnly? CompletedOn)
{
    /// <summary>Attended share of the sessions held, in whole percent (rounded down), or null before any was held.</summary>
    public int? RatePercent => SessionsHeld == 0 ? null : Attended * 100 / SessionsHeld;
}

/// <summary>수료 판정 as a pure function, so the rule is tested without a database.</summary>
public static class Completion
{
    /// <summary>
    /// Completed when the last session has ended and attended (출석·지각) ≥ <paramref name="completionPercent"/> % of the
    /// sessions held. Compared in integers (attended × 100 ≥ percent × held) so exactly 80 % passes and 79.9 % does not,
    /// with no rounding. A program without sessions has nothing to complete.
    /// </summary>
    public static CompletionStatus Evaluate(int completionPercent, IReadOnlyCollection<SessionMark> sessions, DateTime nowUtc)
    {
        var held = sessions.Where(s => s.EndsAtUtc <= nowUtc).ToList();
        var attended = held.Count(s => s.Mark is { } m && m.CountsAsAttended());
        var finished = sessions.Count > 0 && held.Count == sessions.Count;
        var completed = finished && attended * 100 >= completionPercent * held.Count;
        return new CompletionStatus(held.Count, sessions.Count, attended, finished, completed, completed ? sessions.Max(s => s.Date) : null);
    }

    public static string Label(this CompletionStatus s) => s switch
    {
        { SessionsTotal: 0 } => "회차 없음",
        { Completed: true } => "수료",
        { Finished: true } => "미수료",
        _ => "진행 중",
    };
}
