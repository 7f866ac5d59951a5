using Iljari.Core.Dashboard;
using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Dashboard;

namespace Iljari.Web.Pages.Dashboard;

/// <summary>
/// The dashboard's filters as they stand in the query string (so a view can be shared as a link and works without
/// JavaScript). Impossible values are replaced by the defaults and reported in Korean, never a 500.
/// </summary>
public sealed class DashboardQuery
{
    public int? Year { get; set; }
    public int? From { get; set; }
    public int? To { get; set; }
    public int? Agency { get; set; }
    public string? Gu { get; set; }
    public string? Group { get; set; }
    public Dimension? Dim { get; set; }
    public Kpi? Kpi { get; set; }

    public static IEnumerable<CodeEntry> Gus => ReferenceCatalog.Instance.Regions.AtLevel("gu");

    /// <summary>The filter for the KPI service, and the Korean messages about values that were ignored.</summary>
    public (DashboardFilter Filter, List<string> Problems) ToFilter(int? agencyId, DateOnly today)
    {
        var problems = new List<string>();
        var year = Year ?? today.Year;
        if (year < 2020 || year > today.Year)
        {
            problems.Add($"연도는 2020년부터 {today.Year}년 사이로 골라 주세요. {today.Year}년을 보여 드립니다.");
            year = today.Year;
        }
        int from = From ?? 1, to = To ?? 12;
        if (from is < 1 or > 12 || to is < 1 or > 12 || from > to)
        {
            problems.Add("기간은 1월부터 12월 사이에서 시작 달이 끝 달보다 앞서게 골라 주세요. 1~12월을 보여 드립니다.");
            (from, to) = (1, 12);
        }
        var gu = Gu;
        if (!string.IsNullOrEmpty(gu) && ReferenceCatalog.Instance.Regions.Find(gu) is not { Level: "gu" })
        {
            problems.Add("구는 목록에서 골라 주세요. 모든 구를 보여 드립니다.");
            gu = null;
        }
        var group = Group;
        if (!string.IsNullOrEmpty(group) && !DashboardGroups.IsKnown(group))
        {
            problems.Add("대상 계층은 목록에서 골라 주세요. 모든 계층을 보여 드립니다.");
            group = null;
        }
        (Year, From, To, Gu, Group) = (year, from, to, gu, string.IsNullOrEmpty(group) ? null : group);
        return (new DashboardFilter(year, from, to, agencyId, string.IsNullOrEmpty(gu) ? null : gu, Group), problems);
    }

    /// <summary>The query string of this view with one value changed (links between views keep the filters).</summary>
    public Dictionary<string, string?> With(string key, string? value)
    {
        var d = new Dictionary<string, string?>
        {
            ["year"] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["from"] = From?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = To?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["agency"] = Agency?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["gu"] = Gu, ["group"] = Group, ["dim"] = Dim?.ToString(), ["kpi"] = Kpi?.ToString(),
        };
        d[key] = value;
        return d.Where(x => !string.IsNullOrEmpty(x.Value)).ToDictionary(x => x.Key, x => x.Value);
    }

    public static string Label(Dimension d) => d switch
    {
        Dimension.Agency => "기관",
        Dimension.Gu => "구(근무지)",
        Dimension.Group => "대상 계층",
        Dimension.AgeBand => "연령대",
        Dimension.Industry => "업종(KSIC)",
        _ => "직종(KECO)",
    };
}
