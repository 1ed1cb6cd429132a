namespace SectorMap.Core.Interchange.GraphFiles;

/// <summary>
/// The keys a writer declares for nodes or for edges: the document's own, in its order, then any
/// (name, type) an element holds that the document did not declare, in the order first met. Each
/// element's values are then written in key order, so the output depends only on the document.
/// </summary>
internal sealed class GraphFileKeyPlan
{
    private readonly Dictionary<GraphFileKey, int> _index = [];
    private readonly List<GraphFileKey> _keys = [];

    /// <param name="declared">The document's keys.</param>
    /// <param name="elements">The attributes of every element, for keys the document left out.</param>
    /// <param name="declare">Whether a key is written as a declared attribute (GEXF writes some as XML attributes instead).</param>
    public GraphFileKeyPlan(IEnumerable<GraphFileKey> declared, IEnumerable<GraphFileAttributes> elements, Func<GraphFileKey, bool> declare)
    {
        foreach (var key in declared.Concat(elements.SelectMany(a => a.Select(kv => new GraphFileKey(kv.Key, GraphFileAttributes.TypeOf(kv.Value))))))
        {
            if (declare(key) && _index.TryAdd(key, _keys.Count))
            {
                _keys.Add(key);
            }
        }
    }

    public IReadOnlyList<GraphFileKey> Keys => _keys;

    /// <summary>The element's declared values in key order, each with its key's index; values written as nothing (NaN) left out.</summary>
    public IEnumerable<(int Index, string Text)> ValuesOf(GraphFileAttributes attributes) =>
        attributes
            .Select(kv => (Found: _index.TryGetValue(new GraphFileKey(kv.Key, GraphFileAttributes.TypeOf(kv.Value)), out var i), Index: i, Text: GraphFileValues.Format(kv.Value)))
            .Where(x => x.Found && x.Text is not null)
            .OrderBy(x => x.Index)
            .Select(x => (x.Index, x.Text!));
}
