using Iljari.Bench;

// Benchmarks that print one table and a ratio against a baseline measured in the same run.
//   dotnet run -c Release --project bench/Iljari.Bench -- search --postings 50000
//   dotnet run -c Release --project bench/Iljari.Bench -- match --seekers 100000 --postings 62500
//   dotnet run -c Release --project bench/Iljari.Bench -- dashboard --seekers 100000 --postings 50000 --applications 200000 --runs 20 [--postgres "Host=…"]
//   dotnet run -c Release --project bench/Iljari.Bench -- schedule --employers 60 --seekers 1000 --seed 1 --limit-seconds 5
var bench = new BenchArgs(args);
return bench.Command switch
{
    "search" => SearchBenchmark.Run(bench),
    "match" => MatchBenchmark.Run(bench),
    "schedule" => ScheduleBenchmark.Run(bench),
    "dashboard" => await DashboardBenchmark.RunAsync(bench, args),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Iljari.Bench search|match|schedule|dashboard [--postings N] [--seekers N] [--repeat N] [--employers N] [--seed N] [--limit-seconds N]");
    return 2;
}
