using Iljari.Core.Domain.Seekers;
using Microsoft.EntityFrameworkCore;

namespace Iljari.Core.Data;

/// <summary>Personal-information safeguards (issue 10): the encrypted sensitive details of seekers.</summary>
public abstract partial class AppDbContext
{
    public DbSet<SeekerSensitiveRecord> SeekerSensitiveRecords => Set<SeekerSensitiveRecord>();
}
