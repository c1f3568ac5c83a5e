"""What every client test shares: where the repository and the samverkan
binary are, and one way to run the binary.

`make client-tests` sets SAMVERKAN_BIN to the debug binary that
`swift build --build-tests` made; without it the tests look in
.build/debug. The test files import from here (`from conftest import run`)."""

import os
import subprocess
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
