using System.Text.Json;
using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Applications;
using Iljari.Core.Domain.Incentives;
using Iljari.Core.Domain.Seekers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Iljari.Core.Data.Configurations;

internal sealed class IncentiveSchemeConfiguration : IEntityTypeConfiguration<IncentiveScheme>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<IncentiveScheme> b)
    {
        b.ToTable("IncentiveSchemes");
        b.HasIndex(s => s.Year).IsUnique();
        b.Property(s => s.Title).HasMaxLength(100);
        // The rules are data: every version in one JSON document, the same on SQLite and PostgreSQL.
        b.Property(s => s.RuleVersions).HasConversion(
                v => JsonSerializer.Serialize(v, Json),
                json => JsonSerializer.Deserialize<List<IncentiveRules>>(json, Json) ?? new List<IncentiveRules>(),
                new ValueComparer<List<IncentiveRules>>((a, c) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(c, Json),
                    v => JsonSerializer.Serialize(v, Json).GetHashCode(StringComparison.Ordinal), v => v.ToList()))
            .HasMaxLength(20_000);
        b.Ignore(s => s.Rules);
        b.Property(s => s.LedgerVersion).IsConcurrencyToken();
    }
}

internal sealed class IncentiveClaimConfiguration : IEntityTypeConfiguration<IncentiveClaim>
{
    public void Configure(EntityTypeBuilder<IncentiveClaim> b)
    {
        b.ToTable("IncentiveClaims", t =>
        {
            t.HasCheckConstraint("CK_IncentiveClaims_Amount", "\"Amount\" > 0");
            t.HasCheckConstraint("CK_IncentiveClaims_Status",
                "\"Status\" IN ('Submitted', 'SupplementRequested', 'Approved', 'Rejected', 'Paid', 'Reversed')");
        });
        b.HasOne<IncentiveScheme>().WithMany().HasForeignKey(c => c.SchemeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SeekerProfile>().WithMany().HasForeignKey(c => c.SeekerProfileId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Placement>().WithMany().HasForeignKey(c => c.PlacementId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Agency>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PaymentBatch>().WithMany().HasForeignKey(c => c.BatchId).OnDelete(DeleteBehavior.Restrict);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.BankName).HasMaxLength(30);
        b.Property(c => c.AccountNumber).HasMaxLength(30);
        b.Property(c => c.AccountHolder).HasMaxLength(30);
        b.Property(c => c.FiledByUserId).HasMaxLength(450);
        b.Property(c => c.ReviewedByUserId).HasMaxLength(450);
        b.Property(c => c.ReviewReason).HasMaxLength(IncentiveClaim.ReasonMaxLength);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.Ignore(c => c.MaskedAccount);
        // One standing claim per milestone of a chain of employment: a double submit or a race ends in one row.
        b.HasIndex(c => new { c.PlacementId, c.MilestoneMonths }).IsUnique()
            .HasFilter("\"Status\" IN ('Submitted', 'SupplementRequested', 'Approved', 'Paid')");
        b.HasIndex(c => new { c.AgencyId, c.Status, c.FiledAt });
        b.HasIndex(c => new { c.SeekerProfileId, c.FiledAt });
        b.HasMany(c => c.Evidence).WithOne().HasForeignKey(e => e.ClaimId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ClaimEvidenceConfiguration : IEntityTypeConfiguration<ClaimEvidence>
{
    public void Configure(EntityTypeBuilder<ClaimEvidence> b)
    {
        b.ToTable("ClaimEvidence");
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(e => e.StoredName).HasMaxLength(64);
        b.Property(e => e.OriginalName).HasMaxLength(100);
    }
}

internal sealed class PaymentBatchConfiguration : IEntityTypeConfiguration<PaymentBatch>
{
    public void Configure(EntityTypeBuilder<PaymentBatch> b)
    {
        b.ToTable("PaymentBatches");
        b.HasOne<IncentiveScheme>().WithMany().HasForeignKey(x => x.SchemeId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.CreatedByUserId).HasMaxLength(450);
        b.Property(x => x.PaidByUserId).HasMaxLength(450);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}

internal sealed class LedgerTransactionConfiguration : IEntityTypeConfiguration<LedgerTransaction>
{
    public void Configure(EntityTypeBuilder<LedgerTransaction> b)
    {
        b.ToTable("LedgerTransactions");
        b.HasOne<IncentiveScheme>().WithMany().HasForeignKey(t => t.SchemeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<IncentiveClaim>().WithMany().HasForeignKey(t => t.ClaimId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PaymentBatch>().WithMany().HasForeignKey(t => t.BatchId).OnDelete(DeleteBehavior.Restrict);
        b.Property(t => t.Kind).HasConversion<string>().HasMaxLength(12);
        b.Property(t => t.Memo).HasMaxLength(200);
        b.Property(t => t.CreatedByUserId).HasMaxLength(450);
        b.HasMany(t => t.Entries).WithOne().HasForeignKey(e => e.TransactionId).OnDelete(DeleteBehavior.Restrict);
        // The last line of defence against paying twice: one payment and one commitment per claim, one reversal per transaction.
        b.HasIndex(t => t.ClaimId, "IX_LedgerTransactions_OnePaymentPerClaim").IsUnique().HasFilter("\"Kind\" = 'Payment'");
        b.HasIndex(t => t.ClaimId, "IX_LedgerTransactions_OneCommitmentPerClaim").IsUnique().HasFilter("\"Kind\" = 'Commitment'");
        b.HasIndex(t => t.ReversesTransactionId).IsUnique();
        b.HasIndex(t => new { t.SchemeId, t.CreatedAt });
    }
}

internal sealed class LedgerEntryConfiguration : IEntityTypeConfiguration<LedgerEntry>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> b)
    {
        b.ToTable("LedgerEntries", t => t.HasCheckConstraint("CK_LedgerEntries_Amount", "\"Amount\" <> 0"));
        b.Property(e => e.Account).HasConversion<string>().HasMaxLength(12);
        b.HasIndex(e => new { e.TransactionId, e.Account });
    }
}

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<Domain.Common.JobRun>
{
    public void Configure(EntityTypeBuilder<Domain.Common.JobRun> b)
    {
        b.ToTable("JobRuns");
        b.HasKey(r => new { r.Name, r.Day });
        b.Property(r => r.Name).HasMaxLength(60);
        b.Property(r => r.Instance).HasMaxLength(100);
    }
}
