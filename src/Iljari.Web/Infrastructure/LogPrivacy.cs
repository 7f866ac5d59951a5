namespace Iljari.Web.Infrastructure;

/// <summary>
/// At Trace, MVC logs every page handler's arguments ("Executing handler method … with arguments (61, 홍길동, 010-…)"):
/// form input, names and phone numbers included. Whatever level the configuration asks for, MVC categories stop at
/// Debug: each rule that would let Trace through for them gets a later, more specific Debug rule beside it (the
/// logging framework uses the most specific, then the last, matching rule). Found by LogPrivacyTests.
/// </summary>
internal static class LogPrivacy
{
    private const string Mvc = "Microsoft.AspNetCore.Mvc";

    public static void CapMvcTrace(LoggerFilterOptions options)
    {
        var covering = options.Rules.Where(r => r.CategoryName is null
            || Mvc.StartsWith(r.CategoryName, StringComparison.Ordinal) || r.CategoryName.StartsWith(Mvc, StringComparison.Ordinal)).ToList();
        foreach (var rule in covering.Where(r => r.LogLevel == LogLevel.Trace))
        {
            var category = rule.CategoryName?.StartsWith(Mvc, StringComparison.Ordinal) == true ? rule.CategoryName : Mvc;
            options.Rules.Add(new LoggerFilterRule(rule.ProviderName, category, LogLevel.Debug, rule.Filter));
        }
        if (options.MinLevel == LogLevel.Trace && !covering.Any(r => r.ProviderName is null))
            options.Rules.Add(new LoggerFilterRule(null, Mvc, LogLevel.Debug, null));
    }
}
