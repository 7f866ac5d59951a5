namespace Iljari.Core.Domain.Common;

/// <summary>A validation message (Korean) for one input field, so a form can show it beside that field.</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>Thrown when an entity is given invalid input; carries every field message at once.</summary>
public sealed class ValidationFailedException(IReadOnlyList<FieldError> errors)
    : Exception(string.Join(" ", errors.Select(e => e.Message)))
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;
}
