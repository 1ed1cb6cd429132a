namespace SectorMap.Analysis.Views;

/// <summary>How a one-mode projection weighs the link between two nodes of the same mode.</summary>
public enum ProjectionWeights
{
    /// <summary>
    /// The number of nodes of the other mode they share (<c>bipartite.weighted_projected_graph</c>):
    /// two delegates on three bodies together weigh 3.
    /// </summary>
    Shared,

    /// <summary>
    /// Newman's collaboration weights (<c>bipartite.collaboration_weighted_projected_graph</c>): each
    /// shared body k adds 1 / (d_k − 1), where d_k is its number of holders, so a seat together on a
    /// small group counts for more than one on a large board.
    /// </summary>
    Newman,
}
