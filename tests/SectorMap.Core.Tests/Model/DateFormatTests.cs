using System.Text;
using SectorMap.Core.Model;

namespace SectorMap.Core.Tests.Model;

public class DateFormatTests
{
    [Theory]
    [InlineData("2017-11-21", true)]
    [InlineData("2016-02-29", true)]
    [InlineData("2017-02-29", false)]
    [InlineData("2017-13-01", false)]
    [InlineData("2017-00-10", false)]
    [InlineData("2017-1-021", false)]
    [InlineData("0000-01-01", false)]
    [InlineData("2017-11-2x", false)]
    [InlineData("21/11/2017", false)]
    [InlineData("2017-11-21T00:00", false)]
    public void TryParse_Utf8_AgreesWithTheTextParser(string text, bool valid)
    {
        Assert.Equal(valid, DateFormat.TryParse(Encoding.UTF8.GetBytes(text), out var fromBytes));
        Assert.Equal(valid, DateFormat.TryParse(text, out var fromText));
        Assert.Equal(fromText, fromBytes);
    }
}
