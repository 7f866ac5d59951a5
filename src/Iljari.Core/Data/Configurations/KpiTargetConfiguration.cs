using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Dashboard;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Iljari.Core.Data.Configurations;

internal sealed class KpiTargetConfiguration : IEntityTypeConfiguration<KpiTarget>
{
    public void Configure(EntityTypeBuilder<KpiTarget> b)
    {
        b.ToTable("KpiTargets", t => t.HasCheckConstraint("CK_KpiTargets_Value", "\"Value\" >= 0"));
        b.HasOne<Agency>().WithMany().HasForeignKey(t => t.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.Property(t => t.Kpi).HasConversion<string>().HasMaxLength(32);
        b.Property(t => t.ChangedByUserId).HasMaxLength(450);
        b.Property(t => t.ChangedByName).HasMaxLength(100);
        b.Property(t => t.Version).IsConcurrencyToken();
        // One target per year and KPI for the city, and one per agency (NULLs are distinct in a unique index, hence two).
        b.HasIndex(t => new { t.Year, t.Kpi, t.AgencyId }).IsUnique().HasFilter("\"AgencyId\" IS NOT NULL");
        b.HasIndex(t => new { t.Year, t.Kpi }).IsUnique().HasFilter("\"AgencyId\" IS NULL");
    }
}

internal sealed class KpiTargetChangeConfiguration : IEntityTypeConfiguration<KpiTargetChange>
{
    public void Configure(EntityTypeBuilder<KpiTargetChange> b)
    {
        b.ToTable("KpiTargetChanges");
        b.Property(c => c.Kpi).HasConversion<string>().HasMaxLength(32);
        b.Property(c => c.ByUserId).HasMaxLength(450);
        b.Property(c => c.ByName).HasMaxLength(100);
        b.HasIndex(c => new { c.Year, c.At });
    }
}

internal sealed class SeekerWishConfiguration : IEntityTypeConfiguration<Domain.Seekers.SeekerWish>
{
    public void Configure(EntityTypeBuilder<Domain.Seekers.SeekerWish> b)
    {
        b.ToTable("SeekerWishes");
        b.HasOne<Domain.Seekers.SeekerProfile>().WithMany().HasForeignKey(w => w.SeekerProfileId).OnDelete(DeleteBehavior.Cascade);
        b.Property(w => w.OccupationCode).HasMaxLength(3);
        b.Property(w => w.Gu).HasMaxLength(5);
        b.HasIndex(w => new { w.OccupationCode, w.Gu, w.MonthlyPay });
        b.HasIndex(w => w.SeekerProfileId);
    }
}
