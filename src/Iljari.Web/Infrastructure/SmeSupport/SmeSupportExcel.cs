using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.SmeSupport;
using MiniExcelLibs;

namespace Iljari.Web.Infrastructure.SmeSupport;

/// <summary>
/// The staff lists as Excel workbooks (MiniExcel). Amounts are written as text with separators and 원 ("1,500,000원"),
/// as the city's reports read them; the list pages show the same rows.
/// </summary>
public static class SmeSupportExcel
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static Task<MemoryStream> CallsAsync(IEnumerable<(SupportCall Call, int Applications)> rows, CancellationToken ct) =>
        SaveAsync("공고", rows.Select(r => new Dictionary<string, object>
        {
            ["번호"] = r.Call.Id, ["종류"] = r.Call.Kind.Label(), ["공고명"] = r.Call.Title, ["상태"] = r.Call.Status.Label(),
            ["접수 기간"] = $"{KoreanFormat.Date(r.Call.Opens)} ~ {KoreanFormat.Date(r.Call.Closes)}", ["예산"] = KoreanFormat.Won(r.Call.Budget),
            ["선정 규모(건)"] = r.Call.Awards, ["신청(건)"] = r.Applications, ["선정(건)"] = r.Call.AwardedCount, ["지원 결정액"] = KoreanFormat.Won(r.Call.AwardedTotal),
            ["남은 예산"] = KoreanFormat.Won(r.Call.BudgetRemaining),
        }), ct);

    public static Task<MemoryStream> ApplicationsAsync(SupportCall call, IEnumerable<(SupportApplication Application, string Company, ScoreSummary? Score)> rows, CancellationToken ct) =>
        SaveAsync("신청", rows.Select(r => new Dictionary<string, object>
        {
            ["신청 번호"] = r.Application.Id, ["기업"] = r.Company, ["신청일"] = KoreanFormat.Date(r.Application.SubmittedAt),
            ["신청 금액"] = KoreanFormat.Won(r.Application.RequestedAmount), ["상태"] = r.Application.Status.Label(),
            ["심사위원 점수"] = r.Score is { Totals.Count: > 0 } s ? string.Join(", ", s.Totals.Select(t => $"{t}점")) : "",
            ["평균 점수"] = r.Score?.Average is { } avg ? (object)avg : "", ["만점"] = call.MaxPoints,
            ["지원 금액"] = r.Application.AwardedAmount is { } won ? KoreanFormat.Won(won) : "", ["사유·메모"] = r.Application.DecisionNote ?? "",
        }), ct);

    public static Task<MemoryStream> DifficultiesAsync(IEnumerable<(Difficulty Difficulty, string Company)> rows, DateOnly today, CancellationToken ct) =>
        SaveAsync("애로사항", rows.Select(r => new Dictionary<string, object>
        {
            ["번호"] = r.Difficulty.Id, ["기업"] = r.Company, ["분류"] = r.Difficulty.Category.Label(), ["제목"] = r.Difficulty.Title,
            ["담당 부서"] = r.Difficulty.Department, ["접수일"] = KoreanFormat.Date(r.Difficulty.FiledAt), ["처리 기한"] = KoreanFormat.Date(r.Difficulty.DueOn),
            ["상태"] = r.Difficulty.Status.Label(), ["기한 초과"] = r.Difficulty.IsOverdue(today) ? "예" : "", ["답변"] = r.Difficulty.Answer ?? "",
        }), ct);

    private static async Task<MemoryStream> SaveAsync(string sheet, IEnumerable<Dictionary<string, object>> rows, CancellationToken ct)
    {
        var stream = new MemoryStream();
        await stream.SaveAsAsync(new Dictionary<string, object> { [sheet] = rows.ToList() }, cancellationToken: ct);
        stream.Position = 0;
        return stream;
    }
}
