"""Spark's preconditions give one clear error each (these tests need neither Spark nor Java)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from lagebild.spark.job import SparkJobError, check_java

ROOT = Path(__file__).resolve().parent.parent


def test_missing_java_is_one_clear_error(monkeypatch, tmp_path):
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(SparkJobError, match="needs a Java runtime"):
        check_java()


def test_cli_reports_missing_java_in_one_line(tmp_path):
    src = tmp_path / "a.jsonl"
    src.write_text('{"text": "Russland verlegt Truppen."}\n', encoding="utf-8")
    env = {"PATH": str(tmp_path), "HOME": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-m", "lagebild.cli", "spark", "run", str(src), str(tmp_path / "out")],
                          capture_output=True, text=True, cwd=ROOT, env=env)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1
    assert "Java runtime" in proc.stderr or "pip install 'lagebild[spark]'" in proc.stderr


def test_load_parquet_of_a_folder_without_documents(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "lagebild.cli", "load-parquet", str(tmp_path), "--db",
                           str(tmp_path / "s.db")], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2 and "no 'documents' table" in proc.stderr
