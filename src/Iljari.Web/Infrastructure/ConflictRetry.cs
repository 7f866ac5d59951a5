using Iljari.Core.Domain.Common;

namespace Iljari.Web.Infrastructure;

/// <summary>
/// One unit of work in a database transaction, run again on a write conflict. Ledgers and quotas (incentive budget,
/// guarantee limit, interest-support places) guard their totals with a concurrency token on the scheme row and unique
/// indexes; when another request wrote first, SaveChanges fails, everything tracked is forgotten and the unit reads
/// the new state again, so its domain checks decide on what the other request wrote.
/// </summary>
public static class ConflictRetry
{
    private const int MaxAttempts = 100;

    public static async Task RunAsync(AppDbContext db, Func<Task> unit, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            try
            {
                await unit();
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return;
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                await Task.Delay(Random.Shared.Next(5, 20 + attempt * 5), ct);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                throw new DomainException("다른 처리와 겹쳐 저장하지 못했습니다. 잠시 후 다시 시도해 주세요.");
            }
            catch
            {
                db.ChangeTracker.Clear();
                throw;
            }
        }
    }
}
