using Iljari.Core.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Iljari.Core.Data.Configurations;

internal sealed class ChangeRecordConfiguration : IEntityTypeConfiguration<ChangeRecord>
{
    public void Configure(EntityTypeBuilder<ChangeRecord> b)
    {
        b.ToTable("ChangeRecords");
        b.Property(c => c.UserId).HasMaxLength(450);
        b.Property(c => c.UserName).HasMaxLength(256);
        b.Property(c => c.Entity).HasMaxLength(64);
        b.Property(c => c.EntityKey).HasMaxLength(64);
        b.Property(c => c.Scope).HasMaxLength(96);
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        // A record's page reads its history newest first; the admin list filters by kind of record and date.
        b.HasIndex(c => new { c.Scope, c.Id });
        b.HasIndex(c => new { c.Entity, c.At });
    }
}
