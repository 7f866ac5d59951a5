using Iljari.Core.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Iljari.Core.Data;

/// <summary>Records of granting and revoking staff access rights (issue 10).</summary>
public abstract partial class AppDbContext
{
    public DbSet<AccessGrantRecord> AccessGrants => Set<AccessGrantRecord>();
}
