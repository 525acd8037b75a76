"""Draw a random sample of coded events from real news for a hand check (issue: event coding).

    python benchmarks/sample_events.py ../shared/data/corpora/de-10kgnad/test.csv \
        --categories International,Inland --articles 200 --events 50 --seed 2026 > sample.jsonl

Reads a 10kGNAD-style table (``label;'text'`` rows) or an xGLUE news-classification file (``title<TAB>body<TAB>label``
lines: ``--categories news``), keeps the first ``--articles`` rows of the given
categories, analyses them (German), and draws ``--events`` events at random (fixed seed) from all
events found (``--skip`` passes over the first rows, to draw a development sample from articles
that the hand check does not use; ``--random-articles`` draws the articles at random instead, ``--categories
all`` takes every label, ``--exclude`` leaves out events at triggers that earlier reviews judged). Each output
line names the article by its row (``test.csv:<row>``) and gives what
lagebild coded: type, CAMEO code, trigger word and offsets, source and target (text and country),
negation, modality and status, and the sentence index. The article texts are not written out (the
corpus may not be redistributed); a reviewer opens the row to judge the event. The review file
adds ``verdict`` (correct / wrong) and a short ``reason``.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path


def labelled_rows(path: Path):
    """(1-based row, label, text) of a corpus file: 10kGNAD (``label;'text'``, a .csv) or xGLUE news
    classification (``title<TAB>body<TAB>label`` lines; the text is title, blank line, body)."""
    with path.open(encoding="utf-8", newline="") as fh:
        if path.suffix == ".csv":
            csv.field_size_limit(10_000_000)
            for n, row in enumerate(csv.reader(fh, delimiter=";", quotechar="'"), 1):
                if len(row) >= 2:
                    yield n, row[0], row[1]
        else:
            for n, line in enumerate(fh, 1):
                parts = line.rstrip("\n").split("\t")
                if len(parts) >= 3:
                    yield n, parts[-1], parts[0] + "\n\n" + parts[1]


def read_rows(path: Path, categories: set[str], limit: int, skip: int = 0,
              draw: random.Random | None = None) -> list[tuple[str, str]]:
    """(row id, text) of the first ``limit`` rows whose label is one of ``categories`` ("all": any label), after
    ``skip``; with ``draw``, ``limit`` rows drawn at random from all of them instead, in file order."""
    if draw is not None:
        rows = [(n, text) for n, label, text in labelled_rows(path) if "all" in categories or label in categories]
        return [(f"{path.name}:{n}", text) for n, text in sorted(draw.sample(rows, min(limit, len(rows))))]
    out = []
    seen = 0
    for n, label, text in labelled_rows(path):
        if "all" in categories or label in categories:
            seen += 1
            if seen <= skip:
                continue
            out.append((f"{path.name}:{n}", text))
            if len(out) == limit:
                break
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--categories", default="International,Inland")
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--skip", type=int, default=0, help="rows of these categories to pass over first")
    ap.add_argument("--events", type=int, default=50)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--random-articles", action="store_true",
                    help="draw the articles at random (same seed) instead of taking the first ones")
    ap.add_argument("--exclude", nargs="*", type=Path, default=[],
                    help="review files (.jsonl) whose judged triggers are left out of the draw")
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        print(f"{args.corpus}: no such file (the corpus lives in ../shared/data/corpora)", file=sys.stderr)
        return 2
    from lagebild import analyze

    rows = read_rows(args.corpus, set(args.categories.split(",")), args.articles, args.skip,
                     random.Random(args.seed) if args.random_articles else None)
    judged = {(j["article"], j["trigger"][0]) for f in args.exclude
              for j in map(json.loads, f.read_text("utf-8").splitlines()) if j}
    found = []
    for row_id, text in rows:
        for e in analyze(text, lang="de", doc_id=row_id).to_json()["events"]:
            if (row_id, e["trigger"][0]) in judged:
                continue  # judged in an earlier review
            found.append({
                "article": row_id, "event": e["id"], "sentence": e["sentence"], "type": e["type"],
                "cameo": e["cameo"], "trigger": e["trigger"],
                "source": [(e["source"] or {}).get("text"), (e["source"] or {}).get("country")],
                "target": [(e["target"] or {}).get("text"), (e["target"] or {}).get("country")],
                "negated": e["negated"], "modality": e["modality"], "status": e["status"],
            })
    sample = random.Random(args.seed).sample(found, min(args.events, len(found)))
    sample.sort(key=lambda s: (int(s["article"].rsplit(":", 1)[1]), s["trigger"][0]))
    print(f"{len(rows)} articles, {len(found)} events, {len(sample)} drawn", file=sys.stderr)
    for s in sample:
        print(json.dumps(s, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
