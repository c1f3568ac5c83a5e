"""`centrality --epsilon E --delta D` on one-mode input, checked against NetworkX.

A seeded Barabási–Albert graph (NetworkX `barabasi_albert_graph(600, 3,
seed=7)`) and a disconnected union of two such graphs are written as
edge lists; the estimate (Riondato–Kornaropoulos, seeded) must put every
node within the bound the JSON states (`estimate.errorBounds.node`,
epsilon times n/(n - 2) on NetworkX's normalised scale) of
`nx.betweenness_centrality(G, normalized=True)`, and print the same bytes
for --threads 1 and 2. Seeded: each case gives the same numbers every run.
"""

import csv
import json

import networkx as nx
import pytest

from conftest import run


def graphs():
    ba = nx.barabasi_albert_graph(600, 3, seed=7)
    two = nx.disjoint_union(nx.barabasi_albert_graph(300, 2, seed=8), nx.barabasi_albert_graph(200, 3, seed=9))
    return {"ba600": ba, "two-components": two}


@pytest.fixture(scope="module", params=list(graphs()), ids=str)
def case(request, tmp_path_factory):
    graph = graphs()[request.param]
    path = str(tmp_path_factory.mktemp("estimate") / f"{request.param}.csv")
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "target"])
        w.writerows((f"n{u}", f"n{v}") for u, v in graph.edges())
    return graph, path


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_within_stated_bound_of_networkx(case, seed):
    graph, path = case
    exact = {f"n{v}": s for v, s in nx.betweenness_centrality(graph, normalized=True).items()}
    report = json.loads(run("centrality", path, "--epsilon", "0.02", "--delta", "0.01",
                            "--seed", str(seed), "--format", "json").stdout)
    estimate = report["estimate"]
    n = graph.number_of_nodes()
    bound = estimate["errorBounds"]["node"]
    assert bound == pytest.approx(0.02 * n / (n - 2), rel=1e-12)
    assert {s["id"] for s in report["scores"]} == set(exact)
    worst = max(abs(s["score"] - exact[s["id"]]) for s in report["scores"])
    assert worst <= bound
    assert max(exact.values()) > 5 * bound


def test_same_bytes_for_one_and_two_threads(case):
    _, path = case
    args = ["centrality", path, "--epsilon", "0.03", "--seed", "5", "--format", "csv"]
    one = run(*args, "--threads", "1").stdout
    assert one.splitlines()[0] == "rank,id,name,kind,betweenness,error_bound,confidence"
    assert run(*args, "--threads", "2").stdout == one
