using System.Threading.Channels;
using Iljari.Core.Domain.Postings;
using Iljari.Core.Imports;

namespace Iljari.Web.Infrastructure.Imports;

/// <summary>Run ids waiting for the in-process worker. The run row itself is the durable queue; this only wakes the worker.</summary>
public sealed class ImportQueue
{
    private readonly Channel<int> _ids = Channel.CreateUnbounded<int>();

    public void Enqueue(int runId) => _ids.Writer.TryWrite(runId);

    public IAsyncEnumerable<int> ReadAllAsync(CancellationToken ct) => _ids.Reader.ReadAllAsync(ct);
}

/// <summary>
/// Processes queued imports one at a time. At start it picks up runs still queued in the database (an upload just
/// before a restart); the claim in <see cref="PostingImporter.RunAsync"/> keeps two instances from running one file twice.
/// </summary>
public sealed class ImportWorker(ImportQueue queue, IServiceScopeFactory scopes, ILogger<ImportWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                foreach (var id in await db.PostingImportRuns.Where(r => r.Status == ImportStatus.Queued).Select(r => r.Id).ToListAsync(stoppingToken))
                    queue.Enqueue(id);
            }
            await foreach (var id in queue.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<PostingImporter>().RunAsync(id, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogError(e, "Import run {Run} could not be processed", id);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
