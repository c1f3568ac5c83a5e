"""What every client test shares: where the repository and the samverkan
binary are, and one way to run the binary.

`make client-tests` sets SAMVERKAN_BIN to the debug binary that
`swift build --build-tests` made; without it the tests look in
.build/debug. The test files import from here (`from conftest import run`).

test_networkx_peer.py is the peer suite: NetworkX 3.6.1's own test cases
for every measure the CLI offers, ported case by case (the expected values
copied from NetworkX's test files, with their tolerances), or listed as not
expressible with the reason. Its counts are printed at the end of the run
(`pytest_terminal_summary` below)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GRAPH = ROOT / "graphs" / "vasterbotten.yaml"


def binary():
    """The samverkan executable; fails the test when it has not been built."""
    path = os.environ.get("SAMVERKAN_BIN") or str(ROOT / ".build" / "debug" / "samverkan")
    assert Path(path).exists(), f"no samverkan binary at {path}: build it (swift build) or set SAMVERKAN_BIN"
    return path


def run(*args, check=True, stdin=None):
    """Runs `samverkan ARGS…` (each argument turned into text) and returns the
    finished process with its standard output and error as text. With
    check (the default) an exit status other than 0 fails the test, naming
    the command, its status and its standard error."""
    done = subprocess.run([binary(), *map(str, args)], capture_output=True, text=True, input=stdin)
    if check:
        assert done.returncode == 0, f"samverkan {' '.join(map(str, args))} exited {done.returncode}:\n{done.stderr}"
    return done


def pytest_terminal_summary(terminalreporter):
    """The NetworkX peer suite's counts (test_networkx_peer.py), when it ran."""
    peer = sys.modules.get("test_networkx_peer")
    if peer is not None and peer.RESULTS["cases"]:
        terminalreporter.write_sep("-", "NetworkX peer suite")
        terminalreporter.write_line(peer.summary())
