using SectorMap.Analysis.Metrics;

namespace SectorMap.Analysis.Tests.Metrics;

public class MetricNamesTests
{
    [Fact]
    public void AList_ComesBackInOutputOrder_WhateverTheCase()
    {
        Assert.Equal(["degree", "betweenness", "community"], MetricNames.Parse("community, Betweenness,degree"));
        Assert.Equal(MetricNames.All, MetricNames.Parse("all"));
    }

    [Fact]
    public void AnUnknownName_ListsTheValidOnes()
    {
        var error = Assert.Throws<ArgumentException>(() => MetricNames.Parse("degree,betweeness"));

        Assert.StartsWith("unknown metric \"betweeness\"; the metrics are degree, strength, degreeCentrality, betweenness,", error.Message, StringComparison.Ordinal);
    }
}
