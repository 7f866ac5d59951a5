namespace Iljari.Web.Infrastructure;

/// <summary>Free-text lists typed into one input ("바리스타 2급, 조리기능사"): split on commas or new lines.</summary>
public static class TextLists
{
    public static List<string> Split(string? text) =>
        (text ?? "").Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(s => s.Length > 0).Distinct().ToList();

    public static string Join(IEnumerable<string> items) => string.Join(", ", items);
}
