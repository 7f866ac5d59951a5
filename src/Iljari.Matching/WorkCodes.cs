namespace Iljari.Matching;

/// <summary>Korean names of the Work24 codes the reasons mention.</summary>
public static class WorkCodes
{
    public static string EducationName(int level) => level switch
    {
        0 => "학력무관",
        1 => "초졸이하",
        2 => "중졸",
        3 => "고졸",
        4 => "대졸(2~3년)",
        5 => "대졸(4년)",
        6 => "석사",
        _ => "박사",
    };

    public static string EmploymentTypeName(string code) => code switch
    {
        "10" => "정규직",
        "11" => "정규직(시간제)",
        "20" => "기간제",
        "21" => "기간제(시간제)",
        "4" => "파견",
        "Y" => "대체인력",
        _ => code,
    };

    /// <summary>
    /// A pay amount as a monthly figure: 시급 × weekly hours × 4.345 weeks (209 h when hours are unknown, the legal
    /// standard month), 일급 × 21.75 days, 연봉 ÷ 12.
    /// </summary>
    public static double Monthly(PayPeriod period, double amount, int? hoursPerWeek) => period switch
    {
        PayPeriod.Hourly => amount * (hoursPerWeek is > 0 and var h ? h * 4.345 : 209),
        PayPeriod.Daily => amount * 21.75,
        PayPeriod.Monthly => amount,
        _ => amount / 12,
    };
}
