using System.Net;
using Iljari.Core.Domain.SmeSupport;

namespace Iljari.Web.Tests.Infrastructure;

/// <summary>Builders for 지원사업 tests: an open call of the 소상공인지원센터, and a company's application through the form.</summary>
public static class SmeSupportSetup
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));

    public static Task<int> MerchantAgencyIdAsync(this IljariApp app) =>
        app.WithDbAsync(db => db.Agencies.Where(a => a.Code == "GOYANG-MERCHANT").Select(a => a.Id).FirstAsync());

    /// <summary>A published call open today, straight through the domain (the form is tested on its own).</summary>
    public static async Task<int> OpenCallAsync(this IljariApp app, string title, long budget = 50_000_000, int awards = 3, Action<SupportCallFields>? change = null)
    {
        var agencyId = await app.MerchantAgencyIdAsync();
        return await app.WithDbAsync(async db =>
        {
            var f = new SupportCallFields
            {
                Kind = SupportKind.WorkingCapital, Title = title, Description = "테스트 지원사업입니다.", Opens = Today.AddDays(-1), Closes = Today.AddDays(10),
                Budget = budget, Awards = awards, RequiredDocuments = "사업계획서", Criteria = "사업성 40\n고용효과 30\n지역기여 30",
            };
            change?.Invoke(f);
            var call = SupportCall.Create(agencyId, f, DateTime.UtcNow);
            call.Publish(DateTime.UtcNow);
            db.SupportCalls.Add(call);
            await db.SaveChangesAsync();
            return call.Id;
        });
    }

    public static (string, string)[] ApplyFields(long amount) =>
        [("Input.RequestedAmount", $"{amount}"), ("Input.Plan", "원자재 구매와 신규 직원 채용에 쓰겠습니다."), ("Input.FoundedOn", "2020-03-02")];

    /// <summary>Applies with a PDF for the one required document; returns the response (302 on success).</summary>
    public static Task<HttpResponseMessage> ApplyAsync(HttpClient employer, int callId, long amount, byte[]? file = null, string fileName = "사업계획서.pdf",
        string? tokenFrom = null) =>
        Forms.PostFileAsync(employer, $"/Employer/Support/Apply/{callId}", ApplyFields(amount), "Document0", fileName, file ?? IncentiveSetup.Pdf, tokenFrom ?? $"/Employer/Support/Apply/{callId}");

    public static async Task<int> AppliedAsync(this IljariApp app, HttpClient employer, int callId, long amount)
    {
        var response = await ApplyAsync(employer, callId, amount);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }
}
