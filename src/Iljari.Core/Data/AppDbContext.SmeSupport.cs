using Iljari.Core.Domain.SmeSupport;
using Microsoft.EntityFrameworkCore;

namespace Iljari.Core.Data;

/// <summary>중소기업 지원사업 (calls, applications, review) and 기업애로 해소 (issue 8).</summary>
public abstract partial class AppDbContext
{
    public DbSet<SupportCall> SupportCalls => Set<SupportCall>();
    public DbSet<SupportApplication> SupportApplications => Set<SupportApplication>();
    public DbSet<SupportDocument> SupportDocuments => Set<SupportDocument>();
    public DbSet<SupportApplicationEvent> SupportApplicationEvents => Set<SupportApplicationEvent>();
    public DbSet<SupportReviewer> SupportReviewers => Set<SupportReviewer>();
    public DbSet<SupportReview> SupportReviews => Set<SupportReview>();
    public DbSet<Difficulty> Difficulties => Set<Difficulty>();
    public DbSet<DifficultyEvent> DifficultyEvents => Set<DifficultyEvent>();
}
