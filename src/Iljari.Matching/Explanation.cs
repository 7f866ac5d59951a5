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
    // A pair yields a handful of notes; small arrays and a selection by weight keep this cheap, since every list
    // of recommendations explains each of its items.
    private (double Weight, string Text)[] _reasons = new (double, string)[8];
    private (double Weight, string Text)[] _gaps = new (double, string)[4];
    private int _reasonCount, _gapCount;

    /// <summary>A point in the pair's favour; the weight orders the reasons.</summary>
    public void Reason(double weight, string text) => Add(ref _reasons, ref _reasonCount, weight, text);

    /// <summary>Something that does not fit; the weight (how much it cost) picks the one or two worth saying.</summary>
    public void Gap(double weight, string text) => Add(ref _gaps, ref _gapCount, weight, text);

    public string[] TopReasons(int n) => Top(_reasons, _reasonCount, n);

    public string[] TopGaps(int n) => Top(_gaps, _gapCount, n);

    private static void Add(ref (double, string)[] notes, ref int count, double weight, string text)
    {
        if (count == notes.Length) Array.Resize(ref notes, count * 2);
        notes[count++] = (weight, text);
    }

    // Heaviest first, the first of equal weights first, no text twice.
    private static string[] Top((double Weight, string Text)[] notes, int count, int n)
    {
        var picked = new List<string>(Math.Min(n, count));
        var used = new bool[count];
        while (picked.Count < n)
        {
            var best = -1;
            for (var i = 0; i < count; i++)
                if (!used[i] && (best < 0 || notes[i].Weight > notes[best].Weight)) best = i;
            if (best < 0) break;
            used[best] = true;
            if (!picked.Contains(notes[best].Text)) picked.Add(notes[best].Text);
        }
        return [.. picked];
    }
}
