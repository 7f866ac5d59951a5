using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Enterprises;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Iljari.Core.Data.Configurations;

internal sealed class SocialEnterpriseConfiguration : IEntityTypeConfiguration<SocialEnterprise>
{
    private const string Stages = "'Education', 'Consulting', 'Commercialisation', 'Marketing', 'Networking'";

    public void Configure(EntityTypeBuilder<SocialEnterprise> b)
    {
        b.ToTable("SocialEnterprises", t =>
        {
            t.HasCheckConstraint("CK_SocialEnterprises_Type", "\"Type\" IN ('Social', 'PreSocial', 'Cooperative', 'SocialCooperative', 'Village', 'SelfSufficiency')");
            t.HasCheckConstraint("CK_SocialEnterprises_Stage", $"\"Stage\" IN ({Stages})");
            t.HasCheckConstraint("CK_SocialEnterprises_Headcount",
                "\"Employees\" >= 0 AND \"VulnerableEmployees\" >= 0 AND \"VulnerableEmployees\" <= \"Employees\" AND \"BaselineEmployees\" >= 0 AND \"BaselineVulnerable\" >= 0 AND \"BaselineVulnerable\" <= \"BaselineEmployees\"");
        });
        b.HasOne<Agency>().WithMany().HasForeignKey(e => e.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Company>().WithMany().HasForeignKey(e => e.CompanyId).OnDelete(DeleteBehavior.SetNull);
        b.Property(e => e.Type).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Stage).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Name).HasMaxLength(100);
        b.Property(e => e.Representative).HasMaxLength(50);
        b.Property(e => e.BusinessNumber).HasMaxLength(10);
        b.Property(e => e.GuCode).HasMaxLength(10);
        b.Property(e => e.Address).HasMaxLength(200);
        b.Property(e => e.SocialMission).HasMaxLength(1000);
        b.Property(e => e.CreatedByUserId).HasMaxLength(450);
        b.Property(e => e.UpdatedByUserId).HasMaxLength(450);
        b.Property(e => e.Version).IsConcurrencyToken();
        b.Ignore(e => e.JobsCreated);
        b.Ignore(e => e.VulnerableJobsCreated);
        // One register entry per business: a second registration of the same 사업자등록번호 is a duplicate.
        b.HasIndex(e => new { e.AgencyId, e.BusinessNumber }).IsUnique().HasFilter("\"BusinessNumber\" IS NOT NULL");
        b.HasIndex(e => new { e.AgencyId, e.Stage });
        b.HasIndex(e => new { e.AgencyId, e.Name });
        b.HasMany(e => e.Headcounts).WithOne().HasForeignKey(h => h.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(e => e.StageChanges).WithOne().HasForeignKey(c => c.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EnterpriseHeadcountConfiguration : IEntityTypeConfiguration<EnterpriseHeadcount>
{
    public void Configure(EntityTypeBuilder<EnterpriseHeadcount> b)
    {
        b.ToTable("EnterpriseHeadcounts", t => t.HasCheckConstraint("CK_EnterpriseHeadcounts_Counts", "\"Employees\" >= 0 AND \"Vulnerable\" >= 0 AND \"Vulnerable\" <= \"Employees\""));
        b.Property(h => h.Note).HasMaxLength(200);
        b.Property(h => h.RecordedByUserId).HasMaxLength(450);
        // "The headcount on a date" must be one number.
        b.HasIndex(h => new { h.EnterpriseId, h.AsOf }).IsUnique();
    }
}

internal sealed class EnterpriseStageChangeConfiguration : IEntityTypeConfiguration<EnterpriseStageChange>
{
    public void Configure(EntityTypeBuilder<EnterpriseStageChange> b)
    {
        b.ToTable("EnterpriseStageChanges");
        b.Property(c => c.From).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.To).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Note).HasMaxLength(500);
        b.Property(c => c.ByUserId).HasMaxLength(450);
        b.Property(c => c.ByUserName).HasMaxLength(100);
        b.Ignore(c => c.IsStepBack);
        b.HasIndex(c => new { c.EnterpriseId, c.At });
    }
}

internal sealed class EnterpriseActivityConfiguration : IEntityTypeConfiguration<EnterpriseActivity>
{
    public void Configure(EntityTypeBuilder<EnterpriseActivity> b)
    {
        b.ToTable("EnterpriseActivities", t => t.HasCheckConstraint("CK_EnterpriseActivities_Status", "\"Status\" IN ('Planned', 'Completed')"));
        b.HasOne<SocialEnterprise>().WithMany().HasForeignKey(a => a.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.Property(a => a.Stage).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(a => a.Title).HasMaxLength(150);
        b.Property(a => a.Outcome).HasMaxLength(1000);
        b.Property(a => a.ConsultantName).HasMaxLength(50);
        b.Property(a => a.ReportSummary).HasMaxLength(2000);
        b.Property(a => a.ReportFile).HasMaxLength(64);
        b.Property(a => a.ReportFileName).HasMaxLength(150);
        b.Property(a => a.CreatedByUserId).HasMaxLength(450);
        b.Property(a => a.UpdatedByUserId).HasMaxLength(450);
        b.HasIndex(a => new { a.EnterpriseId, a.Stage, a.Status });
    }
}

internal sealed class EnterpriseRevenueConfiguration : IEntityTypeConfiguration<EnterpriseRevenue>
{
    public void Configure(EntityTypeBuilder<EnterpriseRevenue> b)
    {
        b.ToTable("EnterpriseRevenues", t => t.HasCheckConstraint("CK_EnterpriseRevenues_Band", "\"Band\" IN ('Under100M', 'From100MTo500M', 'From500MTo1B', 'Over1B')"));
        b.HasOne<SocialEnterprise>().WithMany().HasForeignKey(r => r.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.Property(r => r.Band).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.RecordedByUserId).HasMaxLength(450);
        b.HasIndex(r => new { r.EnterpriseId, r.Year }).IsUnique();
    }
}
