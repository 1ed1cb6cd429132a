#!/usr/bin/python3
"""Writes a Barabási–Albert graph as GraphML: generate_ba.py <nodes> <links per node> <out.graphml>.

NetworkX writes it, so every tool in the comparison reads the same file.
"""
import sys
import networkx as nx

nodes, links, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
nx.write_graphml(nx.barabasi_albert_graph(nodes, links, seed=1), out)
