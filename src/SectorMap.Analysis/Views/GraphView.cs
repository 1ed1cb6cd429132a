using SectorMap.Analysis.Graphs;
using SectorMap.Core.Model;

namespace SectorMap.Analysis.Views;

/// <summary>A view of a snapshot: its nodes (graph index i is <c>Nodes[i]</c>) and its undirected, weighted graph.</summary>
public sealed record GraphView(ViewKind Kind, IReadOnlyList<GraphNode> Nodes, CsrGraph Graph);
