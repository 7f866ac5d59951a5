using Iljari.Core.Domain.Common;
using Iljari.Web.Infrastructure;
using Iljari.Core.Domain.Partners;
using Iljari.Web.Infrastructure.OpenData;
using Iljari.Web.Infrastructure.PartnerApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Iljari.Web.Api;

/// <summary>
/// <c>/api/v1/statistics</c>: the open datasets as JSON, the same suppressed aggregates as the CSV files. Anonymous for
/// now (the data is public); partner-token scopes are wired on the group when tokens arrive.
/// </summary>
public static class StatisticsEndpoints
{
    public static IEndpointRouteBuilder MapStatisticsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/statistics").WithTags("공공데이터 통계 (Statistics)").RequireScope(ApiScopes.StatisticsRead);
        group.MapGet("/", List)
            .WithName("ListStatistics")
            .WithSummary("개방 통계 목록")
            .WithDescription("The published datasets with their columns (the data dictionary).");
        group.MapGet("/{dataset}", GetAsync)
            .WithName("GetStatistics")
            .WithSummary("개방 통계 조회")
            .WithDescription("Monthly aggregates of one dataset for a period (from/to as yyyy-MM, at most 60 months; default the last 12). "
                + "Counts of 1–4 people are null with flag \"X\", with complementary suppression so no hidden cell follows from the monthly total.")
            .Produces<StatisticsResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static Ok<IReadOnlyList<DatasetInfo>> List() =>
        TypedResults.Ok<IReadOnlyList<DatasetInfo>>(OpenDataCatalog.All.Select(DatasetInfo.From).ToList());

    private static async Task<IResult> GetAsync(string dataset, string? from, string? to, AppDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (OpenDataCatalog.Find(dataset) is not { } d) return ProblemResults.NotFound($"‘{dataset}’ 통계가 없습니다. /api/v1/statistics 에서 목록을 보세요.");
        var errors = new Dictionary<string, string[]>();
        var today = KoreanFormat.TodayInKorea(time);
        if (MonthRange.Parse(from, to, today, errors) is not { } period) return ProblemResults.Invalid(errors);
        var table = await StatisticsTables.BuildAsync(d, db, period, today, ct);
        return TypedResults.Ok(new StatisticsResponse(d.Id, d.Title, period.FromText, period.ToText, OpenDataset.HiddenFlag,
            table.Columns.Select(ColumnInfo.From).ToList(),
            table.Rows.Select(r => table.Columns.Select((c, i) => (c.Name, r[i])).ToDictionary(x => x.Name, x => x.Item2)).ToList()));
    }
}

public sealed record ColumnInfo(string Name, string Label, string Type, string Unit, string Description, string Suppression)
{
    public static ColumnInfo From(StatColumn c) => new(c.Name, c.Label, c.Type, c.Unit, c.Description, c.Suppression);
}

public sealed record DatasetInfo(string Id, string Title, string Description, string Source, string Url, string CsvUrl, IReadOnlyList<ColumnInfo> Columns)
{
    public static DatasetInfo From(OpenDataset d) => new(d.Id, d.Title, d.Description, d.Source, $"/api/v1/statistics/{d.Id}", $"/OpenData?handler=Csv&dataset={d.Id}",
        StatisticsTables.Columns(d).Select(ColumnInfo.From).ToList());
}

/// <param name="HiddenFlag">The flag-column value of a suppressed cell (whose value is null).</param>
public sealed record StatisticsResponse(string Dataset, string Title, string From, string To, string HiddenFlag,
    IReadOnlyList<ColumnInfo> Columns, IReadOnlyList<Dictionary<string, object?>> Rows);
