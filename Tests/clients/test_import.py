"""`samverkan import` run as a user runs it: sheets written with pandas
become a registry that `samverkan validate` accepts and whose facts pandas
finds again; a sheet with a problem gets a positioned error and leaves an
existing output file untouched."""

import io
import os

import pandas as pd

from conftest import run as samverkan


def run(*args):
    """samverkan ARGS…, its exit status checked by each test."""
    return samverkan(*args, check=False)


def write_sheets(directory, organisations):
    organisations.to_csv(directory / "organisations.csv", index=False, lineterminator="\n")
    pd.DataFrame({
        "id": ["radet", "arbetsgrupp"], "name": ["Besöksnäringsrådet", "Arbetsgrupp, turism"],
        "kind": ["council", ""], "conveners": ["region-vb", ""], "part_of": ["", "radet"],
    }).to_csv(directory / "groups.csv", index=False, lineterminator="\n")
    pd.DataFrame({
        "organisation": ["region-vb", "umea", "acme"], "group": ["radet", "radet", "arbetsgrupp"],
        "role": ["chair", "", "member"], "since": ["2016", "", "2017"], "until": ["", "", "unknown"],
    }).to_csv(directory / "memberships.csv", index=False, lineterminator="\n")


ORGANISATIONS = pd.DataFrame({
    "id": ["region-vb", "umea", "acme"],
    "name": ["Region Västerbotten", "Umeå kommun", 'Acme "AB"; <b>&'],
    "kind": ["region", "", "company"],
    "level": ["regional", "local", ""],
    "aliases": ["RVB;Regionen", "", "Acme\\;X"],
})


def test_import_validate_and_read_back(tmp_path):
    write_sheets(tmp_path, ORGANISATIONS)
    out = tmp_path / "registry.yaml"
    result = run("import", str(tmp_path), "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = out.read_text()
    assert "kind: municipality  # guessed from the name" in text
    assert run("validate", str(out)).returncode == 0
    # The registry's memberships, read back by pandas from the tool's own CSV view.
    stats = run("stats", str(out), "--all-time", "--format", "csv")
    assert stats.returncode == 0, stats.stderr
    table = pd.read_csv(io.StringIO(stats.stdout), comment="#")
    sizes = dict(zip(table[table.section == "size"].metric, table[table.section == "size"].value))
    assert sizes["organisations"] == "3" and sizes["groups"] == "2" and sizes["organisation–group ties"] == "3"
    # Names with quotes, ';', '<' and '&' survive as text.
    centrality = run("centrality", str(out), "--all-time", "--format", "json")
    assert 'Acme \\"AB\\"; <b>&' in centrality.stdout


def test_a_bad_sheet_writes_nothing(tmp_path):
    bad = ORGANISATIONS.copy()
    bad.loc[2, "id"] = "umea"
    write_sheets(tmp_path, bad)
    out = tmp_path / "registry.yaml"
    out.write_text("existing: file\n")
    result = run("import", str(tmp_path / "organisations.csv"), str(tmp_path / "groups.csv"),
                 str(tmp_path / "memberships.csv"), "-o", str(out))
    assert result.returncode == 1
    assert f"{tmp_path / 'organisations.csv'}:4:1: error: duplicate ID 'umea' (first at line 3)" in result.stderr
    assert out.read_text() == "existing: file\n"
    assert sorted(os.listdir(tmp_path)) == ["groups.csv", "memberships.csv", "organisations.csv", "registry.yaml"]
