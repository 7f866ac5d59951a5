using Iljari.Core.Domain.Applications;

namespace Iljari.Core.Domain.Incentives;

/// <summary>What counts as continuous employment under a scheme's rules.</summary>
public sealed record ContinuityRules(int MinHoursPerWeek, bool RequireInsurance, int MaxGapDays);

/// <summary>Where the chain of employment stands on the day it was computed for.</summary>
public enum ContinuityState { Employed, Paused, BetweenJobs, Broken }

/// <summary>
/// Continuous employment from <see cref="Start"/> up to (not including) <see cref="AsOf"/>: days that counted, days
/// paused by a shorter-hours job, days between jobs, the day it broke (if it did), and the day each milestone was met.
/// </summary>
public sealed record ContinuityResult(
    DateOnly Start, DateOnly AsOf, int CountedDays, int PausedDays, int GapDays, ContinuityState State, DateOnly? BrokenOn,
    IReadOnlyDictionary<int, DateOnly> ReachedOn)
{
    /// <summary>Counted days needed for <paramref name="months"/>: the calendar length of that many months from the start.</summary>
    public int DaysNeeded(int months) => Continuity.DaysNeeded(Start, months);
}

/// <summary>
/// 근속 계산 for 취업성공장려금. A day counts when the seeker holds a qualifying job (enough hours, insured when the
/// rules say so). A day in a shorter-hours job pauses the count: it neither counts nor breaks the chain. A day with no
/// job at all is a gap; up to <see cref="ContinuityRules.MaxGapDays"/> consecutive gap days keep the chain (a job change),
/// one more breaks it for good. A milestone of N months is met once the counted days equal the calendar length of N
/// months from the start, so without pauses or gaps the 6-month milestone of a job started on 1 March is met on 1 September.
/// </summary>
public static class Continuity
{
    public static int DaysNeeded(DateOnly start, int months) => start.AddMonths(months).DayNumber - start.DayNumber;

    /// <summary>Walks the days from <paramref name="start"/> to the day before <paramref name="asOf"/> (completed days only).</summary>
    public static ContinuityResult Compute(IEnumerable<EmploymentSpell> spells, ContinuityRules rules, DateOnly start, DateOnly asOf, IEnumerable<int> milestoneMonths)
    {
        var jobs = spells.Where(s => (s.End ?? DateOnly.MaxValue) >= start && s.Start < asOf).ToList();
        var needed = milestoneMonths.Distinct().ToDictionary(m => m, m => DaysNeeded(start, m));
        var reached = new Dictionary<int, DateOnly>();
        int counted = 0, paused = 0, gaps = 0, gapRun = 0;
        var state = ContinuityState.BetweenJobs;
        DateOnly? broken = null;

        // A day at a time: a few hundred days per claim, and each rule reads exactly as stated above.
        for (var day = start; day < asOf; day = day.AddDays(1))
        {
            var held = jobs.Where(j => j.Start <= day && day <= (j.End ?? DateOnly.MaxValue)).ToList();
            if (held.Any(j => Qualifies(j, rules)))
            {
                counted++;
                gapRun = 0;
                state = ContinuityState.Employed;
                foreach (var (months, days) in needed)
                    if (counted == days) reached[months] = day.AddDays(1);
            }
            else if (held.Count > 0)
            {
                paused++;
                gapRun = 0;
                state = ContinuityState.Paused;
            }
            else
            {
                gaps++;
                gapRun++;
                state = ContinuityState.BetweenJobs;
                if (gapRun > rules.MaxGapDays)
                {
                    broken = day;
                    state = ContinuityState.Broken;
                    break;
                }
            }
        }
        return new ContinuityResult(start, asOf, counted, paused, gaps, state, broken, reached);
    }

    public static bool Qualifies(EmploymentSpell job, ContinuityRules rules) =>
        job.HoursPerWeek >= rules.MinHoursPerWeek && (job.Insured || !rules.RequireInsurance);

    public static string Label(this ContinuityState s) => s switch
    {
        ContinuityState.Employed => "근속 중",
        ContinuityState.Paused => "일시 정지(근로시간 미달)",
        ContinuityState.BetweenJobs => "이직 중",
        _ => "근속 중단",
    };
}
