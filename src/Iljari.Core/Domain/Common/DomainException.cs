namespace Iljari.Core.Domain.Common;

/// <summary>A rule of the domain was broken; <see cref="Exception.Message"/> is Korean and safe to show to the user.</summary>
public sealed class DomainException(string message) : Exception(message);
