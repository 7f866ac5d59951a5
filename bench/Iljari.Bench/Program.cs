using Iljari.Bench;

// Benchmarks that print one table and a ratio against a baseline measured in the same run.
//   dotnet run -c Release --project bench/Iljari.Bench -- search --postings 50000
//   dotnet run -c Release --project bench/Iljari.Bench -- match --seekers 100000 --postings 62500
var bench = new BenchArgs(args);
return bench.Command switch
{
    "search" => SearchBenchmark.Run(bench),
    "match" => MatchBenchmark.Run(bench),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Iljari.Bench search|match [--postings N] [--seekers N] [--repeat N]");
    return 2;
}
