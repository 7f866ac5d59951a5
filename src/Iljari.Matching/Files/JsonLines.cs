using System.Globalization;
using System.Text.Json;

namespace Iljari.Matching.Files;

/// <summary>A line that could not be read, with its 1-based number.</summary>
public sealed record LineError(int Line, string Message);

/// <summary>
/// Lenient JSON Lines reading for the evaluation file interface (issue 4): missing optional fields are allowed,
/// numbers may be written as strings, unknown fields (age, sex …) are ignored, a bad line is reported and skipped.
/// </summary>
public static class JsonLines
{
    public static List<T> Read<T>(TextReader reader, Func<JsonElement, T> parse, List<LineError> errors)
    {
        var items = new List<T>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                using var doc = JsonDocument.Parse(line);
                if (doc.RootElement.ValueKind != JsonValueKind.Object) throw new FormatException("JSON 객체가 아닙니다.");
                items.Add(parse(doc.RootElement));
            }
            catch (JsonException)
            {
                errors.Add(new LineError(number, "JSON 형식이 아닙니다."));
            }
            catch (Exception e) when (e is FormatException or InvalidOperationException or OverflowException)
            {
                errors.Add(new LineError(number, e.Message));
            }
        }
        return items;
    }

    internal static string Text(this JsonElement o, string name) => o.TryGetProperty(name, out var v) ? v.ValueKind switch
    {
        JsonValueKind.String => v.GetString()!.Trim(),
        JsonValueKind.Number => v.GetRawText(),
        JsonValueKind.Null => "",
        _ => throw new FormatException($"'{name}' 값은 문자열이어야 합니다."),
    } : "";

    internal static string RequiredId(this JsonElement o)
    {
        var id = o.Text("id");
        return id.Length > 0 ? id : throw new FormatException("'id'가 없습니다.");
    }

    internal static double? Number(this JsonElement o, string name)
    {
        if (!o.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        if (v.ValueKind == JsonValueKind.Number) return v.GetDouble();
        if (v.ValueKind == JsonValueKind.String)
        {
            var s = v.GetString()!.Replace(",", "", StringComparison.Ordinal).Trim();
            if (s.Length == 0) return null;
            if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
        }
        throw new FormatException($"'{name}' 값이 숫자가 아닙니다.");
    }

    internal static IReadOnlyList<string> Strings(this JsonElement o, string name)
    {
        if (!o.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return [];
        if (v.ValueKind == JsonValueKind.String) return Split(v.GetString()!);
        if (v.ValueKind != JsonValueKind.Array) throw new FormatException($"'{name}' 값은 배열이어야 합니다.");
        return v.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Number ? e.GetRawText() : e.GetString() ?? "")
            .Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
    }

    private static List<string> Split(string s) =>
        s.Split([',', '|', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    internal static PayPeriod Pay(this JsonElement o, string name) => o.Text(name).ToUpperInvariant() switch
    {
        "" or "M" or "월급" => PayPeriod.Monthly,
        "H" or "시급" => PayPeriod.Hourly,
        "D" or "일급" => PayPeriod.Daily,
        "Y" or "연봉" => PayPeriod.Yearly,
        var other => throw new FormatException($"'{name}' 값 '{other}'은(는) D/H/M/Y가 아닙니다."),
    };

    internal static int Education(this JsonElement o, string name)
    {
        var v = o.Number(name);
        return v is null ? 0 : v is >= 0 and <= 7 ? (int)v : throw new FormatException($"'{name}' 값은 00–07이어야 합니다.");
    }

    internal static CareerRule Career(this JsonElement o, string name) => o.Text(name).ToUpperInvariant() switch
    {
        "" or "Z" or "관계없음" => CareerRule.Any,
        "N" or "신입" => CareerRule.Newcomer,
        "E" or "경력" => CareerRule.Experienced,
        var other => throw new FormatException($"'{name}' 값 '{other}'은(는) N/E/Z가 아닙니다."),
    };
}
