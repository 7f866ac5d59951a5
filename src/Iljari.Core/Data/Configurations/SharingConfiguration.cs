using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Board;
using Iljari.Core.Domain.Messages;
using Iljari.Core.Domain.Notifications;
using Iljari.Core.Domain.Seekers;
using Iljari.Core.Domain.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Iljari.Core.Data.Configurations;

internal sealed class SharingConsentConfiguration : IEntityTypeConfiguration<SharingConsent>
{
    public void Configure(EntityTypeBuilder<SharingConsent> b)
    {
        b.ToTable("SharingConsents");
        b.HasOne<SeekerProfile>().WithMany().HasForeignKey(c => c.SeekerProfileId).OnDelete(DeleteBehavior.Cascade);
        b.Property(c => c.Purpose).HasMaxLength(200);
        b.Property(c => c.Method).HasConversion<string>().HasMaxLength(8);
        b.Property(c => c.PaperFormFile).HasMaxLength(100);
        b.Property(c => c.RecordedByUserId).HasMaxLength(450);
        b.Property(c => c.WithdrawnByUserId).HasMaxLength(450);
        b.HasIndex(c => new { c.SeekerProfileId, c.WithdrawnAt });
    }
}

internal sealed class AgencyReferralConfiguration : IEntityTypeConfiguration<AgencyReferral>
{
    public void Configure(EntityTypeBuilder<AgencyReferral> b)
    {
        b.ToTable("AgencyReferrals", t => t.HasCheckConstraint("CK_AgencyReferrals_Status", "\"Status\" IN ('Requested', 'Accepted', 'Declined', 'Completed')"));
        b.HasOne<SeekerProfile>().WithMany().HasForeignKey(r => r.SeekerProfileId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Agency>().WithMany().HasForeignKey(r => r.FromAgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Agency>().WithMany().HasForeignKey(r => r.ToAgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SharingConsent>().WithMany().HasForeignKey(r => r.ConsentId).OnDelete(DeleteBehavior.Restrict);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.Note).HasMaxLength(500);
        b.Property(r => r.Outcome).HasMaxLength(500);
        b.HasIndex(r => new { r.ToAgencyId, r.Status });
        b.HasIndex(r => new { r.FromAgencyId, r.CreatedAt });
    }
}

internal sealed class AccessLogEntryConfiguration : IEntityTypeConfiguration<AccessLogEntry>
{
    public void Configure(EntityTypeBuilder<AccessLogEntry> b)
    {
        b.ToTable("AccessLog");
        b.Property(e => e.UserId).HasMaxLength(450);
        b.Property(e => e.UserName).HasMaxLength(256);
        b.Property(e => e.Ip).HasMaxLength(64);
        b.Property(e => e.Action).HasMaxLength(40);
        b.Property(e => e.Detail).HasMaxLength(300);
        b.Property(e => e.Hash).HasMaxLength(64);
        b.HasIndex(e => e.Sequence).IsUnique();
        b.HasIndex(e => e.At);
        b.HasIndex(e => new { e.UserId, e.At });
        b.HasIndex(e => new { e.SubjectSeekerProfileId, e.At });
    }
}

internal sealed class AccessAlertConfiguration : IEntityTypeConfiguration<AccessAlert>
{
    public void Configure(EntityTypeBuilder<AccessAlert> b)
    {
        b.ToTable("AccessAlerts");
        b.Property(a => a.UserId).HasMaxLength(450);
        b.Property(a => a.UserName).HasMaxLength(256);
        b.Property(a => a.AcknowledgedByUserId).HasMaxLength(450);
        b.Property(a => a.AcknowledgedByName).HasMaxLength(256);
        b.HasIndex(a => new { a.UserId, a.WindowEnd });
        b.HasIndex(a => a.AcknowledgedAt);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("Notifications");
        b.HasOne<AppUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        b.Property(n => n.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(n => n.Title).HasMaxLength(200);
        b.Property(n => n.Link).HasMaxLength(300);
        b.HasIndex(n => new { n.UserId, n.ReadAt, n.CreatedAt });
    }
}

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> b)
    {
        b.ToTable("NotificationPreferences");
        b.HasKey(p => new { p.UserId, p.Kind });
        b.HasOne<AppUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("OutboxMessages");
        b.Property(m => m.Channel).HasConversion<string>().HasMaxLength(8);
        b.Property(m => m.UserId).HasMaxLength(450);
        b.Property(m => m.Recipient).HasMaxLength(256);
        b.Property(m => m.Subject).HasMaxLength(200);
        b.Property(m => m.Body).HasMaxLength(4000);
        b.Property(m => m.DedupKey).HasMaxLength(120);
        b.Property(m => m.LastError).HasMaxLength(500);
        b.HasIndex(m => m.DedupKey).IsUnique();
        b.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
    }
}

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> b)
    {
        b.ToTable("Notices");
        b.HasOne<Organisation>().WithMany().HasForeignKey(n => n.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(n => n.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(n => n.Title).HasMaxLength(150);
        b.Property(n => n.Body).HasMaxLength(10_000);
        b.Property(n => n.AuthorUserId).HasMaxLength(450);
        b.HasIndex(n => new { n.Kind, n.PublishedAt });
        b.HasIndex(n => n.PublishedAt);
    }
}

internal sealed class NoticeSubscriptionConfiguration : IEntityTypeConfiguration<NoticeSubscription>
{
    public void Configure(EntityTypeBuilder<NoticeSubscription> b)
    {
        b.ToTable("NoticeSubscriptions");
        b.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => s.UserId).IsUnique();
    }
}

internal sealed class MessageThreadConfiguration : IEntityTypeConfiguration<MessageThread>
{
    public void Configure(EntityTypeBuilder<MessageThread> b)
    {
        b.ToTable("MessageThreads", t => t.HasCheckConstraint("CK_MessageThreads_OneParty",
            "(\"JobApplicationId\" IS NULL) <> (\"CaseAssignmentId\" IS NULL)"));
        b.HasOne<SeekerProfile>().WithMany().HasForeignKey(t => t.SeekerProfileId).OnDelete(DeleteBehavior.Cascade);
        b.Property(t => t.Subject).HasMaxLength(200);
        b.HasMany(t => t.Messages).WithOne().HasForeignKey(m => m.MessageThreadId).OnDelete(DeleteBehavior.Cascade);
        // One thread per application and per case, so a double click does not fork the conversation.
        b.HasIndex(t => t.JobApplicationId).IsUnique();
        b.HasIndex(t => t.CaseAssignmentId).IsUnique();
        b.HasIndex(t => new { t.SeekerProfileId, t.LastMessageAt });
        b.HasIndex(t => new { t.CompanyId, t.LastMessageAt });
    }
}

internal sealed class MessageConfiguration : IEntityTypeConfiguration<Message>
{
    public void Configure(EntityTypeBuilder<Message> b)
    {
        b.ToTable("Messages");
        b.Property(m => m.Body).HasMaxLength(2000);
        b.Property(m => m.SenderUserId).HasMaxLength(450);
        b.HasIndex(m => new { m.MessageThreadId, m.SentAt });
    }
}
