"""Carry hand-check verdicts to the current code: code each reviewed article again and say, per verdict, whether
the event at its trigger is coded the same (type, participants, negation, modality, status), changed, retyped or
gone. What the reviews judged wrong and the code still codes the same is what is left to mend.

    python benchmarks/carry_reviews.py ../shared/data/corpora/de-10kgnad/test.csv \\
        docs/reviews/events-de-10kgnad-s1[0-9].jsonl [--list wrong]
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_events import labelled_rows  # noqa: E402

from lagebild import analyze  # noqa: E402


def key(e: dict) -> tuple:
    """What a verdict judged of an event: type, source and target (text, country), negation, modality, status."""
    def part(p):
        return (p.get("text"), p.get("country")) if isinstance(p, dict) else tuple(p or (None, None))
    return (e["type"], part(e["source"]), part(e["target"]), e["negated"], e["modality"], e["status"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("reviews", nargs="+", type=Path)
    ap.add_argument("--list", default="", help="verdicts (comma-separated) whose unchanged events to print")
    args = ap.parse_args()
    rows = {f"{args.corpus.name}:{n}": text for n, _label, text in labelled_rows(args.corpus)}
    verdicts = [(path.name, k, json.loads(line)) for path in args.reviews
                for k, line in enumerate(path.read_text(encoding="utf-8").splitlines())]
    coded: dict[str, list[dict]] = {}
    table: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    shown = set(filter(None, args.list.split(",")))
    for name, k, v in verdicts:
        if v["article"] not in rows:
            continue
        if v["article"] not in coded:
            coded[v["article"]] = analyze(rows[v["article"]], lang="de", doc_id=v["article"]).to_json()["events"]
        hits = [e for e in coded[v["article"]] if e["trigger"][0] == v["trigger"][0]]
        state = ("gone" if not hits else "same" if any(key(e) == key(v) for e in hits)
                 else "changed" if any(e["type"] == v["type"] for e in hits) else "retyped")
        table[state][v["verdict"]] += 1
        if state == "same" and v["verdict"] in shown:
            print(f"{name}:{k}\t{v['verdict']}\t{v['type']}\t{v['trigger'][2]}")
    for state in ("same", "changed", "retyped", "gone"):
        c = table[state]
        print(f"{state:8} correct {c['correct']:4}  partly {c['partly']:4}  wrong {c['wrong']:4}")


if __name__ == "__main__":
    main()
