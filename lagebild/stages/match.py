"""One Aho-Corasick pass over the text for every alias of the knowledge base.

The automaton is built once per knowledge base (and cached); a document is scanned once,
lowercased with a length-preserving fold so offsets stay valid. Every character that is neither
a word character nor a hyphen becomes a boundary mark, in the text and in the aliases, and each
alias starts with one: a hit can only begin at the start of a word, so the scan never sees the
many aliases inside longer words. Hits are then checked for the end of the word and for
capitalisation (acronyms must match exactly; names must start uppercase), a genitive "'s" and,
in languages whose closed class ``genitive_suffix`` has it, a bare "s" ("Russlands") are absorbed,
and overlapping hits keep the longest.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ahocorasick

from ..model import Doc
from ..pipeline import Resources


@dataclass(slots=True)
class Candidate:
    """A knowledge-base alias found in the text, with every record it may stand for."""

    start: int
    end: int
    text: str
    actors: tuple[str, ...]
    places: tuple[str, ...]
    tok_start: int
    tok_end: int
    genitive: bool = False
    used: bool = False
    compound: bool = False  # followed by a hyphen and more word: "US-Regierung", "EU-Mission"


def _strip_marks() -> dict[int, str]:
    """Latin letters with diacritics → their base letter ("á" → "a", "č" → "c"; one character each).

    German umlauts stay: they are letters of their own ("Länder" is not "Lander")."""
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        if chr(code) in "äöüÄÖÜ":
            continue
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and base.isascii():
            table[code] = base.lower()
    return table


_MARKS = _strip_marks()
_HAS_MARKS = re.compile("[" + "".join(chr(code) for code in sorted(_MARKS)) + "]")


def fold(text: str) -> str:
    """Lowercase without diacritics and without changing length ("Nicolás" and "Nicolas" match;
    characters whose lowercase is longer, like "İ", stay as they are)."""
    out = text.lower()
    if len(out) != len(text):
        out = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return out.translate(_MARKS) if _HAS_MARKS.search(out) else out  # most news text has no marks to strip


#: Characters that end a word for the matcher (all but word characters and the hyphen).
_BOUNDARY = re.compile(r"[^\w-]")
BOUNDARY_MARK = "\x00"


def index_key(folded: str) -> str:
    """The automaton's form of a folded alias or text: boundary marks for every non-word character
    but the hyphen ("u.s." -> "\\0u\\0s\\0"), and one mark before it, so that the text's first word
    can match too. The length grows by exactly one: text offset i is key offset i + 1."""
    return BOUNDARY_MARK + _BOUNDARY.sub(BOUNDARY_MARK, folded)


AUTOMATON_FORMAT = 6  # bump when the automaton's keys or values change or the cache layout does


class LazyReadings:
    """The readings table as stored in the cache: one JSON line per reading, decoded when first used
    (an article needs a few hundred of the ~200,000, so start-up does not parse them all)."""

    def __init__(self, data: bytes, offsets: array):
        self.data, self.offsets = data, offsets
        self.decoded: dict[int, list] = {}

    def __getitem__(self, idx: int) -> list:
        got = self.decoded.get(idx)
        if got is None:
            got = self.decoded[idx] = json.loads(self.data[self.offsets[idx]:self.offsets[idx + 1]])
        return got

    def __len__(self) -> int:
        return len(self.offsets) - 1


#: The automaton's value of an alias is its reading's index shifted by LENGTH_BITS, plus the
#: alias's length, so that a hit inside a word is dropped before its reading is looked up.
LENGTH_BITS = 10


class AliasIndex:
    """An Aho-Corasick automaton over folded aliases whose values index a table of readings
    (alias, actor ids, place ids, has an acronym variant)."""

    def __init__(self, auto: ahocorasick.Automaton, readings: list[list]):
        self.auto = auto
        self.readings = readings

    def iter(self, text: str):
        """(end index in the text, reading) for every alias that starts a word of a folded text."""
        readings = self.readings
        for end, value in self.auto.iter(index_key(text)):
            yield end - 1, readings[value >> LENGTH_BITS]

    def get(self, key: str, default=None):
        """The reading of a folded alias ("kyiv"), or *default*."""
        value = self.auto.get(index_key(key), None)
        return default if value is None else self.readings[value >> LENGTH_BITS]


@lru_cache(maxsize=4)
def automaton(kb) -> AliasIndex:
    """The alias index of a knowledge base, built once per process.

    Building it takes ~2 s for the full knowledge base, so it is cached on disk per knowledge-base
    fingerprint: the automaton in pyahocorasick's integer format and the readings as JSON lines with
    an offset table, decoded lazily (nothing is unpickled); see :func:`cache_dir`.
    """
    path = _cache_path(kb)
    lines, offsets = (path.with_suffix(".jsonl"), path.with_suffix(".offsets")) if path else (None, None)
    if path is not None and path.is_file() and lines.is_file() and offsets.is_file():
        try:
            table = array("Q")
            table.frombytes(offsets.read_bytes())
            readings = LazyReadings(lines.read_bytes(), table)
            auto = ahocorasick.load(str(path), lambda b: b)
            if len(readings) == len(auto) and table[-1] == len(readings.data):
                return AliasIndex(auto, readings)
        except Exception:  # a damaged or foreign cache file is rebuilt, never trusted
            pass
    index = _build_index(kb)
    if path is not None:
        _save(index, path)
    return index


def cache_dir() -> Path | None:
    """$LAGEBILD_CACHE_DIR, else $XDG_CACHE_HOME/lagebild or ~/.cache/lagebild; None if LAGEBILD_NO_CACHE is set."""
    if os.environ.get("LAGEBILD_NO_CACHE"):
        return None
    if os.environ.get("LAGEBILD_CACHE_DIR"):
        return Path(os.environ["LAGEBILD_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "lagebild"


def _cache_path(kb) -> Path | None:
    folder = cache_dir()
    fingerprint = getattr(kb, "fingerprint", "")
    if folder is None or not fingerprint:
        return None
    folding = hashlib.sha256(repr(sorted(_MARKS.items())).encode()).hexdigest()[:8]  # the key depends on fold()
    return folder / f"aliases-{fingerprint[:20]}-v{AUTOMATON_FORMAT}-{folding}.bin"


def _save(index: AliasIndex, path: Path) -> None:
    """Write the cache atomically; a read-only or full disk only costs the next start-up time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tag = f".{os.getpid()}.tmp"
        encoded = [json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in index.readings]
        offsets = array("Q", [0])
        for line in encoded:
            offsets.append(offsets[-1] + len(line))
        tmp_lines = path.with_suffix(".jsonl" + tag)
        tmp_lines.write_bytes(b"".join(encoded))
        os.replace(tmp_lines, path.with_suffix(".jsonl"))
        tmp_offsets = path.with_suffix(".offsets" + tag)
        tmp_offsets.write_bytes(offsets.tobytes())
        os.replace(tmp_offsets, path.with_suffix(".offsets"))
        for old in path.parent.glob(path.name.split("-v")[0] + "-v*"):  # earlier layouts of this knowledge base
            if old.stem != path.stem and not old.name.endswith(".tmp"):
                old.unlink(missing_ok=True)
        tmp_bin = path.with_suffix(tag)
        index.auto.save(str(tmp_bin))
        os.replace(tmp_bin, path)
    except OSError:
        pass


def _build_index(kb) -> AliasIndex:
    table: dict[str, tuple[str, set[str], set[str], set[str]]] = {}
    for alias, kind, rid, _lang in kb.aliases:
        if len(alias) < 2:
            continue
        key = index_key(fold(alias))
        entry = table.setdefault(key, (alias, set(), set(), set()))
        if _is_acronym(entry[0]) and not _is_acronym(alias):
            entry = table[key] = (alias, entry[1], entry[2], entry[3])  # "Hamas" and "HAMAS": match like a name
        (entry[1] if kind == "actor" else entry[2]).add(rid)
        if _is_acronym(alias):
            entry[3].add(alias)
    auto = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    readings: list[list] = []
    for key, (alias, actors, places, acronyms) in table.items():
        if len(alias) >= 1 << LENGTH_BITS:
            continue  # no name is a thousand characters long
        auto.add_word(key, len(readings) << LENGTH_BITS | len(alias))
        readings.append([alias, sorted(actors), sorted(places), bool(acronyms)])
    auto.make_automaton()
    return AliasIndex(auto, readings)


@lru_cache(maxsize=1 << 16)
def _is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(alias) <= 8


GENITIVE_MIN_POPULATION = 100_000


def _particle_name(alias: str) -> bool:
    """"al-Shabaab", "al-Qaida": a name that starts with a lowercase particle joined by a hyphen or apostrophe."""
    first = alias.split()[0]
    return any(ch in first for ch in "-'’") and any(c.isupper() for c in first)


def _takes_genitive(kb, actors: tuple[str, ...], places: tuple[str, ...]) -> bool:
    """Whether "<alias>s" may be read as a genitive: for actors and for prominent places only.

    Small towns would otherwise turn ordinary nouns into places ("Basis" = Basi + s, "Virus" = Virú + s).
    """
    if actors:
        return True
    for pid in places:
        rec = kb.places.get(pid, {})
        if rec.get("kind") in ("country", "admin1") or (rec.get("population") or 0) >= GENITIVE_MIN_POPULATION:
            return True
    return False


def scan(doc: Doc, kb, suffix_genitive: bool = True) -> list[Candidate]:
    """All alias hits of the document, boundary- and case-checked, longest-first without overlaps.

    *suffix_genitive*: whether a name's genitive may be a bare "s" ("Russlands"; German, not
    English, where "Americas" is no genitive of "America")."""
    text = doc.text
    n = len(text)
    raw: list[Candidate] = []
    starts = [t.start for t in doc.tokens]
    ends = [t.end for t in doc.tokens]
    index = automaton(kb)
    readings, mask = index.readings, (1 << LENGTH_BITS) - 1
    for end, value in index.auto.iter(index_key(fold(text))):  # key offset end is text offset end - 1
        if end < n and text[end].isalnum() and (
                text[end] != "s" or not suffix_genitive or end + 1 < n and text[end + 1].isalnum()):
            continue  # the word goes on (only a genitive "s" may follow): most hits end here
        start = end - (value & mask)
        alias, actors, places, has_acronym = readings[value >> LENGTH_BITS]
        actors, places = tuple(actors), tuple(places)
        surface = text[start:end]
        if _is_acronym(alias):
            if surface != alias:
                continue
        elif not surface[:1].isupper() and not _particle_name(surface):
            continue  # names are capitalised, except after a particle written so in the knowledge base
        elif surface.isupper() and len(surface) <= 5 and not has_acronym and not text[end:end + 3].strip().startswith(
                ("—", "–", "-", "(")):
            continue  # "FLA" is an acronym, not the village "Fla"; datelines ("KYIV —") are capitalised names
        genitive = False
        compound = end + 1 < n and text[end] == "-" and text[end + 1].isalpha()
        if end < n and text[end].isalnum():
            word_ends = end + 1 >= n or not text[end + 1].isalnum()
            if text[end] == "s" and word_ends and _takes_genitive(kb, actors, places):
                end += 1
                genitive = True
            else:
                continue
        elif end + 1 < n and text[end] in "'’" and text[end + 1] == "s" and (
                end + 2 >= n or not text[end + 2].isalnum()):
            genitive = True  # "Russia's": the token keeps the 's; the mention is the name
        ts = bisect_left(starts, start)
        te = bisect_right(ends, end)
        if ts >= len(starts) or starts[ts] != start:
            continue
        if compound:
            te = bisect_right(starts, end)  # the compound is one token; the candidate covers it
        raw.append(Candidate(start, end, text[start:end], actors, places, ts, max(te, ts + 1), genitive,
                             compound=compound))
    merged: dict[tuple[int, int], Candidate] = {}
    for c in raw:  # one span, several readings ("Hamas" the group and "Hama" + genitive s): keep them all
        have = merged.get((c.start, c.end))
        if have is None:
            merged[(c.start, c.end)] = c
        else:
            have.actors = tuple(sorted(set(have.actors) | set(c.actors)))
            have.places = tuple(sorted(set(have.places) | set(c.places)))
            have.genitive = have.genitive and c.genitive
            have.compound = have.compound or c.compound
            have.tok_end = max(have.tok_end, c.tok_end)
    raw = list(merged.values())
    occupied = bytearray(n + 1)
    out: list[Candidate] = []
    for c in sorted(raw, key=lambda c: (-(c.end - c.start), c.start)):
        if any(occupied[c.start:c.end]):
            continue
        occupied[c.start:c.end] = b"\x01" * (c.end - c.start)
        out.append(c)
    out.sort(key=lambda c: c.start)
    return out


def _candidate_index(doc: Doc, edge: str) -> dict[int, Candidate]:
    """The candidates by their start or end token (*edge*: "tok_start" or "tok_end"), a dictionary built once per
    candidate list and kept on the document."""
    key = f"_candidates_by_{edge}"
    cache = doc.__dict__.get(key)
    if cache is None or cache[0] is not doc.candidates or cache[1] != len(doc.candidates):
        cache = (doc.candidates, len(doc.candidates), {getattr(c, edge): c for c in doc.candidates})
        doc.__dict__[key] = cache
    return cache[2]


def candidate_at(doc: Doc, k: int) -> Candidate | None:
    """The candidate that starts at token k."""
    return _candidate_index(doc, "tok_start").get(k)


def candidate_ending(doc: Doc, k: int) -> Candidate | None:
    """The candidate that ends at token k (exclusive end)."""
    return _candidate_index(doc, "tok_end").get(k)


class MentionMatcher:
    name = "match"
    requires = ("tokens",)
    assigns = ("candidates",)

    def __call__(self, doc: Doc, res: Resources) -> None:
        lex = res.lex(doc.lang) if doc.lang else None
        doc.candidates = scan(doc, res.kb, suffix_genitive=lex is None or lex.is_("genitive_suffix", "s"))
        if lex is not None and lex.closed.get("foreign_name_particle"):
            doc.candidates = [c for c in doc.candidates if not _inside_foreign_name(doc, lex, c)]
        if lex is not None and doc.lang:
            native = _native_country_names(res.kb, doc.lang)
            kept = []
            for c in doc.candidates:
                if _foreign_country_in_name(doc, lex, c, native):
                    c.actors = ()
                    c.places = tuple(p for p in c.places if p not in res.kb.country_places.values())
                    if not c.places:
                        continue  # "HD Austria": neither the country nor its land; "Bundesstaat Georgia" is a state
                kept.append(c)
            doc.candidates = kept


_NATIVE_NAMES: dict[tuple[str, str], frozenset[str]] = {}
#: closed classes of a capitalised word before a name that is no part of it ("Nach Austria", "Und Germany")
NOT_NAME_PART = ("determiner", "preposition", "subordinator", "coordinator", "sentence_adverb", "relative")


def _native_country_names(kb, lang: str) -> frozenset[str]:
    """The folded names of countries that the knowledge base gives in ``lang`` or in every language (built once per
    knowledge base and language)."""
    key = (kb.fingerprint or str(id(kb)), lang)
    if key not in _NATIVE_NAMES:
        _NATIVE_NAMES[key] = frozenset(fold(alias) for alias, kind, rid, alias_lang in kb.aliases
                                       if kind == "actor" and rid.startswith("country:") and alias_lang in (lang, "*"))
    return _NATIVE_NAMES[key]


def _foreign_country_in_name(doc: Doc, lex, c: Candidate, native: frozenset[str]) -> bool:
    """Whether a country's name in another language than the document's stands next to another capitalised word,
    as part of a firm's or club's name: "HD Austria", "Bank Austria", "Casinos Austria", "Austria Center" in a
    German text (the country itself is "Österreich" there)."""
    if not c.actors or not all(a.startswith("country:") for a in c.actors):
        return False
    name = c.text[:-1] if c.genitive and c.text.endswith("s") else c.text
    if fold(name) in native or fold(c.text) in native:
        return False
    tokens = doc.tokens

    def name_part(k: int) -> bool:
        return 0 <= k < len(tokens) and tokens[k].kind == "word" and tokens[k].text[:1].isupper() and not any(
            lex.is_(cls, tokens[k].text.lower()) for cls in NOT_NAME_PART)

    return name_part(c.tok_start - 1) or name_part(c.tok_end)


def _inside_foreign_name(doc: Doc, lex, c: Candidate) -> bool:
    """Whether a hit is the end of a longer foreign name: after (or starting with) a lowercase name particle
    that follows a capitalised word ("Stade de France", "Tour de France", "Banco do Brasil")."""
    k = c.tok_start  # "de France" as one alias: the particle is its first token
    if doc.tokens[k].text not in lex.closed["foreign_name_particle"]:
        if k == 0 or doc.tokens[k - 1].text not in lex.closed["foreign_name_particle"]:
            return False
        k -= 1
    return k > 0 and doc.tokens[k - 1].kind == "word" and doc.tokens[k - 1].text[:1].isupper()
