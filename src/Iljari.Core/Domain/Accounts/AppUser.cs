using Microsoft.AspNetCore.Identity;

namespace Iljari.Core.Domain.Accounts;

/// <summary>An account. Belongs to at most one organisation (an agency for staff, a company for employers).</summary>
public class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Staff accounts created by an admin must choose their own password at first login.</summary>
    public bool MustChangePassword { get; set; }
}
