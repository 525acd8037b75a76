"""Match the CAMEO verb pattern tables (``lang/<xx>/cameo_*.tsv``, see :mod:`lagebild.lang.cameo_verbs`).

:func:`load` reads the three tables of a language folder once into :class:`VerbPatterns`;
:meth:`VerbPatterns.match` takes the lowercased words of a clause and the position of a verb form
and returns the CAMEO code of the most specific pattern whose elements occur around the verb:

* a verb form is one or more words ("cracked down"); the longest form at a position wins, and a form
  listed in several blocks ("abandon": ABANDON, EVACUATE) takes the best pattern of any of them
  (:meth:`VerbPatterns.code_at`);
* ``before`` elements occur in order before the verb, ``after`` elements in order after it, at
  most :data:`WINDOW` words from it, other words may come between (the noun and prepositional
  phrases the pattern leaves out);
* a literal word also matches its plural ("ship" matches "ships"), "a/b" either word; ``&name`` matches any phrase of
  the synonym set; the parts of a compound are adjacent; a prepositional group is its preposition
  followed by its object's elements; the actor markers (``$ + % ^``) match nothing of their own;
* the pattern with the most elements wins (ties: the smaller code, so the result does not depend on
  the order of the table); without a matching pattern the verb's own code, else the block default
  applies — only for blocks of at most :data:`MAX_DEFAULT_BLOCK` forms: a block that gathers many
  synonyms ("boost", "escalate", "widen" … under 060) codes too broadly without a pattern;
  ``---`` and codes that are no CAMEO codes mean "no event".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from . import read_tsv

WINDOW = 10  # words between the verb and the farthest pattern element
MAX_DEFAULT_BLOCK = 16  # forms of a block whose default code applies without a pattern (broader blocks are noisy)
MARKERS = {"$", "+", "%", "^"}
MAX_ALTERNATIVES = 64  # expanded phrases of one compound element
_CODE = re.compile(r"\d{2,4}")

Phrase = tuple[str, ...]
Element = dict[str, tuple[Phrase, ...]]  # first word → the alternative phrases starting with it (plurals included)


@dataclass(frozen=True)
class Pattern:
    code: str | None  # primary CAMEO code; None: the pattern says "no event"
    before: tuple[Element, ...]
    after: tuple[Element, ...]

    @property
    def weight(self) -> int:
        return len(self.before) + len(self.after)

    @property
    def elements(self) -> tuple[Element, ...]:
        return self.before + self.after


@dataclass
class VerbPatterns:
    # first word → (form, block, the verb's own code: "" none, None "no event", else a code)
    forms: dict[str, list[tuple[Phrase, str, str | None]]] = field(default_factory=dict)
    patterns: dict[str, list[Pattern]] = field(default_factory=dict)  # block → patterns
    defaults: dict[str, str | None] = field(default_factory=dict)  # block → default code
    sizes: dict[str, int] = field(default_factory=dict)  # block → number of verb forms
    index: dict[str, dict[str, tuple[int, ...]]] = field(default_factory=dict)  # block → word → its patterns

    def form_at(self, words: list[str], i: int) -> tuple[int, str, str | None] | None:
        """(length, block, the verb's own code) of the longest verb form starting at word i (the first block
        in table order when the form is in several; :meth:`code_at` tries them all)."""
        forms = self.forms_at(words, i)
        return forms[0] if forms else None

    def forms_at(self, words: list[str], i: int) -> list[tuple[int, str, str | None]]:
        """Every (length, block, own code) of the longest verb form starting at word i."""
        found = [(len(phrase), block, code) for phrase, block, code in self.forms.get(words[i], ())
                 if tuple(words[i:i + len(phrase)]) == phrase]
        longest = max((n for n, _b, _c in found), default=0)
        return [f for f in found if f[0] == longest]

    def code_at(self, words: list[str], a: int, i: int, b: int) -> tuple[int, str | None]:
        """(length of the verb form, CAMEO code or None) at word i of the clause words[a:b]; a form listed in
        several blocks ("abandon": ABANDON, EVACUATE) takes the most specific pattern of any of them."""
        forms = self.forms_at(words, i)
        if not forms:
            return 0, None
        n = forms[0][0]
        found = [p for _n, block, _own in forms if (p := self.best_pattern(words, a, i, n, b, block)) is not None]
        if found:
            return n, max(found, key=lambda p: (p.weight, -int(p.code or 0))).code
        _n, block, own = forms[0]
        return n, self.fallback(block, own)

    def match(self, words: list[str], a: int, i: int, n: int, b: int, block: str, own: str | None = "") -> str | None:
        """The CAMEO code for the verb form words[i:i+n] of block ``block`` in the clause words[a:b]."""
        best = self.best_pattern(words, a, i, n, b, block)
        return best.code if best is not None else self.fallback(block, own)

    def fallback(self, block: str, own: str | None) -> str | None:
        """Without a matching pattern: the verb's own code, else the default of a specific block."""
        if own != "":
            return own
        return self.defaults.get(block) if self.sizes.get(block, 0) <= MAX_DEFAULT_BLOCK else None

    def best_pattern(self, words: list[str], a: int, i: int, n: int, b: int, block: str) -> Pattern | None:
        """The most specific pattern of ``block`` whose elements stand around words[i:i+n], or None."""
        best: Pattern | None = None
        near = set(words[max(a, i - WINDOW):i]) | set(words[i + n:min(b, i + n + WINDOW)])
        index = self.index.get(block, {})
        candidates = sorted({k for w in near for k in index.get(w, ())})  # patterns with a word near the verb
        patterns = self.patterns[block] if candidates else ()
        for p in (patterns[k] for k in candidates):
            if best is not None and (p.weight, -int(p.code or 0)) <= (best.weight, -int(best.code or 0)):
                continue
            if any(el.keys().isdisjoint(near) for el in p.elements):
                continue  # a word the pattern needs is not near the verb
            if _after(p.after, words, i + n, min(b, i + n + WINDOW)) and _before(
                    p.before, words, max(a, i - WINDOW), i):
                best = p
        return best


def _at(element: Element, words: list[str], k: int) -> int:
    """Length of the element's alternative that starts at word k, 0 if none (one dictionary lookup)."""
    for alt in element.get(words[k], ()):
        n = len(alt)
        if n == 1 or tuple(words[k:k + n]) == alt:
            return n
    return 0


def _after(elements: tuple[Element, ...], words: list[str], k: int, stop: int) -> bool:
    for el in elements:
        while k < stop and not _at(el, words, k):
            k += 1
        if k >= stop:
            return False
        k += _at(el, words, k)
    return True


def _before(elements: tuple[Element, ...], words: list[str], start: int, k: int) -> bool:
    for el in reversed(elements):
        k -= 1
        while k >= start and not _at(el, words, k):
            k -= 1
        if k < start:
            return False
    return True


def primary(code: str) -> str | None:
    """The first CAMEO code in a raw code ("042:043" → "042"); None for "---" and test codes."""
    m = _CODE.search(code)
    return m.group(0) if m else None


def _elements(text: str, synsets: dict[str, list[Phrase]]) -> tuple[Element, ...] | None:
    """The elements of one side of a pattern; None when one of them can match nothing (a synonym set the
    dictionary uses but never defines, "&weather"): such a pattern never applies."""
    out: list[Element] = []
    for raw in text.split():
        if raw in MARKERS:
            continue
        parts = raw[1:-1].split(":") if raw.startswith("(") and raw.endswith(")") else [raw]  # (prep:x:y)
        for part in parts:
            if not part or all(x in MARKERS for x in part.split("_") if x):
                continue  # an actor position of its own ("$", "+_%")
            el = _element(part, synsets)
            if not el:
                return None
            out.append(el)
    return tuple(out)


def _element(raw: str, synsets: dict[str, list[Phrase]]) -> Element:
    """The alternative phrases of one element (a word, a synset, or a compound of them), indexed by their first
    word; a phrase also stands for its plural ("ship" for "ships", "arms shipment" for "arms shipments")."""
    alts: list[Phrase] = [()]
    for part in (p for p in raw.split("_") if p and p not in MARKERS):
        # a synonym set, or a word; "to/for", "bombing/explosion": alternatives written with a slash
        options = synsets.get(part[1:], []) if part.startswith("&") else [(w,) for w in part.split("/") if w]
        alts = [a + o for a in alts for o in options][:MAX_ALTERNATIVES]
    index: dict[str, list[Phrase]] = {}
    for alt in alts:
        if not alt:
            continue
        plurals = (alt[-1] + "s", alt[-1] + "es") if len(alt[-1]) > 2 and not alt[-1].endswith("s") else ()
        for last in (alt[-1], *plurals):
            phrase = (*alt[:-1], last)
            index.setdefault(phrase[0], []).append(phrase)
    return {first: tuple(sorted(set(ps), key=len, reverse=True)) for first, ps in index.items()}


@cache
def load(folder: Path) -> VerbPatterns | None:
    """The tables of a language folder (None when it has none)."""
    if not (folder / "cameo_verb_forms.tsv").is_file():
        return None
    synsets = {row["name"]: [tuple(m.split()) for m in row["members"].split(";") if m.strip()]
               for row in read_tsv(folder / "cameo_synsets.tsv")}
    vp = VerbPatterns()
    for row in read_tsv(folder / "cameo_verb_forms.tsv"):
        phrase = tuple(row["form"].split())
        own = primary(row["code"]) if row["code"] else ""
        vp.forms.setdefault(phrase[0], []).append((phrase, row["block"], own))
        vp.sizes[row["block"]] = vp.sizes.get(row["block"], 0) + 1
    for row in read_tsv(folder / "cameo_verb_patterns.tsv"):
        if not row["before"] and not row["after"]:
            vp.defaults[row["block"]] = primary(row["code"])
            continue
        before, after = _elements(row["before"], synsets), _elements(row["after"], synsets)
        if before is None or after is None:
            continue  # an element that can match nothing
        pattern = Pattern(primary(row["code"]), before, after)
        if pattern.weight:
            vp.patterns.setdefault(row["block"], []).append(pattern)
    for block, ps in vp.patterns.items():
        ps.sort(key=lambda p: (-p.weight, int(p.code or 0)))  # the most specific first: later ones are pruned
        words: dict[str, set[int]] = {}
        for k, p in enumerate(ps):
            for el in p.elements:
                for w in el:
                    words.setdefault(w, set()).add(k)
        vp.index[block] = {w: tuple(sorted(ks)) for w, ks in words.items()}
    return vp
