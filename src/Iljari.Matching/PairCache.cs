namespace Iljari.Matching;

/// <summary>
/// Per-seeker memo of the fits that depend only on the posting's occupation code or region (a city has a few
/// hundred of each, but tens of thousands of postings). Reset for every seeker; one per ranking thread.
/// </summary>
internal sealed class PairCache(int capacity, int termCapacity)
{
    /// <summary>At most this many titles and career titles are tracked by bit (more fall back to set merges).</summary>
    public const int MaxSources = 16;

    // termMask[t] has bit j set when the seeker's j-th title (then career title) contains term t: one pass over a
    // posting's terms counts the overlap with every title at once, instead of one sorted merge per title.
    private readonly ushort[] _termMask = new ushort[termCapacity];
    private readonly List<int> _marked = [];
    // Terms of the seeker's skills, certificates, career titles and introduction, for skill coverage in O(1) a term.
    private readonly bool[] _ability = new bool[termCapacity];
    private readonly List<int> _abilityMarked = [];

    /// <summary>Whether the current seeker's abilities include the term (valid after <see cref="Prepare"/>).</summary>
    public bool HasAbility(int term) => term < _ability.Length && _ability[term];

    /// <summary>Whether <see cref="HasAbility"/> reflects a seeker (false for a cache never prepared).</summary>
    public bool AbilitiesReady { get; private set; }

    private readonly double[] _code = new double[capacity];
    private readonly double[] _careerCode = new double[capacity];
    private readonly double[] _place = new double[capacity];
    private readonly double[] _logPlace = new double[capacity];
    private readonly int[] _codeStamp = new int[capacity];
    private readonly int[] _placeStamp = new int[capacity];
    private int _stamp = 1;

    /// <summary>Number of titles then career titles marked for <see cref="CountOverlaps"/>; -1 when not usable.</summary>
    public int Sources { get; private set; } = -1;

    /// <summary>Marks the seeker's title and career-title terms; call once per seeker after <see cref="Reset"/>.</summary>
    public void Prepare(PreparedSeeker s)
    {
        foreach (var t in _marked) _termMask[t] = 0;
        _marked.Clear();
        foreach (var t in _abilityMarked) _ability[t] = false;
        _abilityMarked.Clear();
        foreach (var t in s.AbilityTerms)
            if (t < _ability.Length && !_ability[t]) { _ability[t] = true; _abilityMarked.Add(t); }
        AbilitiesReady = _ability.Length > 0;
        var sources = s.Titles.Select(t => t.Terms).Concat(s.Careers.Select(c => c.Terms)).ToList();
        Sources = sources.Count <= MaxSources && _termMask.Length > 0 ? sources.Count : -1;
        if (Sources < 0) return;
        for (var j = 0; j < sources.Count; j++)
            foreach (var t in sources[j])
            {
                if (t >= _termMask.Length) continue; // a word no indexed posting has
                if (_termMask[t] == 0) _marked.Add(t);
                _termMask[t] |= (ushort)(1 << j);
            }
    }

    /// <summary>For each marked source j, how many of <paramref name="terms"/> it contains.</summary>
    public void CountOverlaps(int[] terms, Span<int> counts)
    {
        counts.Clear();
        foreach (var t in terms)
        {
            if (t >= _termMask.Length) continue;
            var mask = (uint)_termMask[t];
            while (mask != 0)
            {
                counts[System.Numerics.BitOperations.TrailingZeroCount(mask)]++;
                mask &= mask - 1;
            }
        }
    }

    public void Reset()
    {
        if (++_stamp != int.MaxValue) return;
        Array.Clear(_codeStamp);
        Array.Clear(_placeStamp);
        _stamp = 1;
    }

    public bool TryCode(int id, out double byCode, out double byCareerCode)
    {
        var hit = id < _codeStamp.Length && _codeStamp[id] == _stamp;
        (byCode, byCareerCode) = hit ? (_code[id], _careerCode[id]) : (0, 0);
        return hit;
    }

    public void SetCode(int id, double byCode, double byCareerCode)
    {
        if (id >= _codeStamp.Length) return;
        (_code[id], _careerCode[id], _codeStamp[id]) = (byCode, byCareerCode, _stamp);
    }

    public bool TryPlace(int id, out double fit)
    {
        var hit = id < _placeStamp.Length && _placeStamp[id] == _stamp;
        fit = hit ? _place[id] : 0;
        return hit;
    }

    public void SetPlace(int id, double fit)
    {
        if (id >= _placeStamp.Length) return;
        (_place[id], _logPlace[id], _placeStamp[id]) = (fit, fit >= 1 ? 0 : Math.Log(fit), _stamp);
    }

    /// <summary>ln of the cached place fit, for bounds computed in log space.</summary>
    public bool TryLogPlace(int id, out double logFit)
    {
        var hit = id < _placeStamp.Length && _placeStamp[id] == _stamp;
        logFit = hit ? _logPlace[id] : 0;
        return hit;
    }
}
