using Iljari.Core.Domain.Seekers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Iljari.Core.Data.Configurations;

internal sealed class SeekerSensitiveRecordConfiguration : IEntityTypeConfiguration<SeekerSensitiveRecord>
{
    public void Configure(EntityTypeBuilder<SeekerSensitiveRecord> b)
    {
        b.ToTable("SeekerSensitiveRecords");
        b.HasKey(r => r.SeekerProfileId);
        b.HasOne<SeekerProfile>().WithOne().HasForeignKey<SeekerSensitiveRecord>(r => r.SeekerProfileId).OnDelete(DeleteBehavior.Cascade);
        // Data Protection ciphertext (base64url) of at most ~1 KB of JSON.
        b.Property(r => r.Payload).HasMaxLength(4000);
        b.Property(r => r.UpdatedByUserId).HasMaxLength(450);
    }
}
