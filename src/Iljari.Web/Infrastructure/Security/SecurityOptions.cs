namespace Iljari.Web.Infrastructure.Security;

/// <summary>The "Iljari:Security" configuration section.</summary>
public sealed class SecurityOptions
{
    /// <summary>A staff session ends after this many minutes without a request (sliding); seekers and employers keep the cookie's 30.</summary>
    public int StaffIdleMinutes { get; set; } = 30;

    /// <summary>POSTs per minute from one IP address to the login, second-step and sign-up forms (fixed window).</summary>
    public int AccountFormPostsPerMinute { get; set; } = 20;
}
