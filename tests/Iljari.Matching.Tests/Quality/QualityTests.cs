using System.Globalization;

namespace Iljari.Matching.Tests.Quality;

/// <summary>
/// Ranking quality on the hand-labelled set (DevSet/README.md): the engine against the BM25 text baseline and random
/// order. The set was labelled by reading each profile, not by the scorer, and is not to be tuned against.
/// </summary>
public class QualityTests
{
    private const int K = 10;

    [Fact]
    public void Engine_clearly_beats_bm25_and_random_on_the_hand_labelled_set()
    {
        var set = DevSet.Load();
        Assert.True(set.Seekers.Count >= 30 && set.Postings.Count >= 300, "dev set too small");
        var pool = A.Engine.IndexPostings(set.Postings);
        using var bm25 = new Bm25Baseline(set.Postings);
        var postingIds = set.Postings.Select(p => p.Id).ToArray();

        var engine = Evaluate(set, s => pool.TopFor(s, K).Select(r => r.PostingId).ToList());
        var text = Evaluate(set, s => bm25.Top(s, K));
        // Random: the mean of 20 seeded shuffles, so the baseline is stable from run to run.
        var random = Enumerable.Range(1, 20).Select(seed => Evaluate(set, s => new Random(seed * 7919 + s.Id.GetHashCode(StringComparison.Ordinal))
            .GetItems(postingIds, K).ToList())).Aggregate((a, b) => (a.Ndcg + b.Ndcg, a.Recall + b.Recall));
        random = (random.Ndcg / 20, random.Recall / 20);

        var report = string.Create(CultureInfo.InvariantCulture, $"""
            | ranking | nDCG@10 | Recall@10 (rel ≥ 2) |
            |---|---|---|
            | engine | {engine.Ndcg:0.000} | {engine.Recall:0.000} |
            | BM25 (desired titles + skills as the query) | {text.Ndcg:0.000} | {text.Recall:0.000} |
            | random (mean of 20 shuffles) | {random.Ndcg:0.000} | {random.Recall:0.000} |
            """);
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        // ILJARI_QUALITY_REPORT=path writes the table to a file, for docs/matching.md.
        if (Environment.GetEnvironmentVariable("ILJARI_QUALITY_REPORT") is { Length: > 0 } path) File.WriteAllText(path, report);
        // "Clearly better": the engine closes at least half of the distance between BM25 and a perfect ranking.
        Assert.True(engine.Ndcg - text.Ndcg >= 0.5 * (1 - text.Ndcg), $"engine nDCG {engine.Ndcg:0.000} vs BM25 {text.Ndcg:0.000}");
        Assert.True(engine.Recall - text.Recall >= 0.5 * (1 - text.Recall), $"engine recall {engine.Recall:0.000} vs BM25 {text.Recall:0.000}");
        Assert.True(random.Ndcg < 0.1, $"random nDCG {random.Ndcg:0.000}: the judgments would be too easy");
    }

    private static (double Ndcg, double Recall) Evaluate(DevSet set, Func<MatchSeeker, IReadOnlyList<string>> rank)
    {
        var judged = set.Seekers.Where(s => set.Judgments.ContainsKey(s.Id)).ToList();
        var scores = judged.Select(s =>
        {
            var ranked = rank(s);
            var j = set.Judgments[s.Id];
            return (RankingMetrics.NdcgAt(K, ranked, j), RankingMetrics.RecallAt(K, ranked, j));
        }).ToList();
        return (scores.Average(x => x.Item1), scores.Average(x => x.Item2));
    }
}
