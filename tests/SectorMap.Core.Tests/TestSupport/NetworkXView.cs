using System.Text.Json;
using SectorMap.Core.Interchange.GraphFiles;

namespace SectorMap.Core.Tests.TestSupport;

/// <summary>
/// A graph as NetworkX read it (Interchange/GraphFiles/Fixtures/generate.py): every node and edge with its
/// attributes and their Python types, to hold a <see cref="GraphFileDocument"/> to.
/// </summary>
internal sealed class NetworkXView
{
    private NetworkXView(string file, bool directed, IReadOnlyList<Element> nodes, IReadOnlyList<Element> edges)
    {
        File = file;
        Directed = directed;
        Nodes = nodes;
        Edges = edges;
    }

    /// <summary>A node (<see cref="Id"/>) or an edge (<see cref="Source"/>, <see cref="Target"/>); a null value is "not set".</summary>
    internal sealed record Element(string Id, string Source, string Target, IReadOnlyDictionary<string, object?> Attributes)
    {
        public override string ToString() =>
            (Id.Length > 0 ? Id : $"{Source} -> {Target}") + " {" + string.Join(", ", Attributes.Select(a => $"{a.Key}={a.Value}")) + "}";
    }

    public string File { get; }

    public bool Directed { get; }

    public IReadOnlyList<Element> Nodes { get; }

    public IReadOnlyList<Element> Edges { get; }

    public static NetworkXView Load(string path)
    {
        using var json = JsonDocument.Parse(System.IO.File.ReadAllText(path));
        var root = json.RootElement;
        return new NetworkXView(
            path,
            root.GetProperty("directed").GetBoolean(),
            [.. root.GetProperty("nodes").EnumerateArray().Select(n => new Element(n.GetProperty("id").GetString()!, "", "", AttributesOf(n)))],
            [.. root.GetProperty("edges").EnumerateArray().Select(e => new Element("", e.GetProperty("source").GetString()!, e.GetProperty("target").GetString()!, AttributesOf(e)))]);
    }

    /// <summary>
    /// Asserts that the document holds what NetworkX saw: the same nodes in the same order, the same edges in
    /// any order, each with the same attributes and types (str: string, int: long, float: double). A list is
    /// the JSON text NetworkX sees. An edge's "id" is checked against the edge's XML id where the document has one
    /// (NetworkX reads the id of a GraphML edge that has one, and of every GEXF edge, as the attribute "id").
    /// <paramref name="clean"/> is how the document's text reached the file (the writers replace what XML cannot hold).
    /// </summary>
    public void AssertSameGraph(GraphFileDocument document, Func<string, string>? clean = null)
    {
        clean ??= s => s;
        Assert.Equal(Directed, document.Directed);
        Assert.Equal(Nodes.Select(n => n.Id), document.Nodes.Select(n => clean(n.Id)));
        foreach (var (expected, actual) in Nodes.Zip(document.Nodes))
        {
            var problem = Difference(expected.Attributes, actual.Attributes, null, clean);
            Assert.True(problem is null, $"{File}: node {expected.Id}: {problem}");
        }

        Assert.Equal(Edges.Count, document.Edges.Count);
        var unmatched = document.Edges.ToList();
        foreach (var expected in Edges)
        {
            var match = unmatched.FindIndex(e => clean(e.Source) == expected.Source && clean(e.Target) == expected.Target
                && Difference(expected.Attributes, e.Attributes, e.Id, clean) is null);
            Assert.True(match >= 0, $"{File}: no edge of the document matches {expected}; candidates: " +
                string.Join("; ", unmatched.Where(e => clean(e.Source) == expected.Source && clean(e.Target) == expected.Target)
                    .Select(e => Difference(expected.Attributes, e.Attributes, e.Id, clean))));
            unmatched.RemoveAt(match);
        }
    }

    /// <summary>What differs, in words, or null; <paramref name="edgeId"/> is an edge's XML id when the document gives one.</summary>
    private static string? Difference(IReadOnlyDictionary<string, object?> expected, GraphFileAttributes actual, string? edgeId, Func<string, string> clean)
    {
        foreach (var (name, value) in expected)
        {
            if (name == "id" && !actual.ContainsKey("id"))
            {
                if (edgeId is not null && !Equals(value, edgeId))
                {
                    return $"id {value} is not the edge's id {edgeId}";
                }

                continue;
            }

            if (value is null)
            {
                if (actual.TryGetValue(name, out var present) && present is not double.NaN)
                {
                    return $"{name} is {present}, NetworkX has no value";
                }

                continue;
            }

            if (!actual.TryGetValue(name, out var mine))
            {
                return $"{name} is missing (NetworkX: {value})";
            }

            var same = (value, mine) switch
            {
                (string s, IReadOnlyList<string> list) => JsonSerializer.Deserialize<string[]>(s)!.SequenceEqual(list),
                (string s, string m) => s == clean(m),
                (long l, long m) => l == m,
                (double d, double m) => d.Equals(m),
                (bool b, bool m) => b == m,
                _ => false,
            };
            if (!same)
            {
                return $"{name} is {mine} ({mine.GetType().Name}), NetworkX read {value} ({value.GetType().Name})";
            }
        }

        var extra = actual.Keys.Where(k => !expected.ContainsKey(k) && actual[k] is not double.NaN).ToList();
        return extra.Count == 0 ? null : $"NetworkX does not see {string.Join(", ", extra)}";
    }

    private static Dictionary<string, object?> AttributesOf(JsonElement element) =>
        element.GetProperty("attributes").EnumerateObject().ToDictionary(a => a.Name, a =>
        {
            var value = a.Value.GetProperty("value");
            return value.ValueKind == JsonValueKind.Null ? null : a.Value.GetProperty("type").GetString() switch
            {
                "str" => value.GetString(),
                "int" => value.GetInt64(),
                "float" => value.GetDouble(),
                "bool" => (object?)value.GetBoolean(),
                var type => throw new InvalidDataException($"unexpected Python type {type}"),
            };
        });
}
