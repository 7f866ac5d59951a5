using Iljari.Core.Domain.Programs;
using Microsoft.EntityFrameworkCore;

namespace Iljari.Core.Data;

/// <summary>Programs' sessions, attendance and follow-up (맞춤형 취업지원 프로그램, issue 7).</summary>
public abstract partial class AppDbContext
{
    public DbSet<ProgramSession> ProgramSessions => Set<ProgramSession>();
    public DbSet<ProgramAttendance> ProgramAttendance => Set<ProgramAttendance>();
    public DbSet<ProgramFollowUp> ProgramFollowUps => Set<ProgramFollowUp>();
    public DbSet<ProgramFollowUpReminder> ProgramFollowUpReminders => Set<ProgramFollowUpReminder>();
}
