using Iljari.Core.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Iljari.Core.Data.Configurations;

/// <summary>No foreign key to the account: the record must outlive an account that is later removed (3-year retention).</summary>
internal sealed class AccessGrantRecordConfiguration : IEntityTypeConfiguration<AccessGrantRecord>
{
    public void Configure(EntityTypeBuilder<AccessGrantRecord> b)
    {
        b.ToTable("AccessGrantRecords");
        b.Property(r => r.GrantedByUserId).HasMaxLength(450);
        b.Property(r => r.GrantedBy).HasMaxLength(256);
        b.Property(r => r.SubjectUserId).HasMaxLength(450);
        b.Property(r => r.Subject).HasMaxLength(300);
        b.Property(r => r.Action).HasConversion<string>().HasMaxLength(24);
        b.Property(r => r.Right).HasMaxLength(200);
        b.Property(r => r.Reason).HasMaxLength(300);
        b.HasIndex(r => r.At);
        b.HasIndex(r => new { r.SubjectUserId, r.At });
    }
}
