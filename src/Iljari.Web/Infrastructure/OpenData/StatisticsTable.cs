using Iljari.Core.Domain.OpenData;

namespace Iljari.Web.Infrastructure.OpenData;

/// <summary>One column of a published table, as the data dictionary (데이터 사전) describes it.</summary>
public sealed record StatColumn(string Name, string Label, string Type, string Unit, string Description, string Suppression);

/// <summary>A published table: columns and rows of values (null = suppressed, its flag column says "X").</summary>
public sealed record StatTable(OpenDataset Dataset, MonthRange Period, IReadOnlyList<StatColumn> Columns, IReadOnlyList<object?[]> Rows);

/// <summary>Builds a dataset's published table: rolls raw keys up to members, adds the monthly totals and suppresses small cells.</summary>
public static class StatisticsTables
{
    public const string SuppressionRule = "1~4명은 비공개(X), 0은 그대로 공개. 같은 달의 합계에서 빼서 알아낼 수 없도록 보완 비공개(가장 작은 칸부터 추가)를 적용";

    public static IReadOnlyList<StatColumn> Columns(OpenDataset d)
    {
        var columns = new List<StatColumn>
        {
            new("year_month", "기준 연월", "string", "YYYY-MM", "집계 기준 월(한국 시간)", "없음"),
            new($"{d.Dimension}_code", $"{d.DimensionLabel} 코드", "string", "", $"{d.DimensionLabel} 코드; 그 달의 합계 행은 {OpenDataset.TotalCode}", "없음"),
            new($"{d.Dimension}_name", d.DimensionLabel, "string", "", $"{d.DimensionLabel} 이름; 합계 행은 ‘합계’", "없음"),
        };
        foreach (var m in d.Measures)
        {
            var rule = m.Kind switch
            {
                MeasureKind.People => SuppressionRule,
                MeasureKind.Amount => $"{Label(d, m.HiddenWith!)}이(가) 비공개인 칸은 금액도 비공개",
                _ => "없음(공개된 공고·행사의 건수)",
            };
            columns.Add(new(m.Name, m.Label, "integer", m.Unit, m.Description, rule));
            if (m.Kind != MeasureKind.Count)
                columns.Add(new(m.Name + "_flag", m.Label + " 비공개 표시", "string", "", $"‘{OpenDataset.HiddenFlag}’이면 {m.Label} 값을 비공개함(빈 칸)", "없음"));
        }
        return columns;
    }

    public static async Task<StatTable> BuildAsync(OpenDataset d, AppDbContext db, MonthRange period, DateOnly today, CancellationToken ct)
    {
        var raw = await d.Query(db, period, today, ct);
        var rows = new List<object?[]>();
        foreach (var month in period.Months())
        {
            var inMonth = raw.Where(r => r.Year == month.Year && r.Month == month.Month).ToList();
            // values[measure][member], members in catalogue order; totals[measure]
            var values = d.Measures.Select(m => d.Members.Select(mem => inMonth.Where(r => r.Measure == m.Name && r.Key != RawCount.TotalKey && d.MemberOf(r.Key) == mem.Code).Sum(r => r.Value)).ToArray()).ToArray();
            var totals = d.Measures.Select((m, i) => m.Additive ? values[i].Sum() : inMonth.Where(r => r.Measure == m.Name && r.Key == RawCount.TotalKey).Sum(r => r.Value)).ToArray();
            var hidden = new Dictionary<string, SmallCellSuppression.Result>();
            foreach (var (m, i) in d.Measures.Select((m, i) => (m, i)).Where(x => x.m.Kind == MeasureKind.People))
                hidden[m.Name] = SmallCellSuppression.Apply(values[i], totals[i]);
            for (var r = 0; r <= d.Members.Count; r++)
            {
                var isTotal = r == d.Members.Count;
                var row = new List<object?> { month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
                    isTotal ? OpenDataset.TotalCode : d.Members[r].Code, isTotal ? "합계" : d.Members[r].Name };
                for (var i = 0; i < d.Measures.Count; i++)
                {
                    var m = d.Measures[i];
                    var value = isTotal ? totals[i] : values[i][r];
                    var rule = m.Kind switch { MeasureKind.People => hidden[m.Name], MeasureKind.Amount => hidden[m.HiddenWith!], _ => null };
                    var isHidden = rule is not null && (isTotal ? rule.Total : rule.Members[r]);
                    row.Add(isHidden ? null : value);
                    if (m.Kind != MeasureKind.Count) row.Add(isHidden ? OpenDataset.HiddenFlag : "");
                }
                rows.Add(row.ToArray());
            }
        }
        return new StatTable(d, period, Columns(d), rows);
    }

    private static string Label(OpenDataset d, string measure) => d.Measures.First(m => m.Name == measure).Label;
}
