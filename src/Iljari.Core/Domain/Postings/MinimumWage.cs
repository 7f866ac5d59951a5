using Iljari.Core.Domain.Codes;

namespace Iljari.Core.Domain.Postings;

/// <summary>
/// 최저임금 (고용노동부 고시). 2026: 10,320원/hour; monthly 2,156,880원 at 209 hours (40 h/week incl. paid weekly holiday).
/// Daily pay is checked against an 8-hour day; monthly and yearly pay are scaled down for part-time hours.
/// </summary>
public static class MinimumWage
{
    public const int HourlyWon2026 = 10_320;
    public const long MonthlyWon2026 = 2_156_880;
    public const int StandardMonthlyHours = 209;

    public static long MinimumFor(SalaryType type, int hoursPerWeek)
    {
        var fullTime = Math.Clamp(hoursPerWeek, 1, 40);
        long monthly = (long)Math.Ceiling(MonthlyWon2026 * fullTime / 40.0);
        return type switch
        {
            SalaryType.Hourly => HourlyWon2026,
            SalaryType.Daily => HourlyWon2026 * 8L,
            SalaryType.Monthly => monthly,
            _ => monthly * 12,
        };
    }

    /// <summary>A Korean message when <paramref name="amount"/> is below the minimum wage, else null.</summary>
    public static string? Check(SalaryType type, long amount, int hoursPerWeek)
    {
        var min = MinimumFor(type, hoursPerWeek);
        return amount >= min
            ? null
            : $"{type.Label()}은(는) 2026년 최저임금 기준 {Common.KoreanFormat.Won(min)} 이상이어야 합니다.";
    }

    /// <summary>Monthly equivalent used to compare and filter salaries of different types.</summary>
    public static long ToMonthly(SalaryType type, long amount) => type switch
    {
        SalaryType.Hourly => amount * StandardMonthlyHours,
        SalaryType.Daily => (long)(amount * 21.75),
        SalaryType.Monthly => amount,
        _ => amount / 12,
    };
}
