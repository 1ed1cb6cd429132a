#!/usr/bin/python3
"""Prints the seconds NetworkX takes for exact betweenness on a GraphML file: networkx_betweenness.py <file.graphml>."""
import sys
import time
import networkx as nx

g = nx.Graph(nx.read_graphml(sys.argv[1]))
start = time.perf_counter()
nx.betweenness_centrality(g, normalized=True)
print(time.perf_counter() - start)
