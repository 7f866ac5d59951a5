using System.Reflection;
using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Programs;

namespace Iljari.Core.Data.DemoData;

/// <summary>
/// The city's programs named in the seeds (goyang-programs.csv: 청년캣취업사관학교, 특성화고 취업반, 대학생 직장체험, 창업지원…),
/// plus the 연령별·계층별 맞춤형 프로그램 the seeds describe in general, made concrete per group. Rules are illustrative.
/// </summary>
public static class DemoPrograms
{
    private sealed record Row(string Name, string Kind, string Target, string Description);

    public static IReadOnlyList<JobProgram> Create(IReadOnlyList<Agency> agencies, DateOnly todayKst, DateTime nowUtc)
    {
        int AgencyOf(string code) => agencies.First(a => a.Code == code).Id;
        var (opens, closes, year) = (todayKst.AddDays(-7), todayKst.AddDays(45), todayKst.Year);
        var programs = new List<JobProgram>();
        foreach (var row in Read())
        {
            (ProgramKind Kind, string Agency, EligibilityRule Rule)? mapped = (row.Kind, row.Target) switch
            {
                ("취업교육", "청년") => (ProgramKind.JobClub, "GOYANG-YOUTH", new() { Year = year, MinAge = 19, MaxAge = 34, GoyangResidentsOnly = true, Audience = "청년" }),
                ("취업교육", _) => (ProgramKind.JobClub, "GOYANG-JOB", new() { Year = year, MinAge = 15, MaxAge = 19, Statuses = [EmploymentStatus.Student], Audience = "특성화고 학생" }),
                ("직장체험", _) => (ProgramKind.WorkExperience, "GOYANG-YOUTH", new() { Year = year, MinAge = 19, MaxAge = 29, Statuses = [EmploymentStatus.Student], Audience = "대학생" }),
                ("창업지원", _) => (ProgramKind.StartupEducation, "GOYANG-YOUTH", new() { Year = year, GoyangResidentsOnly = true, Audience = "예비 창업자" }),
                ("취업지원", _) => (ProgramKind.Counseling, "GOYANG-JOB", new() { Year = year, Audience = "구직자" }),
                _ => null,
            };
            if (mapped is not { } m) continue;
            programs.Add(JobProgram.Create(AgencyOf(m.Agency), m.Kind, row.Name, row.Description, 30, opens, closes, [m.Rule], nowUtc));
        }
        // 연령별·계층별: one program per group the seeds name.
        programs.AddRange(
        [
            JobProgram.Create(AgencyOf("GOYANG-MIDDLE"), ProgramKind.Lecture, "중장년 인생이모작 재취업 특강", "경력을 살린 재취업 전략과 이력서 작성을 배웁니다.", 40, opens, closes,
                [new() { Year = year, MinAge = 40, MaxAge = 64, Audience = "중장년" }], nowUtc),
            JobProgram.Create(AgencyOf("GOYANG-WOMEN"), ProgramKind.TrainingLink, "경력단절여성 사무행정 직업훈련", "컴퓨터활용능력과 회계 실무 8주 과정, 수료 후 취업 연계.", 25, opens, closes,
                [new() { Year = year, Groups = ["women"], GoyangResidentsOnly = true, Audience = "경력단절여성" }], nowUtc),
            JobProgram.Create(AgencyOf("GOYANG-SENIOR"), ProgramKind.Counseling, "어르신 일자리 상담과 연계", "공익형·사회서비스형 일자리 안내와 연계.", 60, opens, closes,
                [new() { Year = year, MinAge = 65, GoyangResidentsOnly = true, Audience = "노인" }], nowUtc),
            JobProgram.Create(AgencyOf("GOYANG-JOB"), ProgramKind.Mentoring, "취약계층 1:1 취업 멘토링", "저소득·장애인·취약계층 구직자와 현직자 멘토를 연결합니다.", 20, opens, closes,
                [new() { Year = year, Groups = ["lowincome", "disabled", "vulnerable"], Audience = "취약계층" }], nowUtc),
        ]);
        return programs;
    }

    /// <summary>
    /// Four weekly sessions per program, two already held and two ahead, so the sessions, attendance and 내 프로그램
    /// pages have something to show from the first start.
    /// </summary>
    public static IEnumerable<ProgramSession> Sessions(IReadOnlyList<JobProgram> programs, IReadOnlyList<Agency> agencies, DateOnly todayKst)
    {
        string[] instructors = ["김지은 강사", "박상현 컨설턴트", "이수진 강사", "정민호 멘토"];
        foreach (var (program, i) in programs.Select((p, i) => (p, i)))
        {
            var place = $"{agencies.First(a => a.Id == program.AgencyId).Name} 교육장";
            foreach (var weeks in new[] { -2, -1, 1, 2 })
                yield return ProgramSession.Create(program.Id, new ProgramSessionFields
                {
                    Date = todayKst.AddDays(7 * weeks), StartTime = new TimeOnly(10, 0), EndTime = new TimeOnly(12, 0), Place = place,
                    Instructor = instructors[i % instructors.Length],
                });
        }
    }

    private static IEnumerable<Row> Read()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Iljari.Reference.goyang-programs.csv")
            ?? throw new InvalidOperationException("Embedded goyang-programs.csv is missing.");
        using var reader = new StreamReader(stream);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            var f = Csv.SplitLine(line);
            yield return new Row(f[0], f[1], f[2], f[3]);
        }
    }
}
