using Iljari.Core.Domain.Partners;
using Iljari.Core.Domain.Postings;
using Microsoft.EntityFrameworkCore;

namespace Iljari.Core.Data;

/// <summary>Partner API tokens and posting imports (issue 9, partner API).</summary>
public abstract partial class AppDbContext
{
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<PostingImportRun> PostingImportRuns => Set<PostingImportRun>();
    public DbSet<PostingImportRejection> PostingImportRejections => Set<PostingImportRejection>();
}
