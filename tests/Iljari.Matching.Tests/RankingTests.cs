using Iljari.Core.Data.DemoData;
using Iljari.Core.Matching;

namespace Iljari.Matching.Tests;

public class RankingTests
{
    private static readonly GeneratedMarket Market = GeneratedMarket.Create(new DemoDataSize(120, 3_000, 400), seed: 11);

    [Fact]
    public void No_company_has_more_than_two_postings_in_a_top_ten()
    {
        // One company with twelve excellent postings and a few others with weaker ones.
        var postings = Enumerable.Range(1, 12).Select(i => A.Posting($"BIG{i}", "big"))
            .Concat(Enumerable.Range(1, 12).Select(i => A.Posting($"O{i}", $"other{i}") with { MinSalary = 2_000_000, MaxSalary = null }))
            .ToList();
        var pool = A.Engine.IndexPostings(postings);

        var top = pool.TopFor(A.Seeker(), 10);

        Assert.Equal(10, top.Count);
        Assert.Equal(2, top.Count(r => r.PostingId.StartsWith("BIG", StringComparison.Ordinal)));
        // The big company's postings score best, so its two allowed places are the top two.
        Assert.All(top.Take(2), r => Assert.StartsWith("BIG", r.PostingId, StringComparison.Ordinal));
    }

    [Fact]
    public void Diversification_applies_to_every_top_ten_of_the_generated_market()
    {
        var pool = A.Engine.IndexPostings(Market.OpenPostings);
        var company = Market.OpenPostings.ToDictionary(p => p.Id, p => p.Company);

        foreach (var seeker in Market.Seekers.Take(100))
        {
            var top = pool.TopFor(seeker, 10);
            Assert.All(top.GroupBy(r => company[r.PostingId]), g => Assert.True(g.Count() <= 2, $"{seeker.Id}: {g.Key} ×{g.Count()}"));
        }
    }

    [Fact]
    public void Applied_and_dismissed_postings_are_skipped()
    {
        var pool = A.Engine.IndexPostings([A.Posting("P1", "a"), A.Posting("P2", "b"), A.Posting("P3", "c")]);
        var seeker = A.Seeker() with { AppliedPostingIds = ["P1"], Dismissed = [new Dismissal("P2", "b", A.Barista)] };

        Assert.Equal(["P3"], pool.TopFor(seeker, 10).Select(r => r.PostingId));
    }

    [Fact]
    public void Not_interested_lowers_postings_like_the_dismissed_one()
    {
        var pool = A.Engine.IndexPostings([A.Posting("P1", "cafe"), A.Posting("P2", "cafe"), A.Posting("P3", "bakery") with { MinSalary = 2_350_000 }]);
        var before = pool.TopFor(A.Seeker(), 3).Select(r => r.PostingId).ToList();

        var after = pool.TopFor(A.Seeker() with { Dismissed = [new Dismissal("P1", "cafe", A.Barista)] }, 3);

        Assert.Equal("P1", before[0]);
        Assert.Equal("P3", after[0].PostingId);
        Assert.Contains("관심 없음 표시한 공고와 비슷함", after.Single(r => r.PostingId == "P2").Gaps);
    }

    [Fact]
    public void Indexed_top_k_equals_brute_force_scoring_of_every_posting()
    {
        var pool = A.Engine.IndexPostings(Market.OpenPostings);

        foreach (var seeker in Market.Seekers.Take(150))
        {
            var fast = pool.TopFor(seeker, 20).Select(r => (r.PostingId, r.Score));
            var brute = pool.BruteForceTopFor(seeker, 20).Select(r => (r.PostingId, r.Score));
            Assert.Equal(brute, fast);
        }
    }

    [Fact]
    public void Candidates_for_a_posting_agree_with_the_seeker_side_scores()
    {
        var seekers = Market.Seekers.Take(400).ToList();
        var seekerPool = A.Engine.IndexSeekers(seekers);
        var posting = Market.OpenPostings[5];

        var candidates = seekerPool.TopFor(posting, 10);
        var expected = seekers.Select(s => A.Engine.Explain(s, posting)).Where(r => r.Score > 0)
            .OrderByDescending(r => r.Score).Take(10).Select(r => r.Score);

        Assert.NotEmpty(candidates);
        Assert.Equal(expected, candidates.Select(c => c.Score));
    }

    [Fact]
    public void Batch_recompute_gives_each_seeker_the_same_list_as_one_by_one()
    {
        var pool = A.Engine.IndexPostings(Market.OpenPostings);
        var seekers = Market.Seekers.Take(200).ToList();

        var batch = pool.TopForAll(seekers, 10, maxParallelism: 4);

        Assert.Equal(seekers.Count, batch.Count);
        var ranked = pool.RankAll(seekers, 10, maxParallelism: 2);
        foreach (var s in seekers.Take(50))
        {
            var single = pool.TopFor(s, 10);
            Assert.Equal(single.Select(r => r.PostingId), batch[s.Id].Select(r => r.PostingId));
            Assert.Equal(single.Select(r => (r.PostingId, r.Score)), ranked[s.Id].Select(r => (r.PostingId, r.Score)));
        }
    }

    [Fact]
    public void Every_generated_seeker_gets_recommendations_with_reasons()
    {
        var pool = A.Engine.IndexPostings(Market.OpenPostings);

        foreach (var s in Market.Seekers.Take(100))
        {
            var top = pool.TopFor(s, 5);
            Assert.NotEmpty(top);
            Assert.All(top, r => Assert.NotEmpty(r.Reasons));
        }
    }
}
