using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Applications;
using Iljari.Core.Domain.Postings;
using Iljari.Core.Domain.Seekers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Iljari.Core.Data.Configurations;

internal sealed class JobApplicationConfiguration : IEntityTypeConfiguration<JobApplication>
{
    public void Configure(EntityTypeBuilder<JobApplication> b)
    {
        b.ToTable("JobApplications", t => t.HasCheckConstraint("CK_JobApplications_Status",
            "\"Status\" IN ('Received', 'Reviewing', 'Interview', 'Hired', 'Rejected', 'OnHold', 'Cancelled', 'Expired')"));
        b.HasOne<JobPosting>().WithMany().HasForeignKey(a => a.JobPostingId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Company>().WithMany().HasForeignKey(a => a.CompanyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SeekerProfile>().WithMany().HasForeignKey(a => a.SeekerProfileId).OnDelete(DeleteBehavior.Cascade);
        // Every transition changes the status, so a save checks the row still has the status the move was decided on
        // (compare-and-swap on the workflow): of two racing moves — 채용 and 불합격 from two screens, the expiry job and
        // an employer — one is saved and the other refused, never both with the later one overwriting the first.
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(16).IsConcurrencyToken();
        b.Property(a => a.Source).HasConversion<string>().HasMaxLength(16);
        b.Property(a => a.Note).HasMaxLength(1000);
        b.Property(a => a.CreatedByUserId).HasMaxLength(450);
        // One live application per seeker and posting: a double submit or a race ends in one row.
        b.HasIndex(a => new { a.JobPostingId, a.SeekerProfileId }).IsUnique()
            .HasFilter("\"Status\" IN ('Received', 'Reviewing', 'Interview', 'OnHold')");
        b.HasIndex(a => new { a.SeekerProfileId, a.Status });
        b.HasIndex(a => new { a.CompanyId, a.Status });
        b.HasIndex(a => new { a.Status, a.UpdatedAt });
        b.HasMany(a => a.Events).WithOne().HasForeignKey(e => e.JobApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(a => a.AvailableActions);
    }
}

internal sealed class ApplicationEventConfiguration : IEntityTypeConfiguration<ApplicationEvent>
{
    public void Configure(EntityTypeBuilder<ApplicationEvent> b)
    {
        b.ToTable("ApplicationEvents");
        b.Property(e => e.From).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.To).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.Reason).HasMaxLength(200);
        b.Property(e => e.ByUserId).HasMaxLength(450);
    }
}

internal sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> b)
    {
        b.ToTable("Placements", t =>
        {
            t.HasCheckConstraint("CK_Placements_Hours", "\"HoursPerWeek\" BETWEEN 1 AND 52");
            t.HasCheckConstraint("CK_Placements_Salary", "\"Salary\" > 0");
            t.HasCheckConstraint("CK_Placements_End", "\"EndDate\" IS NULL OR \"EndDate\" >= \"StartDate\"");
            // Either a hire through the system or a job recorded by a counselor with the employer's name.
            t.HasCheckConstraint("CK_Placements_Source", "\"JobApplicationId\" IS NOT NULL OR \"EmployerName\" <> ''");
        });
        b.Property(p => p.EmployerName).HasMaxLength(100);
        b.HasOne<JobApplication>().WithOne().HasForeignKey<Placement>(p => p.JobApplicationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => p.JobApplicationId).IsUnique();
        b.HasIndex(p => new { p.SeekerProfileId, p.StartDate });
        b.HasIndex(p => new { p.CompanyId, p.StartDate });
        // The dashboard's placement KPIs and breakdowns read only these columns for a date range (covering).
        b.HasIndex(p => new { p.StartDate, p.SeekerProfileId, p.JobPostingId, p.JobApplicationId, p.CompanyId });
        b.Property(p => p.SalaryType).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.RecordedByUserId).HasMaxLength(450);
    }
}
