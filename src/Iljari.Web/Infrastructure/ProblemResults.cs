namespace Iljari.Web.Infrastructure;

/// <summary>RFC 7807 answers with Korean titles.</summary>
public static class ProblemResults
{
    public static IResult NotFound(string detail = "요청한 정보를 찾을 수 없습니다.") =>
        Results.Problem(statusCode: 404, title: "찾을 수 없음", detail: detail);

    public static IResult Invalid(IDictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, title: "입력값을 확인해 주세요.", statusCode: 400);
}
