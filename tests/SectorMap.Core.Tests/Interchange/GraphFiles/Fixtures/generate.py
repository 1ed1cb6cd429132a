#!/usr/bin/env python3
"""Reference files for the GraphML and GEXF tests, so that the C# tests prove NetworkX compatibility
without needing Python at test time. Run from anywhere with the system Python (networkx 2.8.8, igraph):

    python3 generate.py

(a) Writes graphs with NetworkX, igraph and by hand (networkx/, igraph/, handmade/, gephi/) and, beside
    each file X, X.json: what the file holds as NetworkX reads it back. GraphFileReferenceTests reads
    every file with SectorMap's readers and compares.
(b) Reads the files SectorMap's writers produced (ours/) with nx.read_graphml / nx.read_gexf and records
    what NetworkX got, types included, in ours/X.json. GraphFileWriterTests regenerates ours/* and checks
    they are byte-identical to the committed ones (so this verification stays valid) and compares each
    X.json with the document that was written. After changing a writer, regenerate ours/ with
        SECTORMAP_REGENERATE_FIXTURES=1 dotnet test tests/SectorMap.Core.Tests --filter GraphFileWriterTests
    then run this script again.

The JSON shape: {"reader", "directed", "nodes": [{"id", "attributes": {name: {"type", "value"}}}],
"edges": [{"source", "target", "attributes": {...}}]} with Python type names (str, int, float, bool);
a NaN or None value is written as null, which the tests read as "not set". NetworkX leaves key
defaults in G.graph["node_default"/"edge_default"]; GraphML and GEXF say they apply, so the dump
applies them.
"""
import json
import math
import os
import warnings

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))


def path(*parts):
    full = os.path.join(HERE, *parts)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    return full


def typed(data):
    out = {}
    for name in sorted(data):
        value = data[name]
        if isinstance(value, float) and math.isnan(value):
            value = None
        if value is not None and not isinstance(value, (str, int, float, bool)):
            raise TypeError(f"{name}: {type(value).__name__} has no place in a reference file")
        out[name] = {"type": type(data[name]).__name__, "value": value}
    return out


def dump(G, reader, file):
    node_default = G.graph.get("node_default", {})
    edge_default = G.graph.get("edge_default", {})
    doc = {
        "reader": reader,
        "directed": G.is_directed(),
        "nodes": [{"id": str(n), "attributes": typed({**node_default, **d})} for n, d in G.nodes(data=True)],
        "edges": [{"source": str(u), "target": str(v), "attributes": typed({**edge_default, **d})}
                  for u, v, d in G.edges(data=True)],
    }
    write_json(doc, file + ".json")


def write_json(doc, file):
    """One node or edge a line, so that the files diff well."""
    def line(value):
        return json.dumps(value, ensure_ascii=False)

    parts = [f' "reader": {line(doc["reader"])},', f' "directed": {line(doc["directed"])},']
    for section in ["nodes", "edges"]:
        items = ",\n".join("  " + line(item) for item in doc[section])
        parts.append(f' "{section}": [\n{items}\n ]' + ("," if section == "nodes" else ""))
    with open(file, "w", encoding="utf-8") as f:
        f.write("{\n" + "\n".join(parts) + "\n}\n")


def read_and_dump(file):
    if file.endswith(".graphml"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # ports: "GraphML port tag not supported"
            G = nx.read_graphml(file)
        dump(G, f"networkx {nx.__version__} read_graphml", file)
    else:
        dump(nx.read_gexf(file), f"networkx {nx.__version__} read_gexf", file)


# (a) reference files -------------------------------------------------------------------------------

def karate():
    G = nx.karate_club_graph()
    del G.graph["name"]
    G.graph["title"] = "Zachary's karate club"  # a graph attribute: a for="graph" key the reader skips
    betweenness = nx.betweenness_centrality(G)
    core = nx.core_number(G)
    for n, d in G.nodes(data=True):
        d["name"] = f"Member {n}"
        d["betweenness"] = betweenness[n]
        d["degree"] = G.degree(n)
        d["inCore"] = core[n] == max(core.values())
    for u, v, d in G.edges(data=True):
        d["strength"] = d["weight"] / 3
    return G


def unicode_graph():
    G = nx.DiGraph()
    G.add_node("café", name="Café Ñandú — «naïve» 東京", note="tab\there\nnew line", padded="  both ends  ")
    G.add_node("東京", name="東京都 🗼", rank=1)
    G.add_node("👩‍👩‍👧", name="family 👩‍👩‍👧 e\u0301", rank=-2)
    G.add_node("a&b<c>\"d'", name="Smith & Jones <Partners> \"quoted\" 'single'", flag=True)
    G.add_edge("café", "東京", weight=0.1, label="α→β")
    G.add_edge("東京", "👩‍👩‍👧", weight=1e-10)
    G.add_edge("👩‍👩‍👧", "a&b<c>\"d'", weight=1.7976931348623157e308)
    G.add_edge("a&b<c>\"d'", "café", weight=-0.0, kind="back & forth")
    G.add_edge("café", "a&b<c>\"d'", weight=123456789.123456789)
    return G


def multigraph():
    G = nx.MultiDiGraph()
    G.add_node("a", label="Organisation", name="A")
    G.add_node("b", label="Partnership", name="B", statutory=True)
    G.add_node("lonely", label="Theme", name="Nobody links here")
    G.add_edge("a", "b", type="MEMBER_OF", since="2017-01-01")
    G.add_edge("a", "b", type="MEMBER_OF", since="2019-01-01", until="2020-12-31")
    G.add_edge("b", "b", type="REPORTS_TO", weight=2)
    return G


def write_networkx():
    G = karate()
    nx.write_graphml(G, path("networkx", "karate.graphml"))
    nx.write_gexf(G, path("networkx", "karate.gexf"))
    U = unicode_graph()
    nx.write_graphml(U, path("networkx", "unicode.graphml"))
    nx.write_gexf(U, path("networkx", "unicode.gexf"))
    nx.write_graphml(multigraph(), path("networkx", "multigraph.graphml"))
    for name in ["karate.graphml", "karate.gexf", "unicode.graphml", "unicode.gexf", "multigraph.graphml"]:
        read_and_dump(path("networkx", name))


def write_igraph():
    import igraph
    g = igraph.Graph.Famous("Zachary")
    g.vs["name"] = [f"member {i}" for i in range(g.vcount())]
    g.vs["score"] = [i / 7 if i != 3 else float("nan") for i in range(g.vcount())]  # igraph omits NaN
    g.vs["member"] = [i % 2 == 0 for i in range(g.vcount())]
    g.es["weight"] = [i % 4 + 1 for i in range(g.ecount())]
    g.write_graphml(path("igraph", "zachary.graphml"))
    read_and_dump(path("igraph", "zachary.graphml"))


HANDMADE = """<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by hand: keys for="all" with and without defaults, a key with no attr.type, a graph
     attribute, yEd graphics, a port, a description, and data in another order than the keys. -->
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key id="size" for="all" attr.name="size" attr.type="int"/>
  <key id="color" for="node" attr.name="color" attr.type="string"><default>yellow</default></key>
  <key id="w" for="edge" attr.name="weight" attr.type="double"><default>1.0</default></key>
  <key id="plain" for="node" attr.name="plain"/>
  <key id="visible" for="node" attr.name="visible" attr.type="boolean"><default>True</default></key>
  <key id="ng" for="node" yfiles.type="nodegraphics"/>
  <key id="title" for="graph" attr.name="title" attr.type="string"/>
  <graph id="G" edgedefault="undirected">
    <desc>A small graph</desc>
    <data key="title">Hand-made</data>
    <node id="n0"><data key="color">green</data><data key="size">3</data><data key="visible">false</data></node>
    <node id="n1">
      <data key="ng"><y:ShapeNode><y:Fill color="#FFCC00"/></y:ShapeNode></data>
      <data key="plain">  no type declared  </data>
    </node>
    <node id="n2"><port name="north"/></node>
    <edge source="n0" target="n1"/>
    <edge id="e1" source="n1" target="n2"><data key="size">7</data><data key="w">2.5</data></edge>
  </graph>
</graphml>
"""


def write_handmade():
    file = path("handmade", "defaults.graphml")
    with open(file, "w", encoding="utf-8") as f:
        f.write(HANDMADE)
    read_and_dump(file)


def write_gephi():
    """A GEXF 1.3 file shaped as Gephi 0.10 exports one: ids as attribute ids, viz elements, weights as
    floats. NetworkX 2.8.8 cannot read GEXF 1.3, so the JSON is written from the graph itself."""
    from xml.sax.saxutils import quoteattr
    G = karate()
    communities = {n: i for i, c in enumerate(nx.community.greedy_modularity_communities(G)) for n in c}
    lines = [
        "<?xml version='1.0' encoding='UTF-8'?>",
        '<gexf xmlns="http://gexf.net/1.3" version="1.3" xmlns:viz="http://gexf.net/1.3/viz" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">',
        '  <meta lastmodifieddate="2024-05-06">',
        "    <creator>Gephi 0.10.1</creator>",
        "    <title></title>",
        "    <description></description>",
        "  </meta>",
        '  <graph defaultedgetype="undirected" mode="static">',
        '    <attributes class="node" mode="static">',
        '      <attribute id="club" title="club" type="string"/>',
        '      <attribute id="modularity_class" title="Modularity Class" type="integer"/>',
        '      <attribute id="betweenesscentrality" title="Betweenness Centrality" type="double"/>',
        "    </attributes>",
        '    <attributes class="edge" mode="static">',
        '      <attribute id="strength" title="strength" type="double"/>',
        "    </attributes>",
        "    <nodes>",
    ]
    expected_nodes = []
    for n, d in G.nodes(data=True):
        lines += [
            f'      <node id="{n}" label={quoteattr(d["name"])}>',
            "        <attvalues>",
            f'          <attvalue for="club" value={quoteattr(d["club"])}/>',
            f'          <attvalue for="modularity_class" value="{communities[n]}"/>',
            f'          <attvalue for="betweenesscentrality" value="{d["betweenness"]!r}"/>',
            "        </attvalues>",
            f'        <viz:size value="{10.0 + d["degree"]}"/>',
            f'        <viz:position x="{n * 3.5 - 40}" y="{(n % 7) * -12.25}"/>',
            f'        <viz:color r="{communities[n] * 60}" g="166" b="255"/>',
            "      </node>",
        ]
        expected_nodes.append({"id": str(n), "attributes": typed({
            "label": d["name"], "club": d["club"], "Modularity Class": communities[n],
            "Betweenness Centrality": d["betweenness"]})})
    lines.append("    </nodes>")
    lines.append("    <edges>")
    expected_edges = []
    for i, (u, v, d) in enumerate(G.edges(data=True)):
        lines += [
            f'      <edge id="{i}" source="{u}" target="{v}" weight="{float(d["weight"])}">',
            "        <attvalues>",
            f'          <attvalue for="strength" value="{d["strength"]!r}"/>',
            "        </attvalues>",
            "      </edge>",
        ]
        expected_edges.append({"source": str(u), "target": str(v), "attributes": typed({
            "id": str(i), "weight": float(d["weight"]), "strength": d["strength"]})})
    lines += ["    </edges>", "  </graph>", "</gexf>", ""]
    file = path("gephi", "karate-1.3.gexf")
    with open(file, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    write_json({"reader": "generate.py (networkx 2.8.8 cannot read GEXF 1.3)", "directed": False,
                "nodes": expected_nodes, "edges": expected_edges}, file + ".json")


# (b) what NetworkX reads from SectorMap's own files ----------------------------------------------------

def read_ours():
    folder = path("ours", "x")
    folder = os.path.dirname(folder)
    names = sorted(n for n in os.listdir(folder) if n.endswith((".graphml", ".gexf")))
    if not names:
        raise SystemExit("ours/ is empty: run the C# writer tests with SECTORMAP_REGENERATE_FIXTURES=1 first")
    for name in names:
        read_and_dump(os.path.join(folder, name))
        if name.endswith(".graphml"):
            import igraph
            igraph.Graph.Read_GraphML(os.path.join(folder, name))  # igraph reads it too (no dump: NetworkX is the reference)


if __name__ == "__main__":
    write_networkx()
    write_igraph()
    write_handmade()
    write_gephi()
    read_ours()
