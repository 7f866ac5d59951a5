namespace Iljari.Core.Domain.Applications;

/// <summary>
/// One job a seeker held, as the rules read it: first and last day (null while it lasts), hours a week and 고용보험 가입.
/// The incentive's continuity looks at all four; program follow-up only at the dates.
/// </summary>
public sealed record EmploymentSpell(DateOnly Start, DateOnly? End, int HoursPerWeek = 40, bool Insured = true);
