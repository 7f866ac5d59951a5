using Iljari.Core.Domain.Seekers;

namespace Iljari.Core.Dashboard;

/// <summary>
/// The five policy groups of the dashboard (DESIGN.md §2). Age groups use the age reached in the year (year − birth
/// year): 청년 15–34, 중장년 40–64, 노인 65+. 경력단절여성 and 취약계층 are circumstances the seeker declared. A person can
/// be in several groups, so group counts do not add up to the total.
/// </summary>
public static class DashboardGroups
{
    public static readonly IReadOnlyList<(string Code, string Label)> All =
        [("youth", "청년(15~34세)"), ("middle", "중장년(40~64세)"), ("senior", "노인(65세 이상)"), ("women", "경력단절여성"), ("vulnerable", "취약계층")];

    /// <summary>Declared circumstances that make someone 취약계층 here (장애인, 저소득, 기타 취약계층).</summary>
    public static readonly string[] Vulnerable = ["disabled", "lowincome", "vulnerable"];

    public static string Label(string code) => All.FirstOrDefault(g => g.Code == code).Label ?? code;

    public static bool IsKnown(string? code) => All.Any(g => g.Code == code);

    /// <summary>The seekers of a group in a year, as a query to join or test with Any (never loaded).</summary>
    /// <remarks>
    /// Ages are compared as birth-year ranges (15–34 in 2026 = born 1992–2011): a condition on the column itself uses its
    /// index and statistics, where <c>year − BirthYear</c> left PostgreSQL guessing 0.5 % of seekers instead of a quarter
    /// and choosing a nested loop that made the youth dashboard take a second (bench, 100k seekers).
    /// </remarks>
    public static IQueryable<SeekerProfile> In(this IQueryable<SeekerProfile> seekers, string group, int year) => group switch
    {
        "youth" => BornBetween(seekers, year - 34, year - 15),
        "middle" => BornBetween(seekers, year - 64, year - 40),
        "senior" => BornBetween(seekers, int.MinValue, year - 65),
        "women" => seekers.Where(s => s.Circumstances.Contains("women")),
        "vulnerable" => seekers.Where(s => s.Circumstances.Contains("disabled") || s.Circumstances.Contains("lowincome") || s.Circumstances.Contains("vulnerable")),
        _ => seekers,
    };

    private static IQueryable<SeekerProfile> BornBetween(IQueryable<SeekerProfile> seekers, int first, int last) =>
        seekers.Where(s => s.BirthYear >= first && s.BirthYear <= last);

    /// <summary>연령대 of the breakdown, by age reached in the year.</summary>
    public static readonly IReadOnlyList<(int Key, string Label)> AgeBands =
        [(1, "15~29세"), (2, "30~39세"), (3, "40~49세"), (4, "50~59세"), (5, "60~64세"), (6, "65세 이상"), (0, "15세 미만")];
}
