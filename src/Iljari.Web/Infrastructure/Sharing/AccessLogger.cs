using Iljari.Core.Domain.Sharing;

namespace Iljari.Web.Infrastructure.Sharing;

/// <summary>
/// Writes one 접속기록 row for a staff view of a person's data: the account, time, source IP, subject and action.
/// Pages call it once per request, after the access check passed and before the data is shown.
/// </summary>
public sealed class AccessLogger(AppDbContext db, IHttpContextAccessor http, TimeProvider time)
{
    public async Task RecordAsync(int? subjectSeekerProfileId, string action, string detail, CancellationToken ct)
    {
        var context = http.HttpContext ?? throw new InvalidOperationException("The access log needs a request.");
        var user = context.User;
        var organisationId = await db.OrganisationIdAsync(user, ct);
        db.AccessLog.Add(new AccessLogEntry(time.GetUtcNow().UtcDateTime, user.Id() ?? "", user.Identity?.Name ?? "", organisationId,
            context.Connection.RemoteIpAddress?.ToString(), subjectSeekerProfileId, action, detail));
        await db.SaveChangesAsync(ct);
    }
}
