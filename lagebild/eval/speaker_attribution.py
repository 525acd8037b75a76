"""Claims scored against GermEval 2023 SpkAtt task 2 (speaker attribution in German Wikinews).

The data (one JSON file per article, see ``../shared/data/dev/spkatt-news/README.md``) gives the
tokens of each sentence and, for each speech, thought or writing representation, the token ids
(``"sentence:token"``) of its ``Cue``, ``Source`` and ``Message`` and its ``Form`` (Direct,
Indirect, FreeIndirect, IndirectFreeIndirect, Reported). lagebild reads text, so :func:`predict`
rebuilds the text from the tokens (:func:`rebuild_text`), runs :func:`lagebild.analyze` and maps
every claim back to token ids, except the article's own voice (``UNSCORED_FORMS``) and reportative
modals without a source; it maps lagebild's forms to SpkAtt's conventions where they differ (see
:func:`predict`).

Only gold annotations with ``IsNested: false`` are scored by default, as in the simplified
subtask; a nested annotation shares its cue with the outer one.

**The metrics approximate the official SpkAtt scorer; they do not reproduce it.** They are meant
to track lagebild's own progress. Definitions (:func:`score`):

Matching (one-to-one, greedy, per document)
    1. *By cue*: every (gold, predicted) pair whose cue token sets overlap is a candidate. Pairs
       are taken in order of cue overlap size (larger first; ties: larger message overlap, then
       text order); a pair is kept when neither side is matched yet.
    2. *By message*: the gold items and predictions still unmatched are paired the same way by
       the overlap of their message token sets (ties: larger source overlap, then text order).
       This step is what lets gold items without a cue (Reported, FreeIndirect,
       IndirectFreeIndirect and a few others) be matched at all.

Cue P/R/F1
    TP = pairs matched by cue. Recall = TP / gold items with a non-empty Cue. Precision = TP /
    predictions with a cue, not counting predictions matched (step 2) to a gold item that has no
    Cue: the annotators mark no cue there, so the predicted cue is neither right nor wrong.

Source and message P/R/F1 (token level, micro-averaged)
    TP = sum over matched pairs of |gold tokens ∩ predicted tokens|. Precision = TP / the tokens
    of *all* predictions (so unmatched predictions count entirely against precision). Recall =
    TP / the tokens of *all* gold items (so unmatched gold items count entirely against recall).

Joint P/R/F1
    A matched pair is *correct* when (a) it was matched by cue, or the gold item has no Cue, and
    (b) the pair's source token-F1 is ≥ 0.5 and (c) its message token-F1 is ≥ 0.5. A pair's token-F1
    is 2·|g ∩ p| / (|g| + |p|), and 1.0 when both sets are empty: a gold item with an empty
    Source is correct only with a prediction that has no speaker. Precision = correct / all
    predictions; recall = correct / all gold items.

By form
    For each gold Form: gold items, matched ones and correct ones (recall = matched / n, joint
    recall = correct / n). For each predicted claim form (``Claim.kind``): predictions, matched
    and correct ones.

A ratio with a zero denominator is reported as 0.0.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import time
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import InputError

TokenId = tuple[int, int]  # (sentence index, token index)
Item = dict[str, Any]  # cue, source, message: frozenset[TokenId]; plus form/kind etc.

PARTS = ("heldout", "dev", "all")
SOURCE_PREPOSITIONS = {"nach", "laut", "zufolge", "gemäß", "according", "to", "eigenen", "den"}
HELDOUT_PERCENT = 20
# claim forms SpkAtt does not annotate: the article's own voice (reportative modals without a source are left
# out as well, and those with one are scored without a cue: see predict)
UNSCORED_FORMS = ("author",)
MIN_YEAR = 1900  # earlier dates in file names are placeholders (one file is dated 0001-01-01)
ROLES = ("source", "message")
SENTENCE_FINAL = set(".!?:;…\"'“”„«»)]")  # last characters of a gold sentence that really ends there
_DATE_RE = re.compile(r"\((\d{4}-\d{2}-\d{2})\)\s*$")


@dataclass
class SpkDoc:
    """One SpkAtt article: its sentences as token lists and its gold annotations."""

    name: str  # DocumentName
    file: str  # the file name, the key of the split
    published: date | None
    sentences: list[list[str]]
    annotations: list[Item] = field(default_factory=list)


# -- reading -------------------------------------------------------------------------------------


def _published(*names: str) -> date | None:
    for name in names:
        m = _DATE_RE.search(name)
        if m:
            try:
                day = date.fromisoformat(m.group(1))
            except ValueError:
                continue
            return day if day.year >= MIN_YEAR else None  # "(0001-01-01)" marks an unknown date
    return None


def load(path: str | Path) -> SpkDoc:
    """Read one SpkAtt task-2 JSON file.

    Each gold annotation becomes a dict with ``cue``, ``source``, ``message`` (frozensets of
    ``(sentence, token)`` indexes), ``form``, ``stwr``, ``nested`` and ``has_nested``. The
    publication date comes from the ``(YYYY-MM-DD)`` at the end of the file name (else of the
    DocumentName); it is None when neither has one or the year is before 1900 (a placeholder).
    """
    path = Path(path)
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: cannot read SpkAtt JSON ({exc})") from None
    try:
        ordered = sorted(data["Sentences"], key=lambda s: int(s["SentenceId"]))
        index = {int(s["SentenceId"]): i for i, s in enumerate(ordered)}
        sentences = [[str(t) for t in s["Tokens"]] for s in ordered]

        def ids(values: Iterable[str]) -> frozenset[TokenId]:
            out = set()
            for v in values:
                s, t = str(v).split(":")
                si, ti = index[int(s)], int(t)
                if not 0 <= ti < len(sentences[si]):
                    raise ValueError(f"token id {v} out of range")
                out.add((si, ti))
            return frozenset(out)

        annotations = [
            {
                "cue": ids(a.get("Cue", [])), "source": ids(a.get("Source", [])),
                "message": ids(a.get("Message", [])), "form": str(a.get("Form", "")),
                "stwr": str(a.get("STWR", "")), "nested": bool(a.get("IsNested", False)),
                "has_nested": bool(a.get("HasNested", False)),
            }
            for a in data.get("Annotations", [])
        ]
        name = str(data.get("DocumentName", path.stem))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InputError(f"{path}: not in the SpkAtt task-2 format ({exc!r})") from None
    return SpkDoc(name=name, file=path.name, published=_published(path.stem, name), sentences=sentences,
                  annotations=annotations)


def rebuild_text(sentences: Sequence[Sequence[str]]) -> tuple[str, dict[TokenId, tuple[int, int]]]:
    """Join tokens with single spaces and sentences with ``"\\n"`` (the segmenter keeps the gold
    sentence boundaries). Returns the text and each token's ``(sentence, token) -> (start, end)``
    character offsets (end exclusive). Tokens are NFC-normalised, as :func:`lagebild.analyze` does.
    """
    parts: list[str] = []
    offsets: dict[TokenId, tuple[int, int]] = {}
    pos = 0
    for si, tokens in enumerate(sentences):
        if si:
            # a gold sentence that stops mid-sentence (no final punctuation, and the next one starts in lower case:
            # "… Benita Ferrero-Waldner" | "teilte mit , …") goes on in the next one, as in the article's text;
            # headings ("Reaktionen aus Deutschland") stay apart
            last = sentences[si - 1][-1] if sentences[si - 1] else "."
            cont = bool(tokens) and tokens[0][:1].islower() and last[-1:] not in SENTENCE_FINAL
            parts.append(" " if cont else "\n")
            pos += 1
        for ti, tok in enumerate(tokens):
            if ti:
                parts.append(" ")
                pos += 1
            tok = unicodedata.normalize("NFC", tok)
            offsets[(si, ti)] = (pos, pos + len(tok))
            parts.append(tok)
            pos += len(tok)
    return "".join(parts), offsets


class _TokenIndex:
    """Character spans to the token ids they overlap (tokens are sorted and disjoint)."""

    def __init__(self, offsets: dict[TokenId, tuple[int, int]]):
        items = sorted((start, end, tid) for tid, (start, end) in offsets.items())
        self.starts = [s for s, _, _ in items]
        self.ends = [e for _, e, _ in items]
        self.ids = [t for _, _, t in items]

    def tokens(self, start: int, end: int) -> frozenset[TokenId]:
        hi = bisect_left(self.starts, end)  # tokens that start before the span ends
        lo = bisect_right(self.ends, start, 0, hi)  # ... and end after it starts
        return frozenset(self.ids[lo:hi])

    def spans(self, spans: Iterable[tuple[int, int, str] | None]) -> frozenset[TokenId]:
        out: set[TokenId] = set()
        for sp in spans:
            if sp:
                out |= self.tokens(sp[0], sp[1])
        return frozenset(out)


def predict(doc: SpkDoc, nested: bool = False) -> list[Item]:
    """Run :func:`lagebild.analyze` (lang "de", the document's date) on the rebuilt text.

    Returns one dict per claim (a run of continued claims counts as one) whose form is not in
    ``UNSCORED_FORMS``: ``cue`` (the tokens of the cue and of all
    ``cue_parts``), ``source`` (of ``speaker_span``; empty when there is none) and ``message`` (of
    ``content``, less the cue and source tokens) as frozensets of ``(sentence, token)``, plus ``id``,
    ``kind``, ``status`` and ``sentence``. A span maps to every token it overlaps by at least one character.
    SpkAtt's conventions: the source noun of "nach Angaben X" is source, not cue; a reportative claim with a
    source (FreeIndirect) and a speech act with only an object (Reported, kind ``reported_act``: the message
    holds speaker and verb, and is the whole sentence where no other item touches it) have no cue; a run of
    continued claims of one speaker is one item, and so is a run of reportative (``reported``) claims of one
    source. A speech act whose object only names its topic and a reference in parentheses ("( Wikinews
    berichtete )") are not scored, nor, unless ``nested``, a claim whose cue lies in another's quote or in what a
    source phrase reports ("Laut CNN hat X verkündet, …"; SpkAtt's nested annotations).
    """
    from ..pipeline import analyze

    text, offsets = rebuild_text(doc.sentences)
    analysis = analyze(text, lang="de", published=doc.published, doc_id=doc.file)
    if analysis.text != text:
        raise InputError(f"{doc.file}: the analysed text differs from the rebuilt text; offsets would not map")
    index = _TokenIndex(offsets)
    out: list[Item] = []
    for c in analysis.claims:
        if c.kind in UNSCORED_FORMS or (c.kind == "reported" and c.speaker_span is None):
            continue  # a reportative modal without a source names none
        cue = index.spans([c.cue, *c.cue_parts])
        source = index.spans([c.speaker_span])
        if c.kind == "reported":
            cue = frozenset()  # "Er soll … haben": SpkAtt's FreeIndirect, which has no cue (the modal is no cue)
        if c.kind == "according" and c.cue_parts and c.speaker_span != c.cue:
            # SpkAtt counts the source noun to the source ("[Angaben des Instituts] zufolge"); lagebild's cue
            # holds it ("Angaben zufolge"), so only the preposition stays the cue here. A cue of one word (the tag
            # "so", the relative "wonach", "laut") holds no source noun and stays whole
            words = {t: doc.sentences[t[0]][t[1]].lower() for t in cue}
            noun = frozenset(t for t, w in words.items() if w not in SOURCE_PREPOSITIONS)
            cue, source = cue - noun, source | noun
        if _parenthetical_reference(analysis, c):
            continue  # "( Wikinews berichtete )" points to another article; SpkAtt annotates no speech there
        if c.kind == "indirect" and c.speaker_span is None and _object_only(analysis, c):
            # "Die Entsendung wurde bestätigt": no speaker and no words of anyone's, only the status of what the
            # clause names; SpkAtt annotates no speech there
            continue
        if c.kind == "indirect" and _object_only(analysis, c) and _topic_object(analysis, c):
            # "kritisierte die Entscheidung", "wies die Vorwürfe zurück": the object names only what the act is about;
            # such an abstract summary gives no words of the speaker, and SpkAtt annotates none (guidelines, 3.5)
            continue
        if c.kind == "indirect" and _object_only(analysis, c) and (c.act or not _quoted_object(analysis, c)):
            # "warf der SPD eine Fehlentwicklung vor", "kündigte eine Klage an", "sprach von einem Feldzug",
            # "bezeichnete ihn als Fehler": a speech act reported without the words, its object sums up what was
            # said. SpkAtt annotates it as the form Reported (guidelines 3.5 name "sprechen", "bezeichnen"): no cue,
            # the whole report (speaker and verb too) is the message. An object with a quote ("nannte den Bericht
            # „…“") stays a cued claim (Direct)
            s0, s1 = analysis.sentence_tokens[c.sentence]
            out.append({"id": c.id, "kind": "reported_act", "status": c.status, "cue": frozenset(),
                        "source": source, "message": index.spans([c.content, c.cue, c.speaker_span]) | cue,
                        "sentence": c.sentence, "verb": cue, "words": index.spans([c.content]) - cue - source,
                        "whole": index.tokens(analysis.tokens[s0].start, analysis.tokens[s1 - 1].end)})
            continue
        # lagebild's content of a source phrase is the whole clause ("Nach Angaben X wurden …"); SpkAtt's message
        # never holds cue or source tokens
        message = index.spans([c.content]) - cue - source
        if c.kind == "continued":
            # the subjunctive verb that carries reported speech on is no cue in SpkAtt (FreeIndirect and
            # IndirectFreeIndirect have none): it is part of the message, with the sentence's full stop
            message = message | cue | index.spans([_sentence_end(analysis, c)])
            cue = frozenset()
        last = out[-1] if out else None
        if c.kind in ("continued", "reported") and last is not None and last["kind"] == c.kind \
                and last["source"] == source and c.sentence - last["sentence"] in (0, 1):
            # SpkAtt annotates a stretch of free indirect speech as one message over its sentences ("Er soll …
            # Dort sollen …" too)
            last.update(cue=last["cue"] | cue, message=last["message"] | message, sentence=c.sentence)
            continue
        out.append({
            "id": c.id, "kind": c.kind, "status": c.status, "cue": cue, "source": source,
            "message": message, "sentence": c.sentence,
        })
    # speech inside another speaker's quote ("„Ich sage: …“", "„Wer kann glauben, dass …?“") or inside what a source
    # phrase reports ("Laut CNN hat der Minister verkündet, …", "…, sagte X laut Spiegel Online") is what SpkAtt marks
    # IsNested, left out of the simplified subtask scored here; a source phrase after the verb inside its words reports
    # within them ("Wie die Zeitung berichtete, soll laut der Studie …")
    out = [item for item in out if nested or not any(_nested_in(item, o) for o in out if o is not item)]
    for item in out:
        item.pop("verb", None)
        item.pop("words", None)
        whole = item.pop("whole", None)
        if whole is not None and not any(o is not item and (o["cue"] | o["source"] | o["message"]) & whole
                                          for o in out):
            # the only report in its sentence: SpkAtt's Reported spans the whole sentence with its full stop
            # (guidelines, 3.5), adverbials and relative clauses too ("Am Ende des Wahlabends gab X … bekannt .")
            item["message"] = whole
    return out


def _nested_in(item: Item, outer: Item) -> bool:
    """Whether a predicted item's cue lies in another's words as SpkAtt's nested annotations do: in a quote ("„Ich
    sage: …“, sagte X") or in what a source phrase reports ("Laut CNN hat X verkündet, …"), unless that source phrase
    follows the verb inside the verb's own message ("Wie die Zeitung berichtete, soll laut der Studie …")."""
    cue, words = item["cue"] or item.get("verb", frozenset()), item.get("words", item["message"])
    if not cue or not cue <= outer["message"]:
        return False
    if outer["kind"] == "direct":
        return bool(item["cue"])
    return outer["kind"] == "according" and item["kind"] in ("indirect", "direct", "reported_act") and not (
        outer["cue"] & words and min(outer["cue"]) > max(cue))


def _sentence_end(analysis, claim) -> tuple[int, int, str] | None:
    """The final punctuation of a claim's sentence when its content ends right before it, else None."""
    _s0, s1 = analysis.sentence_tokens[claim.sentence]
    last = analysis.tokens[s1 - 1]
    if last.kind == "punct" and analysis.token_at(claim.content[1] - 1) == s1 - 2:
        return last.start, last.end, last.text
    return None


def _quoted_object(analysis, claim) -> bool:
    """Whether a claim's object content holds a quote ("nannte den Bericht „eine Zeitungsente“")."""
    lo, hi = analysis.token_at(claim.content[0]), analysis.token_at(claim.content[1] - 1)
    return any(analysis.tokens[k].kind == "quote" for k in range(lo, hi + 1))


def _parenthetical_reference(analysis, claim) -> bool:
    """Whether a claim's cue closes a parenthesis that holds nothing after it ("( Wikinews berichtete )"): a pointer
    to another text, which reports nothing (the guidelines, 5.3, leave such references out)."""
    if claim.cue is None:
        return False
    k = analysis.token_at(max([claim.cue[1], *(p[1] for p in claim.cue_parts)]) - 1)
    if k + 1 >= len(analysis.tokens) or analysis.tokens[k + 1].text != ")":
        return False
    s0, _s1 = analysis.sentence_tokens[claim.sentence]
    for j in range(k - 1, s0 - 1, -1):
        if analysis.tokens[j].text in ("(", ")"):
            return analysis.tokens[j].text == "("
    return False


def _topic_object(analysis, claim) -> bool:
    """Whether a claim's cue is a verb whose object names what the act is about, not what was said (``object`` =
    ``topic`` in cues.tsv: "kritisierte die Entscheidung", "wies die Vorwürfe zurück"), and the object gives no
    words of the speaker: no quote, no ``predicative_marker`` phrase ("kritisierte den Besuch als PR-Aktion")."""
    from ..lang import load_lexicon

    lex = load_lexicon(analysis.lang)
    toks = sorted({analysis.token_at(p[0]) for p in [claim.cue, *claim.cue_parts] if p})
    words = [analysis.words[t] for t in toks]
    heads = [*words, *(a + b for a, b in zip(words, words[1:], strict=False))]  # "bekannt gegeben": the joined form
    rows = [c for w in heads for c in lex.cues.get(w, ())
            if c.kind == "verb" and (not c.particle or c.particle in words)]
    rows.sort(key=lambda c: not c.particle)  # "wies … zurück" before "wies"
    if not rows or rows[0].object != "topic":
        return False
    lo, hi = analysis.token_at(claim.content[0]), analysis.token_at(claim.content[1] - 1)
    return not any(analysis.tokens[k].kind == "quote" or lex.is_("predicative_marker", analysis.words[k])
                   for k in range(lo, hi + 1))


def _object_only(analysis, claim) -> bool:
    """Whether a claim's content is no clause of its own but lies in its cue's clause (an object: "warf der SPD
    eine schreckliche Fehlentwicklung vor", "fordert zusätzliche Offenlegungspflichten")."""
    from ..stages.syntax import clause_range

    if claim.cue is None:
        return False
    a, b, _kind = clause_range(analysis, analysis.token_at(claim.cue[0]))
    lo, hi = analysis.token_at(claim.content[0]), analysis.token_at(claim.content[1] - 1)
    return a <= lo and hi < b


# -- scoring -------------------------------------------------------------------------------------


def _set_f1(gold: frozenset, pred: frozenset) -> float:
    if not gold and not pred:
        return 1.0
    return 2 * len(gold & pred) / (len(gold) + len(pred))


def match(gold: Sequence[Item], pred: Sequence[Item]) -> list[tuple[int, int, str]]:
    """One-to-one greedy matching: ``(gold index, pred index, "cue" | "message")``, see the module doc."""
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: list[tuple[int, int, str]] = []

    def take(pairs: list[tuple[int, int, int, int]], how: str) -> None:
        for *_, gi, pi in sorted(pairs):
            if gi not in used_g and pi not in used_p:
                used_g.add(gi)
                used_p.add(pi)
                out.append((gi, pi, how))

    by_cue = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            n = len(g["cue"] & p["cue"])
            if n:
                by_cue.append((-n, -len(g["message"] & p["message"]), gi, pi))
    take(by_cue, "cue")
    by_message = []
    for gi, g in enumerate(gold):
        if gi in used_g:
            continue
        for pi, p in enumerate(pred):
            if pi in used_p:
                continue
            n = len(g["message"] & p["message"])
            if n:
                by_message.append((-n, -len(g["source"] & p["source"]), gi, pi))
    take(by_message, "message")
    return sorted(out)


def count(gold: Sequence[Item], pred: Sequence[Item]) -> dict[str, Any]:
    """The raw counts behind :func:`score` for one document; counts of documents add up (:func:`merge`)."""
    pairs = match(gold, pred)
    c: dict[str, Any] = {
        "gold": len(gold), "pred": len(pred), "matched": len(pairs),
        "matched_by_cue": sum(1 for *_, how in pairs if how == "cue"),
        "cue_tp": 0, "cue_gold": sum(1 for g in gold if g["cue"]), "cue_pred": sum(1 for p in pred if p["cue"]),
        "correct": 0, "by_form": {}, "by_kind": {},
    }
    for role in ROLES:
        c[f"{role}_tp"] = 0
        c[f"{role}_gold"] = sum(len(g[role]) for g in gold)
        c[f"{role}_pred"] = sum(len(p[role]) for p in pred)
    for g in gold:
        row = c["by_form"].setdefault(g.get("form", ""), {"n": 0, "matched": 0, "correct": 0})
        row["n"] += 1
    for p in pred:
        row = c["by_kind"].setdefault(p.get("kind", ""), {"n": 0, "matched": 0, "correct": 0})
        row["n"] += 1
    for gi, pi, how in pairs:
        g, p = gold[gi], pred[pi]
        if how == "cue":
            c["cue_tp"] += 1
        elif not g["cue"] and p["cue"]:
            c["cue_pred"] -= 1  # a cue where the gold marks none: neither right nor wrong
        for role in ROLES:
            c[f"{role}_tp"] += len(g[role] & p[role])
        correct = ((how == "cue" or not g["cue"]) and _set_f1(g["source"], p["source"]) >= 0.5
                   and _set_f1(g["message"], p["message"]) >= 0.5)
        c["correct"] += correct
        for row in (c["by_form"][g.get("form", "")], c["by_kind"][p.get("kind", "")]):
            row["matched"] += 1
            row["correct"] += correct
    return c


def merge(counts: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Sum the counts of several documents (nested dicts are summed key by key)."""
    total: dict[str, Any] = {}

    def add(into: dict[str, Any], c: dict[str, Any]) -> None:
        for k, v in c.items():
            if isinstance(v, dict):
                add(into.setdefault(k, {}), v)
            else:
                into[k] = into.get(k, 0) + v

    for c in counts:
        add(total, c)
    return total


def _ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def _prf(tp: int, pred: int, gold: int) -> dict[str, float | int]:
    p, r = _ratio(tp, pred), _ratio(tp, gold)
    return {"p": p, "r": r, "f1": _ratio(2 * p * r, p + r), "tp": tp, "pred": pred, "gold": gold}


def metrics(c: dict[str, Any]) -> dict[str, Any]:
    """Precision, recall and F1 from (merged) counts."""
    out: dict[str, Any] = {
        "gold": c.get("gold", 0), "pred": c.get("pred", 0), "matched": c.get("matched", 0),
        "matched_by_cue": c.get("matched_by_cue", 0),
        "cue": _prf(c.get("cue_tp", 0), c.get("cue_pred", 0), c.get("cue_gold", 0)),
    }
    for role in ROLES:
        out[role] = _prf(c.get(f"{role}_tp", 0), c.get(f"{role}_pred", 0), c.get(f"{role}_gold", 0))
    out["joint"] = _prf(c.get("correct", 0), c.get("pred", 0), c.get("gold", 0))
    for key in ("by_form", "by_kind"):
        out[key] = {
            name: {**row, "matched_rate": _ratio(row["matched"], row["n"]),
                   "correct_rate": _ratio(row["correct"], row["n"])}
            for name, row in sorted(c.get(key, {}).items(), key=lambda kv: (-kv[1]["n"], kv[0]))
        }
    return out


def score(gold: Sequence[Item], pred: Sequence[Item]) -> dict[str, Any]:
    """Score the predictions of one document against its gold items (definitions: module doc).

    Items are dicts with ``cue``, ``source`` and ``message`` as sets of token ids (any hashable id);
    gold items may have ``form`` and predictions ``kind``. Returns ``gold``, ``pred``, ``matched``,
    ``matched_by_cue``; ``cue``, ``source``, ``message`` and ``joint`` as ``{p, r, f1, tp, pred, gold}``
    (for source and message, tp/pred/gold count tokens); ``by_form`` (gold Form) and ``by_kind``
    (predicted form) as ``{n, matched, correct, matched_rate, correct_rate}``; and the raw ``counts``.
    """
    c = count(gold, pred)
    return {**metrics(c), "counts": c}


# -- split and evaluation ------------------------------------------------------------------------


def _bucket(path: str | Path) -> int:
    return int(hashlib.sha1(Path(path).name.encode("utf-8")).hexdigest(), 16) % 100


def split(paths: Iterable[str | Path]) -> tuple[list[Path], list[Path]]:
    """Deterministic 80/20 split into (dev, heldout): a file is held out when the SHA-1 of its file
    name, read as a number, is below 20 modulo 100. Independent of the order and the folder."""
    dev: list[Path] = []
    heldout: list[Path] = []
    for p in sorted(Path(p) for p in paths):
        (heldout if _bucket(p) < HELDOUT_PERCENT else dev).append(p)
    return dev, heldout


def files(directory: str | Path, part: str = "heldout", limit: int | None = None) -> list[Path]:
    """The JSON files of one part of a SpkAtt folder, sorted by name, at most ``limit`` of them."""
    if part not in PARTS:
        raise ValueError(f"part must be one of {PARTS}, not {part!r}")
    directory = Path(directory)
    if not directory.is_dir():
        raise InputError(f"{directory}: SpkAtt data folder not found")
    paths = sorted(p for p in directory.glob("*.json") if not p.name.endswith(".pretty.json"))
    if not paths:
        raise InputError(f"{directory}: no SpkAtt .json files")
    dev, heldout = split(paths)
    chosen = {"dev": dev, "heldout": heldout, "all": paths}[part]
    return chosen[:limit] if limit is not None else chosen


def evaluate(
    directory: str | Path,
    part: str = "heldout",
    limit: int | None = None,
    *,
    nested: bool = False,
    predictor: Callable[[SpkDoc], list[Item]] = predict,
    strict: bool = False,
) -> dict[str, Any]:
    """Run lagebild on one part of a SpkAtt task-2 folder and score it (definitions: module doc).

    ``part`` is "heldout" (20 %), "dev" (80 %) or "all" (:func:`split`); ``limit`` keeps the first
    n files of the part by name. Gold annotations with ``IsNested: true`` are left out unless
    ``nested``. A document on which the predictor raises is scored with no predictions (its gold
    items count as missed) and listed in ``failures`` as ``[file, error]``; with ``strict`` the
    error propagates. Returns :func:`score`'s fields summed over the documents (micro averages),
    plus ``part``, ``directory``, ``docs``, ``nested``, ``failures`` and ``seconds``.
    """
    chosen = files(directory, part, limit)
    if predictor is predict and nested:
        predictor = functools.partial(predict, nested=True)
    t0 = time.perf_counter()
    per_doc = []
    failures: list[list[str]] = []
    for path in chosen:
        doc = load(path)
        gold = [a for a in doc.annotations if nested or not a["nested"]]
        try:
            pred = predictor(doc)
        except Exception as exc:
            if strict:
                raise
            failures.append([path.name, f"{type(exc).__name__}: {exc}"])
            pred = []
        per_doc.append(count(gold, pred))
    c = merge(per_doc)
    return {
        "part": part, "directory": str(directory), "docs": len(chosen), "nested": nested,
        **metrics(c), "counts": c, "failures": failures, "seconds": round(time.perf_counter() - t0, 2),
    }


def format_report(result: dict[str, Any]) -> str:
    """A short table of :func:`evaluate`'s result."""
    lines = [
        f"SpkAtt task 2 ({result.get('part', '?')}): {result.get('docs', '?')} documents, "
        f"{result['gold']} gold annotations{'' if result.get('nested') else ' (IsNested=false)'}, "
        f"{result['pred']} predicted claims, {result['matched']} matched "
        f"({result['matched_by_cue']} by cue, {result['matched'] - result['matched_by_cue']} by message)",
        "approximate scorer, not the official one (docs/eval-speaker-attribution.md)",
        "",
        f"{'':10}{'P':>7}{'R':>7}{'F1':>7}",
    ]
    for key in ("cue", "source", "message", "joint"):
        m = result[key]
        lines.append(f"{key:10}{m['p']:7.3f}{m['r']:7.3f}{m['f1']:7.3f}")
    for key, title in (("by_form", "gold Form"), ("by_kind", "predicted form")):
        rows = result.get(key) or {}
        if not rows:
            continue
        lines += ["", f"{title:22}{'n':>6}{'matched':>9}{'correct':>9}"]
        for name, row in rows.items():
            lines.append(f"{name or '-':22}{row['n']:6d}{row['matched_rate']:9.3f}{row['correct_rate']:9.3f}")
    failures = result.get("failures") or []
    if failures:
        lines += ["", f"{len(failures)} documents failed (scored with no predictions):"]
        lines += [f"  {name}: {error}" for name, error in failures[:10]]
    if "seconds" in result:
        lines += ["", f"{result['seconds']:.1f} s"]
    return "\n".join(lines)
