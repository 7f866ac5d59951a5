using Iljari.Core.Domain.Sharing;

namespace Iljari.Web.Infrastructure.Sharing;

/// <summary>
/// Writes one 접속기록 row for a staff view of a person's data: the account, time, source IP, subject and action.
/// Pages call it once per request, after the access check passed and before the data is shown. The row is chained to
/// the newest one, so appending is serialised: PostgreSQL takes a transaction-scoped advisory lock (held by every
/// instance behind a load balancer alike), SQLite's write transaction (BEGIN IMMEDIATE) is already exclusive.
/// An optimistic "retry on unique conflict" loop was used before; under 40 parallel views on a busy CI machine it
/// ran out of attempts, and on PostgreSQL a conflict inside a caller's transaction would abort that transaction.
/// </summary>
public sealed class AccessLogger(AppDbContext db, IHttpContextAccessor http, TimeProvider time)
{
    /// <summary>Any fixed number: the advisory-lock key of the access-log chain.</summary>
    private const long ChainLockKey = 0x494C4A_4C4F47; // "ILJLOG"

    public async Task RecordAsync(int? subjectSeekerProfileId, string action, string detail, CancellationToken ct)
    {
        var context = http.HttpContext ?? throw new InvalidOperationException("The access log needs a request.");
        var user = context.User;
        var organisationId = await db.OrganisationIdAsync(user, ct);
        var entry = new AccessLogEntry(time.GetUtcNow().UtcDateTime, user.Id() ?? "", user.Identity?.Name ?? "", organisationId,
            context.Connection.RemoteIpAddress?.ToString(), subjectSeekerProfileId, action, detail);
        await AppendAsync(entry, ct);
    }

    /// <summary>A row written by a maintenance command, outside any request: the account is the command's name.</summary>
    public Task RecordSystemAsync(string command, int? subjectSeekerProfileId, string action, string detail, CancellationToken ct) =>
        AppendAsync(new AccessLogEntry(time.GetUtcNow().UtcDateTime, "system", "system:" + command, null, null, subjectSeekerProfileId, action, detail), ct);

    private async Task AppendAsync(AccessLogEntry entry, CancellationToken ct)
    {
        // Inside a caller's transaction the lock lasts until the caller commits, which keeps the row and the change together.
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            if (db.Database.IsNpgsql())
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ChainLockKey})", ct);
            var last = await db.AccessLog.AsNoTracking().OrderByDescending(e => e.Sequence).Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(ct);
            entry.Chain((last?.Sequence ?? 0) + 1, last?.Hash ?? AccessLogChain.Genesis);
            db.AccessLog.Add(entry);
            await db.SaveChangesAsync(ct);
            if (own is not null) await own.CommitAsync(ct);
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
    }
}
