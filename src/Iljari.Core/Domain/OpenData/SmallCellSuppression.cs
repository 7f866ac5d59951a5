namespace Iljari.Core.Domain.OpenData;

/// <summary>
/// 소표본 비공개 (small-cell suppression) for one published group: member cells that add up to a published total, e.g.
/// the three 구 and "그 외" of one month. Counts of 1–4 people are suppressed (primary); a true zero is shown, as
/// KOSIS and most open-data portals do, because it names nobody. Then complementary (secondary) suppression makes sure
/// no suppressed cell can be worked out by subtracting the visible cells from the total:
/// <list type="bullet">
/// <item>never exactly one suppressed member (its value would be total − visible);</item>
/// <item>the suppressed members together hold at least <see cref="Threshold"/> people and more than one each
/// (zeros are visible, so every hidden cell is ≥ 1; two hidden cells summing to 2 would both be 1);</item>
/// <item>the smallest visible non-zero members are added until that holds; when none is left, the total is hidden too.</item>
/// </list>
/// A total of 1–4 is itself suppressed, and then every non-zero member is too (each is ≤ the total).
/// </summary>
public static class SmallCellSuppression
{
    public const int Threshold = 5;

    public static bool IsSmall(long count) => count is > 0 and < Threshold;

    public sealed record Result(IReadOnlyList<bool> Members, bool Total);

    public static Result Apply(IReadOnlyList<long> members, long total)
    {
        var hidden = members.Select(IsSmall).ToArray();
        var totalHidden = IsSmall(total);
        if (totalHidden) return new Result(members.Select(m => m > 0).ToArray(), true);
        while (hidden.Any(h => h) && !Safe(members, hidden))
        {
            var next = Enumerable.Range(0, members.Count).Where(i => !hidden[i] && members[i] > 0).OrderBy(i => members[i]).ThenBy(i => i).Cast<int?>().FirstOrDefault();
            if (next is null) { totalHidden = true; break; }
            hidden[next.Value] = true;
        }
        return new Result(hidden, totalHidden);
    }

    private static bool Safe(IReadOnlyList<long> members, bool[] hidden)
    {
        var count = hidden.Count(h => h);
        var sum = members.Where((_, i) => hidden[i]).Sum();
        return count >= 2 && sum >= Threshold && sum > count;
    }
}
