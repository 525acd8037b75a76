"""How well the event coder tells sports reports (or film, series and game texts, or reports on companies and
products) from other news, measured against corpus categories.

Usage: python benchmarks/sports_reports.py [--genre sport|screen|commerce] [--limit N] CORPUS...

A CORPUS is a 10kGNAD-style CSV (label;'text') or a folder with one subfolder per category (BBC layout). The
genre's categories: sport is "Sport" / "sport"; screen is "Kultur" and "Etat" (culture, media) /
"entertainment", which hold film, series and game texts among others, so its recall is a lower bound; commerce is
"Web" and "Wirtschaft" / "tech" and "business", which hold economic policy too (its recall is a lower bound). For each
corpus it prints the precision and recall of `stages.events.sports_report` or `screen_report` against those
labels, the articles it finds in other categories, and the events coded in the genre's and in the other
articles. Corpora are not part of the project; missing paths are skipped with a note.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

GENRES = {"sport": {"Sport", "sport"}, "screen": {"Kultur", "Etat", "entertainment"},
          "commerce": {"Web", "Wirtschaft", "tech", "business"}}


def labelled(path: Path, labels: set[str]):
    """(in the genre, category, text, language) of each article of a corpus."""
    if path.is_dir():
        for f in sorted(path.rglob("*.txt")):
            if f.parent == path:
                continue
            yield f.parent.name in labels, f.parent.name, f.read_text("utf-8", errors="replace"), "en"
    else:
        csv.field_size_limit(10**7)
        with path.open(encoding="utf-8") as fh:
            for row in csv.reader(fh, delimiter=";", quotechar="'"):
                if len(row) >= 2:
                    yield row[0] in labels, row[0], row[1], "de"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="+", type=Path)
    ap.add_argument("--limit", type=int, default=0, help="articles per corpus (0: all)")
    ap.add_argument("--genre", choices=sorted(GENRES), default="sport")
    args = ap.parse_args()
    from lagebild.pipeline import analyze, default_resources
    from lagebild.stages.events import commerce_report, screen_report, sports_report

    detect = {"sport": sports_report, "screen": screen_report, "commerce": commerce_report}[args.genre]

    for corpus in args.corpora:
        if not corpus.exists():
            print(f"{corpus}: not found, skipped")
            continue
        counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
        events = {True: [0, 0], False: [0, 0]}  # in the genre -> [articles, events]
        elsewhere: dict[str, int] = {}  # category -> articles found outside the genre's categories
        for n, (genre, category, text, lang) in enumerate(labelled(corpus, GENRES[args.genre])):
            if args.limit and n >= args.limit:
                break
            doc = analyze(text, lang=lang, published="2020-01-01")
            said = detect(doc.words, default_resources().lex(doc.lang))
            counts[("t" if said == genre else "f") + ("p" if said else "n")] += 1
            if said and not genre:
                elsewhere[category] = elsewhere.get(category, 0) + 1
            events[genre][0] += 1
            events[genre][1] += len(doc.events)
        tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
        print(f"{corpus}: {args.genre} P {tp / max(1, tp + fp):.3f} R {tp / max(1, tp + fn):.3f} "
              f"({tp} found, {fp} in other categories: {elsewhere or 'none'}, {fn} missed)")
        for genre, (arts, evs) in events.items():
            print(f"  {args.genre if genre else 'other'} articles: {arts}, events {evs} "
                  f"({evs / max(1, arts):.2f} per article)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
