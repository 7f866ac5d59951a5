using Iljari.Core.Domain.OpenData;

namespace Iljari.Core.Tests.Rules;

/// <summary>소표본 비공개: 1–4 hidden, 0 and 5+ shown, and no hidden cell can be recovered from the group's total.</summary>
public class SmallCellSuppressionTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    [InlineData(120, false)]
    public void Counts_of_one_to_four_are_small_and_five_is_not(long count, bool small) => Assert.Equal(small, SmallCellSuppression.IsSmall(count));

    [Fact]
    public void A_group_without_small_cells_is_published_whole()
    {
        var r = SmallCellSuppression.Apply([5, 0, 12], 17);
        Assert.Equal([false, false, false], r.Members);
        Assert.False(r.Total);
    }

    [Fact]
    public void A_lone_four_takes_the_smallest_other_cell_with_it()
    {
        // 4 alone would be 30 − 5 − 21 = 4; hiding the 5 as well leaves 9 shared between two cells.
        var r = SmallCellSuppression.Apply([4, 21, 5], 30);
        Assert.Equal([true, false, true], r.Members);
        Assert.False(r.Total);
    }

    [Fact]
    public void Two_hidden_ones_are_not_enough_because_zeros_are_shown()
    {
        // 1 and 1 hidden with a total of 12 and 10 visible: the two hidden sum to 2, so both must be 1. The 10 is hidden too.
        var r = SmallCellSuppression.Apply([1, 1, 10, 0], 12);
        Assert.Equal([true, true, true, false], r.Members);
        Assert.False(r.Total);
    }

    [Fact]
    public void When_nothing_else_can_be_hidden_the_total_is_hidden()
    {
        var r = SmallCellSuppression.Apply([3, 0, 0], 3 + 0);
        Assert.True(r.Total);
        var big = SmallCellSuppression.Apply([2, 0, 0, 0], 2);
        Assert.Equal([true, false, false, false], big.Members);
        Assert.True(big.Total);
        // A single small cell next to zeros only: no partner exists, so the total (4) would give it away and is hidden.
        var lone = SmallCellSuppression.Apply([4, 0], 4);
        Assert.True(lone.Total);
    }

    [Fact]
    public void A_small_total_hides_every_non_zero_member()
    {
        var r = SmallCellSuppression.Apply([2, 0, 2], 4);
        Assert.Equal([true, false, true], r.Members);
        Assert.True(r.Total);
    }

    /// <summary>Property: for many random groups, no hidden member's value follows from the total and the visible cells.</summary>
    [Fact]
    public void No_hidden_cell_is_determined_by_the_total_and_the_visible_cells()
    {
        var random = new Random(20261123);
        for (var run = 0; run < 5000; run++)
        {
            var members = Enumerable.Range(0, random.Next(1, 7)).Select(_ => (long)(random.Next(3) == 0 ? 0 : random.Next(1, 12))).ToArray();
            var total = members.Sum();
            var r = SmallCellSuppression.Apply(members, total);
            var hidden = Enumerable.Range(0, members.Length).Where(i => r.Members[i]).ToList();
            Assert.All(Enumerable.Range(0, members.Length).Where(i => SmallCellSuppression.IsSmall(members[i])), i => Assert.True(r.Members[i], $"small cell shown in [{string.Join(',', members)}]"));
            if (r.Total || hidden.Count == 0) continue;
            // The reader knows the hidden sum and that each hidden cell is ≥ 1 (zeros are shown): a cell is pinned only when the sum equals the count.
            var sum = hidden.Sum(i => members[i]);
            Assert.True(hidden.Count >= 2 && sum > hidden.Count && sum >= SmallCellSuppression.Threshold, $"recoverable: [{string.Join(',', members)}] hidden {string.Join(',', hidden)}");
        }
    }
}
