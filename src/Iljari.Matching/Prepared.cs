using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Iljari.Matching;

/// <summary>Interns text terms as small integers so that term sets are sorted int arrays, cheap to intersect.</summary>
internal sealed class TermTable
{
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private int _next;

    // The factory may run twice for one term under contention; only one id wins, so ids stay unique (gaps are harmless).
    public int[] SetOf(IEnumerable<string> terms) => terms.Select(IdOf).Distinct().Order().ToArray();

    public int IdOf(string term) => _ids.GetOrAdd(term, _ => Interlocked.Increment(ref _next));

    /// <summary>One more than the largest id given so far: the size of an array indexed by id.</summary>
    public int Capacity => Volatile.Read(ref _next) + 1;

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
    /// <summary>Small ids of the occupation code and region, so ranking can cache per-seeker fits by them.</summary>
    public required int OccupationId { get; init; }
    public required int RegionId { get; init; }
    /// <summary>Title and skills: what the job is.</summary>
    public required int[] JobTerms { get; init; }
    public required (string Name, int[] Terms)[] Skills { get; init; }
    public required (string Name, CertificateKey Key)[] Certificates { get; init; }
    public PostingFeatures Features { get; private set; }

    public static PreparedPosting From(MatchPosting p, MatchVocabulary vocabulary, TermTable terms, TermTable codes)
    {
        var prepared = Build(p, vocabulary, terms, codes);
        prepared.Features = PostingFeatures.Of(prepared);
        return prepared;
    }

    private static PreparedPosting Build(MatchPosting p, MatchVocabulary vocabulary, TermTable terms, TermTable codes) => new()
    {
        Source = p,
        Occupation = p.OccupationCode.Trim(),
        Region = vocabulary.PathOf(p.RegionCode),
        OccupationId = codes.IdOf("o:" + p.OccupationCode.Trim()),
        RegionId = codes.IdOf("r:" + MatchVocabulary.NormalizeRegion(p.RegionCode)),
        JobTerms = terms.SetOf(KoreanText.Terms(p.Title).Concat(p.Skills.SelectMany(KoreanText.Terms))),
        Skills = p.Skills.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => (s.Trim(), terms.SetOf(KoreanText.Terms(s)))).ToArray(),
        Certificates = p.Certificates.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => (c.Trim(), CertificateKey.Parse(c))).ToArray(),
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
    public required CertificateKey[] CertificateKeys { get; init; }
    public required FrozenSet<string> Applied { get; init; }
    public required FrozenSet<string> DismissedIds { get; init; }

    /// <summary>Desired and career codes, each once: where ranking looks first.</summary>
    public required string[] CandidateCodes { get; init; }
    /// <summary>Words of desired and career titles, each once.</summary>
    public required int[] CandidateTerms { get; init; }
    /// <summary>Signature bits of each desired title's terms, then each career title's (see <see cref="TermSignature"/>).</summary>
    public required int[][] TitleBits { get; init; }
    public required int[][] CareerBits { get; init; }

    /// <summary>Whether any posting is applied to or dismissed (else eligibility needs no lookup).</summary>
    public bool HasExclusions { get; private init; }

    /// <summary>Whether the seeker said anything about the kind of job; without it every posting is a candidate.</summary>
    public bool HasJobWish { get; private init; }
    /// <summary>Whether the seeker described the job in words (desired titles or career titles).</summary>
    public bool HasWords { get; private init; }
    /// <summary>Wanted 고용형태 as a bit mask of <see cref="Factors.TypeIndex"/>.</summary>
    public int TypeMask { get; private init; }
    /// <summary>The most career years that could count for any job (all history at full weight): a bound.</summary>
    public double MostCareerYears { get; private init; }

    public static PreparedSeeker From(MatchSeeker s, MatchVocabulary vocabulary, TermTable terms)
    {
        var occupations = s.DesiredOccupations.Select(o => o.Trim()).Where(o => o.Length > 0).Distinct().ToArray();
        var titles = s.DesiredTitles.Where(t => !string.IsNullOrWhiteSpace(t))
            .Select(t => (t.Trim(), terms.SetOf(KoreanText.Terms(t)))).Where(t => t.Item2.Length > 0).ToArray();
        var careers = s.CareerHistory.Select(c => (c.OccupationCode.Trim(), c.Title.Trim(), terms.SetOf(KoreanText.Terms(c.Title)), Math.Max(0, c.Years))).ToArray();
        return new PreparedSeeker
        {
            Source = s,
            Occupations = occupations,
            Titles = titles,
            Careers = careers,
            Regions = s.Regions.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => (MatchVocabulary.NormalizeRegion(r), vocabulary.PathOf(r))).ToArray(),
            AbilityTerms = terms.SetOf(s.Skills.Concat(s.Certificates).Concat(s.CareerHistory.Select(c => c.Title)).Append(s.Introduction ?? "")
                .SelectMany(KoreanText.Terms)),
            CertificateKeys = s.Certificates.Select(CertificateKey.Parse).Where(k => k.Key.Length > 0).ToArray(),
            CandidateCodes = occupations.Concat(careers.Select(c => c.Item1)).Where(c => c.Length > 0).Distinct().ToArray(),
            CandidateTerms = titles.SelectMany(t => t.Item2).Concat(careers.SelectMany(c => c.Item3)).Distinct().ToArray(),
            HasExclusions = s.AppliedPostingIds.Count > 0 || s.Dismissed.Count > 0,
            TitleBits = titles.Select(t => t.Item2.Select(TermSignature.Bit).ToArray()).ToArray(),
            CareerBits = careers.Select(c => c.Item3.Select(TermSignature.Bit).ToArray()).ToArray(),
            Applied = s.AppliedPostingIds.ToFrozenSet(),
            DismissedIds = s.Dismissed.Select(d => d.PostingId).ToFrozenSet(),
            MostCareerYears = careers.Length == 0 ? s.CareerYears : careers.Sum(c => c.Item4),
            HasJobWish = occupations.Length > 0 || titles.Length > 0 || careers.Length > 0,
            HasWords = titles.Length > 0 || careers.Any(c => c.Item3.Length > 0),
            TypeMask = Factors.TypeMask(s.EmploymentTypes),
        };
    }
}

/// <summary>
/// A certificate name compared without spaces, dots or case ("바리스타 2급" = "바리스타2급"), split into its base name
/// and grade so that a higher grade can cover a lower one. Parsed once, not per comparison.
/// </summary>
internal readonly record struct CertificateKey(string Key, string Base, int? Grade)
{
    public static CertificateKey Parse(string name)
    {
        var key = KoreanText.CertificateKey(name);
        var at = key.LastIndexOf('급');
        return at <= 0 || !char.IsAsciiDigit(key[at - 1])
            ? new CertificateKey(key, key, null)
            : new CertificateKey(key, key.Remove(at - 1, 2), key[at - 1] - '0');
    }
}
