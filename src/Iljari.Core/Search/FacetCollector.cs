using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Iljari.Core.Search;

/// <summary>
/// Counts facet values over every matching document (not only the shown page) by reading ordinals from
/// sorted doc values per segment — no stored fields are loaded, so it stays fast at 50,000 postings.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private readonly (string Facet, string Field)[] _fields;
    private readonly Dictionary<string, Dictionary<string, int>> _counts = [];
    private SortedDocValues?[] _segmentValues = [];
    private int[][] _segmentCounts = [];

    public FacetCollector((string Facet, string Field)[] fields)
    {
        _fields = fields;
        foreach (var (facet, _) in fields) _counts[facet] = [];
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        _segmentValues = _fields.Select(f => context.AtomicReader.GetSortedDocValues(f.Field)).ToArray();
        _segmentCounts = _segmentValues.Select(v => new int[v?.ValueCount ?? 0]).ToArray();
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _segmentValues.Length; i++)
        {
            var ord = _segmentValues[i]?.GetOrd(doc) ?? -1;
            if (ord >= 0) _segmentCounts[i][ord]++;
        }
    }

    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Result()
    {
        FlushSegment();
        return _counts.ToDictionary(
            kv => kv.Key,
            kv => (IReadOnlyList<FacetCount>)kv.Value.Where(c => c.Key.Length > 0)
                .Select(c => new FacetCount(c.Key, PostingFields.FacetLabel(kv.Key, c.Key), c.Value))
                .OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal).ToList());
    }

    // Ordinals are per segment, so counts are turned into values when the segment changes.
    private void FlushSegment()
    {
        var bytes = new BytesRef();
        for (var i = 0; i < _segmentValues.Length; i++)
        {
            var values = _segmentValues[i];
            if (values is null) continue;
            var totals = _counts[_fields[i].Facet];
            for (var ord = 0; ord < _segmentCounts[i].Length; ord++)
            {
                if (_segmentCounts[i][ord] == 0) continue;
                values.LookupOrd(ord, bytes);
                var key = bytes.Utf8ToString();
                totals[key] = totals.GetValueOrDefault(key) + _segmentCounts[i][ord];
            }
        }
        _segmentValues = [];
        _segmentCounts = [];
    }
}
