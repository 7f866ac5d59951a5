using System.Globalization;

namespace Iljari.Web.Infrastructure.OpenData;

/// <summary>How a measure is published: people are suppressed below 5, plain counts of public things are not, amounts hide with their people.</summary>
public enum MeasureKind
{
    /// <summary>사람 수 (구직자, 참여자, 취업자, 지급 대상): 1–4 suppressed, with complementary suppression.</summary>
    People,
    /// <summary>건수 of things already public (공고, 행사): not suppressed.</summary>
    Count,
    /// <summary>금액: hidden whenever the people count it belongs to is hidden (a fixed unit amount would give the count away).</summary>
    Amount,
}

/// <param name="Additive">Whether the total is the sum of the members; when not (one seeker wants several occupations), the query gives the total.</param>
/// <param name="HiddenWith">For an amount: the people measure whose suppression it follows.</param>
public sealed record Measure(string Name, string Label, MeasureKind Kind, string Unit, string Description, bool Additive = true, string? HiddenWith = null);

public sealed record Member(string Code, string Name);

/// <summary>One grouped count from the database: a month, a raw key (region, occupation code, kind …; <see cref="TotalKey"/> for a given total) and a value.</summary>
public sealed record RawCount(int Year, int Month, string? Key, string Measure, long Value)
{
    public const string TotalKey = "*";
}

/// <summary>
/// One open dataset (공공데이터 개방): monthly aggregates over one dimension, computed in the database (GROUP BY) and
/// published with small cells suppressed. No column holds anything about one person.
/// </summary>
public sealed record OpenDataset(
    string Id, string Title, string Description, string Source,
    string Dimension, string DimensionLabel, IReadOnlyList<Member> Members, Func<string?, string> MemberOf,
    IReadOnlyList<Measure> Measures,
    Func<AppDbContext, MonthRange, DateOnly, CancellationToken, Task<List<RawCount>>> Query)
{
    public const string TotalCode = "total";
    public const string HiddenFlag = "X";
}

/// <summary>A period of whole months (Korean time), both ends included.</summary>
public readonly record struct MonthRange(DateOnly First, DateOnly Last)
{
    public const int MaxMonths = 60;

    public DateOnly EndExclusive => Last.AddMonths(1);
    /// <summary>Stored times are UTC; a Korean month starts 9 hours earlier in UTC.</summary>
    // UTC kind: PostgreSQL refuses an unspecified DateTime for timestamptz (found when these ran on PostgreSQL).
    public DateTime FromUtc => Core.Dashboard.Kst.StartUtc(First);
    public DateTime ToUtcExclusive => Core.Dashboard.Kst.StartUtc(EndExclusive);
    public string FromText => First.ToString("yyyy-MM", CultureInfo.InvariantCulture);
    public string ToText => Last.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public IEnumerable<DateOnly> Months()
    {
        for (var m = First; m <= Last; m = m.AddMonths(1)) yield return m;
    }

    /// <summary>The last 12 months up to this month, when no period is given.</summary>
    public static MonthRange Default(DateOnly today) => new(new DateOnly(today.Year, today.Month, 1).AddMonths(-11), new DateOnly(today.Year, today.Month, 1));

    /// <summary>"2026-01" to "2026-06"; Korean messages per field for anything else.</summary>
    public static MonthRange? Parse(string? from, string? to, DateOnly today, IDictionary<string, string[]> errors)
    {
        var fallback = Default(today);
        var first = ParseMonth(from, "from", "시작 월", fallback.First, errors);
        var last = ParseMonth(to, "to", "끝 월", fallback.Last, errors);
        if (errors.Count > 0) return null;
        if (first > last) errors["from"] = ["시작 월이 끝 월보다 늦습니다."];
        else if ((last.Year - first.Year) * 12 + last.Month - first.Month + 1 > MaxMonths) errors["to"] = [$"기간은 최대 {MaxMonths}개월까지 고를 수 있습니다."];
        return errors.Count > 0 ? null : new MonthRange(first, last);
    }

    private static DateOnly ParseMonth(string? text, string field, string label, DateOnly fallback, IDictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (DateOnly.TryParseExact(text.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d.Year is >= 2000 and <= 2100) return d;
        errors[field] = [$"{label}을 2026-01 형식(2000~2100년)으로 입력해 주세요."];
        return fallback;
    }
}
