using Iljari.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddIljariServices();

var app = builder.Build();
if (await MaintenanceCommands.TryRunAsync(app, args)) return;

app.UseIljariPipeline();
app.MapIljariEndpoints();
await app.PrepareDatabaseAsync();
await app.RunAsync();

/// <summary>Entry point type, public so the test host (WebApplicationFactory) can find it.</summary>
public partial class Program;
