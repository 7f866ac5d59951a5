using Iljari.Core.Domain.Sharing;

namespace Iljari.Web.Infrastructure.Sharing;

/// <summary>Seals rows written before the chain existed, and checks the whole chain (the <c>verify-access-log</c> command).</summary>
public static class AccessLogIntegrity
{
    /// <summary>
    /// Rows from before the chain carry their rank by id as sequence (gap-free) and no hash (migration AccessLogChain); hash them once, in
    /// order, at start-up. Runs before the site serves, so nothing else writes meanwhile.
    /// </summary>
    public static async Task<int> SealUnchainedAsync(AppDbContext db, CancellationToken ct = default)
    {
        var unsealed = await db.AccessLog.Where(e => e.Hash == "").OrderBy(e => e.Sequence).ToListAsync(ct);
        if (unsealed.Count == 0) return 0;
        var before = await db.AccessLog.AsNoTracking().Where(e => e.Sequence < unsealed[0].Sequence && e.Hash != "")
            .OrderByDescending(e => e.Sequence).Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(ct);
        var previous = before?.Hash ?? AccessLogChain.Genesis;
        foreach (var e in unsealed)
        {
            e.Chain(e.Sequence, previous);
            previous = e.Hash;
        }
        await db.SaveChangesAsync(ct);
        return unsealed.Count;
    }

    public static Task<ChainVerification> VerifyAsync(AppDbContext db, CancellationToken ct = default) =>
        AccessLogChain.VerifyAsync(db.AccessLog.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable(), ct);
}
