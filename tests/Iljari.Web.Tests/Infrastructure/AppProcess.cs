using System.Collections.Concurrent;
using System.Diagnostics;

namespace Iljari.Web.Tests.Infrastructure;

/// <summary>
/// The built Iljari.Web.dll run as a separate process (<c>dotnet Iljari.Web.dll &lt;command&gt;</c>), so a test can kill it
/// the way an outage would: no finally block, no disposal, no flush.
/// </summary>
public sealed class AppProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private AppProcess(Process process) => _process = process;

    public string Output => string.Join('\n', _lines);

    public static AppProcess Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var folder = WebBuildFolder();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(folder, "Iljari.Web.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (k, v) in environment) start.Environment[k] = v;
        var app = new AppProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"));
        app._process.OutputDataReceived += (_, e) => { if (e.Data is not null) app._lines.Enqueue(e.Data); };
        app._process.ErrorDataReceived += (_, e) => { if (e.Data is not null) app._lines.Enqueue(e.Data); };
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        return app;
    }

    /// <summary>Waits until a line of output contains <paramref name="text"/>; fails with the output so far when the process ends first.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout, CancellationToken ct)
    {
        var until = DateTime.UtcNow + timeout;
        while (!_lines.Any(l => l.Contains(text, StringComparison.Ordinal)))
        {
            if (_process.HasExited || DateTime.UtcNow > until) Assert.Fail($"No output line with '{text}' (exited: {_process.HasExited}). Output:\n{Output}");
            await Task.Delay(50, ct);
        }
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        await _process.WaitForExitAsync(limit.Token);
        _process.WaitForExit(); // drains the redirected output
        return _process.ExitCode;
    }

    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    /// <summary>src/Iljari.Web/bin/&lt;same configuration as the tests&gt;/net10.0, built with the test project.</summary>
    private static string WebBuildFolder()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration) = (testBin.Name, testBin.Parent!.Name);
        for (var dir = testBin; dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Iljari.slnx")))
                return Path.Combine(dir.FullName, "src", "Iljari.Web", "bin", configuration, framework);
        throw new InvalidOperationException("Iljari.slnx not found above the test folder.");
    }
}
