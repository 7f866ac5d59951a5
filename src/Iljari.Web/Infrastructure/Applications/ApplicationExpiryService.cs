using Iljari.Core.Applications;

namespace Iljari.Web.Infrastructure.Applications;

/// <summary>Runs <see cref="ApplicationExpiry"/> every hour (and at start), on the injected clock.</summary>
public sealed class ApplicationExpiryService(IServiceScopeFactory scopes, TimeProvider time, ILogger<ApplicationExpiryService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                int expired;
                do
                {
                    expired = await ApplicationExpiry.ExpireStaleAsync(db, time.GetUtcNow().UtcDateTime, stoppingToken);
                    if (expired > 0) log.LogInformation("Expired {Count} stale applications", expired);
                } while (expired > 0);
                await Task.Delay(TimeSpan.FromHours(1), time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A failed run is retried in an hour; applications only wait longer.
                log.LogError(e, "Application expiry failed");
                await Task.Delay(TimeSpan.FromHours(1), time, stoppingToken);
            }
        }
    }
}
