using System.Text.Json;
using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.SmeSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Iljari.Core.Data.Configurations;

/// <summary>Small lists and rule sets kept as one JSON text column, the same on SQLite and PostgreSQL.</summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public static PropertyBuilder<T> AsJson<T>(this PropertyBuilder<T> p, int maxLength) where T : class, new() =>
        p.HasConversion(
                v => JsonSerializer.Serialize(v, Json),
                json => JsonSerializer.Deserialize<T>(json, Json) ?? new T(),
                new ValueComparer<T>((a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                    v => JsonSerializer.Serialize(v, Json).GetHashCode(StringComparison.Ordinal),
                    v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, Json), Json)!))
            .HasMaxLength(maxLength);
}

internal sealed class SupportCallConfiguration : IEntityTypeConfiguration<SupportCall>
{
    public void Configure(EntityTypeBuilder<SupportCall> b)
    {
        b.ToTable("SupportCalls", t =>
        {
            t.HasCheckConstraint("CK_SupportCalls_Status", "\"Status\" IN ('Draft', 'Published', 'Closed')");
            t.HasCheckConstraint("CK_SupportCalls_Budget", "\"Budget\" > 0 AND \"AwardedTotal\" >= 0 AND \"AwardedTotal\" <= \"Budget\"");
            t.HasCheckConstraint("CK_SupportCalls_Awards", "\"Awards\" > 0 AND \"AwardedCount\" >= 0 AND \"AwardedCount\" <= \"Awards\"");
            t.HasCheckConstraint("CK_SupportCalls_Period", "\"Opens\" <= \"Closes\"");
        });
        b.HasOne<Agency>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(12);
        b.Property(c => c.Title).HasMaxLength(150);
        b.Property(c => c.Description).HasMaxLength(5000);
        b.Property(c => c.Eligibility).AsJson(1000);
        b.Property(c => c.RequiredDocuments).AsJson(1000);
        b.Property(c => c.Criteria).AsJson(1500);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.Ignore(c => c.BudgetRemaining);
        b.Ignore(c => c.MaxPoints);
        b.HasIndex(c => new { c.Status, c.Closes });
        b.HasIndex(c => c.AgencyId);
    }
}

internal sealed class SupportApplicationConfiguration : IEntityTypeConfiguration<SupportApplication>
{
    public void Configure(EntityTypeBuilder<SupportApplication> b)
    {
        b.ToTable("SupportApplications", t =>
        {
            t.HasCheckConstraint("CK_SupportApplications_Status", "\"Status\" IN ('Submitted', 'UnderReview', 'Selected', 'NotSelected', 'Withdrawn')");
            t.HasCheckConstraint("CK_SupportApplications_Amounts", "\"RequestedAmount\" > 0 AND (\"AwardedAmount\" IS NULL OR (\"AwardedAmount\" > 0 AND \"AwardedAmount\" <= \"RequestedAmount\"))");
        });
        b.HasOne<SupportCall>().WithMany().HasForeignKey(a => a.CallId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Company>().WithMany().HasForeignKey(a => a.CompanyId).OnDelete(DeleteBehavior.Restrict);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(12);
        b.Property(a => a.Plan).HasMaxLength(SupportApplication.PlanMaxLength);
        b.Property(a => a.DecisionNote).HasMaxLength(SupportApplication.ReasonMaxLength);
        b.Property(a => a.SubmittedByUserId).HasMaxLength(450);
        b.Property(a => a.Version).IsConcurrencyToken();
        // One live application per company and call: a double submit or a race ends in one row; a withdrawn one frees the place.
        b.HasIndex(a => new { a.CallId, a.CompanyId }).IsUnique()
            .HasFilter("\"Status\" IN ('Submitted', 'UnderReview', 'Selected', 'NotSelected')");
        b.HasIndex(a => new { a.CompanyId, a.SubmittedAt });
        b.HasMany(a => a.Documents).WithOne().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(a => a.Events).WithOne().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SupportDocumentConfiguration : IEntityTypeConfiguration<SupportDocument>
{
    public void Configure(EntityTypeBuilder<SupportDocument> b)
    {
        b.ToTable("SupportDocuments");
        b.Property(d => d.Name).HasMaxLength(50);
        b.Property(d => d.StoredName).HasMaxLength(64);
        b.Property(d => d.OriginalName).HasMaxLength(100);
    }
}

internal sealed class SupportApplicationEventConfiguration : IEntityTypeConfiguration<SupportApplicationEvent>
{
    public void Configure(EntityTypeBuilder<SupportApplicationEvent> b)
    {
        b.ToTable("SupportApplicationEvents");
        b.Property(e => e.From).HasConversion<string>().HasMaxLength(12);
        b.Property(e => e.To).HasConversion<string>().HasMaxLength(12);
        b.Property(e => e.ByUserId).HasMaxLength(450);
        b.Property(e => e.Note).HasMaxLength(600);
        b.HasIndex(e => new { e.ApplicationId, e.At });
    }
}

internal sealed class SupportReviewerConfiguration : IEntityTypeConfiguration<SupportReviewer>
{
    public void Configure(EntityTypeBuilder<SupportReviewer> b)
    {
        b.ToTable("SupportReviewers");
        b.HasOne<SupportCall>().WithMany().HasForeignKey(r => r.CallId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Restrict);
        b.Property(r => r.AssignedByUserId).HasMaxLength(450);
        b.HasIndex(r => new { r.CallId, r.UserId }).IsUnique();
        b.HasIndex(r => r.UserId);
    }
}

internal sealed class SupportReviewConfiguration : IEntityTypeConfiguration<SupportReview>
{
    public void Configure(EntityTypeBuilder<SupportReview> b)
    {
        b.ToTable("SupportReviews", t => t.HasCheckConstraint("CK_SupportReviews_Total", "\"Total\" IS NULL OR \"Total\" >= 0"));
        b.HasOne<SupportApplication>().WithMany().HasForeignKey(r => r.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AppUser>().WithMany().HasForeignKey(r => r.ReviewerUserId).OnDelete(DeleteBehavior.Restrict);
        b.Property(r => r.ConflictNote).HasMaxLength(300);
        b.Property(r => r.Scores).AsJson(2000);
        // One sheet per reviewer and application: the conflict declaration cannot be taken back by declaring again.
        b.HasIndex(r => new { r.ApplicationId, r.ReviewerUserId }).IsUnique();
    }
}

internal sealed class DifficultyConfiguration : IEntityTypeConfiguration<Difficulty>
{
    public void Configure(EntityTypeBuilder<Difficulty> b)
    {
        b.ToTable("Difficulties", t =>
        {
            t.HasCheckConstraint("CK_Difficulties_Status", "\"Status\" IN ('Received', 'Assigned', 'InProgress', 'Answered', 'Transferred')");
            t.HasCheckConstraint("CK_Difficulties_Category", "\"Category\" IN ('Workforce', 'Finance', 'Sales', 'Regulation', 'Technology')");
        });
        b.HasOne<Company>().WithMany().HasForeignKey(d => d.CompanyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Agency>().WithMany().HasForeignKey(d => d.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.Property(d => d.Category).HasConversion<string>().HasMaxLength(12);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(12);
        b.Property(d => d.Title).HasMaxLength(100);
        b.Property(d => d.Description).HasMaxLength(3000);
        b.Property(d => d.AttachmentStoredName).HasMaxLength(64);
        b.Property(d => d.AttachmentOriginalName).HasMaxLength(100);
        b.Property(d => d.Department).HasMaxLength(60);
        b.Property(d => d.AssigneeUserId).HasMaxLength(450);
        b.Property(d => d.Answer).HasMaxLength(3000);
        b.Property(d => d.TransferReason).HasMaxLength(500);
        b.Property(d => d.FiledByUserId).HasMaxLength(450);
        b.Property(d => d.Version).IsConcurrencyToken();
        b.HasIndex(d => new { d.AgencyId, d.Status, d.DueOn });
        b.HasIndex(d => new { d.CompanyId, d.FiledAt });
        b.HasMany(d => d.Events).WithOne().HasForeignKey(e => e.DifficultyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DifficultyEventConfiguration : IEntityTypeConfiguration<DifficultyEvent>
{
    public void Configure(EntityTypeBuilder<DifficultyEvent> b)
    {
        b.ToTable("DifficultyEvents");
        b.Property(e => e.From).HasConversion<string>().HasMaxLength(12);
        b.Property(e => e.To).HasConversion<string>().HasMaxLength(12);
        b.Property(e => e.ByUserId).HasMaxLength(450);
        b.Property(e => e.Note).HasMaxLength(700);
        b.HasIndex(e => new { e.DifficultyId, e.At });
    }
}
