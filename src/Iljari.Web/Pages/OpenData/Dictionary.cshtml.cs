using Iljari.Web.Infrastructure.OpenData;

namespace Iljari.Web.Pages.OpenData;

/// <summary>데이터 사전: every column of every dataset with its Korean label, type, unit, meaning and suppression rule; also as CSV.</summary>
[AllowAnonymous]
public class DictionaryModel : PageModel
{
    public void OnGet() { }

    public IActionResult OnGetCsv() => File(OpenDataCsv.Dictionary(OpenDataCatalog.All), OpenDataCsv.ContentType, "고양일자리_공공데이터_데이터사전.csv");
}
