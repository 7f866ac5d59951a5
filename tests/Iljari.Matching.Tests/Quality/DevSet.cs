using System.Globalization;
using Iljari.Matching.Files;

namespace Iljari.Matching.Tests.Quality;

/// <summary>The hand-labelled development set under DevSet/ (see its README): postings, seekers and graded judgments.</summary>
internal sealed record DevSet(IReadOnlyList<MatchPosting> Postings, IReadOnlyList<MatchSeeker> Seekers, IReadOnlyDictionary<string, Dictionary<string, int>> Judgments)
{
    public static DevSet Load()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "DevSet");
        var errors = new List<LineError>();
        using var postings = File.OpenText(Path.Combine(dir, "postings.jsonl"));
        using var seekers = File.OpenText(Path.Combine(dir, "seekers.jsonl"));
        var set = new DevSet(MatchFiles.ReadPostings(postings, errors), MatchFiles.ReadSeekers(seekers, errors), ReadJudgments(Path.Combine(dir, "qrels.tsv")));
        if (errors.Count > 0) throw new InvalidDataException(string.Join("; ", errors));
        return set;
    }

    private static Dictionary<string, Dictionary<string, int>> ReadJudgments(string path)
    {
        var map = new Dictionary<string, Dictionary<string, int>>();
        foreach (var line in File.ReadLines(path).Skip(1).Where(l => l.Length > 0))
        {
            var f = line.Split('\t');
            if (!map.TryGetValue(f[0], out var bySeeker)) map[f[0]] = bySeeker = [];
            bySeeker[f[1]] = int.Parse(f[2], CultureInfo.InvariantCulture);
        }
        return map;
    }
}

/// <summary>nDCG@k with gain 2^rel − 1 and Recall@k of the pairs judged relevant (≥ 2), averaged over seekers.</summary>
internal static class RankingMetrics
{
    public static double NdcgAt(int k, IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judged)
    {
        static double Gain(int rel) => Math.Pow(2, rel) - 1;
        var dcg = ranked.Take(k).Select((id, i) => Gain(judged.GetValueOrDefault(id)) / Math.Log2(i + 2)).Sum();
        var ideal = judged.Values.OrderDescending().Take(k).Select((rel, i) => Gain(rel) / Math.Log2(i + 2)).Sum();
        return ideal == 0 ? 0 : dcg / ideal;
    }

    public static double RecallAt(int k, IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judged, int minRelevance = 2)
    {
        var relevant = judged.Where(j => j.Value >= minRelevance).Select(j => j.Key).ToHashSet();
        return relevant.Count == 0 ? 0 : (double)ranked.Take(k).Count(relevant.Contains) / relevant.Count;
    }
}
