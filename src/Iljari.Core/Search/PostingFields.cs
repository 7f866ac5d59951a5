using Iljari.Core.Domain.Codes;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Iljari.Core.Search;

/// <summary>How a posting becomes a Lucene document: text fields for BM25, exact fields for filters, doc values for sorts and facets.</summary>
internal static class PostingFields
{
    public const string Id = "id", Title = "title", Company = "company", OccupationText = "occupation_text", RegionText = "region_text";
    public const string Description = "description", Preferences = "preferences";
    public const string Region = "region", Gu = "gu", Occupation = "occ", Career = "career", Education = "edu", Employment = "emp";
    public const string SalaryMax = "salary_max", Close = "close", Published = "published";
    /// <summary>The posting id as a doc value: a hit's id is read without decompressing its stored fields.</summary>
    public const string IdValue = "id_dv";

    /// <summary>Keyword fields and their boosts: a match in the title counts most.</summary>
    public static readonly (string Field, float Boost)[] TextFields =
        [(Title, 3f), (OccupationText, 2f), (Company, 2f), (RegionText, 1.5f), (Description, 1f), (Preferences, 0.5f)];

    /// <summary>Facet name → doc-values field.</summary>
    public static readonly (string Facet, string Field)[] FacetFields =
        [(Facets.Gu, "gu_dv"), (Facets.OccupationMajor, "occ_major_dv"), (Facets.Career, "career_dv"), (Facets.Education, "edu_dv"), (Facets.EmploymentType, "emp_dv")];

    public static int DateKey(DateOnly d) => d.Year * 10_000 + d.Month * 100 + d.Day;

    /// <summary>The 구 a region code lies in; a neighbouring city is its own group.</summary>
    public static string GuOf(string regionCode) =>
        ReferenceCatalog.Instance.Regions.Lineage(regionCode).FirstOrDefault(e => e.Level == "gu")?.Code ?? regionCode;

    public static Document ToDocument(PostingDocument p)
    {
        var refs = ReferenceCatalog.Instance;
        var gu = GuOf(p.RegionCode);
        var occupationMajor = p.OccupationCode.Length > 0 ? p.OccupationCode[..1] : "";
        var doc = new Document
        {
            new StringField(Id, p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
            new TextField(Title, p.Title, Field.Store.YES),
            new TextField(Company, p.CompanyName, Field.Store.NO),
            new TextField(OccupationText, string.Join(" ", refs.Occupations.Lineage(p.OccupationCode).Select(e => e.Name)), Field.Store.NO),
            new TextField(RegionText, string.Join(" ", refs.Regions.Lineage(p.RegionCode).Select(e => e.Name)), Field.Store.NO),
            new TextField(Description, p.Description, Field.Store.NO),
            new TextField(Preferences, p.Preferences ?? "", Field.Store.NO),
            new StringField(Region, p.RegionCode, Field.Store.NO),
            new StringField(Gu, gu, Field.Store.NO),
            new StringField(Career, p.Career.ToString(), Field.Store.NO),
            new Int32Field(Education, (int)p.Education, Field.Store.NO),
            new StringField(Employment, p.EmploymentType.ToString(), Field.Store.NO),
            new Int64Field(SalaryMax, p.MonthlySalaryMax, Field.Store.NO),
            new Int32Field(Close, DateKey(p.CloseDate), Field.Store.NO),
            new NumericDocValuesField(IdValue, p.Id),
            new NumericDocValuesField(Published, p.PublishedAt.Ticks),
            new NumericDocValuesField(Close + "_dv", DateKey(p.CloseDate)),
            new SortedDocValuesField("gu_dv", new BytesRef(gu)),
            new SortedDocValuesField("occ_major_dv", new BytesRef(occupationMajor)),
            new SortedDocValuesField("career_dv", new BytesRef(p.Career.ToString())),
            new SortedDocValuesField("edu_dv", new BytesRef(p.Education.ToString())),
            new SortedDocValuesField("emp_dv", new BytesRef(p.EmploymentType.ToString())),
        };
        // Every prefix of the KECO code, so "3", "30" and "301" all filter with one term lookup.
        for (var n = 1; n <= p.OccupationCode.Length; n++) doc.Add(new StringField(Occupation, p.OccupationCode[..n], Field.Store.NO));
        return doc;
    }

    public static string FacetLabel(string facet, string value) => facet switch
    {
        Facets.Gu => ReferenceCatalog.Instance.Regions.NameOf(value),
        Facets.OccupationMajor => ReferenceCatalog.Instance.Occupations.NameOf(value),
        Facets.Career => Enum.TryParse<CareerRequirement>(value, out var c) ? c.Label() : value,
        Facets.Education => Enum.TryParse<EducationLevel>(value, out var e) ? e.Label() : value,
        Facets.EmploymentType => Enum.TryParse<EmploymentType>(value, out var t) ? t.Label() : value,
        _ => value,
    };
}
