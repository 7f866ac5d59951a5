using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Iljari.Core.Data;

/// <summary>
/// Refuses to save a change to or a deletion of an <see cref="AccessGrantRecord"/> or a <see cref="ChangeRecord"/>: the
/// records of access rights (kept 3 years) and of changes are only ever added, so a bug or a careless page cannot rewrite
/// history through the application.
/// </summary>
public sealed class AppendOnlyRecordsInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? context)
    {
        if (context is null) return;
        if (context.ChangeTracker.Entries<AccessGrantRecord>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("접근권한 기록은 추가만 할 수 있습니다(수정·삭제 불가).");
        if (context.ChangeTracker.Entries<ChangeRecord>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("변경 이력은 추가만 할 수 있습니다(수정·삭제 불가).");
    }
}
