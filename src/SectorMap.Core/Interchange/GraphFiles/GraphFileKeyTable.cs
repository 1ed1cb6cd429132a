namespace SectorMap.Core.Interchange.GraphFiles;

/// <summary>
/// The attributes a file declares for nodes or for edges, by their XML id, and the values of the
/// element being read. Values are gathered in declaration order, defaults filled in, whatever order
/// the file gives them in, so that the same graph always reads to the same document.
/// </summary>
internal sealed class GraphFileKeyTable
{
    private readonly List<Entry> _entries = [];
    private readonly Dictionary<string, int> _byXmlId = new(StringComparer.Ordinal);
    private readonly List<(int Index, object Value)> _pending = [];

    /// <summary>For each key, the element that last set it: a duplicate is found without a search.</summary>
    private int[] _setBy = new int[8];
    private int _element = 1;
    private bool _hasDefaults;

    /// <param name="Key">The name and type.</param>
    /// <param name="Default">The value of an element that gives none, or null.</param>
    /// <param name="IsImplicit">An XML attribute of the element itself (GEXF's label, weight): it wins
    /// over a declared attribute of the same name, as NetworkX has it, and is listed only once used.</param>
    private sealed record Entry(GraphFileKey Key, object? Default, bool IsImplicit)
    {
        public bool Used { get; set; }
    }

    /// <summary>The keys as the document lists them: declared ones and implicit ones some element used, each (name, type) once.</summary>
    public IReadOnlyList<GraphFileKey> Keys => [.. _entries.Where(e => !e.IsImplicit || e.Used).Select(e => e.Key).Distinct()];

    public bool Contains(string xmlId) => _byXmlId.ContainsKey(xmlId);

    /// <returns>The key's index, for <see cref="Set"/>.</returns>
    public int Declare(string? xmlId, GraphFileKey key, object? defaultValue = null, bool isImplicit = false)
    {
        _entries.Add(new Entry(key, defaultValue, isImplicit));
        _hasDefaults |= defaultValue is not null;
        if (_entries.Count > _setBy.Length)
        {
            Array.Resize(ref _setBy, _setBy.Length * 2);
        }

        if (xmlId is not null)
        {
            _byXmlId[xmlId] = _entries.Count - 1;
        }

        return _entries.Count - 1;
    }

    public bool TryFind(string xmlId, out int index) => _byXmlId.TryGetValue(xmlId, out index);

    public GraphFileKey KeyAt(int index) => _entries[index].Key;

    /// <summary>Sets a value of the element being read; null ("not set") only marks the key as given.</summary>
    /// <returns>False when the element already has a value for this key.</returns>
    public bool Set(int index, object? value)
    {
        if (_setBy[index] == _element)
        {
            return false;
        }

        _setBy[index] = _element;
        if (value is not null)
        {
            _pending.Add((index, value));
            _entries[index].Used = true;
        }

        return true;
    }

    /// <summary>The element's attributes, defaults included; the table is then ready for the next element.</summary>
    /// <param name="location">The element, for the error when two keys give it the same name.</param>
    public GraphFileAttributes TakeAttributes(string location)
    {
        if (_hasDefaults)
        {
            for (var i = 0; i < _entries.Count; i++)
            {
                if (_entries[i].Default is { } fallback && _setBy[i] != _element)
                {
                    _pending.Add((i, fallback));
                }
            }
        }

        _element++;
        if (_pending.Count == 0)
        {
            return GraphFileAttributes.Empty;
        }

        _pending.Sort(static (a, b) => a.Index.CompareTo(b.Index));
        var items = new KeyValuePair<string, object>[_pending.Count];
        var count = 0;
        foreach (var (index, value) in _pending)
        {
            var entry = _entries[index];
            var same = IndexOfName(items, count, entry.Key.Name);
            if (same < 0)
            {
                items[count++] = new(entry.Key.Name, value);
            }
            else if (entry.IsImplicit)
            {
                items[same] = new(entry.Key.Name, value);
            }
            else if (!IsImplicit(entry.Key.Name, index))
            {
                _pending.Clear();
                throw new GraphFileException(location, $"\"{entry.Key.Name}\" is given twice: two declared keys have that name");
            }
        }

        _pending.Clear();
        return GraphFileAttributes.Trusted(count == items.Length ? items : items[..count]);
    }

    private static int IndexOfName(KeyValuePair<string, object>[] items, int count, string name)
    {
        for (var i = 0; i < count; i++)
        {
            if (items[i].Key == name)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether an implicit key of this name came before <paramref name="index"/> (it then wins).</summary>
    private bool IsImplicit(string name, int index) =>
        _entries.Take(index).Any(e => e.IsImplicit && e.Key.Name == name);
}
