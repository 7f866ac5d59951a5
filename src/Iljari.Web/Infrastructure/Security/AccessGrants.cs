using System.Security.Claims;
using Iljari.Core.Domain.Accounts;

namespace Iljari.Web.Infrastructure.Security;

/// <summary>
/// Writes the records of granting and revoking staff access rights. Callers add the record inside the same transaction
/// as the change itself, so a change without its record (or a record without its change) is never saved.
/// </summary>
public sealed class AccessGrants(AppDbContext db, TimeProvider time)
{
    public void Add(ClaimsPrincipal admin, AppUser subject, AccessGrantAction action, string right, string reason) =>
        Add(admin.Id(), admin.Identity?.Name ?? "", subject, action, right, reason);

    /// <summary>For grants without a signed-in admin: the operator command or demo seeding, named in <paramref name="grantedBy"/>.</summary>
    public void Add(string? grantedByUserId, string grantedBy, AppUser subject, AccessGrantAction action, string right, string reason) =>
        db.AccessGrants.Add(new AccessGrantRecord(time.GetUtcNow().UtcDateTime, grantedByUserId, grantedBy, subject.Id,
            $"{subject.Email} ({subject.DisplayName})", action, right, reason));

    /// <summary>"상담사 · 고양시 일자리센터".</summary>
    public static string RoleAt(string role, string agency) => $"{Roles.Label(role)} · {agency}";
}
