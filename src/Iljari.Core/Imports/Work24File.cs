using System.Text;
using System.Text.Json;
using Iljari.Core.Domain.Postings;

namespace Iljari.Core.Imports;

/// <summary>One record of an import file: its row number as the sender sees it, and its fields by Work24 name.</summary>
public sealed record Work24Row(int RowNumber, IReadOnlyDictionary<string, string> Values)
{
    public string? this[string field] => Values.TryGetValue(field, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
}

/// <summary>The file as a whole cannot be read (not CSV/JSON, no header, no rows); the message is Korean.</summary>
public sealed class ImportFileException(string message) : Exception(message);

/// <summary>
/// Reads a Work24-style posting file. CSV: RFC 4180 (quoted fields may hold commas, quotes and line breaks), UTF-8
/// with or without BOM, a header row of Work24 field names; row numbers count the header as row 1, as a spreadsheet
/// shows them. JSON: an array of objects, or Work24's own <c>{"wanted": [...]}</c> shape; items count from 1.
/// </summary>
public static class Work24File
{
    public const int MaxRows = 50_000;

    public static IReadOnlyList<Work24Row> Read(string content, ImportFormat format) =>
        format == ImportFormat.Json ? ReadJson(content) : ReadCsv(content);

    /// <summary>Guesses the format from the name, then from the first character.</summary>
    public static ImportFormat Detect(string? fileName, string content)
    {
        if (fileName?.EndsWith(".json", StringComparison.OrdinalIgnoreCase) == true) return ImportFormat.Json;
        if (fileName?.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) == true) return ImportFormat.Csv;
        var first = content.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').FirstOrDefault();
        return first is '[' or '{' ? ImportFormat.Json : ImportFormat.Csv;
    }

    private static List<Work24Row> ReadCsv(string content)
    {
        var records = CsvRecords(content.TrimStart('\uFEFF')).ToList();
        if (records.Count == 0 || records[0].All(string.IsNullOrWhiteSpace)) throw new ImportFileException("CSV 파일에 머리글(필드 이름) 행이 없습니다.");
        var header = records[0].Select(h => h.Trim()).ToList();
        if (!header.Contains("wantedAuthNo", StringComparer.OrdinalIgnoreCase))
            throw new ImportFileException("CSV 머리글에 wantedAuthNo(구인인증번호) 열이 없습니다. 필드 이름은 고용24 채용정보 항목명을 씁니다.");
        var rows = new List<Work24Row>();
        for (var i = 1; i < records.Count; i++)
        {
            if (records[i].All(string.IsNullOrWhiteSpace)) continue; // a trailing blank line is not a row
            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var c = 0; c < header.Count && c < records[i].Count; c++)
                if (header[c].Length > 0) values[header[c]] = records[i][c];
            rows.Add(new Work24Row(i + 1, values));
        }
        return Checked(rows);
    }

    private static IEnumerable<List<string>> CsvRecords(string text)
    {
        var field = new StringBuilder();
        var record = new List<string>();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
            }
            else if (c == '"' && field.Length == 0) quoted = true;
            else if (c == ',') { record.Add(field.ToString()); field.Clear(); }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                record.Add(field.ToString());
                field.Clear();
                yield return record;
                record = [];
            }
            else field.Append(c);
        }
        if (quoted) throw new ImportFileException("CSV 파일이 닫히지 않은 큰따옴표(\")로 끝납니다.");
        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            yield return record;
        }
    }

    private static List<Work24Row> ReadJson(string content)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(content.TrimStart('\uFEFF'), new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ImportFileException($"JSON 형식이 올바르지 않습니다 (줄 {(e.LineNumber ?? 0) + 1}).");
        }
        using (doc)
        {
            var items = doc.RootElement.ValueKind switch
            {
                JsonValueKind.Array => doc.RootElement,
                JsonValueKind.Object when doc.RootElement.TryGetProperty("wanted", out var w) && w.ValueKind == JsonValueKind.Array => w,
                _ => throw new ImportFileException("JSON은 공고 객체의 배열이거나 {\"wanted\": [...]} 형태여야 합니다."),
            };
            var rows = new List<Work24Row>();
            var n = 0;
            foreach (var item in items.EnumerateArray())
            {
                n++;
                var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                if (item.ValueKind == JsonValueKind.Object)
                    foreach (var p in item.EnumerateObject())
                        values[p.Name] = p.Value.ValueKind switch
                        {
                            JsonValueKind.String => p.Value.GetString() ?? "",
                            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => p.Value.GetRawText(),
                            _ => "",
                        };
                rows.Add(new Work24Row(n, values));
            }
            return Checked(rows);
        }
    }

    private static List<Work24Row> Checked(List<Work24Row> rows)
    {
        if (rows.Count == 0) throw new ImportFileException("가져올 공고가 없습니다 (빈 파일).");
        if (rows.Count > MaxRows) throw new ImportFileException($"한 번에 {MaxRows:N0}건까지 가져올 수 있습니다. 파일을 나눠 주세요.");
        return rows;
    }
}
