using Iljari.Core.Domain.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Iljari.Web.Infrastructure;

public static class FormErrors
{
    /// <summary>Puts a domain refusal on the form: field messages beside their fields (under <paramref name="prefix"/>), others at the top.</summary>
    public static void AddErrors(this ModelStateDictionary state, Exception e, string prefix)
    {
        if (e is ValidationFailedException v)
            foreach (var error in v.Errors) state.AddModelError($"{prefix}.{error.Field}", error.Message);
        else state.AddModelError("", e.Message);
    }

    public static bool IsUserError(this Exception e) => e is DomainException or ValidationFailedException;
}
