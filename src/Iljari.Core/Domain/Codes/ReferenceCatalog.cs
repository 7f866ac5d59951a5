using System.Collections.Frozen;
using System.Reflection;

namespace Iljari.Core.Domain.Codes;

/// <summary>One row of a hierarchical code list (region, KECO occupation, KSIC industry).</summary>
public sealed record CodeEntry(string Code, string Name, string Level, string? ParentCode);

/// <summary>
/// The reference code lists of shared/reference, embedded in this assembly: Goyang regions (법정동 10-digit codes),
/// KECO 2018 occupations and KSIC 10 industries. Read once; immutable afterwards.
/// </summary>
public sealed class ReferenceCatalog
{
    public static ReferenceCatalog Instance { get; } = new();

    public CodeList Regions { get; }
    public CodeList Occupations { get; }
    public CodeList Industries { get; }

    private ReferenceCatalog()
    {
        Regions = new CodeList(Read("goyang-regions.csv"));
        Occupations = new CodeList(Read("keco-2018.csv"));
        Industries = new CodeList(Read("ksic-10.csv"));
    }

    private static IEnumerable<CodeEntry> Read(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Iljari.Reference." + file)
            ?? throw new InvalidOperationException($"Embedded reference file {file} is missing.");
        using var reader = new StreamReader(stream);
        reader.ReadLine(); // header
        var rows = new List<CodeEntry>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            var f = Csv.SplitLine(line);
            rows.Add(new CodeEntry(f[0], f[1], f[2], f.Count > 3 && f[3].Length > 0 ? f[3] : null));
        }
        return rows;
    }
}

/// <summary>A code list with lookups by code, by level and by parent.</summary>
public sealed class CodeList
{
    private readonly FrozenDictionary<string, CodeEntry> _byCode;

    public IReadOnlyList<CodeEntry> All { get; }

    public CodeList(IEnumerable<CodeEntry> entries)
    {
        All = entries.ToList();
        _byCode = All.ToFrozenDictionary(e => e.Code);
    }

    public CodeEntry? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var e) ? e : null;

    public bool Contains(string? code) => Find(code) is not null;

    public string NameOf(string? code) => Find(code)?.Name ?? "";

    public IEnumerable<CodeEntry> AtLevel(string level) => All.Where(e => e.Level == level);

    public IEnumerable<CodeEntry> ChildrenOf(string code) => All.Where(e => e.ParentCode == code);

    /// <summary>The entry and its ancestors, nearest first.</summary>
    public IEnumerable<CodeEntry> Lineage(string? code)
    {
        for (var e = Find(code); e is not null; e = Find(e.ParentCode))
            yield return e;
    }

    /// <summary>Human label with the parent for context, e.g. "일산동구 장항동".</summary>
    public string FullName(string? code)
    {
        var e = Find(code);
        if (e is null) return "";
        var parent = Find(e.ParentCode);
        return parent is null || parent.Level is "city" or "major" or "section" ? e.Name : $"{parent.Name} {e.Name}";
    }
}

/// <summary>Minimal RFC 4180 line splitter: the reference files quote fields that contain commas.</summary>
internal static class Csv
{
    public static List<string> SplitLine(string line)
    {
        var fields = new List<string>();
        var sb = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else sb.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(c);
        }
        fields.Add(sb.ToString());
        return fields;
    }
}
