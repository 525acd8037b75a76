"""How well the event coder tells sports reports from other news, measured against corpus categories.

Usage: python benchmarks/sports_reports.py [--limit N] CORPUS...

A CORPUS is a 10kGNAD-style CSV (label;'text'; the label "Sport" marks sport) or a folder with one
subfolder per category (BBC layout; the subfolder "sport"). For each corpus it prints the precision and
recall of `stages.events.sports_report` against those labels, and the events coded in the sports and in
the other articles. Corpora are not part of the project; missing paths are skipped with a note.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path


def labelled(path: Path):
    """(is_sport, text, language) of each article of a corpus."""
    if path.is_dir():
        for f in sorted(path.rglob("*.txt")):
            if f.parent == path:
                continue
            yield f.parent.name.lower() == "sport", f.read_text("utf-8", errors="replace"), "en"
    else:
        csv.field_size_limit(10**7)
        with path.open(encoding="utf-8") as fh:
            for row in csv.reader(fh, delimiter=";", quotechar="'"):
                if len(row) >= 2:
                    yield row[0] == "Sport", row[1], "de"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="+", type=Path)
    ap.add_argument("--limit", type=int, default=0, help="articles per corpus (0: all)")
    args = ap.parse_args()
    from lagebild.pipeline import analyze, default_resources
    from lagebild.stages.events import sports_report

    for corpus in args.corpora:
        if not corpus.exists():
            print(f"{corpus}: not found, skipped")
            continue
        counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
        events = {True: [0, 0], False: [0, 0]}  # is_sport -> [articles, events]
        for n, (sport, text, lang) in enumerate(labelled(corpus)):
            if args.limit and n >= args.limit:
                break
            doc = analyze(text, lang=lang, published="2020-01-01")
            said = sports_report(doc.words, default_resources().lex(doc.lang))
            counts[("t" if said == sport else "f") + ("p" if said else "n")] += 1
            events[sport][0] += 1
            events[sport][1] += len(doc.events)
        tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
        print(f"{corpus}: sports reports P {tp / max(1, tp + fp):.3f} R {tp / max(1, tp + fn):.3f} "
              f"({tp} found, {fp} false, {fn} missed)")
        for sport, (arts, evs) in events.items():
            print(f"  {'sport' if sport else 'other'} articles: {arts}, events {evs} "
                  f"({evs / max(1, arts):.2f} per article)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
