"""Reader for CAMEO/Phoenix (TABARI format) actor dictionaries.

Format, as used in reference/phoenix/*.actors.txt:

* a name line starts an entry (``VLADIMIR_PUTIN_  # CountryInfo.txt``); codes may follow on the
  same line (``RUSSIAN_FEDERATION_  [RUS]``);
* ``+NAME`` lines are synonyms of the current name; further plain name lines before the codes
  start new name groups that share the codes (the dictionaries list several actors, or several
  spellings of one person, that way);
* ``[CODE]`` / ``[CODE DATE-DATE]`` / ``[CODE >DATE]`` / ``[CODE <DATE]`` lines give roles;
* ``#`` starts a comment; a blank line ends an entry that has no codes (it is dropped).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

_CODE = re.compile(r"\[\s*([A-Z]{3,}|---)\s*([^\]]*)\]")

#: CAMEO sector / role codes (three letters) that may follow the country code.
SECTORS = frozenset({
    "AGR", "BUS", "CHR", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI",
    "IGO", "IMG", "INS", "JUD", "LAB", "LEG", "MED", "MIL", "MNC", "MOD", "MUS", "NGM", "NGO",
    "OPP", "PTY", "RAD", "REB", "REF", "REL", "SET", "SPY", "UAF",
})

#: Historical CAMEO country codes kept as countries (USSR, GDR, Yugoslavia, ...).
HISTORIC_COUNTRIES = frozenset(["USR", "SUN", "DDR", "YUG", "SCG", "CSK"])

#: Fictional country of the PETRARCH validation suite ('Kinakuta'): its entries are skipped.
FICTIONAL_PREFIXES = frozenset({"KNT"})

#: CAMEO country codes that differ from the ISO 3166-1 alpha-3 codes used in this KB.
CAMEO_TO_ISO3 = {"KSV": "UNK", "TMP": "TLS", "FRN": "FRA"}


@dataclass(frozen=True)
class Role:
    """One coded role of an entry, with optional validity dates (ISO format)."""

    code: str
    start: str | None = None
    end: str | None = None


@dataclass
class Entry:
    """One dictionary entry: name groups (a plain line and its '+' synonyms), roles, head comment."""

    groups: list[list[str]]
    comment: str = ""
    roles: list[Role] = field(default_factory=list)
    line: int = 0

    @property
    def names(self) -> list[str]:
        """All names of all groups, head first."""
        return [name for group in self.groups for name in group]


def parse_date(text: str) -> str | None:
    """YYMMDD (years < 30 are 20xx) or YYYYMMDD -> 'YYYY-MM-DD'; None when invalid."""
    text = text.strip()
    if len(text) == 6 and text.isdigit():
        year = int(text[:2])
        year += 2000 if year < 30 else 1900
        month, day = int(text[2:4]), int(text[4:6])
    elif len(text) == 8 and text.isdigit():
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    else:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_role(code: str, dates: str) -> Role:
    """Build a Role from a code and its date expression ('A-B', '>A', '<B' or '')."""
    dates = dates.strip().replace(" ", "")
    if dates.startswith(">"):
        return Role(code, parse_date(dates[1:]), None)
    if dates.startswith("<"):
        return Role(code, None, parse_date(dates[1:]))
    if "-" in dates:
        start, _, end = dates.partition("-")
        return Role(code, parse_date(start), parse_date(end))
    return Role(code)


def clean_name(raw: str) -> str:
    """'VLADIMIR_V._PUTIN_ ' -> 'VLADIMIR V. PUTIN' (still upper case)."""
    return " ".join(raw.replace("_", " ").split()).strip(" ,;")


def _split_line(line: str) -> tuple[str, str]:
    """Separate content and comment."""
    content, _, comment = line.partition("#")
    return content, comment.strip()


def _names_in(content: str) -> list[str]:
    """Names on a content line (text before the first code; mid-line '+' separates synonyms)."""
    text = content.split("[", 1)[0]
    # '!' marks TABARI templates (e.g. '!PERSON!'), which are patterns, not names
    return [name for name in (clean_name(part) for part in text.split("+")) if name and "!" not in name]


def read_entries(path: Path) -> list[Entry]:
    """Parse a TABARI actor dictionary into entries, in file order."""
    entries: list[Entry] = []
    current: Entry | None = None

    def close() -> None:
        nonlocal current
        if current is not None and current.roles:
            entries.append(current)
        current = None

    for number, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        content, comment = _split_line(raw)
        stripped = content.strip()
        if not stripped:
            if not raw.strip() and current is not None and not current.roles:
                current = None  # a blank line ends an entry that never got codes
            continue
        if stripped.startswith("+"):
            if current is not None:
                current.groups[-1].extend(_names_in(stripped[1:]))
        elif stripped.startswith("["):
            if current is not None:
                current.roles.extend(parse_role(c, d) for c, d in _CODE.findall(stripped))
        else:
            names = _names_in(stripped)
            if current is not None and current.roles:
                close()
            if current is None:
                current = Entry(groups=[names], comment=comment, line=number)
            else:
                current.groups.append(names)
            current.roles.extend(parse_role(c, d) for c, d in _CODE.findall(stripped))
    close()
    for entry in entries:
        entry.groups = [group for group in entry.groups if group]
    return [entry for entry in entries if entry.groups]


def split_code(code: str, countries: frozenset[str]) -> tuple[str | None, str | None]:
    """(country ISO3 or None, primary sector or None) of a CAMEO actor code.

    'RUSGOV' -> ('RUS', 'GOV'); 'IGOUNOIAE' -> (None, 'IGO'); 'PSEREBHMS' -> ('PSE', 'REB');
    'USAASM' -> ('USA', None); 'MEAREB' -> (None, 'REB').
    """
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    if not chunks or chunks[0] == "---":
        return None, None
    first = CAMEO_TO_ISO3.get(chunks[0], chunks[0])
    if first in countries or first in HISTORIC_COUNTRIES:
        return first, next((chunk for chunk in chunks[1:] if chunk in SECTORS), None)
    # IGO/NGO/IMG/MNC or a CAMEO region code (MEA, WST, ...): no country
    return None, next((chunk for chunk in chunks if chunk in SECTORS), None)


def latest_role(roles: list[Role]) -> Role | None:
    """The most recent dated role (open-ended counts as latest); else the first undated one."""
    dated = [role for role in roles if role.start or role.end]
    if dated:
        return max(dated, key=lambda r: (r.end or "9999-12-31", r.start or "0000-00-00", r.code))
    return roles[0] if roles else None
