using System.Collections.Frozen;

namespace Iljari.Matching;

/// <summary>One region row: 법정동 10-digit code, short name, level (city, gu, dong) and parent code.</summary>
public sealed record RegionEntry(string Code, string Name, string Level, string? ParentCode);

/// <summary>
/// The names and hierarchies the engine needs to score and explain: KECO occupation names and the region tree of
/// the home city and its commuting area. Built by the caller from the reference lists, so this library ships no data.
/// </summary>
public sealed class MatchVocabulary
{
    private readonly FrozenDictionary<string, string> _occupations;
    private readonly FrozenDictionary<string, RegionEntry> _regions;

    /// <summary>The city whose 구 and 동 are in the tree (고양시 4128000000).</summary>
    public string HomeCity { get; }

    /// <summary>Neighbouring commuting-area 시·구 (level city, other than the home city).</summary>
    public IReadOnlySet<string> CommutingArea { get; }

    public MatchVocabulary(IEnumerable<KeyValuePair<string, string>> occupationNames, IEnumerable<RegionEntry> regions)
    {
        _occupations = occupationNames.ToFrozenDictionary();
        var list = regions.ToList();
        _regions = list.ToFrozenDictionary(r => r.Code);
        HomeCity = list.FirstOrDefault(r => r.Level == "city" && list.Any(c => c.ParentCode == r.Code))?.Code ?? "";
        CommutingArea = list.Where(r => r.Level == "city" && r.Code != HomeCity).Select(r => r.Code).ToFrozenSet();
    }

    /// <summary>Name of a KECO code; a longer Work24 직종코드 falls back to its 소·중·대분류 name.</summary>
    public string OccupationName(string code)
    {
        for (var length = code.Length; length > 0; length--)
            if (_occupations.TryGetValue(code[..length], out var name)) return name;
        return code;
    }

    /// <summary>10-digit form of a region code (5-digit Work24 시군구 codes are padded).</summary>
    public static string NormalizeRegion(string code)
    {
        var c = code.Trim();
        return c.Length is > 0 and < 10 && c.All(char.IsAsciiDigit) ? c.PadRight(10, '0') : c;
    }

    public RegionEntry? Region(string code) => _regions.GetValueOrDefault(code);

    public string RegionName(string code) => Region(code)?.Name ?? code;

    /// <summary>
    /// The place split into its levels. Unknown codes fall back on the code's structure: digits 1–5 are the 시군구
    /// and, for a city with 일반구 such as 고양시, digits 1–4 the city.
    /// </summary>
    public RegionPath PathOf(string rawCode)
    {
        var code = NormalizeRegion(rawCode);
        if (code.Length != 10) return new RegionPath(null, null, code.Length == 0 ? null : code);
        var sigungu = code[..5] + "00000";
        var cityCandidate = code[..4] + "000000";
        var city = _regions.TryGetValue(cityCandidate, out var c) && c.Level == "city" ? cityCandidate : sigungu;
        var gu = city == sigungu ? null : sigungu;
        var dong = code == sigungu || code == city ? null : code;
        return new RegionPath(dong, gu, city);
    }
}

/// <summary>A place at each level it is known: 동, 구 (within a city that has 구) and 시.</summary>
public readonly record struct RegionPath(string? Dong, string? Gu, string? City);
