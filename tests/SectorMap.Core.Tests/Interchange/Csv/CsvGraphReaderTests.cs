using SectorMap.Core.Model;
using SectorMap.Core.Validation;
using static SectorMap.Core.Tests.TestSupport.Batches;

namespace SectorMap.Core.Tests.Interchange.Csv;

public class CsvGraphReaderTests
{
    [Fact]
    public void Read_NodesAndRelationships_TypedByModelAndHeader()
    {
        var batch = FromCsv(
            ("nodes.csv", "id,label,name,kind,sector,aliases,income,statutory,score:number,active:bool,tags:list,note\n" +
                          "org:a,Organisation,A,charity,third,A1; A2,1000.50,,7,TRUE,x;y,hello\n" +
                          "ptn:b,Partnership,B,board,,,,false,,,,\n"),
            ("rels.csv", "type,from,to,since,until,seat\nMEMBER_OF,org:a,ptn:b,2017-01-01,,organisational\n"));
        var report = BatchValidator.Validate(batch);
        Assert.True(report.IsValid, string.Join("\n", report.Issues));

        var org = batch.Nodes[0].Properties;
        Assert.Equal(PropertyValue.Of(["A1", "A2"]), org["aliases"]);
        Assert.Equal(PropertyValue.Of(1000.50m), org["income"]);
        Assert.Equal(PropertyValue.Of(7m), org["score"]);
        Assert.Equal(PropertyValue.Of(true), org["active"]);
        Assert.Equal(PropertyValue.Of(["x", "y"]), org["tags"]);
        Assert.Equal(PropertyValue.Of("hello"), org["note"]);
        Assert.Equal(PropertyValue.Of(false), batch.Nodes[1].Properties["statutory"]);

        var rel = Assert.Single(batch.Relationships);
        Assert.Equal(new DateOnly(2017, 1, 1), rel.Since);
        Assert.Null(rel.Until);
    }

    [Fact]
    public void Read_ErrorsNameFileLineAndColumn()
    {
        var batch = FromCsv(("nodes.csv", "id,label,name,kind,sector\nt,Theme,T,,\norg:a,Organisation,A,charty,third\n"));
        var report = BatchValidator.Validate(batch);
        Assert.StartsWith("nodes.csv:3:4: kind \"charty\" is not one of", Assert.Single(report.Errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadModelNumber_IsReportedByTheValidatorAtItsCell()
    {
        var report = BatchValidator.Validate(FromCsv(("n.csv", "id,label,name,sector,income\norg:a,Organisation,A,third,12k\n")));
        Assert.Equal("n.csv:2:5: income must be a number, not \"12k\"", Assert.Single(report.Errors).ToString());
    }

    [Fact]
    public void Read_BadTypedAttributeOrDate_IsAnErrorAtItsCell()
    {
        var batch = FromCsv(
            ("n.csv", "id,label,name,score:number\nt,Theme,T,lots\n"),
            ("r.csv", "type,from,to,since\nCOVERS,t,t,21/11/2017\n"));
        Assert.Equal(
            ["n.csv:2:4: score \"lots\" is not a number", "r.csv:2:4: since \"21/11/2017\" is not a date (YYYY-MM-DD)"],
            batch.Issues.Select(i => i.ToString()));
    }

    [Fact]
    public void Read_HeaderProblems_AreReported()
    {
        Assert.Equal("a.csv:1:1: cannot tell what this file holds: a nodes file starts with the columns id,label,name and a relationships file with type,from,to",
            Assert.Single(FromCsv(("a.csv", "x,y\n1,2\n")).Issues).ToString());
        Assert.Equal("b.csv:1:4: unknown column type \"int\" in \"n:int\"; use string, number, bool or list",
            Assert.Single(FromCsv(("b.csv", "id,label,name,n:int\n")).Issues).ToString());
        Assert.Equal("c.csv:1:1: missing column \"name\"",
            Assert.Single(FromCsv(("c.csv", "id,label\n")).Issues).ToString());
        Assert.Equal("d.csv:1:1: the file is empty: expected a header row (id,label,name,… or type,from,to,…)",
            Assert.Single(FromCsv(("d.csv", "")).Issues).ToString());
    }

    [Fact]
    public void Read_RowLongerThanHeader_IsAnError()
    {
        var batch = FromCsv(("n.csv", "id,label,name\nt,Theme,T,extra\n"));
        Assert.Equal("n.csv:2:4: this row has 4 cells but the header has 3 columns", Assert.Single(batch.Issues).ToString());
    }

    [Fact]
    public void Read_UnclosedQuote_IsALocatedError()
    {
        var batch = FromCsv(("n.csv", "id,label,name\nt,Theme,\"T\n"));
        Assert.Equal("n.csv:2:3: a quoted cell is never closed", Assert.Single(batch.Issues).ToString());
    }
}
