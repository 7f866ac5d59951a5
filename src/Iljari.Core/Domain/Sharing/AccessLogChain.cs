using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Iljari.Core.Domain.Sharing;

/// <summary>
/// The access log as a hash chain: row n stores SHA-256(hash of row n−1 ‖ its own fields) and a gap-free sequence
/// number (unique index), so an edited row, a deleted row or a row slipped in between no longer verifies. Deleting the
/// newest rows leaves a valid shorter chain; the head hash printed by the verify command is what an auditor keeps to
/// catch that.
/// </summary>
public static class AccessLogChain
{
    /// <summary>The "previous hash" of the first row.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Hex SHA-256 over the previous hash and every stored field, each length-prefixed so no two rows can share an encoding.</summary>
    public static string Hash(string previousHash, long sequence, AccessLogEntry e)
    {
        var buffer = new List<byte>(256);
        void Add(string? s)
        {
            var bytes = s is null ? [] : Encoding.UTF8.GetBytes(s);
            Span<byte> length = stackalloc byte[4];
            BinaryPrimitives.WriteInt32BigEndian(length, s is null ? -1 : bytes.Length);
            buffer.AddRange(length.ToArray());
            buffer.AddRange(bytes);
        }
        Add(previousHash);
        Add(sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add(Truncate(e.At).Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add(e.UserId);
        Add(e.UserName);
        Add(e.OrganisationId?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add(e.Ip);
        Add(e.SubjectSeekerProfileId?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add(e.Action);
        Add(e.Detail);
        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    /// <summary>PostgreSQL keeps microseconds and .NET ticks are 100 ns: the hash covers what every database stores.</summary>
    public static DateTime Truncate(DateTime at) => new(at.Ticks - at.Ticks % 10, DateTimeKind.Utc);

    /// <summary>Walks rows in sequence order and stops at the first one that does not follow from the one before.</summary>
    public static async Task<ChainVerification> VerifyAsync(IAsyncEnumerable<AccessLogEntry> inSequenceOrder, CancellationToken ct)
    {
        var previous = Genesis;
        long expected = 1, count = 0;
        await foreach (var e in inSequenceOrder.WithCancellation(ct))
        {
            if (e.Sequence != expected)
                return new(false, count, previous, e.Sequence, e.Sequence < expected ? "순번이 중복되었습니다." : $"순번 {expected}~{e.Sequence - 1}이(가) 없습니다(삭제 의심).");
            if (!string.Equals(e.Hash, Hash(previous, e.Sequence, e), StringComparison.Ordinal))
                return new(false, count, previous, e.Sequence, "기록 내용이 해시와 맞지 않습니다(변조 의심).");
            (previous, expected, count) = (e.Hash, expected + 1, count + 1);
        }
        return new(true, count, previous, null, null);
    }
}

/// <summary>Outcome of a chain check: how many rows verified, the hash of the last good row, and where and why it broke.</summary>
public sealed record ChainVerification(bool Intact, long Verified, string HeadHash, long? BrokenAt, string? Problem);
