"""Knowledge-base benchmark: build time, load time, alias-matching speed and peak memory.

    python benchmarks/kb.py CORPUS... [--reference ../shared/data/reference] [--limit N]

* build: ``lagebild kb build`` into a temporary file (only with --reference), wall time;
* load: a new process that loads the shipped artefact and its alias index (from the on-disk
  cache), median of five, and that process's peak resident memory;
* matching: the alias scan of the match stage (fold, one Aho-Corasick pass, boundary and case
  checks, longest match) over the corpus texts, already segmented, in MB of UTF-8 text per second
  on one core; the bare automaton pass beside it.

Corpus layouts as in benchmarks/throughput.py (folders of .txt, 10kGNAD .csv, xglue .tsv).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import read_corpus  # noqa: E402

LOAD_PROBE = """
import json, resource, time
t0 = time.perf_counter()
from lagebild.kb.kb import KnowledgeBase
kb = KnowledgeBase.load()
t1 = time.perf_counter()
from lagebild.stages.match import automaton
index = automaton(kb)
t2 = time.perf_counter()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"kb": t1 - t0, "index": t2 - t1, "peak_mb": peak}))
"""


def build_time(reference: Path) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "lagebild.cli", "kb", "build", "--reference", str(reference),
                        "--out", str(Path(tmp) / "kb.json.gz")], check=True, capture_output=True)
        return time.perf_counter() - t0


def load_times(runs: int = 5) -> dict[str, float]:
    subprocess.run([sys.executable, "-c", LOAD_PROBE], check=True, capture_output=True)  # the index cache exists
    probes = [json.loads(subprocess.run([sys.executable, "-c", LOAD_PROBE], check=True, capture_output=True,
                                        text=True).stdout) for _ in range(runs)]
    return {key: statistics.median(p[key] for p in probes) for key in ("kb", "index", "peak_mb")}


def matching(texts: list[str]) -> dict[str, float]:
    from lagebild.model import Doc
    from lagebild.pipeline import default_resources, normalise_text
    from lagebild.stages.langid import LanguageId
    from lagebild.stages.match import automaton, fold, scan
    from lagebild.stages.segment import Segmenter

    res = default_resources()
    index = automaton(res.kb)
    docs = []
    for text in texts:
        doc = Doc(text=normalise_text(text), id="bench")
        LanguageId()(doc, res)  # the scan reads the language's genitive rule
        Segmenter()(doc, res)
        docs.append(doc)
    megabytes = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    t0 = time.perf_counter()
    genitive = {d.lang: res.lex(d.lang).is_("genitive_suffix", "s") for d in docs if d.lang}
    candidates = sum(len(scan(d, res.kb, suffix_genitive=genitive.get(d.lang, True))) for d in docs)
    scan_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    hits = sum(1 for d in docs for _ in index.iter(fold(d.text)))
    pass_s = time.perf_counter() - t0
    return {"mb": megabytes, "docs": len(docs), "candidates": candidates, "raw_hits": hits,
            "scan_mb_s": megabytes / scan_s, "automaton_mb_s": megabytes / pass_s}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="+", type=Path)
    ap.add_argument("--reference", type=Path, help="reference data folder: also time a full build")
    ap.add_argument("--limit", type=int, default=0, help="articles per corpus (0: all)")
    args = ap.parse_args()
    if args.reference:
        print(f"build: {build_time(args.reference):.1f} s")
    load = load_times()
    print(f"load: knowledge base {load['kb']:.2f} s, alias index {load['index']:.2f} s (median of 5 new processes); "
          f"peak memory of such a process {load['peak_mb']:.0f} MB")
    texts = []
    for corpus in args.corpora:
        for n, (_name, text) in enumerate(read_corpus(corpus)):
            if args.limit and n >= args.limit:
                break
            texts.append(text)
    m = matching(texts)
    print(f"matching: {m['docs']} articles, {m['mb']:.1f} MB, {m['candidates']} candidates; alias scan "
          f"{m['scan_mb_s']:.1f} MB/s, bare automaton pass {m['automaton_mb_s']:.1f} MB/s (one core)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
