using System.Diagnostics;
using Iljari.Core.Data.DemoData;
using Iljari.Core.Search;
using Microsoft.Data.Sqlite;

namespace Iljari.Bench;

/// <summary>Search benchmark (issue 3): Lucene index vs a plain SQL LIKE baseline on the same generated postings, one run.</summary>
internal static class SearchBenchmark
{
    public static int Run(BenchArgs args)
    {
        var postings = args.Int("--postings", 50_000);
        var repeat = args.Int("--repeat", 3);
        var queries = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "queries.txt")).Where(q => q.Trim().Length > 0).ToArray();
        var now = new DateTime(2026, 11, 24, 1, 0, 0, DateTimeKind.Utc);
        var today = DateOnly.FromDateTime(now.AddHours(9));

        var sw = Stopwatch.StartNew();
        var generator = new DemoDataGenerator(DemoDataGenerator.DefaultSeed, now);
        var companies = generator.Companies(Math.Max(50, postings / 25));
        for (var i = 0; i < companies.Count; i++) companies[i].Id = i + 1;
        var docs = generator.Postings(companies, postings)
            .Select((p, i) => PostingDocument.From(p, companies[p.CompanyId - 1].Name) with { Id = i + 1 })
            .ToList();
        Console.WriteLine($"generated {docs.Count:N0} postings ({docs.Count(d => d.IsOpen):N0} open) in {sw.Elapsed.TotalSeconds:F1} s; {queries.Length} queries × {repeat}");

        using var index = new LucenePostingIndex();
        sw.Restart();
        index.Rebuild(docs);
        var buildSeconds = sw.Elapsed.TotalSeconds;
        Console.WriteLine($"index build: {buildSeconds:F2} s ({index.Count:N0} documents)");

        var lucene = Measure(q => index.Search(new PostingQuery { Keyword = q, PageSize = 20 }, today).Total);

        using var sqlite = new SqliteConnection("Data Source=:memory:");
        sqlite.Open();
        LikeBaseline.Load(sqlite, docs);
        var like = Measure(q => LikeBaseline.Search(sqlite, q, today));

        Console.WriteLine();
        Console.WriteLine("| engine | p50 ms | p95 ms | p99 ms | mean hits |");
        Console.WriteLine("|---|---|---|---|---|");
        Console.WriteLine(lucene.Row("Lucene (KoreanAnalyzer, BM25, facets)"));
        Console.WriteLine(like.Row("SQLite LIKE baseline (count + top 20)"));
        Console.WriteLine();
        Console.WriteLine($"ratio LIKE p95 / Lucene p95 = {like.P95 / lucene.P95:F1}×; goal p95 ≤ 20 ms: {(lucene.P95 <= 20 ? "met" : "NOT met")} ({lucene.P95:F2} ms)");
        return 0;

        Result Measure(Func<string, int> search)
        {
            foreach (var q in queries) search(q); // warm-up: JIT, caches
            var times = new List<double>();
            long hits = 0;
            for (var r = 0; r < repeat; r++)
                foreach (var q in queries)
                {
                    var t = Stopwatch.GetTimestamp();
                    hits += search(q);
                    times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                }
            times.Sort();
            return new Result(BenchArgs.Percentile(times, 50), BenchArgs.Percentile(times, 95), BenchArgs.Percentile(times, 99), hits / (double)times.Count);
        }
    }
}

internal sealed record Result(double P50, double P95, double P99, double MeanHits)
{
    public double Mean { get; init; }

    public string Row(string name) => $"| {name} | {P50:F2} | {P95:F2} | {P99:F2} | {(Mean > 0 ? Mean : MeanHits):F2} |";
}
