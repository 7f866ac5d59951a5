using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Incentives;
using Microsoft.EntityFrameworkCore;

namespace Iljari.Core.Data;

public abstract partial class AppDbContext
{
    public DbSet<IncentiveScheme> IncentiveSchemes => Set<IncentiveScheme>();
    public DbSet<IncentiveClaim> IncentiveClaims => Set<IncentiveClaim>();
    public DbSet<ClaimEvidence> ClaimEvidence => Set<ClaimEvidence>();
    public DbSet<PaymentBatch> PaymentBatches => Set<PaymentBatch>();
    public DbSet<LedgerTransaction> LedgerTransactions => Set<LedgerTransaction>();
    public DbSet<LedgerEntry> LedgerEntries => Set<LedgerEntry>();
    public DbSet<JobRun> JobRuns => Set<JobRun>();
}
