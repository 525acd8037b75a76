"""Claims scored against the project's own attribution gold (``gold/attribution/<lang>.jsonl``).

Each gold item is a short news passage with its attributions (cue, speaker, the speaker's
antecedent for pronouns and descriptions, content, form, status, hedges; see
``gold/README.md``). The passage is analysed on its own; claims in the author's voice are left
out. Definitions:

Matching (one-to-one, per item)
    A claim and a gold attribution pair when the claim's cue (or one of its cue parts) overlaps
    the gold cue; pairs are taken in order of the distance between cue starts.

Cue P/R/F1
    TP = pairs; FP = claims left unpaired; FN = gold attributions left unpaired. A claim left unpaired that
    shares its cue with a gold attribution and whose content overlaps one of that attribution's further
    segments (``content_cont``: a quote that goes on in the next sentence) is that attribution's continuation,
    neither a pair nor an FP.

Speaker accuracy (over the pairs)
    Correct when the gold names no speaker and the claim has none; or the claim's speaker span
    overlaps the gold speaker or its antecedent (``speaker_ref``). ``speaker_joint`` is the share
    of all gold attributions whose cue is found *and* whose speaker is right.

Content token F1 (over the pairs, averaged)
    Word tokens of the gold content and the claim's content, 2·|g ∩ p| / (|g| + |p|).

Status accuracy (over the pairs)
    The claim's status equals the gold status.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

from .goldfile import Item, Span, analyse, language_of, locate, overlaps, prf, ratio, read_items, select, span_of

STATUSES = {"reported", "claimed", "confirmed", "denied", "disputed", "speculated", "feared"}
ALLOWED = {"status": STATUSES, "form": {"direct", "indirect", "according", "reported"}}


def read_gold(path: Path) -> list[Item]:
    return read_items(path, "attributions", ("cue", "speaker", "speaker_ref", "content"), ALLOWED,
                      required=("cue", "status"))


def _cue_spans(claim: dict) -> list[Span]:
    return [(c[0], c[1]) for c in [claim["cue"], *claim.get("cue_parts", [])] if c]


def _tokens(text: str, span: Span | None) -> Counter:
    return Counter(re.findall(r"\w+", text[span[0]:span[1]].lower())) if span else Counter()


def token_f1(text: str, gold: Span | None, predicted: Span | None) -> float:
    g, p = _tokens(text, gold), _tokens(text, predicted)
    if not g and not p:
        return 1.0
    common = sum((g & p).values())
    return 2 * common / (sum(g.values()) + sum(p.values()))


def pair(item: Item, claims: list[dict]) -> list[tuple[dict | None, dict | None]]:
    golds = [(g, span_of(item, g, "cue")) for g in item.annotations]
    candidates = sorted((abs(c["cue"][0] - gspan[0]), gi, ci)
                        for gi, (_, gspan) in enumerate(golds) for ci, c in enumerate(claims)
                        if any(overlaps(gspan, s) for s in _cue_spans(c)))
    used_g: set[int] = set()
    used_c: set[int] = set()
    pairs: list[tuple[dict | None, dict | None]] = []
    for _, gi, ci in candidates:
        if gi not in used_g and ci not in used_c:
            used_g.add(gi)
            used_c.add(ci)
            pairs.append((golds[gi][0], claims[ci]))
    pairs += [(g, None) for gi, (g, _) in enumerate(golds) if gi not in used_g]
    pairs += [(None, c) for ci, c in enumerate(claims) if ci not in used_c]
    return pairs


def continues(item: Item, claim: dict) -> bool:
    """Whether an unpaired claim goes on with a gold attribution: the same cue, and content in one of the
    attribution's further segments (``content_cont``)."""
    content = (claim["content"][0], claim["content"][1]) if claim.get("content") else None
    for g in item.annotations:
        cue = span_of(item, g, "cue")
        if not g.get("content_cont") or not any(overlaps(cue, s) for s in _cue_spans(claim)):
            continue
        if any(overlaps(content, locate(item.text, seg)) for seg in g["content_cont"]):
            return True
    return False


def speaker_agrees(item: Item, gold: dict, claim: dict) -> bool:
    predicted = claim.get("speaker_span")
    if gold.get("speaker") is None:
        return not predicted
    if not predicted:
        return False
    span = (predicted[0], predicted[1])
    return overlaps(span, span_of(item, gold, "speaker")) or overlaps(span, span_of(item, gold, "speaker_ref"))


def score(items: list[Item], predictions: dict[str, list[dict]]) -> dict[str, Any]:
    counts: Counter = Counter()
    content_f1 = 0.0
    by_status: dict[str, Counter] = {s: Counter() for s in sorted(STATUSES)}
    errors: list[dict] = []
    for item in items:
        for g, c in pair(item, predictions.get(item.id, [])):
            if g is None and continues(item, c):
                continue  # the quote goes on under the same cue: part of a found attribution
            if g is None or c is None:
                kind = "fp" if g is None else "fn"
                counts[kind] += 1
                if g is not None:
                    by_status[g["status"]]["gold"] += 1
                errors.append({"id": item.id, "error": kind, "cue": c["cue"][2] if c else g["cue"]})
                continue
            counts["tp"] += 1
            speaker = speaker_agrees(item, g, c)
            content = token_f1(item.text, span_of(item, g, "content"),
                               (c["content"][0], c["content"][1]) if c.get("content") else None)
            content_f1 += content
            status = c.get("status") == g["status"]
            counts.update(speaker=speaker, status=status)
            by_status[g["status"]].update(gold=1, found=1, right=status)
            if not (speaker and status):
                errors.append({"id": item.id, "error": "speaker" if not speaker else "status", "cue": g["cue"],
                               "gold": {"speaker": g.get("speaker"), "status": g["status"]},
                               "predicted": {"speaker": (c.get("speaker_span") or [None] * 3)[2],
                                             "status": c.get("status")}})
    tp = counts["tp"]
    gold_total = tp + counts["fn"]
    return {"items": len(items), "gold_attributions": gold_total, "predicted_claims": tp + counts["fp"],
            "cue": prf(tp, counts["fp"], counts["fn"]),
            "speaker_accuracy": ratio(counts["speaker"], tp), "speaker_joint": ratio(counts["speaker"], gold_total),
            "content_f1": round(content_f1 / tp, 3) if tp else 0.0, "status_accuracy": ratio(counts["status"], tp),
            "by_status": {s: dict(c) for s, c in by_status.items() if c}, "errors": errors}


def evaluate(path: Path, lang: str | None = None, part: str = "all") -> dict[str, Any]:
    items = select(read_gold(path), part)
    lang = language_of(path, lang)
    predictions = {k: [c for c in claims if c.get("form") != "author"]
                   for k, claims in analyse(items, lang, "claims").items()}
    return {"file": str(path), "lang": lang, "part": part, **score(items, predictions)}


def format_report(r: dict[str, Any]) -> str:
    c = r["cue"]
    lines = [f"{r['file']} ({r['part']}): {r['items']} items, {r['gold_attributions']} gold attributions, "
             f"{r['predicted_claims']} claims",
             f"cue: P {c['precision']:.3f}  R {c['recall']:.3f}  F1 {c['f1']:.3f}",
             f"of the matched: speaker {r['speaker_accuracy']:.3f}, content token F1 {r['content_f1']:.3f}, "
             f"status {r['status_accuracy']:.3f}",
             f"cue and speaker right, of all gold attributions: {r['speaker_joint']:.3f}",
             "status (gold, found, right):"]
    lines += [f"  {s:<10} {v.get('gold', 0):>3} {v.get('found', 0):>3} {v.get('right', 0):>3}"
              for s, v in r["by_status"].items()]
    return "\n".join(lines)
