using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Iljari.Core.Dashboard;

/// <summary>
/// The interceptors that keep the dashboard's maintained facts (wish rows, first-job day) in step with the operational
/// tables; <see cref="Data.AppDbContext"/> adds them to every context in OnConfiguring.
/// </summary>
public static class DashboardFacts
{
    /// <summary>Stateless, so one instance of each serves every context.</summary>
    public static readonly IReadOnlyList<IInterceptor> Interceptors = [new SeekerWishInterceptor(), new FirstJobInterceptor()];
}
