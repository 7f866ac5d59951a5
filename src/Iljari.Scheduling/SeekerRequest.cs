namespace Iljari.Scheduling;

/// <summary>
/// A registered seeker and the booths they want to interview with. <paramref name="RegistrationOrder"/> is the order of
/// sign-up (smaller = earlier); the first-come-first-served baseline books in that order. <paramref name="Available"/> is
/// when the seeker is at the event (minutes from its start, like the slots): every interview must lie wholly inside it,
/// in every scheduler; null means the whole day. Students between classes, parents around school hours and shift
/// workers often come only for the morning or only for the afternoon.
/// </summary>
public sealed record SeekerRequest(int SeekerId, int RegistrationOrder, IReadOnlyList<BoothChoice> Choices, TimeWindow? Available = null);

/// <summary>One booth on a seeker's list. <paramref name="Rank"/> 1 is the first choice; <paramref name="MatchScore"/> is 0–100 from matching.</summary>
public readonly record struct BoothChoice(int BoothId, int Rank, double MatchScore);
