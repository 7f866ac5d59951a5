namespace Iljari.Core.Domain.Common;

/// <summary>
/// Masks personal data for lists and for parties not yet allowed to see it (홍*동, 010-****-5678, h***@example.kr).
/// The full value is shown only on a detail page that writes an access-log row (docs/security.md).
/// </summary>
public static class Masking
{
    /// <summary>
    /// Keeps the first and (for three or more letters) the last letter: 홍길동 → 홍*동, 김수 → 김*, 남궁민수 → 남**수.
    /// Spaces of foreign names stay, so the shape is readable: John Smith → J*** ****h.
    /// </summary>
    public static string Name(string? name)
    {
        var n = (name ?? "").Trim();
        var letters = n.Count(c => !char.IsWhiteSpace(c));
        if (letters == 0) return "";
        if (letters == 1) return "*";
        var first = FirstLetter(n);
        var last = letters >= 3 ? LastLetter(n) : -1;
        return string.Concat(n.Select((c, i) => i == first || i == last || char.IsWhiteSpace(c) ? c : '*'));
    }

    /// <summary>Keeps the first group and the last four digits: 010-1234-5678 → 010-****-5678, 02-123-4567 → 02-****-4567.</summary>
    public static string Phone(string? phone)
    {
        var digits = new string((phone ?? "").Where(char.IsAsciiDigit).ToArray());
        if (digits.Length < 8) return "";
        var area = digits.StartsWith("02", StringComparison.Ordinal) ? 2 : 3;
        return $"{digits[..area]}-****-{digits[^4..]}";
    }

    /// <summary>Keeps the first letter of the mailbox and the whole domain: hong@example.kr → h***@example.kr.</summary>
    public static string Email(string? email)
    {
        var e = (email ?? "").Trim();
        var at = e.LastIndexOf('@');
        if (at <= 0) return e.Length == 0 ? "" : "***";
        return e[0] + "***" + e[at..];
    }

    private static int FirstLetter(string s)
    {
        for (var i = 0; i < s.Length; i++) if (!char.IsWhiteSpace(s[i])) return i;
        return -1;
    }

    private static int LastLetter(string s)
    {
        for (var i = s.Length - 1; i >= 0; i--) if (!char.IsWhiteSpace(s[i])) return i;
        return -1;
    }
}
