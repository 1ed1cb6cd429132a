using System.Text;
using SectorMap.Core.Interchange;
using SectorMap.Core.Interchange.GraphFiles;

namespace SectorMap.Core.Tests.TestSupport;

/// <summary>The graph files of Interchange/GraphFiles/Fixtures, and the documents SectorMap's own ones are written from.</summary>
internal static class GraphFileFixtures
{
    public const string Folder = "Interchange/GraphFiles/Fixtures";

    /// <summary>Set to 1 to rewrite Fixtures/ours/* in the source tree from the current writers (then run generate.py).</summary>
    public const string RegenerateVariable = "SECTORMAP_REGENERATE_FIXTURES";

    /// <summary>A fixture as copied beside the tests.</summary>
    public static string PathOf(string relative) => Path.Combine(AppContext.BaseDirectory, Folder, relative);

    /// <summary>A fixture in the checkout, where regenerated files go.</summary>
    public static string SourcePathOf(string relative) => Repository.PathOf(["tests", "SectorMap.Core.Tests", .. Folder.Split('/'), .. relative.Split('/')]);

    public static GraphFileDocument Read(string relative)
    {
        var bytes = File.ReadAllBytes(PathOf(relative));
        return relative.EndsWith(".gexf", StringComparison.Ordinal) ? GexfReader.Read(bytes, relative) : GraphMlReader.Read(bytes, relative);
    }

    public static byte[] Write(GraphFileDocument document, bool gexf)
    {
        using var stream = new MemoryStream();
        if (gexf)
        {
            GexfWriter.Write(stream, document);
        }
        else
        {
            GraphMlWriter.Write(stream, document);
        }

        return stream.ToArray();
    }

    public static string WriteText(GraphFileDocument document, bool gexf) => Encoding.UTF8.GetString(Write(document, gexf));

    /// <summary>The document behind ours/{name}.graphml and ours/{name}.gexf.</summary>
    public static GraphFileDocument Ours(string name) => name switch
    {
        "showcase" => Showcase(),
        "rich" => GraphFileExport.FromSnapshot(Graphs.Valid(SampleGraphs.Rich), new ExportOptions(IncludePersonal: true)),
        _ => throw new ArgumentException(name, nameof(name)),
    };

    /// <summary>
    /// Every kind of value and every kind of awkward text: markup characters, quotes, line breaks and tabs,
    /// non-Latin scripts and emoji, characters XML 1.0 cannot hold, doubles that need 17 digits or an
    /// exponent, the extremes of long and double, NaN (not written), a list whose items hold ';' and ','.
    /// </summary>
    public static GraphFileDocument Showcase() => new(
        Directed: true,
        NodeKeys:
        [
            new("label", GraphFileValueType.String),
            new("name", GraphFileValueType.String),
            new("score", GraphFileValueType.Double),
            new("count", GraphFileValueType.Long),
            new("active", GraphFileValueType.Boolean),
            new("tags", GraphFileValueType.StringList),
            new("note", GraphFileValueType.String),
        ],
        EdgeKeys:
        [
            new("type", GraphFileValueType.String),
            new("weight", GraphFileValueType.Double),
            new("since", GraphFileValueType.String),
            new("label", GraphFileValueType.String),
        ],
        Nodes:
        [
            new("org:smith", GraphFileAttributes.Of(
                ("label", "Organisation"), ("name", "Smith & Jones <Partners> \"quoted\" 'single'"), ("score", 0.1 + 0.2),
                ("count", 42L), ("active", true), ("tags", new[] { "a;b", "c, d", "ünïcødé \"q\"" }),
                ("note", "line 1\nline 2\r\nline 3\ttabbed  "))),
            new("del:東京", GraphFileAttributes.Of(
                ("label", "Delegate"), ("name", "Café 東京 👩‍👩‍👧 e\u0301"), ("score", double.MaxValue),
                ("count", long.MinValue), ("active", false))),
            new("thm:odd", GraphFileAttributes.Of(
                ("label", "Theme"), ("name", "bell\u0007 back\u0008space, lone \uD800 surrogate, \uFFFE"), ("score", double.NaN),
                ("count", long.MaxValue), ("note", "  padded  "))),
            new("thm:tiny", GraphFileAttributes.Of(
                ("label", "Theme"), ("name", "Tiny"), ("score", 1e-300), ("count", 0L))),
            new("thm:negative", GraphFileAttributes.Of(
                ("label", "Theme"), ("name", "Negative zero"), ("score", -0.0))),
        ],
        Edges:
        [
            new("org:smith", "del:東京", GraphFileAttributes.Of(("type", "SITS_ON"), ("weight", 2.5), ("since", "2017-11-21"), ("label", "chair & co"))),
            new("org:smith", "del:東京", GraphFileAttributes.Of(("type", "MEMBER_OF"), ("weight", 0.1))),
            new("del:東京", "thm:odd", GraphFileAttributes.Of(("type", "REPRESENTS"), ("weight", 123456789.12345679))),
            new("thm:odd", "thm:odd", GraphFileAttributes.Of(("type", "WITHIN"))),
            new("thm:tiny", "thm:negative", GraphFileAttributes.Of(("type", "WITHIN"), ("weight", double.NaN))),
        ]);

    /// <summary>What XML 1.0 can hold of a text (the writers' rule, restated): anything else becomes U+FFFD.</summary>
    public static string XmlClean(string text)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                var allowed = c is '\t' or '\n' or '\r' || (c >= ' ' && !char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF'));
                builder.Append(allowed ? c : '\uFFFD');
            }
        }

        return builder.ToString();
    }
}
