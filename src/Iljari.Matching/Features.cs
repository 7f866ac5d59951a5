namespace Iljari.Matching;

/// <summary>
/// The numbers of a posting that the cheap upper bound reads, packed in a struct array parallel to the pool so a
/// ranking pass walks contiguous memory instead of chasing two objects per posting (the bound runs for every
/// candidate; the full score only for the few that pass).
/// </summary>
internal readonly record struct PostingFeatures(
    int OccupationId, int RegionId, PayPeriod PayType, long MinSalary, long MaxSalary, int Hours,
    int TypeIndex, int Education, bool Experienced, int CareerYears, ulong TermBits)
{
    public static PostingFeatures Of(PreparedPosting p)
    {
        var j = p.Source;
        return new PostingFeatures(p.OccupationId, p.RegionId, j.SalaryType, j.MinSalary ?? 0, j.MaxSalary ?? j.MinSalary ?? 0,
            j.HoursPerWeek ?? 0, Factors.TypeIndex(j.EmploymentType), j.Education, j.Career == CareerRule.Experienced, Math.Max(1, j.CareerYears),
            TermSignature.Of(p.JobTerms));
    }
}

/// <summary>
/// A 64-bit signature of a term set (one hashed bit a term, a Bloom filter with one hash). Counting how many of a
/// title's terms have their bit set gives an upper bound of the true overlap — collisions only add — so the cheap
/// bound can include word agreement without touching the posting's term array.
/// </summary>
internal static class TermSignature
{
    public static int Bit(int term) => (int)(((ulong)term * 0x9E3779B97F4A7C15UL) >> 58);

    public static ulong Of(int[] terms)
    {
        ulong bits = 0;
        foreach (var t in terms) bits |= 1UL << Bit(t);
        return bits;
    }

    /// <summary>At least the share of <paramref name="termBits"/> (bits of one title's terms) that a posting contains.</summary>
    public static double CoverageUpperBound(int[] termBits, ulong postingBits)
    {
        if (termBits.Length == 0) return 0;
        var n = 0;
        foreach (var b in termBits) n += (int)((postingBits >> b) & 1);
        return (double)n / termBits.Length;
    }
}

/// <summary>
/// The seeker-side factors as pure functions of numbers, shared by the bound and the full score (which adds the
/// Korean reasons around them), so both always agree.
/// </summary>
internal static class Factors
{
    /// <summary>Index of a Work24 고용형태 code (10, 11, 20, 21, 4, Y); any other code is 6, none is -1.</summary>
    public static int TypeIndex(string? code) => code switch
    {
        null or "" => -1,
        "10" => 0,
        "11" => 1,
        "20" => 2,
        "21" => 3,
        "4" => 4,
        "Y" => 5,
        _ => 6,
    };

    private static bool IsPartTime(int index) => index is 1 or 3;

    /// <summary>Bit mask of the wanted type indexes.</summary>
    public static int TypeMask(IEnumerable<string> codes) =>
        codes.Select(TypeIndex).Where(i => i >= 0).Aggregate(0, (mask, i) => mask | 1 << i);

    /// <summary>1 wanted; 0.6 same full/part-time but other contract; 0.3 otherwise; 0.8 when either side is silent.</summary>
    public static double Type(int wantedMask, bool anyWanted, int index)
    {
        if (!anyWanted || index < 0) return 0.8;
        if ((wantedMask & 1 << index) != 0) return 1;
        const int partTime = 1 << 1 | 1 << 3;
        var sameHours = IsPartTime(index) ? (wantedMask & partTime) != 0 : (wantedMask & ~partTime) != 0;
        return sameHours ? 0.6 : 0.3;
    }

    /// <summary>1 within the wished maximum; each extra hour a week costs 1/15, down to 0.2.</summary>
    public static double Hours(int maxWanted, int hours) =>
        maxWanted <= 0 || hours <= 0 || hours <= maxWanted ? 1 : Math.Max(0.2, 1 - (hours - maxWanted) / 15.0);

    /// <summary>
    /// Offered pay against the wish, in the same period when both use one, else as monthly figures.
    /// 1 when even the minimum meets the wish, 0.9 when the maximum does, else falling 2.5× the shortfall.
    /// </summary>
    public static (double Fit, double RatioMax) Pay(PayPeriod wishType, long wish, int wishHours, PayPeriod jobType, long min, long max, int jobHours)
    {
        if (wish <= 0) return (0.8, double.NaN);
        if (max <= 0) return (0.6, double.NaN);
        if (min <= 0) min = max;
        double ratioMin, ratioMax;
        if (wishType == jobType) (ratioMin, ratioMax) = ((double)min / wish, (double)max / wish);
        else
        {
            var wanted = WorkCodes.Monthly(wishType, wish, wishHours);
            (ratioMin, ratioMax) = (WorkCodes.Monthly(jobType, min, jobHours) / wanted, WorkCodes.Monthly(jobType, max, jobHours) / wanted);
        }
        if (ratioMin >= 1) return (1, ratioMax);
        if (ratioMax >= 1) return (0.9, ratioMax);
        return (Math.Max(0.15, 1 - 2.5 * (1 - ratioMax)), ratioMax);
    }

    /// <summary>Each missing year of required experience costs 30 %, down to 10 %.</summary>
    public static double Career(double relevantYears, int requiredYears) =>
        relevantYears >= requiredYears - 0.05 ? 1 : Math.Max(0.1, 1 - 0.3 * (requiredYears - relevantYears));

    /// <summary>Unknown education (0) is neither match nor miss; one level short 0.45, more 0.15.</summary>
    public static double Education(int required, int have) =>
        required <= 0 ? 1 : have <= 0 ? 0.7 : have >= required ? 1 : required - have == 1 ? 0.45 : 0.15;
}
