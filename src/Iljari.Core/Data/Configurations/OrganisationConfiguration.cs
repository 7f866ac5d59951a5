using Iljari.Core.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Iljari.Core.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.ToTable("Organisations", t =>
            t.HasCheckConstraint("CK_Organisations_BusinessNumber", "\"BusinessNumber\" IS NULL OR length(\"BusinessNumber\") = 10"));
        b.HasDiscriminator<string>("Kind").HasValue<Agency>("Agency").HasValue<Company>("Company");
        b.Property<string>("Kind").HasMaxLength(16);
        b.Property(o => o.Name).HasMaxLength(100).IsRequired();
    }
}

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> b)
    {
        b.Property(a => a.Code).HasMaxLength(32);
        b.Property(a => a.Phone).HasMaxLength(20);
        b.HasIndex(a => a.Code).IsUnique();
    }
}

internal sealed class CompanyConfiguration : IEntityTypeConfiguration<Company>
{
    public void Configure(EntityTypeBuilder<Company> b)
    {
        b.Property(c => c.BusinessNumber).HasMaxLength(10);
        b.HasIndex(c => c.BusinessNumber).IsUnique();
        b.Property(c => c.IndustryCode).HasMaxLength(2);
        b.Property(c => c.Size).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Address).HasMaxLength(200);
        b.Property(c => c.RegionCode).HasMaxLength(10);
        b.Property(c => c.ContactName).HasMaxLength(30);
        b.Property(c => c.ContactPhone).HasMaxLength(20);
        b.Property(c => c.Introduction).HasMaxLength(2000);
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(50);
        b.HasOne(u => u.Organisation).WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
