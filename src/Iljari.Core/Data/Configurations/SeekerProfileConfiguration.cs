using Iljari.Core.Domain.Seekers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Iljari.Core.Data.Configurations;

internal sealed class SeekerProfileConfiguration : IEntityTypeConfiguration<SeekerProfile>
{
    public void Configure(EntityTypeBuilder<SeekerProfile> b)
    {
        b.ToTable("SeekerProfiles", t =>
        {
            t.HasCheckConstraint("CK_SeekerProfiles_BirthMonth", "\"BirthMonth\" BETWEEN 1 AND 12");
            t.HasCheckConstraint("CK_SeekerProfiles_DesiredSalary", "\"DesiredSalary\" IS NULL OR \"DesiredSalary\" >= 0");
        });
        b.HasIndex(p => p.UserId).IsUnique();
        b.HasOne<Domain.Accounts.AppUser>().WithOne().HasForeignKey<SeekerProfile>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        b.Property(p => p.Name).HasMaxLength(30);
        b.Property(p => p.Phone).HasMaxLength(20);
        b.Property(p => p.Email).HasMaxLength(256);
        b.Property(p => p.DesiredSalaryType).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.Education).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.Introduction).HasMaxLength(2000);
        b.OwnsMany(p => p.Careers, c => c.ToJson());
        b.Ignore(p => p.TotalCareerMonths);
        b.Ignore(p => p.Facts);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(12);
        b.HasIndex(p => p.Discoverable);
        // Placement rate by registration month (KpiService.PlacementRateAsync): covering.
        b.HasIndex(p => new { p.CreatedAt, p.FirstJobOn });
        // Breakdowns by group and age band look up each placement's seeker for these two only (the row itself is wide).
        b.HasIndex(p => new { p.Id, p.BirthYear, p.Circumstances });
    }
}
