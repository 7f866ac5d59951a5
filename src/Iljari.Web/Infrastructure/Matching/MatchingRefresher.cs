using Iljari.Core.Domain.Common;

namespace Iljari.Web.Infrastructure.Matching;

/// <summary>
/// Background rebuild of matching: at start and nightly at 03:00 KST in full (pools and everyone's batch lists;
/// postings past their close date drop out), and a few seconds after data changes (a burst taken together) the
/// pools only, plus the batch lists when they are over an hour old.
/// </summary>
public sealed class MatchingRefresher(MatchingService matching, TimeProvider time, ILogger<MatchingRefresher> log) : BackgroundService
{
    private static readonly TimeSpan Debounce = TimeSpan.FromSeconds(3);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RunOnceAsync(full: true, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var changed = await matching.WaitForChangeAsync(UntilNightly(), stoppingToken);
                if (changed) await Task.Delay(Debounce, time, stoppingToken);
                await RunOnceAsync(full: !changed, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task RunOnceAsync(bool full, CancellationToken ct)
    {
        try
        {
            await matching.RebuildAsync(ct, full);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failed rebuild keeps the previous snapshot; the next change or night tries again.
            log.LogError(e, "Matching rebuild failed");
        }
    }

    private TimeSpan UntilNightly()
    {
        var nowKst = KoreanFormat.ToKst(time.GetUtcNow().UtcDateTime);
        var next = nowKst.Date.AddHours(3);
        if (next <= nowKst) next = next.AddDays(1);
        return next - nowKst;
    }
}
