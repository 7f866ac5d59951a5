using System.Globalization;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Sharing;
using Iljari.Web.Infrastructure.Sharing;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Iljari.Web.Infrastructure.Exports;

/// <summary>
/// 엑셀 내려받기 for every list page: the workbook of the page's filtered query (all rows, not one page), one 접속기록 row
/// per export (page, filter, row count; the subject when the list is about one person), and a file named after the page.
/// The page checks access and scope exactly as its GET handler does before calling this.
/// </summary>
public sealed class ExcelExport(AccessLogger accessLog, IHttpContextAccessor http, TimeProvider time)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public Task<FileContentResult> FileAsync(string title, ExcelSheet sheet, CancellationToken ct, int? subjectSeekerProfileId = null) =>
        FileAsync(title, [sheet], ct, subjectSeekerProfileId);

    public async Task<FileContentResult> FileAsync(string title, IReadOnlyList<ExcelSheet> sheets, CancellationToken ct, int? subjectSeekerProfileId = null)
    {
        var bytes = await WorkbookAsync(sheets, ct);
        var request = http.HttpContext?.Request ?? throw new InvalidOperationException("An export needs a request.");
        var rows = sheets.Sum(s => s.RowCount);
        await accessLog.RecordAsync(subjectSeekerProfileId, AccessActions.Export, $"{title} · {request.Path}{Filter(request.Query)} · {rows:#,0}건", ct);
        return new FileContentResult(bytes, ContentType) { FileDownloadName = FileName(title, KoreanFormat.TodayInKorea(time)) };
    }

    public static async Task<byte[]> WorkbookAsync(IReadOnlyList<ExcelSheet> sheets, CancellationToken ct)
    {
        // Formats go by column header; a header that is a date in one sheet is a date in all of them. Amounts ("…(원)",
        // the header every money column carries) keep their number type but show thousands separators: 15,000,000.
        var formats = sheets.SelectMany(s => s.Kinds).Select(k => (k.Key, Format: FormatOf(k.Key, k.Value))).Where(k => k.Format is not null)
            .DistinctBy(k => k.Key).Select(k => new DynamicExcelColumn(k.Key) { Format = k.Format }).ToArray();
        using var stream = new MemoryStream();
        var workbook = sheets.Select(s => (Name: SheetName(s.Name), s.Table)).ToDictionary(s => s.Name, s => (object)s.Table);
        await stream.SaveAsAsync(workbook, configuration: new OpenXmlConfiguration { DynamicColumns = formats }, cancellationToken: ct);
        return stream.ToArray();
    }

    /// <summary>The Excel number format of a column, or null for the general format.</summary>
    internal static string? FormatOf(string header, ExcelCellKind kind) => kind switch
    {
        ExcelCellKind.Date => "yyyy-mm-dd",
        ExcelCellKind.DateTime => "yyyy-mm-dd hh:mm",
        ExcelCellKind.Integer or ExcelCellKind.Number when header.EndsWith(MoneyHeaderSuffix, StringComparison.Ordinal) => "#,##0",
        _ => null,
    };

    /// <summary>Money columns are headed "금액(원)", "예산(원)" …: the unit in the header, separators in the cell.</summary>
    public const string MoneyHeaderSuffix = "(원)";

    /// <summary>The query string without the handler and the page number: the filter the rows were chosen by.</summary>
    public static string Filter(IQueryCollection query)
    {
        var parts = query.Where(kv => kv.Key is not ("handler" or "page") && !string.IsNullOrEmpty(kv.Value))
            .Select(kv => $"{kv.Key}={kv.Value}").ToList();
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    /// <summary>"사회적경제기업 목록_20261123.xlsx": the page's Korean title without characters file systems refuse.</summary>
    public static string FileName(string title, DateOnly today)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['\\', '/', ':', '*', '?', '"', '<', '>', '|']).ToHashSet();
        var safe = new string(title.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c).ToArray()).Trim();
        return $"{(safe.Length == 0 ? "목록" : safe)}_{today.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.xlsx";
    }

    /// <summary>Excel sheet names: at most 31 characters and none of []:*?/\ (callers keep them unique).</summary>
    private static string SheetName(string name)
    {
        var clean = new string(name.Select(c => "[]:*?/\\".Contains(c) ? '_' : c).ToArray());
        return clean.Length > 31 ? clean[..31] : clean;
    }
}
