namespace Iljari.Core.Domain.Matching;

/// <summary>관심 없음: a seeker said a recommended posting is not for them. It is not shown again and lowers similar ones.</summary>
public class NotInterested
{
    public int Id { get; set; }
    public int SeekerProfileId { get; set; }
    public int JobPostingId { get; set; }
    public DateTime CreatedAt { get; set; }
}
