namespace Iljari.Matching;

/// <summary>
/// Seekers who allow discovery, indexed for "top k candidates for this posting" (추천 인재). Same scoring as the
/// seeker side, so both lists agree on every pair; seekers who applied or said 관심 없음 to the posting are left out.
/// </summary>
public sealed class SeekerPool
{
    private const int Slack = 2;

    private readonly MatchEngine _engine;
    private readonly PreparedSeeker[] _seekers;
    private readonly CandidateIndex _index = new();
    private readonly ThreadLocal<TopCollector> _collectors;

    internal SeekerPool(MatchEngine engine, PreparedSeeker[] seekers)
    {
        _engine = engine;
        _seekers = seekers;
        for (var i = 0; i < seekers.Length; i++)
        {
            var s = seekers[i];
            if (!s.HasJobWish) { _index.AddAlways(i); continue; }
            foreach (var code in s.Occupations.Concat(s.Careers.Select(c => c.Code))) _index.AddCode(code, i);
            foreach (var terms in s.Titles.Select(t => t.Terms).Concat(s.Careers.Select(c => c.Terms))) _index.AddTerms(terms, i);
        }
        _collectors = new ThreadLocal<TopCollector>(() => new TopCollector(seekers.Length, 0));
    }

    public int Count => _seekers.Length;

    public IReadOnlyList<Recommendation> TopFor(MatchPosting posting, int k)
    {
        if (k <= 0) return [];
        var p = _engine.Prepare(posting);
        var top = _collectors.Value!;
        top.Reset(Math.Max(k * Slack, k + 10));
        var code = p.Occupation;
        for (var length = Math.Min(3, code.Length); length >= 1; length--)
            foreach (var i in _index.WithPrefix(code, length)) Consider(p, i, top);
        foreach (var term in p.JobTerms)
            foreach (var i in _index.WithTerm(term)) Consider(p, i, top);
        foreach (var i in _index.Always) Consider(p, i, top);
        return top.Ranked().Take(k).Select(c => _engine.Explain(_seekers[c.Index], p)).ToList();
    }

    private void Consider(PreparedPosting p, int i, TopCollector top)
    {
        if (!top.FirstVisit(i)) return;
        var s = _seekers[i];
        if (s.Applied.Contains(p.Source.Id) || s.DismissedIds.Contains(p.Source.Id)) return;
        var threshold = top.Threshold;
        top.Offer(i, _engine.Scorer.Score(s, p, threshold, null).Score);
    }
}
