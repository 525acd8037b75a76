"""Text helpers for the knowledge-base build: keys, slugs, casing, alias filters, transliteration."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

#: Words kept in lower case inside a title-cased name (except as the first word).
SMALL_WORDS = frozenset({
    "a", "against", "al", "an", "and", "at", "bin", "bint", "by", "da", "de", "del", "della",
    "der", "des", "di", "do", "dos", "du", "e", "el", "et", "for", "from", "ibn", "in", "into",
    "la", "le", "of", "on", "or", "over", "the", "to", "und", "van", "von", "with", "y", "zu",
})

_ROMAN = re.compile(r"^(?=[IVXLC]+$)M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")


def fold(text: str) -> str:
    """Strip diacritics: 'Erdoğan' -> 'Erdogan', 'Kyjiw' stays."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("ı", "i")


def key(text: str) -> str:
    """A comparison key: folded, lower-cased, punctuation collapsed to single spaces."""
    folded = fold(text).casefold().replace("’", "'")
    return " ".join(re.sub(r"[^\w']+", " ", folded).replace("_", " ").split())


def slugify(text: str) -> str:
    """An id-safe slug: 'Kim Jong Un' -> 'kim-jong-un'."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text).lower()).strip("-") or "x"


def is_latin(text: str) -> bool:
    """True when every letter of *text* is a Latin-script letter (with diacritics)."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(_LATIN_LETTER.match(ch) for ch in letters)


def is_acronym(text: str) -> bool:
    """All-caps token(s) such as 'USA', 'U.N.', 'KCNA' (at least two letters)."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def alias_ok(alias: str, *, allow_short: frozenset[str] = frozenset()) -> bool:
    """Minimum shape for an alias: 3+ characters unless listed in *allow_short* (e.g. 'UK')."""
    alias = alias.strip()
    return len(alias) >= 3 or alias in allow_short


def _cap_word(word: str) -> str:
    """Capitalise one word; handle hyphens and O'/d'/l' prefixes."""
    if "-" in word:
        return "-".join(_cap_word(part) for part in word.split("-"))
    lower = word.lower()
    if len(lower) > 2 and lower[1] == "'" and lower[0].isalpha():
        return lower[0].upper() + "'" + lower[2:3].upper() + lower[3:]
    return lower[:1].upper() + lower[1:]


def _keeps_capitals(token: str) -> bool:
    """Roman numerals ('III'), initials ('V.', 'U.N.') and vowel-less acronyms ('BBC')."""
    upper = token.upper()
    if len(token) > 1 and _ROMAN.match(upper):
        return True
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]?\.?", token):
        return True
    return len(token) >= 3 and token.isalpha() and not re.search(r"[AEIOUYaeiouy]", token) \
        and upper not in {"MRS", "MME"}


def title_case(text: str, *, acronyms: Iterable[str] = ()) -> str:
    """Title-case an all-caps dictionary name: 'RUSSIAN_FEDERATION_' -> 'Russian Federation'.

    Roman numerals, initials ('V.', 'U.N.'), tokens without vowels and tokens in *acronyms*
    stay upper case.
    """
    acronym_set = {a.upper() for a in acronyms}
    words = text.replace("_", " ").split()
    out: list[str] = []
    for index, word in enumerate(words):
        bare = word.strip("().,")
        upper = bare.upper()
        if upper in acronym_set or _keeps_capitals(bare):
            out.append(word.upper())
        elif index > 0 and word.lower() in SMALL_WORDS:
            out.append(word.lower())
        else:
            out.append(_cap_word(word))
    return " ".join(out)


def split_list(cell: str, sep: str = ";") -> list[str]:
    """Split a ';'-separated TSV cell into stripped, non-empty items."""
    return [item.strip() for item in cell.split(sep) if item.strip()]


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Read a UTF-8 TSV with a header line; '#' lines and blank lines are comments."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cells = raw.split("\t")
        if header is None:
            header = [cell.strip() for cell in cells]
            continue
        cells += [""] * (len(header) - len(cells))
        rows.append({name: cells[i].strip() for i, name in enumerate(header)})
    return rows


# --- German transliteration of East Slavic names given in English transliteration -------------

_DE_CLUSTERS = [
    ("shch", "schtsch"), ("zh", "sch"), ("kh", "ch"), ("ch", "tsch"), ("sh", "sch"),
    ("ts", "z"), ("ya", "ja"), ("yu", "ju"), ("ye", "je"), ("yo", "jo"), ("z", "s"), ("v", "w"),
]
_DE_PATTERN = re.compile("|".join(src for src, _ in _DE_CLUSTERS), re.IGNORECASE)
_DE_MAP = dict(_DE_CLUSTERS)
_VOWELS = "aeiouy"


def _german_word(word: str, *, ukrainian: bool) -> str:
    """Transliterate one name word from English to German conventions (Duden-style)."""
    lower = word.lower()
    if ukrainian and lower.endswith(("iy", "yy")):
        lower = lower[:-2] + ("ij" if lower.endswith("iy") else "yj")
    elif lower.endswith("iy"):
        lower = lower[:-2] + "i"
    elif lower.endswith(("ey", "ay", "oy", "uy")):
        lower = lower[:-1] + ("j" if lower[-2] in "eo" else "i")
    elif lower.endswith("y") and len(lower) > 2 and lower[-2] not in _VOWELS and not ukrainian:
        lower = lower[:-1] + "i"
    # intervocalic s is written ss in German to keep it voiceless (Gerasimov -> Gerassimow)
    lower = re.sub(r"(?<=[aeiou])s(?=[aeiou])", "ß", lower)
    out = _DE_PATTERN.sub(lambda m: _DE_MAP[m.group(0).lower()], lower).replace("ß", "ss")
    return out[:1].upper() + out[1:]


def german_transliteration(name: str, *, ukrainian: bool = False) -> str | None:
    """German spelling of an East Slavic name: 'Sergey Lavrov' -> 'Sergej Lawrow'.

    Returns None for names that are not plain ASCII letters or already look German (sch, w, j):
    the rule is only safe there. Also None when nothing changes.
    """
    if not re.fullmatch(r"[A-Za-z][A-Za-z\- ]+", name) or re.search(r"sch|w|j", name.lower()):
        return None
    words = [
        "-".join(_german_word(part, ukrainian=ukrainian) for part in word.split("-"))
        for word in name.split()
    ]
    result = " ".join(words)
    return result if result != name else None
