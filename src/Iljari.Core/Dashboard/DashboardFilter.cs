using Iljari.Core.Domain.Dashboard;

namespace Iljari.Core.Dashboard;

/// <summary>
/// What the dashboard looks at: a year and a range of its months, optionally one agency, one 구 (of the workplace) and
/// one target group. Every KPI can be computed for any past period from dated facts, so the monthly report can reuse it.
/// </summary>
public sealed record DashboardFilter(int Year, int FromMonth = 1, int ToMonth = 12, int? AgencyId = null, string? Gu = null, string? Group = null)
{
    public DateOnly From => new(Year, FromMonth, 1);
    public DateOnly To => new DateOnly(Year, ToMonth, 1).AddMonths(1).AddDays(-1);
    public DashboardFilter SameMonthsLastYear => this with { Year = Year - 1 };

    /// <summary>The first five digits of a 법정동 code name its 구 (4128100000 → 41281).</summary>
    public string? GuPrefix => string.IsNullOrEmpty(Gu) || Gu.Length < 5 ? null : Gu[..5];
}

/// <summary>Korean calendar days as UTC instants (KST is UTC+9 all year).</summary>
public static class Kst
{
    public static DateTime StartUtc(DateOnly day) => DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue).AddHours(-9), DateTimeKind.Utc);
    public static DateTime EndUtc(DateOnly day) => StartUtc(day.AddDays(1));
}

/// <summary>
/// One month's raw figure: a count or sum (<see cref="Den"/> null), or a ratio's two parts, so a period's figure is the
/// pooled ratio of its months, not an average of monthly percentages.
/// </summary>
public readonly record struct Tally(long Num, long? Den = null)
{
    public decimal? Value(KpiUnit unit) => Den switch
    {
        null => Num,
        0 => null,
        { } d => Math.Round(Num * (unit == KpiUnit.Percent ? 100m : 1m) / d, 1),
    };

    public static Tally operator +(Tally a, Tally b) => new(a.Num + b.Num, a.Den is null && b.Den is null ? null : (a.Den ?? 0) + (b.Den ?? 0));
}

/// <summary>A row of a month-grouped query.</summary>
public sealed record MonthTally(int Month, long Num, long Den);

/// <summary>One KPI over the chosen months, this year and the same months last year, with the year's target.</summary>
public sealed record KpiSeries(KpiInfo Info, IReadOnlyList<int> Months, IReadOnlyList<decimal?> ThisYear, IReadOnlyList<decimal?> LastYear,
    decimal? Total, decimal? LastYearTotal, long? Target, long? Budget = null)
{
    /// <summary>Share of the target reached (for "lower is better" KPIs, target ÷ value), in percent; null without a target.</summary>
    public decimal? TargetPercent => Target is not > 0 || Total is null ? null
        : Info.LowerIsBetter ? (Total == 0 ? null : Math.Round(Target.Value * 100m / Total.Value, 1)) : Math.Round(Total.Value * 100m / Target.Value, 1);
}
