namespace Iljari.Core.Domain.Dashboard;

/// <summary>The control tower's KPIs (issue 9). Stored by name, so new ones can be added without renumbering.</summary>
public enum Kpi
{
    Placements, PlacementRate, EventParticipants, EventHires, ProgramParticipants, ProgramCompletionRate, ProgramEmploymentRate,
    IncentiveClaims, IncentivePayments, SupportedFirmJobs, OpenPostings, VacancyDays,
}

/// <summary>What a KPI's number is: a count of people or cases, a percentage, an amount in 원, or days.</summary>
public enum KpiUnit { People, Cases, Percent, Won, Days }

/// <summary>How a period's figure follows from the months: their sum, their pooled ratio, or the last month's value.</summary>
public enum KpiAggregation { Sum, Ratio, Last }

/// <summary>A KPI's name, unit and the Korean note "how this number is computed" that the dashboard shows beside it.</summary>
public sealed record KpiInfo(Kpi Kpi, string Name, KpiUnit Unit, bool LowerIsBetter, KpiAggregation Aggregation, string HowComputed);

public static class KpiCatalog
{
    public static readonly IReadOnlyList<KpiInfo> All =
    [
        new(Kpi.Placements, "취업자 수", KpiUnit.People, false, KpiAggregation.Sum,
            "입사일이 그 달인 취업 기록(채용 처리된 지원의 취업 기록과 상담사가 입력한 외부 취업)을 셉니다. 기관별로는 입사일 이전에 그 기관에 상담 등록(담당 배정)된 구직자의 취업만 셉니다."),
        new(Kpi.PlacementRate, "등록 구직자 취업률", KpiUnit.Percent, false, KpiAggregation.Last,
            "그해 1월 1일부터 그 달 말까지 등록한 구직자(기관별: 그 기관에 상담 등록한 구직자) 가운데, 등록일 이후 그 달 말까지 입사한 사람의 비율입니다(연초부터 누적)."),
        new(Kpi.EventParticipants, "채용행사 참여자", KpiUnit.People, false, KpiAggregation.Sum,
            "행사일이 그 달인 채용행사(취소 제외)에 실제로 입장(QR·현장 확인)한 구직자 수입니다. 기관별로는 그 기관이 연 행사입니다."),
        new(Kpi.EventHires, "채용행사 채용자", KpiUnit.People, false, KpiAggregation.Sum,
            "채용행사 면접에서 이어진 지원이 채용되어 입사한 취업 기록을 입사일의 달에 셉니다. 기관별로는 행사를 연 기관입니다."),
        new(Kpi.ProgramParticipants, "프로그램 참여자", KpiUnit.People, false, KpiAggregation.Sum,
            "참여가 확정(승인)된 프로그램 신청을 승인일의 달에 셉니다. 기관별로는 프로그램을 운영하는 기관입니다."),
        new(Kpi.ProgramCompletionRate, "프로그램 수료율", KpiUnit.Percent, false, KpiAggregation.Ratio,
            "마지막 회차가 그 달에 끝난 프로그램의 참여 확정자 가운데, 전체 회차 중 출석·지각이 수료 기준 출석률 이상인 사람의 비율입니다."),
        new(Kpi.ProgramEmploymentRate, "수료 후 취업률", KpiUnit.Percent, false, KpiAggregation.Ratio,
            "마지막 회차가 그 달에 끝난 프로그램의 수료자 가운데, 프로그램 첫 회차 이후 수료 3개월 안에 입사한 취업 기록이 있거나 사후관리에서 ‘취업’으로 기록된 사람의 비율입니다."),
        new(Kpi.IncentiveClaims, "취업성공장려금 청구", KpiUnit.Cases, false, KpiAggregation.Sum,
            "제출일(보완 후 재제출은 재제출일)이 그 달인 장려금 청구 건수입니다. 기관별로는 청구를 심사하는 기관입니다."),
        new(Kpi.IncentivePayments, "장려금 지급액", KpiUnit.Won, false, KpiAggregation.Sum,
            "지급 원장에서 그 달에 지급된 금액에서 그 달에 환수된 금액을 뺀 값입니다. 예산은 그해 사업에 배정된 금액(배정 − 감액)입니다."),
        new(Kpi.SupportedFirmJobs, "지원기업 일자리 창출", KpiUnit.People, false, KpiAggregation.Sum,
            "지원받은 기업(중소기업 지원사업 선정, 특례보증 승인, 사회적경제기업 등록)이 지원일 이후 이 시스템으로 채용해 입사한 사람 수와, 사회적경제기업의 기준일별 고용 현황에서 늘어난 인원(순증)을 더합니다. 한 기업이 여러 지원을 받았으면 가장 이른 지원일부터 셉니다."),
        new(Kpi.OpenPostings, "게시 중인 구인공고", KpiUnit.Cases, false, KpiAggregation.Last,
            "그 달 말일(이번 달은 오늘)에 게시 중이던 공고 수입니다: 게시일이 그날 이전이고, 마감·채용완료 처리 전이며, 마감일이 지나지 않은 공고. 구인공고는 기관에 속하지 않아 시 전체 값입니다."),
        new(Kpi.VacancyDays, "평균 구인 기간", KpiUnit.Days, true, KpiAggregation.Ratio,
            "그 달에 마감된 공고(마감·채용완료 처리일 또는 마감일)의 게시일부터 마감까지 일수의 평균입니다. 시 전체 값입니다."),
    ];

    public static KpiInfo Of(Kpi kpi) => All.First(k => k.Kpi == kpi);

    public static string Suffix(this KpiUnit unit) => unit switch
    {
        KpiUnit.People => "명",
        KpiUnit.Cases => "건",
        KpiUnit.Percent => "%",
        KpiUnit.Won => "원",
        _ => "일",
    };
}
