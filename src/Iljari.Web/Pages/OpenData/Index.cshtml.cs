using Iljari.Core.Domain.Common;
using Iljari.Web.Infrastructure.OpenData;

namespace Iljari.Web.Pages.OpenData;

/// <summary>공공데이터 개방: the published datasets with a period filter and CSV downloads. Anyone may read them; they hold aggregates only.</summary>
[AllowAnonymous]
public class IndexModel(AppDbContext db, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    public MonthRange Period { get; private set; }

    public void OnGet() => ReadPeriod();

    /// <summary>One dataset as CSV for the period; an unknown dataset is 404, a bad period shows the page with the message.</summary>
    public async Task<IActionResult> OnGetCsvAsync(string? dataset, CancellationToken ct)
    {
        if (OpenDataCatalog.Find(dataset) is not { } d) return NotFound();
        if (ReadPeriod() is not { } period) return Page();
        var table = await StatisticsTables.BuildAsync(d, db, period, KoreanFormat.TodayInKorea(time), ct);
        return File(OpenDataCsv.Table(table), OpenDataCsv.ContentType, $"{d.Title}_{period.FromText}_{period.ToText}.csv");
    }

    private MonthRange? ReadPeriod()
    {
        var errors = new Dictionary<string, string[]>();
        var today = KoreanFormat.TodayInKorea(time);
        var period = MonthRange.Parse(From, To, today, errors);
        foreach (var (field, messages) in errors) foreach (var m in messages) ModelState.AddModelError(field == "from" ? nameof(From) : nameof(To), m);
        Period = period ?? MonthRange.Default(today);
        return period;
    }
}
