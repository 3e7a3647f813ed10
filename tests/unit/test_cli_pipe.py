"""`fupin … | head` ends quietly: no BrokenPipeError, no 意外故障, exit 0."""

from __future__ import annotations

import os
import subprocess
import sys

from fupin_desktop.services.audit.record import record_event
from fupin_desktop.store.engine import open_database


def test_output_into_a_closed_pipe_ends_quietly(tmp_path):
    path = tmp_path / "c.db"
    db = open_database(path)
    with db.transaction() as s:  # ~400 KB of output: far more than a pipe holds
        for n in range(4000):
            record_event(s, "export.xlsx", "plans", "", {"file": f"帮扶计划{n}.xlsx", "rows": n}, user="张科长")
    db.close()
    env = {**os.environ, "FUPIN_DATA_DIR": str(tmp_path / "data")}  # its log file stays in the test's folder
    for argv in (["audit"], ["audit", "--json"]):
        proc = subprocess.Popen([sys.executable, "-m", "fupin_desktop.cli", "--db", str(path), *argv],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        proc.stdout.readline()  # like `head -1`: read a little, then go away
        proc.stdout.close()
        err = proc.stderr.read().decode("utf-8", "replace")
        assert proc.wait(timeout=60) == 0, err
        assert "BrokenPipe" not in err and "意外故障" not in err and "Traceback" not in err, err
