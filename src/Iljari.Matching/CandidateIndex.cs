namespace Iljari.Matching;

/// <summary>
/// Inverted lists from KECO prefixes (1, 2, 3 digits) and text terms to item positions, so ranking looks only at
/// items that can score above zero — an item with no occupational link scores 0 by the occupation gate.
/// </summary>
internal sealed class CandidateIndex
{
    private readonly Dictionary<string, List<int>>[] _byPrefix = [new(), new(), new(), new()];
    // The same lists split by region, so ranking can take the seeker's best places first and skip the rest.
    private readonly Dictionary<string, Dictionary<int, List<int>>>[] _byPrefixRegion = [new(), new(), new(), new()];
    private Dictionary<string, (int Region, List<int> Items)[]>[] _buckets = [];
    private readonly Dictionary<int, List<int>> _byTerm = [];
    private readonly List<int> _always = [];

    public void AddCode(string code, int item, int region = 0)
    {
        for (var length = 1; length <= Math.Min(3, code.Length); length++)
        {
            var prefix = code[..length];
            Add(_byPrefix[length], prefix, item);
            if (!_byPrefixRegion[length].TryGetValue(prefix, out var byRegion)) _byPrefixRegion[length][prefix] = byRegion = [];
            Add(byRegion, region, item);
        }
    }

    /// <summary>Ends building: region buckets become arrays that ranking threads share read-only.</summary>
    public void Freeze() =>
        _buckets = _byPrefixRegion.Select(level => level.ToDictionary(kv => kv.Key, kv => kv.Value.Select(r => (r.Key, r.Value)).ToArray())).ToArray();

    /// <summary>Items sharing the first <paramref name="length"/> digits of <paramref name="code"/>, grouped by region.</summary>
    public (int Region, List<int> Items)[] BucketsWithPrefix(string code, int length) =>
        code.Length >= length && _buckets[length].TryGetValue(code[..length], out var buckets) ? buckets : [];

    public void AddTerms(int[] terms, int item)
    {
        foreach (var t in terms) Add(_byTerm, t, item);
    }

    /// <summary>Items that match anything (e.g. a seeker with no job wish at all).</summary>
    public void AddAlways(int item) => _always.Add(item);

    public IReadOnlyList<int> Always => _always;

    /// <summary>Items sharing the first <paramref name="length"/> digits of <paramref name="code"/>.</summary>
    public IReadOnlyList<int> WithPrefix(string code, int length) =>
        code.Length >= length && _byPrefix[length].TryGetValue(code[..length], out var list) ? list : [];

    public IReadOnlyList<int> WithTerm(int term) => _byTerm.TryGetValue(term, out var list) ? list : [];

    private static void Add<TKey>(Dictionary<TKey, List<int>> map, TKey key, int item) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        if (list.Count == 0 || list[^1] != item) list.Add(item);
    }
}

/// <summary>Keeps the best n candidates seen; a reusable "seen" stamp array avoids scoring one item twice.</summary>
internal sealed class TopCollector(int itemCount, int codeCapacity, int termCapacity = 0)
{
    /// <summary>Per-seeker fits by occupation code and region, valid until the next <see cref="Reset"/>.</summary>
    public PairCache Cache { get; } = new(codeCapacity, termCapacity);

    /// <summary>Work counters of this thread: candidates visited, cheap bounds, full scores.</summary>
    public long Visits, Bounds, FullScores;

    /// <summary>Words of the seeker already looked up, during one ranking.</summary>
    public HashSet<int> SeenTerms { get; } = [];

    private (double Place, int Bucket)[] _regions = new (double, int)[64];

    private int[] _terms = new int[16];

    /// <summary>A scratch copy of <paramref name="terms"/> to reorder.</summary>
    public int[] Terms(int[] terms)
    {
        if (_terms.Length < terms.Length) _terms = new int[terms.Length];
        terms.CopyTo(_terms, 0);
        return _terms;
    }

    private readonly List<Scored> _ranked = [];

    /// <summary>Scratch array for ordering one code's regions by place fit.</summary>
    public (double Place, int Bucket)[] Regions(int count)
    {
        if (_regions.Length < count) _regions = new (double, int)[count];
        return _regions;
    }

    public static readonly IComparer<(double Place, int Bucket)> HighestPlaceFirst =
        Comparer<(double Place, int Bucket)>.Create((a, b) => b.Place != a.Place ? b.Place.CompareTo(a.Place) : a.Bucket.CompareTo(b.Bucket));

    private readonly int[] _seen = new int[itemCount];
    private int _stamp;
    private readonly PriorityQueue<Scored, (double, int)> _heap = new();
    private int _capacity;

    public void Reset(int capacity)
    {
        _heap.Clear();
        _capacity = capacity;
        Cache.Reset();
        if (++_stamp == int.MaxValue) { Array.Clear(_seen); _stamp = 1; }
    }

    /// <summary>True the first time an item is offered since <see cref="Reset"/>.</summary>
    public bool FirstVisit(int item)
    {
        if (_seen[item] == _stamp) return false;
        _seen[item] = _stamp;
        return true;
    }

    /// <summary>The score an item must beat to enter (0 while not full).</summary>
    public double Threshold => _heap.Count < _capacity ? 0 : _heap.Peek().Score;

    // Priority (score, -index): among equal scores the lower index is kept, so results do not depend on visit order.
    public void Offer(int item, double score)
    {
        if (score <= 0) return;
        if (_heap.Count < _capacity) _heap.Enqueue(new Scored(item, score), (score, -item));
        else if ((score, -item).CompareTo((Threshold, -_heap.Peek().Index)) > 0)
            _heap.EnqueueDequeue(new Scored(item, score), (score, -item));
    }

    public List<Scored> Ranked()
    {
        var list = _ranked;
        list.Clear();
        foreach (var (element, _) in _heap.UnorderedItems) list.Add(element);
        list.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Index.CompareTo(b.Index));
        return list;
    }
}
