using Iljari.Core.Domain.Notifications;

namespace Iljari.Web.Infrastructure.Notifications;

/// <summary>
/// Sends due outbox messages. Each pass claims rows with a lease (a conditional UPDATE, so two instances never claim
/// the same row), sends them, and marks them sent; a failure is retried with back-off up to
/// <see cref="OutboxMessage.MaxAttempts"/> times.
/// </summary>
public sealed class OutboxDispatcher(AppDbContext db, OutboxTransport transport, TimeProvider time, ILogger<OutboxDispatcher> log)
{
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private const int Batch = 50;

    /// <summary>One pass; returns how many messages were sent.</summary>
    public async Task<int> DispatchOnceAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var lease = Guid.NewGuid();
        var due = await db.Outbox.AsNoTracking()
            .Where(m => m.SentAt == null && m.FailedAt == null && m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now))
            .OrderBy(m => m.Id).Select(m => m.Id).Take(Batch).ToListAsync(ct);
        if (due.Count == 0) return 0;
        // The WHERE is checked again under the row lock, so a row another dispatcher just claimed is skipped.
        await db.Outbox.Where(m => due.Contains(m.Id) && m.SentAt == null && m.FailedAt == null && m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseId, lease).SetProperty(m => m.LeaseUntil, now + Lease), ct);
        var mine = await db.Outbox.AsNoTracking().Where(m => m.LeaseId == lease).OrderBy(m => m.Id).ToListAsync(ct);
        var sent = 0;
        foreach (var m in mine)
        {
            // A slow batch can outlive its lease; renew it right before each send, and skip a row another
            // dispatcher has claimed since (its lease no longer ours, or already sent).
            var renewAt = time.GetUtcNow().UtcDateTime;
            var stillOurs = await db.Outbox.Where(x => x.Id == m.Id && x.LeaseId == lease && x.LeaseUntil > renewAt && x.SentAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.LeaseUntil, renewAt + Lease), ct);
            if (stillOurs == 0) continue;
            try
            {
                await transport.SendAsync(m, ct);
                var at = time.GetUtcNow().UtcDateTime;
                await db.Outbox.Where(x => x.Id == m.Id && x.LeaseId == lease)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.SentAt, at).SetProperty(x => x.Attempts, x => x.Attempts + 1)
                        .SetProperty(x => x.LeaseId, (Guid?)null).SetProperty(x => x.LeaseUntil, (DateTime?)null), ct);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var attempts = m.Attempts + 1;
                var at = time.GetUtcNow().UtcDateTime;
                var error = e.Message.Length > 500 ? e.Message[..500] : e.Message;
                log.LogWarning("Outbox {Id} ({Channel}) failed, attempt {Attempts}: {Error}", m.Id, m.Channel, attempts, error);
                await db.Outbox.Where(x => x.Id == m.Id && x.LeaseId == lease)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.Attempts, attempts).SetProperty(x => x.LastError, error)
                        .SetProperty(x => x.NextAttemptAt, at + OutboxMessage.Backoff(attempts))
                        .SetProperty(x => x.FailedAt, attempts >= OutboxMessage.MaxAttempts ? at : null)
                        .SetProperty(x => x.LeaseId, (Guid?)null).SetProperty(x => x.LeaseUntil, (DateTime?)null), ct);
            }
        }
        return sent;
    }
}

/// <summary>Runs the dispatcher every few seconds.</summary>
public sealed class OutboxService(IServiceScopeFactory scopes, TimeProvider time, ILogger<OutboxService> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                while (await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchOnceAsync(stoppingToken) > 0) { }
                await Task.Delay(Interval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogError(e, "Outbox dispatch failed");
                await Task.Delay(Interval, time, stoppingToken);
            }
        }
    }
}
