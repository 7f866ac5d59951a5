namespace Iljari.Scheduling;

/// <summary>How <see cref="ScheduleGenerator"/> sets the seekers' <see cref="SeekerRequest.Available"/>.</summary>
public enum SeekerAvailability
{
    /// <summary>Every seeker is there the whole day (no window): the generator's events before availability was modelled.</summary>
    AllDay,

    /// <summary>
    /// About half all day, a quarter morning only, a quarter afternoon only (see <see cref="ScheduleGenerator"/>), drawn
    /// independently of registration order and choices.
    /// </summary>
    Mixed,
}
