"""The sheets round trip: `export --format sheets` → `import` → `validate` →
`export --format sheets` gives back the same sheets, byte for byte, and the
facts pandas reads from them equal the registry's own counts.

Run by `make client-tests` with SAMVERKAN_BIN pointing at the binary."""


import pandas as pd
import pytest

from test_export import generate_memberships

from conftest import ROOT as REPO
from conftest import run
SHEETS = ["organisations.csv", "groups.csv", "memberships.csv", "sources.csv", "registry.csv", "vocabulary.csv"]


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    import csv
    d = tmp_path_factory.mktemp("roundtrip-generated")
    path = d / "memberships.csv"
    with open(path, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["organisation", "group", "role", "since", "until"], lineterminator="\n")
        w.writeheader()
        w.writerows(generate_memberships(count=2_000, orgs=600, groups=120, seed=7))
    return path


@pytest.mark.parametrize("which", ["vasterbotten", "generated"])
def test_sheets_round_trip_is_exact(which, generated, tmp_path):
    source = REPO / "graphs" / "vasterbotten.yaml" if which == "vasterbotten" else generated
    first, second = tmp_path / "first", tmp_path / "second"
    registry = tmp_path / "imported.yaml"

    run("export", source, "--format", "sheets", "-o", f"{first}/")
    run("import", f"{first}/", "-o", registry)
    validated = run("validate", registry)
    assert "valid" in validated.stdout
    run("export", registry, "--format", "sheets", "-o", f"{second}/")

    for name in SHEETS:
        assert (first / name).read_bytes() == (second / name).read_bytes(), f"{name} differs after the round trip"

    # The facts, as pandas reads them, are the registry's: the same counts
    # `validate` reports for the source and for the imported registry.
    source_line = run("validate", source).stdout
    organisations = pd.read_csv(second / "organisations.csv", dtype=str, keep_default_na=False)
    groups = pd.read_csv(second / "groups.csv", dtype=str, keep_default_na=False)
    memberships = pd.read_csv(second / "memberships.csv", dtype=str, keep_default_na=False)
    for text in (source_line, validated.stdout):
        assert f"{len(organisations)} organisations" in text
        assert f"{len(groups)} groups" in text
        assert f"{len(memberships)} memberships" in text
    assert set(memberships["organisation"]) <= set(organisations["id"])
    assert set(memberships["group"]) <= set(groups["id"])
