using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace SectorMap.Core.Model;

/// <summary>
/// An immutable, ordinally sorted set of properties. A sorted array rather than a dictionary:
/// a national graph holds a million of these, and sorted keys give every export a stable order.
/// </summary>
public sealed class PropertyBag : IReadOnlyDictionary<string, PropertyValue>, IEquatable<PropertyBag>
{
    private readonly KeyValuePair<string, PropertyValue>[] _items;

    public static PropertyBag Empty { get; } = new([]);

    private PropertyBag(KeyValuePair<string, PropertyValue>[] sortedItems) => _items = sortedItems;

    /// <summary>Builds a bag; empty values are dropped because they mean "not set".</summary>
    public static PropertyBag From(IEnumerable<KeyValuePair<string, PropertyValue>> items)
    {
        if (items is ICollection<KeyValuePair<string, PropertyValue>> { Count: 0 })
        {
            return Empty;
        }

        var array = items.Where(kv => !kv.Value.IsEmpty).ToArray();
        if (array.Length == 0)
        {
            return Empty;
        }

        Array.Sort(array, (a, b) => string.CompareOrdinal(a.Key, b.Key));
        for (var i = 1; i < array.Length; i++)
        {
            if (string.Equals(array[i - 1].Key, array[i].Key, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Property \"{array[i].Key}\" appears twice.", nameof(items));
            }
        }

        return new PropertyBag(array);
    }

    public int Count => _items.Length;

    public IEnumerable<string> Keys => _items.Select(kv => kv.Key);

    public IEnumerable<PropertyValue> Values => _items.Select(kv => kv.Value);

    public PropertyValue this[string key] =>
        TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out PropertyValue value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _items[index].Value : default;
        return index >= 0;
    }

    /// <summary>The string value of a key, or null when it is missing or not a string.</summary>
    public string? GetString(string key) =>
        TryGetValue(key, out var value) && value.Kind == PropertyKind.String ? value.AsString() : null;

    /// <summary>A copy with the given properties set or replaced (the import's "SET n += props").</summary>
    public PropertyBag With(IEnumerable<KeyValuePair<string, PropertyValue>> changes)
    {
        var merged = _items.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        foreach (var (key, value) in changes)
        {
            merged[key] = value;
        }

        return From(merged);
    }

    public PropertyBag Without(IEnumerable<string> keys)
    {
        var drop = keys.ToHashSet(StringComparer.Ordinal);
        return _items.Any(kv => drop.Contains(kv.Key)) ? From(_items.Where(kv => !drop.Contains(kv.Key))) : this;
    }

    public IEnumerator<KeyValuePair<string, PropertyValue>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, PropertyValue>>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(PropertyBag? other) =>
        other is not null && _items.AsSpan().SequenceEqual(other._items, PairComparer.Instance);

    public override bool Equals(object? obj) => Equals(obj as PropertyBag);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var (key, value) in _items)
        {
            hash.Add(key, StringComparer.Ordinal);
            hash.Add(value);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => string.Join(", ", _items.Select(kv => $"{kv.Key}={kv.Value}"));

    private int IndexOf(string key)
    {
        int lo = 0, hi = _items.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var cmp = string.CompareOrdinal(_items[mid].Key, key);
            if (cmp == 0)
            {
                return mid;
            }

            if (cmp < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    private sealed class PairComparer : IEqualityComparer<KeyValuePair<string, PropertyValue>>
    {
        public static readonly PairComparer Instance = new();

        public bool Equals(KeyValuePair<string, PropertyValue> x, KeyValuePair<string, PropertyValue> y) =>
            string.Equals(x.Key, y.Key, StringComparison.Ordinal) && x.Value.Equals(y.Value);

        public int GetHashCode(KeyValuePair<string, PropertyValue> obj) => HashCode.Combine(obj.Key, obj.Value);
    }
}
