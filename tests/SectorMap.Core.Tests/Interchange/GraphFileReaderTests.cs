using SectorMap.Core.Interchange;
using SectorMap.Core.Validation;

namespace SectorMap.Core.Tests.Interchange;

public sealed class GraphFileReaderTests : IDisposable
{
    private const string GraphMl = """<graphml xmlns="http://graphml.graphdrawing.org/xmlns">""";
    private const string Gexf = """<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">""";

    private readonly string _folder = Directory.CreateTempSubdirectory("sectormap-graphfiles-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    public static TheoryData<string, string, string> HostileOrBrokenFiles => new()
    {
        { "laughs.graphml", $"<?xml version=\"1.0\"?>\n<!DOCTYPE g [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n{GraphMl}<graph><node id=\"&c;\"/></graph></graphml>", ":2:1: DTDs are not allowed" },
        { "xxe.graphml", $"<!DOCTYPE g [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n{GraphMl}<graph><node id=\"&x;\"/></graph></graphml>", ":1:1: DTDs are not allowed" },
        { "doctype.gexf", $"<!DOCTYPE gexf>\n{Gexf}<graph/></gexf>", ":1:1: DTDs are not allowed" },
        { "truncated.graphml", $"{GraphMl}\n<graph><node id=\"a\"", ":2:" },
        { "truncated.gexf", $"{Gexf}<graph><nodes>", ":1:" },
        { "unknown.graphml", $"{GraphMl}<graph><node id=\"a\"/>\n<edge source=\"a\" target=\"b\"/></graph></graphml>", ":2:1: the edge a -> b joins a node the file does not declare" },
        { "unknown.gexf", $"{Gexf}<graph><nodes/><edges>\n<edge source=\"a\" target=\"b\"/></edges></graph></gexf>", ":2:1: the edge a -> b joins a node the file does not declare" },
        { "badnumber.graphml", $"{GraphMl}<key id=\"s\" for=\"node\" attr.name=\"score\" attr.type=\"double\"/><graph>\n<node id=\"a\"><data key=\"s\">abc</data></node></graph></graphml>", ":2:14: \"abc\" is not a number, as key \"score\" declares" },
        { "badnumber.gexf", $"{Gexf}<graph><attributes class=\"node\"><attribute id=\"0\" title=\"score\" type=\"double\"/></attributes><nodes>\n<node id=\"a\"><attvalues><attvalue for=\"0\" value=\"abc\"/></attvalues></node></nodes></graph></gexf>", ":2:25: \"abc\" is not a number, as attribute \"score\" declares" },
        { "binary.graphml", "\u0000\u0001\u0002PK", ":1:1: not well-formed XML" },
    };

    [Theory]
    [MemberData(nameof(HostileOrBrokenFiles))]
    public void Read_HostileOrBrokenFile_IsOneLocatedError_AndNothingElse(string name, string content, string expected)
    {
        var path = Write(name, content);

        var batch = GraphFileReader.Read([path]);

        var issue = Assert.Single(batch.Issues);
        Assert.StartsWith(path + expected, issue.ToString(), StringComparison.Ordinal);
        Assert.Empty(batch.Nodes);
        Assert.Empty(batch.Relationships);
        Assert.False(BatchValidator.Validate(batch).IsValid);
    }

    [Fact]
    public void Read_TellsGraphMlAndGexfFromTheExtension()
    {
        var graphml = Write("a.GraphML", $"""{GraphMl}<key id="l" for="node" attr.name="label"/><key id="n" for="node" attr.name="name"/><graph><node id="thm:a"><data key="l">Theme</data><data key="n">A</data></node></graph></graphml>""");
        var gexf = Write("b.gexf", $"""{Gexf}<graph><attributes class="node"><attribute id="0" title="name" type="string"/></attributes><nodes><node id="thm:b" label="Theme"><attvalues><attvalue for="0" value="B"/></attvalues></node></nodes></graph></gexf>""");

        var report = BatchValidator.Validate(GraphFileReader.Read([graphml, gexf]));

        Assert.True(report.IsValid, string.Join("\n", report.Issues));
        Assert.Equal(["thm:a", "thm:b"], report.Batch!.Nodes.Select(n => n.Id));
    }

    [Fact]
    public void Read_GivenFormat_OverridesTheExtension()
    {
        var path = Write("graph.xml", $"{GraphMl}<graph/></graphml>");

        Assert.Empty(GraphFileReader.Read([path], GraphFormat.GraphMl).Issues);
        Assert.Equal("cannot tell the format from the file name; name it .json, .csv, .graphml or .gexf, or give --format",
            Assert.Single(GraphFileReader.Read([path]).Issues).Message);
    }
}
