using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Matching;
using Iljari.Core.Domain.Postings;
using Iljari.Core.Domain.Seekers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Iljari.Core.Data.Configurations;

internal sealed class NotInterestedConfiguration : IEntityTypeConfiguration<NotInterested>
{
    public void Configure(EntityTypeBuilder<NotInterested> b)
    {
        b.ToTable("NotInterested");
        b.HasOne<SeekerProfile>().WithMany().HasForeignKey(n => n.SeekerProfileId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<JobPosting>().WithMany().HasForeignKey(n => n.JobPostingId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(n => new { n.SeekerProfileId, n.JobPostingId }).IsUnique();
    }
}

internal sealed class InterviewProposalConfiguration : IEntityTypeConfiguration<InterviewProposal>
{
    public void Configure(EntityTypeBuilder<InterviewProposal> b)
    {
        b.ToTable("InterviewProposals", t =>
            t.HasCheckConstraint("CK_InterviewProposals_Status", "\"Status\" IN ('Pending', 'Accepted', 'Declined', 'Withdrawn')"));
        b.HasOne<JobPosting>().WithMany().HasForeignKey(p => p.JobPostingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Company>().WithMany().HasForeignKey(p => p.CompanyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SeekerProfile>().WithMany().HasForeignKey(p => p.SeekerProfileId).OnDelete(DeleteBehavior.Cascade);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.Message).HasMaxLength(500);
        b.Property(p => p.ProposedByUserId).HasMaxLength(450);
        // One live proposal per posting and seeker; a declined or withdrawn one may be followed by a new one.
        b.HasIndex(p => new { p.JobPostingId, p.SeekerProfileId }).IsUnique().HasFilter("\"Status\" IN ('Pending', 'Accepted')");
        b.HasIndex(p => new { p.SeekerProfileId, p.Status });
    }
}
