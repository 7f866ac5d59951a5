using Microsoft.Extensions.Options;

namespace Iljari.Web.Infrastructure.Privacy;

/// <summary><c>retention</c>: prints which seeker accounts would be warned and anonymised; changes data only with <c>--wet-run</c>.</summary>
public static class RetentionCommand
{
    public static async Task RunAsync(IServiceProvider sp, bool wetRun, TextWriter output, CancellationToken ct)
    {
        var retention = sp.GetRequiredService<AccountRetention>();
        var o = sp.GetRequiredService<IOptions<RetentionOptions>>().Value;
        var plan = await retention.PlanAsync(ct);
        output.WriteLine($"장기 미이용 기준: {o.InactiveYears}년, 사전 안내: {o.WarningDays}일 전 — {(wetRun ? "실제 적용(--wet-run)" : "점검만 함(바꾸려면 --wet-run)")}");
        output.WriteLine($"안내 대상 {plan.ToWarn.Count:N0}명, 익명 처리 대상 {plan.ToAnonymise.Count:N0}명");
        foreach (var a in plan.ToWarn) output.WriteLine($"  안내    {a.MaskedEmail}  마지막 이용 {Core.Domain.Common.KoreanFormat.Date(a.LastActive)}");
        foreach (var a in plan.ToAnonymise)
            output.WriteLine($"  익명 처리 {a.MaskedEmail}  마지막 이용 {Core.Domain.Common.KoreanFormat.Date(a.LastActive)}, 안내 {Core.Domain.Common.KoreanFormat.Date(a.WarnedAt!.Value)}");
        if (!wetRun) return;
        await retention.ApplyAsync(plan, ct);
        output.WriteLine($"적용했습니다: 안내 {plan.ToWarn.Count:N0}명, 익명 처리 {plan.ToAnonymise.Count:N0}명.");
    }
}
