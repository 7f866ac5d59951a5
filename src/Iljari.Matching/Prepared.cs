using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Iljari.Matching;

/// <summary>Interns text terms as small integers so that term sets are sorted int arrays, cheap to intersect.</summary>
internal sealed class TermTable
{
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private int _next;

    // The factory may run twice for one term under contention; only one id wins, so ids stay unique (gaps are harmless).
    public int[] SetOf(IEnumerable<string> terms) =>
        terms.Select(t => _ids.GetOrAdd(t, _ => Interlocked.Increment(ref _next))).Distinct().Order().ToArray();

    public static int Overlap(int[] a, int[] b)
    {
        int i = 0, j = 0, n = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { n++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return n;
    }

    /// <summary>Share of <paramref name="wanted"/> found in <paramref name="have"/> (0 when nothing is wanted).</summary>
    public static double Coverage(int[] wanted, int[] have) =>
        wanted.Length == 0 ? 0 : (double)Overlap(wanted, have) / wanted.Length;
}

/// <summary>A posting with its text turned into term sets and its place into a region path, computed once.</summary>
internal sealed class PreparedPosting
{
    public required MatchPosting Source { get; init; }
    public required string Occupation { get; init; }
    public required RegionPath Region { get; init; }
    /// <summary>Title and skills: what the job is.</summary>
    public required int[] JobTerms { get; init; }
    public required (string Name, int[] Terms)[] Skills { get; init; }
    public required (string Name, string Key)[] Certificates { get; init; }

    public static PreparedPosting From(MatchPosting p, MatchVocabulary vocabulary, TermTable terms) => new()
    {
        Source = p,
        Occupation = p.OccupationCode.Trim(),
        Region = vocabulary.PathOf(p.RegionCode),
        JobTerms = terms.SetOf(KoreanText.Terms(p.Title).Concat(p.Skills.SelectMany(KoreanText.Terms))),
        Skills = p.Skills.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => (s.Trim(), terms.SetOf(KoreanText.Terms(s)))).ToArray(),
        Certificates = p.Certificates.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => (c.Trim(), KoreanText.CertificateKey(c))).ToArray(),
    };
}

/// <summary>A seeker's wishes and background in the form the scorer reads.</summary>
internal sealed class PreparedSeeker
{
    public required MatchSeeker Source { get; init; }
    public required string[] Occupations { get; init; }
    public required (string Title, int[] Terms)[] Titles { get; init; }
    public required (string Code, string Title, int[] Terms, double Years)[] Careers { get; init; }
    public required (string Code, RegionPath Path)[] Regions { get; init; }
    /// <summary>Skills, certificates, career titles and introduction: everything that can show a skill.</summary>
    public required int[] AbilityTerms { get; init; }
    public required string[] CertificateKeys { get; init; }
    public required FrozenSet<string> Applied { get; init; }
    public required FrozenSet<string> DismissedIds { get; init; }

    /// <summary>Whether the seeker said anything about the kind of job; without it every posting is a candidate.</summary>
    public bool HasJobWish => Occupations.Length > 0 || Titles.Length > 0 || Careers.Length > 0;

    public static PreparedSeeker From(MatchSeeker s, MatchVocabulary vocabulary, TermTable terms) => new()
    {
        Source = s,
        Occupations = s.DesiredOccupations.Select(o => o.Trim()).Where(o => o.Length > 0).Distinct().ToArray(),
        Titles = s.DesiredTitles.Where(t => !string.IsNullOrWhiteSpace(t))
            .Select(t => (t.Trim(), terms.SetOf(KoreanText.Terms(t)))).Where(t => t.Item2.Length > 0).ToArray(),
        Careers = s.CareerHistory.Select(c => (c.OccupationCode.Trim(), c.Title.Trim(), terms.SetOf(KoreanText.Terms(c.Title)), Math.Max(0, c.Years))).ToArray(),
        Regions = s.Regions.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => (MatchVocabulary.NormalizeRegion(r), vocabulary.PathOf(r))).ToArray(),
        AbilityTerms = terms.SetOf(s.Skills.Concat(s.Certificates).Concat(s.CareerHistory.Select(c => c.Title)).Append(s.Introduction ?? "")
            .SelectMany(KoreanText.Terms)),
        CertificateKeys = s.Certificates.Select(KoreanText.CertificateKey).Where(k => k.Length > 0).ToArray(),
        Applied = s.AppliedPostingIds.ToFrozenSet(),
        DismissedIds = s.Dismissed.Select(d => d.PostingId).ToFrozenSet(),
    };
}
