namespace Iljari.Matching;

/// <summary>One recommended pair with its score (0–100), the two sides' fit and the reasons in Korean.</summary>
public sealed record Recommendation(
    string SeekerId,
    string PostingId,
    double Score,
    double SeekerFit,
    double EmployerFit,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Gaps);

/// <summary>Collects reasons while a pair is scored; null when only the number is wanted (the fast path).</summary>
internal sealed class Explanation
{
    private readonly List<(double Weight, string Text)> _reasons = [];
    private readonly List<(double Weight, string Text)> _gaps = [];

    /// <summary>A point in the pair's favour; the weight orders the reasons.</summary>
    public void Reason(double weight, string text) => _reasons.Add((weight, text));

    /// <summary>Something that does not fit; the weight (how much it cost) picks the one or two worth saying.</summary>
    public void Gap(double weight, string text) => _gaps.Add((weight, text));

    public IReadOnlyList<string> TopReasons(int n) =>
        _reasons.OrderByDescending(r => r.Weight).Select(r => r.Text).Distinct().Take(n).ToList();

    public IReadOnlyList<string> TopGaps(int n) =>
        _gaps.OrderByDescending(g => g.Weight).Select(g => g.Text).Distinct().Take(n).ToList();
}
