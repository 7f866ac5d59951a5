using System.Text.Json;
using Iljari.Core.Domain.Notifications;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Iljari.Web.Infrastructure.Notifications;

/// <summary>Where outbox messages go. Configured under "Iljari:Outbox".</summary>
public sealed class OutboxOptions
{
    /// <summary>SMTP server; empty writes each e-mail as an .eml file to <see cref="Folder"/>/mail (development sink).</summary>
    public string SmtpHost { get; set; } = "";
    public int SmtpPort { get; set; } = 25;
    public string From { get; set; } = "noreply@iljari.goyang.go.kr";
    /// <summary>Mail sink and SMS spool folder; relative paths are under the content root.</summary>
    public string Folder { get; set; } = "App_Data/outbox";
}

/// <summary>
/// Delivers one outbox message. Files are named by the outbox id, so writing a message again replaces it rather than
/// making a second copy; SMTP messages carry the id as Message-Id so a receiving server can drop a repeat.
/// </summary>
public sealed class OutboxTransport(IOptions<OutboxOptions> options, IWebHostEnvironment env)
{
    private readonly OutboxOptions _o = options.Value;

    public string Folder => Path.IsPathRooted(_o.Folder) ? _o.Folder : Path.Combine(env.ContentRootPath, _o.Folder);

    public async Task SendAsync(OutboxMessage m, CancellationToken ct)
    {
        await (m.Channel switch
        {
            NotificationChannel.Email => MailAsync(m, ct),
            NotificationChannel.Sms => SpoolSmsAsync(m, ct),
            _ => throw new InvalidOperationException($"Channel {m.Channel} is not sent through the outbox."),
        });
        // 발송 기록: one line per delivery, so operators (and the tests) can see that nothing went out twice. The lock keeps
        // two dispatchers of this process from opening the file at once; a journal failure never fails a delivery.
        try
        {
            Directory.CreateDirectory(Folder);
            lock (JournalLock) File.AppendAllText(Path.Combine(Folder, "sent.log"), $"{m.Id}\t{m.Channel}\t{DateTime.UtcNow:O}\n");
        }
        catch (IOException) { }
    }

    private static readonly Lock JournalLock = new();

    private async Task MailAsync(OutboxMessage m, CancellationToken ct)
    {
        var mail = new MimeMessage { Subject = m.Subject, MessageId = $"outbox-{m.Id}@iljari.goyang.go.kr", Body = new TextPart("plain") { Text = m.Body } };
        mail.From.Add(new MailboxAddress("고양 일자리 통합지원시스템", _o.From));
        mail.To.Add(MailboxAddress.Parse(m.Recipient));
        if (string.IsNullOrWhiteSpace(_o.SmtpHost))
        {
            var dir = Directory.CreateDirectory(Path.Combine(Folder, "mail"));
            await mail.WriteToAsync(Path.Combine(dir.FullName, $"{m.Id}.eml"), ct);
            return;
        }
        // Well under the dispatcher's lease, so one slow server cannot make a claimed row look abandoned.
        using var smtp = new SmtpClient { Timeout = 30_000 };
        await smtp.ConnectAsync(_o.SmtpHost, _o.SmtpPort, SecureSocketOptions.Auto, ct);
        await smtp.SendAsync(mail, ct);
        await smtp.DisconnectAsync(true, ct);
    }

    /// <summary>The SMS gateway picks up one JSON file per message from the spool folder.</summary>
    private async Task SpoolSmsAsync(OutboxMessage m, CancellationToken ct)
    {
        var dir = Directory.CreateDirectory(Path.Combine(Folder, "sms"));
        var json = JsonSerializer.Serialize(new { id = m.Id, to = m.Recipient, text = m.Body, created = m.CreatedAt });
        await File.WriteAllTextAsync(Path.Combine(dir.FullName, $"{m.Id}.json"), json, ct);
    }
}
