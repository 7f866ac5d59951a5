using System.Diagnostics;
using Iljari.Core.Data.DemoData;
using Iljari.Core.Matching;
using Iljari.Matching;

namespace Iljari.Bench;

/// <summary>
/// Matching at city scale (issue 4): indexed top-20 against brute-force scoring of every posting, for one seeker
/// on one core and for the full recompute of all seekers on two cores, with peak memory. One run, one table.
/// </summary>
internal static class MatchBenchmark
{
    private const int K = 20;

    public static int Run(BenchArgs args)
    {
        var seekerCount = args.Int("--seekers", 100_000);
        // About 80 % of generated postings are open, so 62,500 give the 50,000 open postings of the target.
        var postingCount = args.Int("--postings", 62_500);
        var sample = args.Int("--sample", 2_000);
        var bruteSample = args.Int("--brute-sample", 200);

        var sw = Stopwatch.StartNew();
        var market = GeneratedMarket.Create(new DemoDataSize(Math.Max(50, postingCount / 25), postingCount, seekerCount));
        Console.WriteLine($"generated {market.OpenPostings.Count:N0} open postings, {market.Seekers.Count:N0} seekers in {sw.Elapsed.TotalSeconds:F1} s");

        var engine = new MatchEngine(MatchMapping.Vocabulary);
        sw.Restart();
        var pool = engine.IndexPostings(market.OpenPostings);
        var indexSeconds = sw.Elapsed.TotalSeconds;
        Console.WriteLine($"posting pool: {indexSeconds:F2} s");

        var rnd = new Random(42);
        var seekers = rnd.GetItems(market.Seekers.ToArray(), sample);
        foreach (var s in seekers.Take(200)) pool.TopFor(s, K); // warm-up: JIT, term table
        var work = pool.Work;
        var indexed = Time(seekers, s => pool.TopFor(s, K));
        var perRanking = pool.Work.Since(work).PerRanking(pool.Count);
        var brute = Time(seekers.Take(bruteSample).ToArray(), s => pool.BruteForceTopFor(s, K));

        GC.Collect();
        var before = Process.GetCurrentProcess().PeakWorkingSet64;
        sw.Restart();
        var ranked = pool.RankAll(market.Seekers, K, maxParallelism: 2);
        var batchSeconds = sw.Elapsed.TotalSeconds;
        var empty = ranked.Count(kv => kv.Value.Length == 0);
        ranked = null;
        GC.Collect();
        sw.Restart();
        var explained = pool.TopForAll(market.Seekers, K, maxParallelism: 2);
        var explainedSeconds = sw.Elapsed.TotalSeconds;
        var peak = Math.Max(before, Process.GetCurrentProcess().PeakWorkingSet64);
        GC.KeepAlive(explained);
        var bruteBatchSeconds = brute.Mean / 1000 * market.Seekers.Count / 2;

        Console.WriteLine();
        Console.WriteLine("| top-20 for one seeker (1 core) | p50 ms | p95 ms | p99 ms | mean ms |");
        Console.WriteLine("|---|---|---|---|---|");
        Console.WriteLine(indexed.Row($"indexed (candidates + bound), {seekers.Length:N0} seekers"));
        Console.WriteLine(brute.Row($"brute force (every posting), {Math.Min(bruteSample, seekers.Length):N0} seekers"));
        Console.WriteLine();
        Console.WriteLine(perRanking);
        Console.WriteLine($"ratio brute p95 / indexed p95 = {brute.P95 / indexed.P95:F1}×; goal p95 ≤ 5 ms: {(indexed.P95 <= 5 ? "met" : "NOT met")} ({indexed.P95:F2} ms)");
        Console.WriteLine($"full recompute, {market.Seekers.Count:N0} seekers × {pool.Count:N0} postings, 2 cores: {batchSeconds:F1} s " +
            $"(brute force estimate {bruteBatchSeconds:F0} s, {bruteBatchSeconds / batchSeconds:F1}×); goal ≤ 30 s: {(batchSeconds <= 30 ? "met" : "NOT met")}");
        Console.WriteLine($"the same with Korean reasons for all {market.Seekers.Count * K:N0} items: {explainedSeconds:F1} s");
        Console.WriteLine($"peak working set {peak / (1024.0 * 1024 * 1024):F2} GiB (goal ≤ 4 GiB: {(peak <= 4L << 30 ? "met" : "NOT met")}); seekers with no recommendation: {empty:N0}");
        return 0;
    }

    private static Result Time(MatchSeeker[] seekers, Func<MatchSeeker, IReadOnlyList<Recommendation>> top)
    {
        var times = new List<double>(seekers.Length);
        long found = 0;
        foreach (var s in seekers)
        {
            var t = Stopwatch.GetTimestamp();
            found += top(s).Count;
            times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
        times.Sort();
        return new Result(BenchArgs.Percentile(times, 50), BenchArgs.Percentile(times, 95), BenchArgs.Percentile(times, 99), found / (double)seekers.Length)
        {
            Mean = times.Average(),
        };
    }
}
