"""Named entities against GermEval 2014 (German; PER, LOC, ORG, OTH with -deriv and -part variants).

Each sentence's tokens are joined with single spaces and analysed as a text of its own. The
analysis's names become predictions: persons → PER; places, countries and capitals → LOC;
organisations, governments, militaries, media, parties, armed groups → ORG, but only where the
mention is a name (every word capitalised: "Bundeswehr", "Vereinte Nationen"), not a role phrase
("die russische Regierung", which GermEval tags as "russische" LOCderiv). Demonym adjectives of
the language's lexicon ("russische", "deutschen") become LOCderiv wherever they stand. lagebild
has no OTH (works, products, events).

Scoring is strict on the outer level: a prediction counts when its token span and class equal a
gold entity's. Reported: precision, recall and F1 per class and micro-averaged over PER, LOC and
ORG (the classes lagebild predicts), and micro F1 over the four main classes with OTH as misses.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError

MAIN = ("PER", "LOC", "ORG", "OTH")
ORG_TYPES = {"organisation", "government", "military", "media", "party", "armed_group", "igo", "intelligence",
             "police", "opposition", "group"}


@dataclass
class Sentence:
    tokens: list[str]
    gold: set[tuple[int, int, str]]


def read_gold(path: Path) -> list[Sentence]:
    """Sentences of a GermEval 2014 TSV file with their outer-level entities (token spans)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not a readable GermEval file ({exc})") from None
    out: list[Sentence] = []
    tokens: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if tokens:
            out.append(Sentence(list(tokens), _spans(tags)))
        tokens.clear()
        tags.clear()

    for line in lines:
        if not line.strip():
            flush()
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 3:
            raise InputError(f"{path}: a token line needs index, token and tag columns: {line[:60]!r}")
        tokens.append(cols[1])
        tags.append(cols[2])
    flush()
    if not out:
        raise InputError(f"{path}: no sentences")
    return out


def _spans(tags: list[str]) -> set[tuple[int, int, str]]:
    spans, start, label = set(), None, None
    for i, tag in enumerate([*tags, "O"]):
        if tag.startswith("I-") and label == tag[2:]:
            continue
        if start is not None:
            spans.add((start, i, label))
            start, label = None, None
        if tag.startswith(("B-", "I-")):
            start, label = i, tag[2:]
    return spans


def predictions(analysis: dict[str, Any], offsets: list[tuple[int, int]], kb) -> set[tuple[int, int, str]]:
    """Token spans and classes of the names in an analysis."""
    def tokens_of(a: int, b: int) -> tuple[int, int] | None:
        first = next((i for i, (s, e) in enumerate(offsets) if s <= a < e), None)
        last = next((i for i, (s, e) in enumerate(offsets) if s < b <= e), None)
        return (first, last + 1) if first is not None and last is not None else None

    out: set[tuple[int, int, str]] = set()

    def add(a: int, b: int, label: str) -> None:
        span = tokens_of(a, b)
        if span:
            out.add((*span, label))

    def is_name(text: str) -> bool:
        words = text.split()
        return bool(words) and all(w[:1].isupper() or not w[:1].isalpha() for w in words)

    for p in analysis["places"]:
        for m in p["mentions"]:
            if is_name(m[2]):
                add(m[0], m[1], "LOC")
    lang = analysis["doc"].get("lang") or "de"
    for e in analysis["entities"]:
        for m in e["mentions"]:
            text = m[2]
            if e["type"] == "person" and is_name(text):
                add(m[0], m[1], "PER")
            elif e["type"] == "country" and is_name(text):
                add(m[0], m[1], "LOC")
            elif e["type"] in ORG_TYPES and is_name(text):
                add(m[0], m[1], "ORG")
    text = analysis.get("_text", "")
    for a, b in offsets:  # demonym adjectives anywhere ("russische", "deutschen"): LOCderiv
        word = text[a:b]
        if word[:1].islower() and any(lg == lang for lg, _c in kb.demonyms.get(word.lower(), ())):
            out.add((*tokens_of(a, b), "LOCderiv"))
    return out


def evaluate(path: Path, limit: int | None = None) -> dict[str, Any]:
    from ..pipeline import analyze, default_resources

    kb = default_resources().kb
    sentences = read_gold(path)[:limit] if limit else read_gold(path)
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    for s in sentences:
        text, offsets, pos = [], [], 0
        for tok in s.tokens:
            offsets.append((pos, pos + len(tok)))
            text.append(tok)
            pos += len(tok) + 1
        analysis = analyze(" ".join(text), lang="de").to_json()
        analysis["_text"] = " ".join(text)
        pred = predictions(analysis, offsets, kb)
        for span in pred:
            (tp if span in s.gold else fp)[span[2]] += 1
        for span in s.gold - pred:
            fn[span[2]] += 1

    def prf(labels) -> dict[str, float]:
        t, f, n = (sum(c[label] for label in labels) for c in (tp, fp, fn))
        p = t / (t + f) if t + f else 0.0
        r = t / (t + n) if t + n else 0.0
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
                "gold": t + n, "predicted": t + f}

    return {
        "file": str(path), "sentences": len(sentences),
        "per_class": {label: prf([label]) for label in (*MAIN, "LOCderiv")},
        "micro_per_loc_org": prf(["PER", "LOC", "ORG"]),
        "micro_four_classes": prf(list(MAIN)),
    }


def format_report(r: dict[str, Any]) -> str:
    lines = [f"{r['file']}: {r['sentences']} sentences (strict, outer level)"]
    for label, m in r["per_class"].items():
        lines.append(f"  {label:<9} P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}"
                     f"  (gold {m['gold']}, predicted {m['predicted']})")
    a, b = r["micro_per_loc_org"], r["micro_four_classes"]
    lines.append(f"  micro PER+LOC+ORG: P {a['precision']:.3f}  R {a['recall']:.3f}  F1 {a['f1']:.3f}")
    lines.append(f"  micro four classes (OTH as misses): P {b['precision']:.3f}  R {b['recall']:.3f}  F1 {b['f1']:.3f}")
    return "\n".join(lines)
