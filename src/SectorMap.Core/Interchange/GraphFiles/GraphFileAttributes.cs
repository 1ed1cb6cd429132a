using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace SectorMap.Core.Interchange.GraphFiles;

/// <summary>
/// The data of one node or edge: names to values, in a fixed order so that writing is deterministic.
/// A value is a <see cref="string"/>, <see cref="long"/>, <see cref="double"/>, <see cref="bool"/> or an
/// <see cref="IReadOnlyList{T}"/> of strings; a null value means "not set" and is dropped. An array, not a
/// dictionary: an element has a handful of attributes and a national graph a million elements.
/// </summary>
public sealed class GraphFileAttributes : IReadOnlyDictionary<string, object>, IEquatable<GraphFileAttributes>
{
    private readonly KeyValuePair<string, object>[] _items;

    public static GraphFileAttributes Empty { get; } = new([]);

    /// <exception cref="ArgumentException">A value of another type, or a name given twice.</exception>
    public GraphFileAttributes(IEnumerable<KeyValuePair<string, object?>> items)
    {
        var list = new List<KeyValuePair<string, object>>();
        foreach (var (name, value) in items)
        {
            if (value is null)
            {
                continue;
            }

            if (list.Exists(kv => kv.Key == name))
            {
                throw new ArgumentException($"Attribute \"{name}\" appears twice.", nameof(items));
            }

            list.Add(new(name, Normalise(name, value)));
        }

        _items = [.. list];
    }

    /// <summary>Builds attributes from values the caller has already checked (the readers).</summary>
    private GraphFileAttributes(KeyValuePair<string, object>[] items) => _items = items;

    internal static GraphFileAttributes Trusted(KeyValuePair<string, object>[] items) => items.Length == 0 ? Empty : new(items);

    public static GraphFileAttributes Of(params (string Name, object? Value)[] items) =>
        new(items.Select(i => new KeyValuePair<string, object?>(i.Name, i.Value)));

    public int Count => _items.Length;

    public IEnumerable<string> Keys => _items.Select(kv => kv.Key);

    public IEnumerable<object> Values => _items.Select(kv => kv.Value);

    public object this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _items[index].Value : null;
        return index >= 0;
    }

    /// <summary>The type a value has in a file.</summary>
    public static GraphFileValueType TypeOf(object value) => value switch
    {
        string => GraphFileValueType.String,
        long => GraphFileValueType.Long,
        double => GraphFileValueType.Double,
        bool => GraphFileValueType.Boolean,
        _ => GraphFileValueType.StringList,
    };

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object>>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The same names with equal values, in any order (a GEXF reader puts <c>label</c> first).</summary>
    public bool Equals(GraphFileAttributes? other) =>
        other is not null && other.Count == Count
        && _items.All(kv => other.TryGetValue(kv.Key, out var value) && ValuesEqual(kv.Value, value));

    public override bool Equals(object? obj) => Equals(obj as GraphFileAttributes);

    public override int GetHashCode()
    {
        var hash = 0;
        foreach (var (key, _) in _items)
        {
            hash ^= StringComparer.Ordinal.GetHashCode(key);
        }

        return hash;
    }

    public override string ToString() => string.Join(", ", _items.Select(kv =>
        $"{kv.Key}={(kv.Value is IReadOnlyList<string> list ? "[" + string.Join(", ", list) + "]" : kv.Value)}"));

    private static bool ValuesEqual(object a, object b) =>
        a is IReadOnlyList<string> x && b is IReadOnlyList<string> y ? x.SequenceEqual(y, StringComparer.Ordinal) : a.Equals(b);

    private static object Normalise(string name, object value) => value switch
    {
        string or long or double or bool => value,
        int i => (long)i,
        float f => (double)f,
        IEnumerable<string> items => items.ToArray(),
        _ => throw new ArgumentException($"Attribute \"{name}\" holds a {value.GetType().Name}: a string, long, double, bool or list of strings is expected.", nameof(value)),
    };

    private int IndexOf(string key)
    {
        for (var i = 0; i < _items.Length; i++)
        {
            if (string.Equals(_items[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
