using System.CommandLine;
using Iljari.Cli;

// iljari: offline tools that need no web host. Each command lives in its own file.
var root = new RootCommand("일자리 통합지원시스템 명령줄 도구") { MatchCommand.Create() };
return await root.Parse(args).InvokeAsync();
