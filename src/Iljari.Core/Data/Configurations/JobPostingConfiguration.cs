using Iljari.Core.Domain.Postings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Iljari.Core.Data.Configurations;

internal sealed class JobPostingConfiguration : IEntityTypeConfiguration<JobPosting>
{
    public void Configure(EntityTypeBuilder<JobPosting> b)
    {
        b.ToTable("JobPostings", t =>
        {
            t.HasCheckConstraint("CK_JobPostings_Status", "\"Status\" IN ('Draft', 'Open', 'Closed', 'Filled')");
            t.HasCheckConstraint("CK_JobPostings_Salary", "\"SalaryMin\" > 0 AND (\"SalaryMax\" IS NULL OR \"SalaryMax\" >= \"SalaryMin\")");
            t.HasCheckConstraint("CK_JobPostings_Openings", "\"Openings\" BETWEEN 1 AND 999");
            t.HasCheckConstraint("CK_JobPostings_Hours", "\"HoursPerWeek\" BETWEEN 1 AND 52");
        });
        b.HasOne(p => p.Company).WithMany().HasForeignKey(p => p.CompanyId).OnDelete(DeleteBehavior.Restrict);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.SalaryType).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.Education).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.Career).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.EmploymentType).HasConversion<string>().HasMaxLength(24);
        b.Property(p => p.WorkDays).HasConversion<string>().HasMaxLength(24);
        b.Property(p => p.Title).HasMaxLength(100).IsRequired();
        b.Property(p => p.OccupationCode).HasMaxLength(3);
        b.Property(p => p.RegionCode).HasMaxLength(10);
        b.Property(p => p.Preferences).HasMaxLength(500);
        b.Property(p => p.Description).HasMaxLength(4000);
        b.Property(p => p.ExternalSource).HasMaxLength(32);
        b.Property(p => p.ExternalId).HasMaxLength(64);
        // The dashboard's breakdowns look up each placement's posting for its 구 and occupation: a narrow covering index
        // spares SQLite reading the wide row (its long text columns spill to overflow pages).
        b.HasIndex(p => new { p.Id, p.RegionCode, p.OccupationCode });
        b.HasIndex(p => new { p.Status, p.CloseDate });
        b.HasIndex(p => new { p.CompanyId, p.Status });
        // Dashboard: open postings and vacancy duration as index ranges over the Korean days a posting opened and ended.
        b.HasIndex(p => new { p.OpenedOn, p.RegionCode });
        b.HasIndex(p => new { p.EndedOn, p.OpenedOn, p.RegionCode });
        // Ids are unique within one feed only; both columns are null for postings made in the app.
        b.HasIndex(p => new { p.ExternalSource, p.ExternalId }).IsUnique();
        b.Ignore(p => p.Fields);
        b.Ignore(p => p.AvailableActions);
    }
}
