using Iljari.Core.Domain.Enterprises;
using Microsoft.EntityFrameworkCore;

namespace Iljari.Core.Data;

/// <summary>사회적경제기업 register and its 5-stage support pipeline (enterprise support, issue 8).</summary>
public abstract partial class AppDbContext
{
    public DbSet<SocialEnterprise> SocialEnterprises => Set<SocialEnterprise>();
    public DbSet<EnterpriseHeadcount> EnterpriseHeadcounts => Set<EnterpriseHeadcount>();
    public DbSet<EnterpriseStageChange> EnterpriseStageChanges => Set<EnterpriseStageChange>();
    public DbSet<EnterpriseActivity> EnterpriseActivities => Set<EnterpriseActivity>();
    public DbSet<EnterpriseRevenue> EnterpriseRevenues => Set<EnterpriseRevenue>();
}
