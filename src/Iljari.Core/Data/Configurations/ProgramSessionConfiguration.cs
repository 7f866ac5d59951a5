using Iljari.Core.Domain.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Iljari.Core.Data.Configurations;

internal sealed class ProgramSessionConfiguration : IEntityTypeConfiguration<ProgramSession>
{
    public void Configure(EntityTypeBuilder<ProgramSession> b)
    {
        // Times are 'HH:mm:ss' text on SQLite and time on PostgreSQL: both compare in clock order.
        b.ToTable("ProgramSessions", t => t.HasCheckConstraint("CK_ProgramSessions_Hours", "\"EndTime\" > \"StartTime\""));
        b.HasOne<JobProgram>().WithMany().HasForeignKey(s => s.ProgramId).OnDelete(DeleteBehavior.Cascade);
        b.Property(s => s.Place).HasMaxLength(200);
        b.Property(s => s.Instructor).HasMaxLength(100);
        b.Ignore(s => s.EndsAtUtc);
        b.HasIndex(s => new { s.ProgramId, s.Date, s.StartTime });
    }
}

internal sealed class ProgramAttendanceConfiguration : IEntityTypeConfiguration<ProgramAttendance>
{
    public void Configure(EntityTypeBuilder<ProgramAttendance> b)
    {
        b.ToTable("ProgramAttendance", t => t.HasCheckConstraint("CK_ProgramAttendance_Status", "\"Status\" IN ('Present', 'Late', 'Absent', 'Excused')"));
        b.HasOne<ProgramSession>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        // Attendance belongs to the application: when a seeker's data is erased (their profile and applications), it goes too.
        b.HasOne<ProgramApplication>().WithMany().HasForeignKey(a => a.ProgramApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(8);
        b.Property(a => a.RecordedByUserId).HasMaxLength(450);
        // One mark per participant and session: a double save or a scan during a save ends in one row.
        b.HasIndex(a => new { a.SessionId, a.ProgramApplicationId }).IsUnique();
        b.HasIndex(a => a.ProgramApplicationId);
    }
}

internal sealed class ProgramFollowUpConfiguration : IEntityTypeConfiguration<ProgramFollowUp>
{
    public void Configure(EntityTypeBuilder<ProgramFollowUp> b)
    {
        b.ToTable("ProgramFollowUps", t =>
        {
            t.HasCheckConstraint("CK_ProgramFollowUps_Months", "\"Months\" IN (3, 6, 12)");
            t.HasCheckConstraint("CK_ProgramFollowUps_Outcome", "\"Outcome\" IN ('Employed', 'NotEmployed', 'EducationOrTraining')");
        });
        b.HasOne<ProgramApplication>().WithMany().HasForeignKey(f => f.ProgramApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.Property(f => f.Outcome).HasConversion<string>().HasMaxLength(20);
        b.Property(f => f.Note).HasMaxLength(500);
        b.Property(f => f.RecordedByUserId).HasMaxLength(450);
        b.HasIndex(f => new { f.ProgramApplicationId, f.Months }).IsUnique();
    }
}

internal sealed class ProgramFollowUpReminderConfiguration : IEntityTypeConfiguration<ProgramFollowUpReminder>
{
    public void Configure(EntityTypeBuilder<ProgramFollowUpReminder> b)
    {
        b.ToTable("ProgramFollowUpReminders", t => t.HasCheckConstraint("CK_ProgramFollowUpReminders_Months", "\"Months\" IN (3, 6, 12)"));
        b.HasOne<JobProgram>().WithMany().HasForeignKey(r => r.ProgramId).OnDelete(DeleteBehavior.Cascade);
        // The reminder's idempotency: two runs (or two instances) on the same day insert one row at most.
        b.HasIndex(r => new { r.ProgramId, r.Months }).IsUnique();
    }
}
