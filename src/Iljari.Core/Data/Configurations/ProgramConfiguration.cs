using System.Text.Json;
using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Iljari.Core.Data.Configurations;

internal sealed class JobProgramConfiguration : IEntityTypeConfiguration<JobProgram>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<JobProgram> b)
    {
        b.ToTable("JobPrograms", t =>
        {
            t.HasCheckConstraint("CK_JobPrograms_Capacity", "\"Capacity\" > 0");
            t.HasCheckConstraint("CK_JobPrograms_CompletionPercent", "\"CompletionPercent\" BETWEEN 1 AND 100");
        });
        b.HasOne<Agency>().WithMany().HasForeignKey(p => p.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Title).HasMaxLength(150);
        b.Property(p => p.Description).HasMaxLength(5000);
        // Programs made before completion existed get the usual 80 %.
        b.Property(p => p.CompletionPercent).HasDefaultValue(JobProgram.DefaultCompletionPercent);
        // Eligibility rules are data: one JSON document of yearly versions, the same on SQLite and PostgreSQL.
        b.Property(p => p.Rules).HasConversion(
                rules => JsonSerializer.Serialize(rules, Json),
                json => JsonSerializer.Deserialize<List<EligibilityRule>>(json, Json) ?? new List<EligibilityRule>(),
                new ValueComparer<List<EligibilityRule>>((a, c) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(c, Json),
                    v => JsonSerializer.Serialize(v, Json).GetHashCode(StringComparison.Ordinal), v => v.ToList()))
            .HasMaxLength(4000);
        b.HasIndex(p => new { p.ApplicationCloses, p.Kind });
    }
}

internal sealed class ProgramApplicationConfiguration : IEntityTypeConfiguration<ProgramApplication>
{
    public void Configure(EntityTypeBuilder<ProgramApplication> b)
    {
        b.ToTable("ProgramApplications", t => t.HasCheckConstraint("CK_ProgramApplications_Status",
            "\"Status\" IN ('Applied', 'Approved', 'Waitlisted', 'Cancelled', 'Rejected')"));
        b.HasOne<JobProgram>().WithMany().HasForeignKey(a => a.ProgramId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Domain.Seekers.SeekerProfile>().WithMany().HasForeignKey(a => a.SeekerProfileId).OnDelete(DeleteBehavior.Cascade);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(12);
        b.Property(a => a.EligibilityReason).HasMaxLength(300);
        b.Ignore(a => a.HoldsPlace);
        // One live application per seeker and program: a double submit or a race ends in one row.
        b.HasIndex(a => new { a.ProgramId, a.SeekerProfileId }).IsUnique().HasFilter("\"Status\" IN ('Applied', 'Approved', 'Waitlisted')");
        b.HasIndex(a => new { a.ProgramId, a.Status, a.AppliedAt });
    }
}
