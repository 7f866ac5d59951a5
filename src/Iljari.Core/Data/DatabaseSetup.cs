using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Iljari.Core.Data;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>
/// Chooses the provider: PostgreSQL when <c>ConnectionStrings:Postgres</c> is set (or <c>ILJARI_DB=postgres</c>),
/// otherwise the embedded SQLite file of <c>ConnectionStrings:Sqlite</c> (default <c>Data Source=iljari.db</c>).
/// </summary>
public static class DatabaseSetup
{
    public const string DefaultSqlite = "Data Source=iljari.db";

    public static (DatabaseProvider Provider, string ConnectionString) Resolve(IConfiguration config)
    {
        var pg = config.GetConnectionString("Postgres");
        var wantPg = string.Equals(config["ILJARI_DB"], "postgres", StringComparison.OrdinalIgnoreCase);
        if (!string.IsNullOrWhiteSpace(pg) && (wantPg || string.IsNullOrWhiteSpace(config.GetConnectionString("Sqlite"))))
            return (DatabaseProvider.Postgres, pg);
        if (wantPg) throw new InvalidOperationException("ILJARI_DB=postgres needs ConnectionStrings:Postgres.");
        return (DatabaseProvider.Sqlite, config.GetConnectionString("Sqlite") ?? DefaultSqlite);
    }

    public static IServiceCollection AddIljariDatabase(this IServiceCollection services, IConfiguration config)
    {
        var (provider, cs) = Resolve(config);
        // Pooled: a request takes a reset context from the pool instead of building options and services anew
        // (measured: the options alone were ~10 % of a search request's CPU). The contexts hold no per-request state.
        if (provider == DatabaseProvider.Postgres)
        {
            services.AddDbContextPool<PostgresAppDbContext>((sp, o) => Configure(o, provider, cs, sp));
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<PostgresAppDbContext>());
        }
        else
        {
            services.AddDbContextPool<SqliteAppDbContext>((sp, o) => Configure(o, provider, cs, sp));
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<SqliteAppDbContext>());
        }
        return services;
    }

    public static void Configure(DbContextOptionsBuilder o, DatabaseProvider provider, string cs, IServiceProvider? sp = null)
    {
        if (provider == DatabaseProvider.Postgres) o.UseNpgsql(cs);
        else o.UseSqlite(cs);
        if (sp is not null) o.AddInterceptors(sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>());
        o.AddInterceptors(Dashboard.DashboardFacts.Interceptors);
    }
}

/// <summary>Used by <c>dotnet ef migrations add --context SqliteAppDbContext</c>.</summary>
internal sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(DatabaseSetup.DefaultSqlite).Options);
}

/// <summary>Used by <c>dotnet ef migrations add --context PostgresAppDbContext</c>; needs no running server.</summary>
internal sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=iljari").Options);
}
