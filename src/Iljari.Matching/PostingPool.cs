namespace Iljari.Matching;

/// <summary>
/// Open postings indexed for "top k postings for this seeker". Candidates come from the seeker's occupations
/// (소분류, then 중분류, then 대분류) and title words; a cheap upper bound from occupation and place skips postings that
/// cannot enter the current top; reasons are computed only for the final list.
/// </summary>
public sealed class PostingPool
{
    // Candidates kept before diversification, so that capping one company still leaves k to choose from.
    private const int Slack = 2;

    private readonly MatchEngine _engine;
    private readonly PreparedPosting[] _postings;
    private readonly PostingFeatures[] _features;
    private readonly int _shortestCode;
    private readonly CandidateIndex _index = new();
    private readonly ThreadLocal<TopCollector> _collectors;

    internal PostingPool(MatchEngine engine, PreparedPosting[] postings)
    {
        _engine = engine;
        // Postings of one occupation and region sit next to each other, so walking a bucket reads memory in order;
        // within a bucket the best paid come first, which tends to raise the k-th score early and prune more.
        _postings = postings.OrderBy(p => p.Occupation, StringComparer.Ordinal).ThenBy(p => p.RegionId).ThenBy(p => p.Features.TypeIndex)
            .ThenByDescending(p => WorkCodes.Monthly(p.Features.PayType, p.Features.MaxSalary, p.Features.Hours)).ThenBy(p => p.Source.Id, StringComparer.Ordinal).ToArray();
        _features = _postings.Select(p => p.Features).ToArray();
        _shortestCode = _postings.Select(p => p.Occupation.Length).Where(n => n > 0).DefaultIfEmpty(3).Min();
        for (var i = 0; i < _postings.Length; i++)
        {
            // Buckets by region and employment type: both fits are the same for a whole bucket.
            _index.AddCode(_postings[i].Occupation, i, _postings[i].RegionId * 8 + _features[i].TypeIndex + 1);
            _index.AddTerms(_postings[i].JobTerms, i);
        }
        _index.Freeze();
        _collectors = new ThreadLocal<TopCollector>(() => new TopCollector(postings.Length, engine.CodeCapacity, engine.TermCapacity));
    }

    public int Count => _postings.Length;

    /// <summary>Work done by rankings so far (all threads), to report how much of the pool a ranking looks at.</summary>
    public RankingWork Work => new(Interlocked.Read(ref _rankings), Interlocked.Read(ref _visits), Interlocked.Read(ref _bounds), Interlocked.Read(ref _fullScores));

    private long _rankings, _visits, _bounds, _fullScores;

    private void Record(TopCollector top)
    {
        Interlocked.Increment(ref _rankings);
        Interlocked.Add(ref _visits, top.Visits);
        Interlocked.Add(ref _bounds, top.Bounds);
        Interlocked.Add(ref _fullScores, top.FullScores);
        top.Visits = top.Bounds = top.FullScores = 0;
    }

    /// <summary>Best k postings for the seeker, diversified, with reasons; skips applied and dismissed postings.</summary>
    public IReadOnlyList<Recommendation> TopFor(MatchSeeker seeker, int k) => TopFor(_engine.Prepare(seeker), k);

    /// <summary>Top k with reasons for many seekers in parallel (the file interface).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Recommendation>> TopForAll(IEnumerable<MatchSeeker> seekers, int k, int maxParallelism = -1)
    {
        var prepared = seekers.ToArray();
        var results = InParallel(prepared, k, maxParallelism, (s, top) => (IReadOnlyList<Recommendation>)Finish(s, top, k));
        return Keyed(prepared, results);
    }

    /// <summary>
    /// The nightly and after-change recompute: every seeker's top k as (posting id, score) only, the form the app
    /// keeps. Reasons are made when a list is shown; keeping two million explained items would cost memory and GC
    /// time for nothing the app reads.
    /// </summary>
    public IReadOnlyDictionary<string, RankedPosting[]> RankAll(IEnumerable<MatchSeeker> seekers, int k, int maxParallelism = -1)
    {
        var prepared = seekers.ToArray();
        var results = InParallel(prepared, k, maxParallelism, (_, top) =>
            Pick(top, k).Select(c => new RankedPosting(_postings[c.Index].Source.Id, Math.Round(c.Score, 2))).ToArray());
        return Keyed(prepared, results);
    }

    // Seekers are prepared (tokenised) inside the workers too, so the whole recompute runs in parallel.
    private T[] InParallel<T>(MatchSeeker[] seekers, int k, int maxParallelism, Func<PreparedSeeker, TopCollector, T> finish)
    {
        var results = new T[seekers.Length];
        var workers = maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount;
        var next = -1;
        // Dedicated threads over a shared counter, each with its own collector: no thread-pool spinning and no
        // thread-local lookup per seeker, which matter when one seeker takes well under a millisecond.
        var threads = Enumerable.Range(0, workers).Select(_ => new Thread(() =>
        {
            var top = new TopCollector(_postings.Length, _engine.CodeCapacity, _engine.TermCapacity);
            for (var i = Interlocked.Increment(ref next); i < seekers.Length; i = Interlocked.Increment(ref next))
            {
                var s = _engine.Prepare(seekers[i]);
                Collect(s, k, top);
                results[i] = finish(s, top);
            }
        }) { IsBackground = true }).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        return results;
    }

    private static Dictionary<string, T> Keyed<T>(MatchSeeker[] seekers, T[] results)
    {
        var map = new Dictionary<string, T>(seekers.Length, StringComparer.Ordinal);
        for (var i = 0; i < seekers.Length; i++) map[seekers[i].Id] = results[i];
        return map;
    }

    /// <summary>The same answer by scoring every posting: the baseline the benchmark and tests compare against.</summary>
    public IReadOnlyList<Recommendation> BruteForceTopFor(MatchSeeker seeker, int k)
    {
        var s = _engine.Prepare(seeker);
        var top = _collectors.Value!;
        top.Reset(Math.Max(1, k) + Slack * 5);
        top.Cache.Prepare(s);
        for (var i = 0; i < _postings.Length; i++)
            if (Eligible(s, i)) top.Offer(i, _engine.Scorer.Score(s, _postings[i], 0, top.Cache).Score);
        return Finish(s, top, k);
    }

    internal IReadOnlyList<Recommendation> TopFor(PreparedSeeker s, int k)
    {
        var top = _collectors.Value!;
        Collect(s, k, top);
        return Finish(s, top, k);
    }

    /// <summary>Fills the collector with the seeker's best candidates (before diversification).</summary>
    private void Collect(PreparedSeeker s, int k, TopCollector top)
    {
        top.Reset(Math.Max(1, k) + Slack * 5);
        top.Cache.Prepare(s);
        if (k <= 0) return;
        if (!s.HasJobWish)
        {
            for (var i = 0; i < _postings.Length; i++) Consider(s, i, top);
            return;
        }
        var codes = s.CandidateCodes;
        // Best-first with a bound (the MaxScore idea of text retrieval): same 소분류 first, then words the seeker used,
        // rarest first, then wider code groups. Before each step, the best occupation fit any posting not yet seen
        // could still have is computed; once that bound cannot beat the k-th score, the rest is skipped. Exact:
        // tests compare with scoring every posting.
        foreach (var code in codes) VisitByPlace(s, code, top);
        var seen = top.SeenTerms;
        seen.Clear();
        var terms = top.Terms(s.CandidateTerms);
        Array.Sort(terms, 0, s.CandidateTerms.Length, Comparer<int>.Create((a, b) => _index.WithTerm(a).Count.CompareTo(_index.WithTerm(b).Count)));
        foreach (var term in terms.AsSpan(0, s.CandidateTerms.Length))
        {
            if (CannotBeat(s, seen, GroupSimilarity(2, codes), top.Threshold)) break;
            foreach (var i in _index.WithTerm(term)) Consider(s, i, top);
            seen.Add(term);
        }
        for (var length = 2; length >= 1; length--)
        {
            var wider = codes.Where(c => c.Length > length).ToArray();
            if (wider.Length == 0 || CannotBeat(s, seen, GroupSimilarity(length, codes), top.Threshold)) continue;
            foreach (var code in wider)
                foreach (var i in _index.WithPrefix(code, length)) Consider(s, i, top);
        }
    }

    private void Consider(PreparedSeeker s, int i, TopCollector top)
    {
        top.Visits++;
        if (!top.FirstVisit(i) || !Eligible(s, i)) return;
        var threshold = top.Threshold;
        if (threshold > 0)
        {
            top.Bounds++;
            if (_engine.Scorer.CheapBound(s, _features[i], _postings[i], top.Cache) < threshold) return;
        }
        top.FullScores++;
        top.Offer(i, _engine.Scorer.Score(s, _postings[i], threshold, top.Cache).Score);
    }

    /// <summary>
    /// The postings of one 소분류 by region and employment type, best bucket first: a region whose place fit cannot lift the pair above the k-th
    /// score ends the walk (all later regions fit worse).
    /// </summary>
    private void VisitByPlace(PreparedSeeker s, string code, TopCollector top)
    {
        var buckets = _index.BucketsWithPrefix(code, Math.Min(3, code.Length));
        if (buckets.Length == 0) return;
        // Coordinates make place a per-posting distance: then every region counts as a perfect place here.
        var byPlace = top.Regions(buckets.Length);
        // Each bucket's best possible score from occupation, place and type; walked best first.
        var occupation = Array.IndexOf(s.Occupations, code) >= 0 ? 1 : s.Titles.Length > 0 ? 0.9 : 0.8;
        for (var b = 0; b < buckets.Length; b++)
        {
            var first = buckets[b].Items[0];
            var place = s.Source.Location is null ? _engine.Scorer.PlaceFit(s, _postings[first], top.Cache) : 1.0;
            byPlace[b] = (PairScorer.BoundFor(s, occupation, place, _features[first].TypeIndex), b);
        }
        Array.Sort(byPlace, 0, buckets.Length, TopCollector.HighestPlaceFirst);
        for (var b = 0; b < buckets.Length; b++)
        {
            var (bound, bucket) = byPlace[b];
            if (top.Threshold > 0 && bound < top.Threshold) break;
            foreach (var i in buckets[bucket].Items) Consider(s, i, top);
        }
    }

    /// <summary>
    /// Whether no posting outside the lists visited so far can reach <paramref name="threshold"/>: such a posting shares at
    /// most a code group (similarity ≤ <paramref name="codeBound"/>) and only words not yet looked up.
    /// </summary>
    private static bool CannotBeat(PreparedSeeker s, HashSet<int> seen, double codeBound, double threshold)
    {
        if (threshold <= 0) return false;
        double title = 0, career = 0;
        foreach (var t in s.Titles) title = Math.Max(title, Unseen(t.Terms, seen));
        foreach (var c in s.Careers) career = Math.Max(career, Unseen(c.Terms, seen));
        var agreement = s.HasWords ? 0.8 + 0.2 * Math.Max(title, 0.8 * career) : 1;
        var occupation = Math.Max(codeBound * agreement, Math.Max(0.9 * title, 0.7 * career));
        return PairScorer.BoundFor(s, occupation, 1) < threshold;

        static double Unseen(int[] terms, HashSet<int> seen)
        {
            if (terms.Length == 0) return 0;
            var unseen = 0;
            foreach (var t in terms) if (!seen.Contains(t)) unseen++;
            return (double)unseen / terms.Length;
        }
    }

    // The highest code similarity of two codes that share exactly this many leading digits (see CodeSimilarity).
    // One code containing the other (a 2-digit group) only happens if either side has a code that short.
    private double GroupSimilarity(int sharedDigits, string[] seekerCodes)
    {
        var containment = _shortestCode <= sharedDigits || seekerCodes.Any(c => c.Length <= sharedDigits);
        return sharedDigits >= 2 ? (containment ? 0.75 : 0.55) : (containment ? 0.35 : 0.15);
    }

    private bool Eligible(PreparedSeeker s, int i)
    {
        if (!s.HasExclusions) return true;
        var id = _postings[i].Source.Id;
        return !s.Applied.Contains(id) && !s.DismissedIds.Contains(id);
    }

    /// <summary>The collected candidates, diversified, best first.</summary>
    private List<Scored> Pick(TopCollector top, int k)
    {
        Record(top);
        return k <= 0 ? [] : Diversifier.Pick(top.Ranked(), c => CompanyKey(_postings[c.Index]), k);
    }

    private List<Recommendation> Finish(PreparedSeeker s, TopCollector top, int k) =>
        Pick(top, k).Select(c => _engine.Explain(s, _postings[c.Index])).ToList();

    // A posting without a company is its own company, so it is never held back.
    private static string CompanyKey(PreparedPosting p) => p.Source.Company.Length > 0 ? p.Source.Company : "#" + p.Source.Id;
}

/// <summary>Totals of ranking work: per ranking, how many candidates were visited, bounded and fully scored.</summary>
public readonly record struct RankingWork(long Rankings, long Visits, long Bounds, long FullScores)
{
    public RankingWork Since(RankingWork earlier) =>
        new(Rankings - earlier.Rankings, Visits - earlier.Visits, Bounds - earlier.Bounds, FullScores - earlier.FullScores);

    public string PerRanking(int poolSize) => Rankings == 0 ? "" :
        $"per ranking of {poolSize:N0} postings: {Visits / (double)Rankings:N0} visited, {Bounds / (double)Rankings:N0} bounded, {FullScores / (double)Rankings:N0} fully scored";
}

/// <summary>One item of a recompute: the posting and its score, without reasons.</summary>
public readonly record struct RankedPosting(string PostingId, double Score);
