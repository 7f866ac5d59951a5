namespace Iljari.Web.Tests.Security;

/// <summary>A malformed value: <see cref="Text"/> is URL-encoded when sent; <see cref="RawEncoded"/> is sent as is (bytes that are not UTF-8).</summary>
public sealed record FuzzValue(string Kind, string Text, bool RawEncoded = false);

/// <summary>
/// The malformed inputs, by kind. Script-like ones carry a marker (fz + a number) so a reflection can be found in
/// the answer without mistaking the page's own markup for it.
/// </summary>
public static class FuzzInputs
{
    public static readonly string[] Kinds = ["bad-id", "huge", "invalid-utf8", "wrong-type", "korean", "traversal", "script", "sql", "control"];

    private static readonly string HugeAscii = new('A', 100_000);
    private static readonly string HugeHangul = string.Concat(Enumerable.Repeat("가나다", 11_200)); // ≈ 100 KB of UTF-8

    public static FuzzValue Pick(string kind, Random random, int marker)
    {
        string[] choices = kind switch
        {
            "bad-id" => ["-1", "0", "2147483648", "99999999999999999999", "abc", "1.5", "1e9", "0x10", " 1 ", "１２"],
            "huge" => [HugeAscii, HugeHangul],
            "wrong-type" => ["true", "[]", "{}", "null", "NaN", "Infinity", "2026-13-45", "0000-00-00T25:61", "--", "1,500,000원", "-0", "1e309"],
            // NFD conjoining jamo (한글 as 6 code points), emoji with ZWJ and flags, zero-width and BOM, full-width digits,
            // right-to-left override, a lone combining mark, the Hangul filler, compatibility jamo.
            "korean" => ["\u1112\u1161\u11AB\u1100\u1173\u11AF", "👩‍💻🇰🇷😀", "가\u200B나\u200C다\u200D라\uFEFF", "０１０－１２３４－５６７８", "\u202E하나둘", "\u0301", "\u3164\u3164", "ㅎㅎㅎ", "바리스타 ㄱ", "①②③"],
            "traversal" => ["../../etc/passwd", "..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/etc/passwd", "....//....//etc/passwd", "file:///etc/passwd"],
            "script" => [$"<script>alert('fz{marker}')</script>", $"\"><script>alert('fz{marker}')</script>", $"' onmouseover='fz{marker}'",
                $"\" autofocus onfocus=\"fz{marker}", $"<img src=x onerror=fz{marker}>", $"<svg/onload=fz{marker}>", $"javascript:fz{marker}()"],
            "sql" => ["' OR '1'='1", "1; DROP TABLE \"JobPostings\";--", "1' UNION SELECT \"PasswordHash\" FROM \"AspNetUsers\"--", "%' AND 1=1 --", "\\'; SELECT pg_sleep(5);--"],
            "control" => ["\0", "a\0b", "\u0001\u001F\u007F", "\r\nSet-Cookie: fz=1", "\t\t"],
            _ => [],
        };
        if (kind == "invalid-utf8")
            return new(kind, new[] { "%FF%FE", "%C3%28", "%ED%A0%80", "%C0%AF", "%C7%D1%B1%DB", "%E2%82", "%F8%88%80%80%80" }[random.Next(7)], RawEncoded: true);
        return new(kind, choices[random.Next(choices.Length)]);
    }

    /// <summary>What a reflected, unencoded copy of a script-like input would look like in HTML.</summary>
    public static IEnumerable<string> DangerousFragments(int marker) =>
        [$"<script>alert('fz{marker}')", $"onmouseover='fz{marker}", $"onfocus=\"fz{marker}", $"onerror=fz{marker}", $"<svg/onload=fz{marker}"];

    public static string Encode(FuzzValue value) => value.RawEncoded ? value.Text : Uri.EscapeDataString(value.Text);
}
