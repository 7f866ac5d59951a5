using System.Text.Json;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Sharing;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Privacy;
using Iljari.Web.Infrastructure.Sharing;

namespace Iljari.Web.Pages.Seeker;

/// <summary>내 정보 열람·내려받기: everything held about the seeker, as a page or a JSON file; both are written to the access log.</summary>
public class MyDataModel(SeekerDataExport export, AccessLogger accessLog, AppDbContext db, TimeProvider time) : PageModel
{
    public SeekerData Data { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await accessLog.RecordAsync(await db.SeekerProfileIdAsync(User, ct), AccessActions.OwnDataView, "내 정보 열람 화면", ct);
        Data = await export.CollectAsync(User.Id()!, ct);
    }

    public async Task<IActionResult> OnGetJsonAsync(CancellationToken ct)
    {
        await accessLog.RecordAsync(await db.SeekerProfileIdAsync(User, ct), AccessActions.OwnDataDownload, "내 정보 JSON 파일", ct);
        var data = await export.CollectAsync(User.Id()!, ct);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(data, SeekerDataExport.Json);
        return File(bytes, "application/json; charset=utf-8", $"iljari-my-data-{KoreanFormat.TodayInKorea(time):yyyyMMdd}.json");
    }
}
