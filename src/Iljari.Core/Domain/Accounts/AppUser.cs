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

    /// <summary>Last successful sign-in; with <see cref="CreatedAt"/> it is the activity the retention rule looks at.</summary>
    public DateTime? LastSignInAt { get; set; }

    /// <summary>When the "your account will be anonymised" notice went out; cleared by the next sign-in.</summary>
    public DateTime? InactivityWarnedAt { get; set; }

    /// <summary>Set when the account was anonymised (retention or the seeker's own deletion): no login, no contact data left.</summary>
    public DateTime? AnonymisedAt { get; set; }
}
