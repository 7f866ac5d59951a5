namespace Iljari.Bench;

/// <summary>The command word and "--name value" options of a benchmark run.</summary>
internal sealed class BenchArgs(string[] args)
{
    public string Command => args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "search";

    public int Int(string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) ? v : fallback;
    }

    public static double Percentile(List<double> sorted, int p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1)];
}
