using SectorMap.Core.Model;
using static SectorMap.Core.Tests.TestSupport.Batches;

namespace SectorMap.Core.Tests.Interchange.Json;

public class InterchangeJsonReaderTests
{
    [Fact]
    public void Read_SyntaxError_GivesLineAndColumn()
    {
        var batch = FromJson("{\n  \"nodes\": [\n    {\"id\": \"a\" \"label\": \"Theme\"}\n  ]\n}");
        var issue = Assert.Single(batch.Issues);
        Assert.Equal("g.json:3:16", issue.Location);
        Assert.StartsWith("invalid JSON:", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotAnObject_IsAnError()
    {
        var issue = Assert.Single(FromJson("[1, 2]").Issues);
        Assert.Equal("g.json#: expected a JSON object with \"nodes\" and \"relationships\"", issue.ToString());
    }

    [Fact]
    public void Read_UnknownTopLevelKeyAndWrongVersion_AreErrors()
    {
        var batch = FromJson("""{"format": "sectormap", "version": 2, "nodes": [], "relationship": []}""");
        Assert.Equal(["g.json#/version", "g.json#/relationship"], batch.Issues.Select(i => i.Location));
    }

    [Fact]
    public void Read_ByteOrderMark_IsAccepted()
    {
        var batch = FromJson("\uFEFF" + Graph("""{"id": "t", "label": "Theme", "name": "T"}"""));
        Assert.Empty(batch.Issues);
        Assert.Single(batch.Nodes);
    }

    [Fact]
    public void Read_UserAttributes_KeepTheirTypes()
    {
        var batch = FromJson(Graph("""{"id": "t", "label": "Theme", "name": "T", "score": 1.50, "ok": true, "tags": ["a", "b"], "note": "x", "gone": null, "blank": ""}"""));
        var properties = Assert.Single(batch.Nodes).Properties;
        Assert.Equal(PropertyValue.Of(1.50m), properties["score"]);
        Assert.Equal("1.5", properties["score"].ToString());
        Assert.Equal(PropertyValue.Of(true), properties["ok"]);
        Assert.Equal(PropertyValue.Of(["a", "b"]), properties["tags"]);
        Assert.Equal(["note", "ok", "score", "tags"], properties.Keys);
    }

    [Fact]
    public void Read_NestedObjectOrMixedList_IsAnError()
    {
        var batch = FromJson(Graph("""{"id": "t", "label": "Theme", "name": "T", "meta": {"a": 1}, "mixed": ["a", 1]}"""));
        Assert.Equal(["g.json#/nodes/0/meta", "g.json#/nodes/0/mixed"], batch.Issues.Select(i => i.Location));
    }

    [Fact]
    public void Read_RepeatedKey_IsAnError()
    {
        var batch = FromJson(Graph("""{"id": "t", "label": "Theme", "name": "T", "name": "U"}"""));
        Assert.Equal("g.json#/nodes/0/name: \"name\" appears twice", Assert.Single(batch.Issues).ToString());
    }

    [Fact]
    public void Read_PointerEscapesSlashAndTilde()
    {
        var batch = FromJson(Graph("""{"id": "t", "label": "Theme", "name": "T", "a/b~c": {}}"""));
        Assert.Equal("g.json#/nodes/0/a~1b~0c", Assert.Single(batch.Issues).Location);
    }
}
