namespace Iljari.Matching;

/// <summary>
/// Scores one seeker × posting pair from both sides.
/// Seeker side (does the job fit what they want): occupation, place, pay, employment type, hours.
/// Employer side (does the person fit what the job requires): career, education, certificates, skills.
/// Each side is a weighted geometric mean of factors in (0, 1], so a factor far off pulls the side down whatever the
/// others are; the two sides are joined by their harmonic mean, so a pair only one side would accept ranks low.
/// Occupation is a gate: a job unrelated to anything the seeker asked for or did scores 0 and is never recommended.
/// </summary>
internal sealed class PairScorer(MatchVocabulary vocabulary)
{
    // Exponents: how much each factor counts within its side (each side sums to 1).
    private const double WOccupation = 0.45, WPlace = 0.25, WPay = 0.15, WType = 0.10, WHours = 0.05;
    private const double WCareer = 0.35, WEducation = 0.25, WCertificates = 0.25, WSkills = 0.15;

    /// <summary>Score 0–100; with <paramref name="why"/> the reasons are collected too.</summary>
    public (double Score, double SeekerFit, double EmployerFit) Score(PreparedSeeker s, PreparedPosting p, Explanation? why = null) =>
        Score(s, p, 0, null, why);

    /// <summary>
    /// As above, but gives up (score 0) as soon as occupation and place show the pair cannot reach
    /// <paramref name="threshold"/> even with every other factor perfect — ranking passes its current k-th score.
    /// </summary>
    public (double Score, double SeekerFit, double EmployerFit) Score(PreparedSeeker s, PreparedPosting p, double threshold, PairCache? cache, Explanation? why = null)
    {
        var occupation = Occupation(s, p, why, cache);
        if (occupation <= 0) return (0, 0, 0);
        // Weighted geometric means computed as exp(Σ w·ln f): one exp instead of a pow per factor.
        var logSeeker = WOccupation * Math.Log(occupation) + WPlace * Log(Place(s, p, why, cache));
        if (threshold > 0 && HarmonicWithPerfect(Math.Exp(logSeeker)) < threshold) return (0, 0, 0);
        logSeeker += WPay * Log(Pay(s, p, why)) + WType * Log(EmploymentType(s, p, why)) + WHours * Log(Hours(s, p, why));
        // The employer side costs the most (career history, certificates, skills): bound again before it.
        if (threshold > 0 && HarmonicWithPerfect(Math.Exp(logSeeker)) < threshold) return (0, 0, 0);
        var logEmployer = WCareer * Log(Career(s, p, why)) + WEducation * Log(Education(s, p, why))
            + WCertificates * Log(Certificates(s, p, why)) + WSkills * Log(Skills(s, p, why, cache));
        var (seekerFit, employerFit) = (Math.Exp(logSeeker), Math.Exp(logEmployer));
        var score = 100 * 2 * seekerFit * employerFit / (seekerFit + employerFit) * DismissalFactor(s, p, why);
        return (score, seekerFit, employerFit);
    }

    /// <summary>Place fit alone (cached by region), for ranking regions before visiting their postings.</summary>
    public double PlaceFit(PreparedSeeker s, PreparedPosting p, PairCache? cache) => Place(s, p, null, cache);

    private static double Log(double factor) => factor >= 1 ? 0 : Math.Log(factor);

    /// <summary>
    /// An upper bound from what is cheap to know — packed numbers, no trip to the posting object: occupation by code
    /// alone (words can add at most what the seeker's titles allow), place, pay, type, hours, education and career
    /// against the seeker's total years. Word overlaps, certificates and skills are computed only for pairs that pass
    /// (including them here halves the full scores but costs more in cache misses than it saves: measured).
    /// </summary>
    public double CheapBound(PreparedSeeker s, in PostingFeatures f, PreparedPosting p, PairCache cache)
    {
        double logSeeker = 0;
        if (!s.HasJobWish) logSeeker = WOccupation * LogHalf;
        else
        {
            if (!cache.TryCode(f.OccupationId, out var byCode, out var byCareerCode)) (byCode, byCareerCode) = CodeFits(s, p, cache);
            // The same formula as Occupation, with word coverage replaced by its upper bound from the signatures.
            double title = 0, career = 0;
            foreach (var bits in s.TitleBits) title = Math.Max(title, TermSignature.CoverageUpperBound(bits, f.TermBits));
            foreach (var bits in s.CareerBits) career = Math.Max(career, TermSignature.CoverageUpperBound(bits, f.TermBits));
            var agreement = s.HasWords ? 0.8 + 0.2 * Math.Max(title, 0.8 * career) : 1;
            var occupation = Math.Max(Math.Max(byCode * agreement, 0.8 * byCareerCode * agreement), Math.Max(0.9 * title, 0.7 * career));
            if (occupation <= 0) return 0;
            logSeeker = WOccupation * Log(occupation);
        }
        if (s.Source.Location is not null || !cache.TryLogPlace(f.RegionId, out var logPlace)) logPlace = Log(Place(s, p, null, cache));
        var source = s.Source;
        logSeeker += WPlace * logPlace
            + WPay * Log(Factors.Pay(source.DesiredSalaryType, source.DesiredMinSalary ?? 0, source.MaxHoursPerWeek ?? 0, f.PayType, f.MinSalary, f.MaxSalary, f.Hours).Fit)
            + WType * Log(Factors.Type(s.TypeMask, source.EmploymentTypes.Count > 0, f.TypeIndex))
            + WHours * Log(Factors.Hours(source.MaxHoursPerWeek ?? 0, f.Hours));
        var logEmployer = WCareer * Log(f.Experienced ? Factors.Career(s.MostCareerYears, f.CareerYears) : 1)
            + WEducation * Log(Factors.Education(f.Education, source.Education));
        var seekerFit = Math.Exp(logSeeker);
        var employerFit = logEmployer == 0 ? 1 : Math.Exp(logEmployer);
        return 100 * 2 * seekerFit * employerFit / (seekerFit + employerFit);
    }

    private static readonly double LogHalf = Math.Log(0.5);

    private static (double ByCode, double ByCareerCode) CodeFits(PreparedSeeker s, PreparedPosting p, PairCache? cache)
    {
        if (cache is not null && cache.TryCode(p.OccupationId, out var byCode, out var byCareerCode)) return (byCode, byCareerCode);
        (byCode, byCareerCode) = (0, 0);
        foreach (var o in s.Occupations) byCode = Math.Max(byCode, CodeSimilarity(o, p.Occupation));
        foreach (var c in s.Careers) byCareerCode = Math.Max(byCareerCode, CodeSimilarity(c.Code, p.Occupation));
        cache?.SetCode(p.OccupationId, byCode, byCareerCode);
        return (byCode, byCareerCode);
    }

    /// <summary>The score a pair would have if the other side fitted perfectly: an upper bound for pruning.</summary>
    public static double HarmonicWithPerfect(double seekerFit) => 100 * 2 * seekerFit / (seekerFit + 1);

    /// <summary>
    /// The most any posting can score for this seeker with at most this occupation and place fit: every other factor
    /// perfect, except those the seeker left blank — no pay wish, no employment type, no region — which are neutral
    /// for every posting and so cap every score alike.
    /// </summary>
    public static double BoundFor(PreparedSeeker s, double occupation, double place, int typeIndex = -2)
    {
        var source = s.Source;
        // typeIndex -2: any type may follow, so only a seeker without type wishes caps the factor.
        var type = typeIndex == -2 ? (source.EmploymentTypes.Count > 0 ? 1 : Factors.Type(0, false, 0)) : Factors.Type(s.TypeMask, source.EmploymentTypes.Count > 0, typeIndex);
        var seekerFit = Math.Pow(occupation, WOccupation) * Math.Pow(Math.Min(place, Ceiling(s)), WPlace)
            * (source.DesiredMinSalary is > 0 ? 1 : Math.Pow(Factors.Pay(source.DesiredSalaryType, 0, 0, PayPeriod.Monthly, 1, 1, 0).Fit, WPay))
            * Math.Pow(type, WType);
        return HarmonicWithPerfect(seekerFit);
    }

    // Place cannot exceed the neutral value when the seeker named no region and has no coordinates.
    private static double Ceiling(PreparedSeeker s) => s.Regions.Length == 0 && s.Source.Location is null ? NoRegionFit : 1;

    private const double NoRegionFit = 0.75;

    /// <summary>Similarity of two KECO codes by their common prefix: same code, 소분류, 중분류, 대분류.</summary>
    public static double CodeSimilarity(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        if (a == b) return 1;
        var common = 0;
        while (common < a.Length && common < b.Length && a[common] == b[common]) common++;
        // One code is a group containing the other (e.g. the seeker wants any job in 중분류 53).
        if (common == Math.Min(a.Length, b.Length))
            return common >= 3 ? 0.9 : common == 2 ? 0.75 : 0.35;
        return common >= 3 ? 0.85 : common == 2 ? 0.55 : common == 1 ? 0.15 : 0;
    }

    private double Occupation(PreparedSeeker s, PreparedPosting p, Explanation? why, PairCache? cache)
    {
        if (!s.HasJobWish) return 0.5;
        var (byCode, byCareerCode) = CodeFits(s, p, cache);
        double titleText = 0, careerText = 0;
        string? title = null;
        Span<int> overlaps = stackalloc int[PairCache.MaxSources];
        var counted = cache is { Sources: >= 0 };
        if (counted) cache!.CountOverlaps(p.JobTerms, overlaps);
        for (var j = 0; j < s.Careers.Length; j++)
        {
            var terms = s.Careers[j].Terms;
            var coverage = counted ? (terms.Length == 0 ? 0 : (double)overlaps[s.Titles.Length + j] / terms.Length) : TermTable.Coverage(terms, p.JobTerms);
            careerText = Math.Max(careerText, coverage);
        }
        for (var j = 0; j < s.Titles.Length; j++)
        {
            var t = s.Titles[j];
            var coverage = counted ? (double)overlaps[j] / t.Terms.Length : TermTable.Coverage(t.Terms, p.JobTerms);
            if (coverage > titleText) (titleText, title) = (coverage, t.Title);
        }
        // A KECO 소분류 is broad (214 covers maths, English and piano teachers): where the seeker named the job in
        // words, the words decide within the code, so "수학 강사" ranks a maths post above an English one.
        var agreement = s.HasWords ? 0.8 + 0.2 * Math.Max(titleText, 0.8 * careerText) : 1;
        var byCareer = Math.Max(0.8 * byCareerCode * agreement, 0.7 * careerText);
        var byTitle = 0.9 * titleText;
        var fit = Math.Max(byCode * agreement, Math.Max(byCareer, byTitle));
        if (fit <= 0) return 0;
        var best = fit;
        if (why is not null)
        {
            // One reason for the kind of job (the seeker's own words first: they are more specific than a KECO group).
            var name = vocabulary.OccupationName(p.Occupation);
            if (titleText >= 0.67) why.Reason(4, $"희망 직무 일치({title})");
            else if (byCode >= 0.85) why.Reason(4, $"희망 직종 일치({name})");
            else if (byCode >= 0.55) why.Reason(3.8, $"유사 직종({name})");
            var career = s.Careers.OrderByDescending(c => Math.Max(0.8 * CodeSimilarity(c.Code, p.Occupation), 0.7 * TermTable.Coverage(c.Terms, p.JobTerms))).FirstOrDefault();
            if (byCareer >= 0.4 && career.Title is { Length: > 0 } && (byCareerCode >= 0.55 || careerText >= 0.5))
                why.Reason(2, career.Years >= 1 ? $"관련 경력 보유({career.Title} {career.Years:0.#}년)" : $"관련 경험 보유({career.Title})");
            if (best < 0.5) why.Gap(1 - best, $"희망 직종과 다름({name})");
        }
        return fit;
    }

    private double Place(PreparedSeeker s, PreparedPosting p, Explanation? why, PairCache? cache)
    {
        var source = s.Source;
        var posting = p.Source;
        if (source.Location is { } from && posting.Location is { } to)
        {
            var km = Geo.DistanceKm(from, to);
            var fit = km <= 3 ? 1 : km >= 40 ? 0.1 : 1 - 0.9 * (km - 3) / 37;
            if (km <= 15) why?.Reason(3.5, $"통근 약 {km:0}km");
            else why?.Gap(1 - fit, $"통근 약 {km:0}km");
            return fit;
        }
        if (s.Regions.Length == 0) return NoRegionFit;
        if (p.Region.City is null) return 0.6;
        if (why is null && cache is not null && cache.TryPlace(p.RegionId, out var known)) return known;
        double best = 0;
        foreach (var (_, wish) in s.Regions)
            best = Math.Max(best, RegionFit(wish, p.Region));
        cache?.SetPlace(p.RegionId, best);
        if (why is not null)
        {
            var where = vocabulary.RegionName(p.Region.Dong ?? p.Region.Gu ?? p.Region.City);
            var gu = p.Region.Gu is { } g ? vocabulary.RegionName(g) + " " : "";
            if (best >= 0.85) why.Reason(3.5, p.Region.Dong is not null ? $"{gu}{where} 근무" : $"{where} 근무");
            else if (best >= 0.6) why.Reason(2.4, $"{vocabulary.RegionName(p.Region.Gu ?? p.Region.City)} 근무(희망 지역 인근)");
            else why.Gap(1 - best, $"희망 지역 밖({vocabulary.RegionName(p.Region.City)})");
        }
        return best;
    }

    private double RegionFit(RegionPath wish, RegionPath job)
    {
        if (wish.Dong is { } dong) return job.Dong == dong ? 1 : job.Gu is not null && job.Gu == wish.Gu ? 0.85 : job.City == wish.City ? 0.65 : Near(wish, job);
        if (wish.Gu is { } gu) return job.Gu == gu ? 1 : job.City == wish.City ? 0.7 : Near(wish, job);
        return job.City == wish.City ? 1 : Near(wish, job);
    }

    // The home city and its commuting area are one labour market: a short commute across the boundary is common.
    private double Near(RegionPath wish, RegionPath job) =>
        InCommutingArea(wish.City) && InCommutingArea(job.City) ? 0.35 : 0.1;

    private bool InCommutingArea(string? city) =>
        city is not null && (city == vocabulary.HomeCity || vocabulary.CommutingArea.Contains(city));

    private static double Pay(PreparedSeeker s, PreparedPosting p, Explanation? why)
    {
        var f = p.Features;
        var (fit, ratioMax) = Factors.Pay(s.Source.DesiredSalaryType, s.Source.DesiredMinSalary ?? 0, s.Source.MaxHoursPerWeek ?? 0,
            f.PayType, f.MinSalary, f.MaxSalary, f.Hours);
        if (why is null || double.IsNaN(ratioMax)) return fit;
        if (fit >= 1) why.Reason(3, "희망 급여 이상");
        else if (fit >= 0.9) why.Reason(2.6, "희망 급여 범위 내");
        else if (ratioMax < 0.97) why.Gap(1 - fit, $"희망 급여보다 {Math.Round((1 - ratioMax) * 100):0}% 낮음");
        return fit;
    }

    private static double EmploymentType(PreparedSeeker s, PreparedPosting p, Explanation? why)
    {
        var fit = Factors.Type(s.TypeMask, s.Source.EmploymentTypes.Count > 0, p.Features.TypeIndex);
        if (why is null || p.Source.EmploymentType is not { Length: > 0 } type || s.Source.EmploymentTypes.Count == 0) return fit;
        if (fit >= 1) why.Reason(0.8, $"희망 고용형태({WorkCodes.EmploymentTypeName(type)})");
        else why.Gap(1 - fit, $"희망 고용형태 아님({WorkCodes.EmploymentTypeName(type)})");
        return fit;
    }

    private static double Hours(PreparedSeeker s, PreparedPosting p, Explanation? why)
    {
        var (max, hours) = (s.Source.MaxHoursPerWeek ?? 0, p.Source.HoursPerWeek ?? 0);
        var fit = Factors.Hours(max, hours);
        if (why is null || max <= 0 || hours <= 0) return fit;
        if (fit >= 1) { if (max < 40) why.Reason(0.7, $"주 {hours}시간 근무"); }
        else why.Gap(1 - fit, $"주 {hours}시간 근무(희망 {max}시간 이하)");
        return fit;
    }

    private static double Career(PreparedSeeker s, PreparedPosting p, Explanation? why)
    {
        var job = p.Source;
        if (job.Career != CareerRule.Experienced) return 1;
        var required = Math.Max(1, job.CareerYears);
        var relevant = RelevantYears(s, p);
        if (relevant >= required - 0.05) { why?.Reason(1.5, $"경력 요건 충족({required}년 이상)"); return 1; }
        var missing = required - relevant;
        why?.Gap(Math.Min(1, 0.3 * missing) + 0.2, $"경력 {Math.Ceiling(missing - 0.05):0}년 부족");
        return Factors.Career(relevant, required);
    }

    /// <summary>Years of career that count for this job: full in the same occupation, less in related ones.</summary>
    private static double RelevantYears(PreparedSeeker s, PreparedPosting p)
    {
        if (s.Careers.Length == 0)
        {
            // Only a total is known: count it fully if the seeker wants this kind of job, else as a general career.
            var related = s.Occupations.Any(o => CodeSimilarity(o, p.Occupation) >= 0.55);
            return s.Source.CareerYears * (related ? 0.8 : 0.3);
        }
        double years = 0;
        foreach (var c in s.Careers)
        {
            var sim = Math.Max(CodeSimilarity(c.Code, p.Occupation), TermTable.Coverage(c.Terms, p.JobTerms));
            years += c.Years * (sim >= 0.85 ? 1 : sim >= 0.55 ? 0.7 : 0.2);
        }
        return years;
    }

    private static double Education(PreparedSeeker s, PreparedPosting p, Explanation? why)
    {
        var (required, have) = (p.Source.Education, s.Source.Education);
        var fit = Factors.Education(required, have);
        if (why is null || required <= 0 || have <= 0) return fit;
        if (fit >= 1) { if (required >= 4) why.Reason(0.9, $"학력 요건 충족({WorkCodes.EducationName(required)} 이상)"); }
        else why.Gap(1 - fit, $"학력 요건 미달({WorkCodes.EducationName(required)} 이상)");
        return fit;
    }

    private static double Certificates(PreparedSeeker s, PreparedPosting p, Explanation? why)
    {
        if (p.Certificates.Length == 0) return 1;
        List<string>? held = why is null ? null : [], missing = why is null ? null : [];
        var count = 0;
        foreach (var (name, key) in p.Certificates)
        {
            var ok = false;
            foreach (var have in s.CertificateKeys) ok |= CertificateSatisfies(have, key);
            if (ok) { count++; held?.Add(name); } else missing?.Add(name);
        }
        var fit = 0.3 + 0.7 * count / p.Certificates.Length;
        if (held is { Count: > 0 }) why!.Reason(2.5, $"요구 자격증 보유: {string.Join(", ", held)}");
        if (missing is { Count: > 0 }) why!.Gap(1 - fit + 0.3, $"자격증 없음: {string.Join(", ", missing)}");
        return fit;
    }

    /// <summary>Same certificate, or the same one at a higher grade (바리스타 1급 covers 바리스타 2급).</summary>
    internal static bool CertificateSatisfies(string have, string required) =>
        CertificateSatisfies(CertificateKey.Parse(have), CertificateKey.Parse(required));

    internal static bool CertificateSatisfies(CertificateKey have, CertificateKey required)
    {
        if (have.Key == required.Key) return true;
        if (have.Base.Length == 0 || have.Base != required.Base) return false;
        return required.Grade is null || (have.Grade is not null && have.Grade <= required.Grade);
    }

    private static double Skills(PreparedSeeker s, PreparedPosting p, Explanation? why, PairCache? cache)
    {
        if (p.Skills.Length == 0) return 1;
        double covered = 0;
        List<string>? matched = why is null ? null : [];
        var marked = cache is { AbilitiesReady: true };
        foreach (var (name, terms) in p.Skills)
        {
            var c = marked ? Covered(terms, cache!) : TermTable.Coverage(terms, s.AbilityTerms);
            covered += c;
            if (c >= 0.6) matched?.Add(name);
        }
        var share = covered / p.Skills.Length;

        static double Covered(int[] terms, PairCache cache)
        {
            if (terms.Length == 0) return 0;
            var n = 0;
            foreach (var t in terms) if (cache.HasAbility(t)) n++;
            return (double)n / terms.Length;
        }
        if (matched is { Count: > 0 }) why!.Reason(1.2 + share, $"보유 기술 일치: {string.Join(", ", matched.Take(3))}");
        return 0.5 + 0.5 * share;
    }

    /// <summary>관심 없음 lowers postings like the dismissed ones: same company most, same 소분류 somewhat.</summary>
    private static double DismissalFactor(PreparedSeeker s, PreparedPosting p, Explanation? why)
    {
        var dismissed = s.Source.Dismissed;
        if (dismissed.Count == 0) return 1;
        var factor = 1.0;
        foreach (var d in dismissed)
        {
            if (d.Company.Length > 0 && d.Company == p.Source.Company) factor *= 0.6;
            else if (CodeSimilarity(d.OccupationCode, p.Occupation) >= 0.85) factor *= 0.85;
        }
        factor = Math.Max(0.4, factor);
        if (factor < 1) why?.Gap(1 - factor, "관심 없음 표시한 공고와 비슷함");
        return factor;
    }
}

/// <summary>Great-circle distance.</summary>
internal static class Geo
{
    public static double DistanceKm(GeoPoint a, GeoPoint b)
    {
        const double EarthRadiusKm = 6371.0;
        static double Rad(double deg) => deg * Math.PI / 180;
        var dLat = Rad(b.Latitude - a.Latitude);
        var dLon = Rad(b.Longitude - a.Longitude);
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
            + Math.Cos(Rad(a.Latitude)) * Math.Cos(Rad(b.Latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
