"""Event coding scored against the project's own gold sentences (``gold/events/<lang>.jsonl``).

Each gold item is a short news text with its PLOVER events (type, trigger, source and target
with their countries, negation, modality, status; see ``gold/README.md``). The text is analysed
on its own and its events are compared with the gold events of the item:

Matching (one-to-one, per item)
    A predicted and a gold event can pair when their types are equal. Pairs whose trigger spans
    overlap (the predicted trigger or any of its mentions) are taken first, then the rest by the
    distance between their triggers; each event pairs at most once.

Type P/R/F1
    TP = pairs; FP = predicted events left unpaired; FN = gold events left unpaired. Micro over
    all items, and per type.

Source and target accuracy (over the pairs)
    Correct when the gold names no actor and the prediction has none (or only an inferred one);
    or the predicted actor's text shares a word with the gold phrase (compared on the first five
    letters, so "russische"/"russischen" agree); or both have the same country code.

Marking accuracy (over the pairs)
    ``negated`` and ``modality`` both equal the gold; status accuracy: ``status`` equals the gold.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

from .goldfile import Item, analyse, language_of, overlaps, prf, ratio, read_items, select, span_of

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
ALLOWED = {"type": TYPES, "modality": {"actual", "future", "hypothetical", "demanded"},
           "status": {"asserted", "reported", "claimed", "confirmed", "denied", "disputed", "speculated", "feared"},
           "negated": {True, False}}
FUNCTION_WORDS = {"the", "a", "an", "of", "and", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer",
                  "eines", "einem", "einen", "und", "von", "vom"}


def read_gold(path: Path) -> list[Item]:
    return read_items(path, "events", ("trigger", "source", "target"), ALLOWED, required=("type", "trigger"))


def _words(text: str) -> set[str]:
    return {w.lower()[:5] for w in re.findall(r"\w+", text) if len(w) > 2 and w.lower() not in FUNCTION_WORDS}


def actor_agrees(gold_text: str | None, gold_country: str | None, predicted: dict | None) -> bool:
    if gold_text is None:
        return predicted is None or bool(predicted.get("inferred"))
    if predicted is None:
        return False
    if _words(gold_text) & _words(predicted.get("text") or ""):
        return True
    return bool(gold_country) and predicted.get("country") == gold_country


def _trigger_spans(event: dict) -> list[tuple[int, int]]:
    return [(m[0], m[1]) for m in [event["trigger"], *event.get("mentions", [])]]


def pair(item: Item, predicted: list[dict]) -> list[tuple[dict | None, dict | None]]:
    """The (gold, prediction) pairs of one item; an unpaired event has None on the other side."""
    golds = [(g, span_of(item, g, "trigger")) for g in item.annotations]
    candidates = []
    for gi, (g, gspan) in enumerate(golds):
        for pi, p in enumerate(predicted):
            if p["type"] == g["type"]:
                hit = any(overlaps(gspan, s) for s in _trigger_spans(p))
                candidates.append((not hit, abs(p["trigger"][0] - gspan[0]), gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, _, gi, pi in sorted(candidates):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((golds[gi][0], predicted[pi]))
    pairs += [(g, None) for gi, (g, _) in enumerate(golds) if gi not in used_g]
    pairs += [(None, p) for pi, p in enumerate(predicted) if pi not in used_p]
    return pairs


def score(items: list[Item], predictions: dict[str, list[dict]]) -> dict[str, Any]:
    per_type: dict[str, Counter] = {t: Counter() for t in sorted(TYPES)}
    counts: Counter = Counter()
    errors: list[dict] = []
    for item in items:
        for g, p in pair(item, predictions.get(item.id, [])):
            if g is None or p is None:
                kind = "fp" if g is None else "fn"
                per_type[(p or g)["type"]][kind] += 1
                counts[kind] += 1
                errors.append({"id": item.id, "error": kind, "type": (p or g)["type"],
                               "trigger": (p["trigger"][2] if p else g["trigger"])})
                continue
            per_type[g["type"]]["tp"] += 1
            counts["tp"] += 1
            src = actor_agrees(g.get("source"), g.get("source_country"), p.get("source"))
            tgt = actor_agrees(g.get("target"), g.get("target_country"), p.get("target"))
            marks = (p.get("negated", False) == g.get("negated", False)
                     and p.get("modality", "actual") == g.get("modality", "actual"))
            status = p.get("status", "asserted") == g.get("status", "asserted")
            counts.update(source=src, target=tgt, marking=marks, status=status)
            if not (src and tgt and marks and status):
                errors.append({"id": item.id, "error": "roles" if not (src and tgt) else "marking",
                               "type": g["type"], "trigger": g["trigger"],
                               "gold": {k: g.get(k) for k in ("source", "target", "negated", "modality", "status")},
                               "predicted": {"source": (p.get("source") or {}).get("text"),
                                             "target": (p.get("target") or {}).get("text"),
                                             **{k: p.get(k) for k in ("negated", "modality", "status")}}})
    tp = counts["tp"]
    return {"items": len(items), "gold_events": tp + counts["fn"], "predicted_events": tp + counts["fp"],
            "type": prf(tp, counts["fp"], counts["fn"]),
            "per_type": {t: prf(c["tp"], c["fp"], c["fn"]) for t, c in per_type.items() if sum(c.values())},
            "source_accuracy": ratio(counts["source"], tp), "target_accuracy": ratio(counts["target"], tp),
            "marking_accuracy": ratio(counts["marking"], tp), "status_accuracy": ratio(counts["status"], tp),
            "errors": errors}


def evaluate(path: Path, lang: str | None = None, part: str = "all") -> dict[str, Any]:
    items = select(read_gold(path), part)
    lang = language_of(path, lang)
    predictions = analyse(items, lang, "events")
    return {"file": str(path), "lang": lang, "part": part, **score(items, predictions)}


def format_report(r: dict[str, Any]) -> str:
    t = r["type"]
    lines = [f"{r['file']} ({r['part']}): {r['items']} items, {r['gold_events']} gold events, "
             f"{r['predicted_events']} predicted",
             f"type: P {t['precision']:.3f}  R {t['recall']:.3f}  F1 {t['f1']:.3f}",
             f"of the matched: source {r['source_accuracy']:.3f}, target {r['target_accuracy']:.3f}, "
             f"negation+modality {r['marking_accuracy']:.3f}, status {r['status_accuracy']:.3f}",
             "per type:"]
    lines += [f"  {name:<10} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  (gold {s['tp'] + s['fn']})"
              for name, s in r["per_type"].items()]
    return "\n".join(lines)
