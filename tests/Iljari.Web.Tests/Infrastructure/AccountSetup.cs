using Iljari.Core.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Iljari.Web.Tests.Infrastructure;

/// <summary>Gives a generated account a known password, so a test can sign in as that person.</summary>
public static class AccountSetup
{
    public static async Task SetPasswordAsync(this IljariApp app, string userId, string password)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(userId) ?? throw new InvalidOperationException($"no user {userId}");
        await users.RemovePasswordAsync(user);
        var result = await users.AddPasswordAsync(user, password);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(", ", result.Errors.Select(e => e.Description)));
    }
}
