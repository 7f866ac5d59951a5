using Iljari.Scheduling;

namespace Iljari.Web.Infrastructure.Events;

/// <summary>The timetable rules in the words staff use on the schedule page.</summary>
public static class ScheduleLabels
{
    public static string Label(this ViolationKind kind) => kind switch
    {
        ViolationKind.SeekerTooClose => $"한 구직자의 면접이 겹치거나 {EventScheduling.MinGapMinutes}분 간격이 안 됨",
        ViolationKind.BoothOverbooked => "같은 시간 부스 면접관 수보다 많은 면접",
        ViolationKind.OutsideHours => "행사 시간 밖의 면접",
        ViolationKind.InBreak => "부스 쉬는 시간의 면접",
        ViolationKind.OffSlotBoundary => "부스 면접 시간 칸에 맞지 않는 면접",
        ViolationKind.NotChosen => "구직자가 고르지 않은 부스의 면접",
        ViolationKind.DuplicateBooth => "한 부스에 두 번 잡힌 구직자",
        ViolationKind.LockMissing => "빠진 고정·결과 기록 면접",
        ViolationKind.OutsideAvailability => "구직자가 참석할 수 없는 시간의 면접",
        _ => "참가 확정이 아니거나 승인되지 않은 부스의 면접",
    };
}
