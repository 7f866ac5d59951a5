using Iljari.Core.Search;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace Iljari.Matching.Tests.Quality;

/// <summary>
/// The text baseline of issue 4: Lucene BM25 over each posting's title, skills, certificates and description, with the
/// seeker's desired titles and skills as the query, analysed by the same Korean analyzer as the site search.
/// </summary>
internal sealed class Bm25Baseline : IDisposable
{
    private readonly RAMDirectory _dir = new();
    private readonly KoreanAnalyzer _analyzer = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public Bm25Baseline(IEnumerable<MatchPosting> postings)
    {
        using (var writer = new IndexWriter(_dir, new IndexWriterConfig(KoreanAnalyzer.Version, _analyzer) { Similarity = new BM25Similarity() }))
        {
            foreach (var p in postings)
            {
                var text = string.Join(' ', [p.Title, .. p.Skills, .. p.Certificates, p.Description ?? ""]);
                writer.AddDocument(new Document { new StringField("id", p.Id, Field.Store.YES), new TextField("text", text, Field.Store.NO) });
            }
        }
        _reader = DirectoryReader.Open(_dir);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public IReadOnlyList<string> Top(MatchSeeker s, int k)
    {
        var query = new BooleanQuery();
        foreach (var term in _analyzer.Terms(string.Join(' ', s.DesiredTitles.Concat(s.Skills))).Distinct())
            query.Add(new TermQuery(new Term("text", term)), Occur.SHOULD);
        if (query.Clauses.Count == 0) return [];
        return _searcher.Search(query, k).ScoreDocs.Select(d => _searcher.Doc(d.Doc).Get("id")).ToList();
    }

    public void Dispose()
    {
        _reader.Dispose();
        _dir.Dispose();
        _analyzer.Dispose();
    }
}
