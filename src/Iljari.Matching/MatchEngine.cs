namespace Iljari.Matching;

/// <summary>
/// Entry point: explains single pairs and builds the pools that answer top-k for a seeker or a posting.
/// Thread-safe once built; pools are immutable snapshots, rebuilt when the data changes.
/// </summary>
public sealed class MatchEngine(MatchVocabulary vocabulary)
{
    private readonly PairScorer _scorer = new(vocabulary);
    private readonly TermTable _terms = new();
    private readonly TermTable _codes = new();

    /// <summary>The score and reasons of one pair, whatever its rank.</summary>
    public Recommendation Explain(MatchSeeker seeker, MatchPosting posting) =>
        Explain(Prepare(seeker), Prepare(posting));

    /// <summary>Open postings to recommend from. Callers pass only open ones: closed postings are never recommended.</summary>
    public PostingPool IndexPostings(IEnumerable<MatchPosting> openPostings) =>
        new(this, openPostings.Select(Prepare).ToArray());

    /// <summary>Seekers who allow discovery, to find candidates for a posting among.</summary>
    public SeekerPool IndexSeekers(IEnumerable<MatchSeeker> discoverableSeekers) =>
        new(this, discoverableSeekers.Select(Prepare).ToArray());

    internal PairScorer Scorer => _scorer;

    internal PreparedPosting Prepare(MatchPosting p) => PreparedPosting.From(p, vocabulary, _terms, _codes);

    /// <summary>Size of per-seeker caches indexed by occupation or region id.</summary>
    internal int CodeCapacity => _codes.Capacity;

    /// <summary>Size of per-seeker arrays indexed by text term id.</summary>
    internal int TermCapacity => _terms.Capacity;

    internal PreparedSeeker Prepare(MatchSeeker s) => PreparedSeeker.From(s, vocabulary, _terms);

    internal Recommendation Explain(PreparedSeeker s, PreparedPosting p)
    {
        var why = new Explanation();
        var (score, seekerFit, employerFit) = _scorer.Score(s, p, why);
        return new Recommendation(s.Source.Id, p.Source.Id, Math.Round(score, 2), Math.Round(seekerFit, 3), Math.Round(employerFit, 3),
            why.TopReasons(4), why.TopGaps(2));
    }
}

/// <summary>A candidate during ranking: index into the pool and its score.</summary>
internal readonly record struct Scored(int Index, double Score);
