using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Applications;
using Iljari.Core.Domain.Counseling;

namespace Iljari.Web.Infrastructure.Privacy;

/// <summary>
/// Anonymises one seeker account — the same steps for 회원 탈퇴 and for the retention command (docs/security.md
/// "What anonymisation keeps"). Kept, without name or contact: the profile row (birth year, education, coarse groups,
/// employment status — for statistics), applications and placements, event and program participation, consents,
/// incentive claims with their ledger (account holder and number masked), and the access log. Removed: name, contact,
/// résumé and wishes, every free text the seeker or staff wrote about them, sensitive details, messages,
/// notifications, and the login (no password, no e-mail, locked for good).
/// </summary>
public sealed class SeekerErasure(AppDbContext db, TimeProvider time)
{
    public const string AnonymousName = "익명";

    /// <summary>Anonymises in one transaction (joins the caller's when there is one). Returns the profile id, if any.</summary>
    public async Task<int?> AnonymiseAsync(string userId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            var profile = await db.SeekerProfiles.FirstOrDefaultAsync(p => p.UserId == userId, ct);
            if (profile is not null) await AnonymiseProfileAsync(profile, userId, now, ct);
            await db.Notifications.Where(n => n.UserId == userId).ExecuteDeleteAsync(ct);
            await db.NotificationPreferences.Where(n => n.UserId == userId).ExecuteDeleteAsync(ct);
            await db.NoticeSubscriptions.Where(n => n.UserId == userId).ExecuteDeleteAsync(ct);
            // Queued and sent mail/SMS hold the address and the text.
            await db.Outbox.Where(o => o.UserId == userId).ExecuteDeleteAsync(ct);
            await db.UserLogins.Where(l => l.UserId == userId).ExecuteDeleteAsync(ct);
            await db.UserTokens.Where(t => t.UserId == userId).ExecuteDeleteAsync(ct);
            await db.UserClaims.Where(c => c.UserId == userId).ExecuteDeleteAsync(ct);
            var user = await db.Users.FirstAsync(u => u.Id == userId, ct);
            RemoveLogin(user, now);
            await db.SaveChangesAsync(ct);
            if (own is not null) await own.CommitAsync(ct);
            return profile?.Id;
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
    }

    private async Task AnonymiseProfileAsync(Core.Domain.Seekers.SeekerProfile p, string userId, DateTime now, CancellationToken ct)
    {
        var id = p.Id;
        await db.SeekerSensitiveRecords.Where(r => r.SeekerProfileId == id).ExecuteDeleteAsync(ct);
        // Counseling: notes, plan steps and appointments are free text about the person; the case rows stay (counts), closed.
        await db.CaseNotes.Where(n => n.SeekerProfileId == id).ExecuteDeleteAsync(ct);
        await db.ActionPlanSteps.Where(s => s.SeekerProfileId == id).ExecuteDeleteAsync(ct);
        await db.Appointments.Where(a => a.SeekerProfileId == id).ExecuteDeleteAsync(ct);
        await db.CaseAssignments.Where(c => c.SeekerProfileId == id).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.RequestNote, (string?)null).SetProperty(c => c.ClosureNote, (string?)null), ct);
        await db.CaseAssignments.Where(c => c.SeekerProfileId == id && c.ClosedAt == null).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.ClosedAt, now).SetProperty(c => c.ClosureReason, CaseClosureReason.SeekerRequest), ct);
        await db.MessageThreads.Where(t => t.SeekerProfileId == id).ExecuteDeleteAsync(ct);
        await db.NotInterested.Where(n => n.SeekerProfileId == id).ExecuteDeleteAsync(ct);
        await db.InterviewProposals.Where(x => x.SeekerProfileId == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Message, ""), ct);
        await db.AgencyReferrals.Where(r => r.SeekerProfileId == id).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Note, "").SetProperty(r => r.Outcome, (string?)null), ct);
        await db.JobApplications.Where(a => a.SeekerProfileId == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Note, (string?)null), ct);
        // Open applications and consents end now, through their own rules (timeline and withdrawal are recorded).
        foreach (var a in await db.JobApplications.Where(a => a.SeekerProfileId == id).ToListAsync(ct))
            if (a.Can(ApplicationAction.Cancel)) a.Apply(ApplicationAction.Cancel, userId, "회원 탈퇴·익명화", now);
        foreach (var c in await db.SharingConsents.Where(c => c.SeekerProfileId == id && c.WithdrawnAt == null).ToListAsync(ct))
            c.Withdraw(userId, now);
        // Payment records stay for accounting (지방회계법); who was paid is no longer readable from them.
        foreach (var claim in await db.IncentiveClaims.Where(c => c.SeekerProfileId == id).ToListAsync(ct))
            claim.MaskPayee();

        p.Name = AnonymousName;
        p.Phone = "";
        p.Email = "";
        p.BirthMonth = 1;
        p.DesiredOccupations = [];
        p.DesiredRegions = [];
        p.DesiredSalary = null;
        p.DesiredHoursPerWeek = null;
        p.EmploymentTypes = [];
        p.Careers = [];
        p.Certificates = [];
        p.Skills = [];
        p.Introduction = null;
        p.Discoverable = false;
        p.AnonymisedAt = now;
        p.UpdatedAt = now;
    }

    private static void RemoveLogin(AppUser user, DateTime now)
    {
        var placeholder = $"anonymised-{user.Id}@invalid.iljari";
        user.UserName = user.Email = placeholder;
        user.NormalizedUserName = user.NormalizedEmail = placeholder.ToUpperInvariant();
        user.DisplayName = AnonymousName;
        user.PhoneNumber = null;
        user.PasswordHash = null;
        user.EmailConfirmed = false;
        user.TwoFactorEnabled = false;
        user.LockoutEnabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.InactivityWarnedAt = null;
        user.AnonymisedAt = now;
    }
}
