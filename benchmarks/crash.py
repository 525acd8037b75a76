"""SIGKILL an ingest at random moments; check the store each time and that a re-run completes it.

    python benchmarks/crash.py [INPUT] [--points 20] [--seed 1]

For each point: a fresh store, `lagebild ingest INPUT` killed with SIGKILL after a random delay,
`PRAGMA integrity_check`, the number of documents committed, then the same command again, whose
store must equal (every table) the store of one uninterrupted run.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLES = ("sources", "stories", "documents", "minhash_bands", "minhash_signatures", "story_features", "feature_df",
          "entities", "places", "mentions", "times", "quantities", "events", "claims", "relations",
          "claim_positions", "propositions", "proposition_claims", "claim_links")


def dump(path: Path) -> dict:
    conn = sqlite3.connect(path)
    try:
        return {t: sorted(map(tuple, conn.execute(f"SELECT * FROM {t}"))) for t in TABLES}  # noqa: S608
    finally:
        conn.close()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("input", nargs="?", default=str(ROOT / "examples/demo-corpus/articles"))
    ap.add_argument("--points", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        clean = Path(tmp) / "clean.db"
        cmd = [sys.executable, "-m", "lagebild.cli", "ingest", args.input, "--no-progress", "--db"]
        t = time.monotonic()
        subprocess.run([*cmd, str(clean)], check=True, capture_output=True)
        full = time.monotonic() - t
        reference = dump(clean)
        total = len(reference["documents"])
        print(f"uninterrupted: {total} documents in {full:.1f} s")
        ok = 0
        for n in range(args.points):
            db = Path(tmp) / f"k{n}.db"
            delay = rng.uniform(0.3, full)
            proc = subprocess.Popen([*cmd, str(db)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(delay)
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            integrity, committed = "no store yet", 0
            if db.exists():
                with sqlite3.connect(db) as conn:
                    integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
                    try:
                        committed = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
                    except sqlite3.OperationalError:
                        committed = 0  # killed before the schema was created
            subprocess.run([*cmd, str(db)], check=True, capture_output=True)
            same = dump(db) == reference
            ok += same and integrity in ("ok", "no store yet")
            print(f"point {n + 1:2}: killed after {delay:4.1f} s, {committed:3}/{total} committed,"
                  f" integrity {integrity}, re-run equals a clean run: {same}")
        print(f"{ok}/{args.points} points: store intact and completed to the clean state")
        return 0 if ok == args.points else 1


if __name__ == "__main__":
    sys.exit(main())
