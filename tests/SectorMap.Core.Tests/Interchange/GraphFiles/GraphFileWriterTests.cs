using System.Text;
using SectorMap.Core.Tests.TestSupport;

namespace SectorMap.Core.Tests.Interchange.GraphFiles;

/// <summary>
/// SectorMap's GraphML and GEXF as NetworkX reads them. Fixtures/generate.py read the committed files in
/// Fixtures/ours with nx.read_graphml and nx.read_gexf and recorded what it got; these tests check that the
/// writers still produce exactly those files, and that what NetworkX got is every attribute of the
/// document, with its type. Set SECTORMAP_REGENERATE_FIXTURES=1 to rewrite the files after changing a
/// writer, then run generate.py again.
/// </summary>
public class GraphFileWriterTests
{
    public static TheoryData<string> OurFiles => new() { "showcase.graphml", "showcase.gexf", "rich.graphml", "rich.gexf" };

    private static (string Name, bool Gexf) Parse(string file) => (file[..file.IndexOf('.', StringComparison.Ordinal)], file.EndsWith(".gexf", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(OurFiles))]
    public void Write_IsByteIdenticalToTheFileNetworkXRead(string file)
    {
        var (name, gexf) = Parse(file);
        var bytes = GraphFileFixtures.Write(GraphFileFixtures.Ours(name), gexf);
        if (Environment.GetEnvironmentVariable(GraphFileFixtures.RegenerateVariable) == "1")
        {
            File.WriteAllBytes(GraphFileFixtures.SourcePathOf("ours/" + file), bytes);
            return;
        }

        Assert.Equal(File.ReadAllText(GraphFileFixtures.PathOf("ours/" + file), Encoding.UTF8), Encoding.UTF8.GetString(bytes));
        Assert.Equal(File.ReadAllBytes(GraphFileFixtures.PathOf("ours/" + file)), bytes);
    }

    [Theory]
    [MemberData(nameof(OurFiles))]
    public void NetworkX_ReadsEveryAttributeWithItsType(string file)
    {
        var (name, _) = Parse(file);
        var networkx = NetworkXView.Load(GraphFileFixtures.PathOf($"ours/{file}.json"));

        networkx.AssertSameGraph(GraphFileFixtures.Ours(name), GraphFileFixtures.XmlClean);
    }

    [Theory]
    [MemberData(nameof(OurFiles))]
    public void Write_Twice_GivesTheSameBytes(string file)
    {
        var (name, gexf) = Parse(file);

        Assert.Equal(GraphFileFixtures.Write(GraphFileFixtures.Ours(name), gexf), GraphFileFixtures.Write(GraphFileFixtures.Ours(name), gexf));
    }
}
