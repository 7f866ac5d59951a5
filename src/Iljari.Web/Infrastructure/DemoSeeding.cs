using Iljari.Core.Data;
using Iljari.Core.Data.DemoData;
using Iljari.Core.Domain.Counseling;
using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Board;
using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Events;
using Iljari.Core.Domain.Incentives;
using Iljari.Core.Domain.Matching;
using Iljari.Core.Domain.Postings;
using Iljari.Core.Domain.Seekers;
using Iljari.Core.Search;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Iljari.Web.Infrastructure;

/// <summary>Fills an empty database with generated demo data plus the named demo accounts (demo mode only).</summary>
public static class DemoSeeding
{
    public static async Task SeedAsync(IServiceProvider sp)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        if (await db.Organisations.AnyAsync()) return;
        var time = sp.GetRequiredService<TimeProvider>();
        var options = sp.GetRequiredService<IOptions<IljariOptions>>().Value;
        var size = options.DemoSize == "Tiny" ? DemoDataSize.Tiny : DemoDataSize.Demo;
        using (PostingIndexInterceptor.Suppress())
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            await new DemoDataSeeder(db, time).SeedAsync(size, users.PasswordHasher, DemoAccounts.Password);
            await CreateDemoAccountsAsync(db, users, time);
            await SmeSupport.SmeSupportDemo.SeedAsync(db, sp.GetRequiredService<UploadedFiles>(), time.GetUtcNow().UtcDateTime);
        }
    }

    private static async Task CreateDemoAccountsAsync(AppDbContext db, UserManager<AppUser> users, TimeProvider time)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var company = new Company
        {
            Name = DemoAccounts.CompanyName, BusinessNumber = DemoAccounts.CompanyBusinessNumber, IndustryCode = "56",
            Size = CompanySize.Small, Address = "경기도 고양시 일산동구 장항동 호수로 595", RegionCode = "4128510400",
            ContactName = "박지훈", ContactPhone = "031-901-1234", CreatedAt = now,
            Introduction = "일산 호수공원 앞 로스터리 카페입니다. 직접 볶은 원두로 커피를 만듭니다.",
        };
        db.Companies.Add(company);
        await db.SaveChangesAsync();
        var agency = await db.Agencies.FirstAsync(a => a.Name == "고양시 일자리센터");
        var cityOffice = await db.Agencies.FirstAsync(a => a.IsCityOffice);
        var otherAgencies = await db.Agencies.Where(a => DemoAccounts.OtherAgencyOf.Values.Contains(a.Code)).ToDictionaryAsync(a => a.Code, a => a.Id);

        foreach (var (email, role, name) in DemoAccounts.All)
        {
            var user = new AppUser
            {
                UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = now,
                OrganisationId = role switch
                {
                    Roles.Employer => company.Id,
                    _ when DemoAccounts.OtherAgencyOf.TryGetValue(email, out var code) => otherAgencies[code],
                    Roles.Counselor or Roles.AgencyAdmin => agency.Id,
                    Roles.CityAdmin => cityOffice.Id,
                    _ => null,
                },
            };
            var result = await users.CreateAsync(user, DemoAccounts.Password);
            if (result.Succeeded) result = await users.AddToRoleAsync(user, role);
            if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
            if (role == Roles.Seeker) db.SeekerProfiles.Add(DemoSeekerProfile(user.Id, name, email, now));
            else if (role is not Roles.Employer)
                new Security.AccessGrants(db, time).Add(null, "데모 데이터 생성", user, AccessGrantAction.AccountCreated,
                    Security.AccessGrants.RoleAt(role, await db.Agencies.Where(a => a.Id == user.OrganisationId).Select(a => a.Name).FirstAsync()), "데모 계정");
        }
        await db.SaveChangesAsync();
        db.JobPostings.Add(DemoPosting(company.Id, now));
        await AssignDemoClientsAsync(db, agency.Id, now);
        await SeedBoardAsync(db, agency.Id, otherAgencies[DemoAccounts.PartnerAgencyCode], company.Id, now);
        await db.SaveChangesAsync();
        await SeedEventAsync(db, agency.Id, company.Id, now);
        await SeedIncentiveSchemeAsync(db, now);
        await Enterprises.SocialEconomyDemo.SeedAsync(db, now);
        await Guarantees.FinanceDemo.SeedAsync(db, now);
    }

    /// <summary>This year's 취업성공장려금 with the default rules and its budget, allocated through the ledger so it balances.</summary>
    private static async Task SeedIncentiveSchemeAsync(AppDbContext db, DateTime now)
    {
        var year = DateOnly.FromDateTime(KoreanFormat.ToKst(now)).Year;
        if (await db.IncentiveSchemes.AnyAsync(s => s.Year == year)) return;
        var cityAdmin = await db.Users.Where(u => u.Email == DemoAccounts.CityAdmin).Select(u => u.Id).FirstAsync();
        var scheme = IncentiveScheme.Create(year, $"{year}년 고양시 취업성공장려금", new IncentiveRules(), now);
        db.IncentiveSchemes.Add(scheme);
        await db.SaveChangesAsync(); // the scheme's id, which the ledger transaction carries
        db.LedgerTransactions.Add(LedgerTransaction.Allocate(scheme, 300_000_000, 0, $"{year}년 본예산 배정", cityAdmin, now));
        await db.SaveChangesAsync();
    }

    /// <summary>A published on-site interview day two weeks out, with the demo company's booth approved.</summary>
    private static async Task SeedEventAsync(AppDbContext db, int agencyId, int companyId, DateTime now)
    {
        var today = DateOnly.FromDateTime(KoreanFormat.ToKst(now));
        var staff = await db.Users.Where(u => u.Email == DemoAccounts.Counselor).Select(u => u.Id).FirstAsync();
        var fields = new HiringEventFields
        {
            Kind = EventKind.OnSiteInterview, Title = "고양 청년드림 현장면접의 날", Place = "고양시 일자리센터 2층 대강당",
            Description = "카페·음식점·사무직 기업이 현장에서 바로 면접합니다. 참가 신청 때 만나고 싶은 기업을 골라 주세요.",
            Date = today.AddDays(14), StartTime = new TimeOnly(10, 0), EndTime = new TimeOnly(16, 0), Groups = ["youth"],
            Capacity = 60, MaxChoices = 3, RegistrationOpens = today, RegistrationCloses = today.AddDays(12),
        };
        var e = HiringEvent.Draft(agencyId, staff, fields, today, now);
        db.HiringEvents.Add(e);
        var gus = ReferenceCatalog.Instance.Regions.AtLevel("gu").Select(g => g.Code).ToHashSet();
        var notice = Notice.Publish(agencyId, staff, NoticeKind.HiringEvent, fields.Title!, fields.Description!, fields.Groups, [], gus, now);
        db.Notices.Add(notice);
        await db.SaveChangesAsync();
        e.Publish(notice.Id);
        var posting = await db.JobPostings.Where(p => p.CompanyId == companyId).Select(p => p.Id).FirstAsync();
        var booth = EventBooth.Request(e, companyId, [posting], 20, 2, ["12:00-13:00"], null, now);
        booth.Decide(true, now);
        db.EventBooths.Add(booth);
        await db.SaveChangesAsync();
    }

    /// <summary>A few 정보공유 notices, so the board is not empty on a fresh demo.</summary>
    private static async Task SeedBoardAsync(AppDbContext db, int agencyId, int partnerId, int companyId, DateTime now)
    {
        var emails = new[] { DemoAccounts.Counselor, DemoAccounts.PartnerCounselor, DemoAccounts.Employer, DemoAccounts.AgencyAdmin };
        var ids = await db.Users.Where(u => emails.Contains(u.Email)).ToDictionaryAsync(u => u.Email!, u => u.Id);
        string UserOf(string email) => ids[email];
        var gus = ReferenceCatalog.Instance.Regions.AtLevel("gu").Select(g => g.Code).ToHashSet();
        (int Org, string Author, NoticeKind Kind, string Title, string Body, string[] Groups, string[] Gus, int DaysAgo)[] notices =
        [
            (agencyId, UserOf(DemoAccounts.Counselor), NoticeKind.HiringEvent, "청년드림잡페스티벌 참여 기업·구직자 모집",
                "고양시 일자리센터가 청년 채용박람회를 엽니다. 현장면접에 참여할 기업과 구직자를 모집합니다.\n장소: 고양시청 대회의실", ["youth"], [], 1),
            (partnerId, UserOf(DemoAccounts.PartnerCounselor), NoticeKind.Program, "경력단절여성 사무행정 직업훈련 수강생 모집",
                "컴퓨터활용능력과 회계 실무를 8주 동안 배우는 과정입니다. 수료 후 취업 연계를 돕습니다.", ["women"], ["4128500000", "4128700000"], 3),
            (companyId, UserOf(DemoAccounts.Employer), NoticeKind.Jobs, "호수공원 로스터리 카페 바리스타 채용",
                "정규직 바리스타 2명을 채용합니다. 채용정보에서 공고를 확인하고 지원해 주세요.", [], ["4128500000"], 0),
            (agencyId, UserOf(DemoAccounts.AgencyAdmin), NoticeKind.Policy, "2027년 취업성공장려금 지원 기준 안내",
                "취약계층 구직자가 취업 후 6개월·12개월 근속하면 장려금을 지급합니다. 자세한 기준은 상담사에게 문의해 주세요.", ["vulnerable", "lowincome"], [], 5),
        ];
        foreach (var n in notices)
            db.Notices.Add(Notice.Publish(n.Org, n.Author, n.Kind, n.Title, n.Body, n.Groups, n.Gus, gus, now.AddDays(-n.DaysAgo)));
    }

    /// <summary>The demo counselor's caseload: the demo seeker and a few generated seekers of varied occupations.</summary>
    private static async Task AssignDemoClientsAsync(AppDbContext db, int agencyId, DateTime now)
    {
        var counselorId = await db.Users.Where(u => u.Email == DemoAccounts.Counselor).Select(u => u.Id).FirstAsync();
        var demoSeeker = await db.SeekerProfiles.Where(s => s.Email == DemoAccounts.Seeker).Select(s => s.Id).FirstAsync();
        var others = await db.SeekerProfiles.Where(s => s.Id != demoSeeker).OrderBy(s => s.Id).Take(8).Select(s => s.Id).ToListAsync();
        foreach (var (seekerId, i) in others.Prepend(demoSeeker).Select((id, i) => (id, i)))
            db.CaseAssignments.Add(new CaseAssignment { SeekerProfileId = seekerId, AgencyId = agencyId, CounselorUserId = counselorId, RequestedAt = now.AddDays(-3 * i), AssignedAt = now.AddDays(-3 * i) });
    }

    private static JobPosting DemoPosting(int companyId, DateTime now)
    {
        var fields = new JobPostingFields
        {
            Title = "호수공원 로스터리 카페 바리스타 정규직 채용", OccupationCode = "532", RegionCode = "4128510400",
            SalaryType = SalaryType.Monthly, SalaryMin = 2_400_000, SalaryMax = 2_700_000, Education = EducationLevel.Any,
            Career = CareerRequirement.Any, EmploymentType = EmploymentType.Permanent, HoursPerWeek = 40, WorkDays = WorkDays.FiveDays,
            Certificates = ["바리스타 2급"], Skills = ["에스프레소 추출", "라떼아트", "고객 응대"],
            Preferences = "로스팅 경험자 우대", Openings = 2,
            Description = "직접 볶은 원두로 에스프레소 음료를 만들고 매장을 운영합니다.\n\n[담당 업무]\n음료 제조, 원두 판매, 매장 정리",
            CloseDate = DateOnly.FromDateTime(KoreanFormat.ToKst(now)).AddDays(30),
        };
        var posting = JobPosting.Draft(companyId, fields, now);
        posting.Apply(PostingAction.Publish, now);
        return posting;
    }

    private static SeekerProfile DemoSeekerProfile(string userId, string name, string email, DateTime now) => new()
    {
        UserId = userId, Name = name, BirthYear = 1999, BirthMonth = 4, Phone = "010-2345-6789", Email = email,
        DesiredOccupations = ["532"], DesiredRegions = ["4128500000"], DesiredSalaryType = SalaryType.Monthly,
        DesiredSalary = 2_300_000, EmploymentTypes = [EmploymentType.Permanent], DesiredHoursPerWeek = 40,
        Education = EducationLevel.College, Certificates = ["바리스타 2급"], Skills = ["라떼아트", "핸드드립"],
        Introduction = "카페에서 2년간 일했습니다. 손님을 밝게 맞이하는 일을 좋아합니다.",
        Careers = [new CareerEntry { CompanyName = "라페스타 커피", OccupationCode = "532", Role = "바리스타", Start = new DateOnly(2022, 3, 1), End = new DateOnly(2024, 2, 1) }],
        Discoverable = true, CreatedAt = now, UpdatedAt = now,
    };
}
