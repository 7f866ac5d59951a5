namespace Iljari.Scheduling;

/// <summary>
/// A registered seeker and the booths they want to interview with. <paramref name="RegistrationOrder"/> is the order of
/// sign-up (smaller = earlier); the first-come-first-served baseline books in that order.
/// </summary>
public sealed record SeekerRequest(int SeekerId, int RegistrationOrder, IReadOnlyList<BoothChoice> Choices);

/// <summary>One booth on a seeker's list. <paramref name="Rank"/> 1 is the first choice; <paramref name="MatchScore"/> is 0–100 from matching.</summary>
public readonly record struct BoothChoice(int BoothId, int Rank, double MatchScore);
