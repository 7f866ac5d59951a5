using Iljari.Core.Domain.Codes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using static Iljari.Core.Search.PostingFields;

namespace Iljari.Core.Search;

/// <summary>
/// Full-text index of open postings (Lucene.Net, BM25, <see cref="KoreanAnalyzer"/>). Thread-safe: one writer,
/// near-real-time searchers from a <see cref="SearcherManager"/> refreshed after every change.
/// </summary>
public sealed class LucenePostingIndex : IPostingSearch, IDisposable
{
    private readonly KoreanAnalyzer _analyzer = new();
    private readonly Lucene.Net.Store.Directory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;

    /// <param name="path">Folder for an on-disk index; null keeps it in memory.</param>
    public LucenePostingIndex(string? path = null)
    {
        _directory = path is null ? new RAMDirectory() : FSDirectory.Open(path);
        _writer = new IndexWriter(_directory, new IndexWriterConfig(KoreanAnalyzer.Version, _analyzer)
        {
            Similarity = new BM25Similarity(),
            OpenMode = OpenMode.CREATE_OR_APPEND,
            // Compound files read through one shared, locked stream: under 200 concurrent searches the lock was the
            // main wait (wrk, 2026-11-26). Separate files cost a few more handles and no locking.
            UseCompoundFile = false,
            MergePolicy = new TieredMergePolicy { NoCFSRatio = 0.0 },
        });
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new Bm25SearcherFactory());
    }

    public int Count
    {
        get
        {
            var s = _searchers.Acquire();
            try { return s.IndexReader.NumDocs; }
            finally { _searchers.Release(s); }
        }
    }

    private long _version;
    public long Version => Interlocked.Read(ref _version);

    public void Upsert(PostingDocument posting)
    {
        if (posting.IsOpen) _writer.UpdateDocument(IdTerm(posting.Id), ToDocument(posting));
        else _writer.DeleteDocuments(IdTerm(posting.Id));
        Refreshed();
    }

    public void Remove(int postingId)
    {
        _writer.DeleteDocuments(IdTerm(postingId));
        Refreshed();
    }

    private void Refreshed()
    {
        _searchers.MaybeRefreshBlocking();
        Interlocked.Increment(ref _version);
    }

    public void Rebuild(IEnumerable<PostingDocument> postings)
    {
        _writer.DeleteAll();
        foreach (var p in postings.Where(p => p.IsOpen)) _writer.AddDocument(ToDocument(p));
        _writer.Commit();
        Refreshed();
    }

    public PostingSearchResult Search(PostingQuery query, DateOnly today)
    {
        var pageSize = Math.Clamp(query.PageSize, 1, 100);
        var page = Math.Clamp(query.Page, 1, 500);
        var searcher = _searchers.Acquire();
        try
        {
            var top = TopFieldCollector.Create(SortFor(query.Sort), page * pageSize, fillFields: false,
                trackDocScores: query.Sort == PostingSort.Relevance, trackMaxScore: false, docsScoredInOrder: false);
            var facets = new FacetCollector(FacetFields);
            searcher.Search(PostingQueryBuilder.Build(query, today, _analyzer), MultiCollector.Wrap(top, facets));
            var ids = top.GetTopDocs((page - 1) * pageSize, pageSize).ScoreDocs.Select(d => PostingId(searcher, d.Doc)).ToList();
            return new PostingSearchResult(top.TotalHits, ids, facets.Result());
        }
        finally { _searchers.Release(searcher); }
    }

    /// <summary>A hit's posting id from its doc value; documents written before that field existed fall back to the stored id.</summary>
    private static int PostingId(IndexSearcher searcher, int doc)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var values = leaf.AtomicReader.GetNumericDocValues(IdValue);
        return values is not null
            ? (int)values.Get(doc - leaf.DocBase)
            : int.Parse(searcher.Doc(doc).Get(Id), System.Globalization.CultureInfo.InvariantCulture);
    }

    public IReadOnlyList<string> Suggest(string prefix, int max = 8)
    {
        if (string.IsNullOrWhiteSpace(prefix)) return [];
        var text = prefix.Trim();
        // Occupation names first: they are the vocabulary counselors and seekers share.
        var suggestions = ReferenceCatalog.Instance.Occupations.AtLevel("minor")
            .Where(o => o.Name.Contains(text, StringComparison.OrdinalIgnoreCase)).Select(o => o.Name).Take(max / 2).ToList();
        var terms = _analyzer.Terms(text, Title);
        if (terms.Count == 0) return suggestions;
        var q = new BooleanQuery();
        foreach (var t in terms) q.Add(new TermQuery(new Term(Title, t)), Occur.MUST);
        var searcher = _searchers.Acquire();
        try
        {
            foreach (var hit in searcher.Search(q, max * 4).ScoreDocs)
            {
                var title = searcher.Doc(hit.Doc).Get(Title);
                if (!suggestions.Contains(title)) suggestions.Add(title);
                if (suggestions.Count >= max) break;
            }
        }
        finally { _searchers.Release(searcher); }
        return suggestions;
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private static Term IdTerm(int id) => new(Id, id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static Sort SortFor(PostingSort sort)
    {
        var latest = new SortField(Published, SortFieldType.INT64, true);
        return sort switch
        {
            PostingSort.Latest => new Sort(latest),
            PostingSort.ClosingSoon => new Sort(new SortField(Close + "_dv", SortFieldType.INT32), latest),
            _ => new Sort(SortField.FIELD_SCORE, latest),
        };
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }
}
