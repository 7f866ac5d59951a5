using Iljari.Core.Domain.Partners;
using Iljari.Core.Domain.Postings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Iljari.Core.Data.Configurations;

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> b)
    {
        b.ToTable("ApiTokens");
        b.Property(t => t.PartnerName).HasMaxLength(100).IsRequired();
        b.Property(t => t.Label).HasMaxLength(100);
        b.Property(t => t.LookupId).HasMaxLength(16).IsRequired();
        b.HasIndex(t => t.LookupId).IsUnique();
        b.Property(t => t.SecretHash).HasMaxLength(64).IsRequired();
        b.Property(t => t.CreatedByUserId).HasMaxLength(450);
        b.Property(t => t.RevokedByUserId).HasMaxLength(450);
    }
}

internal sealed class PostingImportRunConfiguration : IEntityTypeConfiguration<PostingImportRun>
{
    public void Configure(EntityTypeBuilder<PostingImportRun> b)
    {
        b.ToTable("PostingImportRuns", t =>
            t.HasCheckConstraint("CK_PostingImportRuns_Status", "\"Status\" IN ('Queued', 'Running', 'Completed', 'Failed')"));
        b.Property(r => r.Source).HasMaxLength(32);
        b.Property(r => r.FileName).HasMaxLength(200);
        b.Property(r => r.Format).HasConversion<string>().HasMaxLength(8);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.StartedByUserId).HasMaxLength(450);
        b.Property(r => r.Failure).HasMaxLength(500);
        b.HasOne<ApiToken>().WithMany().HasForeignKey(r => r.ApiTokenId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => r.Status);
        b.Ignore(r => r.IsDone);
        b.Ignore(r => r.PercentDone);
    }
}

internal sealed class PostingImportRejectionConfiguration : IEntityTypeConfiguration<PostingImportRejection>
{
    public void Configure(EntityTypeBuilder<PostingImportRejection> b)
    {
        b.ToTable("PostingImportRejections");
        b.Property(r => r.ExternalId).HasMaxLength(64);
        b.Property(r => r.Reason).HasMaxLength(500);
        b.HasOne<PostingImportRun>().WithMany().HasForeignKey(r => r.RunId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.RunId, r.RowNumber });
    }
}
