"""Compile one language folder of TSV data into fast lookup tables.

Everything is keyed by lowercased token sequences; :class:`PhraseIndex` finds the longest
phrase that starts at a token in O(number of phrases sharing that first token).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import LagebildError
from . import read_tsv, split_list
from .verb_patterns import VerbPatterns
from .verb_patterns import load as load_verb_patterns


class PhraseIndex:
    """Longest-match lookup of multi-token phrases (lowercased) starting at a token position."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], Any]]] = {}

    def add(self, phrase: str, payload: Any) -> None:
        toks = tuple(phrase.lower().split())
        if not toks:
            return
        bucket = self._by_first.setdefault(toks[0], [])
        bucket.append((toks, payload))
        bucket.sort(key=lambda x: -len(x[0]))

    def match(self, words: list[str], i: int) -> tuple[int, Any] | None:
        """(length in tokens, payload) of the longest phrase at ``words[i]`` or None."""
        for toks, payload in self._by_first.get(words[i], ()):
            n = len(toks)
            if tuple(words[i:i + n]) == toks:
                return n, payload
        return None

    def __contains__(self, word: str) -> bool:
        return word in self._by_first

    def first_words(self) -> set[str]:
        return set(self._by_first)

    def items(self) -> list[tuple[str, Any]]:
        """Every (phrase, payload), the phrase as its lowercased words joined by single spaces."""
        return [(" ".join(toks), payload) for bucket in self._by_first.values() for toks, payload in bucket]


# closed classes of content words (verbs and nouns a rule looks for), which are no function words: the attribution
# rules that ask whether a word is one of some rule (``Lexicon.in_closed_class``) leave them out ("…, kritisierte der
# Sprecher" still ends reported speech)
CONTENT_CLASSES = frozenset({"onlooker_verb", "performing_verb", "prevent_verb", "private_visit_person",
                             "private_visit_site", "performing_particle", "bound_performing_verb",
                             "other_verb_particle", "performing_idiom", "refrain_from_verb",
                             "refrain_particle_verb", "realizing_verb", "coming_about_verb"})


@dataclass(frozen=True, slots=True)
class Role:
    sector: str
    type: str
    gender: str
    label: str
    relay: bool


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str
    status: str
    with_word: str
    event: str
    particle: str  # the separated particle that must follow later in the clause ("" if none)
    lemma: str
    without: frozenset[str] = frozenset()  # words that make the verb something else ("zum Völkermord erklärt")
    addressee: tuple[str, ...] = ()  # slots of whom the act is addressed to ("pp:von"); () = the object
    not_with: frozenset[str] = frozenset()  # nouns that, outside a prepositional phrase in the clause, make the
    # verb something else ("Ihm drohen zehn Jahre Haft": a risk, no threat)
    needs: str = ""  # "clause": a cue only with a content clause, a quote or a colon ("beschloss, dass …");
    # "main": only in an active main clause outside a quote ("geht von Suizid aus")
    object: str = ""  # "topic": a bare object names what the act is about, not what was said ("kritisierte X")


#: events.tsv ``needs`` values with a meaning of their own; any other value names a closed class whose word the
#: trigger's clause must hold, or, after "!", must not hold ("!reflexive_pronoun": "sich niederschlagen" is no assault)
PLAIN_NEEDS = ("", "actor", "known", "party", "parties", "held", "mil", "material", "money", "goods", "combat", "role",
               "vendor")


@dataclass(frozen=True, slots=True)
class Trigger:
    pos: str
    cameo: str
    type: str
    mode: str
    context: tuple[str, ...]
    args: str
    needs: tuple[str, ...]  # each must hold (events.tsv: comma-separated)
    specific: tuple[tuple[str, str], ...]
    particle: str
    lemma: str


@dataclass
class Lexicon:
    """All language knowledge of one language, compiled."""

    lang: str
    closed: dict[str, set[str]] = field(default_factory=dict)
    closed_phrases: dict[str, PhraseIndex] = field(default_factory=dict)
    abbreviations: set[str] = field(default_factory=set)
    pronouns: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)
    roles: PhraseIndex = field(default_factory=PhraseIndex)
    groups: dict[str, tuple[str | None, str]] = field(default_factory=dict)
    cues: dict[str, list[Cue]] = field(default_factory=dict)
    hedges: PhraseIndex = field(default_factory=PhraseIndex)
    triggers: dict[str, list[Trigger]] = field(default_factory=dict)
    trigger_phrases: PhraseIndex = field(default_factory=PhraseIndex)
    compound_heads: dict[str, list[Trigger]] = field(default_factory=dict)  # noun forms that may end a compound
    numbers: dict[str, tuple[float | None, float | None, float | None, bool]] = field(default_factory=dict)
    bounds: PhraseIndex = field(default_factory=PhraseIndex)
    units: PhraseIndex = field(default_factory=PhraseIndex)
    unit_context: PhraseIndex = field(default_factory=PhraseIndex)
    time: dict[str, tuple[str, str]] = field(default_factory=dict)
    tense: dict[str, str] = field(default_factory=dict)  # tense.tsv: "traf" → "past", "kommt" → "present"
    opposites: list[tuple[tuple[str, ...], tuple[str, ...], str]] = field(default_factory=list)
    compass: dict[str, dict[str, str]] = field(default_factory=dict)  # kind → form → direction
    settings: dict[str, str] = field(default_factory=dict)  # language.tsv: "nouns_capitalised" → "yes"

    folder: Path | None = None
    patterns: VerbPatterns | None = None  # verb pattern tables given instead of the folder's own
    _endings: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)
    _closed_words: frozenset[str] | None = field(default=None, repr=False, compare=False)

    def verb_patterns(self) -> VerbPatterns | None:
        """The CAMEO verb pattern tables of the language, read on first use (None if it has none)."""
        if self.patterns is not None:
            return self.patterns
        return load_verb_patterns(self.folder) if self.folder is not None else None

    def setting(self, name: str) -> bool:
        """A yes/no property of the language (language.tsv); unknown settings are no."""
        return self.settings.get(name) == "yes"

    def home_countries(self) -> tuple[str, ...]:
        """The countries whose press writes the language, the largest first (language.tsv, home_countries)."""
        return tuple(self.settings.get("home_countries", "").split())

    def is_(self, cls: str, word: str) -> bool:
        """Whether a lowercased word belongs to a closed class."""
        return word in self.closed.get(cls, ())

    def in_closed_class(self, word: str) -> bool:
        """Whether a lowercased word belongs to any closed class (a function word of some rule; the union of all
        classes but the ``CONTENT_CLASSES`` is built once)."""
        if self._closed_words is None:
            self._closed_words = frozenset(w for cls, words in self.closed.items() if cls not in CONTENT_CLASSES
                                           for w in words)
        return word in self._closed_words

    def pronoun_kind(self, word: str) -> str:
        """The kind of a pronoun ("personal", "possessive", …; pronouns.tsv), "" for a word that is none."""
        got = self.pronouns.get(word)
        return got[0] if got else ""

    def genitive_article(self, word: str) -> bool:
        """Whether a word is an article that opens a genitive ("des", "der"): a determiner and a genitive marker."""
        return self.is_("genitive_marker", word) and self.is_("determiner", word)

    def endings(self, cls: str) -> tuple[str, ...]:
        """A closed class of word endings as a tuple for ``str.endswith`` (built once per class)."""
        got = self._endings.get(cls)
        if got is None:
            got = self._endings[cls] = tuple(sorted(self.closed.get(cls, ())))
        return got

    @classmethod
    def from_folder(cls, lang: str, folder: Path) -> Lexicon:
        lex = cls(lang=lang, folder=folder)
        for row in read_tsv(folder / "closed_classes.tsv"):
            if row["class"] in lex.closed:
                raise LagebildError(f"{folder / 'closed_classes.tsv'}: class {row['class']!r} is defined twice")
            words = split_list(row["words"])
            lex.closed[row["class"]] = {w for w in words if " " not in w}
            idx = PhraseIndex()
            for w in words:
                idx.add(w, row["class"])
            lex.closed_phrases[row["class"]] = idx
        lex.abbreviations = {
            line.strip().lower() for line in (folder / "abbreviations.txt").read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")
        }
        for row in read_tsv(folder / "pronouns.tsv"):
            lex.pronouns[row["form"].lower()] = (row["kind"], frozenset(split_list(row["gender"])))
        for row in read_tsv(folder / "roles.tsv"):
            role = Role(row["sector"], row["type"], row["gender"], row["label"], row.get("relay") == "yes")
            for form in split_list(row["forms"]):
                lex.roles.add(form, role)
        for row in read_tsv(folder / "demonym_groups.tsv"):
            for form in _adjective_forms(row["adjective"], lang):
                lex.groups[form] = (row["code"] or None, row["label"])
        for row in read_tsv(folder / "cues.tsv"):
            _check_cameo(row.get("event", ""), folder / "cues.tsv", row["forms"])
            forms = split_list(row["forms"])
            for form in forms:
                head, _, particle = form.partition("+")
                cue = Cue(row["kind"], row["status"], row.get("with", ""), row.get("event", ""),
                          particle.lower(), forms[0], frozenset(split_list(row.get("without", ""))),
                          tuple("pp:" + p for p in split_list(row.get("addressee", ""))),
                          frozenset(split_list(row.get("not_with", ""))), row.get("needs", ""), row.get("object", ""))
                if cue.needs not in ("", "clause", "main"):
                    raise LagebildError(f"{folder / 'cues.tsv'}: needs of {forms[0]!r} must be empty, clause or main")
                if cue.object not in ("", "topic"):
                    raise LagebildError(f"{folder / 'cues.tsv'}: object of {forms[0]!r} must be empty or topic")
                lex.cues.setdefault(head.lower(), []).append(cue)
        for row in read_tsv(folder / "hedges.tsv"):
            if (row.get("scope") or "clause") not in ("clause", "noun", "adverb"):
                raise LagebildError(f"{folder / 'hedges.tsv'}: scope of {row['forms']!r} must be clause, noun or "
                                    "adverb")
            for form in split_list(row["forms"]):
                lex.hedges.add(form, (row["kind"], row.get("status", ""), row.get("scope") or "clause"))
        for row in read_tsv(folder / "events.tsv"):
            _check_cameo(row["cameo"], folder / "events.tsv", row["forms"])
            for _stem, code in (x.split(":", 1) for x in split_list(row.get("specific", ""))):
                _check_cameo(code, folder / "events.tsv", row["forms"])
            forms = split_list(row["forms"])
            specific = tuple(tuple(x.split(":", 1)) for x in split_list(row.get("specific", "")))
            for form in forms:
                head, _, particle = form.partition("+")
                trig = Trigger(
                    row["pos"], row["cameo"], row.get("type", ""), row.get("mode", ""),
                    tuple(split_list(row.get("context", ""))), row.get("args", "agent") or "agent",
                    tuple(n.strip() for n in row.get("needs", "").split(",") if n.strip()), specific,
                    particle.lower(), forms[0],
                )
                if " " in head:
                    lex.trigger_phrases.add(head, trig)
                else:
                    lex.triggers.setdefault(head.lower(), []).append(trig)
                    if head[:1].isupper() and row["pos"] in ("noun", "phrase"):
                        lex.compound_heads.setdefault(head.lower(), []).append(trig)
        for row in read_tsv(folder / "numbers.tsv"):
            rng = tuple(float(row[k]) if row.get(k) else None for k in ("value", "min", "max"))
            for form in split_list(row["form"]):
                lex.numbers[form.lower()] = (*rng, row.get("scale") == "yes")
        for row in read_tsv(folder / "bounds.tsv"):
            lex.bounds.add(row["phrase"], (row["bound"], row.get("strict") == "yes"))
        for row in read_tsv(folder / "units.tsv"):
            for form in split_list(row["forms"]):
                lex.units.add(form, (row["unit"], row.get("currency") or None, row.get("kind") or row["unit"]))
        for row in read_tsv(folder / "unit_context.tsv"):
            for form in split_list(row["forms"]):
                lex.unit_context.add(form, row["unit"])
        for row in read_tsv(folder / "time.tsv"):
            for form in split_list(row["form"]):
                lex.time[form.lower()] = (row["kind"], row["value"])
        for row in read_tsv(folder / "tense.tsv"):
            if row["tense"] not in ("past", "present"):
                raise LagebildError(f"{folder / 'tense.tsv'}: tense of {row['forms']!r} must be past or present")
            for form in split_list(row["forms"]):
                lex.tense[form.lower()] = row["tense"]
        for row in read_tsv(folder / "compass.tsv"):
            for form in split_list(row["form"]):
                lex.compass.setdefault(row["kind"], {})[form.lower()] = row["direction"]
        if (folder / "language.tsv").is_file():
            lex.settings = {row["setting"]: row["value"] for row in read_tsv(folder / "language.tsv")}
        for row in read_tsv(folder / "opposites.tsv"):
            lex.opposites.append((tuple(split_list(row["a"])), tuple(split_list(row["b"])), row["label"]))
        for trigs in lex.triggers.values():
            for trig in trigs:
                for need in trig.needs:
                    if need not in PLAIN_NEEDS and need.removeprefix("!") not in lex.closed:
                        raise LagebildError(f"{folder / 'events.tsv'}: needs of {trig.lemma!r} has {need!r}: "
                                            f"{', '.join(n for n in PLAIN_NEEDS if n)}, a closed class or !class")
        return lex


def _check_cameo(code: str, path: Path, forms: str) -> None:
    """A data row must name a CAMEO code the PLOVER table knows (a typo fails at load, not mid-analysis)."""
    from ..ontology import coding

    if not code:
        return
    try:
        coding(code)
    except KeyError:
        raise LagebildError(f"{path}: unknown CAMEO code {code!r} in the row {forms[:40]!r}") from None


def _adjective_forms(base: str, lang: str) -> list[str]:
    """Inflected forms of an adjective (German strong/weak endings; English has none)."""
    base = base.lower()
    if lang == "de":
        return [base] + [base + end for end in ("e", "en", "em", "er", "es")]
    return [base]
