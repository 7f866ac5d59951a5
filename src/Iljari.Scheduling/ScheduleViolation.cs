namespace Iljari.Scheduling;

/// <summary>What rule a schedule breaks; tests and reports group by it.</summary>
public enum ViolationKind
{
    /// <summary>The interview names a seeker or booth that is not in the problem.</summary>
    UnknownSeekerOrBooth,

    /// <summary>Two interviews of one seeker overlap or leave less than the minimum gap between them.</summary>
    SeekerTooClose,

    /// <summary>More interviews going on at once at a booth than it has interviewers.</summary>
    BoothOverbooked,

    /// <summary>Before the booth opens or after it closes.</summary>
    OutsideHours,

    /// <summary>Overlaps one of the booth's breaks.</summary>
    InBreak,

    /// <summary>Within the booth's hours but not exactly one of its slots (wrong start or wrong length).</summary>
    OffSlotBoundary,

    /// <summary>A booth the seeker did not choose.</summary>
    NotChosen,

    /// <summary>The same seeker more than once at one booth.</summary>
    DuplicateBooth,

    /// <summary>A valid locked interview, or one already held, is not in the schedule.</summary>
    LockMissing,

    /// <summary>Not wholly inside the seeker's availability window (<see cref="SeekerRequest.Available"/>).</summary>
    OutsideAvailability,
}

/// <summary>One broken rule, with a sentence for people (ids and minutes, so staff can find it).</summary>
public sealed record ScheduleViolation(ViolationKind Kind, string Message)
{
    public override string ToString() => Message;
}
