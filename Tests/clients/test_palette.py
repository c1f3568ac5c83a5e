"""The map's organisation fills, read back from rendered SVG: any two kinds
on one map differ by CIEDE2000 ΔE >= 10, and by >= 6 under simulated
deuteranopia and protanopia (Machado et al. 2009, severity 1, applied to
linear sRGB); every label keeps a WCAG contrast of at least 4.5:1 against
its fill; from the eleventh kind on, fills repeat and the box has square
corners, which the legend says. The colour science is colour-science's
(an implementation independent of the package's palette choice)."""

import itertools
import json
import re
import warnings

import numpy as np
import pytest

from conftest import GRAPH, run

warnings.filterwarnings("ignore")
import colour  # noqa: E402

KINDS = [
    "national-agency", "state-owned-company", "region", "county-board", "municipality",
    "regional-tourism-organisation", "destination-organisation", "company", "association", "network",
    "university", "other",
]
NODE = re.compile(
    r'<g id="organisation&#45;(?P<id>[^"]+)" class="node">.*?<(?P<shape>path|polygon) fill="(?P<fill>#[0-9a-f]{6})"'
    r'.*?<text [^>]*fill="(?P<text>#[0-9a-f]{6})"', re.S)


def rgb(hexcode):
    return np.array([int(hexcode[i:i + 2], 16) / 255 for i in (1, 3, 5)])


def lab(hexcode, matrix=None):
    linear = colour.cctf_decoding(rgb(hexcode), function="sRGB")
    if matrix is not None:
        linear = np.clip(matrix @ linear, 0, 1)
    return colour.XYZ_to_Lab(colour.RGB_to_XYZ(linear, colour.RGB_COLOURSPACES["sRGB"], apply_cctf_decoding=False))


def contrast(a, b):
    def luminance(h):
        return float(colour.cctf_decoding(rgb(h), function="sRGB") @ np.array([0.2126, 0.7152, 0.0722]))
    hi, lo = sorted([luminance(a), luminance(b)], reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def organisation_nodes(svg):
    """Each organisation node's id, drawn shape, fill and label colour."""
    return {m["id"].replace("&#45;", "-"): (m["shape"], m["fill"], m["text"]) for m in NODE.finditer(svg)}


def check_apart(fills):
    """Every pair of distinct fills far enough apart, seen three ways."""
    views = [
        ("normal", None, 10),
        ("deuteranopia", colour.blindness.matrix_cvd_Machado2009("Deuteranomaly", 1.0), 6),
        ("protanopia", colour.blindness.matrix_cvd_Machado2009("Protanomaly", 1.0), 6),
    ]
    for name, matrix, least in views:
        for a, b in itertools.combinations(sorted(fills), 2):
            d = float(colour.difference.delta_E_CIE2000(lab(a, matrix), lab(b, matrix)))
            assert d >= least, f"{a} and {b}: ΔE2000 {d:.2f} < {least} ({name})"


def registry(kinds):
    """One organisation of each kind, all in one group."""
    return json.dumps({
        "title": "Palette",
        "language": "en",
        "organisations": [{"id": f"o{i}", "name": f"Org {k}", "kind": k} for i, k in enumerate(kinds)],
        "groups": [{"id": "g", "name": "G", "kind": "network", "members": [f"o{i}" for i in range(len(kinds))]}],
    })


def test_vasterbotten_kinds_are_told_apart(tmp_path):
    out = tmp_path / "map.svg"
    run("map", GRAPH, "-o", out)
    nodes = organisation_nodes(out.read_text())
    exported = json.loads(run("export", GRAPH, "--format", "node-link").stdout)
    kind = {n["id"]: n["kind"] for n in exported["nodes"] if n["entity"] == "organisation"}
    assert set(nodes) == set(kind)
    by_kind = {}
    for org, (shape, fill, text) in nodes.items():
        by_kind.setdefault(kind[org], set()).add(fill)
        assert shape == "path", f"{org}: rounded corners expected"
        assert contrast(fill, text) >= 4.5, f"{org}: label {text} on {fill}"
    assert all(len(f) == 1 for f in by_kind.values()), by_kind
    fills = [next(iter(f)) for f in by_kind.values()]
    assert len(set(fills)) == len(fills) >= 8
    check_apart(fills)


@pytest.mark.parametrize("count", [2, 7, 10])
def test_up_to_ten_kinds_each_have_their_own_fill(tmp_path, count):
    kinds = KINDS[:count] if count != 7 else KINDS[5:]  # also a set that does not start with the first kinds
    reg = tmp_path / "r.json"
    reg.write_text(registry(kinds))
    out = tmp_path / "map.svg"
    run("map", reg, "-o", out)
    nodes = organisation_nodes(out.read_text())
    assert len(nodes) == len(kinds)
    fills = [fill for _, fill, _ in nodes.values()]
    assert len(set(fills)) == len(kinds)
    assert all(shape == "path" for shape, _, _ in nodes.values())
    for shape, fill, text in nodes.values():
        assert contrast(fill, text) >= 4.5
    check_apart(fills)


def test_beyond_ten_kinds_square_corners_carry_the_difference(tmp_path):
    reg = tmp_path / "r.json"
    reg.write_text(registry(KINDS))
    out = tmp_path / "map.svg"
    run("map", reg, "-o", out)
    svg = out.read_text()
    nodes = organisation_nodes(svg)
    first_ten = [nodes[f"o{i}"] for i in range(10)]
    check_apart([fill for _, fill, _ in first_ten])
    assert all(shape == "path" for shape, _, _ in first_ten)
    # The eleventh and twelfth kinds repeat the first two fills, with square corners.
    for later, earlier in [(10, 0), (11, 1)]:
        shape, fill, _ = nodes[f"o{later}"]
        assert shape == "polygon" and fill == nodes[f"o{earlier}"][1]
    assert "Square corners: kinds after the tenth repeat an earlier fill" in svg


ANY_NODE = re.compile(
    r'<g id="(?P<id>[^"]+)" class="node">.*?<(?:path|polygon|ellipse) fill="(?P<fill>#[0-9a-f]{6})"'
    r'.*?<text [^>]*fill="(?P<text>#[0-9a-f]{6})"', re.S)


@pytest.mark.parametrize("extra", [[], ["--highlight", "Trafikverket"]])
def test_every_label_is_readable_on_year_maps_and_highlights(tmp_path, extra):
    """Ended entities on year maps (ghosts: pale fill, dotted outline) and
    entities outside a highlight keep a WCAG contrast of 4.5:1 for their
    labels, as every other node does."""
    if extra:
        out = tmp_path / "map.svg"
        run("map", GRAPH, "-o", out, *extra)
        svgs = [out.read_text()]
    else:
        run("map", GRAPH, "--years", "2003,2015,now", "-o", tmp_path / "years")
        svgs = [(tmp_path / "years" / f"{y}.svg").read_text() for y in ("2003", "2015", "now")]
    checked = 0
    for svg in svgs:
        for m in ANY_NODE.finditer(svg):
            ratio = contrast(m["fill"], m["text"])
            assert ratio >= 4.5, f"{m['id']}: label {m['text']} on {m['fill']}: {ratio:.2f}"
            checked += 1
    assert checked >= 40
    if not extra:
        # 2003 has ghosts (what came later), drawn with a dotted outline.
        assert 'stroke-dasharray="1,5"' in svgs[0]
