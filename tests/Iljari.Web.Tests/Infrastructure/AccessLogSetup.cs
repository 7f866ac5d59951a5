using Iljari.Core.Domain.Sharing;
using Microsoft.EntityFrameworkCore;

namespace Iljari.Web.Tests.Infrastructure;

/// <summary>Writes access-log rows straight to the database the way the app does: each one chained after the newest.</summary>
public static class AccessLogSetup
{
    public static Task AppendAccessLogAsync(this IljariApp app, IEnumerable<AccessLogEntry> entries) => app.WithDbAsync(async db =>
    {
        var last = await db.AccessLog.OrderByDescending(e => e.Sequence).Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync();
        var (sequence, previous) = (last?.Sequence ?? 0, last?.Hash ?? AccessLogChain.Genesis);
        foreach (var entry in entries)
        {
            entry.Chain(++sequence, previous);
            previous = entry.Hash;
            db.AccessLog.Add(entry);
        }
        return await db.SaveChangesAsync();
    });
}
