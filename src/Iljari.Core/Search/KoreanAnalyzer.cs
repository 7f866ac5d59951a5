using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Iljari.Core.Search;

/// <summary>
/// Korean-aware analysis without a dictionary: UAX#29 words, trailing particles (조사) removed from Hangul words,
/// lower-cased, then CJK bigrams. Bigrams make two-syllable queries (바리, 요양, 경리) find longer words
/// (바리스타, 요양보호사, 경리사무원) — the usual trade-off of n-gram search against a morphological analyzer
/// such as Nori, which Lucene.Net 4.8 does not ship.
/// </summary>
public sealed class KoreanAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new ParticleStripFilter(tokenizer);
        stream = new LowerCaseFilter(Version, stream);
        stream = new CJKBigramFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>The terms a text becomes, in order (used for queries and tests).</summary>
    public IReadOnlyList<string> Terms(string text, string field = "text")
    {
        var terms = new List<string>();
        using var stream = GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }
}

/// <summary>Removes one trailing particle from a Hangul word when at least two syllables remain (휴가 stays 휴가).</summary>
public sealed class ParticleStripFilter : TokenFilter
{
    // One particle list for search and matching, so both read a word the same way.
    private static readonly IReadOnlyList<string> Particles = Iljari.Matching.KoreanText.Particles;

    private static readonly string HangulType = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HANGUL];

    private readonly ICharTermAttribute _term;
    private readonly ITypeAttribute _type;

    public ParticleStripFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (_type.Type == HangulType && _term.Length >= 3)
        {
            var word = _term.ToString();
            foreach (var p in Particles)
            {
                if (word.Length - p.Length >= 2 && word.EndsWith(p, StringComparison.Ordinal))
                {
                    _term.SetLength(word.Length - p.Length);
                    break;
                }
            }
        }
        return true;
    }
}
