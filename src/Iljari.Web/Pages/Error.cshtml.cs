using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Iljari.Web.Pages;

/// <summary>Korean error page for every status (404, 403, 500 …); shows a request id, never a stack trace.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public class ErrorModel : PageModel
{
    public string Title { get; private set; } = "";
    public string Message { get; private set; } = "";
    public string? RequestId { get; private set; }

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        var status = code ?? (HttpContext.Response.StatusCode >= 400 ? HttpContext.Response.StatusCode : 500);
        Response.StatusCode = status;
        (Title, Message) = status switch
        {
            404 => ("페이지를 찾을 수 없습니다", "주소가 바뀌었거나 없는 정보입니다. 주소를 다시 확인해 주세요."),
            403 => ("접근 권한이 없습니다", "이 화면을 볼 수 있는 권한이 없습니다."),
            400 => ("잘못된 요청입니다", "요청 내용을 처리할 수 없습니다. 입력한 주소나 값을 확인해 주세요."),
            405 => ("허용되지 않는 요청입니다", "이 화면에서는 할 수 없는 요청입니다."),
            429 => ("요청이 너무 많습니다", "짧은 시간에 너무 많이 시도했습니다. 1분쯤 뒤에 다시 시도해 주세요."),
            _ => ("일시적인 오류가 발생했습니다", "잠시 후 다시 시도해 주세요. 문제가 계속되면 담당 기관에 알려 주세요."),
        };
        if (status >= 500) RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
    }
}
