namespace Iljari.Core.Data.ChangeHistory;

/// <summary>Who is saving: the signed-in user of the request, or nobody (null) for the system's own jobs.</summary>
public interface IChangeAuthor
{
    (string UserId, string UserName)? Current { get; }
}
