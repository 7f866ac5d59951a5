namespace Iljari.Matching;

/// <summary>
/// Keeps one company from filling a list: at most <c>perTen</c> items of one company in each ten places
/// (2 in the top 10, 4 in the top 20 …). Order is otherwise kept; an item held back moves down, not out.
/// </summary>
internal static class Diversifier
{
    public static List<T> Pick<T>(IReadOnlyList<T> ranked, Func<T, string> company, int k, int perTen = 2)
    {
        var picked = new List<T>(Math.Min(k, ranked.Count));
        // A short list beats a dictionary here: a top list names a few dozen companies at most.
        var counts = new List<(string Company, int Count)>();
        var waiting = new List<T>();
        var next = 0;
        while (picked.Count < k && (next < ranked.Count || waiting.Count > 0))
        {
            var cap = perTen * (picked.Count / 10 + 1);
            var fromWaiting = waiting.FindIndex(t => CountOf(company(t)) < cap);
            if (fromWaiting >= 0)
            {
                Take(waiting[fromWaiting]);
                waiting.RemoveAt(fromWaiting);
                continue;
            }
            if (next >= ranked.Count) break; // only over-represented companies remain
            var item = ranked[next++];
            if (CountOf(company(item)) < cap) Take(item);
            else waiting.Add(item);
        }
        return picked;

        void Take(T item)
        {
            picked.Add(item);
            var key = company(item);
            var at = counts.FindIndex(c => c.Company == key);
            if (at < 0) counts.Add((key, 1));
            else counts[at] = (key, counts[at].Count + 1);
        }

        int CountOf(string key)
        {
            foreach (var (name, count) in counts)
                if (name == key) return count;
            return 0;
        }
    }
}
