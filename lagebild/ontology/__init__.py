"""The PLOVER event ontology: CAMEO code → PLOVER type, mode, context, and intensity scores.

The table ``plover_cameo.tsv`` is generated from the PLOVER project's CAMEO→PLOVER mapping
(CC BY-SA 4.0, see NOTICE) by :func:`build_table`; the loader below only reads the TSV.
``plover_manual.tsv`` overrides the few codes where the crosswalk cannot produce a mode that the
PLOVER manual defines (each row gives the reason); it is read after the generated table.
``plover_threats.tsv`` gives the THREATEN coding of a threatened act (:func:`threat_of`).
``cameo_intents.tsv`` gives the AGREE coding of an offered act (:func:`intent_of`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).with_name("plover_cameo.tsv")
MANUAL = Path(__file__).with_name("plover_manual.tsv")
THREATS = Path(__file__).with_name("plover_threats.tsv")
INTENTS = Path(__file__).with_name("cameo_intents.tsv")

# Conflict–cooperation scores of the PLOVER manual ("PLOVER conflict–cooperation scores").
# The manual prints ACCUSE as 3; every ACCUSE mode is negative, so it is read as -3.
TYPE_SCORES = {
    "AGREE": 2.5, "CONSULT": 2.5, "SUPPORT": 5, "CONCEDE": 4.5, "COOPERATE": 9.5, "AID": 10,
    "RETREAT": 6.5, "REQUEST": 0, "ACCUSE": -3, "REJECT": -2, "THREATEN": -3.5, "PROTEST": -5,
    "SANCTION": -6, "MOBILIZE": -5.5, "COERCE": -7, "ASSAULT": -9,
}
MODE_SCORES = {
    ("CONSULT", "visit"): 4, ("CONSULT", "third-party"): 1, ("CONSULT", "multilateral"): 4,
    ("CONSULT", "phone"): 1.5, ("RETREAT", "withdraw"): 8, ("RETREAT", "release"): 6.5,
    ("RETREAT", "disarm"): 10, ("RETREAT", "ceasefire"): 7.5, ("RETREAT", "access"): 6.5,
    ("RETREAT", "resign"): 4.5, ("REQUEST", "assist"): 0.5, ("REQUEST", "change"): -1,
    ("REQUEST", "yield"): -1, ("REQUEST", "meet"): 0, ("ACCUSE", "disapprove"): -2,
    ("ACCUSE", "investigate"): -3.5, ("ACCUSE", "allege"): -3.5, ("REJECT", "assist"): -1.5,
    ("REJECT", "change"): -2, ("REJECT", "yield"): -2, ("REJECT", "meet"): -2,
    ("THREATEN", "restrict"): -3, ("THREATEN", "arrest"): -3.5, ("THREATEN", "relations"): -3.5,
    ("THREATEN", "expel"): -3.5, ("THREATEN", "territory"): -4, ("THREATEN", "violence"): -3.5,
    ("PROTEST", "demo"): -5, ("PROTEST", "riot"): -7, ("PROTEST", "strike"): -5,
    ("PROTEST", "hunger"): -4.5, ("PROTEST", "boycott"): -4.5, ("PROTEST", "obstruct"): -4.5,
    ("SANCTION", "convict"): -6, ("SANCTION", "expel"): -5.5, ("SANCTION", "withdraw"): -6,
    ("SANCTION", "discontinue"): -6, ("MOBILIZE", "troops"): -6.5, ("MOBILIZE", "weapons"): -6.5,
    ("MOBILIZE", "police"): -5.5, ("MOBILIZE", "militia"): -6, ("COERCE", "seize"): -7,
    ("COERCE", "restrict"): -7, ("COERCE", "censor"): -6.5, ("COERCE", "curfew"): -6.5,
    ("COERCE", "martial-law"): -7.5, ("COERCE", "arrest"): -7, ("COERCE", "deport"): -7,
    ("ASSAULT", "abduct"): -8.5, ("ASSAULT", "beat"): -7.5, ("ASSAULT", "torture"): -8.5,
    ("ASSAULT", "sexual"): -8.5, ("ASSAULT", "targeted"): -9.5, ("ASSAULT", "destroy"): -8.5,
    ("ASSAULT", "firearms"): -9, ("ASSAULT", "explosives"): -9, ("ASSAULT", "suicide-attack"): -9.5,
    ("ASSAULT", "aerial"): -9.5, ("ASSAULT", "drone"): -9.5, ("ASSAULT", "heavy-weapons"): -9.5,
}


@dataclass(frozen=True, slots=True)
class Coding:
    cameo: str
    type: str
    mode: str
    context: tuple[str, ...]
    label: str

    @property
    def intensity(self) -> float:
        return float(MODE_SCORES.get((self.type, self.mode), TYPE_SCORES.get(self.type, 0.0)))


_LINE = re.compile(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?(?:,([^#]*))?(?:#\s*(.*))?$")


def build_table(mapping_file: Path, out: Path = TABLE) -> int:
    """Convert PLOVER's CAMEO2PLOVER mapping into ``plover_cameo.tsv``; returns the row count."""
    rows: dict[str, tuple[str, str, str, str]] = {}
    for raw in mapping_file.read_text(encoding="utf-8").splitlines():
        m = _LINE.match(raw.strip())
        if not m or m.group(2) not in TYPE_SCORES:
            continue
        code, ptype = m.group(1), m.group(2)
        mode = (m.group(3) or "").strip().split(" ")[0]
        mode = "" if mode.startswith("21.") else mode
        context = ";".join(c.strip() for c in (m.group(4) or "").split(";") if c.strip())
        rows.setdefault(code, (ptype, mode, context, (m.group(5) or "").strip()))
    lines = ["cameo\ttype\tmode\tcontext\tlabel"]
    lines += ["\t".join((code, *rows[code])) for code in sorted(rows)]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(rows)


@lru_cache(maxsize=1)
def table() -> dict[str, Coding]:
    """CAMEO code → :class:`Coding` (loaded once)."""
    out: dict[str, Coding] = {}
    for i, line in enumerate(TABLE.read_text(encoding="utf-8").splitlines()):
        if i == 0 or not line.strip():
            continue
        cameo, ptype, mode, context, label = (line.split("\t") + [""] * 5)[:5]
        out[cameo] = Coding(cameo, ptype, mode, tuple(c for c in context.split(";") if c), label)
    for i, line in enumerate(MANUAL.read_text(encoding="utf-8").splitlines()):
        if i == 0 or not line.strip():
            continue
        cameo, ptype, mode, context = (line.split("\t") + [""] * 4)[:4]
        if ptype not in TYPE_SCORES or cameo not in out:
            raise ValueError(f"{MANUAL.name}: bad row {line!r}")
        out[cameo] = Coding(cameo, ptype, mode, tuple(c for c in context.split(";") if c), out[cameo].label)
    return out


def coding(cameo: str) -> Coding:
    """The PLOVER coding of a CAMEO code (falls back to its parent code)."""
    tab = table()
    code = cameo
    while code and code not in tab:
        code = code[:-1]
    if not code:
        raise KeyError(f"unknown CAMEO code {cameo!r}")
    c = tab[code]
    return c if code == cameo else Coding(cameo, c.type, c.mode, c.context, c.label)


@lru_cache(maxsize=1)
def _threats() -> dict[str, tuple[str, str]]:
    return {row[0]: (row[1], row[2]) for row in _prefix_rows(THREATS, "content\t")}


@lru_cache(maxsize=1)
def _intents() -> dict[str, str]:
    return {row[0]: row[1] for row in _prefix_rows(INTENTS, "act\t")}


def _prefix_rows(path: Path, header: str) -> list[list[str]]:
    """The tab-separated rows of a table keyed by CAMEO code prefixes (comments and the header left out)."""
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith(("#", header))]


def _longest_prefix(cameo: str, tab: dict) -> str | None:
    return next((cameo[:n] for n in range(len(cameo), 1, -1) if cameo[:n] in tab), None)


def threat_of(cameo: str) -> Coding | None:
    """The THREATEN coding of a threat of the act *cameo* (the longest matching prefix of ``plover_threats.tsv``):
    "drohte mit Sanktionen" (163) is 1312 'restrict', a threatened arrest (173) is 130 'arrest'; None for an act
    that is no threat content (a meeting, aid)."""
    tab = _threats()
    code = _longest_prefix(cameo, tab)
    if code is None:
        return None
    threat, mode = tab[code]
    c = coding(threat)
    return Coding(threat, c.type, mode, c.context, c.label)


def intent_of(cameo: str) -> Coding | None:
    """The AGREE coding of an offer of the act *cameo* (the longest matching prefix of ``cameo_intents.tsv``):
    offered cooperation (060) is 030, offered aid (073) 0333, offered talks (040) 036; None for an act that is not
    offered (an attack)."""
    code = _longest_prefix(cameo, _intents())
    return coding(_intents()[code]) if code is not None else None
