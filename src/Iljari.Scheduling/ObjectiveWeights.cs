namespace Iljari.Scheduling;

/// <summary>
/// The weights of the optimiser's objective, public so that reports can explain a score. An interview is worth
/// <see cref="InterviewBase"/> plus a bonus for a better rank and a higher match score; the bonus is at most half of the base,
/// so two interviews always beat one, however preferred. A served seeker (at least one interview) is worth more than
/// every interview weight of the whole event together, which makes "serve as many seekers as possible" strictly come first.
/// </summary>
public static class ObjectiveWeights
{
    public const int InterviewBase = 100;

    /// <summary>Bonus per place ahead of the fifth: 40 for a first choice, 30 for a second … 0 from the fifth on.</summary>
    public const int RankStep = 10;

    /// <summary>Ranks beyond this earn no rank bonus (seekers may list up to five booths in the usual event form).</summary>
    public const int RankedChoices = 5;

    /// <summary>Up to 10 points: the match score (0–100) divided by ten.</summary>
    public const int MatchPoints = 10;

    /// <summary>The weight of one interview for this choice: 100–150.</summary>
    public static int Of(BoothChoice choice)
    {
        var rankBonus = RankStep * Math.Max(0, RankedChoices - Math.Max(1, choice.Rank));
        var matchBonus = (int)Math.Round(Math.Clamp(choice.MatchScore, 0, 100) / 100 * MatchPoints, MidpointRounding.AwayFromZero);
        return InterviewBase + rankBonus + matchBonus;
    }
}
