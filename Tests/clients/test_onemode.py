"""One-mode input checked against NetworkX.

Florentine families and Zachary's karate club are written by NetworkX as
an edge-list CSV, as GraphML (write_graphml) and as Pajek (write_pajek);
`samverkan centrality`/`brokers`/`stats` read each file directly and
their JSON is compared with NetworkX's own values: the centralities
within 1e-9 (eigenvector and PageRank converged with tol=1e-14), cut
vertices, bridges and core numbers exactly, Burt's constraint to 1e-12.
"""

import csv
import json
import re

import networkx as nx
import pytest

from conftest import run

GRAPHS = {
    "florentine": lambda: nx.florentine_families_graph(),
    # Unweighted: the structure only (karate_club_graph carries interaction counts).
    "karate": lambda: nx.Graph((str(u), str(v)) for u, v in nx.karate_club_graph().edges()),
}
FORMATS = ["csv", "graphml", "net"]
MEASURES = ["degree", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank"]


def write(graph, path, fmt):
    if fmt == "csv":
        with open(path, "w", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["source", "target"])
            w.writerows(graph.edges())
    elif fmt == "graphml":
        nx.write_graphml(graph, path)
    else:
        nx.write_pajek(graph, path)


@pytest.fixture(scope="module", params=[(g, f) for g in GRAPHS for f in FORMATS], ids=lambda p: f"{p[0]}-{p[1]}")
def case(request, tmp_path_factory):
    name, fmt = request.param
    graph = GRAPHS[name]()
    path = str(tmp_path_factory.mktemp(name) / f"{name}.{fmt}")
    write(graph, path, fmt)
    return graph, path


def networkx_scores(graph, measure):
    if measure == "degree":
        return nx.degree_centrality(graph)
    if measure == "betweenness":
        return nx.betweenness_centrality(graph)
    if measure == "closeness":
        return nx.closeness_centrality(graph)
    if measure == "harmonic":
        return nx.harmonic_centrality(graph)
    if measure == "eigenvector":
        return nx.eigenvector_centrality(graph, max_iter=100000, tol=1e-14)
    return nx.pagerank(graph, max_iter=100000, tol=1e-14)


@pytest.mark.parametrize("measure", MEASURES)
def test_centrality_matches_networkx(case, measure):
    graph, path = case
    report = json.loads(run("centrality", path, "--measure", measure, "--format", "json").stdout)
    ours = {s["id"]: s["score"] for s in report["scores"]}
    expected = networkx_scores(graph, measure)
    assert report["input"] == "one-mode"
    assert len(report["scores"]) == graph.number_of_nodes()
    assert set(ours) == set(expected)
    for node, value in expected.items():
        assert ours[node] == pytest.approx(value, abs=1e-9), node


@pytest.mark.parametrize("measure", ["eigenvector", "pagerank"])
def test_tolerance_gives_networkx_loose_values(tmp_path, measure):
    """`--tolerance 1e-6` on a one-mode file stops where NetworkX's defaults
    stop (same rule, same start): the loose values are NetworkX's loose
    values, not the converged ones the default gives."""
    graph = GRAPHS["karate"]()
    path = str(tmp_path / "karate.csv")
    write(graph, path, "csv")
    report = json.loads(run("centrality", path, "--measure", measure, "--tolerance", "1e-6", "--format", "json").stdout)
    ours = {s["id"]: s["score"] for s in report["scores"]}
    loose = nx.eigenvector_centrality(graph) if measure == "eigenvector" else nx.pagerank(graph)
    tight = networkx_scores(graph, measure)
    assert max(abs(loose[v] - tight[v]) for v in graph) > 1e-8  # the two differ: the check can tell them apart
    for node, value in loose.items():
        assert ours[node] == pytest.approx(value, abs=1e-12), node


def test_brokers_match_networkx(case):
    graph, path = case
    report = json.loads(run("brokers", path, "--format", "json").stdout)
    assert {n["id"] for n in report["cutVertices"]} == set(nx.articulation_points(graph))
    ours_bridges = {frozenset((b["first"]["id"], b["second"]["id"])) for b in report["bridges"]}
    assert ours_bridges == {frozenset(e) for e in nx.bridges(graph)}
    constraint = nx.constraint(graph)
    cores = nx.core_number(graph)
    assert len(report["nodes"]) == graph.number_of_nodes()
    for row in report["nodes"]:
        node = row["node"]["id"]
        assert row["coreNumber"] == cores[node], node
        assert row["partners"] == graph.degree(node)
        assert row["constraint"] == pytest.approx(constraint[node], abs=1e-12), node


def test_stats_match_networkx(case):
    graph, path = case
    stats = json.loads(run("stats", path, "--format", "json").stdout)
    network = stats["network"]
    assert network["vertices"] == graph.number_of_nodes()
    assert network["edges"] == graph.number_of_edges()
    assert network["density"] == pytest.approx(nx.density(graph), abs=1e-12)
    assert network["transitivity"] == pytest.approx(nx.transitivity(graph), abs=1e-12)
    assert network["averageClustering"] == pytest.approx(nx.average_clustering(graph), abs=1e-12)
    assert stats["cutVertices"] == len(list(nx.articulation_points(graph)))
    assert stats["bridges"] == len(list(nx.bridges(graph)))
    assert stats["maximumCore"] == max(nx.core_number(graph).values())


def test_connect_gives_networkx_shortest_paths(tmp_path):
    graph = nx.florentine_families_graph()
    path = str(tmp_path / "florentine.csv")
    write(graph, path, "csv")
    report = json.loads(run("connect", path, "Acciaiuoli", "Lamberteschi", "--format", "json").stdout)
    ours = {tuple(n["id"] for n in chain) for chain in report["shortestChains"]}
    expected = {tuple(p) for p in nx.all_shortest_paths(graph, "Acciaiuoli", "Lamberteschi")}
    assert ours == expected
    assert report["steps"] == nx.shortest_path_length(graph, "Acciaiuoli", "Lamberteschi")
    assert report["shortestChainCount"] == len(expected)


def test_weighted_connect_gives_networkx_weighted_shortest_paths(tmp_path):
    """`connect --weights length|strength` on a weighted file lists the
    chains NetworkX's all_shortest_paths gives with weight='weight' and
    with the length 1/w. Weights 1, 2 and 4 keep every sum of 1/w exact in
    binary, so NetworkX's exact comparison of sums and Samverkan's
    tolerance of 1e-12 pick the same chains; many of them tie."""
    import random
    rng = random.Random(7)
    graph = nx.gnm_random_graph(40, 120, seed=7)
    graph = nx.relabel_nodes(graph, {v: f"n{v}" for v in graph})
    for u, v, d in graph.edges(data=True):
        d["weight"] = rng.choice([1, 2, 4])
        d["inverse"] = 1 / d["weight"]
    path = tmp_path / "weighted.csv"
    path.write_text("source,target,weight\n" + "".join(f"{u},{v},{d['weight']}\n" for u, v, d in graph.edges(data=True)))
    checked = 0
    for a, b in [("n0", "n39"), ("n3", "n17"), ("n5", "n22"), ("n11", "n30"), ("n8", "n9")]:
        if not nx.has_path(graph, a, b):
            continue
        for option, attribute in [("length", "weight"), ("strength", "inverse"), ("none", None)]:
            report = json.loads(run("connect", str(path), a, b, "--weights", option, "--limit", "1000",
                                    "--format", "json").stdout)
            ours = {tuple(n["id"] for n in chain) for chain in report["shortestChains"]}
            expected = {tuple(p) for p in nx.all_shortest_paths(graph, a, b, weight=attribute)}
            assert ours == expected, (a, b, option)
            assert report["shortestChainCount"] == len(expected)
            assert report["steps"] == min(len(p) - 1 for p in expected)
            if attribute is None:
                assert "length" not in report
            else:
                assert report["length"] == pytest.approx(
                    nx.shortest_path_length(graph, a, b, weight=attribute), rel=1e-12)
            checked += 1
    assert checked >= 9


def test_communities_partition_every_node(tmp_path):
    graph = nx.florentine_families_graph()
    path = str(tmp_path / "florentine.graphml")
    write(graph, path, "graphml")
    report = json.loads(run("communities", path, "--format", "json").stdout)
    parts = [{m["id"] for m in c["members"]} for c in report["communities"]]
    assert sorted(n for p in parts for n in p) == sorted(graph.nodes())
    assert report["modularity"] == pytest.approx(nx.community.modularity(graph, parts), abs=1e-12)


def test_registry_options_on_one_mode_input_are_usage_errors(tmp_path):
    path = str(tmp_path / "florentine.csv")
    write(nx.florentine_families_graph(), path, "csv")
    for extra in (["--mode", "two-mode"], ["--as-of", "2015"]):
        result = run("centrality", path, *extra, check=False)
        assert result.returncode == 64
        assert extra[0] in result.stderr and "one-mode" in result.stderr
    assert run("overlap", path, check=False).returncode == 64


@pytest.mark.parametrize(
    "name, text, position, words",
    [
        ("missing.csv", "source,target\nA,B\nC\n", ":3:2:", "one column"),
        ("weight.csv", "source,target,weight\nA,B,1\nB,C,heavy\n", ":3:5:", "not a valid weight"),
        ("loop.edgelist", "# ties\nA B\nB B\n", ":3:1:", "itself"),
        ("twice.txt", "A B\nB A\n", ":2:1:", "second tie"),
        ("count.net", "*Vertices 2\n1 \"A\"\n2 \"B\"\n*Edges\n1 3\n", ":5:3:", "not a vertex"),
        ("short.net", "*Vertices 3\n1 \"A\"\n2 \"B\"\n*Edges\n1 2\n", ":1:1:", "declares 3 vertices but 2"),
    ],
)
def test_bad_input_is_positioned(tmp_path, name, text, position, words):
    path = tmp_path / name
    path.write_text(text)
    result = run("centrality", str(path), check=False)
    assert result.returncode == 1
    assert result.stdout == ""
    assert f"{path}{position}" in result.stderr and words in result.stderr, result.stderr


def test_dangling_graphml_edge_is_positioned(tmp_path):
    path = tmp_path / "dangling.graphml"
    path.write_text(
        '<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
        '<graph edgedefault="undirected">\n<node id="a"/>\n<node id="b"/>\n'
        '<edge source="a" target="b"/>\n<edge source="b" target="ghost"/>\n</graph>\n</graphml>\n')
    result = run("centrality", str(path), check=False)
    assert result.returncode == 1
    assert f"{path}:7:" in result.stderr and "'ghost'" in result.stderr, result.stderr


def test_map_draws_every_node_and_tie(tmp_path):
    graph = nx.florentine_families_graph()
    path = str(tmp_path / "florentine.net")
    write(graph, path, "net")
    dot = run("map", path, "--format", "dot").stdout
    for node in graph.nodes():
        assert f'"organisation:{node}" [' in dot and f"label=<{node}>" in dot, node
    # Edges with style=invis only hold the layout's columns in order; they
    # are not drawn.
    drawn = {frozenset(m) for m in re.findall(r'"organisation:([^"]+)" -> "organisation:([^"]+)"(?! \[style=invis\])', dot)}
    assert drawn == {frozenset(e) for e in graph.edges()}
    result = run("map", path, "--focus", "Medici", check=False)
    assert result.returncode == 64 and "--focus" in result.stderr
