namespace Iljari.Core.Domain.Common;

/// <summary>Masks personal data for lists and for parties not yet allowed to see it (홍*동, 010-****-5678).</summary>
public static class Masking
{
    /// <summary>Keeps the first and (for three or more letters) the last letter: 홍길동 → 홍*동, 김수 → 김*, 남궁민수 → 남**수.</summary>
    public static string Name(string? name)
    {
        var n = (name ?? "").Trim();
        return n.Length switch
        {
            0 => "",
            1 => "*",
            2 => n[0] + "*",
            _ => n[0] + new string('*', n.Length - 2) + n[^1],
        };
    }

    /// <summary>Keeps the first group and the last four digits: 010-1234-5678 → 010-****-5678.</summary>
    public static string Phone(string? phone)
    {
        var digits = new string((phone ?? "").Where(char.IsAsciiDigit).ToArray());
        return digits.Length < 8 ? "" : $"{digits[..3]}-****-{digits[^4..]}";
    }
}
