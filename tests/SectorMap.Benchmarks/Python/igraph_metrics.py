#!/usr/bin/python3
"""python-igraph computing the measures `sectormap metrics` computes, from the same GraphML file.

igraph_metrics.py <file.graphml> <out.csv>               every measure, written as CSV (whole process timed from outside)
igraph_metrics.py <file.graphml> --betweenness-only      prints the seconds of exact betweenness alone
"""
import csv
import sys
import time
import igraph as ig

g = ig.Graph.Read_GraphML(sys.argv[1])
g.to_undirected()
g.simplify()
if sys.argv[2] == "--betweenness-only":
    start = time.perf_counter()
    g.betweenness(directed=False)
    print(time.perf_counter() - start)
    sys.exit(0)

n = g.vcount()
degree = g.degree()
strength = g.strength()
scale = 1.0 / (n - 1)
betweenness = g.betweenness(directed=False)
norm = 2.0 / ((n - 1) * (n - 2))
closeness = g.closeness()
eigenvector = g.eigenvector_centrality(scale=False)
pagerank = g.pagerank(damping=0.85)
clustering = g.transitivity_local_undirected(mode="zero")
core = g.coreness()
components = g.connected_components().membership
best = max((g.community_multilevel() for _ in range(10)), key=lambda c: c.modularity)
with open(sys.argv[2], "w", newline="") as out:
    writer = csv.writer(out)
    writer.writerow(["id", "degree", "strength", "degreeCentrality", "betweenness", "closeness", "eigenvector",
                     "pagerank", "clustering", "coreNumber", "component", "community"])
    for v in range(n):
        writer.writerow([g.vs[v]["id"], degree[v], strength[v], degree[v] * scale, betweenness[v] * norm, closeness[v],
                         eigenvector[v], pagerank[v], clustering[v], core[v], components[v], best.membership[v]])
