using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.Enterprises;

/// <summary>사회적경제기업의 유형 (by the law each one is designated or certified under).</summary>
public enum SocialEnterpriseType { Social, PreSocial, Cooperative, SocialCooperative, Village, SelfSufficiency }

/// <summary>The enterprise as the centre's staff enter it; nullable so a missing value gets a Korean message.</summary>
public sealed class SocialEnterpriseFields
{
    public SocialEnterpriseType Type { get; set; } = SocialEnterpriseType.PreSocial;
    public string? Name { get; set; }
    public string? Representative { get; set; }
    public string? BusinessNumber { get; set; }
    public string? GuCode { get; set; }
    public string? Address { get; set; }
    /// <summary>지정·설립일: 예비사회적기업 지정, 협동조합 설립 신고, 마을기업·자활기업 지정.</summary>
    public DateOnly? DesignatedOn { get; set; }
    /// <summary>사회적기업 인증일 (고용노동부).</summary>
    public DateOnly? CertifiedOn { get; set; }
    public string? SocialMission { get; set; }
    /// <summary>At registration only: the baseline for jobs created. Later counts are dated headcount records.</summary>
    public int? Employees { get; set; }
    public int? VulnerableEmployees { get; set; }
}

/// <summary>
/// 사회적경제기업 on the register of the 사회적경제지원센터, moving through the 5-stage support pipeline
/// (<see cref="SupportPipeline"/>). Jobs created are measured from the headcount at registration (<see cref="Headcounts"/>);
/// every stage move is an <see cref="EnterpriseStageChange"/>; <see cref="Version"/> is a concurrency token, so two
/// staff pressing "다음 단계로" at once move it one step, not two.
/// </summary>
public class SocialEnterprise
{
    public int Id { get; private set; }
    /// <summary>The centre (agency) whose register this is; every query is scoped by it.</summary>
    public int AgencyId { get; private set; }
    public SocialEnterpriseType Type { get; private set; }
    public string Name { get; private set; } = "";
    public string Representative { get; private set; } = "";
    /// <summary>10 digits, or null (a 예비 enterprise may not be registered as a business yet).</summary>
    public string? BusinessNumber { get; private set; }
    /// <summary>The Goyang 구 (region code of goyang-regions, level "gu").</summary>
    public string GuCode { get; private set; } = "";
    public string Address { get; private set; } = "";
    public DateOnly? DesignatedOn { get; private set; }
    public DateOnly? CertifiedOn { get; private set; }
    public string SocialMission { get; private set; } = "";
    /// <summary>A company of this system with the same 사업자등록번호, so its postings and hires can be shown.</summary>
    public int? CompanyId { get; private set; }
    public SupportStage Stage { get; private set; } = SupportStage.Education;
    public DateOnly RegisteredOn { get; private set; }
    public int BaselineEmployees { get; private set; }
    public int BaselineVulnerable { get; private set; }
    /// <summary>The latest headcount (a copy of the newest <see cref="EnterpriseHeadcount"/>), for lists and cards.</summary>
    public int Employees { get; private set; }
    public int VulnerableEmployees { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public string CreatedByUserId { get; private set; } = "";
    public DateTime UpdatedAt { get; private set; }
    public string UpdatedByUserId { get; private set; } = "";
    public long Version { get; private set; }
    public List<EnterpriseHeadcount> Headcounts { get; private set; } = [];
    public List<EnterpriseStageChange> StageChanges { get; private set; } = [];

    private SocialEnterprise() { }

    /// <summary>Registers an enterprise at 교육 with its headcount on <paramref name="registeredOn"/> as the baseline.</summary>
    public static SocialEnterprise Register(int agencyId, SocialEnterpriseFields f, DateOnly registeredOn, string userId, string userName, DateTime nowUtc)
    {
        var errors = Errors(f);
        if (f.Employees is not (>= 0 and <= 100_000)) errors.Add(new("Employees", "직원 수를 0명 이상으로 입력해 주세요."));
        if (f.VulnerableEmployees is not >= 0) errors.Add(new("VulnerableEmployees", "취약계층 직원 수를 0명 이상으로 입력해 주세요."));
        else if (f.VulnerableEmployees > f.Employees) errors.Add(new("VulnerableEmployees", "취약계층 직원 수는 전체 직원 수보다 많을 수 없습니다."));
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        var e = new SocialEnterprise
        {
            AgencyId = agencyId, RegisteredOn = registeredOn, CreatedAt = nowUtc, CreatedByUserId = userId,
            BaselineEmployees = f.Employees!.Value, BaselineVulnerable = f.VulnerableEmployees!.Value,
        };
        e.Apply(f, userId, nowUtc);
        e.Headcounts.Add(new EnterpriseHeadcount(registeredOn, e.BaselineEmployees, e.BaselineVulnerable, "등록 시 인원", userId, nowUtc));
        (e.Employees, e.VulnerableEmployees) = (e.BaselineEmployees, e.BaselineVulnerable);
        e.StageChanges.Add(new EnterpriseStageChange(null, SupportStage.Education, "등록", userId, userName, nowUtc));
        return e;
    }

    /// <summary>Checks the fields without an entity (so a form can show every message at once).</summary>
    public static void Check(SocialEnterpriseFields f)
    {
        if (Errors(f) is { Count: > 0 } errors) throw new ValidationFailedException(errors);
    }

    /// <summary>Edits the register entry. The headcount is not edited here: it changes by dated records only.</summary>
    public void Edit(SocialEnterpriseFields f, string userId, DateTime nowUtc)
    {
        Check(f);
        Apply(f, userId, nowUtc);
        Version++;
    }

    public void LinkCompany(int? companyId) => CompanyId = companyId;

    public SocialEnterpriseFields ToFields() => new()
    {
        Type = Type, Name = Name, Representative = Representative, BusinessNumber = BusinessNumber is null ? null : Accounts.BusinessNumber.Format(BusinessNumber),
        GuCode = GuCode, Address = Address, DesignatedOn = DesignatedOn, CertifiedOn = CertifiedOn, SocialMission = SocialMission,
        Employees = Employees, VulnerableEmployees = VulnerableEmployees,
    };

    /// <summary>Moves one stage (table and rule of <see cref="SupportPipeline"/>) and logs it, or refuses in Korean.</summary>
    public EnterpriseStageChange Move(StageMove move, IEnumerable<EnterpriseActivity> activities, string? note, string userId, string userName, DateTime nowUtc)
    {
        var text = note?.Trim() ?? "";
        if (text.Length > 500) throw new DomainException("메모는 500자 이내로 입력해 주세요.");
        if (SupportPipeline.Refusal(Stage, move, activities.Where(a => a.EnterpriseId == Id).Select(a => (a.Stage, a.Status)), text) is { } refusal)
            throw new DomainException(refusal);
        var next = SupportPipeline.Transitions[(Stage, move)];
        var change = new EnterpriseStageChange(Stage, next, text.Length > 0 ? text : (move == StageMove.Advance ? "다음 단계로" : "이전 단계로"), userId, userName, nowUtc);
        StageChanges.Add(change);
        (Stage, UpdatedAt, UpdatedByUserId) = (next, nowUtc, userId);
        Version++;
        return change;
    }

    /// <summary>A dated headcount (고용 현황). The newest one by date becomes the current count.</summary>
    public void RecordHeadcount(DateOnly? asOf, int? employees, int? vulnerable, string? note, DateOnly todayKst, string userId, DateTime nowUtc)
    {
        var errors = new List<FieldError>();
        if (asOf is null) errors.Add(new("AsOf", "기준일을 입력해 주세요."));
        else if (asOf > todayKst) errors.Add(new("AsOf", "기준일은 오늘이나 지난 날이어야 합니다."));
        else if (asOf < RegisteredOn) errors.Add(new("AsOf", $"기준일은 등록일({KoreanFormat.Date(RegisteredOn)}) 이후여야 합니다."));
        else if (Headcounts.Any(h => h.AsOf == asOf)) errors.Add(new("AsOf", "같은 기준일의 고용 현황이 이미 있습니다."));
        if (employees is not (>= 0 and <= 100_000)) errors.Add(new("Employees", "직원 수를 0명 이상으로 입력해 주세요."));
        if (vulnerable is not >= 0) errors.Add(new("Vulnerable", "취약계층 직원 수를 0명 이상으로 입력해 주세요."));
        else if (vulnerable > employees) errors.Add(new("Vulnerable", "취약계층 직원 수는 전체 직원 수보다 많을 수 없습니다."));
        if (note?.Trim().Length > 200) errors.Add(new("Note", "메모는 200자 이내로 입력해 주세요."));
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        Headcounts.Add(new EnterpriseHeadcount(asOf!.Value, employees!.Value, vulnerable!.Value, note?.Trim() ?? "", userId, nowUtc));
        var latest = Headcounts.MaxBy(h => h.AsOf)!;
        (Employees, VulnerableEmployees, UpdatedAt, UpdatedByUserId) = (latest.Employees, latest.Vulnerable, nowUtc, userId);
        Version++;
    }

    /// <summary>일자리 창출: the current headcount minus the one at registration (net; may be negative).</summary>
    public int JobsCreated => Employees - BaselineEmployees;
    public int VulnerableJobsCreated => VulnerableEmployees - BaselineVulnerable;

    private static List<FieldError> Errors(SocialEnterpriseFields f)
    {
        var errors = new List<FieldError>();
        Text(errors, "Name", f.Name, "기업명", 100, required: true);
        Text(errors, "Representative", f.Representative, "대표자", 50, required: true);
        Text(errors, "Address", f.Address, "주소", 200, required: true);
        Text(errors, "SocialMission", f.SocialMission, "사회적 가치(미션)", 1000, required: true);
        if (!string.IsNullOrWhiteSpace(f.BusinessNumber) && Accounts.BusinessNumber.Validate(f.BusinessNumber) is { } bn) errors.Add(new("BusinessNumber", bn));
        if (ReferenceCatalog.Instance.Regions.Find(f.GuCode) is not { Level: "gu" }) errors.Add(new("GuCode", "고양시의 구를 골라 주세요."));
        if (!Enum.IsDefined(f.Type)) errors.Add(new("Type", "기업 유형을 골라 주세요."));
        // 인증 is a 사회적기업's own status; every other type is known by its 지정·설립 date.
        if (f.Type == SocialEnterpriseType.Social && f.CertifiedOn is null) errors.Add(new("CertifiedOn", "사회적기업은 인증일을 입력해 주세요."));
        if (f.Type != SocialEnterpriseType.Social && f.CertifiedOn is not null) errors.Add(new("CertifiedOn", "인증일은 인증 사회적기업만 입력합니다. 유형을 사회적기업으로 바꾸거나 인증일을 비워 주세요."));
        if (f.Type != SocialEnterpriseType.Social && f.DesignatedOn is null) errors.Add(new("DesignatedOn", "지정·설립일을 입력해 주세요."));
        if (f.DesignatedOn is { } d && f.CertifiedOn is { } c && c < d) errors.Add(new("CertifiedOn", "인증일은 지정·설립일 이후여야 합니다."));
        return errors;
    }

    private static void Text(List<FieldError> errors, string field, string? value, string label, int max, bool required)
    {
        var v = value?.Trim() ?? "";
        if (required && v.Length == 0) errors.Add(new(field, $"{label}을(를) 입력해 주세요."));
        else if (v.Length > max) errors.Add(new(field, $"{label}은(는) {max:N0}자 이내로 입력해 주세요."));
    }

    private void Apply(SocialEnterpriseFields f, string userId, DateTime nowUtc)
    {
        (Type, Name, Representative, Address, SocialMission) = (f.Type, f.Name!.Trim(), f.Representative!.Trim(), f.Address!.Trim(), f.SocialMission!.Trim());
        (BusinessNumber, GuCode, DesignatedOn, CertifiedOn) = (Accounts.BusinessNumber.Normalize(f.BusinessNumber), f.GuCode!, f.DesignatedOn, f.CertifiedOn);
        (UpdatedAt, UpdatedByUserId) = (nowUtc, userId);
    }
}

/// <summary>고용 현황 on a date: all employees and, of them, those from vulnerable groups (취약계층).</summary>
public class EnterpriseHeadcount
{
    public int Id { get; private set; }
    public int EnterpriseId { get; private set; }
    public DateOnly AsOf { get; private set; }
    public int Employees { get; private set; }
    public int Vulnerable { get; private set; }
    public string Note { get; private set; } = "";
    public string RecordedByUserId { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }

    private EnterpriseHeadcount() { }

    public EnterpriseHeadcount(DateOnly asOf, int employees, int vulnerable, string note, string userId, DateTime nowUtc) =>
        (AsOf, Employees, Vulnerable, Note, RecordedByUserId, RecordedAt) = (asOf, employees, vulnerable, note, userId, nowUtc);
}

/// <summary>One line of the stage history: from (null at registration), to, why, who and when.</summary>
public class EnterpriseStageChange
{
    public int Id { get; private set; }
    public int EnterpriseId { get; private set; }
    public SupportStage? From { get; private set; }
    public SupportStage To { get; private set; }
    public string Note { get; private set; } = "";
    public string ByUserId { get; private set; } = "";
    /// <summary>The staff member's name at the time, so the history stays readable after the account changes.</summary>
    public string ByUserName { get; private set; } = "";
    public DateTime At { get; private set; }

    private EnterpriseStageChange() { }

    public EnterpriseStageChange(SupportStage? from, SupportStage to, string note, string byUserId, string byUserName, DateTime at) =>
        (From, To, Note, ByUserId, ByUserName, At) = (from, to, note, byUserId, byUserName.Length > 100 ? byUserName[..100] : byUserName, at);

    public bool IsStepBack => From is { } f && To < f;
}

public static class SocialEnterpriseLabels
{
    public static string Label(this SocialEnterpriseType t) => t switch
    {
        SocialEnterpriseType.Social => "사회적기업",
        SocialEnterpriseType.PreSocial => "예비사회적기업",
        SocialEnterpriseType.Cooperative => "협동조합",
        SocialEnterpriseType.SocialCooperative => "사회적협동조합",
        SocialEnterpriseType.Village => "마을기업",
        _ => "자활기업",
    };
}
