using Iljari.Core.Domain.Guarantees;
using Microsoft.EntityFrameworkCore;

namespace Iljari.Core.Data;

public abstract partial class AppDbContext
{
    public DbSet<GuaranteeScheme> GuaranteeSchemes => Set<GuaranteeScheme>();
    public DbSet<Guarantee> Guarantees => Set<Guarantee>();
    public DbSet<GuaranteeEntry> GuaranteeEntries => Set<GuaranteeEntry>();
    public DbSet<InterestSupportRound> InterestSupportRounds => Set<InterestSupportRound>();
    public DbSet<InterestSupportApplication> InterestSupportApplications => Set<InterestSupportApplication>();
    public DbSet<InterestPayment> InterestPayments => Set<InterestPayment>();
}
