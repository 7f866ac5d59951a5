namespace Iljari.Matching;

/// <summary>
/// Open postings indexed for "top k postings for this seeker". Candidates come from the seeker's occupations
/// (소분류, then 중분류, then 대분류) and title words; a cheap upper bound from occupation and place skips postings that
/// cannot enter the current top; reasons are computed only for the final list.
/// </summary>
public sealed class PostingPool
{
    // Candidates kept before diversification, so that capping one company still leaves k to choose from.
    private const int Slack = 3;

    private readonly MatchEngine _engine;
    private readonly PreparedPosting[] _postings;
    private readonly CandidateIndex _index = new();
    private readonly ThreadLocal<TopCollector> _collectors;

    internal PostingPool(MatchEngine engine, PreparedPosting[] postings)
    {
        _engine = engine;
        _postings = postings;
        for (var i = 0; i < postings.Length; i++)
        {
            _index.AddCode(postings[i].Occupation, i);
            _index.AddTerms(postings[i].JobTerms, i);
        }
        _collectors = new ThreadLocal<TopCollector>(() => new TopCollector(postings.Length));
    }

    public int Count => _postings.Length;

    /// <summary>Best k postings for the seeker, diversified, with reasons; skips applied and dismissed postings.</summary>
    public IReadOnlyList<Recommendation> TopFor(MatchSeeker seeker, int k) => TopFor(_engine.Prepare(seeker), k);

    /// <summary>Top k for many seekers in parallel (the nightly and after-change recompute).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Recommendation>> TopForAll(IEnumerable<MatchSeeker> seekers, int k, int maxParallelism = -1)
    {
        var prepared = seekers.Select(_engine.Prepare).ToArray();
        var results = new IReadOnlyList<Recommendation>[prepared.Length];
        Parallel.For(0, prepared.Length, new ParallelOptions { MaxDegreeOfParallelism = maxParallelism },
            i => results[i] = TopFor(prepared[i], k));
        var map = new Dictionary<string, IReadOnlyList<Recommendation>>(prepared.Length, StringComparer.Ordinal);
        for (var i = 0; i < prepared.Length; i++) map[prepared[i].Source.Id] = results[i];
        return map;
    }

    /// <summary>The same answer by scoring every posting: the baseline the benchmark and tests compare against.</summary>
    public IReadOnlyList<Recommendation> BruteForceTopFor(MatchSeeker seeker, int k)
    {
        var s = _engine.Prepare(seeker);
        var top = _collectors.Value!;
        top.Reset(Math.Max(k * Slack, k + 20));
        for (var i = 0; i < _postings.Length; i++)
            if (Eligible(s, i)) top.Offer(i, _engine.Scorer.Score(s, _postings[i]).Score);
        return Finish(s, top, k);
    }

    internal IReadOnlyList<Recommendation> TopFor(PreparedSeeker s, int k)
    {
        if (k <= 0) return [];
        var top = _collectors.Value!;
        top.Reset(Math.Max(k * Slack, k + 20));
        if (!s.HasJobWish)
        {
            for (var i = 0; i < _postings.Length; i++) Consider(s, i, top);
            return Finish(s, top, k);
        }
        var codes = s.Occupations.Concat(s.Careers.Select(c => c.Code)).Where(c => c.Length > 0).Distinct().ToArray();
        // Most specific first, so the threshold rises early and the wider groups are mostly skipped by the bound.
        foreach (var code in codes)
            foreach (var i in _index.WithPrefix(code, Math.Min(3, code.Length))) Consider(s, i, top);
        foreach (var terms in s.Titles.Select(t => t.Terms).Concat(s.Careers.Select(c => c.Terms)))
            foreach (var term in terms)
                foreach (var i in _index.WithTerm(term)) Consider(s, i, top);
        for (var length = 2; length >= 1; length--)
            foreach (var code in codes.Where(c => c.Length > length))
                foreach (var i in _index.WithPrefix(code, length)) Consider(s, i, top);
        return Finish(s, top, k);
    }

    private void Consider(PreparedSeeker s, int i, TopCollector top)
    {
        if (!top.FirstVisit(i) || !Eligible(s, i)) return;
        var p = _postings[i];
        var threshold = top.Threshold;
        if (threshold > 0 && _engine.Scorer.UpperBound(s, p) < threshold) return;
        top.Offer(i, _engine.Scorer.Score(s, p).Score);
    }

    private bool Eligible(PreparedSeeker s, int i)
    {
        var id = _postings[i].Source.Id;
        return !s.Applied.Contains(id) && !s.DismissedIds.Contains(id);
    }

    private List<Recommendation> Finish(PreparedSeeker s, TopCollector top, int k)
    {
        var ranked = top.Ranked();
        var picked = Diversifier.Pick(ranked, c => CompanyKey(_postings[c.Index]), k);
        return picked.Select(c => _engine.Explain(s, _postings[c.Index])).ToList();
    }

    // A posting without a company is its own company, so it is never held back.
    private static string CompanyKey(PreparedPosting p) => p.Source.Company.Length > 0 ? p.Source.Company : "#" + p.Source.Id;
}
