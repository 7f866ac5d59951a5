using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Iljari.Web.Infrastructure;

/// <summary>
/// KRDS form group around one input: <c>&lt;form-field for="Email" label="이메일" required&gt;&lt;input asp-for="Email" …&gt;&lt;/form-field&gt;</c>.
/// Renders the label, an optional hint, and the field's Korean errors beside it, so every form looks and reads the same.
/// </summary>
[HtmlTargetElement("form-field")]
public sealed class FormFieldTagHelper(System.Text.Encodings.Web.HtmlEncoder encoder) : TagHelper
{
    [HtmlAttributeName("for")] public ModelExpression? For { get; set; }
    /// <summary>Field key when there is no model expression (e.g. list items).</summary>
    [HtmlAttributeName("name")] public string? Name { get; set; }
    [HtmlAttributeName("label")] public string Label { get; set; } = "";
    [HtmlAttributeName("hint")] public string? Hint { get; set; }
    [HtmlAttributeName("required")] public bool Required { get; set; }
    /// <summary>For groups of checkboxes: a fieldset with a legend instead of a label.</summary>
    [HtmlAttributeName("group")] public bool Group { get; set; }

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        // Inside a partial rendered with for="Input" the model state key carries the "Input." prefix.
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For?.Name ?? Name ?? "");
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var errors = ViewContext.ModelState.TryGetValue(name, out var entry) ? entry.Errors.Select(e => e.ErrorMessage).ToList() : [];
        // The site's encoder, not HtmlEncoder.Default, so Korean in the inputs stays readable text.
        var child = (await output.GetChildContentAsync()).GetContent(encoder);
        var req = Required ? " <span class=\"req\" aria-hidden=\"true\">*</span><span class=\"sr-only\">(필수)</span>" : "";
        var label = Group
            ? $"<legend>{Enc(Label)}{req}</legend>"
            : $"<div class=\"form-tit\"><label for=\"{id}\">{Enc(Label)}{req}</label></div>";

        output.TagName = Group ? "fieldset" : "div";
        output.Attributes.SetAttribute("class", Group ? "form-group checks-group" : "form-group");
        output.TagMode = TagMode.StartTagAndEndTag;
        var html = new System.Text.StringBuilder(label).Append("<div class=\"form-conts\">").Append(child).Append("</div>");
        if (Hint is not null) html.Append($"<p class=\"form-hint\" id=\"{id}-hint\">{Enc(Hint)}</p>");
        foreach (var e in errors) html.Append($"<p class=\"field-error\" id=\"{id}-error\">{Enc(e)}</p>");
        output.Content.SetHtmlContent(html.ToString());
    }

    private static string Enc(string s) => System.Net.WebUtility.HtmlEncode(s);
}
