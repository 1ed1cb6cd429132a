using SectorMap.Core.Interchange.Csv;

namespace SectorMap.Core.Tests.Interchange.Csv;

public class CsvTokenizerTests
{
    private static List<string[]> Values(string text) =>
        CsvTokenizer.Records(text).Select(r => r.Select(c => c.Value).ToArray()).ToList();

    [Fact]
    public void Records_QuotedCells_HoldCommasQuotesAndLineBreaks()
    {
        var records = Values("a,b\r\n\"x, y\",\"say \"\"hi\"\"\nthere\"\r\n");
        Assert.Equal([["a", "b"], ["x, y", "say \"hi\"\nthere"]], records);
    }

    [Fact]
    public void Records_TrackLineAndColumnOfEachCell()
    {
        var records = CsvTokenizer.Records("a,b\n\"multi\nline\",c\nd,e").ToList();
        Assert.Equal(new CsvCell("c", 3, 2), records[1][1]);
        Assert.Equal(new CsvCell("d", 4, 1), records[2][0]);
    }

    [Fact]
    public void Records_SkipBlankLines_KeepEmptyCells()
    {
        Assert.Equal([["a", "", "c"], ["d", "e", ""]], Values("a,,c\n\nd,e,\n"));
    }

    [Fact]
    public void Records_UnclosedQuote_ThrowsWithItsPosition()
    {
        var ex = Assert.Throws<CsvSyntaxException>(() => Values("a,b\nc,\"never closed\n"));
        Assert.Equal((2, 2), (ex.Line, ex.Column));
    }

    [Fact]
    public void Records_TextAfterClosingQuote_ThrowsWithItsPosition()
    {
        var ex = Assert.Throws<CsvSyntaxException>(() => Values("\"a\"b,c"));
        Assert.Equal((1, 1), (ex.Line, ex.Column));
    }

    [Fact]
    public void Decode_StripsByteOrderMark()
    {
        Assert.Equal("id", CsvTokenizer.Decode([0xEF, 0xBB, 0xBF, (byte)'i', (byte)'d']));
    }

    [Theory]
    [InlineData("a; b ;c", new[] { "a", "b", "c" })]
    [InlineData("semi\\;colon;back\\\\slash", new[] { "semi;colon", "back\\slash" })]
    [InlineData(";;", new string[0])]
    public void Lists_SplitAndJoinRoundTrip(string cell, string[] items)
    {
        Assert.Equal(items, CsvLists.Split(cell));
        Assert.Equal(items, CsvLists.Split(CsvLists.Join(items)));
    }
}
