"""The data model: a Doc owns the text; everything else points into it by character offsets.

The pipeline fills a :class:`Doc`; :meth:`Doc.to_json` renders the analysis contract
``lagebild.analysis/1`` (see docs/contract.md).
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from typing import Any

SCHEMA = "lagebild.analysis/1"

STATUSES = ("asserted", "reported", "claimed", "confirmed", "denied", "disputed", "speculated", "feared")
RELATION_TYPES = ("contradicts", "disputes", "supports")
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


@dataclass(frozen=True, slots=True)
class Token:
    """A token: offsets into the text, the surface form and a coarse shape."""

    start: int
    end: int
    text: str
    kind: str  # "word", "num", "punct", "quote"


@dataclass(slots=True)
class Mention:
    """A span of the text that names, describes or refers to an actor or place."""

    start: int
    end: int
    text: str
    sentence: int
    head: str = ""  # the role noun or name token that carries the mention
    via: str = "name"  # name, demonym-role, role-of, pronoun, possessive, metonymy, acronym
    tok_start: int = 0
    tok_end: int = 0

    def span(self) -> list:
        return [self.start, self.end, self.text]


@dataclass(slots=True)
class Entity:
    id: str
    kb: str | None
    name: str
    type: str
    country: str | None
    sector: str | None
    code: str | None
    mentions: list[Mention] = field(default_factory=list)
    gender: str = ""  # grammatical gender of the first mention head, used by coreference

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "kb": self.kb, "name": self.name, "type": self.type,
            "country": self.country, "sector": self.sector, "code": self.code,
            "mentions": [m.span() for m in sorted(self.mentions, key=lambda m: m.start)],
        }


@dataclass(slots=True)
class Place:
    id: str
    name: str
    kind: str
    geonames: int | None
    country: str | None
    lat: float | None
    lon: float | None
    mentions: list[Mention] = field(default_factory=list)
    kb: str | None = None
    qualifier: str | None = None  # e.g. "east" for "in der Ostukraine"

    def to_json(self) -> dict[str, Any]:
        out = {
            "id": self.id, "name": self.name, "kind": self.kind, "geonames": self.geonames,
            "country": self.country, "lat": self.lat, "lon": self.lon,
            "mentions": [m.span() for m in sorted(self.mentions, key=lambda m: m.start)],
        }
        if self.qualifier:
            out["qualifier"] = self.qualifier
        return out


@dataclass(slots=True)
class TimeExpr:
    id: str
    start_char: int
    end_char: int
    text: str
    start: str | None
    end: str | None
    precision: str  # day, week, month, year, decade, range, unknown
    sentence: int = 0
    relative: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "span": [self.start_char, self.end_char, self.text], "start": self.start,
            "end": self.end, "precision": self.precision, "relative": self.relative,
        }


@dataclass(slots=True)
class Quantity:
    id: str
    start_char: int
    end_char: int
    text: str
    min: float | None
    max: float | None
    value: float | None
    unit: str | None
    sentence: int = 0
    currency: str | None = None
    approximate: bool = False
    head_start: int = 0  # where the counted noun starts (for attaching to events)
    kind: str | None = None  # a finer, language-neutral class of the counted thing ("protesters", "ships")

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id, "span": [self.start_char, self.end_char, self.text],
            "min": _num(self.min), "max": _num(self.max), "value": _num(self.value), "unit": self.unit,
            "kind": self.kind or self.unit, "approximate": self.approximate,
        }
        if self.currency:
            out["currency"] = self.currency
        return out


@dataclass(slots=True)
class Participant:
    entity: str | None
    country: str | None
    sector: str | None
    text: str
    inferred: bool = False

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "entity": self.entity, "country": self.country, "sector": self.sector, "text": self.text,
        }
        if self.inferred:
            out["inferred"] = True
        return out


@dataclass(slots=True)
class Event:
    id: str
    type: str
    mode: str
    context: list[str]
    cameo: str
    trigger: tuple[int, int, str]
    sentence: int
    source: Participant | None = None
    target: Participant | None = None
    place: str | None = None
    time: str | None = None
    quantities: list[str] = field(default_factory=list)
    negated: bool = False
    modality: str = "actual"  # actual, hypothetical, future, demanded, possible
    status: str = "asserted"  # the status of the most certain claim that carries the event
    claims: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int, str]] = field(default_factory=list)
    intensity: float = 0.0
    clause: tuple[int, int] = (0, 0)
    given: list[int] = field(default_factory=list)  # starts of mentions the text takes as given ("der Drahtzieher
    # der Anschläge könnte …"): a modal or hedge of their clause is not about them
    antecedent: Event | None = field(default=None, compare=False, repr=False)  # an earlier event a definite noun
    # names again without being merged with it ("Die Kämpfe haben zu einer Reaktion in Washington geführt"): the
    # article's account of that act vouches for this one too

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "type": self.type, "mode": self.mode, "context": list(self.context),
            "cameo": self.cameo,
            "source": self.source.to_json() if self.source else None,
            "target": self.target.to_json() if self.target else None,
            "place": self.place, "time": self.time, "quantities": list(self.quantities),
            "trigger": list(self.trigger), "sentence": self.sentence, "negated": self.negated,
            "modality": self.modality, "status": self.status, "claims": list(self.claims),
            "mentions": [list(m) for m in self.mentions], "intensity": self.intensity,
        }


@dataclass(slots=True)
class Claim:
    id: str
    speaker: str | None
    speaker_span: tuple[int, int, str] | None
    cue: tuple[int, int, str] | None
    content: tuple[int, int, str]
    status: str
    sentence: int
    hedges: list[tuple[int, int, str]] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    kind: str = "indirect"  # direct, indirect, reported, according, impersonal, continued, author
    act: str = ""  # CAMEO code when the speech act is itself an event ("warf … vor" = accuse)
    cue_parts: list[tuple[int, int, str]] = field(default_factory=list)  # "gab" … "bekannt"

    @property
    def label(self) -> bool:
        """Whether the claim is a source label's: a source and a colon that open the sentence ("Polizei: …")."""
        return self.kind == "according" and self.cue is not None and self.cue[2] == ":"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "speaker": self.speaker,
            "speaker_span": list(self.speaker_span) if self.speaker_span else None,
            "cue": list(self.cue) if self.cue else None,
            "content": list(self.content), "status": self.status,
            "hedges": [list(h) for h in self.hedges], "events": list(self.events),
            "sentence": self.sentence, "form": self.kind,
            "cue_parts": [list(p) for p in self.cue_parts],
        }


@dataclass(slots=True)
class Relation:
    type: str
    source: str
    target: str
    evidence: tuple[int, int, str] | None
    reason: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.type, "from": self.source, "to": self.target,
            "evidence": list(self.evidence) if self.evidence else None, "reason": self.reason,
        }


@dataclass
class Doc:
    """One article: its text, metadata and everything the stages assign to it."""

    text: str
    id: str = "doc"
    lang: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: date | None = None
    newline_normalised: bool = True
    notes: list[str] = field(default_factory=list)
    lang_confidence: float = 0.0
    tokens: list[Token] = field(default_factory=list)
    words: list[str] = field(default_factory=list)  # lowercased token texts
    token_starts: list[int] = field(default_factory=list)
    actor_refs: list[Any] = field(default_factory=list)  # (tok_start, tok_end, entity id, Mention)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    token_sentence: list[int] = field(default_factory=list)
    sentence_tokens: list[tuple[int, int]] = field(default_factory=list)
    clauses: list[tuple[int, int, str]] = field(default_factory=list)  # token ranges + kind
    token_clause: list[int] = field(default_factory=list)  # clause index of each token (-1: none)
    opinion_sentences: set[int] = field(default_factory=set)
    candidates: list[Any] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    assigned: set[str] = field(default_factory=set)
    _entity_index: Any = field(default=None, repr=False, compare=False)

    def span(self, start: int, end: int) -> tuple[int, int, str]:
        return (start, end, self.text[start:end])

    def token_at(self, char: int) -> int:
        """Index of the token at or before a character offset."""
        return max(0, bisect_right(self.token_starts, char) - 1)

    def entity(self, entity_id: str | None) -> Entity | None:
        """The entity with this id (an index rebuilt whenever the entity list changes)."""
        index = self._entity_index
        if index is None or index[0] is not self.entities or index[1] != len(self.entities):
            index = self._entity_index = (self.entities, len(self.entities), {e.id: e for e in self.entities})
        return index[2].get(entity_id) if entity_id else None

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "doc": {
                "id": self.id, "lang": self.lang, "title": self.title, "source": self.source,
                "url": self.url, "published": self.published.isoformat() if self.published else None,
                "text_sha256": hashlib.sha256(self.text.encode("utf-8")).hexdigest(),
                "chars": len(self.text), "newlines": "normalised to \\n" if self.newline_normalised else "as read",
                "lang_confidence": self.lang_confidence,
                "notes": list(self.notes),
            },
            "sentences": [[s, e] for s, e in self.sentences],
            "entities": [e.to_json() for e in self.entities],
            "places": [p.to_json() for p in self.places],
            "times": [t.to_json() for t in self.times],
            "quantities": [q.to_json() for q in self.quantities],
            "events": [v.to_json() for v in self.events],
            "claims": [c.to_json() for c in self.claims],
            "relations": [r.to_json() for r in self.relations],
        }


def _num(x: float | None) -> float | int | None:
    if x is None:
        return None
    return int(x) if float(x).is_integer() else x
