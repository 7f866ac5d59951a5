using Iljari.Core.Search;

namespace Iljari.Web.Pages.Jobs;

/// <summary>htmx partial: options for the keyword field's datalist (native, screen-reader friendly autocomplete).</summary>
[AllowAnonymous]
public class SuggestModel(IPostingSearch index) : PageModel
{
    public IReadOnlyList<string> Suggestions { get; private set; } = [];

    public void OnGet(string? q)
    {
        if (!string.IsNullOrWhiteSpace(q) && q.Length <= 50) Suggestions = index.Suggest(q.Trim());
    }
}
