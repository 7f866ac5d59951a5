using Iljari.Core.Search;
using Microsoft.Data.Sqlite;

/// <summary>
/// The naive alternative: every word must appear (LIKE '%word%') in title, description or company, open and not
/// past its close date; count all matches and fetch the 20 latest — what a search page would need without an index.
/// </summary>
internal static class LikeBaseline
{
    public static void Load(SqliteConnection db, IReadOnlyList<PostingDocument> docs)
    {
        Exec(db, "CREATE TABLE postings (id INTEGER PRIMARY KEY, title TEXT, description TEXT, company TEXT, open INTEGER, close INTEGER, published INTEGER)");
        using var tx = db.BeginTransaction();
        using var insert = db.CreateCommand();
        insert.CommandText = "INSERT INTO postings VALUES ($id, $t, $d, $c, $o, $close, $p)";
        foreach (var name in new[] { "$id", "$t", "$d", "$c", "$o", "$close", "$p" }) insert.Parameters.Add(new SqliteParameter(name, null));
        foreach (var d in docs)
        {
            insert.Parameters["$id"].Value = d.Id;
            insert.Parameters["$t"].Value = d.Title;
            insert.Parameters["$d"].Value = d.Description;
            insert.Parameters["$c"].Value = d.CompanyName;
            insert.Parameters["$o"].Value = d.IsOpen ? 1 : 0;
            insert.Parameters["$close"].Value = Key(d.CloseDate);
            insert.Parameters["$p"].Value = d.PublishedAt.Ticks;
            insert.ExecuteNonQuery();
        }
        tx.Commit();
        Exec(db, "CREATE INDEX ix_postings_published ON postings (published)");
    }

    public static int Search(SqliteConnection db, string query, DateOnly today)
    {
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var where = string.Join(" AND ", words.Select((_, i) => $"(title LIKE $w{i} OR description LIKE $w{i} OR company LIKE $w{i})"));
        var filter = $"open = 1 AND close >= {Key(today)} AND {where}";
        using var count = db.CreateCommand();
        count.CommandText = $"SELECT COUNT(*) FROM postings WHERE {filter}";
        using var top = db.CreateCommand();
        top.CommandText = $"SELECT id FROM postings WHERE {filter} ORDER BY published DESC LIMIT 20";
        for (var i = 0; i < words.Length; i++)
        {
            count.Parameters.AddWithValue($"$w{i}", $"%{words[i]}%");
            top.Parameters.AddWithValue($"$w{i}", $"%{words[i]}%");
        }
        var total = Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        using var reader = top.ExecuteReader();
        while (reader.Read()) { }
        return total;
    }

    private static int Key(DateOnly d) => d.Year * 10_000 + d.Month * 100 + d.Day;

    private static void Exec(SqliteConnection db, string sql)
    {
        using var c = db.CreateCommand();
        c.CommandText = sql;
        c.ExecuteNonQuery();
    }
}
