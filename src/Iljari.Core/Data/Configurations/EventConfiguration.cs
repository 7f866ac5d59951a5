using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Events;
using Iljari.Core.Domain.Seekers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Iljari.Core.Data.Configurations;

internal sealed class HiringEventConfiguration : IEntityTypeConfiguration<HiringEvent>
{
    public void Configure(EntityTypeBuilder<HiringEvent> b)
    {
        b.ToTable("HiringEvents", t =>
        {
            t.HasCheckConstraint("CK_HiringEvents_Status", "\"Status\" IN ('Draft', 'Published', 'SchedulePublished', 'Closed', 'Cancelled')");
            t.HasCheckConstraint("CK_HiringEvents_Capacity", "\"Capacity\" > 0");
        });
        b.HasOne<Agency>().WithMany().HasForeignKey(e => e.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Title).HasMaxLength(150);
        b.Property(e => e.Place).HasMaxLength(200);
        b.Property(e => e.Description).HasMaxLength(5000);
        b.Property(e => e.CreatedByUserId).HasMaxLength(450);
        b.Ignore(e => e.IsOpen);
        b.Ignore(e => e.HasInterviews);
        b.Ignore(e => e.StartsAtUtc);
        b.Ignore(e => e.LengthMinutes);
        b.HasIndex(e => new { e.Status, e.Date });
        b.HasIndex(e => new { e.AgencyId, e.Date });
    }
}

internal sealed class EventBoothConfiguration : IEntityTypeConfiguration<EventBooth>
{
    public void Configure(EntityTypeBuilder<EventBooth> b)
    {
        b.ToTable("EventBooths", t => t.HasCheckConstraint("CK_EventBooths_Status", "\"Status\" IN ('Requested', 'Approved', 'Rejected', 'Withdrawn')"));
        b.HasOne<HiringEvent>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Company>().WithMany().HasForeignKey(x => x.CompanyId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Note).HasMaxLength(500);
        // One booth per company and event (a withdrawn one is changed back rather than doubled).
        b.HasIndex(x => new { x.EventId, x.CompanyId }).IsUnique();
    }
}

internal sealed class EventRegistrationConfiguration : IEntityTypeConfiguration<EventRegistration>
{
    public void Configure(EntityTypeBuilder<EventRegistration> b)
    {
        b.ToTable("EventRegistrations", t => t.HasCheckConstraint("CK_EventRegistrations_Status", "\"Status\" IN ('Registered', 'Waitlisted', 'Cancelled')"));
        b.HasOne<HiringEvent>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<SeekerProfile>().WithMany().HasForeignKey(x => x.SeekerProfileId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.RegisteredByUserId).HasMaxLength(450);
        b.Property(x => x.Attendance).HasConversion<string>().HasMaxLength(10);
        // One live registration per seeker and event: a double submit or a race ends in one row.
        b.HasIndex(x => new { x.EventId, x.SeekerProfileId }).IsUnique().HasFilter("\"Status\" IN ('Registered', 'Waitlisted')");
        b.HasIndex(x => new { x.EventId, x.Status, x.RegisteredAt });
    }
}

internal sealed class EventInterviewConfiguration : IEntityTypeConfiguration<EventInterview>
{
    public void Configure(EntityTypeBuilder<EventInterview> b)
    {
        b.ToTable("EventInterviews", t => t.HasCheckConstraint("CK_EventInterviews_Outcome", "\"Outcome\" IN ('None', 'Pass', 'Hold', 'Fail')"));
        b.HasOne<HiringEvent>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<EventBooth>().WithMany().HasForeignKey(x => x.BoothId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EventRegistration>().WithMany().HasForeignKey(x => x.RegistrationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.NextStep).HasMaxLength(300);
        b.HasIndex(x => new { x.EventId, x.BoothId, x.StartAt });
        b.HasIndex(x => new { x.SeekerProfileId, x.StartAt });
        // Event hires on the dashboard: a placement's application looked up among interviews (SQLite otherwise builds a
        // temporary index on every run).
        b.HasIndex(x => new { x.JobApplicationId, x.EventId });
    }
}
