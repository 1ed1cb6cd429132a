using System.Text;
using System.Text.Json;

namespace SectorMap.Core.Interchange.Json;

/// <summary>
/// Hands out one string instance per distinct short text read from a file. A graph names each id
/// many times (every relationship names two) and each key, label and type thousands of times;
/// sharing the instances saves both the allocations and the memory a national file would cost.
/// </summary>
internal sealed class Utf8StringPool
{
    private const int MaxPooledLength = 128;
    private const int MaxEntries = 2_000_000;
    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Utf8StringPool() => _lookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The reader's current string (or property name), shared when seen before.</summary>
    public string Get(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > MaxPooledLength)
        {
            return reader.GetString()!;
        }

        Span<char> chars = stackalloc char[MaxPooledLength];
        var length = Encoding.UTF8.GetChars(reader.ValueSpan, chars);
        var text = chars[..length];
        if (_lookup.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        var created = new string(text);
        if (_pool.Count < MaxEntries)
        {
            _pool[created] = created;
        }

        return created;
    }
}
