using System.Globalization;
using System.Text;

namespace Iljari.Matching;

/// <summary>
/// Dictionary-free Korean tokens, the same idea as the search analyzer: words, one trailing particle (조사) removed,
/// then character bigrams so that 요양 finds 요양보호사 and 바리스타 finds 카페바리스타.
/// </summary>
public static class KoreanText
{
    /// <summary>Trailing particles, longer first so 에서 is not taken for 서. Shared with the search analyzer.</summary>
    public static readonly IReadOnlyList<string> Particles =
        ["에서", "에게", "으로", "까지", "부터", "이나", "하고", "처럼", "보다", "은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "도", "로", "만"];

    // Words on nearly every job posting; they say nothing about the job itself.
    private static readonly HashSet<string> StopWords =
    [
        "모집", "채용", "구인", "구함", "급구", "직원", "사원", "정규직", "계약직", "신입", "경력", "담당", "담당자", "업무",
        "근무", "가능", "우대", "및", "모집합니다", "채용합니다", "정규", "단기", "장기", "주간", "야간", "파트", "알바",
        "아르바이트", "시간제", "전일제", "분야", "관련", "희망", "직무", "일반", "보조",
    ];

    /// <summary>Removes one trailing particle from a Hangul word when at least two syllables remain.</summary>
    public static string StripParticle(string word)
    {
        if (word.Length < 3 || !IsHangul(word[^1])) return word;
        foreach (var p in Particles)
            if (word.Length - p.Length >= 2 && word.EndsWith(p, StringComparison.Ordinal))
                return word[..^p.Length];
        return word;
    }

    /// <summary>Content words of a text: split on anything not a letter or digit, particles removed, lower case, stop words dropped.</summary>
    public static IEnumerable<string> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) yield break;
        var sb = new StringBuilder();
        foreach (var ch in text.Normalize(NormalizationForm.FormC) + " ")
        {
            if (char.IsLetterOrDigit(ch)) { sb.Append(char.ToLower(ch, CultureInfo.InvariantCulture)); continue; }
            if (sb.Length == 0) continue;
            var word = StripParticle(sb.ToString());
            sb.Clear();
            if (!StopWords.Contains(word)) yield return word;
        }
    }

    /// <summary>Bigrams of the Hangul words (a one-syllable word stays whole) and other words whole.</summary>
    public static IEnumerable<string> Terms(string? text)
    {
        foreach (var word in Words(text))
        {
            if (word.Length < 2 || !IsHangul(word[0])) { yield return word; continue; }
            for (var i = 0; i + 1 < word.Length; i++) yield return word.Substring(i, 2);
        }
    }

    /// <summary>Certificate names compared without spaces, dots or case: "바리스타 2급" = "바리스타2급".</summary>
    public static string CertificateKey(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var ch in name.Normalize(NormalizationForm.FormC))
            if (char.IsLetterOrDigit(ch)) sb.Append(char.ToLower(ch, CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    private static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3';
}
