using Iljari.Core.Domain.Seekers;

namespace Iljari.Web.Infrastructure.Privacy;

/// <summary>The 민감정보 form shared by the seeker's page and the counselor's page (<c>Shared/_SensitiveFields</c>).</summary>
public sealed class SensitiveForm
{
    public string? DisabilityType { get; set; }
    public string? DisabilitySeverity { get; set; }
    public string? IncomeClass { get; set; }
    public string? HealthNote { get; set; }
    public string? VeteranClass { get; set; }

    public SensitiveDetails ToDetails() => SensitiveDetails.Create(DisabilityType, DisabilitySeverity, IncomeClass, HealthNote, VeteranClass);

    public static SensitiveForm From(SensitiveDetails? d) => d is null ? new() : new()
    {
        DisabilityType = d.DisabilityType, DisabilitySeverity = d.DisabilitySeverity, IncomeClass = d.IncomeClass,
        HealthNote = d.HealthNote, VeteranClass = d.VeteranClass,
    };
}
