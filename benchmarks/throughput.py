"""Analyse news corpora end to end: articles/s, MB/s, per-stage time, peak memory and failures.

Usage: python benchmarks/throughput.py [--limit N] CORPUS...
A CORPUS is a folder of .txt files (BBC layout), a 10kGNAD-style CSV (label;'text'), or an
XGLUE-style TSV (title<TAB>body<TAB>category). Corpora are not part of the project; pass their paths
(e.g. ../shared/data/corpora/*). Missing paths are skipped with a note.
"""

from __future__ import annotations

import argparse
import csv
import resource
import sys
import time
import traceback
from pathlib import Path


def read_corpus(path: Path):
    """(name, text) pairs of a corpus in one of the supported layouts."""
    if path.is_dir():
        for f in sorted(path.rglob("*.txt")):
            try:
                yield str(f), f.read_text("utf-8")
            except UnicodeDecodeError:
                print(f"skipped (not UTF-8): {f}", file=sys.stderr)
    elif path.suffix == ".csv":
        with path.open(encoding="utf-8") as fh:
            for n, row in enumerate(csv.reader(fh, delimiter=";", quotechar="'")):
                if len(row) >= 2:
                    yield f"{path}:{n}", row[1]
    else:
        for n, line in enumerate(path.open(encoding="utf-8")):
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2:
                yield f"{path}:{n}", parts[0] + "\n\n" + parts[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="+", type=Path)
    ap.add_argument("--limit", type=int, default=0, help="articles per corpus (0: all)")
    args = ap.parse_args()

    t0 = time.perf_counter()
    from lagebild.pipeline import analyze, default_pipeline, default_resources

    default_resources()
    analyze("Warm-up.", lang="en")
    startup = time.perf_counter() - t0
    print(f"start-up (knowledge base, automaton, lexicons): {startup:.2f} s")
    for stage in default_pipeline().timings:
        default_pipeline().timings[stage] = 0.0
    for corpus in args.corpora:
        if not corpus.exists():
            print(f"{corpus}: not found, skipped")
            continue
        texts = list(read_corpus(corpus))
        if args.limit:
            texts = texts[:args.limit]
        failures, chars = 0, 0
        t1 = time.perf_counter()
        for name, text in texts:
            try:
                analyze(text, published="2020-01-01", doc_id=name)
                chars += len(text)
            except Exception:  # a crash on real input is a bug to report, not to hide
                failures += 1
                print(f"FAILED {name}", file=sys.stderr)
                traceback.print_exc()
        dt = time.perf_counter() - t1
        n = len(texts)
        print(f"{corpus}: {n} articles, {failures} failures, {n / dt:.1f} articles/s, "
              f"{chars / dt / 1e6:.2f} MB/s, {chars / max(n, 1):.0f} chars/article")
    timings = default_pipeline().timings
    total = sum(timings.values()) or 1.0
    print("per stage: " + ", ".join(f"{k} {v / total:.0%}" for k, v in timings.items()))
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
