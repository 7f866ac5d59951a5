namespace Iljari.Scheduling;

/// <summary>One booked interview: the seeker at the booth from <paramref name="StartMinute"/> to <paramref name="EndMinute"/>.</summary>
public readonly record struct Interview(int SeekerId, int BoothId, int StartMinute, int EndMinute)
{
    public TimeWindow Window => new(StartMinute, EndMinute);
}
