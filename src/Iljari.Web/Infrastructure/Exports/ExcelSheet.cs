using System.Data;

namespace Iljari.Web.Infrastructure.Exports;

/// <summary>
/// One worksheet of an export: Korean column headers and one typed value per cell. Numbers stay numbers, <see cref="DateOnly"/>
/// becomes an Excel date and a stored (UTC) <see cref="DateTime"/> an Excel date-time in Korean time, so the file sorts
/// and sums in Excel; text is already formatted by the caller (labels, masked names). Headers are written even without rows.
/// </summary>
public sealed class ExcelSheet
{
    private ExcelSheet(string name, DataTable table, IReadOnlyDictionary<string, ExcelCellKind> kinds) => (Name, Table, Kinds) = (name, table, kinds);

    public string Name { get; }
    public int RowCount => Table.Rows.Count;
    internal DataTable Table { get; }
    internal IReadOnlyDictionary<string, ExcelCellKind> Kinds { get; }

    public static ExcelSheet Of<T>(string name, IEnumerable<T> rows, params (string Header, Func<T, object?> Value)[] columns)
    {
        var values = rows.Select(r => columns.Select(c => c.Value(r)).ToArray()).ToList();
        var kinds = columns.Select((c, i) => KindOf(values.Select(v => v[i]))).ToArray();
        var table = new DataTable(name);
        for (var i = 0; i < columns.Length; i++) table.Columns.Add(columns[i].Header, ClrType(kinds[i]));
        foreach (var row in values) table.Rows.Add(row.Select((v, i) => Cell(v, kinds[i])).ToArray());
        return new ExcelSheet(name, table, columns.Select((c, i) => (c.Header, kinds[i])).ToDictionary(x => x.Header, x => x.Item2));
    }

    /// <summary>A column holds one kind; a column mixing kinds (or holding none) is written as text.</summary>
    private static ExcelCellKind KindOf(IEnumerable<object?> values)
    {
        var kinds = values.Where(v => v is not null).Select(v => v switch
        {
            int or long or short or byte => ExcelCellKind.Integer,
            decimal or double or float => ExcelCellKind.Number,
            DateOnly => ExcelCellKind.Date,
            DateTime => ExcelCellKind.DateTime,
            _ => ExcelCellKind.Text,
        }).Distinct().ToList();
        return kinds switch
        {
            [var only] => only,
            [_, _] when kinds.All(k => k is ExcelCellKind.Integer or ExcelCellKind.Number) => ExcelCellKind.Number,
            _ => ExcelCellKind.Text,
        };
    }

    private static Type ClrType(ExcelCellKind kind) => kind switch
    {
        ExcelCellKind.Integer => typeof(long),
        ExcelCellKind.Number => typeof(decimal),
        ExcelCellKind.Date or ExcelCellKind.DateTime => typeof(DateTime),
        _ => typeof(string),
    };

    private static object Cell(object? value, ExcelCellKind kind) => value switch
    {
        null => DBNull.Value,
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        DateTime utc => Core.Domain.Common.KoreanFormat.ToKst(utc),
        _ when kind == ExcelCellKind.Integer => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
        _ when kind == ExcelCellKind.Number => Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}

public enum ExcelCellKind { Text, Integer, Number, Date, DateTime }
