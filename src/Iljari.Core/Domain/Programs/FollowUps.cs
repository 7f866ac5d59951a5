using Iljari.Core.Domain.Applications;

namespace Iljari.Core.Domain.Programs;

/// <summary>Where a completer's follow-up at one milestone stands.</summary>
public enum FollowUpState { NotDue, Missing, Recorded, EmployedByPlacement }

public sealed record FollowUpView(int Months, DateOnly DueOn, FollowUpState State, FollowUpOutcome? Outcome)
{
    public bool Known => State is FollowUpState.Recorded or FollowUpState.EmployedByPlacement;
    public bool Employed => Outcome == FollowUpOutcome.Employed;
}

/// <summary>사후관리 at 3, 6 and 12 months after completion, as pure rules.</summary>
public static class FollowUps
{
    public static readonly IReadOnlyList<int> Milestones = [3, 6, 12];

    public static DateOnly DueOn(DateOnly completedOn, int months) => completedOn.AddMonths(months);

    /// <summary>
    /// Employed on <paramref name="date"/> by the placement records: a job that started on or after the program's first
    /// day (a job held before the program is not its result) and on or before the date, and had not ended before it.
    /// </summary>
    public static bool EmployedOn(DateOnly date, DateOnly programStart, IEnumerable<EmploymentSpell> jobs) =>
        jobs.Any(j => j.Start >= programStart && j.Start <= date && (j.End is null || j.End >= date));

    /// <summary>
    /// A counselor's record wins (they asked the person); without one, a placement makes the completer employed once the
    /// milestone is due; otherwise a due milestone is missing.
    /// </summary>
    public static FollowUpView At(int months, DateOnly completedOn, DateOnly programStart, FollowUpOutcome? recorded,
        IEnumerable<EmploymentSpell> jobs, DateOnly todayKst)
    {
        var due = DueOn(completedOn, months);
        if (recorded is { } outcome) return new(months, due, FollowUpState.Recorded, outcome);
        if (todayKst < due) return new(months, due, FollowUpState.NotDue, null);
        return EmployedOn(due, programStart, jobs) ? new(months, due, FollowUpState.EmployedByPlacement, FollowUpOutcome.Employed)
            : new(months, due, FollowUpState.Missing, null);
    }

    public static string Label(this FollowUpOutcome o) => o switch
    {
        FollowUpOutcome.Employed => "취업",
        FollowUpOutcome.NotEmployed => "미취업",
        _ => "진학·훈련",
    };

    public static string Label(this FollowUpView v) => v.State switch
    {
        FollowUpState.NotDue => $"{Common.KoreanFormat.Date(v.DueOn)}부터",
        FollowUpState.Missing => "미입력",
        FollowUpState.EmployedByPlacement => "취업 (취업 기록)",
        _ => v.Outcome!.Value.Label(),
    };
}
