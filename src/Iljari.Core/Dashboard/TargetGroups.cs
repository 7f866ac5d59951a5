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
    public static IQueryable<SeekerProfile> In(this IQueryable<SeekerProfile> seekers, string group, int year) => group switch
    {
        "youth" => seekers.Where(s => year - s.BirthYear >= 15 && year - s.BirthYear <= 34),
        "middle" => seekers.Where(s => year - s.BirthYear >= 40 && year - s.BirthYear <= 64),
        "senior" => seekers.Where(s => year - s.BirthYear >= 65),
        "women" => seekers.Where(s => s.Circumstances.Contains("women")),
        "vulnerable" => seekers.Where(s => s.Circumstances.Contains("disabled") || s.Circumstances.Contains("lowincome") || s.Circumstances.Contains("vulnerable")),
        _ => seekers,
    };

    /// <summary>연령대 of the breakdown, by age reached in the year.</summary>
    public static readonly IReadOnlyList<(int Key, string Label)> AgeBands =
        [(1, "15~29세"), (2, "30~39세"), (3, "40~49세"), (4, "50~59세"), (5, "60~64세"), (6, "65세 이상"), (0, "15세 미만")];
}
