"""Claim alignment across the documents of a story: who agrees, who contradicts whom.

Only attributed claims take part (a speaker said it); the article's own voice restates them.
Each claim is read into propositions, all language-neutral:

* ``amount:<kind>`` — an amount of a kind ("protesters", "personnel", "dead") in the claim's
  content, read as an interval (:mod:`lagebild.amounts`: "bis zu 40.000" is 20,000–40,000).
  Generic kinds (people, money, weapons, vehicles) count only as part of an event of the claim,
  money by currency. A denial of casualties ("bestritt, dass Zivilisten ums Leben kamen") is the
  amount zero.
* ``opposition:<label>`` — one side of an opposition in the language's ``opposites.tsv`` (retreat
  vs. holding, victory vs. continued fighting), matched at word starts in the content; only in
  articles that report a conflict event as having happened (a "victory" in a match report is no
  front line).
* ``event:<TYPE>`` — an event type the claim affirms (reported, confirmed, claimed) or denies (a
  denied claim; a merely negated event in a report takes no side), with its actors' countries:
  two positions whose events both name countries are about one event only if they share one in
  the same role (or the roles swapped) and conflict in none.

Two claims on one proposition from *independent* sources are linked: ``supports`` when they are
compatible, ``contradicts`` when not. Independent sources are parties, not outlets: a speaker's
country and camp (state institutions of one country are one party, and its capital speaks for
them; rebels, opposition, media and civilians each their own), an organisation by its
knowledge-base id, else the speaker's words; a speaker given only as a pronoun or a bare
lowercase noun is no source one could count. Wire copies carry the same speakers, so they never
count twice. Each link carries the number of independent sources on each side; the per-source
intervals stay in ``proposition_claims``. Rising casualty counts reported on later days are
updates, not contradictions.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..amounts import compatible, interval

STATE_SECTORS = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "HLH", None, ""}
HARM = {"dead", "injured", "casualties"}
GENERIC_KINDS = {"people", "money", "weapons", "vehicles"}
CONFLICT_TYPES = ("ASSAULT", "RETREAT", "COERCE", "MOBILIZE", "THREATEN", "CONCEDE")  # oppositions.tsv is about these
CUMULATIVE = {"dead", "injured", "casualties"}  # tolls that rise as bodies are found; not contested counts
AFFIRMING = {"reported", "claimed", "confirmed", "asserted"}
NEGATING = {"denied"}
MAX_LINKS = 5000  # per proposition; a story with more is summarised by its sides


@dataclass
class Position:
    """One claim's stand on one proposition."""

    doc_id: int
    claim_id: str
    source_key: str
    source_label: str
    published: str | None
    interval: tuple[float, float] | None = None
    side: str | None = None  # for oppositions ("a"/"b") and events ("+"/"-")
    evidence: str = ""
    group: int = field(default=0)
    text_group: int = 0  # the syndication group (original document id) of the article
    frame: tuple[str | None, str | None] = (None, None)  # an event's source and target country


@lru_cache(maxsize=8)
def _opposites(lang: str) -> tuple[tuple[tuple[str, ...], tuple[str, ...], str], ...]:
    from ..lang import load_lexicon

    try:
        return tuple(load_lexicon(lang).opposites)
    except (FileNotFoundError, KeyError):
        return ()


def reading(q: dict[str, Any]) -> tuple[float, float] | None:
    return interval(q.get("value"), q.get("min"), q.get("max"), bool(q.get("approximate")))


def source_of(claim: dict[str, Any], entities: dict[str, dict[str, Any]],
              places: list[dict[str, Any]] = (), lang: str = "") -> tuple[str, str] | None:
    """(key, label) of the independent source behind a claim, or None for the article's own voice."""
    speaker = entities.get(claim.get("speaker") or "")
    span = claim.get("speaker_span")
    if speaker is None and not span:
        return None
    if speaker is not None:
        country, sector = speaker.get("country"), speaker.get("sector")
        if country and sector in STATE_SECTORS:
            return f"{country}/state", f"{country} state"
        if country and speaker.get("type") != "igo":
            return f"{country}/{sector}", f"{country} {sector}"
        if speaker.get("kb"):
            return speaker["kb"], speaker["name"]
        return f"name:{speaker['name'].casefold()}", speaker["name"]
    for place in places:  # "nach Angaben aus Moskau": a capital speaks for its state
        if place.get("country") and any(m[0] == span[0] and m[1] == span[1] for m in place.get("mentions", ())) \
                and f"geo:{place.get('geonames')}" in _capitals():
            return f"{place['country']}/state", f"{place['country']} state"
    key = name_key(span[2])
    if _unknown_speaker(span[2], lang):
        return None
    return key


def _unknown_speaker(words: str, lang: str) -> bool:
    """A speaker given only as a pronoun or a bare common noun ("he", "it", "officials") is no source
    one could count: it may be any of the others."""
    tokens = words.split()
    if len(tokens) != 1:
        return False
    w = tokens[0]
    return w[:1].islower() or w.casefold() in _closed_words(lang)


@lru_cache(maxsize=8)
def _closed_words(lang: str) -> frozenset[str]:
    """Pronouns and the words of every closed class ("But", "Es"): never a speaker's name."""
    from ..lang import load_lexicon

    try:
        lex = load_lexicon(lang)
    except (FileNotFoundError, KeyError):
        return frozenset()
    return frozenset(lex.pronouns).union(*lex.closed.values())


def name_key(words: str) -> tuple[str, str]:
    """(key, label) of a speaker known only by words: the part before an apposition, its acronym when it
    has one ("Die unabhängige Wahlbeobachterorganisation ISFED" and "ISFED, the International Society
    for Fair Elections" are one source), else its words without leading lowercase words and articles."""
    head = " ".join(words.split(",")[0].split())
    tokens = [t.strip("()") for t in head.split()]
    acronyms = [t for t in tokens if len(t) >= 2 and t.isupper() and t.isalpha()]
    if acronyms:
        return f"name:{acronyms[-1].casefold()}", acronyms[-1]
    while len(tokens) > 1 and (tokens[0][:1].islower() or tokens[0].casefold() in _ARTICLES):
        tokens = tokens[1:]
    label = " ".join(tokens)
    return f"name:{label.casefold()}", label


_ARTICLES = {"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "the", "a", "an"}


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    from ..pipeline import default_resources

    return default_resources().kb.capital_places


@lru_cache(maxsize=8)
def _harm_words(lang: str) -> tuple[tuple[str, str], ...]:
    """(word, kind) of the language's unit and context words for dead, injured and casualties."""
    from ..lang import load_lexicon

    try:
        lex = load_lexicon(lang)
    except (FileNotFoundError, KeyError):
        return ()
    out = []
    for index in (lex.units, lex.unit_context):
        for phrase, value in index.items():
            kind = value if isinstance(value, str) else value[0]
            if kind in HARM:
                out.append((phrase, kind))
    return tuple(sorted(set(out)))


def denied_harm(lang: str, words: str) -> set[str]:
    """Kinds of harm a denial's content speaks of: denying casualties denies dead and injured."""
    kinds = {kind for phrase, kind in _harm_words(lang) if f" {phrase} " in words + " "}
    return kinds | HARM if "casualties" in kinds else kinds


@lru_cache(maxsize=8)
def _negators(lang: str) -> frozenset[str]:
    from ..lang import load_lexicon

    try:
        return frozenset(w for w in load_lexicon(lang).closed.get("negation", ()))
    except (FileNotFoundError, KeyError):
        return frozenset()


def opposition_side(words: str, left: tuple[str, ...], right: tuple[str, ...], lang: str) -> str | None:
    """"a" or "b": the side of an opposition a content takes; a negation just before a stem turns it
    ("had not taken control" is on the side of continued fighting). None when neither or both."""
    negators = _negators(lang)
    sides = set()
    for side, stems in (("a", left), ("b", right)):
        for stem in stems:
            at = words.find(" " + stem)
            while at >= 0:
                before = words[:at].split()[-3:]
                negated = any(w in negators for w in before)
                sides.add(("b" if side == "a" else "a") if negated else side)
                at = words.find(" " + stem, at + 1)
    return sides.pop() if len(sides) == 1 else None


def positions(doc_id: int, text: str, analysis: dict[str, Any], published: str | None) -> dict[str, list[Position]]:
    """The propositions one document's attributed claims take a stand on."""
    out: dict[str, list[Position]] = defaultdict(list)
    entities = {e["id"]: e for e in analysis["entities"]}
    events = {v["id"]: v for v in analysis["events"]}
    lang = analysis["doc"].get("lang") or ""
    war = any(ev["type"] in CONFLICT_TYPES and ev.get("modality", "actual") == "actual" and not ev.get("negated")
              for ev in analysis["events"])
    for c in analysis["claims"]:
        src = source_of(c, entities, analysis["places"], lang)
        if src is None:
            continue
        a, b, content = c["content"]

        def pos(claim_id: str = c["id"], source: tuple[str, str] = src, **kw: Any) -> Position:
            return Position(doc_id, claim_id, source[0], source[1], published, **kw)

        seen: set[str] = set()
        claim_events = [events[v] for v in c.get("events", []) if v in events]
        amounts = [q for q in analysis["quantities"] if a <= q["span"][0] and q["span"][1] <= b]
        for q in amounts:
            iv = reading(q)
            key = amount_key(q, claim_events)
            if iv is None or key is None or q["id"] in seen:
                continue
            seen.add(q["id"])
            out[key].append(pos(interval=iv, evidence=q["span"][2]))
        words = " " + " ".join("".join(ch if ch.isalnum() else " " for ch in content.casefold()).split())
        harm = denied_harm(lang, words) if c["status"] in NEGATING and not amounts else set()
        for kind in sorted(harm):
            out[f"amount:{kind}"].append(pos(interval=(0.0, 0.0), evidence=content))
        for left, right, label in _opposites(lang) if war else ():  # "victory" in a match report is no front line
            side = opposition_side(words, left, right, lang)
            if side:
                out[f"opposition:{label}"].append(pos(side=side, evidence=content))
        if c["status"] in AFFIRMING or (c["status"] in NEGATING and not harm):  # denying harm is not denying the event
            for ev in claim_events:
                if ev.get("modality", "actual") != "actual" or (ev.get("negated") and c["status"] not in NEGATING):
                    continue  # a "not" inside a report is too weak a denial to set sources against each other
                negative = c["status"] in NEGATING
                frame = ((ev.get("source") or {}).get("country"), (ev.get("target") or {}).get("country"))
                out[f"event:{ev['type']}"].append(pos(side="-" if negative else "+", evidence=ev["trigger"][2],
                                                      frame=frame))
    return out


def amount_key(q: dict[str, Any], claim_events: list[dict[str, Any]]) -> str | None:
    """The proposition an amount speaks to: its kind; for generic kinds (people, money, weapons,
    vehicles) also the event it belongs to, and for money the currency — else it says too little
    to be compared ("70,000 people" and "some elderly people" are not one count)."""
    kind = q.get("kind") or q.get("unit")
    if not kind:
        return None
    if q.get("currency"):
        kind = f"{kind} {q['currency']}"
    if (q.get("kind") or q.get("unit")) not in GENERIC_KINDS:
        return f"amount:{kind}"
    for ev in claim_events:
        if q["id"] in (ev.get("quantities") or ()):
            return f"amount:{kind}@{ev['type']}"
    return None


def store_positions(conn: sqlite3.Connection, doc_id: int, text: str, analysis: dict[str, Any]) -> None:
    """Read a document's positions once, when it is stored; its stories' alignments reuse them."""
    found = positions(doc_id, text, analysis, analysis["doc"].get("published"))
    conn.execute("INSERT INTO claim_positions VALUES (?, ?)", (doc_id, encode_positions(found)))


def encode_positions(found: dict[str, list[Position]]) -> str:
    """A document's positions as stored (``claim_positions``, the Spark job's ``positions`` column):
    per proposition, [claim, source key, source label, min, max, side, evidence, source and target country]."""
    return json.dumps({key: [[p.claim_id, p.source_key, p.source_label, *_bounds(p.interval), p.side, p.evidence,
                              *p.frame] for p in ps] for key, ps in sorted(found.items())}, ensure_ascii=False)


def _bounds(iv: tuple[float, float] | None) -> tuple[float | None, float | None]:
    if iv is None:
        return None, None
    return iv[0], None if iv[1] == float("inf") else iv[1]


def related(p: Position, q: Position) -> bool:
    """Whether two positions can be about one event: its countries, where both name them, are the same
    (either way round: "fighting" between two sides is told from either)."""
    def fits(x: tuple, y: tuple) -> bool:
        return all(a is None or b is None or a == b for a, b in zip(x, y, strict=True))

    def shares(x: tuple, y: tuple) -> bool:
        return any(a is not None and a == b for a, b in zip(x, y, strict=True))

    if p.frame == (None, None) or q.frame == (None, None):
        return True  # amounts and oppositions carry no frame; an event without known actors may be any
    return any(fits(p.frame, f) and shares(p.frame, f) for f in (q.frame, q.frame[::-1]))


def _agree(p: Position, q: Position, kind: str) -> bool:
    if p.interval is not None and q.interval is not None:
        if compatible(p.interval, q.interval):
            return True
        if kind in CUMULATIVE and p.published and q.published and p.published != q.published:
            earlier, later = (p, q) if p.published < q.published else (q, p)
            return later.interval[1] >= earlier.interval[0]  # a higher count later is an update
        return False
    return p.side == q.side


def align_story(conn: sqlite3.Connection, story_id: int) -> int:
    """Recompute the propositions and claim links of one story; returns the number of links."""
    conn.execute("DELETE FROM claim_links WHERE story_id = ?", (story_id,))
    conn.execute("DELETE FROM proposition_claims WHERE proposition_id IN"
                 " (SELECT id FROM propositions WHERE story_id = ?)", (story_id,))
    conn.execute("DELETE FROM propositions WHERE story_id = ?", (story_id,))
    rows = conn.execute("SELECT d.id, d.published, coalesce(d.original_id, d.id), c.positions FROM documents d"
                        " JOIN claim_positions c ON c.doc_id = d.id WHERE d.story_id = ? ORDER BY d.id",
                        (story_id,)).fetchall()
    props: dict[str, list[Position]] = defaultdict(list)
    for doc_id, published, text_group, stored in rows:
        for key, found in json.loads(stored).items():
            for claim_id, source_key, source_label, lo, hi, side, evidence, src, tgt in found:
                iv = None if lo is None else (lo, float("inf") if hi is None else hi)
                props[key].append(Position(doc_id, claim_id, source_key, source_label, published, iv, side, evidence,
                                           text_group=text_group, frame=(src, tgt)))
    links = 0
    for key in sorted(props):
        found = props[key]
        if len({p.source_key for p in found}) < 2:
            continue
        kind = key.split(":", 1)[1]
        prop_id = conn.execute("INSERT INTO propositions(story_id, key, label) VALUES (?, ?, ?)",
                               (story_id, key, label(key))).lastrowid
        counts = side_counts(found, kind)
        for p in found:
            lo, hi = p.interval if p.interval else (None, None)
            conn.execute("INSERT INTO proposition_claims VALUES (?,?,?,?,?,?,?,?,?)",
                         (prop_id, p.doc_id, p.claim_id, p.group, p.source_key, p.source_label, lo,
                          None if hi == float("inf") else hi, p.evidence))
        links += _link(conn, story_id, prop_id, found, kind, counts)
    return links


def _sides(found: list[Position], kind: str) -> list[int]:
    """Group positions into sides: positions that agree (directly or through others) share a side."""
    parent = list(range(len(found)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(found)):
        for j in range(i + 1, len(found)):
            if related(found[i], found[j]) and _agree(found[i], found[j], kind):
                parent[root(j)] = root(i)
    roots = sorted({root(i) for i in range(len(found))})
    for i, p in enumerate(found):
        p.group = roots.index(root(i)) + 1
    return list(range(1, len(roots) + 1))


def _link(conn: sqlite3.Connection, story_id: int, prop_id: int, found: list[Position], kind: str,
          counts: dict[int, int]) -> int:
    rows = link_positions(found, kind, counts)
    conn.executemany("INSERT INTO claim_links VALUES (?,?,?,?,?,?,?,?,?,?)",
                     [(story_id, prop_id, *row) for row in rows])
    return len(rows)


def link_positions(found: list[Position], kind: str, counts: dict[int, int]) -> list[tuple]:
    """(type, a_doc, a_claim, b_doc, b_claim, reason, a_sources, b_sources) for every two positions of
    independent sources in different articles that are not copies of one text (at most MAX_LINKS)."""
    out: list[tuple] = []
    for i, p in enumerate(found):
        for q in found[i + 1:]:
            if p.source_key == q.source_key or p.doc_id == q.doc_id or p.text_group == q.text_group \
                    or not related(p, q):
                continue  # one source, one article, copies of one text, or different events
            kind_of = "supports" if _agree(p, q, kind) else "contradicts"
            out.append((kind_of, p.doc_id, p.claim_id, q.doc_id, q.claim_id, _reason(kind_of, p, q, kind),
                        counts[p.group], counts[q.group]))
            if len(out) >= MAX_LINKS:
                return out
    return out


def side_counts(found: list[Position], kind: str) -> dict[int, int]:
    """Assign each position its side (``group``); the number of independent sources per side."""
    sides = _sides(found, kind)
    return {g: len({p.source_key for p in found if p.group == g}) for g in sides}


def label(key: str) -> str:
    family, what = key.split(":", 1)
    if family == "amount" and "@" in what:
        what, event = what.split("@", 1)
        return f"how many {what} ({event})" if not what.startswith("money") else f"how much {what[6:]} ({event})"
    if family == "amount" and what.startswith("money"):
        return f"how much {what[6:]}"
    return {"amount": f"how many {what}", "opposition": what, "event": f"whether {what} happened"}[family]


def _reason(kind: str, p: Position, q: Position, what: str) -> str:
    if p.interval is not None:
        return f"{p.source_label}: {p.evidence} / {q.source_label}: {q.evidence}"
    return f"{p.source_label} {p.side} / {q.source_label} {q.side} ({what})"
