using Iljari.Core.Data;
using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Postings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Iljari.Core.Imports;

/// <summary>
/// Runs one queued <see cref="PostingImportRun"/>: idempotent by (source, external id) — a new id creates an open
/// posting, a known id is updated in place only when its content differs, a posting closed because it had left the
/// feed is reopened when it comes back, and with <see cref="PostingImportRun.FullFeed"/> the open postings of the
/// source missing from the file are closed. Companies are matched by 사업자등록번호 only, since names are spelled many ways.
/// </summary>
public sealed class PostingImporter(AppDbContext db, TimeProvider time, ILogger<PostingImporter> log)
{
    private const int BatchSize = 200;

    /// <summary>Claims the run (so two workers never run it twice) and processes it; false when it was not queued.</summary>
    public async Task<bool> RunAsync(int runId, CancellationToken ct)
    {
        var claimed = await db.PostingImportRuns.Where(r => r.Id == runId && r.Status == ImportStatus.Queued)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ImportStatus.Running), ct);
        if (claimed == 0) return false;
        var run = await db.PostingImportRuns.FirstAsync(r => r.Id == runId, ct);
        try
        {
            await ProcessAsync(run, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Posting import {Run} failed", runId);
            db.ChangeTracker.Clear();
            run = await db.PostingImportRuns.FirstAsync(r => r.Id == runId, CancellationToken.None);
            run.Fail("가져오는 중 오류가 발생해 멈췄습니다. 이미 처리한 행은 반영되었습니다. 같은 파일을 다시 올리면 이어서 맞춰집니다.", time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(CancellationToken.None);
        }
        return true;
    }

    private async Task ProcessAsync(PostingImportRun run, CancellationToken ct)
    {
        IReadOnlyList<Work24Row> rows;
        try
        {
            rows = Work24File.Read(run.Payload ?? "", run.Format);
        }
        catch (ImportFileException e)
        {
            run.Fail(e.Message, Now);
            await db.SaveChangesAsync(ct);
            return;
        }
        run.Start(rows.Count, Now);
        await db.SaveChangesAsync(ct);

        var firstRowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var batch in rows.Chunk(BatchSize))
        {
            await ImportBatchAsync(run, batch, firstRowOf, ct);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            db.Attach(run);
        }
        var closed = run.FullFeed ? await CloseMissingAsync(run.Source, firstRowOf.Keys.ToHashSet(StringComparer.Ordinal), ct) : 0;
        run.Finish(closed, Now);
        await db.SaveChangesAsync(ct);
    }

    private async Task ImportBatchAsync(PostingImportRun run, Work24Row[] batch, Dictionary<string, int> firstRowOf, CancellationToken ct)
    {
        var mapped = batch.Select(r => (Row: r, Result: Work24RowMapper.Map(r))).ToList();
        var ids = mapped.Select(m => m.Row["wantedAuthNo"]).OfType<string>().Distinct().ToList();
        var numbers = mapped.Select(m => m.Result.Posting?.Company.BusinessNumber).OfType<string>().Distinct().ToList();
        var existing = await db.JobPostings.Where(p => p.ExternalSource == run.Source && ids.Contains(p.ExternalId!))
            .ToDictionaryAsync(p => p.ExternalId!, StringComparer.Ordinal, ct);
        var companies = await db.Companies.Where(c => numbers.Contains(c.BusinessNumber))
            .ToDictionaryAsync(c => c.BusinessNumber, c => c.Id, StringComparer.Ordinal, ct);

        foreach (var (row, (posting, errors)) in mapped)
        {
            var externalId = row["wantedAuthNo"];
            string? reason = null;
            if (externalId is not null && !firstRowOf.TryAdd(externalId, row.RowNumber))
                reason = $"같은 구인인증번호가 {firstRowOf[externalId]}행에 이미 있습니다.";
            else if (errors.Count > 0) reason = string.Join(" ", errors);
            var outcome = ImportOutcome.Rejected;
            if (reason is null)
                (outcome, reason) = await UpsertAsync(run, posting!, existing, companies, ct);
            run.Count(outcome);
            if (outcome == ImportOutcome.Rejected) db.PostingImportRejections.Add(new PostingImportRejection(run.Id, row.RowNumber, externalId, reason!));
        }
    }

    private async Task<(ImportOutcome, string?)> UpsertAsync(PostingImportRun run, ImportedPosting item,
        Dictionary<string, JobPosting> existing, Dictionary<string, int> companies, CancellationToken ct)
    {
        if (!companies.TryGetValue(item.Company.BusinessNumber, out var companyId))
        {
            if (!run.CreateCompanies)
                return (ImportOutcome.Rejected, $"등록되지 않은 기업입니다 (사업자등록번호 {BusinessNumber.Format(item.Company.BusinessNumber)}). 기업을 먼저 등록하거나 '새 기업 등록'을 골라 주세요.");
            if (item.Company.Name is null || item.Company.IndustryCode is null)
                return (ImportOutcome.Rejected, "새 기업을 등록하려면 회사명(company)과 업종(indTpCd 또는 indTpNm)이 있어야 합니다.");
            companyId = await RegisterCompanyAsync(item.Company, ct);
            companies[item.Company.BusinessNumber] = companyId;
        }
        try
        {
            if (!existing.TryGetValue(item.ExternalId, out var posting))
            {
                posting = JobPosting.Imported(companyId, run.Source, item.ExternalId, item.Fields, Now);
                db.JobPostings.Add(posting);
                existing[item.ExternalId] = posting;
                return (ImportOutcome.Created, null);
            }
            if (posting.CompanyId != companyId)
                return (ImportOutcome.Rejected, "이 구인인증번호는 다른 기업(사업자등록번호)의 공고로 이미 들어와 있습니다.");
            if (posting.Status == PostingStatus.Filled) return (ImportOutcome.Unchanged, null); // history: never rewritten
            var changed = posting.EditIfChanged(item.Fields, Now);
            if (posting.Status == PostingStatus.Closed)
            {
                posting.Apply(PostingAction.Reopen, Now);
                changed = true;
            }
            return (changed ? ImportOutcome.Updated : ImportOutcome.Unchanged, null);
        }
        catch (ValidationFailedException e)
        {
            return (ImportOutcome.Rejected, string.Join(" ", e.Errors.Select(f => $"{Work24Name(f.Field)}: {f.Message}")));
        }
        catch (DomainException e)
        {
            return (ImportOutcome.Rejected, e.Message);
        }
    }

    private async Task<int> RegisterCompanyAsync(ImportedCompany c, CancellationToken ct)
    {
        var company = new Company
        {
            Name = c.Name!.Length > 100 ? c.Name[..100] : c.Name, BusinessNumber = c.BusinessNumber, IndustryCode = c.IndustryCode!,
            Size = c.Size, Address = c.Address, RegionCode = c.RegionCode, CreatedAt = Now,
        };
        db.Companies.Add(company);
        await db.SaveChangesAsync(ct);
        return company.Id;
    }

    /// <summary>전체 목록: the source's open postings that the file no longer lists have been taken down at the source.</summary>
    private async Task<int> CloseMissingAsync(string source, HashSet<string> inFile, CancellationToken ct)
    {
        var open = await db.JobPostings.Where(p => p.ExternalSource == source && p.Status == PostingStatus.Open)
            .Select(p => new { p.Id, p.ExternalId }).ToListAsync(ct);
        var gone = open.Where(p => !inFile.Contains(p.ExternalId!)).Select(p => p.Id).ToList();
        foreach (var chunk in gone.Chunk(BatchSize))
        {
            foreach (var posting in await db.JobPostings.Where(p => chunk.Contains(p.Id)).ToListAsync(ct))
                posting.Apply(PostingAction.Close, Now);
            await db.SaveChangesAsync(ct);
        }
        return gone.Count;
    }

    /// <summary>The file's name for a posting field, so a rejection points at the column to fix.</summary>
    private static string Work24Name(string field) => field switch
    {
        nameof(JobPostingFields.Title) => "title",
        nameof(JobPostingFields.OccupationCode) => "jobsCd",
        nameof(JobPostingFields.RegionCode) => "region",
        nameof(JobPostingFields.SalaryMin) => "minSal",
        nameof(JobPostingFields.SalaryMax) => "maxSal",
        nameof(JobPostingFields.CareerYears) => "minCareerM",
        nameof(JobPostingFields.HoursPerWeek) => "weekHr",
        nameof(JobPostingFields.Description) => "jobCont",
        nameof(JobPostingFields.Openings) => "collectPsncnt",
        nameof(JobPostingFields.CloseDate) => "closeDt",
        nameof(JobPostingFields.Preferences) => "prefCd",
        _ => field,
    };

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}
