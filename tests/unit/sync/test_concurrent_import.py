"""Imports of one package at the same time: all end well, the package is applied once."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.unit.sync.helpers import new_site
from tests.unit.sync.test_cli_sync import enrol_by_cli, offices  # noqa: F401  (fixture)


def _start_import(db, package):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, "-m", "fupin_desktop.cli", "--db", str(db), "import", str(package)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


SIMULTANEOUS = 3


def test_simultaneous_imports_of_one_package_both_succeed(offices, capsys):  # noqa: F811
    county, lap, tmp = offices
    package = enrol_by_cli(capsys, county, lap, tmp)
    processes = [_start_import(lap, package) for _ in range(SIMULTANEOUS)]
    results = [p.communicate(timeout=120) + (p.returncode,) for p in processes]
    for _out, err, code in results:
        assert code == 0, err
        assert "意外故障" not in err and "locked" not in err
    outs = [out for out, _err, _code in results]
    assert sum("未做任何改动" in out for out in outs) == SIMULTANEOUS - 1, outs  # one applied it, the rest: 已导入
    site = new_site(tmp, "lap")
    try:
        with site.db.engine.connect() as conn:
            count = conn.exec_driver_sql("SELECT count(*) FROM package_log WHERE direction = 'imported'").scalar_one()
        assert count == 1
    finally:
        site.db.close()
