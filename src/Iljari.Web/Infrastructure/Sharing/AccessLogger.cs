using Iljari.Core.Domain.Sharing;

namespace Iljari.Web.Infrastructure.Sharing;

/// <summary>
/// Writes one 접속기록 row for a staff view of a person's data: the account, time, source IP, subject and action.
/// Pages call it once per request, after the access check passed and before the data is shown. The row is chained to
/// the newest one; when another request took the same place first (unique sequence), it links to that one and tries again.
/// </summary>
public sealed class AccessLogger(AppDbContext db, IHttpContextAccessor http, TimeProvider time)
{
    private const int MaxAttempts = 50;

    public async Task RecordAsync(int? subjectSeekerProfileId, string action, string detail, CancellationToken ct)
    {
        var context = http.HttpContext ?? throw new InvalidOperationException("The access log needs a request.");
        var user = context.User;
        var organisationId = await db.OrganisationIdAsync(user, ct);
        var entry = new AccessLogEntry(time.GetUtcNow().UtcDateTime, user.Id() ?? "", user.Identity?.Name ?? "", organisationId,
            context.Connection.RemoteIpAddress?.ToString(), subjectSeekerProfileId, action, detail);
        db.AccessLog.Add(entry);
        for (var attempt = 1; ; attempt++)
        {
            var last = await db.AccessLog.AsNoTracking().OrderByDescending(e => e.Sequence).Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(ct);
            entry.Chain((last?.Sequence ?? 0) + 1, last?.Hash ?? AccessLogChain.Genesis);
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                await Task.Delay(Random.Shared.Next(1, 5 + attempt * 2), ct);
            }
        }
    }
}
