using System.Text.Json.Nodes;
using Iljari.Core.Domain.Common;

namespace Iljari.Web.Infrastructure.ChangeHistory;

public sealed record ChangeLine(string Field, string? Before, string? After);

public sealed record ChangeRow(long Id, DateTime At, string Author, string Target, string EntityKey, string Kind, IReadOnlyList<ChangeLine> Lines)
{
    /// <summary>"상태: 작성 중 → 게시; 제목: …" — one line for a table cell or a spreadsheet.</summary>
    public string Summary => string.Join("; ", Lines.Select(l => l switch
    {
        { Before: null } => $"{l.Field}: {l.After}",
        { After: null } => $"{l.Field}: {l.Before}",
        _ => $"{l.Field}: {l.Before} → {l.After}",
    }));
}

/// <summary>Reads <see cref="ChangeRecord"/>s and puts them into words for the record pages and the city's change-history list.</summary>
public sealed class ChangeHistoryReader(AppDbContext db)
{
    /// <summary>The newest changes shown on a record's page; the full list is the city's 변경 이력 page.</summary>
    public const int OnPage = 50;

    /// <summary>The history shown on the page of one <typeparamref name="TRecord"/> (a call, an enterprise …): its own changes and its parts'.</summary>
    public async Task<IReadOnlyList<ChangeRow>> OfAsync<TRecord>(int id, CancellationToken ct)
    {
        var scope = Core.Data.ChangeHistory.ChangeHistoryScopes.Scope(typeof(TRecord).Name, id);
        return await RowsAsync(db.ChangeRecords.AsNoTracking().Where(c => c.Scope == scope).OrderByDescending(c => c.Id).Take(OnPage), ct);
    }

    /// <summary>The account's name today, else the login name kept on the record, else 시스템 (a job or the demo seed).</summary>
    private static string Author(ChangeRecord record, IReadOnlyDictionary<string, string> names) =>
        record.UserId is { } id && names.TryGetValue(id, out var name) && name.Length > 0 ? name : record.UserName ?? "시스템";

    public async Task<IReadOnlyList<ChangeRow>> RowsAsync(IQueryable<ChangeRecord> query, CancellationToken ct)
    {
        var records = await query.ToListAsync(ct);
        var parsed = records.Select(r => (Record: r, Changes: JsonNode.Parse(r.Changes) as JsonObject ?? [])).ToList();
        // Account ids in the values (배정한 직원, 심사위원 …) read as names.
        var ids = parsed.SelectMany(p => p.Changes.Where(c => c.Key.EndsWith("UserId", StringComparison.Ordinal)))
            .SelectMany(c => c.Value is JsonArray pair ? pair.Select(v => v?.GetValueKind() == System.Text.Json.JsonValueKind.String ? v.GetValue<string>() : null) : [])
            .Concat(records.Select(r => r.UserId)).OfType<string>().Distinct().ToList();
        var names = ids.Count == 0 ? new Dictionary<string, string>()
            : await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return [.. parsed.Select(p => new ChangeRow(p.Record.Id, p.Record.At, Author(p.Record, names), ChangeLabels.Entity(p.Record.Entity), p.Record.EntityKey,
            ChangeLabels.Kind(p.Record.Kind),
            [.. p.Changes.Select(c => c.Value is JsonArray pair && pair.Count == 2
                ? new ChangeLine(ChangeLabels.Field(c.Key), ChangeLabels.Value(p.Record.Entity, c.Key, pair[0], names), ChangeLabels.Value(p.Record.Entity, c.Key, pair[1], names))
                : new ChangeLine(ChangeLabels.Field(c.Key), null, c.Value?.ToJsonString()))]))];
    }
}
