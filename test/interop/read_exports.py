"""Reads Parley's exports with networkx and igraph and prints what each tool sees, as JSON.

Usage: python3 read_exports.py READER=FILE [READER=FILE ...]
with READER one of networkx-graphml, networkx-gexf, igraph-graphml, python-csv-nodes, python-csv-edges
(one process for all, so the libraries load once). Prints {READER: {"graph": {...}, "nodes": [[key,
attrs], ...], "edges": [[key, source, target, attrs], ...]}}, nodes in file order; the CSV readers
print {"rows": [[field, ...], ...]} as Python's csv module reads the table. Values the tool reports as
missing (igraph's "" and NaN) are left out.
"""
import json
import math
import sys


def clean(attrs):
    return {
        k: v
        for k, v in attrs.items()
        if v is not None and v != "" and not (isinstance(v, float) and math.isnan(v))
    }


def networkx_graphml(path):
    import networkx as nx

    g = nx.read_graphml(path, force_multigraph=True)
    graph = {k: v for k, v in g.graph.items() if k not in ("node_default", "edge_default")}
    nodes = [[n, dict(a)] for n, a in g.nodes(data=True)]
    edges = [[k, s, t, dict(a)] for s, t, k, a in g.edges(keys=True, data=True)]
    return {"graph": graph, "nodes": nodes, "edges": edges}


def networkx_gexf(path):
    import networkx as nx

    g = nx.read_gexf(path)
    nodes = [[n, dict(a)] for n, a in g.nodes(data=True)]
    if g.is_multigraph():
        edges = [[a.get("id", k), s, t, {x: y for x, y in a.items() if x != "id"}] for s, t, k, a in g.edges(keys=True, data=True)]
    else:
        edges = [[a.get("id"), s, t, {x: y for x, y in a.items() if x != "id"}] for s, t, a in g.edges(data=True)]
    return {"graph": {}, "nodes": nodes, "edges": edges}


def igraph_graphml(path):
    import igraph as ig

    g = ig.Graph.Read_GraphML(path)
    graph = {a: g[a] for a in g.attributes()}
    nodes = [[v.index, clean(v.attributes())] for v in g.vs]
    edges = [[e["id"], e.source, e.target, clean({k: v for k, v in e.attributes().items() if k != "id"})] for e in g.es]
    return {"graph": graph, "nodes": nodes, "edges": edges, "directed": g.is_directed()}


def python_csv(path):
    import csv

    with open(path, newline="", encoding="utf-8") as f:
        return {"rows": list(csv.reader(f, strict=True))}


READERS = {
    "networkx-graphml": networkx_graphml,
    "networkx-gexf": networkx_gexf,
    "igraph-graphml": igraph_graphml,
    "python-csv-nodes": python_csv,
    "python-csv-edges": python_csv,
}

if __name__ == "__main__":
    views = {}
    for arg in sys.argv[1:]:
        reader, file = arg.split("=", 1)
        views[reader] = READERS[reader](file)
    json.dump(views, sys.stdout, ensure_ascii=False, allow_nan=False)
