using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Counseling;
using Iljari.Core.Domain.Seekers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Iljari.Core.Data.Configurations;

internal sealed class CaseAssignmentConfiguration : IEntityTypeConfiguration<CaseAssignment>
{
    public void Configure(EntityTypeBuilder<CaseAssignment> b)
    {
        b.ToTable("CaseAssignments");
        b.HasOne<SeekerProfile>().WithMany().HasForeignKey(c => c.SeekerProfileId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Agency>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(c => c.CounselorUserId).OnDelete(DeleteBehavior.Restrict);
        b.Property(c => c.Origin).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.ClosureReason).HasConversion<string>().HasMaxLength(24);
        b.Property(c => c.RequestNote).HasMaxLength(500);
        b.Property(c => c.ClosureNote).HasMaxLength(500);
        b.Ignore(c => c.IsOpen);
        b.HasIndex(c => new { c.CounselorUserId, c.ClosedAt });
        b.HasIndex(c => new { c.AgencyId, c.ClosedAt });
        b.HasIndex(c => new { c.SeekerProfileId, c.AgencyId });
        // An agency's dashboard counts the seekers it registered in a period (KpiService.PlacementRateAsync).
        b.HasIndex(c => new { c.AgencyId, c.RequestedAt, c.SeekerProfileId });
    }
}

internal sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> b)
    {
        b.ToTable("CaseNotes");
        b.HasOne<CaseAssignment>().WithMany().HasForeignKey(n => n.CaseAssignmentId).OnDelete(DeleteBehavior.Cascade);
        b.Property(n => n.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(n => n.Body).HasMaxLength(CaseNote.MaxBody);
        b.Property(n => n.Summary).HasMaxLength(CaseNote.MaxSummary);
        b.Property(n => n.AuthorUserId).HasMaxLength(450);
        b.HasIndex(n => new { n.SeekerProfileId, n.CreatedAt });
    }
}

internal sealed class ActionPlanStepConfiguration : IEntityTypeConfiguration<ActionPlanStep>
{
    public void Configure(EntityTypeBuilder<ActionPlanStep> b)
    {
        b.ToTable("ActionPlanSteps");
        b.HasOne<CaseAssignment>().WithMany().HasForeignKey(s => s.CaseAssignmentId).OnDelete(DeleteBehavior.Cascade);
        b.Property(s => s.Goal).HasMaxLength(100);
        b.Property(s => s.Title).HasMaxLength(200);
        b.HasIndex(s => new { s.SeekerProfileId, s.CompletedAt });
    }
}

internal sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> b)
    {
        b.ToTable("Appointments", t => t.HasCheckConstraint("CK_Appointments_Status", "\"Status\" IN ('Scheduled', 'Done', 'Cancelled')"));
        b.HasOne<CaseAssignment>().WithMany().HasForeignKey(a => a.CaseAssignmentId).OnDelete(DeleteBehavior.Cascade);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(a => a.Purpose).HasMaxLength(200);
        b.Property(a => a.Place).HasMaxLength(100);
        b.Property(a => a.CounselorUserId).HasMaxLength(450);
        b.HasIndex(a => new { a.Status, a.At });
        b.HasIndex(a => new { a.SeekerProfileId, a.At });
    }
}
