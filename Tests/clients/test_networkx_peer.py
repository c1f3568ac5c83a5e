"""NetworkX's own test cases, ported to the CLI (the peer suite).

Every test function of NetworkX 3.6.1's test files for the measures the CLI
offers (the files in `SOURCES`, inside the installed networkx package) is
accounted for here, case by case:

- a ported case (`CASES`) builds the test's graph (NetworkX's generators
  build it), writes it as GraphML (two-mode graphs with NetworkX's
  `bipartite` node attribute), runs `samverkan centrality`, `brokers`,
  `communities --k-truss` or `stats` on the file and compares the JSON with
  the expected values COPIED from the NetworkX test, as literal numbers,
  with that test's own tolerance (`==` stays exact). Nothing is recomputed
  with NetworkX at run time, but for the incremental closeness tests, which
  have no literal answers: they check that NetworkX's
  incremental_closeness_centrality equals closeness_centrality of the
  changed graph, and the port checks the CLI's closeness of that graph
  against the incremental answer, as exactly. Each case names its origin
  (file::Class::test_function, a [variant] when one test function checks
  several things);
- a case the CLI cannot express is listed in `NOT_EXPRESSIBLE` with its
  reason: directed, multigraph, self-loops, signed weights, a parameter the
  CLI does not have (sampled sources `k`, which follow Python's random
  stream, a local bridge's span in weights, …), or an error the Python API
  raises. An error the CLI also refuses (an all-zero personalization or
  nstart, a β dict without every node, max_iter=0) is ported: the CLI's
  exit status and message.

`test_every_networkx_test_is_accounted_for` reads the NetworkX test files'
syntax trees and fails when one of their test functions is neither ported
nor listed. NetworkX's `weight="weight"` on a path measure is `--weights
length`, `weight=None` is `--weights none`; clustering, eigenvector and
Katz read weights as strengths, the default. The counts (cases, passed, not
expressible by reason) are printed at the end of the pytest run (conftest's
terminal summary).
"""

import ast
import collections
import contextlib
import importlib.util
import json
import math
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import networkx as nx
import pytest

from conftest import run

NETWORKX = Path(importlib.util.find_spec("networkx").origin).parent
assert nx.__version__ == "3.6.1", f"the peer suite is copied from NetworkX 3.6.1's tests, not {nx.__version__}"

DEGREE = "algorithms/centrality/tests/test_degree_centrality.py"
BETWEENNESS = "algorithms/centrality/tests/test_betweenness_centrality.py"
CLOSENESS = "algorithms/centrality/tests/test_closeness_centrality.py"
HARMONIC = "algorithms/centrality/tests/test_harmonic_centrality.py"
EIGENVECTOR = "algorithms/centrality/tests/test_eigenvector_centrality.py"
KATZ = "algorithms/centrality/tests/test_katz_centrality.py"
PAGERANK = "algorithms/link_analysis/tests/test_pagerank.py"
BIPARTITE = "algorithms/bipartite/tests/test_centrality.py"
HOLES = "algorithms/tests/test_structuralholes.py"
CLUSTER = "algorithms/tests/test_cluster.py"
CORE = "algorithms/tests/test_core.py"
BRIDGES = "algorithms/tests/test_bridges.py"
BICONNECTED = "algorithms/components/tests/test_biconnected.py"
TRIADS = "algorithms/tests/test_triads.py"
SOURCES = [DEGREE, BETWEENNESS, CLOSENESS, HARMONIC, EIGENVECTOR, KATZ, PAGERANK, BIPARTITE,
           HOLES, CLUSTER, CORE, BRIDGES, BICONNECTED, TRIADS]


# --- Running the CLI ---------------------------------------------------------

def write(graph, path, bipartite=None):
    """GraphML of the graph, node ids as text; `bipartite` (the nodes NetworkX's
    bipartite functions are given) marks the sides 0 and 1."""
    g = nx.relabel_nodes(graph, {n: str(n) for n in graph})
    g.graph = {}
    for n, data in g.nodes(data=True):
        data.clear()
        if bipartite is not None:
            data["bipartite"] = 0 if n in {str(v) for v in bipartite} else 1
    weighted = any("weight" in d for _, _, d in g.edges(data=True))
    for _, _, data in g.edges(data=True):
        weight = data.get("weight", 1)
        data.clear()
        if weighted:
            data["weight"] = float(weight)
    nx.write_graphml(g, path)
    return path


_ANSWERS = {}
# The cases run several at a time, but only one runs Python at a time:
# NetworkX is not promised to be thread-safe. A case lets go of the lock
# while the CLI runs.
_PYTHON = threading.Lock()


@contextlib.contextmanager
def _released():
    """Lets go of the Python lock while the CLI runs."""
    _PYTHON.release()
    try:
        yield
    finally:
        _PYTHON.acquire()


def cli_json(command, path, *args):
    """The CLI's JSON answer for the file; the same file content with the
    same arguments runs once (several cases share a graph and a command)."""
    key = (command, Path(path).read_bytes(), tuple(map(str, args)))
    if key not in _ANSWERS:
        with _released():
            text = run(command, path, *args, "--format", "json").stdout
        _ANSWERS[key] = text
    return json.loads(_ANSWERS[key])


def centrality(path, measure, *options):
    """The scores by node id; a score that is not a number (JSON null, the
    one sampled source's betweenness without endpoints) is NaN, as NetworkX
    gives it."""
    out = cli_json("centrality", path, "--measure", measure, "--top", "1000000", *options)
    return {s["id"]: math.nan if s["score"] is None else s["score"] for s in out["scores"]}


def edge_betweenness(path, *options):
    out = cli_json("centrality", path, "--measure", "edge-betweenness", "--top", "1000000", *options)
    return {frozenset((t["first"]["id"], t["second"]["id"])): t["score"] for t in out["ties"]}


def brokers(path, *options):
    return cli_json("brokers", path, *options)


def node_figure(report, key):
    """A brokers figure per node; an absent figure (an isolated node's
    constraint) is NaN, as NetworkX gives it."""
    return {row["node"]["id"]: row.get(key, math.nan) for row in report["nodes"]}


def k_truss(path, k):
    return {m["id"] for m in cli_json("communities", path, f"--k-truss={k}")["members"]}


def stats(path, *options):
    return cli_json("stats", path, *options)["network"]


def ids(nodes):
    return {str(n) for n in nodes}


def same(got, expected, tolerance):
    """NetworkX's comparison: pytest.approx with the test's absolute
    tolerance, pytest.approx's own tolerance when the test gives none
    ("approx"), or `==` when the test compares exactly (tolerance None)."""
    if tolerance is None:
        return got == expected
    if tolerance == "approx":
        return got == pytest.approx(expected, nan_ok=True)
    return got == pytest.approx(expected, abs=tolerance, nan_ok=True)


def check(got, expected, tolerance, nodes=None):
    """`got` (the CLI's figures by node id) against `expected` (NetworkX's
    literal answer by node), for every node in `nodes` (all of expected's)."""
    for node in expected if nodes is None else nodes:
        assert str(node) in got, f"{node} missing from the CLI's answer"
        assert same(got[str(node)], expected[node], tolerance), (node, got[str(node)], expected[node])


# --- The cases -----------------------------------------------------------------

@dataclass
class Case:
    origin: str
    run: Callable  # (directory) -> None, asserts


CASES = []


def case(origin):
    def register(fn):
        CASES.append(Case(origin, fn))
        return fn
    return register


def scores_case(origin, graph, measure, expected, tolerance, *options, nodes="graph", bipartite=None):
    """A case comparing one measure's score per node. `nodes` "graph" compares
    every node of the graph (as NetworkX's `for n in sorted(G)` does) and
    checks the CLI answers for exactly those nodes; a list compares those."""
    def body(tmp):
        g = graph()
        got = centrality(write(g, tmp / "g.graphml", bipartite), measure, *options)
        if nodes == "graph":
            assert set(got) == ids(g)
            check(got, expected, tolerance, list(g))
        else:
            check(got, expected, tolerance, nodes)
    CASES.append(Case(origin, body))


def edge_case(origin, graph, expected, tolerance, *options):
    def body(tmp):
        g = graph()
        got = edge_betweenness(write(g, tmp / "g.graphml"), *options)
        assert set(got) == {frozenset(ids(e)) for e in g.edges()}
        for (u, v), value in expected.items():
            assert same(got[frozenset((str(u), str(v)))], value, tolerance), ((u, v), got, value)
    CASES.append(Case(origin, body))


def by_order(graph, values):
    """`list(f(G).values()) == [...]`: the list in the graph's node order."""
    return dict(zip(graph, values))


# --- Expected values copied verbatim from the NetworkX test files (long answers) ---

# centrality/tests/test_betweenness_centrality.py, lines 131-147
FLORENTINE_BETWEENNESS = {
    "Acciaiuoli": 0.000,
    "Albizzi": 0.212,
    "Barbadori": 0.093,
    "Bischeri": 0.104,
    "Castellani": 0.055,
    "Ginori": 0.000,
    "Guadagni": 0.255,
    "Lamberteschi": 0.000,
    "Medici": 0.522,
    "Pazzi": 0.000,
    "Peruzzi": 0.022,
    "Ridolfi": 0.114,
    "Salviati": 0.143,
    "Strozzi": 0.103,
    "Tornabuoni": 0.092,
}


# centrality/tests/test_betweenness_centrality.py, lines 156-234
LES_MISERABLES_BETWEENNESS = {
    "Napoleon": 0.000,
    "Myriel": 0.177,
    "MlleBaptistine": 0.000,
    "MmeMagloire": 0.000,
    "CountessDeLo": 0.000,
    "Geborand": 0.000,
    "Champtercier": 0.000,
    "Cravatte": 0.000,
    "Count": 0.000,
    "OldMan": 0.000,
    "Valjean": 0.570,
    "Labarre": 0.000,
    "Marguerite": 0.000,
    "MmeDeR": 0.000,
    "Isabeau": 0.000,
    "Gervais": 0.000,
    "Listolier": 0.000,
    "Tholomyes": 0.041,
    "Fameuil": 0.000,
    "Blacheville": 0.000,
    "Favourite": 0.000,
    "Dahlia": 0.000,
    "Zephine": 0.000,
    "Fantine": 0.130,
    "MmeThenardier": 0.029,
    "Thenardier": 0.075,
    "Cosette": 0.024,
    "Javert": 0.054,
    "Fauchelevent": 0.026,
    "Bamatabois": 0.008,
    "Perpetue": 0.000,
    "Simplice": 0.009,
    "Scaufflaire": 0.000,
    "Woman1": 0.000,
    "Judge": 0.000,
    "Champmathieu": 0.000,
    "Brevet": 0.000,
    "Chenildieu": 0.000,
    "Cochepaille": 0.000,
    "Pontmercy": 0.007,
    "Boulatruelle": 0.000,
    "Eponine": 0.011,
    "Anzelma": 0.000,
    "Woman2": 0.000,
    "MotherInnocent": 0.000,
    "Gribier": 0.000,
    "MmeBurgon": 0.026,
    "Jondrette": 0.000,
    "Gavroche": 0.165,
    "Gillenormand": 0.020,
    "Magnon": 0.000,
    "MlleGillenormand": 0.048,
    "MmePontmercy": 0.000,
    "MlleVaubois": 0.000,
    "LtGillenormand": 0.000,
    "Marius": 0.132,
    "BaronessT": 0.000,
    "Mabeuf": 0.028,
    "Enjolras": 0.043,
    "Combeferre": 0.001,
    "Prouvaire": 0.000,
    "Feuilly": 0.001,
    "Courfeyrac": 0.005,
    "Bahorel": 0.002,
    "Bossuet": 0.031,
    "Joly": 0.002,
    "Grantaire": 0.000,
    "MotherPlutarch": 0.000,
    "Gueulemer": 0.005,
    "Babet": 0.005,
    "Claquesous": 0.005,
    "Montparnasse": 0.004,
    "Toussaint": 0.000,
    "Child1": 0.000,
    "Child2": 0.000,
    "Brujon": 0.000,
    "MmeHucheloup": 0.000,
}


# centrality/tests/test_betweenness_centrality.py, lines 489-505
FLORENTINE_WEIGHTED_BETWEENNESS = {
    "Acciaiuoli": 0.000,
    "Albizzi": 0.212,
    "Barbadori": 0.093,
    "Bischeri": 0.104,
    "Castellani": 0.055,
    "Ginori": 0.000,
    "Guadagni": 0.255,
    "Lamberteschi": 0.000,
    "Medici": 0.522,
    "Pazzi": 0.000,
    "Peruzzi": 0.022,
    "Ridolfi": 0.114,
    "Salviati": 0.143,
    "Strozzi": 0.103,
    "Tornabuoni": 0.092,
}


# centrality/tests/test_betweenness_centrality.py, lines 514-592
LES_MISERABLES_WEIGHTED_BETWEENNESS = {
    "Napoleon": 0.000,
    "Myriel": 0.177,
    "MlleBaptistine": 0.000,
    "MmeMagloire": 0.000,
    "CountessDeLo": 0.000,
    "Geborand": 0.000,
    "Champtercier": 0.000,
    "Cravatte": 0.000,
    "Count": 0.000,
    "OldMan": 0.000,
    "Valjean": 0.454,
    "Labarre": 0.000,
    "Marguerite": 0.009,
    "MmeDeR": 0.000,
    "Isabeau": 0.000,
    "Gervais": 0.000,
    "Listolier": 0.000,
    "Tholomyes": 0.066,
    "Fameuil": 0.000,
    "Blacheville": 0.000,
    "Favourite": 0.000,
    "Dahlia": 0.000,
    "Zephine": 0.000,
    "Fantine": 0.114,
    "MmeThenardier": 0.046,
    "Thenardier": 0.129,
    "Cosette": 0.075,
    "Javert": 0.193,
    "Fauchelevent": 0.026,
    "Bamatabois": 0.080,
    "Perpetue": 0.000,
    "Simplice": 0.001,
    "Scaufflaire": 0.000,
    "Woman1": 0.000,
    "Judge": 0.000,
    "Champmathieu": 0.000,
    "Brevet": 0.000,
    "Chenildieu": 0.000,
    "Cochepaille": 0.000,
    "Pontmercy": 0.023,
    "Boulatruelle": 0.000,
    "Eponine": 0.023,
    "Anzelma": 0.000,
    "Woman2": 0.000,
    "MotherInnocent": 0.000,
    "Gribier": 0.000,
    "MmeBurgon": 0.026,
    "Jondrette": 0.000,
    "Gavroche": 0.285,
    "Gillenormand": 0.024,
    "Magnon": 0.005,
    "MlleGillenormand": 0.036,
    "MmePontmercy": 0.005,
    "MlleVaubois": 0.000,
    "LtGillenormand": 0.015,
    "Marius": 0.072,
    "BaronessT": 0.004,
    "Mabeuf": 0.089,
    "Enjolras": 0.003,
    "Combeferre": 0.000,
    "Prouvaire": 0.000,
    "Feuilly": 0.004,
    "Courfeyrac": 0.001,
    "Bahorel": 0.007,
    "Bossuet": 0.028,
    "Joly": 0.000,
    "Grantaire": 0.036,
    "MotherPlutarch": 0.000,
    "Gueulemer": 0.025,
    "Babet": 0.015,
    "Claquesous": 0.042,
    "Montparnasse": 0.050,
    "Toussaint": 0.011,
    "Child1": 0.000,
    "Child2": 0.000,
    "Brujon": 0.002,
    "MmeHucheloup": 0.034,
}


# centrality/tests/test_closeness_centrality.py, lines 73-89
FLORENTINE_CLOSENESS = {
    "Acciaiuoli": 0.368,
    "Albizzi": 0.483,
    "Barbadori": 0.4375,
    "Bischeri": 0.400,
    "Castellani": 0.389,
    "Ginori": 0.333,
    "Guadagni": 0.467,
    "Lamberteschi": 0.326,
    "Medici": 0.560,
    "Pazzi": 0.286,
    "Peruzzi": 0.368,
    "Ridolfi": 0.500,
    "Salviati": 0.389,
    "Strozzi": 0.4375,
    "Tornabuoni": 0.483,
}


# centrality/tests/test_closeness_centrality.py, lines 96-174
LES_MISERABLES_CLOSENESS = {
    "Napoleon": 0.302,
    "Myriel": 0.429,
    "MlleBaptistine": 0.413,
    "MmeMagloire": 0.413,
    "CountessDeLo": 0.302,
    "Geborand": 0.302,
    "Champtercier": 0.302,
    "Cravatte": 0.302,
    "Count": 0.302,
    "OldMan": 0.302,
    "Valjean": 0.644,
    "Labarre": 0.394,
    "Marguerite": 0.413,
    "MmeDeR": 0.394,
    "Isabeau": 0.394,
    "Gervais": 0.394,
    "Listolier": 0.341,
    "Tholomyes": 0.392,
    "Fameuil": 0.341,
    "Blacheville": 0.341,
    "Favourite": 0.341,
    "Dahlia": 0.341,
    "Zephine": 0.341,
    "Fantine": 0.461,
    "MmeThenardier": 0.461,
    "Thenardier": 0.517,
    "Cosette": 0.478,
    "Javert": 0.517,
    "Fauchelevent": 0.402,
    "Bamatabois": 0.427,
    "Perpetue": 0.318,
    "Simplice": 0.418,
    "Scaufflaire": 0.394,
    "Woman1": 0.396,
    "Judge": 0.404,
    "Champmathieu": 0.404,
    "Brevet": 0.404,
    "Chenildieu": 0.404,
    "Cochepaille": 0.404,
    "Pontmercy": 0.373,
    "Boulatruelle": 0.342,
    "Eponine": 0.396,
    "Anzelma": 0.352,
    "Woman2": 0.402,
    "MotherInnocent": 0.398,
    "Gribier": 0.288,
    "MmeBurgon": 0.344,
    "Jondrette": 0.257,
    "Gavroche": 0.514,
    "Gillenormand": 0.442,
    "Magnon": 0.335,
    "MlleGillenormand": 0.442,
    "MmePontmercy": 0.315,
    "MlleVaubois": 0.308,
    "LtGillenormand": 0.365,
    "Marius": 0.531,
    "BaronessT": 0.352,
    "Mabeuf": 0.396,
    "Enjolras": 0.481,
    "Combeferre": 0.392,
    "Prouvaire": 0.357,
    "Feuilly": 0.392,
    "Courfeyrac": 0.400,
    "Bahorel": 0.394,
    "Bossuet": 0.475,
    "Joly": 0.394,
    "Grantaire": 0.358,
    "MotherPlutarch": 0.285,
    "Gueulemer": 0.463,
    "Babet": 0.463,
    "Claquesous": 0.452,
    "Montparnasse": 0.458,
    "Toussaint": 0.402,
    "Child1": 0.342,
    "Child2": 0.342,
    "Brujon": 0.380,
    "MmeHucheloup": 0.353,
}


# bipartite/tests/test_centrality.py, lines 77-110
DAVIS_DEGREE = {
    "E8": 0.78,
    "E9": 0.67,
    "E7": 0.56,
    "Nora Fayette": 0.57,
    "Evelyn Jefferson": 0.57,
    "Theresa Anderson": 0.57,
    "E6": 0.44,
    "Sylvia Avondale": 0.50,
    "Laura Mandeville": 0.50,
    "Brenda Rogers": 0.50,
    "Katherina Rogers": 0.43,
    "E5": 0.44,
    "Helen Lloyd": 0.36,
    "E3": 0.33,
    "Ruth DeSand": 0.29,
    "Verne Sanderson": 0.29,
    "E12": 0.33,
    "Myra Liddel": 0.29,
    "E11": 0.22,
    "Eleanor Nye": 0.29,
    "Frances Anderson": 0.29,
    "Pearl Oglethorpe": 0.21,
    "E4": 0.22,
    "Charlotte McDowd": 0.29,
    "E10": 0.28,
    "Olivia Carleton": 0.14,
    "Flora Price": 0.14,
    "E2": 0.17,
    "E1": 0.17,
    "Dorothy Murchison": 0.14,
    "E13": 0.17,
    "E14": 0.17,
}


# bipartite/tests/test_centrality.py, lines 117-150
DAVIS_BETWEENNESS = {
    "E8": 0.24,
    "E9": 0.23,
    "E7": 0.13,
    "Nora Fayette": 0.11,
    "Evelyn Jefferson": 0.10,
    "Theresa Anderson": 0.09,
    "E6": 0.07,
    "Sylvia Avondale": 0.07,
    "Laura Mandeville": 0.05,
    "Brenda Rogers": 0.05,
    "Katherina Rogers": 0.05,
    "E5": 0.04,
    "Helen Lloyd": 0.04,
    "E3": 0.02,
    "Ruth DeSand": 0.02,
    "Verne Sanderson": 0.02,
    "E12": 0.02,
    "Myra Liddel": 0.02,
    "E11": 0.02,
    "Eleanor Nye": 0.01,
    "Frances Anderson": 0.01,
    "Pearl Oglethorpe": 0.01,
    "E4": 0.01,
    "Charlotte McDowd": 0.01,
    "E10": 0.01,
    "Olivia Carleton": 0.01,
    "Flora Price": 0.01,
    "E2": 0.00,
    "E1": 0.00,
    "Dorothy Murchison": 0.00,
    "E13": 0.00,
    "E14": 0.00,
}


# bipartite/tests/test_centrality.py, lines 157-190
DAVIS_CLOSENESS = {
    "E8": 0.85,
    "E9": 0.79,
    "E7": 0.73,
    "Nora Fayette": 0.80,
    "Evelyn Jefferson": 0.80,
    "Theresa Anderson": 0.80,
    "E6": 0.69,
    "Sylvia Avondale": 0.77,
    "Laura Mandeville": 0.73,
    "Brenda Rogers": 0.73,
    "Katherina Rogers": 0.73,
    "E5": 0.59,
    "Helen Lloyd": 0.73,
    "E3": 0.56,
    "Ruth DeSand": 0.71,
    "Verne Sanderson": 0.71,
    "E12": 0.56,
    "Myra Liddel": 0.69,
    "E11": 0.54,
    "Eleanor Nye": 0.67,
    "Frances Anderson": 0.67,
    "Pearl Oglethorpe": 0.67,
    "E4": 0.54,
    "Charlotte McDowd": 0.60,
    "E10": 0.55,
    "Olivia Carleton": 0.59,
    "Flora Price": 0.59,
    "E2": 0.52,
    "E1": 0.52,
    "Dorothy Murchison": 0.65,
    "E13": 0.52,
    "E14": 0.52,
}



# --- Graphs the NetworkX tests build -------------------------------------------

def kite():
    return nx.krackhardt_kite_graph()


def florentine_as_built():
    """test_degree_centrality.py's F, edge by edge."""
    return nx.Graph([
        ("Acciaiuoli", "Medici"), ("Castellani", "Peruzzi"), ("Castellani", "Strozzi"),
        ("Castellani", "Barbadori"), ("Medici", "Barbadori"), ("Medici", "Ridolfi"),
        ("Medici", "Tornabuoni"), ("Medici", "Albizzi"), ("Medici", "Salviati"),
        ("Salviati", "Pazzi"), ("Peruzzi", "Strozzi"), ("Peruzzi", "Bischeri"),
        ("Strozzi", "Ridolfi"), ("Strozzi", "Bischeri"), ("Ridolfi", "Tornabuoni"),
        ("Tornabuoni", "Guadagni"), ("Albizzi", "Ginori"), ("Albizzi", "Guadagni"),
        ("Bischeri", "Guadagni"), ("Guadagni", "Lamberteschi"),
    ])


def ladder():
    return nx.Graph([(0, 1), (0, 2), (1, 3), (2, 3), (2, 4), (4, 5), (3, 5)])


def disconnected_path():
    g = nx.Graph()
    nx.add_path(g, [0, 1, 2])
    nx.add_path(g, [3, 4, 5, 6])
    return g


def weighted_G():
    g = nx.Graph()
    for u, v, w in [(0, 1, 3), (0, 2, 2), (0, 3, 6), (0, 4, 4), (1, 3, 5), (1, 5, 5), (2, 4, 1),
                    (3, 4, 2), (3, 5, 1), (4, 5, 4)]:
        g.add_edge(u, v, weight=w)
    return g


def weighted_edge_list_graph():
    g = nx.Graph()
    g.add_weighted_edges_from([(0, 1, 5), (0, 2, 4), (0, 3, 3), (0, 4, 2), (1, 2, 4), (1, 3, 1),
                               (1, 4, 3), (2, 4, 5), (3, 4, 4)])
    return g


def closeness_weighted():
    g = nx.Graph()
    g.add_weighted_edges_from([("s", "u", 10), ("s", "x", 5), ("u", "v", 1), ("u", "x", 2), ("v", "y", 1),
                               ("x", "u", 3), ("x", "v", 5), ("x", "y", 2), ("y", "s", 7), ("y", "v", 6)])
    return g


def edgeless(n):
    return lambda: nx.empty_graph(n)


def k5_minus_12():
    g = nx.complete_graph(5)
    g.remove_edge(1, 2)
    return g


# --- degree --------------------------------------------------------------------

D = DEGREE + "::TestDegreeCentrality::"
scores_case(D + "test_degree_centrality_1", lambda: nx.complete_graph(5), "degree",
            dict(zip(range(5), [1] * 5)), 1e-7)
scores_case(D + "test_degree_centrality_2", lambda: nx.path_graph(3), "degree", {0: 0.5, 1: 1, 2: 0.5}, 1e-7)


@case(D + "test_degree_centrality_3")
def _(tmp):
    exact = {0: 0.444, 1: 0.444, 2: 0.333, 3: 0.667, 4: 0.333, 5: 0.556, 6: 0.556, 7: 0.333, 8: 0.222,
             9: 0.111}
    got = centrality(write(kite(), tmp / "g.graphml"), "degree")
    for n, dc in got.items():  # the test rounds the score to 3 places
        assert exact[int(n)] == pytest.approx(float(f"{dc:.3f}"), abs=1e-7), n


@case(D + "test_degree_centrality_4")
def _(tmp):
    g = florentine_as_built()
    names = sorted(g.nodes())
    dcs = [0.071, 0.214, 0.143, 0.214, 0.214, 0.071, 0.286, 0.071, 0.429, 0.071, 0.214, 0.214, 0.143,
           0.286, 0.214]
    exact = dict(zip(names, dcs))
    got = centrality(write(g, tmp / "g.graphml"), "degree")
    assert set(got) == set(names)
    for n, dc in got.items():
        assert exact[n] == pytest.approx(float(f"{dc:.3f}"), abs=1e-7), n


# The DiGraph without edges of test_small_graph_centrality is the same
# graph undirected: degree_centrality's part is ported.
@case(D + "test_small_graph_centrality[degree_centrality]")
def _(tmp):
    assert centrality(write(nx.empty_graph(0), tmp / "g0.graphml"), "degree") == {}
    assert centrality(write(nx.empty_graph(1), tmp / "g1.graphml"), "degree") == {"0": 1}


# --- betweenness -----------------------------------------------------------------

B = BETWEENNESS + "::TestBetweennessCentrality::"
K5 = lambda: nx.complete_graph(5)  # noqa: E731
P3 = lambda: nx.path_graph(3)  # noqa: E731
NONE, LENGTH, RAW, ENDPOINTS = ("--weights", "none"), ("--weights", "length"), "--raw", "--endpoints"

scores_case(B + "test_K5", K5, "betweenness", {0: 0.0, 1: 0.0, 2: 0.0, 3: 0.0, 4: 0.0}, 1e-7, *NONE, RAW)
scores_case(B + "test_K5_endpoints[normalized=False]", K5, "betweenness",
            {0: 4.0, 1: 4.0, 2: 4.0, 3: 4.0, 4: 4.0}, 1e-7, *NONE, RAW, ENDPOINTS)
scores_case(B + "test_K5_endpoints[normalized=True]", K5, "betweenness",
            {0: 0.4, 1: 0.4, 2: 0.4, 3: 0.4, 4: 0.4}, 1e-7, *NONE, ENDPOINTS)
scores_case(B + "test_P3_normalized", P3, "betweenness", {0: 0.0, 1: 1.0, 2: 0.0}, 1e-7, *NONE)
scores_case(B + "test_P3", P3, "betweenness", {0: 0.0, 1: 1.0, 2: 0.0}, 1e-7, *NONE, RAW)
scores_case(B + "test_P3_endpoints[normalized=False]", P3, "betweenness", {0: 2.0, 1: 3.0, 2: 2.0}, 1e-7,
            *NONE, RAW, ENDPOINTS)
scores_case(B + "test_P3_endpoints[normalized=True]", P3, "betweenness", {0: 2 / 3, 1: 1.0, 2: 2 / 3}, 1e-7,
            *NONE, ENDPOINTS)
KITE_RAW_BETWEENNESS = {0: 1.667, 1: 1.667, 2: 0.000, 3: 7.333, 4: 0.000, 5: 16.667, 6: 16.667, 7: 28.000,
                        8: 16.000, 9: 0.000}
KITE_BETWEENNESS = {0: 0.023, 1: 0.023, 2: 0.000, 3: 0.102, 4: 0.000, 5: 0.231, 6: 0.231, 7: 0.389,
                    8: 0.222, 9: 0.000}
LADDER_RAW_BETWEENNESS = {0: 1.667, 1: 1.667, 2: 6.667, 3: 6.667, 4: 1.667, 5: 1.667}


def halved(answer):
    """`for b in b_answer: b_answer[b] /= 2`, as the tests do."""
    return {n: v / 2 for n, v in answer.items()}


scores_case(B + "test_krackhardt_kite_graph", kite, "betweenness", halved(KITE_RAW_BETWEENNESS), 1e-3, *NONE, RAW)
scores_case(B + "test_krackhardt_kite_graph_normalized", kite, "betweenness", KITE_BETWEENNESS, 1e-3, *NONE)
scores_case(B + "test_florentine_families_graph", nx.florentine_families_graph, "betweenness",
            FLORENTINE_BETWEENNESS, 1e-3, *NONE)
scores_case(B + "test_les_miserables_graph", nx.les_miserables_graph, "betweenness",
            LES_MISERABLES_BETWEENNESS, 1e-3, *NONE)
scores_case(B + "test_ladder_graph", ladder, "betweenness", halved(LADDER_RAW_BETWEENNESS), 1e-3, *NONE, RAW)
scores_case(B + "test_disconnected_path", disconnected_path, "betweenness",
            {0: 0, 1: 1, 2: 0, 3: 0, 4: 2, 5: 2, 6: 0}, 1e-7, *NONE, RAW)
DISCONNECTED_ENDPOINTS = {0: 2, 1: 3, 2: 2, 3: 3, 4: 5, 5: 5, 6: 3}
scores_case(B + "test_disconnected_path_endpoints[normalized=False]", disconnected_path, "betweenness",
            DISCONNECTED_ENDPOINTS, 1e-7, *NONE, RAW, ENDPOINTS)
scores_case(B + "test_disconnected_path_endpoints[normalized=True]", disconnected_path, "betweenness",
            {n: v / 21 for n, v in DISCONNECTED_ENDPOINTS.items()}, 1e-7, *NONE, ENDPOINTS)

# test_scale_with_k_on_star_graph / _cycle_graph: the rows without k on the
# undirected graph (pytest.approx's default tolerance, "approx").
for normalized, endpoints, expected in [
    (True, True, {0: 1.0, 1: 0.4, 2: 0.4, 3: 0.4, 4: 0.4}),
    (True, False, {0: 1.0, 1: 0.0, 2: 0.0, 3: 0.0, 4: 0.0}),
    (False, True, {0: 10.0, 1: 4.0, 2: 4.0, 3: 4.0, 4: 4.0}),
    (False, False, {0: 6.0, 1: 0.0, 2: 0.0, 3: 0.0, 4: 0.0}),
]:
    scores_case(B + f"test_scale_with_k_on_star_graph[{normalized}-{endpoints}-False-None]",
                lambda: nx.star_graph(4), "betweenness", expected, "approx",
                *([] if normalized else [RAW]), *([ENDPOINTS] if endpoints else []))
for normalized, endpoints, expected in [
    (True, True, {0: 10 / 20, 1: 10 / 20, 2: 10 / 20, 3: 10 / 20, 4: 10 / 20}),
    (True, False, {0: 2 / 12, 1: 2 / 12, 2: 2 / 12, 3: 2 / 12, 4: 2 / 12}),
    (False, True, {0: 5, 1: 5, 2: 5, 3: 5, 4: 5}),
    (False, False, {0: 1, 1: 1, 2: 1, 3: 1, 4: 1}),
]:
    scores_case(B + f"test_scale_with_k_on_cycle_graph[{normalized}-{endpoints}-False-None]",
                lambda: nx.cycle_graph(5), "betweenness", expected, "approx",
                *([] if normalized else [RAW]), *([ENDPOINTS] if endpoints else []))

# k sampled sources: `--sample-sources K --seed S` samples the sources as
# random.Random(S).sample(list(G), K) does (the file's node order is
# NetworkX's) and rescales as NetworkX's _rescale.


def sampled(k, seed):
    return ("--sample-sources", k, "--seed", seed)


# seed=1 selects node 1 with k=1 (the star's centre is 0); the rows of the
# undirected graph.
for normalized, endpoints, expected in [
    (True, True, {0: 1.0, 1: 1.0, 2: 0.25, 3: 0.25, 4: 0.25}),
    (True, False, {0: 1.0, 1: math.nan, 2: 0.0, 3: 0.0, 4: 0.0}),
    (False, True, {0: 10.0, 1: 10.0, 2: 2.5, 3: 2.5, 4: 2.5}),
    (False, False, {0: 6.0, 1: math.nan, 2: 0.0, 3: 0.0, 4: 0.0}),
]:
    scores_case(B + f"test_scale_with_k_on_star_graph[{normalized}-{endpoints}-False-1]",
                lambda: nx.star_graph(4), "betweenness", expected, "approx", *sampled(1, 1),
                *([] if normalized else [RAW]), *([ENDPOINTS] if endpoints else []))
# seed=1 selects nodes 0, 1 and 4 with k=3.
for normalized, endpoints, expected in [
    (True, True, {0: 8 / 12, 1: 7 / 12, 2: 4 / 12, 3: 4 / 12, 4: 7 / 12}),
    (True, False, {0: 2 / 6, 1: 1 / 6, 2: 1 / 9, 3: 1 / 9, 4: 1 / 6}),
    (False, True, {0: 8 * 5 / 6, 1: 7 * 5 / 6, 2: 4 * 5 / 6, 3: 4 * 5 / 6, 4: 7 * 5 / 6}),
    (False, False, {0: 2 * 4 / 4, 1: 1 * 4 / 4, 2: 1 * 4 / 6, 3: 1 * 4 / 6, 4: 1 * 4 / 4}),
]:
    scores_case(B + f"test_scale_with_k_on_cycle_graph[{normalized}-{endpoints}-False-3]",
                lambda: nx.cycle_graph(5), "betweenness", expected, "approx", *sampled(3, 1),
                *([] if normalized else [RAW]), *([ENDPOINTS] if endpoints else []))


@case(B + "test_sample_from_P3")
def _(tmp):
    path = write(P3(), tmp / "g.graphml")
    check(centrality(path, "betweenness", *NONE, RAW, *sampled(3, 1)), {0: 0.0, 1: 1.0, 2: 0.0}, 1e-7)
    b = centrality(path, "betweenness", *NONE, RAW, *sampled(2, 1))
    # python versions give different results with same seed
    b_approx1 = {0: 0.0, 1: 1.0, 2: 0.0}
    b_approx2 = {0: 0.0, 1: 0.5, 2: 0.0}
    for n in sorted(P3()):
        assert b[str(n)] in (b_approx1[n], b_approx2[n])


# k above n, negative or 0 raises (ValueError "Sample larger than population
# or is negative"; ZeroDivisionError at 0): the CLI refuses it, a usage
# error naming the limits. k == len(G) is the full population.
@case(B + "test_k_out_of_bounds_raises")
def _(tmp):
    path = write(nx.cycle_graph(4), tmp / "g.graphml")
    for k, options, limits in [(5, [], "give 1 to 4"), (-1, [], "give 1 to the network's number of nodes"),
                               (0, [], "give 1 to the network's number of nodes"),
                               (0, [RAW], "give 1 to the network's number of nodes")]:
        with _released():
            done = run("centrality", path, "--measure", "betweenness", f"--sample-sources={k}", *options, check=False)
        assert done.returncode == 64 and f"--sample-sources {k} is out of range; {limits}" in done.stderr, done.stderr
    b1 = centrality(path, "betweenness", *sampled(4, 0))
    assert b1 == pytest.approx(centrality(path, "betweenness"))


W = BETWEENNESS + "::TestWeightedBetweennessCentrality::"
scores_case(W + "test_K5", K5, "betweenness", {0: 0.0, 1: 0.0, 2: 0.0, 3: 0.0, 4: 0.0}, 1e-7, *LENGTH, RAW)
scores_case(W + "test_P3_normalized", P3, "betweenness", {0: 0.0, 1: 1.0, 2: 0.0}, 1e-7, *LENGTH)
scores_case(W + "test_P3", P3, "betweenness", {0: 0.0, 1: 1.0, 2: 0.0}, 1e-7, *LENGTH, RAW)
scores_case(W + "test_krackhardt_kite_graph", kite, "betweenness", halved(KITE_RAW_BETWEENNESS), 1e-3,
            *LENGTH, RAW)
scores_case(W + "test_krackhardt_kite_graph_normalized", kite, "betweenness", KITE_BETWEENNESS, 1e-3, *LENGTH)
scores_case(W + "test_florentine_families_graph", nx.florentine_families_graph, "betweenness",
            FLORENTINE_WEIGHTED_BETWEENNESS, 1e-3, *LENGTH)
scores_case(W + "test_les_miserables_graph", nx.les_miserables_graph, "betweenness",
            LES_MISERABLES_WEIGHTED_BETWEENNESS, 1e-3, *LENGTH)
scores_case(W + "test_ladder_graph", ladder, "betweenness", halved(LADDER_RAW_BETWEENNESS), 1e-3, *LENGTH, RAW)
scores_case(W + "test_G", weighted_G, "betweenness", {0: 2.0, 1: 0.0, 2: 4.0, 3: 3.0, 4: 4.0, 5: 0.0}, 1e-7,
            *LENGTH, RAW)

# --- edge betweenness ------------------------------------------------------------

E = BETWEENNESS + "::TestEdgeBetweennessCentrality::"
C4 = lambda: nx.cycle_graph(4)  # noqa: E731
P4 = lambda: nx.path_graph(4)  # noqa: E731
TREE = lambda: nx.balanced_tree(r=2, h=2)  # noqa: E731
edge_case(E + "test_K5", K5, {e: 1 for e in K5().edges()}, 1e-7, *NONE, RAW)
edge_case(E + "test_normalized_K5", K5, {e: 1 / 10 for e in K5().edges()}, 1e-7, *NONE)
edge_case(E + "test_C4", C4, {e: v / 6 for e, v in {(0, 1): 2, (0, 3): 2, (1, 2): 2, (2, 3): 2}.items()}, 1e-7,
          *NONE)
edge_case(E + "test_P4", P4, {(0, 1): 3, (1, 2): 4, (2, 3): 3}, 1e-7, *NONE, RAW)
edge_case(E + "test_normalized_P4", P4, {e: v / 6 for e, v in {(0, 1): 3, (1, 2): 4, (2, 3): 3}.items()}, 1e-7,
          *NONE)
edge_case(E + "test_balanced_tree", TREE, {(0, 1): 12, (0, 2): 12, (1, 3): 6, (1, 4): 6, (2, 5): 6, (2, 6): 6},
          1e-7, *NONE, RAW)


# This choice of `k` and `seed` selects nodes 0 and 2 (the test's words).
@case(E + "test_edge_betweenness_k")
def _(tmp):
    path = write(P3(), tmp / "g.graphml")
    assert edge_betweenness(path, RAW, *sampled(2, 42)) == {frozenset(("0", "1")): 9 / 4, frozenset(("1", "2")): 9 / 4}
    assert edge_betweenness(path, *sampled(2, 42)) == {frozenset(("0", "1")): 3 / 4, frozenset(("1", "2")): 3 / 4}


WE = BETWEENNESS + "::TestWeightedEdgeBetweennessCentrality::"
edge_case(WE + "test_K5", K5, {e: 1 for e in K5().edges()}, 1e-7, *LENGTH, RAW)
edge_case(WE + "test_C4", C4, {(0, 1): 2, (0, 3): 2, (1, 2): 2, (2, 3): 2}, 1e-7, *LENGTH, RAW)
edge_case(WE + "test_P4", P4, {(0, 1): 3, (1, 2): 4, (2, 3): 3}, 1e-7, *LENGTH, RAW)
edge_case(WE + "test_balanced_tree", TREE, {(0, 1): 12, (0, 2): 12, (1, 3): 6, (1, 4): 6, (2, 5): 6, (2, 6): 6},
          1e-7, *LENGTH, RAW)
WEIGHTED_EDGE_ANSWER = {(0, 1): 0.0, (0, 2): 1.0, (0, 3): 2.0, (0, 4): 1.0, (1, 2): 2.0, (1, 3): 3.5,
                        (1, 4): 1.5, (2, 4): 1.0, (3, 4): 0.5}
edge_case(WE + "test_weighted_graph", weighted_edge_list_graph, WEIGHTED_EDGE_ANSWER, 1e-7, *LENGTH, RAW)
edge_case(WE + "test_normalized_weighted_graph", weighted_edge_list_graph,
          {e: v / (5 * 4 / 2) for e, v in WEIGHTED_EDGE_ANSWER.items()}, 1e-7, *LENGTH)  # norm = len(G)(len(G)-1)/2

# --- closeness ---------------------------------------------------------------------

CL = CLOSENESS + "::TestClosenessCentrality::"
WF = lambda: nx.union(nx.path_graph(4), nx.path_graph([4, 5, 6]))  # noqa: E731
scores_case(CL + "test_wf_improved[wf_improved=True]", WF, "closeness",
            {0: 0.25, 1: 0.375, 2: 0.375, 3: 0.25, 4: 0.222, 5: 0.333, 6: 0.222}, 1e-3)
scores_case(CL + "test_wf_improved[wf_improved=False]", WF, "closeness",
            {0: 0.5, 1: 0.75, 2: 0.75, 3: 0.5, 4: 0.667, 5: 1.0, 6: 0.667}, 1e-3, "--no-wf-improved")
scores_case(CL + "test_k5_closeness", K5, "closeness", {0: 1.000, 1: 1.000, 2: 1.000, 3: 1.000, 4: 1.000}, 1e-3)
scores_case(CL + "test_p3_closeness", P3, "closeness", {0: 0.667, 1: 1.000, 2: 0.667}, 1e-3)
scores_case(CL + "test_krackhardt_closeness", kite, "closeness",
            {0: 0.529, 1: 0.529, 2: 0.500, 3: 0.600, 4: 0.500, 5: 0.643, 6: 0.643, 7: 0.600, 8: 0.429,
             9: 0.310}, 1e-3)
scores_case(CL + "test_florentine_families_closeness", nx.florentine_families_graph, "closeness",
            FLORENTINE_CLOSENESS, 1e-3)
# les_miserables_graph carries weights; closeness_centrality(G) ignores them.
scores_case(CL + "test_les_miserables_closeness", nx.les_miserables_graph, "closeness",
            LES_MISERABLES_CLOSENESS, 1e-3, *NONE)
scores_case(CL + "test_weighted_closeness", closeness_weighted, "closeness",
            {"y": 0.200, "x": 0.286, "s": 0.138, "u": 0.235, "v": 0.200}, 1e-3, *LENGTH)

# Incremental closeness updates a previous answer after one tie is added or
# removed; NetworkX's tests check it against closeness_centrality of the
# changed graph, `set(test_cc.items()) == set(real_cc.items())`. The CLI
# measures the changed graph whole: its closeness is compared with the
# incremental answer, exactly. The ties picked are the test's own
# (`pick_add_edge`, `pick_remove_edge`, copied).
IC = CLOSENESS + "::TestIncrementalClosenessCentrality::"


def pick_add_edge(g):
    u = nx.utils.arbitrary_element(g)
    possible_nodes = set(g) - (set(g.neighbors(u)) | {u})
    return u, nx.utils.arbitrary_element(possible_nodes)


def pick_remove_edge(g):
    u = nx.utils.arbitrary_element(g)
    return u, nx.utils.arbitrary_element(list(g.neighbors(u)))


@case(IC + "test_zero_centrality")
def _(tmp):
    g = nx.path_graph(3)
    edge = pick_remove_edge(g)
    incremental = nx.incremental_closeness_centrality(g, edge, nx.closeness_centrality(g), insertion=False)
    g.remove_edges_from([edge])
    got = centrality(write(g, tmp / "g.graphml"), "closeness")
    assert set(got.items()) == {(str(n), c) for n, c in incremental.items()}
    assert 0 in got.values()


@case(IC + "test_incremental")
def _(tmp):
    g = nx.fast_gnp_random_graph(n=100, p=0.6, seed=123)  # the test's undirected_G fixture
    previous = None
    for i in range(5):
        insert = i % 2 == 1
        edge = pick_add_edge(g) if insert else pick_remove_edge(g)
        incremental = nx.incremental_closeness_centrality(g, edge, previous, insert)
        if insert:
            g.add_edges_from([edge])
        else:
            g.remove_edges_from([edge])
        got = centrality(write(g, tmp / f"g{i}.graphml"), "closeness")
        assert set(got.items()) == {(str(n), c) for n, c in incremental.items()}, i
        previous = incremental

# --- harmonic ---------------------------------------------------------------------

H = HARMONIC + "::TestClosenessCentrality::"
scores_case(H + "test_p3_harmonic", P3, "harmonic", {0: 1.5, 1: 2, 2: 1.5}, 1e-3)
scores_case(H + "test_p4_harmonic", P4, "harmonic", {0: 1.8333333, 1: 2.5, 2: 2.5, 3: 1.8333333}, 1e-3)
scores_case(H + "test_clique_complete", K5, "harmonic", {0: 4, 1: 4, 2: 4, 3: 4, 4: 4}, 1e-3,
            nodes=[0, 1, 2])  # the test loops over sorted(self.P3)
scores_case(H + "test_cycle_C4", C4, "harmonic", {0: 2.5, 1: 2.5, 2: 2.5, 3: 2.5}, 1e-3)
scores_case(H + "test_cycle_C5", lambda: nx.cycle_graph(5), "harmonic", {0: 3, 1: 3, 2: 3, 3: 3, 4: 3, 5: 4}, 1e-3)
scores_case(H + "test_bal_tree", TREE, "harmonic",
            {0: 4.0, 1: 4.1666, 2: 4.1666, 3: 2.8333, 4: 2.8333, 5: 2.8333, 6: 2.8333}, 1e-3)
scores_case(H + "test_p3_harmonic_subset", P3, "harmonic", {0: 1, 1: 1, 2: 1.5}, 1e-3, "--sources", 0, "--sources", 1)
# nbunch=[2, 3]: the CLI answers for every node, the test compares 2 and 3.
scores_case(H + "test_p4_harmonic_subset", P4, "harmonic", {2: 1.5, 3: 0.8333333}, 1e-3,
            "--sources", 0, "--sources", 1, nodes=[2, 3])


# test_empty and test_singleton use DiGraphs without edges: the same graphs undirected.
@case(H + "test_empty")
def _(tmp):
    assert centrality(write(nx.empty_graph(0), tmp / "g.graphml"), "harmonic", *LENGTH) == {}


@case(H + "test_singleton")
def _(tmp):
    assert centrality(write(nx.empty_graph(1), tmp / "g.graphml"), "harmonic", *LENGTH) == {"0": 0}


# --- eigenvector ----------------------------------------------------------------------


def fails_to_converge(tmp, measure, *options):
    """max_iter=0 raises PowerIterationFailedConvergence; the CLI fails (exit 3)."""
    path = write(nx.path_graph(3), tmp / "g.graphml")
    with _released():
        done = run("centrality", path, "--measure", measure, "--max-iterations", "0", *options, check=False)
    assert done.returncode == 3 and "did not converge in 0 iterations" in done.stderr, done.stderr


EV = EIGENVECTOR + "::TestEigenvectorCentrality::"
SQRT_FIFTH = math.sqrt(1 / 5.0)
scores_case(EV + "test_K5[eigenvector_centrality]", K5, "eigenvector", dict.fromkeys(range(5), SQRT_FIFTH), 1e-7)
scores_case(EV + "test_K5[eigenvector_centrality_numpy]", K5, "eigenvector", dict.fromkeys(range(5), SQRT_FIFTH),
            1e-3)
scores_case(EV + "test_P3[eigenvector_centrality_numpy]", P3, "eigenvector", {0: 0.5, 1: 0.7071, 2: 0.5}, 1e-4)
scores_case(EV + "test_P3[eigenvector_centrality]", P3, "eigenvector", {0: 0.5, 1: 0.7071, 2: 0.5}, 1e-4)
scores_case(EV + "test_P3_unweighted", P3, "eigenvector", {0: 0.5, 1: 0.7071, 2: 0.5}, 1e-4, *NONE)


K5_START = [o for n in range(5) for o in ("--nstart", f"{n}=1")]
scores_case(EV + "test_K5[nstart]", K5, "eigenvector", dict.fromkeys(range(5), SQRT_FIFTH), 1e-7, *K5_START)
scores_case(KATZ + "::TestKatzCentrality::test_K5[nstart]", K5, "katz", dict.fromkeys(range(5), SQRT_FIFTH), 1e-7,
            "--alpha", "0.1", *K5_START)


# NetworkX raises NetworkXException ("initial vector cannot have all zero values"); the CLI a usage error.
@case(EIGENVECTOR + "::TestEigenvectorCentralityExceptions::test_zero_nstart")
def _(tmp):
    path = write(nx.Graph([(1, 2), (1, 3), (2, 3)]), tmp / "g.graphml")
    zeros = [o for n in (1, 2, 3) for o in ("--nstart", f"{n}=0")]
    with _released():
        done = run("centrality", path, "--measure", "eigenvector", *zeros, check=False)
    assert done.returncode == 64 and "the initial vector cannot have all zero values" in done.stderr, done.stderr


@case(EV + "test_maxiter")
def _(tmp):
    fails_to_converge(tmp, "eigenvector")

# --- Katz ---------------------------------------------------------------------------------

KZ = KATZ + "::TestKatzCentrality::"
KZN = KATZ + "::TestKatzCentralityNumpy::"
P3_KATZ = {0: 0.5598852584152165, 1: 0.6107839182711449, 2: 0.5598852584152162}
MULTIPLE_ALPHA = {
    0.1: {0: 0.5598852584152165, 1: 0.6107839182711449, 2: 0.5598852584152162},
    0.2: {0: 0.5454545454545454, 1: 0.6363636363636365, 2: 0.5454545454545454},
    0.3: {0: 0.5333964609104419, 1: 0.6564879518897746, 2: 0.5333964609104419},
    0.4: {0: 0.5232045649263551, 1: 0.6726915834767423, 2: 0.5232045649263551},
    0.5: {0: 0.5144957746691622, 1: 0.6859943117075809, 2: 0.5144957746691622},
    0.6: {0: 0.5069794004195823, 1: 0.6970966755769258, 2: 0.5069794004195823},
}
for prefix in (KZ, KZN):
    scores_case(prefix + ("test_K5" if prefix == KZ else "test_K5[katz_centrality]"), K5, "katz",
                dict.fromkeys(range(5), SQRT_FIFTH), 1e-7, "--alpha", "0.1")
    scores_case(prefix + "test_P3", P3, "katz", P3_KATZ, 1e-4, "--alpha", "0.1")
    for alpha, answer in MULTIPLE_ALPHA.items():
        scores_case(prefix + f"test_multiple_alpha[alpha={alpha}]", P3, "katz", answer, 1e-4, "--alpha", alpha)

    @case(prefix + "test_empty")
    def _(tmp):
        assert centrality(write(nx.Graph(), tmp / "g.graphml"), "katz", "--alpha", "0.1") == {}

    if prefix == KZ:
        @case(KZ + "test_maxiter")
        def _(tmp):
            fails_to_converge(tmp, "katz", "--alpha", "0.1")

    scores_case(prefix + "test_beta_as_scalar", P3, "katz", P3_KATZ, 1e-4, "--alpha", "0.1", "--beta", "0.1")
    scores_case(prefix + "test_beta_as_dict", P3, "katz", P3_KATZ, 1e-4, "--alpha", "0.1",
                *[o for n in range(3) for o in ("--beta", f"{n}=1.0")])

    # NetworkX raises NetworkXException on a β dict without every node and on
    # beta="foo"; the CLI refuses both as usage errors.
    @case(prefix + "test_bad_beta")
    def _(tmp):
        path = write(nx.Graph([(0, 1)]), tmp / "g.graphml")
        with _released():
            done = run("centrality", path, "--measure", "katz", "--alpha", "0.1", "--beta", "0=77", check=False)
        assert done.returncode == 64 and "1 has none" in done.stderr, done.stderr

    @case(prefix + ("test_bad_beta_number" if prefix == KZ else "test_bad_beta_numbe"))
    def _(tmp):
        path = write(nx.Graph([(0, 1)]), tmp / "g.graphml")
        with _released():
            done = run("centrality", path, "--measure", "katz", "--alpha", "0.1", "--beta", "foo", check=False)
        assert done.returncode == 64 and "--beta foo is invalid" in done.stderr, done.stderr

scores_case(KZN + "test_K5[eigenvector_centrality_numpy]", K5, "eigenvector", dict.fromkeys(range(5), SQRT_FIFTH),
            1e-3)
scores_case(KZN + "test_K5_unweighted[katz_centrality]", K5, "katz", dict.fromkeys(range(5), SQRT_FIFTH), 1e-7,
            "--alpha", "0.1", *NONE)
scores_case(KZN + "test_K5_unweighted[eigenvector_centrality_numpy]", K5, "eigenvector",
            dict.fromkeys(range(5), SQRT_FIFTH), 1e-3, *NONE)
scores_case(KZN + "test_P3_unweighted", P3, "katz", P3_KATZ, 1e-4, "--alpha", "0.1", *NONE)

# --- PageRank -----------------------------------------------------------------------------


@case(PAGERANK + "::TestPageRank::test_empty")
def _(tmp):
    assert centrality(write(nx.Graph(), tmp / "g.graphml"), "pagerank") == {}


@case(PAGERANK + "::TestPageRankScipy::test_empty_scipy")
def _(tmp):
    assert centrality(write(nx.Graph(), tmp / "g.graphml"), "pagerank") == {}


PR = PAGERANK + "::TestPageRank::"
K4 = lambda: nx.complete_graph(4)  # noqa: E731
ONE_NONZERO = {0: 0.22077931820379187, 1: 0.22077931820379187, 2: 0.22077931820379187, 3: 0.3376620453886241}
scores_case(PR + "test_personalization", K4, "pagerank",
            {0: 0.23246732615667579, 1: 0.23246732615667579, 2: 0.267532673843324, 3: 0.2675326738433241}, 1e-4,
            *[o for n, w in {0: 1, 1: 1, 2: 4, 3: 4}.items() for o in ("--personalization", f"{n}={w}")])
scores_case(PR + "test_one_nonzero_personalization_value", K4, "pagerank", ONE_NONZERO, 1e-4,
            *[o for n, w in {0: 0, 1: 0, 2: 0, 3: 1}.items() for o in ("--personalization", f"{n}={w}")])
scores_case(PR + "test_incomplete_personalization", K4, "pagerank", ONE_NONZERO, 1e-4, "--personalization", "3=1")


# NetworkX raises ZeroDivisionError on an all-zero personalization; the CLI refuses it as a usage error.
@case(PR + "test_zero_personalization_vector")
def _(tmp):
    path = write(K4(), tmp / "g.graphml")
    zeros = [o for n in range(4) for o in ("--personalization", f"{n}=0")]
    with _released():
        done = run("centrality", path, "--measure", "pagerank", *zeros, check=False)
    assert done.returncode == 64 and "at least one weight must be above 0" in done.stderr, done.stderr


# --- two-mode (bipartite) degree, betweenness, closeness ------------------------------------

BP = BIPARTITE + "::TestBipartiteCentrality::"
K33 = lambda: nx.complete_bipartite_graph(3, 3)  # noqa: E731
for measure, answers in [
    ("degree", [{0: 0.5, 1: 1.0, 2: 1.0, 3: 0.5}, {0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0, 4: 1.0, 5: 1.0},
                {0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}]),
    ("betweenness", [{0: 0.0, 1: 1.0, 2: 1.0, 3: 0.0},
                     {0: 0.125, 1: 0.125, 2: 0.125, 3: 0.125, 4: 0.125, 5: 0.125},
                     {0: 0.25, 1: 0.25, 2: 0.25, 3: 0.25}]),
    ("closeness", [{0: 2.0 / 3, 1: 1.0, 2: 1.0, 3: 2.0 / 3}, {0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0, 4: 1.0, 5: 1.0},
                   {0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}]),
]:
    for (name, graph, top), answer in zip([("P4", P4, [1, 3]), ("K3", K33, [0, 1, 2]), ("C4", C4, [0, 2])],
                                          answers):
        scores_case(BP + f"test_{measure}_centrality[{name}]", graph, measure, answer, None, bipartite=top)
for top in ([0], [1]):
    scores_case(BP + f"test_closeness_centrality[two isolated nodes, nodes={top}]", edgeless(2), "closeness",
                {0: 0.0, 1: 0.0}, None, bipartite=top)


DAVIS = nx.davis_southern_women_graph
DAVIS_WOMEN = [n for n, d in DAVIS().nodes(data=True) if d["bipartite"] == 0]
for measure, answer in [("degree", DAVIS_DEGREE), ("betweenness", DAVIS_BETWEENNESS),
                        ("closeness", DAVIS_CLOSENESS)]:
    scores_case(BP + f"test_davis_{measure}_centrality", DAVIS, measure, answer, 1e-2, nodes=list(answer),
                bipartite=DAVIS_WOMEN)

# --- structural holes (brokers: constraint, effective size) -----------------------------------

SH = HOLES + "::TestStructuralHolesNoScipy::"
HOLES_EDGES = [("A", "B"), ("A", "F"), ("A", "G"), ("A", "E"), ("E", "G"), ("F", "G"), ("B", "G"), ("B", "D"),
               ("D", "G"), ("G", "C")]
HOLES_WEIGHTS = {("A", "B"): 2, ("A", "F"): 3, ("A", "G"): 5, ("A", "E"): 2, ("E", "G"): 8, ("F", "G"): 3,
                 ("B", "G"): 4, ("B", "D"): 1, ("D", "G"): 3, ("G", "C"): 10}


def holes(weights=None, isolated=False):
    def build():
        g = nx.Graph(HOLES_EDGES)
        if weights is not None:
            nx.set_edge_attributes(g, weights, "weight")
        if isolated:
            g.add_node(1)
        return g
    return build


def holes_case(name, graph, key, expected, tolerance, *options):
    def body(tmp):
        got = node_figure(brokers(write(graph(), tmp / "g.graphml"), *options), key)
        check(got, expected, tolerance)
    CASES.append(Case(SH + name, body))


holes_case("test_constraint_undirected", holes(), "constraint", {"G": 0.400, "A": 0.595, "C": 1}, 1e-3)
holes_case("test_effective_size_undirected_borgatti", holes(), "effectiveSize", {"G": 4.67, "A": 2.50, "C": 1}, 1e-2)
holes_case("test_effective_size_undirected", holes(weights=1), "effectiveSize", {"G": 4.67, "A": 2.50, "C": 1}, 1e-2,
           "--tie-weights")
holes_case("test_constraint_weighted_undirected", holes(HOLES_WEIGHTS), "constraint",
           {"G": 0.299, "A": 0.795, "C": 1}, 1e-3, "--tie-weights")
holes_case("test_effective_size_weighted_undirected", holes(HOLES_WEIGHTS), "effectiveSize",
           {"G": 5.47, "A": 2.47, "C": 1}, 1e-2, "--tie-weights")
holes_case("test_constraint_isolated", holes(isolated=True), "constraint", {1: math.nan}, 0)
holes_case("test_effective_size_isolated", holes(HOLES_WEIGHTS, isolated=True), "effectiveSize", {1: math.nan}, 0,
           "--tie-weights")
holes_case("test_effective_size_borgatti_isolated", holes(isolated=True), "effectiveSize", {1: math.nan}, 0)

# --- clustering, triangles, square clustering, transitivity, average clustering ----------------

CU = CLUSTER + "::"
SQ = "square-clustering"


def all_triangles(tmp, graph, nbunch=None):
    """`{frozenset(t) for t in all_triangles(G, nbunch)}` from `communities
    --triangles`: with nbunch, the triangles with a node in it (NetworkX's
    definition), kept from the whole list."""
    listed = {frozenset(n["id"] for n in t)
              for t in cli_json("communities", write(graph, tmp / "g.graphml"), "--triangles")["triangles"]}
    return listed if nbunch is None else {t for t in listed if t & ids(nbunch)}


def triangle_set(*triangles):
    return {frozenset(ids(t)) for t in triangles}


def generalized_degree(tmp, graph):
    """`generalized_degree(G)` from brokers: per node, k → ties in k triangles."""
    report = brokers(write(graph, tmp / "g.graphml"))
    return {int(n): {int(k): c for k, c in d.items()} for n, d in node_figure(report, "generalizedDegree").items()}


GD = CLUSTER + "::TestGeneralizedDegree::"


@case(GD + "test_generalized_degree")
def _(tmp):
    assert generalized_degree(tmp, nx.Graph()) == {}


@case(GD + "test_path")
def _(tmp):
    gd = generalized_degree(tmp, nx.path_graph(5))
    assert gd[0] == {0: 1}
    assert gd[1] == {0: 2}


@case(GD + "test_cubical")
def _(tmp):
    assert generalized_degree(tmp, nx.cubical_graph())[0] == {0: 3}


@case(GD + "test_k5")
def _(tmp):
    g = nx.complete_graph(5)
    assert generalized_degree(tmp, g)[0] == {3: 4}
    g.remove_edge(0, 1)
    gd = generalized_degree(tmp, g)
    assert gd[0] == {2: 3}
    assert {n: gd[n] for n in [1, 2]} == {1: {2: 3}, 2: {2: 2, 3: 2}}
    assert gd == {
        0: {2: 3},
        1: {2: 3},
        2: {2: 2, 3: 2},
        3: {2: 2, 3: 2},
        4: {2: 2, 3: 2},
    }


@case(CU + "test_all_triangles_non_integer_nodes")
def _(tmp):
    g = nx.Graph([("a", "b"), ("b", "c"), ("c", "a")])
    assert all_triangles(tmp, g) == triangle_set({"a", "b", "c"})


@case(CU + "test_all_triangles_overlapping")
def _(tmp):
    g = nx.Graph([(0, 1), (1, 2), (2, 0), (0, 2), (2, 3), (3, 0)])
    assert all_triangles(tmp, g) == triangle_set({0, 1, 2}, {0, 2, 3})


@case(CU + "test_all_triangles_subset")
def _(tmp):
    g = nx.Graph([(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (4, 2)])
    assert all_triangles(tmp, g, nbunch=[0, 1]) == triangle_set({0, 1, 2})


@case(CU + "test_all_triangles_subset_empty")
def _(tmp):
    g = nx.Graph([(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (4, 2), (5, 2)])
    assert all_triangles(tmp, g, nbunch=[5]) == set()


@case(CU + "test_all_triangles_no_triangles")
def _(tmp):
    assert all_triangles(tmp, nx.path_graph(4)) == set()


@case(CU + "test_all_triangles_complete_graph_exact")
def _(tmp):
    assert all_triangles(tmp, nx.complete_graph(4)) == triangle_set({0, 1, 2}, {0, 1, 3}, {0, 2, 3}, {1, 2, 3})


@case(CU + "test_all_triangles_multiedges[Graph]")
def _(tmp):
    g = nx.Graph([(0, 1), (0, 2), (1, 2), (1, 2)])
    assert all_triangles(tmp, g) == triangle_set({0, 1, 2})

scores_case(CU + "test_square_clustering_adjacent_squares",
            lambda: nx.Graph([(1, 2), (1, 3), (2, 4), (3, 4), (3, 5), (4, 6), (5, 6)]), SQ,
            {1: 0.5, 2: 0.5, 3: 1 / 3, 4: 1 / 3, 5: 0.5, 6: 0.5}, None)
scores_case(CU + "test_square_clustering_2d_grid", lambda: nx.grid_2d_graph(3, 3), SQ,
            {(0, 0): 1 / 3, (0, 1): 0.25, (0, 2): 1 / 3, (1, 0): 0.25, (1, 1): 0.2, (1, 2): 0.25, (2, 0): 1 / 3,
             (2, 1): 0.25, (2, 2): 1 / 3}, None)
MULTIPLE_SQUARES = lambda: nx.Graph([(0, 1), (0, 2), (1, 3), (2, 3), (1, 4), (2, 4), (1, 5), (2, 5)])  # noqa: E731
scores_case(CU + "test_square_clustering_multiple_squares_non_complete", MULTIPLE_SQUARES, SQ,
            {n: 1 for n in MULTIPLE_SQUARES()}, None)

TR = CLUSTER + "::TestTriangles::"
P10 = lambda: nx.path_graph(10)  # noqa: E731
CUBE = nx.cubical_graph
scores_case(TR + "test_empty", nx.Graph, "triangles", {}, None)
scores_case(TR + "test_path", P10, "triangles", by_order(P10(), [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), None)
scores_case(TR + "test_cubical", CUBE, "triangles", by_order(CUBE(), [0, 0, 0, 0, 0, 0, 0, 0]), None)
scores_case(TR + "test_k5[complete]", K5, "triangles", by_order(K5(), [6, 6, 6, 6, 6]), None)
scores_case(TR + "test_k5[edge 1-2 removed]", k5_minus_12, "triangles", by_order(k5_minus_12(), [5, 3, 3, 5, 5]), None)

for cls, options in [("TestClustering", NONE), ("TestWeightedClustering", ())]:
    CC = CLUSTER + f"::{cls}::"
    scores_case(CC + "test_clustering", nx.Graph, "clustering", {}, None, *options)
    scores_case(CC + "test_path", P10, "clustering", by_order(P10(), [0] * 10), None, *options)
    scores_case(CC + "test_cubical", CUBE, "clustering", by_order(CUBE(), [0] * 8), None, *options)
    scores_case(CC + "test_k5[complete]", K5, "clustering", by_order(K5(), [1, 1, 1, 1, 1]), None, *options)
    scores_case(CC + "test_k5[edge 1-2 removed]", k5_minus_12, "clustering",
                by_order(k5_minus_12(), [5 / 6, 1, 1, 5 / 6, 5 / 6]), None, *options)
    scores_case(CC + "test_k5[nodes 1, 4]", k5_minus_12, "clustering", {1: 1, 4: 0.83333333333333337}, None,
                *options, nodes=[1, 4])


@case(CLUSTER + "::TestClustering::test_k5[average_clustering]")
def _(tmp):
    assert stats(write(K5(), tmp / "g.graphml"))["averageClustering"] == 1


# The weighted average of a graph without weights is the unweighted one, which stats reports.
@case(CLUSTER + "::TestWeightedClustering::test_k5[average_clustering]")
def _(tmp):
    assert stats(write(K5(), tmp / "g.graphml"))["averageClustering"] == 1


@case(CLUSTER + "::TestClustering::test_k5_signed[unsigned part]")
def _(tmp):
    path = write(K5(), tmp / "g.graphml")
    assert list(centrality(path, "clustering").values()) == [1, 1, 1, 1, 1]
    assert stats(path)["averageClustering"] == 1


def triangle_and_edge():
    g = nx.cycle_graph(3)
    g.add_edge(0, 4, weight=2)
    return g


scores_case(CLUSTER + "::TestWeightedClustering::test_triangle_and_edge[unweighted]", triangle_and_edge,
            "clustering", {0: 1 / 3}, None, *NONE, nodes=[0])
scores_case(CLUSTER + "::TestWeightedClustering::test_triangle_and_edge[weighted]", triangle_and_edge,
            "clustering", {0: 1 / 6}, 1e-7 * (1 / 6), nodes=[0])  # assert_allclose: rtol 1e-7

TT = CLUSTER + "::TestTransitivity::"
for name, graph, expected in [("test_transitivity", nx.Graph, 0), ("test_path", P10, 0), ("test_cubical", CUBE, 0),
                              ("test_k5[complete]", K5, 1), ("test_k5[edge 1-2 removed]", k5_minus_12, 0.875)]:
    def transitivity(tmp, graph=graph, expected=expected):
        assert stats(write(graph(), tmp / "g.graphml"))["transitivity"] == expected
    CASES.append(Case(TT + name, transitivity))

SC = CLUSTER + "::TestSquareClustering::"
scores_case(SC + "test_clustering", nx.Graph, SQ, {}, None)
scores_case(SC + "test_path", P10, SQ, by_order(P10(), [0] * 10), None)
scores_case(SC + "test_cubical", CUBE, SQ, by_order(CUBE(), [1 / 3] * 8), None)
scores_case(SC + "test_k5", K5, SQ, by_order(K5(), [1, 1, 1, 1, 1]), None)
scores_case(SC + "test_bipartite_k5", lambda: nx.complete_bipartite_graph(5, 5), SQ, dict.fromkeys(range(10), 1),
            None)
LIND = [(1, 2), (1, 3), (1, 6), (1, 7), (2, 4), (2, 5), (3, 4), (3, 5), (6, 7), (7, 8), (6, 8), (7, 9), (7, 10),
        (6, 11), (6, 12), (2, 13), (2, 14), (3, 15), (3, 16)]
scores_case(SC + "test_lind_square_clustering[G]", lambda: nx.Graph(LIND), SQ, {1: 3 / 43}, None, nodes=[1])
scores_case(SC + "test_lind_square_clustering[G1]",
            lambda: nx.Graph(LIND).subgraph([1, 2, 3, 4, 5, 13, 14, 15, 16]), SQ, {1: 2 / 6}, None, nodes=[1])
scores_case(SC + "test_lind_square_clustering[G2]",
            lambda: nx.Graph(LIND).subgraph([1, 6, 7, 8, 9, 10, 11, 12]), SQ, {1: 1 / 5}, None, nodes=[1])
scores_case(SC + "test_peng_square_clustering", lambda: nx.Graph([(1, 2), (1, 3), (2, 4), (3, 4), (3, 5), (3, 6)]),
            SQ, {1: 1 / 3, 2: 1, 3: 0.2, 4: 1 / 3, 5: 0, 6: 0}, None)
scores_case(SC + "test_self_loops_square_clustering[path_graph(5)]", lambda: nx.path_graph(5), SQ,
            {0: 0, 1: 0, 2: 0, 3: 0, 4: 0}, None)


@case(CLUSTER + "::TestAverageClustering::test_average_clustering[count_zeros=True]")
def _(tmp):
    g = nx.cycle_graph(3)
    g.add_edge(2, 3)
    assert stats(write(g, tmp / "g.graphml"))["averageClustering"] == (1 + 1 + 1 / 3) / 4


@case(CLUSTER + "::TestAverageClustering::test_average_clustering[count_zeros=False]")
def _(tmp):
    g = nx.cycle_graph(3)
    g.add_edge(2, 3)
    path = write(g, tmp / "g.graphml")
    assert stats(path, "--count-zeros")["averageClustering"] == (1 + 1 + 1 / 3) / 4
    assert stats(path, "--no-count-zeros")["averageClustering"] == (1 + 1 + 1 / 3) / 3


@case(CLUSTER + "::TestAverageClustering::test_average_clustering[nodes]")
def _(tmp):
    g = nx.cycle_graph(3)
    g.add_edge(2, 3)
    path = write(g, tmp / "g.graphml")
    nodes = [o for n in (1, 2, 3) for o in ("--clustering-nodes", n)]
    assert stats(path, *nodes)["averageClustering"] == (1 + 1 / 3) / 3
    assert stats(path, *nodes, "--count-zeros")["averageClustering"] == (1 + 1 / 3) / 3
    assert stats(path, *nodes, "--no-count-zeros")["averageClustering"] == (1 + 1 / 3) / 2


# --- cores and k-truss ------------------------------------------------------------------------

CO = CORE + "::TestCore::"


def batagelj_zaversnik():
    t1 = nx.convert_node_labels_to_integers(nx.tetrahedral_graph(), 1)
    t2 = nx.convert_node_labels_to_integers(t1, 5)
    g = nx.union(t1, t2)
    g.add_edges_from([(3, 7), (2, 11), (11, 5), (11, 12), (5, 12), (12, 19), (12, 18), (3, 9), (7, 9), (7, 10),
                      (9, 10), (9, 20), (17, 13), (13, 14), (14, 15), (15, 16), (16, 13)])
    g.add_node(21)
    return g


def havel_hakimi():
    h = nx.havel_hakimi_graph([0, 1, 2, 2, 2, 2, 3])
    return nx.relabel_nodes(h, {6: 0, 0: 1, 4: 3, 5: 6, 3: 4, 1: 2, 2: 5})


def cores(tmp, graph):
    return {int(n): c for n, c in node_figure(brokers(write(graph(), tmp / "g.graphml")), "coreNumber").items()}


@case(CO + "test_trivial")
def _(tmp):
    assert node_figure(brokers(write(nx.Graph(), tmp / "g.graphml")), "coreNumber") == {}


@case(CO + "test_core_number")
def _(tmp):
    core = cores(tmp, batagelj_zaversnik)
    nodes_by_core = [sorted(n for n in core if core[n] == val) for val in range(4)]
    assert nodes_by_core == [[21], [17, 18, 19, 20], [9, 10, 11, 12, 13, 14, 15, 16], [1, 2, 3, 4, 5, 6, 7, 8]]


@case(CO + "test_core_number2")
def _(tmp):
    core = cores(tmp, havel_hakimi)
    nodes_by_core = [sorted(n for n in core if core[n] == val) for val in range(3)]
    assert nodes_by_core == [[0], [1, 3], [2, 4, 5, 6]]


# k_core, k_crust and k_shell are the nodes whose core number is at least,
# at most, exactly k (main: k is the largest core number; the main crust's
# k is one less); read from brokers' core numbers.
@case(CO + "test_main_core")
def _(tmp):
    core = cores(tmp, havel_hakimi)
    assert sorted(n for n in core if core[n] >= max(core.values())) == [2, 4, 5, 6]


@case(CO + "test_k_core")
def _(tmp):
    core = cores(tmp, havel_hakimi)
    assert sorted(n for n in core if core[n] >= 0) == sorted(havel_hakimi().nodes())
    assert sorted(n for n in core if core[n] >= 1) == [1, 2, 3, 4, 5, 6]
    assert sorted(n for n in core if core[n] >= 2) == [2, 4, 5, 6]


# k_corona(G, k): the nodes of core number k with exactly k partners in the
# k-core, read from brokers' core numbers and its k-corona flag.
@case(CO + "test_k_corona")
def _(tmp):
    report = brokers(write(havel_hakimi(), tmp / "g.graphml"))
    core = {int(n): c for n, c in node_figure(report, "coreNumber").items()}
    corona = {int(n) for n, flag in node_figure(report, "inKCorona").items() if flag}
    assert sorted(n for n in corona if core[n] == 2) == [2, 4, 5, 6]
    assert sorted(n for n in corona if core[n] == 1) == [1]
    assert sorted(n for n in corona if core[n] == 0) == [0]


@case(CO + "test_onion_layers")
def _(tmp):
    layers = {int(n): c for n, c in
              node_figure(brokers(write(batagelj_zaversnik(), tmp / "g.graphml")), "onionLayer").items()}
    nodes_by_layer = [sorted(n for n in layers if layers[n] == val) for val in range(1, 7)]
    assert nodes_by_layer[0] == [21]
    assert nodes_by_layer[1] == [17, 18, 19, 20]
    assert nodes_by_layer[2] == [10, 12, 13, 14, 15, 16]
    assert nodes_by_layer[3] == [9, 11]
    assert nodes_by_layer[4] == [1, 2, 4, 5, 6, 8]
    assert nodes_by_layer[5] == [3, 7]


@case(CO + "test_main_crust")
def _(tmp):
    core = cores(tmp, havel_hakimi)
    assert sorted(n for n in core if core[n] <= max(core.values()) - 1) == [0, 1, 3]


@case(CO + "test_k_crust")
def _(tmp):
    core = cores(tmp, havel_hakimi)
    assert sorted(n for n in core if core[n] <= 2) == sorted(havel_hakimi().nodes())
    assert sorted(n for n in core if core[n] <= 1) == [0, 1, 3]
    assert sorted(n for n in core if core[n] <= 0) == [0]


@case(CO + "test_main_shell")
def _(tmp):
    core = cores(tmp, havel_hakimi)
    assert sorted(n for n in core if core[n] == max(core.values())) == [2, 4, 5, 6]


@case(CO + "test_k_shell")
def _(tmp):
    core = cores(tmp, havel_hakimi)
    assert sorted(n for n in core if core[n] == 2) == [2, 4, 5, 6]
    assert sorted(n for n in core if core[n] == 1) == [1, 3]
    assert sorted(n for n in core if core[n] == 0) == [0]


@case(CO + "test_k_truss")
def _(tmp):
    path = write(batagelj_zaversnik(), tmp / "g.graphml")
    for k, expected in [(-1, range(1, 21)), (0, range(1, 21)), (1, range(1, 21)), (2, range(1, 21)),
                        (3, range(1, 13)), (4, range(1, 9)), (5, [])]:
        assert sorted(int(n) for n in k_truss(path, k)) == list(expected), k


# --- bridges, local bridges ---------------------------------------------------------------------

BR = BRIDGES + "::"
SINGLE_BRIDGE = [(1, 2), (2, 3), (3, 4), (3, 5), (5, 6), (6, 7), (7, 8), (5, 9), (9, 10), (1, 3), (1, 4), (2, 5),
                 (5, 10), (6, 8)]


def bridge_set(report):
    return {frozenset((b["first"]["id"], b["second"]["id"])) for b in report["bridges"]}


def edge_set(edges):
    return {frozenset(ids(e)) for e in edges}


@case(BR + "TestBridges::test_single_bridge")
def _(tmp):
    assert bridge_set(brokers(write(nx.Graph(SINGLE_BRIDGE), tmp / "g.graphml"))) == edge_set([(5, 6)])


@case(BR + "TestBridges::test_barbell_graph")
def _(tmp):
    assert bridge_set(brokers(write(nx.barbell_graph(3, 0), tmp / "g.graphml"))) == edge_set([(2, 3)])


@case(BR + "TestHasBridges::test_single_bridge")
def _(tmp):
    assert bridge_set(brokers(write(nx.Graph(SINGLE_BRIDGE), tmp / "g.graphml")))


# bridges(G, root=4): the bridges of 4's component, picked from the CLI's list.
@case(BR + "TestHasBridges::test_bridges_multiple_components")
def _(tmp):
    g = nx.Graph()
    nx.add_path(g, [0, 1, 2])
    nx.add_path(g, [4, 5, 6])
    component = ids(nx.node_connected_component(g, 4))
    found = {b for b in bridge_set(brokers(write(g, tmp / "g.graphml"))) if b <= component}
    assert found == edge_set([(4, 5), (5, 6)])


def local_bridges(tmp, graph, *options, span="span"):
    """The local bridges with their span (`spanLength`: in weights)."""
    report = brokers(write(graph, tmp / "g.graphml"), *options)
    return {frozenset((b["first"]["id"], b["second"]["id"])): b.get(span, math.inf) for b in report["localBridges"]}


LB = BR + "TestLocalBridges::"


@case(LB + "test_nospan")
def _(tmp):
    assert set(local_bridges(tmp, nx.barbell_graph(4, 0))) == edge_set([(3, 4)])
    square = nx.cycle_graph(4)
    assert set(local_bridges(tmp, square)) == edge_set(square.edges)
    assert local_bridges(tmp, nx.cycle_graph(3)) == {}


@case(LB + "test_no_weight")
def _(tmp):
    inf = float("inf")
    assert local_bridges(tmp, nx.barbell_graph(4, 0)) == {frozenset(("3", "4")): inf}
    square = nx.cycle_graph(4)
    assert local_bridges(tmp, square) == {frozenset(ids((u, v))): 3 for u, v in square.edges}
    assert local_bridges(tmp, nx.cycle_graph(3)) == {}


# weight="weight": the span is the weighted length of the detour, brokers
# --weights length (spanLength; `span` still counts its ties).
@case(LB + "test_weight[weight='weight']")
def _(tmp):
    square = nx.cycle_graph(4)
    G = square.copy()
    G.edges[1, 2]["weight"] = 2
    expected = {(u, v, 5 - wt) for u, v, wt in G.edges(data="weight", default=1)}
    got = local_bridges(tmp, G, *LENGTH, span="spanLength")
    assert {(*sorted(map(int, e)), span) for e, span in got.items()} == {(*sorted((u, v)), s) for u, v, s in expected}


# --- blocks (biconnected components), cut vertices ------------------------------------------------

BC = BICONNECTED + "::"


def blocks(report):
    return {frozenset(m["id"] for m in block) for block in report["blocks"]}


def cut_vertices(report):
    return {m["id"] for m in report["cutVertices"]}


def components(answer):
    return {frozenset(ids(c)) for c in answer}


def edge_components(answer):
    """The node sets of biconnected_component_edges' answer."""
    return {frozenset(str(n) for e in c for n in e) for c in answer}


def is_biconnected(graph, report):
    return len(graph) > 1 and blocks(report) == {frozenset(ids(graph))}


def barbell_8_4():
    g = nx.barbell_graph(8, 4)
    nx.add_path(g, [7, 20, 21, 22])
    nx.add_cycle(g, [22, 23, 24, 25])
    return g


@case(BC + "test_barbell[articulation_points]")
def _(tmp):
    assert cut_vertices(brokers(write(barbell_8_4(), tmp / "g.graphml"))) == ids({7, 8, 9, 10, 11, 12, 20, 21, 22})


@case(BC + "test_barbell[biconnected_components]")
def _(tmp):
    answer = [{12, 13, 14, 15, 16, 17, 18, 19}, {0, 1, 2, 3, 4, 5, 6, 7}, {22, 23, 24, 25}, {11, 12}, {10, 11},
              {9, 10}, {8, 9}, {7, 8}, {21, 22}, {20, 21}, {7, 20}]
    assert blocks(brokers(write(barbell_8_4(), tmp / "g.graphml"))) == components(answer)


@case(BC + "test_barbell[edge 2-17 added]")
def _(tmp):
    g = barbell_8_4()
    g.add_edge(2, 17)
    assert cut_vertices(brokers(write(g, tmp / "g.graphml"))) == ids({7, 20, 21, 22})


@case(BC + "test_articulation_points_repetitions")
def _(tmp):
    report = brokers(write(nx.Graph([(0, 1), (1, 2), (1, 3)]), tmp / "g.graphml"))
    assert [m["id"] for m in report["cutVertices"]] == ["1"]


def two_triangles():
    g = nx.cycle_graph(3)
    nx.add_cycle(g, [1, 3, 4])
    return g


@case(BC + "test_articulation_points_cycle")
def _(tmp):
    assert cut_vertices(brokers(write(two_triangles(), tmp / "g.graphml"))) == {"1"}


@case(BC + "test_is_biconnected")
def _(tmp):
    g = nx.cycle_graph(3)
    assert is_biconnected(g, brokers(write(g, tmp / "a.graphml")))
    g = two_triangles()
    assert not is_biconnected(g, brokers(write(g, tmp / "b.graphml")))


@case(BC + "test_empty_is_biconnected")
def _(tmp):
    g = nx.empty_graph(5)
    assert not is_biconnected(g, brokers(write(g, tmp / "a.graphml")))
    g.add_edge(0, 1)
    assert not is_biconnected(g, brokers(write(g, tmp / "b.graphml")))


@case(BC + "test_biconnected_components_cycle")
def _(tmp):
    assert blocks(brokers(write(two_triangles(), tmp / "g.graphml"))) == components([{0, 1, 2}, {1, 3, 4}])


@case(BC + "test_biconnected_components1")
def _(tmp):
    edges = [(0, 1), (0, 5), (0, 6), (0, 14), (1, 5), (1, 6), (1, 14), (2, 4), (2, 10), (3, 4), (3, 15), (4, 6),
             (4, 7), (4, 10), (5, 14), (6, 14), (7, 9), (8, 9), (8, 12), (8, 13), (10, 15), (11, 12), (11, 13),
             (12, 13)]
    report = brokers(write(nx.Graph(edges), tmp / "g.graphml"))
    assert cut_vertices(report) == ids({4, 6, 7, 8, 9})
    answer = [
        [(3, 4), (15, 3), (10, 15), (10, 4), (2, 10), (4, 2)],
        [(13, 12), (13, 8), (11, 13), (12, 11), (8, 12)],
        [(9, 8)],
        [(7, 9)],
        [(4, 7)],
        [(6, 4)],
        [(14, 0), (5, 1), (5, 0), (14, 5), (14, 1), (6, 14), (6, 0), (1, 6), (0, 1)],
    ]
    assert blocks(report) == edge_components(answer)


@case(BC + "test_biconnected_components2")
def _(tmp):
    g = nx.Graph()
    nx.add_cycle(g, "ABC")
    nx.add_cycle(g, "CDE")
    nx.add_cycle(g, "FIJHG")
    nx.add_cycle(g, "GIJ")
    g.add_edge("E", "G")
    answer = [
        [tuple("GF"), tuple("FI"), tuple("IG"), tuple("IJ"), tuple("JG"), tuple("JH"), tuple("HG")],
        [tuple("EG")],
        [tuple("CD"), tuple("DE"), tuple("CE")],
        [tuple("AB"), tuple("BC"), tuple("AC")],
    ]
    assert blocks(brokers(write(g, tmp / "g.graphml"))) == edge_components(answer)


@case(BC + "test_biconnected_davis")
def _(tmp):
    d = nx.davis_southern_women_graph()
    report = brokers(write(d, tmp / "g.graphml"))  # one-mode: no `bipartite` marks written
    assert frozenset(ids(d)) in blocks(report)
    assert len(report["cutVertices"]) == 0


@case(BC + "test_biconnected_karate")
def _(tmp):
    answer = [{0, 1, 2, 3, 7, 8, 9, 12, 13, 14, 15, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
               32, 33}, {0, 4, 5, 6, 10, 16}, {0, 11}]
    report = brokers(write(nx.karate_club_graph(), tmp / "g.graphml"))
    assert blocks(report) == components(answer)
    assert cut_vertices(report) == {"0"}


@case(BC + "test_biconnected_eppstein")
def _(tmp):
    g1 = nx.Graph({0: [1, 2, 5], 1: [0, 5], 2: [0, 3, 4], 3: [2, 4, 5, 6], 4: [2, 3, 5, 6], 5: [0, 1, 3, 4],
                   6: [3, 4]})
    g2 = nx.Graph({0: [2, 5], 1: [3, 8], 2: [0, 3, 5], 3: [1, 2, 6, 8], 4: [7], 5: [0, 2], 6: [3, 8], 7: [4],
                   8: [1, 3, 6]})
    assert is_biconnected(g1, brokers(write(g1, tmp / "g1.graphml")))
    report = brokers(write(g2, tmp / "g2.graphml"))
    assert not is_biconnected(g2, report)
    assert blocks(report) == components([{1, 3, 6, 8}, {0, 2, 5}, {2, 3}, {4, 7}])


@case(BC + "test_null_graph")
def _(tmp):
    g = nx.Graph()
    report = brokers(write(g, tmp / "g.graphml"))
    assert not is_biconnected(g, report)
    assert report["blocks"] == [] and report["cutVertices"] == []


# --- What the CLI cannot express -------------------------------------------------------

DIRECTED, MULTIGRAPH, SELF_LOOPS, SIGNED = "directed", "multigraph", "self-loops", "signed weights"
PARAMETER, NOT_OFFERED, RAISES = "parameter the CLI does not have", "measure the CLI does not offer", \
    "an error the Python API raises"
NOT_TWO_MODE = "not two-mode (the node set given is not a side)"

# (origin, reason, what exactly)
NOT_EXPRESSIBLE = [
    (D + "test_indegree_centrality", DIRECTED, "in-degree of a DiGraph"),
    (D + "test_outdegree_centrality", DIRECTED, "out-degree of a DiGraph"),
    (D + "test_small_graph_centrality[in/out_degree_centrality]", DIRECTED, "in- and out-degree"),
    (B + "test_directed_path", DIRECTED, "DiGraph path"),
    (B + "test_directed_path_normalized", DIRECTED, "DiGraph path"),
    *[(B + f"test_scale_with_k_on_{g}_graph[{n}-{e}-True-{k}]", DIRECTED, "star/cycle as a DiGraph")
      for g in ("star", "cycle") for n in (True, False) for e in (True, False) for k in ("None", "k")],
    (W + "test_G2", DIRECTED, "weighted DiGraph"),
    (W + "test_G3", MULTIGRAPH, "weighted MultiGraph with doubled edges"),
    (W + "test_G4", MULTIGRAPH, "weighted MultiDiGraph (also directed)"),
    (WE + "test_weighted_multigraph", MULTIGRAPH, "edge keys of a MultiGraph"),
    (WE + "test_normalized_weighted_multigraph", MULTIGRAPH, "edge keys of a MultiGraph"),
    (CL + "test_digraph", DIRECTED, "DiGraph path and its reverse"),
    (CLOSENESS + "::TestIncrementalClosenessCentrality::test_directed_raises", DIRECTED,
     "incremental closeness of a DiGraph raises"),
    (CLOSENESS + "::TestIncrementalClosenessCentrality::test_wrong_size_prev_cc_raises", RAISES,
     "incremental_closeness_centrality with a bad prev_cc"),
    (CLOSENESS + "::TestIncrementalClosenessCentrality::test_wrong_nodes_prev_cc_raises", RAISES,
     "incremental_closeness_centrality with a bad prev_cc"),
    (H + "test_exampleGraph", DIRECTED, "DiGraph"),
    (H + "test_weighted_harmonic", DIRECTED, "weighted DiGraph"),
    (H + "test_cycle_c4_directed", DIRECTED, "directed C4 with nbunch and sources"),
    (H + "test_cycle_c4_directed_subset", DIRECTED, "directed C4 with nbunch"),
    *[(EIGENVECTOR + "::TestEigenvectorCentralityDirected::" + t, DIRECTED, "DiGraph")
      for t in ("test_eigenvector_centrality_weighted", "test_eigenvector_centrality_weighted_numpy",
                "test_eigenvector_centrality_unweighted", "test_eigenvector_centrality_unweighted_numpy")],
    (EIGENVECTOR + "::TestEigenvectorCentralityExceptions::test_multigraph", MULTIGRAPH, "raises on a MultiGraph"),
    (EIGENVECTOR + "::TestEigenvectorCentralityExceptions::test_multigraph_numpy", MULTIGRAPH,
     "raises on a MultiGraph"),
    (EIGENVECTOR + "::TestEigenvectorCentralityExceptions::test_null", RAISES,
     "raises on the empty graph (the CLI answers it with no scores)"),
    (EIGENVECTOR + "::TestEigenvectorCentralityExceptions::test_null_numpy", RAISES,
     "raises on the empty graph (the CLI answers it with no scores)"),
    (EIGENVECTOR + "::TestEigenvectorCentralityExceptions::test_disconnected_numpy[G0]", RAISES,
     "eigenvector_centrality_numpy raises AmbiguousSolution on empty_graph(3)"),
    (EIGENVECTOR + "::TestEigenvectorCentralityExceptions::test_disconnected_numpy[G1]", DIRECTED,
     "DiGraph path"),
    (KZ + "test_multigraph", MULTIGRAPH, "raises on a MultiGraph"),
    (KZN + "test_multigraph", MULTIGRAPH, "raises on a MultiGraph"),
    *[(KATZ + f"::{c}::{t}", DIRECTED, "weighted DiGraph")
      for c in ("TestKatzCentralityDirected", "TestKatzCentralityDirectedNumpy")
      for t in ("test_katz_centrality_weighted", "test_katz_centrality_unweighted")],
    (KATZ + "::TestKatzEigenvectorVKatz::test_eigenvector_v_katz_random", PARAMETER,
     "alpha = 1/λ_max exactly (the CLI requires alpha below it); compared with eigenvector, no literal values"),
    *[(PAGERANK + "::TestPageRank::" + t, DIRECTED, "Langville–Meyer DiGraph")
      for t in ("test_pagerank", "test_pagerank_max_iter", "test_numpy_pagerank", "test_google_matrix",
                "test_dangling_matrix", "test_dangling_pagerank")],
    (PAGERANK + "::TestPageRank::test_multigraph", MULTIGRAPH, "MultiGraph with parallel edges"),
    *[(PAGERANK + "::TestPageRankScipy::" + t, DIRECTED, "Langville–Meyer DiGraph")
      for t in ("test_scipy_pagerank", "test_scipy_pagerank_max_iter", "test_dangling_scipy_pagerank")],
    (BP + "test_bipartite_closeness_centrality_unconnected", NOT_TWO_MODE,
     "nodes [0, 2, 4, 6] of K(3,3) + 6-7 are not one side: ties 0-4, 2-4, 1-3, 1-5 lie within a side"),
    *[(SH + t, DIRECTED, "DiGraph")
      for t in ("test_constraint_directed", "test_effective_size_directed", "test_constraint_weighted_directed",
                "test_effective_size_weighted_directed")],
    *[(HOLES + "::" + t, SELF_LOOPS, "a node whose only tie is a self-loop (Graph and DiGraph)")
      for t in ("test_effective_size_isolated_node_with_selfloop",
                "test_effective_size_isolated_node_with_selfloop_weighted",
                "test_constraint_isolated_node_with_selfloop",
                "test_constraint_isolated_node_with_selfloop_using_nodes_kwarg",
                "test_constraint_isolated_node_with_selfloop_weighted",
                "test_constraint_isolated_node_with_selfloop_weighted_using_nodes_kwarg")],
    (TR + "test_k5[self-loop 3-3]", SELF_LOOPS, "triangles ignore a self-loop"),
    (CU + "test_all_triangles_directed_graph", DIRECTED, "all_triangles raises on a DiGraph"),
    (CU + "test_all_triangles_multiedges[MultiGraph]", MULTIGRAPH, "all_triangles on a MultiGraph"),
    *[(CLUSTER + f"::{c}::{t}", DIRECTED, "directed clustering")
      for c in ("TestDirectedClustering", "TestDirectedWeightedClustering")
      for t in ("test_clustering", "test_path", "test_k5", "test_triangle_and_edge")],
    (CLUSTER + "::TestWeightedClustering::test_triangle_and_signed_edge", SIGNED, "a tie of weight -1"),
    (CLUSTER + "::TestClustering::test_k5_signed[signed part]", SIGNED, "a tie of weight -1"),
    (SC + "test_self_loops_square_clustering[self-loops]", SELF_LOOPS, "self-loops on 0, 1, 2"),
    (CLUSTER + "::TestAverageClustering::test_empty", RAISES,
     "average_clustering raises ZeroDivisionError on the empty graph (stats reports 0)"),
    (CLUSTER + "::TestAverageClustering::test_average_clustering_signed", SIGNED, "a tie of weight -1"),
    (CLUSTER + "::TestDirectedAverageClustering::test_empty", DIRECTED, "DiGraph"),
    (CLUSTER + "::TestDirectedAverageClustering::test_average_clustering", DIRECTED, "DiGraph"),
    (CO + "test_core_number_multigraph", MULTIGRAPH, "raises on a MultiGraph"),
    (CO + "test_core_number_self_loop", SELF_LOOPS, "raises on a self-loop"),
    (CO + "test_directed_core_number", DIRECTED, "DiGraph"),
    (CO + "test_k_core_multigraph", MULTIGRAPH, "raises on a MultiGraph"),
    (CO + "test_k_crust_multigraph", MULTIGRAPH, "raises on a MultiGraph"),
    (CO + "test_k_shell_multigraph", MULTIGRAPH, "raises on a MultiGraph"),
    (CO + "test_k_corona_multigraph", MULTIGRAPH, "raises on a MultiGraph"),
    (CO + "test_k_truss_digraph", DIRECTED, "raises on a DiGraph"),
    (CO + "test_k_truss_multigraph", MULTIGRAPH, "raises on a MultiGraph"),
    (CO + "test_k_truss_self_loop", SELF_LOOPS, "raises on a self-loop"),
    (CO + "test_onion_digraph", DIRECTED, "raises on a DiGraph"),
    (CO + "test_onion_multigraph", MULTIGRAPH, "raises on a MultiGraph"),
    (CO + "test_onion_self_loop", SELF_LOOPS, "raises on a self-loop"),
    (BR + "TestBridges::test_multiedge_bridge", MULTIGRAPH, "a doubled tie is no bridge"),
    (BR + "TestHasBridges::test_has_bridges_raises_root_not_in_G", RAISES, "root not in G raises NodeNotFound"),
    (BR + "TestHasBridges::test_multiedge_bridge", MULTIGRAPH, "a doubled tie is no bridge"),
    (LB + "test_weight[weight function]", PARAMETER,
     "a weight function (2 for every tie, whatever its weight); --weights reads the ties' own weights"),
    (BC + "test_connected_raise", DIRECTED, "raises on a DiGraph"),
    *[(TRIADS + "::" + t, DIRECTED, "triads of a DiGraph")
      for t in ("test_triadic_census", "test_is_triad", "test_all_triads", "test_triad_type", "test_triads_by_type",
                "test_triadic_census_short_path_nodelist", "test_triadic_census_correct_nodelist_values",
                "test_triadic_census_tiny_graphs", "test_triadic_census_selfloops", "test_triadic_census_four_path",
                "test_triadic_census_four_path_nodelist", "test_triadic_census_nodelist",
                "test_triadic_census_on_random_graph")],
]


# --- The tests ---------------------------------------------------------------------------

RESULTS = collections.Counter()  # read by conftest's terminal summary


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    """Every case run once, several at a time (each a few runs of the CLI):
    the error each raised, or None."""
    root = tmp_path_factory.mktemp("peer")

    def attempt(index):
        directory = root / f"case{index}"
        directory.mkdir()
        with _PYTHON:
            try:
                CASES[index].run(directory)
            except Exception as error:  # noqa: BLE001 - re-raised by the case's own test
                return error
            return None

    with ThreadPoolExecutor(max_workers=max(4, 2 * (os.cpu_count() or 1))) as pool:
        return list(pool.map(attempt, range(len(CASES))))


@pytest.mark.parametrize("index", range(len(CASES)), ids=[c.origin.replace("algorithms/", "") for c in CASES])
def test_networkx_case(index, outcomes):
    RESULTS["cases"] += 1
    if outcomes[index] is not None:
        raise outcomes[index]
    RESULTS["passed"] += 1


def function_of(origin):
    return origin.split("[")[0]


def test_every_networkx_test_is_accounted_for():
    """Every test function in the NetworkX files is ported or listed; nothing
    is both, and nothing is named that NetworkX does not have."""
    tests = set()
    for source in SOURCES:
        tree = ast.parse((NETWORKX / source).read_text())
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.name.startswith("test"):
                tests.add(f"{source}::{node.name}")
            elif isinstance(node, ast.ClassDef):
                tests |= {f"{source}::{node.name}::{f.name}" for f in node.body
                          if isinstance(f, ast.FunctionDef) and f.name.startswith("test")}
    ported = [c.origin for c in CASES]
    listed = [origin for origin, _, _ in NOT_EXPRESSIBLE]
    assert len(set(ported)) == len(ported) and len(set(listed)) == len(listed)
    assert not set(ported) & set(listed)
    named = {function_of(o) for o in ported + listed}
    assert tests - named == set(), "NetworkX tests neither ported nor listed"
    assert named - tests == set(), "origins that name no NetworkX test"


def summary():
    """The line conftest prints at the end of the run."""
    reasons = collections.Counter(reason for _, reason, _ in NOT_EXPRESSIBLE)
    detail = ", ".join(f"{reason} {n}" for reason, n in reasons.most_common())
    failed = RESULTS["cases"] - RESULTS["passed"]
    return (f"NetworkX {nx.__version__} peer suite: {len(CASES) + len(NOT_EXPRESSIBLE)} cases, "
            f"{RESULTS['passed']} pass" + (f", {failed} FAIL" if failed else "")
            + (f", {len(CASES) - RESULTS['cases']} not run" if RESULTS["cases"] < len(CASES) else "")
            + f", {len(NOT_EXPRESSIBLE)} not expressible ({detail})")
