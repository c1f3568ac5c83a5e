"""GEXF input (and GraphML's two-mode marks), read back against NetworkX
on the same files: NetworkX writes the files, and its own answers on the
graphs it wrote are the expected values.

- Davis' Southern Women (NetworkX's `bipartite` 0/1) as GEXF is read two-mode:
  women are organisations, events groups; the two-mode degree, betweenness
  and closeness equal `networkx.algorithms.bipartite`'s.
- Zachary's karate club as GEXF is read one-mode; betweenness equals NetworkX's.
- igraph's GraphML of the Davis graph marks sides with a boolean `type`:
  read two-mode, with the same answers.
- The "Basic graph" and "A Web network" examples of the GEXF primer, as
  NetworkX's test_gexf.py holds them: directed, so refused at the <graph>
  element; made undirected, read with the labels and attributes NetworkX reads.
"""

import json

import igraph
import networkx as nx
from networkx.algorithms import bipartite

from conftest import run

TOLERANCE = 1e-12


def scores(path, measure, extra=()):
    out = json.loads(run("centrality", path, "--measure", measure, "--format", "json", "--top", "1000", *extra).stdout)
    return {s["id"]: s["score"] for s in out["scores"]}


def davis():
    g = nx.davis_southern_women_graph()
    g.graph = {}
    return g


def check_two_mode(path, g):
    women = [n for n, side in g.nodes(data="bipartite") if side == 0]
    expected = {
        "degree": bipartite.degree_centrality(g, women),
        "betweenness": bipartite.betweenness_centrality(g, women),
        "closeness": bipartite.closeness_centrality(g, women),
    }
    for measure, values in expected.items():
        got = scores(path, measure)
        assert set(got) == set(values), measure
        for node, value in values.items():
            assert abs(got[node] - value) <= TOLERANCE * max(1, abs(value)), (measure, node, got[node], value)
    stats = run("stats", path, "--format", "json").stdout
    assert '"organisations"' in stats


def test_davis_gexf_is_two_mode(tmp_path):
    path = tmp_path / "davis.gexf"
    g = davis()
    nx.write_gexf(g, path)
    check_two_mode(path, g)


def test_davis_igraph_graphml_with_boolean_type_is_two_mode(tmp_path):
    g = davis()
    names = list(g.nodes)
    ig = igraph.Graph(n=len(names), edges=[(names.index(a), names.index(b)) for a, b in g.edges])
    ig.vs["id"] = names
    ig.vs["name"] = names
    ig.vs["type"] = [g.nodes[n]["bipartite"] == 1 for n in names]
    path = tmp_path / "davis.graphml"
    ig.write_graphml(str(path))
    text = path.read_text()
    assert 'attr.name="type" attr.type="boolean"' in text
    # igraph names its nodes n0, n1, …: the labels carry the names, so the
    # expected graph is relabelled the same way.
    relabelled = nx.relabel_nodes(g, {n: f"n{i}" for i, n in enumerate(names)})
    check_two_mode(path, relabelled)


def test_karate_gexf_is_one_mode(tmp_path):
    g = nx.karate_club_graph()
    g.graph = {}
    for _, _, data in g.edges(data=True):
        data.clear()
    path = tmp_path / "karate.gexf"
    nx.write_gexf(g, path)
    got = scores(path, "betweenness")
    expected = nx.betweenness_centrality(g)
    assert set(got) == {str(n) for n in expected}
    for node, value in expected.items():
        assert abs(got[str(node)] - value) <= TOLERANCE


BASIC = """<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
    <graph mode="static" defaultedgetype="directed">
        <nodes>
            <node id="0" label="Hello" />
            <node id="1" label="Word" />
        </nodes>
        <edges>
            <edge source="0" target="1" />
        </edges>
    </graph>
</gexf>
"""


def test_primer_examples(tmp_path):
    import importlib.util
    import pathlib
    spec = importlib.util.find_spec("networkx")
    tests = pathlib.Path(spec.origin).parent / "readwrite" / "tests" / "test_gexf.py"
    source = tests.read_text()
    start = source.index('cls.attribute_data = """') + len('cls.attribute_data = """')
    web = source[start:source.index('"""', start)].replace("\\\n", "")
    assert "A Web network" in web and BASIC.strip() in source.replace("\r", "")
    for name, text in [("basic.gexf", BASIC), ("web.gexf", web)]:
        path = tmp_path / name
        path.write_text(text)
        refused = run("stats", path, check=False)
        assert refused.returncode == 1
        assert "a directed graph (defaultedgetype=\"directed\"); ties are read undirected here" in refused.stderr
        line = 3 if name == "basic.gexf" else 6
        assert refused.stderr.startswith(f"{path}:{line}:"), refused.stderr
    # Undirected, the basic graph reads as NetworkX reads it.
    basic = tmp_path / "basic-undirected.gexf"
    basic.write_text(BASIC.replace('defaultedgetype="directed"', 'defaultedgetype="undirected"'))
    g = nx.read_gexf(basic)
    out = json.loads(run("centrality", basic, "--measure", "degree", "--format", "json").stdout)
    assert {s["id"]: s["name"] for s in out["scores"]} == {n: d["label"] for n, d in g.nodes(data=True)}
    # Undirected without the reverse edge 1→0, the web graph reads with
    # NetworkX's nodes and degrees (its attributes, the default of `frog`
    # included, are checked in GEXFReaderTests).
    web_undirected = tmp_path / "web-undirected.gexf"
    web_undirected.write_text(web.replace('defaultedgetype="directed"', 'defaultedgetype="undirected"')
                              .replace('<edge id="2" source="1" target="0"/>', ""))
    g = nx.read_gexf(web_undirected)
    exported = json.loads(run("centrality", web_undirected, "--measure", "degree", "--format", "json").stdout)
    assert {s["id"] for s in exported["scores"]} == set(g.nodes)
    got = {s["id"]: s["score"] for s in exported["scores"]}
    assert got == {n: g.degree(n) / (len(g) - 1) for n in g}
