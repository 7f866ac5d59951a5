namespace Iljari.Web.Infrastructure;

/// <summary>The "Iljari" configuration section.</summary>
public sealed class IljariOptions
{
    /// <summary>Fills an empty database with generated demo data and one demo account per role. Development only by default.</summary>
    public bool DemoMode { get; set; }

    /// <summary>Demo data size: "Demo" (default) or "Tiny" (tests).</summary>
    public string DemoSize { get; set; } = "Demo";

    /// <summary>Folder for the Lucene index; empty keeps it in memory (rebuilt from the database at start).</summary>
    public string SearchIndexPath { get; set; } = "";

    /// <summary>Folder for the Data Protection key ring (outside the database); empty uses the framework's per-user folder.</summary>
    public string KeysPath { get; set; } = "";
}
