using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Guarantees;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Iljari.Core.Data.Configurations;

internal sealed class GuaranteeSchemeConfiguration : IEntityTypeConfiguration<GuaranteeScheme>
{
    public void Configure(EntityTypeBuilder<GuaranteeScheme> b)
    {
        b.ToTable("GuaranteeSchemes", t => t.HasCheckConstraint("CK_GuaranteeSchemes_Limit", "\"TotalLimit\" > 0 AND \"MaxPerFirm\" <= \"TotalLimit\""));
        b.HasOne<Agency>().WithMany().HasForeignKey(s => s.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.Property(s => s.Title).HasMaxLength(100);
        b.Property(s => s.LimitVersion).IsConcurrencyToken();
    }
}

internal sealed class GuaranteeConfiguration : IEntityTypeConfiguration<Guarantee>
{
    public void Configure(EntityTypeBuilder<Guarantee> b)
    {
        b.ToTable("Guarantees", t =>
        {
            t.HasCheckConstraint("CK_Guarantees_Term", $"\"TermMonths\" BETWEEN 6 AND {GuaranteeScheme.MaxTermMonths}");
            t.HasCheckConstraint("CK_Guarantees_Balances", "\"Outstanding\" >= 0 AND \"Subrogated\" >= 0 AND \"Outstanding\" <= \"Amount\"");
        });
        b.HasOne<GuaranteeScheme>().WithMany().HasForeignKey(g => g.SchemeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Company>().WithMany().HasForeignKey(g => g.CompanyId).OnDelete(DeleteBehavior.Restrict);
        b.Property(g => g.Status).HasConversion<string>().HasMaxLength(12);
        b.Property(g => g.Bank).HasMaxLength(30);
        b.Property(g => g.Purpose).HasMaxLength(500);
        b.Property(g => g.DecisionReason).HasMaxLength(300);
        b.Property(g => g.Version).IsConcurrencyToken();
        b.HasMany(g => g.Entries).WithOne().HasForeignKey(e => e.GuaranteeId).OnDelete(DeleteBehavior.Restrict);
        // One live application or guarantee per firm and scheme.
        b.HasIndex(g => new { g.SchemeId, g.CompanyId }).IsUnique().HasFilter("\"Status\" IN ('Applied', 'Active')");
        b.HasIndex(g => new { g.SchemeId, g.Status });
    }
}

internal sealed class GuaranteeEntryConfiguration : IEntityTypeConfiguration<GuaranteeEntry>
{
    public void Configure(EntityTypeBuilder<GuaranteeEntry> b)
    {
        b.ToTable("GuaranteeEntries");
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(12);
        b.Property(e => e.Note).HasMaxLength(200);
        b.Property(e => e.ByUserId).HasMaxLength(450);
        b.HasIndex(e => new { e.SchemeId, e.On });
    }
}

internal sealed class InterestSupportRoundConfiguration : IEntityTypeConfiguration<InterestSupportRound>
{
    public void Configure(EntityTypeBuilder<InterestSupportRound> b)
    {
        b.ToTable("InterestSupportRounds", t => t.HasCheckConstraint("CK_InterestSupportRounds_Quota", "\"Quota\" > 0"));
        b.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.Property(r => r.Title).HasMaxLength(100);
        b.Property(r => r.Selection).HasConversion<string>().HasMaxLength(10);
        b.Property(r => r.QuotaVersion).IsConcurrencyToken();
        b.HasIndex(r => r.Year);
    }
}

internal sealed class InterestSupportApplicationConfiguration : IEntityTypeConfiguration<InterestSupportApplication>
{
    public void Configure(EntityTypeBuilder<InterestSupportApplication> b)
    {
        b.ToTable("InterestSupportApplications");
        b.HasOne<InterestSupportRound>().WithMany().HasForeignKey(a => a.RoundId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Company>().WithMany().HasForeignKey(a => a.CompanyId).OnDelete(DeleteBehavior.Restrict);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(12);
        b.Property(a => a.Bank).HasMaxLength(30);
        b.HasIndex(a => new { a.RoundId, a.CompanyId }).IsUnique();
        b.HasIndex(a => new { a.RoundId, a.Status, a.AppliedAt });
    }
}

internal sealed class InterestPaymentConfiguration : IEntityTypeConfiguration<InterestPayment>
{
    public void Configure(EntityTypeBuilder<InterestPayment> b)
    {
        b.ToTable("InterestPayments", t => t.HasCheckConstraint("CK_InterestPayments_Amount", "\"Amount\" > 0"));
        b.HasOne<InterestSupportApplication>().WithMany().HasForeignKey(p => p.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.ApplicationId, p.Month }).IsUnique();
    }
}
