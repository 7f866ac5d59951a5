using Iljari.Core.Domain.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace Iljari.Core.Data;

/// <summary>The control tower's own data: yearly KPI targets and their history (issue 9). Every KPI value is computed.</summary>
public abstract partial class AppDbContext
{
    public DbSet<KpiTarget> KpiTargets => Set<KpiTarget>();
    public DbSet<KpiTargetChange> KpiTargetChanges => Set<KpiTargetChange>();
    public DbSet<Domain.Seekers.SeekerWish> SeekerWishes => Set<Domain.Seekers.SeekerWish>();
}
