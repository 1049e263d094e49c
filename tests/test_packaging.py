"""The package as users install it: a wheel carries every file the product reads."""
import subprocess
import sys
import zipfile

import pytest

from conftest import ROOT

pytestmark = pytest.mark.slow


def test_wheel_ships_the_pins_templates_and_static_files(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(ROOT),
                           "-w", str(tmp_path)], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    wheel = next(tmp_path.glob("gikai_sync-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("sync/models.json", "sync/templates/player.html", "sync/templates/review.html",
                   "sync/static/player.css", "sync/static/player.js", "sync/cli.py"):
        assert needed in names, f"{needed} is not in {wheel.name}"
    assert not any(n.startswith(("tests/", "models/", "media/")) for n in names)
