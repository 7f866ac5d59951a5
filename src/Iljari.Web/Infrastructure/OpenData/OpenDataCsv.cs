using System.Globalization;
using System.Text;

namespace Iljari.Web.Infrastructure.OpenData;

/// <summary>
/// CSV as 공공데이터포털 publishes it: UTF-8 with a byte-order mark (so Excel opens Korean correctly), RFC 4180 quoting,
/// CRLF line ends, one header row of column names; a suppressed value is an empty cell with "X" in its flag column.
/// </summary>
public static class OpenDataCsv
{
    public const string ContentType = "text/csv; charset=utf-8";
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static byte[] Table(StatTable table) => Write(table.Columns.Select(c => c.Name), table.Rows);

    /// <summary>데이터 사전: one row per column of every dataset.</summary>
    public static byte[] Dictionary(IEnumerable<OpenDataset> datasets) => Write(
        ["dataset", "dataset_title", "column_name", "label", "type", "unit", "description", "suppression_rule"],
        datasets.SelectMany(d => StatisticsTables.Columns(d).Select(c => new object?[] { d.Id, d.Title, c.Name, c.Label, c.Type, c.Unit, c.Description, c.Suppression })));

    private static byte[] Write(IEnumerable<string> header, IEnumerable<object?[]> rows)
    {
        var text = new StringBuilder();
        text.Append(string.Join(',', header.Select(Field))).Append("\r\n");
        foreach (var row in rows) text.Append(string.Join(',', row.Select(v => Field(Convert.ToString(v, CultureInfo.InvariantCulture))))).Append("\r\n");
        return [.. Utf8WithBom.GetPreamble(), .. Utf8WithBom.GetBytes(text.ToString())];
    }

    private static string Field(string? value) =>
        value is null ? "" : value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
