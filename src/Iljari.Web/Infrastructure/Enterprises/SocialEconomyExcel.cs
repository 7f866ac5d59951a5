using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Enterprises;
using Iljari.Web.Infrastructure.Exports;

namespace Iljari.Web.Infrastructure.Enterprises;

/// <summary>The city dashboard's 사회적경제 section as worksheets, with the same numbers as its tables.</summary>
public static class SocialEconomyExcel
{
    public static IReadOnlyList<ExcelSheet> Outcomes(OutcomeReport report)
    {
        var s = report.Summary;
        var (period, end) = ($"{KoreanFormat.Date(s.From)}~{KoreanFormat.Date(s.To)}", KoreanFormat.Date(s.To));
        var stageColumns = SupportPipeline.Stages.Select(stage =>
            ($"{stage.Label()} 단계", (Func<SocialEnterpriseType, object?>)(t => s.Enterprises.ByTypeAndStage[(t, stage)])));
        var certification = new (string Item, string When, int? Value)[]
        {
            ("사회적기업 인증(곳)", period, s.Certification.Certified),
            ("예비사회적기업 지정(곳)", period, s.Certification.PreDesignated),
            ("예비 지정→인증 평균 소요(일)", period, s.Certification.AverageDaysToCertification),
            ("인증 사회적기업(곳)", end, s.Enterprises.ByType[SocialEnterpriseType.Social]),
            ("예비사회적기업(곳)", end, s.Enterprises.ByType[SocialEnterpriseType.PreSocial]),
        };
        var revenue = report.Revenue;
        return
        [
            ExcelSheet.Of<SocialEnterpriseType>("사회적경제 유형·단계", Enum.GetValues<SocialEnterpriseType>(),
                [("유형", t => t.Label()), ("기업 수", t => s.Enterprises.ByType[t]), .. stageColumns]),
            ExcelSheet.Of("사회적경제 일자리", report.JobsByType,
                ("유형", j => j.Type.Label()), ("기업 수", j => j.Enterprises),
                ("등록 때 직원", j => j.AtRegistration.Total), ("등록 때 취약계층", j => j.AtRegistration.Vulnerable),
                ("기간 말 직원", j => j.AtEnd.Total), ("기간 말 취약계층", j => j.AtEnd.Vulnerable),
                ("기간 중 일자리 창출", j => j.InPeriod.Total), ("기간 중 취약계층 일자리 창출", j => j.InPeriod.Vulnerable),
                ("등록 후 일자리 창출", j => j.SinceRegistration.Total), ("등록 후 취약계층 일자리 창출", j => j.SinceRegistration.Vulnerable)),
            ExcelSheet.Of("사회적경제 인증", certification, ("항목", c => c.Item), ("기간·기준일", c => c.When), ("값", c => c.Value)),
            ExcelSheet.Of("사회적경제 매출 규모", revenue.Year is null ? [] : Enum.GetValues<RevenueBand>(),
                ("연도", _ => revenue.Year), ("매출 규모", b => b.Label()), ("기업 수", b => revenue.ByBand[b])),
        ];
    }
}
