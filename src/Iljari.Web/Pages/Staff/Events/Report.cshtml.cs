using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Events;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Events;
using Iljari.Web.Infrastructure.Exports;

namespace Iljari.Web.Pages.Staff.Events;

/// <summary>행사 결과 보고 for the event's staff, with an Excel workbook (one sheet per breakdown). Aggregates only.</summary>
public class ReportModel(AppDbContext db, EventReport report) : PageModel
{
    public HiringEvent Event { get; private set; } = null!;
    public EventReport.Result Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await db.ManagedEventAsync(User, id, ct) is not { } e) return NotFound();
        (Event, Result) = (e, await report.BuildAsync(e, ct));
        return Page();
    }

    public async Task<IActionResult> OnGetExcelAsync(int id, [FromServices] ExcelExport export, CancellationToken ct)
    {
        if (await db.ManagedEventAsync(User, id, ct) is not { } e) return NotFound();
        var r = await report.BuildAsync(e, ct);
        (string, Func<EventReport.Line, object?>)[] columns = [("구분", l => l.Name), ("참가 확정", l => l.Registered), ("입장", l => l.Attended),
            ("편성 면접", l => l.Interviews), ("실시 면접", l => l.Held), ("합격", l => l.Passed), ("30일 내 채용", l => l.Hired30), ("90일 내 채용", l => l.Hired90)];
        return await export.FileAsync($"{e.Title} 결과 보고", [ExcelSheet.Of("전체", [r.Total], columns), ExcelSheet.Of("기업별", r.ByEmployer, columns),
            ExcelSheet.Of("대상 계층별", r.ByGroup, [.. columns, ("행사 대상", l => l.EventTarget ? "예" : "")])], ct);
    }
}
