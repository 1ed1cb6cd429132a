namespace SectorMap.Analysis.Metrics;

/// <summary>
/// One metric for every node of a view, in the view's node order. Counts and indices
/// (<see cref="Integral"/>) are written without a decimal point; NaN means "no value" (an
/// eigenvector that did not converge) and is written as null or an empty cell.
/// </summary>
public sealed record MetricColumn(string Name, double[] Values, bool Integral = false)
{
    public static MetricColumn Of(string name, int[] values) => new(name, values.Select(v => (double)v).ToArray(), Integral: true);

    /// <summary>One node's value as a file writes it: a long for counts and indices, a double otherwise, null for none.</summary>
    public object? ValueAt(int row)
    {
        var value = Values[row];
        return double.IsNaN(value) ? null : Integral ? (long)value : (object)value;
    }
}
