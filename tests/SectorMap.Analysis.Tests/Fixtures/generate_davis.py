#!/usr/bin/python3
"""Davis's Southern Women as a two-mode network, and NetworkX's weighted one-mode projections
(shared neighbours, and Newman's collaboration weights).

Run from this folder: /usr/bin/python3 generate_davis.py. Writes davis.json, which the projection
tests read as women (delegates) sitting on events (bodies).
"""
import json
import networkx as nx
from networkx.algorithms import bipartite

g = nx.davis_southern_women_graph()
women = g.graph["top"]
events = g.graph["bottom"]


def projection(nodes, weigh=bipartite.weighted_projected_graph):
    p = weigh(g, nodes)
    return sorted([sorted([u, v]) + [d["weight"]] for u, v, d in p.edges(data=True)])


document = {
    "source": f"networkx {nx.__version__}",
    "women": women,
    "events": events,
    "edges": [[u, v] if u in women else [v, u] for u, v in g.edges()],
    "womenProjection": projection(women),
    "eventsProjection": projection(events),
    "womenNewman": projection(women, bipartite.collaboration_weighted_projected_graph),
    "eventsNewman": projection(events, bipartite.collaboration_weighted_projected_graph),
}
with open("davis.json", "w") as out:
    json.dump(document, out, indent=1)
    out.write("\n")
print(len(women), len(events), g.number_of_edges(), len(document["womenProjection"]), len(document["eventsProjection"]))
