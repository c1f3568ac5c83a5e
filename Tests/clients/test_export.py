"""`samverkan export` read by the tools analysts use: NetworkX, igraph and
pandas, run for real on the exports of graphs/vasterbotten.yaml and of a
generated registry of 10 000 memberships.

Expected values come from outside the exporter: counts from `samverkan
stats`, centralities from `samverkan centrality` (the analysis, not the
writer), the generated registry's facts from the generator below, and a
few facts of graphs/vasterbotten.yaml read off the file by hand.
"""

import csv
import datetime
import json
import re
from pathlib import Path

import igraph as ig
import networkx as nx
import pandas as pd
import pytest

from conftest import GRAPH as VASTERBOTTEN
from conftest import run

TODAY = datetime.date.today().isoformat()
DATES = ["2003", "2010", TODAY]


def export(registry, fmt, out, *extra):
    run("export", registry, "--format", fmt, "-o", out, *extra)
    return out


# --------------------------------------------------------------------------
# A seeded registry of 10 000 memberships, written as a membership CSV.


class SplitMix64:
    MASK = (1 << 64) - 1

    def __init__(self, seed):
        self.state = seed & self.MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & self.MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & self.MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & self.MASK
        return z ^ (z >> 31)

    def below(self, n):
        return self.next() % n


ROLES = ["member", "chair", "vice-chair", "secretary", "observer", "partner"]


def generate_memberships(count=10_000, orgs=2_500, groups=400, seed=20261130):
    """Distinct (organisation, group) pairs with a role and dates: since a
    year or a month between 1995 and 2024; until absent, or a year or a
    month up to 12 years later."""
    rng = SplitMix64(seed)
    seen, rows = set(), []
    while len(rows) < count:
        o, g = rng.below(orgs), rng.below(groups)
        if (o, g) in seen:
            continue
        seen.add((o, g))
        role = ROLES[rng.below(len(ROLES))]
        year = 1995 + rng.below(30)
        since = f"{year}" if rng.below(2) else f"{year}-{1 + rng.below(12):02d}"
        until = ""
        if rng.below(3) == 0:
            end = year + rng.below(13)
            until = f"{end}" if rng.below(2) else f"{end}-12"
        rows.append(dict(organisation=f"org{o:04d}", group=f"grp{g:03d}", role=role, since=since, until=until))
    return rows


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    d = tmp_path_factory.mktemp("generated")
    rows = generate_memberships()
    path = d / "memberships.csv"
    with open(path, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["organisation", "group", "role", "since", "until"], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    return path, rows


@pytest.fixture(scope="module", params=["vasterbotten", "generated"])
def registry(request, generated):
    if request.param == "vasterbotten":
        return VASTERBOTTEN, None
    return generated


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    return tmp_path_factory.mktemp("exports")


STATS = {}


def stats(path):
    """Organisations, groups and ties: `samverkan stats` for the Västerbotten
    registry; the generator's own rows for the generated one (stats also
    computes the diameter, too slow to repeat on it in a debug build)."""
    if path not in STATS:
        if Path(path).suffix == ".csv":
            rows = generate_memberships()
            STATS[path] = dict(organisations=len({r["organisation"] for r in rows}),
                               groups=len({r["group"] for r in rows}), ties=len(rows))
        else:
            STATS[path] = json.loads(run("stats", path, "--all-time", "--format", "json").stdout)
    return STATS[path]


def last_day(date):
    if len(date) == 4:
        return date + "-12-31"
    y, m = map(int, date.split("-")[:2])
    if len(date) == 7:
        nxt = datetime.date(y + (m == 12), m % 12 + 1, 1)
        return (nxt - datetime.timedelta(days=1)).isoformat()
    return date


def expected_alive(rows, day):
    """The generated registry's ties on `day`, from its rows: the entities
    are undated, a membership lives from its since's first day to its
    until's last day."""
    return {frozenset((r["organisation"], r["group"])) for r in rows
            if day_of(r["since"]) <= day and (not r["until"] or day <= last_day(r["until"]))}


def our_centrality(path, measure, *extra):
    data = json.loads(run("centrality", path, "--all-time", "--measure", measure, "--format", "json", *extra).stdout)
    return {s["id"]: s["score"] for s in data["scores"]}


def tag(path):
    return Path(path).stem


# --------------------------------------------------------------------------
# What every graph read must show.


def check_counts(G, path):
    s = stats(path)
    assert G.number_of_nodes() == s["organisations"] + s["groups"]
    assert G.number_of_edges() == s["ties"]
    orgs = [n for n, d in G.nodes(data=True) if d["entity"] == "organisation"]
    assert len(orgs) == s["organisations"]


def check_attributes(G, rows):
    """Node and edge attributes: the generated registry's facts, or facts
    of graphs/vasterbotten.yaml read off the file."""
    if rows is None:
        n = G.nodes["ledningsgrupp"]
        assert (n["entity"], n["kind"], n["level"], n["certainty"]) == ("group", "management-group", "regional", "stated")
        s = G.nodes["strategigruppen"]
        assert s["since"] == "2003" and s["unknown_end"] is True
        e = G.edges["vasterbottensturism", "ledningsgrupp"]
        assert e["certainty"] == "inferred" and e["role"] == "member"
        assert "heading of its focus areas" in e["reason"]
        assert e["sources"] == "seed"
        assert G.nodes["vasterbottensturism"]["kind"] == "regional-tourism-organisation"
        return
    for r in rows[:: len(rows) // 50]:
        e = G.edges[r["organisation"], r["group"]]
        assert e["role"] == r["role"]
        assert e["since"] == r["since"]
        assert e.get("until", "") in (r["until"], None) and (e.get("until") or "") == r["until"]
        assert e["certainty"] == "stated"
        assert G.nodes[r["organisation"]]["kind"] == "other"
        assert G.nodes[r["group"]]["entity"] == "group"


def check_centrality(G, path):
    """Two-mode degree and betweenness (Borgatti–Everett normalisation, as
    NetworkX's bipartite module) equal ours within 1e-9."""
    top = {n for n, d in G.nodes(data=True) if d["entity"] == "organisation"}
    theirs = nx.bipartite.degree_centrality(G, top)
    ours = our_centrality(path, "degree")
    assert set(ours) == set(theirs)
    for k, v in ours.items():
        assert abs(v - theirs[k]) < 1e-9, k
    if G.number_of_nodes() < 1000:
        theirs = nx.bipartite.betweenness_centrality(G, top)
        ours = our_centrality(path, "betweenness")
        for k, v in ours.items():
            assert abs(v - theirs[k]) < 1e-9, k


# --------------------------------------------------------------------------
# GraphML


def test_graphml_networkx(registry, out):
    path, rows = registry
    f = export(path, "graphml", out / f"{tag(path)}.graphml")
    G = nx.read_graphml(f)
    assert not G.is_directed()
    check_counts(G, path)
    check_attributes(G, rows)
    check_centrality(G, path)
    # Typed keys come back typed.
    some = next(iter(G.nodes(data=True)))[1]
    assert isinstance(some["bipartite"], int) and isinstance(some["unknown_end"], bool)
    assert isinstance(next(iter(G.edges(data=True)))[2]["weight"], float)


def test_graphml_igraph(registry, out):
    path, rows = registry
    f = export(path, "graphml", out / f"{tag(path)}-ig.graphml")
    g = ig.Graph.Read_GraphML(str(f))
    s = stats(path)
    assert (g.vcount(), g.ecount()) == (s["organisations"] + s["groups"], s["ties"])
    ids = g.vs["id"]
    entity = g.vs["entity"]
    orgs = sum(1 for e in entity if e == "organisation")
    assert orgs == s["organisations"]
    # Degree: ours is the share of the other side; igraph's raw degree times nothing.
    ours = our_centrality(path, "degree")
    for v, d in zip(g.vs, g.degree()):
        other = s["groups"] if v["entity"] == "organisation" else s["organisations"]
        assert abs(ours[v["id"]] * other - d) < 1e-9
    if rows is not None:
        r = rows[7]
        e = g.es[g.get_eid(ids.index(r["organisation"]), ids.index(r["group"]))]
        assert (e["role"], e["since"], e["until"], e["certainty"]) == (r["role"], r["since"], r["until"], "stated")
    else:
        v = g.vs[ids.index("ledningsgrupp")]
        assert (v["kind"], v["level"]) == ("management-group", "regional")


# --------------------------------------------------------------------------
# GEXF: attributes, and spells that agree with --as-of


def alive(spells, day):
    if spells is None:
        return True
    return any((s == "None" or s <= day) and (e == "None" or day <= e) for s, e in spells)


def day_of(date):
    return {4: date + "-01-01", 7: date + "-01"}.get(len(date), date)


def test_gexf_networkx(registry, out):
    path, rows = registry
    f = export(path, "gexf", out / f"{tag(path)}.gexf")
    text = Path(f).read_text()
    assert 'xmlns="http://gexf.net/1.3"' in text and 'mode="dynamic"' in text and 'timeformat="date"' in text
    M = nx.read_gexf(f)
    G = nx.Graph(M)
    assert G.number_of_edges() == M.number_of_edges()
    check_counts(G, path)
    check_attributes(G, rows)
    check_centrality(G, path)
    for date in DATES:
        day = day_of(date)
        nodes = {n for n, d in G.nodes(data=True) if alive(d.get("spells"), day)}
        edges = {frozenset((a, b)) for a, b, d in G.edges(data=True) if alive(d.get("spells"), day)}
        snap = json.loads(Path(export(path, "node-link", out / f"{tag(path)}-{date}.json", "--as-of", date)).read_text())
        assert nodes == {n["id"] for n in snap["nodes"]}, date
        assert edges == {frozenset((l["source"], l["target"])) for l in snap["links"]}, date
        if rows is None:
            # The snapshot is what the analysis sees on that date.
            s = json.loads(run("stats", path, "--as-of", date, "--format", "json").stdout)
            assert len(nodes) == s["organisations"] + s["groups"] and len(edges) == s["ties"], date
        else:
            assert edges == expected_alive(rows, day), date
            assert len(nodes) == G.number_of_nodes()


def test_gexf_spells_expand_partial_dates(out):
    G = nx.read_gexf(export(VASTERBOTTEN, "gexf", out / "spells.gexf"))
    # strategigruppen: since 2003, ended at an unknown date; the source that
    # calls it former describes 2015, so it may have lasted to that year's end.
    assert G.nodes["strategigruppen"]["spells"] == [("2003-01-01", "2015-12-31")]
    assert G.nodes["strategigruppen"]["unknown_end"] is True


# --------------------------------------------------------------------------
# node-link JSON


def test_node_link_networkx(registry, out):
    path, rows = registry
    f = export(path, "node-link", out / f"{tag(path)}.json")
    data = json.loads(Path(f).read_text())
    assert data["directed"] is False and data["multigraph"] is False and "links" in data
    G = nx.node_link_graph(data, edges="links")
    check_counts(G, path)
    check_attributes(G, rows)
    check_centrality(G, path)


# --------------------------------------------------------------------------
# Pajek: igraph reads the two modes


def test_pajek_igraph(registry, out):
    path, rows = registry
    f = export(path, "pajek", out / f"{tag(path)}.net")
    first = Path(f).read_text().splitlines()[0]
    s = stats(path)
    n, m = s["organisations"] + s["groups"], s["organisations"]
    assert first == f"*Vertices {n} {m}"
    g = ig.Graph.Read_Pajek(str(f))
    assert (g.vcount(), g.ecount()) == (n, s["ties"])
    assert g.vs["type"] == [False] * m + [True] * (n - m)
    assert g.is_bipartite()
    # The same edges as the GraphML export.
    G = nx.read_graphml(export(path, "graphml", out / f"{tag(path)}-pajek.graphml"))
    names = g.vs["name"]
    assert {frozenset((names[a], names[b])) for a, b in g.get_edgelist()} == {frozenset(e) for e in G.edges()}
    ours = our_centrality(path, "degree")
    for v, d in zip(g.vs, g.degree()):
        other = s["groups"] if not v["type"] else s["organisations"]
        assert abs(ours[v["name"]] * other - d) < 1e-9


def test_pajek_projection_weights(out):
    f = export(VASTERBOTTEN, "pajek", out / "orgs.net", "--mode", "organisations")
    g = ig.Graph.Read_Pajek(str(f))
    B = nx.read_graphml(export(VASTERBOTTEN, "graphml", out / "for-projection.graphml"))
    top = [n for n, d in B.nodes(data=True) if d["entity"] == "organisation"]
    P = nx.bipartite.weighted_projected_graph(B, top)
    assert g.vcount() == P.number_of_nodes() and g.ecount() == P.number_of_edges()
    names = g.vs["name"]
    for e in g.es:
        a, b = names[e.source], names[e.target]
        assert e["weight"] == P.edges[a, b]["weight"]


# --------------------------------------------------------------------------
# Projections in GraphML carry the shared-group weights


def test_graphml_projection(out):
    B = nx.read_graphml(export(VASTERBOTTEN, "graphml", out / "two-mode.graphml"))
    bottom = [n for n, d in B.nodes(data=True) if d["entity"] == "group"]
    P = nx.bipartite.weighted_projected_graph(B, bottom)
    G = nx.read_graphml(export(VASTERBOTTEN, "graphml", out / "groups.graphml", "--mode", "groups"))
    assert set(G.nodes) == set(P.nodes)
    assert {frozenset(e) for e in G.edges} == {frozenset(e) for e in P.edges}
    for a, b, d in G.edges(data=True):
        assert d["weight"] == P.edges[a, b]["weight"]


# --------------------------------------------------------------------------
# CSV tables (Gephi, Kumu) and sheets, read by pandas


def test_csv_pandas(registry, out):
    path, rows = registry
    d = out / f"{tag(path)}-csv"
    export(path, "csv", d)
    nodes = pd.read_csv(d / "nodes.csv", dtype=str, keep_default_na=False)
    edges = pd.read_csv(d / "edges.csv", dtype=str, keep_default_na=False)
    assert list(nodes.columns[:2]) == ["Id", "Label"]
    assert list(edges.columns[:5]) == ["Source", "Target", "Type", "Id", "Weight"]
    s = stats(path)
    assert len(nodes) == s["organisations"] + s["groups"] and len(edges) == s["ties"]
    assert set(edges["Type"]) == {"Undirected"}
    assert set(edges["Source"]) | set(edges["Target"]) <= set(nodes["Id"])
    G = nx.Graph()
    for r in nodes.to_dict("records"):
        G.add_node(r["Id"], **{**r, "unknown_end": r["unknown_end"] == "true"})
    G.add_edges_from(nx.from_pandas_edgelist(edges, "Source", "Target", edge_attr=True).edges(data=True))
    check_attributes(G, rows)
    check_centrality(G, path)


def test_graphframes_pandas(registry, out):
    """`--format graphframes`: GraphFrames' columns (`id` first; `src`, `dst`
    first), read by pandas; the counts of `samverkan stats`, the attributes,
    and every vertex's degree counted by pandas from edges.csv equal to
    `samverkan centrality --measure degree --raw` (the Spark job's degree,
    checked by `make spark-check`, counts the same rows)."""
    path, rows = registry
    d = out / f"{tag(path)}-graphframes"
    export(path, "graphframes", d)
    assert sorted(f.name for f in d.iterdir()) == [".samverkan-export", "edges.csv", "graph.csv", "vertices.csv"]
    vertices = pd.read_csv(d / "vertices.csv", dtype=str, keep_default_na=False)
    edges = pd.read_csv(d / "edges.csv", dtype=str, keep_default_na=False)
    assert list(vertices.columns[:4]) == ["id", "name", "entity", "bipartite"]
    assert list(edges.columns[:3]) == ["src", "dst", "role"] and list(edges.columns[-3:]) == ["ties", "weight", "uncertain"]
    s = stats(path)
    assert len(vertices) == s["organisations"] + s["groups"] and len(edges) == s["ties"]
    assert vertices["id"].is_unique
    organisations = set(vertices.loc[vertices["entity"] == "organisation", "id"])
    assert set(edges["src"]) <= organisations
    assert set(edges["dst"]) <= set(vertices.loc[vertices["entity"] == "group", "id"])
    view = dict(pd.read_csv(d / "graph.csv", dtype=str, keep_default_na=False).values)
    assert (view["as_of"], view["mode"]) == ("all-time", "two-mode")
    degree = pd.concat([edges["src"], edges["dst"]]).value_counts().reindex(vertices["id"], fill_value=0)
    ours = our_centrality(path, "degree", "--raw")
    assert set(ours) == set(degree.index)
    assert {k: int(v) for k, v in ours.items()} == {k: int(v) for k, v in degree.items()}
    G = nx.Graph()
    for r in vertices.to_dict("records"):
        G.add_node(r["id"], **{**r, "unknown_end": r["unknown_end"] == "true"})
    G.add_edges_from(nx.from_pandas_edgelist(edges, "src", "dst", edge_attr=True).edges(data=True))
    check_attributes(G, rows)


def test_sheets_pandas(registry, out):
    path, rows = registry
    d = out / f"{tag(path)}-sheets"
    export(path, "sheets", d)
    orgs = pd.read_csv(d / "organisations.csv", dtype=str, keep_default_na=False)
    groups = pd.read_csv(d / "groups.csv", dtype=str, keep_default_na=False)
    mems = pd.read_csv(d / "memberships.csv", dtype=str, keep_default_na=False)
    sources = pd.read_csv(d / "sources.csv", dtype=str, keep_default_na=False)
    assert list(orgs.columns) == "id,name,kind,level,aliases,url,since,until,certainty,reason,sources".split(",")
    assert list(groups.columns) == (
        "id,name,kind,level,aliases,url,conveners,part_of,since,until,certainty,reason,sources".split(","))
    assert list(mems.columns) == "organisation,group,role,since,until,certainty,reason,sources".split(",")
    assert list(sources.columns) == "id,title,publisher,url,kind,describes".split(",")
    s = stats(path)
    assert (len(orgs), len(groups)) == (s["organisations"], s["groups"])
    assert set(mems["organisation"]) <= set(orgs["id"]) and set(mems["group"]) <= set(groups["id"])
    pairs = {(r.organisation, r.group) for r in mems.itertuples()}
    for g in groups.itertuples():
        for c in filter(None, g.conveners.split(";")):
            pairs.add((c, g.id))
    assert len(pairs) == s["ties"]
    if rows is None:
        assert len(sources) >= 1 and "seed" in set(sources["id"])
        g = groups.set_index("id").loc["strategigruppen"]
        assert (g["since"], g["until"], g["kind"]) == ("2003", "unknown", "strategy-group")
        m = mems[(mems.organisation == "vasterbottensturism") & (mems.group == "ledningsgrupp")].iloc[0]
        assert m["certainty"] == "inferred" and "heading of its focus areas" in m["reason"]
        assert m["sources"] == "seed"
        m = mems[(mems.organisation == "destinationerna") & (mems.group == "ledningsgrupp")].iloc[0]
        assert m["certainty"] == "stated" and m["role"] == "member"
    else:
        assert len(mems) == len(rows)
        expected = pd.DataFrame(rows)
        got = mems[["organisation", "group", "role", "since", "until"]]
        assert got.equals(expected[["organisation", "group", "role", "since", "until"]])
        assert set(mems["certainty"]) == {""}


# --------------------------------------------------------------------------
# Neo4j: no Neo4j here, so the headers are checked against the documented
# grammar of `neo4j-admin database import`
# (https://neo4j.com/docs/operations-manual/current/import/header-format/).

NEO4J_TYPES = {"int", "long", "float", "double", "boolean", "byte", "short", "char", "string", "point", "date",
               "localtime", "time", "localdatetime", "datetime", "duration"}
SPECIAL = re.compile(r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)?:(?P<kind>ID|START_ID|END_ID)(\((?P<space>[A-Za-z]+)\))?$")
PROPERTY = re.compile(r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)(:(?P<type>[a-z]+)(?P<array>\[\])?)?$")


def check_neo4j(d):
    spaces, ids, rels = {}, {}, []
    for f in sorted(d.glob("*.csv")):
        with open(f, newline="") as h:
            table = list(csv.reader(h))
        header, body = table[0], table[1:]
        kinds = set()
        for field in header:
            if field in (":LABEL", ":TYPE"):
                kinds.add(field)
                continue
            m = SPECIAL.match(field)
            if m:
                kinds.add(m["kind"])
                assert m["space"], f"{f.name}: {field} names no ID space"
                continue
            m = PROPERTY.match(field)
            assert m, f"{f.name}: '{field}' is not name[:type]"
            if m["type"]:
                assert m["type"] in NEO4J_TYPES, f"{f.name}: unknown type {m['type']}"
            if m["type"] == "date":
                col = header.index(field)
                for row in body:
                    assert row[col] == "" or re.fullmatch(r"\d{4}-\d{2}-\d{2}", row[col]), (f.name, row[col])
            if m["type"] == "boolean":
                col = header.index(field)
                assert {row[col] for row in body} <= {"true", "false", ""}
            if m["type"] == "int":
                col = header.index(field)
                assert all(re.fullmatch(r"-?\d+", row[col]) for row in body)
        for row in body:
            assert len(row) == len(header), f.name
        if "ID" in kinds:
            assert ":LABEL" in kinds and not {"START_ID", "END_ID", ":TYPE"} & kinds, f.name
            field = next(h for h in header if SPECIAL.match(h))
            space = SPECIAL.match(field)["space"]
            assert space not in spaces, f"ID space {space} defined in {spaces.get(space)} and {f.name}"
            spaces[space] = f.name
            col = header.index(field)
            values = [row[col] for row in body]
            assert len(set(values)) == len(values), f"{f.name}: duplicate IDs"
            ids[space] = set(values)
        else:
            assert {"START_ID", "END_ID", ":TYPE"} <= kinds, f.name
            rels.append((f.name, header, body))
    assert rels
    for name, header, body in rels:
        start = next(SPECIAL.match(h) for h in header if SPECIAL.match(h) and SPECIAL.match(h)["kind"] == "START_ID")
        end = next(SPECIAL.match(h) for h in header if SPECIAL.match(h) and SPECIAL.match(h)["kind"] == "END_ID")
        si, ei = header.index(start.group(0)), header.index(end.group(0))
        for row in body:
            assert row[si] in ids[start["space"]], (name, row[si])
            assert row[ei] in ids[end["space"]], (name, row[ei])
    return ids, rels


def test_neo4j_headers(registry, out):
    path, rows = registry
    d = out / f"{tag(path)}-neo4j"
    export(path, "neo4j", d)
    ids, rels = check_neo4j(d)
    s = stats(path)
    assert (len(ids["Organisation"]), len(ids["Group"])) == (s["organisations"], s["groups"])
    members = next(body for name, _, body in rels if name == "memberships.csv")
    if rows is not None:
        assert len(members) == len(rows)
    command = (d / "import.txt").read_text()
    assert "neo4j-admin database import full" in command
    for f in d.glob("*.csv"):
        assert f.name in command
    for mode in ("organisations", "groups"):
        p = out / f"{tag(path)}-neo4j-{mode}"
        export(path, "neo4j", p, "--mode", mode)
        check_neo4j(p)


# --------------------------------------------------------------------------
# Hostile text stays inert


HOSTILE = 'Q"uote <b>&amp; \u202eevil\u202c, semi;colon \\ back\x01ctl\ttab'


def test_hostile_names(tmp_path):
    src = tmp_path / "hostile.csv"
    with open(src, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["organisation", "group"])
        w.writerow([HOSTILE, "Grupp & <x>"])
        w.writerow(["Plain", "Grupp & <x>"])
    G = nx.read_graphml(export(src, "graphml", tmp_path / "h.graphml"))
    labels = {d["label"] for _, d in G.nodes(data=True)}
    assert HOSTILE.replace("\x01", "\ufffd") in labels and "Grupp & <x>" in labels
    g = ig.Graph.Read_GraphML(str(tmp_path / "h.graphml"))
    assert HOSTILE.replace("\x01", "\ufffd") in g.vs["label"]
    X = nx.read_gexf(export(src, "gexf", tmp_path / "h.gexf"))
    assert HOSTILE.replace("\x01", "\ufffd") in {d["label"] for _, d in X.nodes(data=True)}
    data = json.loads((export(src, "node-link", tmp_path / "h.json")).read_text())
    assert HOSTILE in {n["label"] for n in data["nodes"]}
    d = tmp_path / "sheets"
    export(src, "sheets", d)
    orgs = pd.read_csv(d / "organisations.csv", dtype=str, keep_default_na=False)
    assert HOSTILE in set(orgs["name"])
    vertices = pd.read_csv(export(src, "graphframes", tmp_path / "gf") / "vertices.csv", dtype=str, keep_default_na=False)
    assert HOSTILE in set(vertices["name"])
    p = ig.Graph.Read_Pajek(str(export(src, "pajek", tmp_path / "h.net")))
    assert p.vcount() == 3


# --------------------------------------------------------------------------
# Outputs are written whole or not at all


def test_directory_refused_when_not_empty(tmp_path):
    d = tmp_path / "taken"
    d.mkdir()
    (d / "keep.txt").write_text("mine")
    p = run("export", VASTERBOTTEN, "--format", "csv", "-o", d, check=False)
    assert p.returncode == 3 and "not empty" in p.stderr
    assert [f.name for f in d.iterdir()] == ["keep.txt"]
    # --force replaces only an earlier export: keep.txt is not one.
    p = run("export", VASTERBOTTEN, "--format", "csv", "-o", d, "--force", check=False)
    assert p.returncode == 3 and "it was not written by an export" in p.stderr
    assert [f.name for f in d.iterdir()] == ["keep.txt"]
    (d / "keep.txt").unlink()
    run("export", VASTERBOTTEN, "--format", "csv", "-o", d)
    run("export", VASTERBOTTEN, "--format", "csv", "-o", d, "--force")
    assert sorted(f.name for f in d.iterdir()) == [".samverkan-export", "edges.csv", "nodes.csv"]
    assert (d / ".samverkan-export").read_text().splitlines()[1:] == ["nodes.csv", "edges.csv"]
    assert not [f for f in tmp_path.iterdir() if f.name.startswith(".")]


def test_usage_errors(tmp_path):
    p = run("export", VASTERBOTTEN, "--format", "neo4j", check=False)
    assert p.returncode == 64 and "-o DIR" in p.stderr
    p = run("export", VASTERBOTTEN, "--format", "graphml", "-o", VASTERBOTTEN, check=False)
    assert p.returncode == 64 and "overwrite" in p.stderr
    p = run("export", VASTERBOTTEN, "--format", "sheets", "--mode", "groups", "-o", tmp_path / "s", check=False)
    assert p.returncode == 64 and "projection" in p.stderr
    assert not (tmp_path / "s").exists()


def test_stdout_and_determinism(tmp_path):
    a = run("export", VASTERBOTTEN, "--format", "gexf").stdout
    b = Path(export(VASTERBOTTEN, "gexf", tmp_path / "v.gexf")).read_text()
    assert a == b
