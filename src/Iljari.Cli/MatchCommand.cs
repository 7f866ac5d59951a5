using System.CommandLine;
using System.Diagnostics;
using System.Text;
using Iljari.Core.Matching;
using Iljari.Matching;
using Iljari.Matching.Files;

namespace Iljari.Cli;

/// <summary>
/// <c>iljari match --postings p.jsonl --seekers s.jsonl --top 10 --out recs.jsonl</c>: recommendations for data that is
/// not in the database, so the engine can be judged on any set (issue 4). Bad lines are reported and skipped; the
/// exit code is non-zero only when no posting or no seeker could be read.
/// </summary>
internal static class MatchCommand
{
    public static Command Create()
    {
        var postings = new Option<FileInfo>("--postings") { Description = "구인공고 JSON Lines 파일", Required = true };
        var seekers = new Option<FileInfo>("--seekers") { Description = "구직자 JSON Lines 파일", Required = true };
        var top = new Option<int>("--top") { Description = "구직자별 추천 개수", DefaultValueFactory = _ => 10 };
        var output = new Option<FileInfo?>("--out") { Description = "결과 파일 (생략하면 표준 출력)" };
        var command = new Command("match", "구직자별 추천 일자리를 계산해 JSON Lines로 씁니다.") { postings, seekers, top, output };
        command.SetAction(r => Run(r.GetValue(postings)!, r.GetValue(seekers)!, r.GetValue(top), r.GetValue(output), Console.Error));
        return command;
    }

    internal static int Run(FileInfo postingsFile, FileInfo seekersFile, int top, FileInfo? outFile, TextWriter log)
    {
        if (top is < 1 or > 1000)
        {
            log.WriteLine("--top은 1~1000 사이여야 합니다.");
            return 2;
        }
        var postings = Read(postingsFile, MatchFiles.ReadPostings, log);
        var seekers = Read(seekersFile, MatchFiles.ReadSeekers, log);
        if (postings is null || seekers is null) return 2;
        if (postings.Count == 0 || seekers.Count == 0)
        {
            log.WriteLine("읽을 수 있는 구인공고나 구직자가 없습니다.");
            return 1;
        }
        var clock = Stopwatch.StartNew();
        var engine = new MatchEngine(MatchMapping.Vocabulary);
        var pool = engine.IndexPostings(DistinctById(postings, "구인공고", log));
        var uniqueSeekers = DistinctById(seekers, "구직자", log);
        var results = pool.TopForAll(uniqueSeekers, top);
        using (var writer = outFile is null ? Console.Out : new StreamWriter(outFile.FullName, false, new UTF8Encoding(false)))
        {
            foreach (var s in uniqueSeekers) MatchFiles.WriteRecommendations(writer, s.Id, results[s.Id]);
        }
        log.WriteLine($"구인공고 {pool.Count:N0}건, 구직자 {uniqueSeekers.Count:N0}명, {clock.Elapsed.TotalSeconds:0.00}초");
        return 0;
    }

    private static List<T>? Read<T>(FileInfo file, Func<TextReader, List<LineError>, List<T>> parse, TextWriter log)
    {
        if (!file.Exists)
        {
            log.WriteLine($"{file.Name}: 파일이 없습니다.");
            return null;
        }
        var errors = new List<LineError>();
        using var reader = new StreamReader(file.FullName, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var items = parse(reader, errors);
        foreach (var e in errors) log.WriteLine($"{file.Name}:{e.Line}: {e.Message} (건너뜀)");
        return items;
    }

    // A repeated id keeps its first line, so one stray duplicate cannot double a posting in every list.
    private static List<T> DistinctById<T>(List<T> items, string what, TextWriter log) where T : class
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<T>(items.Count);
        foreach (var item in items)
        {
            var id = item switch { MatchPosting p => p.Id, MatchSeeker s => s.Id, _ => "" };
            if (seen.Add(id)) kept.Add(item);
            else log.WriteLine($"{what} id '{id}'가 중복되어 첫 줄만 사용합니다.");
        }
        return kept;
    }
}
