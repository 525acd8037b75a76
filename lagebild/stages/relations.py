"""Relations between claims inside one article: disputes, contradictions, support.

* ``disputes`` — a denying or disputing claim whose content is an anaphor for an account
  ("widerspricht dieser Darstellung", "wies die Vorwürfe zurück", "denied the claim") points to
  the nearest earlier claim of another speaker (same or previous two sentences).
* ``contradicts`` — two claims of different speakers about the same situation that cannot both
  hold: joined by a contrast connective in one sentence ("Während X …, Y …", "Obwohl …"), or
  matching the two sides of an opposition in ``opposites.tsv`` (victory vs. continued
  fighting), or giving amounts of the same unit whose intervals do not overlap.
* ``supports`` — claims of different, independent speakers (different countries) that carry an
  event of the same type with the same actors, or amounts that agree.
"""

from __future__ import annotations

from ..amounts import compatible, interval
from ..lang.lexicon import Lexicon
from ..model import Claim, Doc, Quantity, Relation
from ..pipeline import Resources
from .syntax import clause_range

DISPUTING = {"denied", "disputed"}
STATE_SECTORS = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "HLH", None, ""}


def _camp(sector: str | None) -> str:
    """State institutions form one camp within a country; rebels, opposition, media, civilians their own."""
    return "state" if sector in STATE_SECTORS else str(sector)
ACCUSING = {"112", "111", "1121", "1122", "1123", "1124", "1125"}


def _interval(q: Quantity) -> tuple[float, float] | None:
    return interval(q.value, q.min, q.max, q.approximate)


class _Finder:
    def __init__(self, doc: Doc, res: Resources):
        self.doc = doc
        self.lex: Lexicon = res.lex(doc.lang)
        self.out: list[Relation] = []
        self.pairs: set[frozenset[str]] = set()

    def add(self, kind: str, a: Claim, b: Claim, reason: str) -> None:
        key = frozenset((a.id, b.id))
        if key in self.pairs or a.id == b.id:
            return
        self.pairs.add(key)
        evidence = a.cue if a.cue else a.content
        if a.cue:
            lo = min(a.cue[0], a.content[0])
            hi = max(a.cue[1], a.content[1])
            evidence = self.doc.span(lo, hi)
        self.out.append(Relation(kind, a.id, b.id, evidence, reason))

    def different_speakers(self, a: Claim, b: Claim) -> bool:
        if a.speaker and b.speaker:
            return a.speaker != b.speaker
        return bool(a.speaker or b.speaker) or a.kind != b.kind

    def content_words(self, c: Claim) -> str:
        """The content as lowercase words separated by single spaces (punctuation dropped)."""
        a, b = self.doc.token_at(c.content[0]), self.doc.token_at(c.content[1] - 1) + 1
        return " ".join(w for w, t in zip(self.doc.words[a:b], self.doc.tokens[a:b], strict=True) if t.kind == "word")

    def anaphor(self, c: Claim) -> str | None:
        """The anaphor a short content consists of ("dieser Darstellung", "die Vorwürfe", "dies"), if any."""
        toks = self.doc.words[self.doc.token_at(c.content[0]):self.doc.token_at(c.content[1] - 1) + 1]
        for w in toks[:3] if len(toks) > 6 else toks[:4]:
            if self.lex.is_("anaphor_claim", w):
                return w  # "dieser Darstellung", "Michal's accusations as baseless"
        if c.cue is not None:  # the object of the cue when the content is what follows: "wies die Vorwürfe zurück: …"
            k = self.doc.token_at(c.cue[0])
            end = clause_range(self.doc, k)[1]
            hit = next((w for w in self.doc.words[k + 1:min(end, k + 4)] if self.lex.is_("anaphor_claim", w)), None)
            if hit is not None:
                return hit
        if len(toks) > 6:
            return None
        if toks and self.lex.is_("anaphor_det", toks[0]) and len(toks) <= 2:
            return toks[0]
        return None

    def disputes(self, claims: list[Claim]) -> None:
        """A rejection that refers back ("wies die Vorwürfe zurück") disputes the account it refers to."""
        for i, c in enumerate(claims):
            word = self.anaphor(c) if c.status in DISPUTING else None
            if word is None:
                continue
            candidates = [p for p in reversed(claims[:i]) if p.sentence >= c.sentence - 4 and p.kind != "author"
                          and self.different_speakers(c, p) and not self.same_side(c, p)]
            if self.lex.is_("accusation_noun", word):  # "die Vorwürfe": an accusation, not any statement
                candidates = [p for p in candidates if p.act in ACCUSING or p.status == "claimed"] or candidates
            near = [p for p in candidates if p.sentence >= c.sentence - 2]
            if near:
                first = near[0]
                for p in candidates:  # the account of that source or its side, which may span several claims
                    if p is first or (p.speaker and p.speaker == first.speaker) or self.same_side(p, first):
                        self.add("disputes", c, p, "rejects an earlier account")

    def same_side(self, a: Claim, b: Claim) -> bool:
        """Whether two claims come from one side: the same country and both from its state, or the same group."""
        ea, eb = self.doc.entity(a.speaker), self.doc.entity(b.speaker)
        if not (ea and eb and ea.country and ea.country == eb.country):
            return False
        return _camp(ea.sector) == _camp(eb.sector)

    def contrasts(self, claims: list[Claim]) -> None:
        reported = [c for c in claims if c.kind != "author"]
        for i, a in enumerate(reported):
            for b in reported[i + 1:]:
                if b.sentence - a.sentence > 1 or not self.different_speakers(a, b):
                    continue
                if self.opposed(a, b):
                    self.add("contradicts", b, a, "opposite accounts of the same situation")
                elif a.sentence == b.sentence and self.contrast_joined(a, b) and a.status != b.status:
                    self.add("contradicts", b, a, "accounts set against each other")

    def opposed(self, a: Claim, b: Claim) -> bool:
        ta, tb = " " + self.content_words(a), " " + self.content_words(b)

        def has(text: str, stems: tuple[str, ...]) -> bool:  # stems match at word starts ("sieg" in "Sieg")
            return any(" " + stem in text for stem in stems)

        for left, right, _label in self.lex.opposites:
            la, ra = has(ta, left), has(ta, right)
            lb, rb = has(tb, left), has(tb, right)
            if (la and not ra and rb and not lb) or (ra and not la and lb and not rb):
                return True
        return False

    def contrast_joined(self, a: Claim, b: Claim) -> bool:
        doc = self.doc
        s0, s1 = doc.sentence_tokens[a.sentence]
        for ca, _cb, kind in doc.clauses:
            if s0 <= ca < s1 and kind.startswith("sub:") and self.lex.is_("contrast", kind[4:]):
                return True
        return any(self.lex.is_("contrast", w) for w in doc.words[s0:s1])

    def amounts(self, claims: list[Claim]) -> None:
        doc = self.doc
        located = []
        for c in claims:
            for q in doc.quantities:
                if c.content[0] <= q.start_char < c.content[1] and _interval(q) is not None:
                    located.append((c, q))
        for i, (a, qa) in enumerate(located):
            for b, qb in located[i + 1:]:
                if a.id == b.id or (qa.kind or qa.unit) != (qb.kind or qb.unit) or not self.different_speakers(a, b):
                    continue
                if not compatible(_interval(qa), _interval(qb)):
                    self.add("contradicts", b, a, f"different amounts of {qa.unit}: {qa.text} vs. {qb.text}")
                elif self.doc.entity(a.speaker) and self.doc.entity(b.speaker) and \
                        self.doc.entity(a.speaker).country != self.doc.entity(b.speaker).country:
                    self.add("supports", b, a, f"agreeing amounts of {qa.unit}")

    def support(self, claims: list[Claim]) -> None:
        """Claims of speakers from different countries that carry the same event support each other."""
        carriers: dict[str, list[Claim]] = {}
        for c in claims:
            if c.kind != "author" and c.speaker:
                for e in c.events:
                    carriers.setdefault(e, []).append(c)
        for group in carriers.values():
            self.support_pairs(group)

    def support_pairs(self, claims: list[Claim]) -> None:
        for i, a in enumerate(claims):
            for b in claims[i + 1:]:
                ea, eb = self.doc.entity(a.speaker), self.doc.entity(b.speaker)
                if ea is None or eb is None or ea.country == eb.country:
                    continue
                if a.status in DISPUTING or b.status in DISPUTING:
                    continue
                if set(a.events) & set(b.events):
                    self.add("supports", b, a, "the same event from independent sources")

    def denials(self, claims: list[Claim]) -> None:
        """A denial of what another source reports (same kind of event) contradicts it."""
        types = {e.id: e.type for e in self.doc.events}
        for i, c in enumerate(claims):
            if c.status not in DISPUTING:
                continue
            mine = {types.get(e) for e in c.events}
            nouns = self.key_words(c)
            for other in claims[:i]:
                if other.kind != "author" and other.status not in DISPUTING and self.different_speakers(c, other) \
                        and other.sentence >= c.sentence - 3 and nouns & self.key_words(other):
                    self.add("contradicts", c, other, "denies what another source reports")
            if not c.events:
                continue
            for other in claims[:i]:
                if other.kind == "author" or other.status in DISPUTING or not self.different_speakers(c, other):
                    continue
                if mine & {types.get(e) for e in other.events}:
                    self.add("contradicts", c, other, "denies what another source reports")

    def key_words(self, c: Claim) -> set[str]:
        """Content words that identify what a claim is about (long nouns; English: long words)."""
        a, b = self.doc.token_at(c.content[0]), self.doc.token_at(c.content[1] - 1) + 1
        out = set()
        for k in range(a, b):
            tok = self.doc.tokens[k]
            if tok.kind != "word" or len(tok.text) < 6:
                continue
            if self.lex.setting("nouns_capitalised") and not tok.text[:1].isupper():
                continue
            if any(self.lex.is_(cls, self.doc.words[k]) for cls in ("determiner", "preposition", "subordinator")):
                continue
            out.add(self.doc.words[k].rstrip("s"))
        return out

    def run(self) -> list[Relation]:
        claims = sorted(self.doc.claims, key=lambda c: c.content[0])
        self.disputes(claims)
        self.denials(claims)
        self.amounts(claims)
        self.contrasts(claims)
        self.support(claims)
        return self.out


class RelationFinder:
    name = "relations"
    requires = ("claims", "events", "quantities")
    assigns = ("relations",)

    def __call__(self, doc: Doc, res: Resources) -> None:
        doc.relations = _Finder(doc, res).run()
