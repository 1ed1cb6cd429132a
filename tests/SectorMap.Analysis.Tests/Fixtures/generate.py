#!/usr/bin/python3
"""Reference values for the metrics tests, computed by NetworkX (Debian's python3-networkx).

Run from this folder: /usr/bin/python3 generate.py. The JSON it writes is committed; the tests
read only the JSON, so Python is never needed to run them. Graphs are taken undirected, unweighted
and simple, as CLI.md defines the metrics.
"""
import json
import networkx as nx


def random_with_components():
    g = nx.gnp_random_graph(60, 0.05, seed=7)
    g.add_nodes_from(range(60, 64))  # isolated nodes
    g.add_edges_from([(64, 65), (65, 66), (66, 64), (67, 68)])  # small extra components
    return g


GRAPHS = {
    "karate": nx.karate_club_graph(),
    "florentine": nx.florentine_families_graph(),
    "lesmis": nx.les_miserables_graph(),
    "random-components": random_with_components(),
    # Women and the events they attended, as one two-mode graph (the affiliation view's shape).
    "davis-two-mode": nx.davis_southern_women_graph(),
}

for name, graph in GRAPHS.items():
    g = nx.Graph()
    g.add_nodes_from(str(n) for n in graph.nodes())
    g.add_edges_from((str(u), str(v)) for u, v in graph.edges() if u != v)
    metrics = {
        "degree": dict(g.degree()),
        "degreeCentrality": nx.degree_centrality(g),
        "betweenness": nx.betweenness_centrality(g, normalized=True),
        "closeness": nx.closeness_centrality(g, wf_improved=True),
        "clustering": nx.clustering(g),
        "coreNumber": nx.core_number(g),
        "pagerank": nx.pagerank(g, alpha=0.85),
        "eigenvector": nx.eigenvector_centrality(g),
    }
    best = max(
        nx.community.modularity(g, nx.community.louvain_communities(g, seed=seed))
        for seed in range(10))
    document = {
        "source": f"networkx {nx.__version__}",
        "louvainBestModularity": best,
        "nodes": list(g.nodes()),
        "edges": [[u, v] for u, v in g.edges()],
        "metrics": {key: {n: values[n] for n in g.nodes()} for key, values in metrics.items()},
    }
    with open(f"{name}.json", "w") as out:
        json.dump(document, out, indent=1, sort_keys=False)
        out.write("\n")
    print(name, g.number_of_nodes(), g.number_of_edges(), nx.number_connected_components(g))
