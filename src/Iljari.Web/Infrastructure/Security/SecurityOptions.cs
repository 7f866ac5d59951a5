namespace Iljari.Web.Infrastructure.Security;

/// <summary>The "Iljari:Security" configuration section.</summary>
public sealed class SecurityOptions
{
    /// <summary>A staff session ends after this many minutes without a request (sliding); seekers and employers keep the cookie's 30.</summary>
    public int StaffIdleMinutes { get; set; } = 30;

    /// <summary>POSTs per minute from one IP address to the login, second-step and sign-up forms (fixed window).</summary>
    public int AccountFormPostsPerMinute { get; set; } = 20;

    /// <summary>
    /// An authenticator code is accepted once: signing in again needs the app's next code. Off only for test hosts that
    /// sign the same demo staff account in many times within 30 seconds.
    /// </summary>
    public bool RejectReusedAuthenticatorCodes { get; set; } = true;
}
