using Iljari.Core.Domain.Sharing;

namespace Iljari.Core.Tests.Rules;

/// <summary>The access-log hash chain: an intact chain verifies; an edited, deleted or inserted row is found at its place.</summary>
public class AccessLogChainTests
{
    private static readonly DateTime At = new(2026, 11, 26, 1, 2, 3, DateTimeKind.Utc);

    private static List<AccessLogEntry> Chain(int count)
    {
        var rows = new List<AccessLogEntry>();
        var previous = AccessLogChain.Genesis;
        for (var i = 1; i <= count; i++)
        {
            var e = new AccessLogEntry(At.AddTicks(i * 1234567), $"user-{i % 3}", "상담사", 4, "10.0.0.1", i, AccessActions.ClientView, $"열람 {i}");
            e.Chain(i, previous);
            previous = e.Hash;
            rows.Add(e);
        }
        return rows;
    }

    private static Task<ChainVerification> VerifyAsync(IEnumerable<AccessLogEntry> rows) =>
        AccessLogChain.VerifyAsync(rows.ToAsyncEnumerable(), TestContext.Current.CancellationToken);

    [Fact]
    public async Task An_untouched_chain_verifies_and_reports_its_head()
    {
        var rows = Chain(10);
        var check = await VerifyAsync(rows);
        Assert.Equal((true, 10L, rows[^1].Hash, (long?)null), (check.Intact, check.Verified, check.HeadHash, check.BrokenAt));
        Assert.Equal((true, 0L), ((await VerifyAsync([])).Intact, (await VerifyAsync([])).Verified));
    }

    [Fact]
    public async Task A_changed_field_breaks_the_chain_at_that_row()
    {
        var rows = Chain(10);
        // A tamperer edits row 6's detail through the database: same sequence and hash, different content.
        var forged = new AccessLogEntry(rows[5].At, rows[5].UserId, rows[5].UserName, rows[5].OrganisationId, rows[5].Ip, rows[5].SubjectSeekerProfileId, rows[5].Action, "다른 내용");
        forged.Chain(6, rows[4].Hash);
        Assert.NotEqual(rows[5].Hash, forged.Hash);
        typeof(AccessLogEntry).GetProperty(nameof(AccessLogEntry.Hash))!.SetValue(forged, rows[5].Hash);
        rows[5] = forged;
        var check = await VerifyAsync(rows);
        Assert.Equal((false, 5L, 6L), (check.Intact, check.Verified, check.BrokenAt));
        Assert.Contains("변조", check.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_row_is_a_gap_and_a_recomputed_tail_still_fails_at_the_gap()
    {
        var rows = Chain(10);
        rows.RemoveAt(3);
        var check = await VerifyAsync(rows);
        Assert.Equal((false, 3L, 5L), (check.Intact, check.Verified, check.BrokenAt));
        Assert.Contains("삭제", check.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "10.0.0.1")]
    [InlineData("10.0.0.1", null)]
    public void Every_field_is_in_the_hash_and_null_differs_from_empty(string? ip, string? otherIp)
    {
        AccessLogEntry Row(string? address, string detail = "d") => new(At, "u", "n", null, address, null, "a", detail);
        Assert.NotEqual(AccessLogChain.Hash(AccessLogChain.Genesis, 1, Row(ip)), AccessLogChain.Hash(AccessLogChain.Genesis, 1, Row(otherIp)));
        Assert.NotEqual(AccessLogChain.Hash(AccessLogChain.Genesis, 1, Row(ip)), AccessLogChain.Hash(AccessLogChain.Genesis, 2, Row(ip)));
        Assert.NotEqual(AccessLogChain.Hash(AccessLogChain.Genesis, 1, Row(ip)), AccessLogChain.Hash(AccessLogChain.Genesis, 1, Row(ip, "e")));
        Assert.NotEqual(AccessLogChain.Hash(AccessLogChain.Genesis, 1, Row(null)), AccessLogChain.Hash(AccessLogChain.Genesis, 1, Row("")));
    }
}
