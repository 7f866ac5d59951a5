using System.Security.Claims;
using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Messages;

namespace Iljari.Web.Infrastructure.Notifications;

/// <summary>
/// Who reads a message thread: the seeker; for an application thread the company's users; for a counseling thread
/// the case's counselor. Nobody else — not other staff, not the agency admin, not the city.
/// </summary>
public static class ThreadAccess
{
    public static async Task<IQueryable<MessageThread>> MyThreadsAsync(this AppDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var userId = user.Id();
        if (user.IsInRole(Roles.Seeker))
        {
            var profileId = await db.SeekerProfileIdAsync(user, ct);
            return db.MessageThreads.Where(t => t.SeekerProfileId == profileId);
        }
        if (user.IsInRole(Roles.Employer))
        {
            var companyId = await db.CompanyIdAsync(user, ct);
            return db.MessageThreads.Where(t => t.CompanyId != null && t.CompanyId == companyId);
        }
        if (user.IsInRole(Roles.Counselor))
        {
            var cases = db.CaseAssignments.Where(c => c.CounselorUserId == userId).Select(c => c.Id);
            return db.MessageThreads.Where(t => t.CaseAssignmentId != null && cases.Contains(t.CaseAssignmentId.Value));
        }
        return db.MessageThreads.Where(_ => false);
    }
}
