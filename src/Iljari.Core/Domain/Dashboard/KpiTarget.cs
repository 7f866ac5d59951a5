using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.Dashboard;

/// <summary>
/// 일자리 창출 목표: the value the city sets for one KPI in one year, for the whole city (<see cref="AgencyId"/> null) or
/// for one agency. One row per year, KPI and agency (unique); every change is kept as a <see cref="KpiTargetChange"/>.
/// </summary>
public class KpiTarget
{
    public const int MinYear = 2020, MaxYear = 2100;

    public int Id { get; private set; }
    public int Year { get; private set; }
    public Kpi Kpi { get; private set; }
    public int? AgencyId { get; private set; }
    public long Value { get; private set; }
    public string ChangedByUserId { get; private set; } = "";
    public string ChangedByName { get; private set; } = "";
    public DateTime ChangedAt { get; private set; }
    public long Version { get; private set; }

    private KpiTarget() { }

    public static KpiTarget Set(int year, Kpi kpi, int? agencyId, long? value, string userId, string userName, DateTime nowUtc)
    {
        Check(year, kpi, value);
        var target = new KpiTarget { Year = year, Kpi = kpi, AgencyId = agencyId };
        target.Stamp(value!.Value, userId, userName, nowUtc);
        return target;
    }

    /// <summary>Changes the value; returns the history line, or null when nothing changed (an unchanged save logs nothing).</summary>
    public KpiTargetChange? Change(long? value, string userId, string userName, DateTime nowUtc)
    {
        Check(Year, Kpi, value);
        if (value == Value) return null;
        var change = new KpiTargetChange(Year, Kpi, AgencyId, Value, value!.Value, userId, userName, nowUtc);
        Stamp(value.Value, userId, userName, nowUtc);
        Version++;
        return change;
    }

    /// <summary>Korean messages for an impossible target: a missing or negative value, a rate above 100 %, a year out of range.</summary>
    public static void Check(int year, Kpi kpi, long? value)
    {
        var errors = new List<FieldError>();
        if (year is < MinYear or > MaxYear) errors.Add(new("Year", $"연도는 {MinYear}년에서 {MaxYear}년 사이로 골라 주세요."));
        if (!Enum.IsDefined(kpi)) errors.Add(new("Kpi", "지표를 골라 주세요."));
        else if (value is null) errors.Add(new(kpi.ToString(), $"{KpiCatalog.Of(kpi).Name} 목표를 입력해 주세요."));
        else if (value < 0) errors.Add(new(kpi.ToString(), $"{KpiCatalog.Of(kpi).Name} 목표는 0 이상으로 입력해 주세요."));
        else if (KpiCatalog.Of(kpi).Unit == KpiUnit.Percent && value > 100) errors.Add(new(kpi.ToString(), $"{KpiCatalog.Of(kpi).Name} 목표는 0~100% 사이로 입력해 주세요."));
        else if (value > 1_000_000_000_000) errors.Add(new(kpi.ToString(), $"{KpiCatalog.Of(kpi).Name} 목표가 너무 큽니다."));
        if (errors.Count > 0) throw new ValidationFailedException(errors);
    }

    private void Stamp(long value, string userId, string userName, DateTime nowUtc) =>
        (Value, ChangedByUserId, ChangedByName, ChangedAt) = (value, userId, userName.Length > 100 ? userName[..100] : userName, nowUtc);
}

/// <summary>One change of a target: from what to what, who and when (the first setting has no old value).</summary>
public class KpiTargetChange
{
    public int Id { get; private set; }
    public int Year { get; private set; }
    public Kpi Kpi { get; private set; }
    public int? AgencyId { get; private set; }
    public long? OldValue { get; private set; }
    public long NewValue { get; private set; }
    public string ByUserId { get; private set; } = "";
    public string ByName { get; private set; } = "";
    public DateTime At { get; private set; }

    private KpiTargetChange() { }

    public KpiTargetChange(int year, Kpi kpi, int? agencyId, long? oldValue, long newValue, string byUserId, string byName, DateTime at) =>
        (Year, Kpi, AgencyId, OldValue, NewValue, ByUserId, ByName, At) = (year, kpi, agencyId, oldValue, newValue, byUserId, byName.Length > 100 ? byName[..100] : byName, at);
}
