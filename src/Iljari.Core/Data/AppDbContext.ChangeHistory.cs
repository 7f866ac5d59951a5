using Iljari.Core.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Iljari.Core.Data;

/// <summary>Who changed which enterprise-support record, and how (issue 8: every state change logged).</summary>
public abstract partial class AppDbContext
{
    public DbSet<ChangeRecord> ChangeRecords => Set<ChangeRecord>();
}
