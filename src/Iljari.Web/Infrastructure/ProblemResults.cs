using Microsoft.AspNetCore.Mvc;

namespace Iljari.Web.Infrastructure;

/// <summary>RFC 7807 answers with Korean titles.</summary>
public static class ProblemResults
{
    public static IResult NotFound(string detail = "요청한 정보를 찾을 수 없습니다.") =>
        Results.Problem(statusCode: 404, title: "찾을 수 없음", detail: detail);

    public static IResult Invalid(IDictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, title: "입력값을 확인해 주세요.", statusCode: 400);

    public static ProblemDetails ForStatus(int status) => new()
    {
        Status = status,
        Title = status switch
        {
            400 => "잘못된 요청입니다.",
            401 => "로그인이 필요합니다.",
            403 => "권한이 없습니다.",
            404 => "찾을 수 없음",
            _ => "일시적인 오류가 발생했습니다.",
        },
    };
}
