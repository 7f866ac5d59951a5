namespace Iljari.Scheduling;

/// <summary>
/// Realistic made-up events for tests and the benchmark, the same for the same seed. The shape follows the city's
/// 채용행사: one booth per employer, 10:00–17:00 (420 minutes); most booths stop for lunch at 12:00 or 12:30 (two
/// shifts, so the hall never empties); 15-, 20- or 30-minute interviews; one to three interviewers. Seekers choose
/// three to five booths; a few well-known employers draw most of the choices (Zipf-like popularity) and tend to be
/// ranked first. Registration order is random. Seekers get 10 minutes between interviews.
/// <para>
/// Availability (<see cref="SeekerAvailability.Mixed"/>, the default): real visitors are not all there all day. Each
/// seeker independently is available all day with probability <see cref="AllDayPercent"/> %, only in the
/// <see cref="Morning"/> (10:00–13:00) with <see cref="MorningPercent"/> %, only in the <see cref="Afternoon"/>
/// (13:00–17:00) with <see cref="AfternoonPercent"/> % — students between classes, parents around school hours,
/// shift workers. The windows come from a random stream of their own, so they are independent of registration order
/// and choices, and the event is otherwise exactly the one <see cref="SeekerAvailability.AllDay"/> gives for the same
/// seed (booths, choices, order; only the locks, which must fit the windows, can differ).
/// </para>
/// </summary>
public static class ScheduleGenerator
{
    public const int DayMinutes = 420;
    public const int MinGapMinutes = 10;

    /// <summary>Share of all-day seekers in a <see cref="SeekerAvailability.Mixed"/> event, in percent.</summary>
    public const int AllDayPercent = 50;

    /// <summary>Share of morning-only seekers in a <see cref="SeekerAvailability.Mixed"/> event, in percent.</summary>
    public const int MorningPercent = 25;

    /// <summary>Share of afternoon-only seekers in a <see cref="SeekerAvailability.Mixed"/> event, in percent.</summary>
    public const int AfternoonPercent = 100 - AllDayPercent - MorningPercent;

    /// <summary>10:00–13:00, in minutes from the 10:00 start.</summary>
    public static readonly TimeWindow Morning = new(0, 180);

    /// <summary>13:00–17:00, in minutes from the 10:00 start.</summary>
    public static readonly TimeWindow Afternoon = new(180, DayMinutes);

    /// <summary>Popularity of the k-th most popular employer ∝ 1 / k^this. Near 1, as with job-board views.</summary>
    private const double PopularitySkew = 0.9;

    /// <param name="lockedInterviews">
    /// How many staff-locked interviews to add (each valid: a chosen booth, a free slot inside the seeker's window, no clash).
    /// </param>
    /// <param name="availability">Mixed windows (the default, see above) or everyone all day, as before windows were modelled.</param>
    public static ScheduleProblem Generate(int employers, int seekers, int seed, int lockedInterviews = 0,
        SeekerAvailability availability = SeekerAvailability.Mixed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(employers, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(seekers);
        var rnd = new Random(seed);
        var booths = Enumerable.Range(1, employers).Select(id => Booth(id, rnd)).ToArray();
        var popularity = Popularity(employers, rnd);
        var order = Enumerable.Range(1, seekers).ToArray();
        rnd.Shuffle(order);
        var windows = new Random(unchecked(seed * 7_919 + 104_729));
        var requests = Enumerable.Range(0, seekers)
            .Select(i => new SeekerRequest(1000 + i, order[i], Choices(rnd, popularity, Math.Min(employers, rnd.Next(3, 6))),
                availability == SeekerAvailability.Mixed ? Window(windows) : null))
            .ToArray();
        var problem = new ScheduleProblem(booths, requests, MinGapMinutes, []);
        return lockedInterviews == 0 ? problem : problem with { Locked = Locks(problem, lockedInterviews, rnd) };
    }

    private static BoothCapacity Booth(int id, Random rnd)
    {
        // One booth in eight opens late or leaves early (a manager who comes for the afternoon, a train to catch).
        var start = rnd.Next(8) == 0 ? 60 : 0;
        var end = rnd.Next(8) == 0 ? DayMinutes - 60 : DayMinutes;
        var slot = Pick(rnd, (15, 3), (20, 4), (30, 3));
        var interviewers = Pick(rnd, (1, 35), (2, 40), (3, 25));
        TimeWindow[] breaks = rnd.Next(10) switch
        {
            < 4 => [new(120, 180)],
            < 8 => [new(150, 210)],
            _ => [],
        };
        return new BoothCapacity(id, start, end, slot, interviewers, breaks);
    }

    private static TimeWindow? Window(Random rnd) => rnd.Next(100) switch
    {
        < AllDayPercent => null,
        < AllDayPercent + MorningPercent => Morning,
        _ => Afternoon,
    };

    /// <summary>Popularity weight per booth (index = booth id − 1); which booths are the famous ones is random.</summary>
    private static double[] Popularity(int employers, Random rnd)
    {
        var rankOf = Enumerable.Range(1, employers).ToArray();
        rnd.Shuffle(rankOf);
        return [.. rankOf.Select(rank => 1 / Math.Pow(rank, PopularitySkew))];
    }

    /// <summary>Booths drawn by popularity without repetition; the first drawn is ranked first.</summary>
    private static BoothChoice[] Choices(Random rnd, double[] popularity, int count)
    {
        var weights = (double[])popularity.Clone();
        var choices = new BoothChoice[count];
        for (var rank = 1; rank <= count; rank++)
        {
            var at = rnd.NextDouble() * weights.Sum();
            var booth = -1;
            for (var b = 0; b < weights.Length && at >= 0; b++)
            {
                if (weights[b] == 0) continue; // already chosen
                booth = b;
                at -= weights[b];
            }
            weights[booth] = 0;
            // Match scores centre on the mid-60s, as the matching engine gives to the jobs people actually pick.
            var score = Math.Clamp(65 + 15 * Normal(rnd), 5, 100);
            choices[rank - 1] = new BoothChoice(booth + 1, rank, Math.Round(score, 1));
        }
        return choices;
    }

    private static IReadOnlyList<LockedInterview> Locks(ScheduleProblem problem, int count, Random rnd)
    {
        var index = new EventIndex(problem);
        var bookings = new Bookings(index);
        var locks = new List<LockedInterview>();
        for (var attempt = 0; locks.Count < count && attempt < count * 20; attempt++)
        {
            var seeker = index.Seekers[rnd.Next(index.Seekers.Count)];
            if (seeker.Choices.Length == 0) continue;
            var booth = index.Booth(seeker.Choices[rnd.Next(seeker.Choices.Length)].BoothId)!;
            var slot = rnd.Next(booth.Slots.Length);
            if (booth.Slots.Length == 0 || !bookings.Fits(seeker.Id, booth, slot)) continue;
            bookings.Add(seeker.Id, booth, slot);
            locks.Add(new LockedInterview(seeker.Id, booth.Id, booth.Slots[slot].Start));
        }
        return locks;
    }

    private static T Pick<T>(Random rnd, params (T Value, int Weight)[] options)
    {
        var at = rnd.Next(options.Sum(o => o.Weight));
        foreach (var (value, weight) in options)
            if ((at -= weight) < 0) return value;
        return options[^1].Value;
    }

    private static double Normal(Random rnd) =>
        Math.Sqrt(-2 * Math.Log(1 - rnd.NextDouble())) * Math.Cos(2 * Math.PI * rnd.NextDouble());
}
