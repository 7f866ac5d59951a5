using Iljari.Core.Data;
using Iljari.Core.Matching;
using Iljari.Matching;

namespace Iljari.Web.Infrastructure.Matching;

/// <summary>
/// Holds the current <see cref="MatchingSnapshot"/>. Pages ask it for the snapshot (built on first use if the
/// refresher has not run yet); data changes only mark it stale, and <see cref="MatchingRefresher"/> rebuilds it.
/// </summary>
public sealed class MatchingService(IServiceScopeFactory scopes, TimeProvider time, ILogger<MatchingService> log)
{
    private readonly MatchEngine _engine = new(MatchMapping.Vocabulary);
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly SemaphoreSlim _changed = new(0, 1);
    private MatchingSnapshot? _current;

    /// <summary>The latest snapshot; the first caller builds it.</summary>
    public async Task<MatchingSnapshot> CurrentAsync(CancellationToken ct = default) =>
        Volatile.Read(ref _current) ?? await RebuildAsync(ct);

    /// <summary>Called after postings, profiles or 관심 없음 change: the refresher rebuilds soon after.</summary>
    public void MarkChanged()
    {
        if (_changed.CurrentCount == 0)
        {
            try { _changed.Release(); } catch (SemaphoreFullException) { /* already signalled */ }
        }
    }

    internal Task<bool> WaitForChangeAsync(TimeSpan timeout, CancellationToken ct) => _changed.WaitAsync(timeout, ct);

    /// <summary>After this long, a change also recomputes every seeker's batch list, not only the pools.</summary>
    public static readonly TimeSpan BatchMaxAge = TimeSpan.FromHours(1);

    /// <summary>Rebuilds the pools; the batch lists too when <paramref name="full"/>, when there are none, or when they are old.</summary>
    public async Task<MatchingSnapshot> RebuildAsync(CancellationToken ct = default, bool full = true)
    {
        await _building.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var now = time.GetUtcNow().UtcDateTime;
            var keep = full ? null : Volatile.Read(ref _current) is { } current && now - current.BatchBuiltAt < BatchMaxAge ? current : null;
            var snapshot = await MatchingSnapshot.BuildAsync(db, _engine, now, ct, keep);
            Volatile.Write(ref _current, snapshot);
            log.LogInformation("Matching rebuilt: {Postings} postings, {Seekers} discoverable seekers, {Lists} lists in {Ms} ms",
                snapshot.Postings.Count, snapshot.Seekers.Count, snapshot.TopBySeeker.Count, (int)snapshot.BuildTime.TotalMilliseconds);
            return snapshot;
        }
        finally
        {
            _building.Release();
        }
    }
}
