"""The installed package clashes with nothing: every module lives under `jxcheck`, and both entry points work."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERIC = {"cli", "engine", "rules", "schemas", "cli.py"}


def test_the_wheel_installs_only_jxcheck(tmp_path):
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation",
                            "-q", "-w", str(tmp_path)], capture_output=True, text=True)
    assert built.returncode == 0, built.stderr[-2000:]
    wheel = next(tmp_path.glob("jxcheck-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/")[0] for n in names}
    assert tops == {"jxcheck", next(t for t in tops if t.endswith(".dist-info"))}
    assert not tops & GENERIC
    for data in ("jxcheck/rules/values.yaml", "jxcheck/rules/profiles/base.yaml", "jxcheck/schemas/rules.yaml",
                 "jxcheck/cli.py", "jxcheck/__main__.py", "jxcheck/engine/check.py"):
        assert data in names, data
    assert not any(n.startswith(("jxcheck/tests/", "jxcheck/benchmarks/")) for n in names)


def test_no_generic_module_is_importable_outside_the_repository(tmp_path):
    probe = ("import importlib.util, jxcheck.cli; "
             "print(sorted(m for m in ('cli', 'engine', 'rules', 'schemas') if importlib.util.find_spec(m)))")
    out = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_python_dash_m_runs_the_command_line(tmp_path):
    out = subprocess.run([sys.executable, "-m", "jxcheck", "parse-value", "≤60万"], cwd=tmp_path,
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "60万元" in out.stdout
