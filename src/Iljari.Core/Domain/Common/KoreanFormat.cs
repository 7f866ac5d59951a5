using System.Globalization;

namespace Iljari.Core.Domain.Common;

/// <summary>How the product writes dates and money: <c>2026. 11. 23.</c> and <c>1,500,000원</c>.</summary>
public static class KoreanFormat
{
    public static string Date(DateOnly date) => $"{date.Year}. {date.Month}. {date.Day}.";

    public static string Date(DateTime utc) => Date(DateOnly.FromDateTime(ToKst(utc)));

    /// <summary><c>2026. 11. 23. 14:05</c> in Korean time.</summary>
    public static string DateAndTime(DateTime utc) => $"{Date(utc)} {ToKst(utc):HH:mm}";

    public static string Won(long amount) => amount.ToString("#,0", CultureInfo.InvariantCulture) + "원";

    /// <summary>Korea Standard Time has no daylight saving, so a fixed +9 offset is exact.</summary>
    public static DateTime ToKst(DateTime utc) => utc.AddHours(9);

    public static DateOnly TodayInKorea(TimeProvider time) => DateOnly.FromDateTime(ToKst(time.GetUtcNow().UtcDateTime));
}
