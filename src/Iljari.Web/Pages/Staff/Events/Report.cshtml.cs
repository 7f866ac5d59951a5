using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Events;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Events;
using MiniExcelLibs;

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

    public async Task<IActionResult> OnGetExcelAsync(int id, CancellationToken ct)
    {
        if (await db.ManagedEventAsync(User, id, ct) is not { } e) return NotFound();
        var r = await report.BuildAsync(e, ct);
        static IEnumerable<Dictionary<string, object>> Rows(IEnumerable<EventReport.Line> lines) => lines.Select(l => new Dictionary<string, object>
        {
            ["구분"] = l.Name, ["참가 확정"] = l.Registered, ["입장"] = l.Attended, ["편성 면접"] = l.Interviews, ["실시 면접"] = l.Held,
            ["합격"] = l.Passed, ["30일 내 채용"] = l.Hired30, ["90일 내 채용"] = l.Hired90,
        });
        var sheets = new Dictionary<string, object>
        {
            ["전체"] = Rows([r.Total]).ToList(), ["기업별"] = Rows(r.ByEmployer).ToList(), ["연령대별"] = Rows(r.ByGroup).ToList(),
        };
        var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: ct);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"event-{e.Id}-report.xlsx");
    }
}
