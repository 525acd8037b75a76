"""A user's own actors on top of the knowledge base (``--kb-extra FILE``).

The file is UTF-8 TSV with a header line; lines starting with ``#`` are comments::

    id	name	type	country	sector	aliases
    ngo:isfed	International Society for Fair Elections and Democracy	organisation	GEO	NGO	ISFED
    person:nino-beridze	Nino Beridze	person	GEO	OPP	Beridse;Beridze

``id`` must be new (or replace a record of the same id), ``type`` one of :data:`TYPES`,
``country`` three capital letters (ISO 3166-1 alpha-3 or a CAMEO-style code), ``sector`` a
CAMEO sector code or empty, ``aliases`` ``;``-separated. Every error names its line. The overlay
gets its own fingerprint, so its alias index is cached apart from the shipped one.
"""

from __future__ import annotations

import copy
import hashlib
import re
from pathlib import Path

from ..errors import InputError
from .kb import KnowledgeBase

TYPES = ("country", "person", "government", "military", "intelligence", "media", "igo", "armed_group", "party",
         "organisation", "police")
COLUMNS = ("id", "name", "type", "country", "sector", "aliases")


def read_extra(path: Path) -> list[dict]:
    """Validated actor records of an extra-actors file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the extra actors ({exc})") from None
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip() and not line.startswith("#")]
    if not lines:
        raise InputError(f"{path}: no header line (id, name, type, country, sector, aliases)")
    header = [h.strip().lower() for h in lines[0][1].split("\t")]
    if tuple(header[:len(COLUMNS)]) != COLUMNS:
        raise InputError(f"{path}:{lines[0][0]}: the header must be: " + "\t".join(COLUMNS))
    records, seen = [], set()
    for n, line in lines[1:]:
        cols = [c.strip() for c in line.split("\t")] + [""] * len(COLUMNS)
        rid, name, kind, country, sector, aliases = cols[:len(COLUMNS)]
        where = f"{path}:{n}"
        if not rid or not name:
            raise InputError(f"{where}: id and name are required")
        if rid in seen:
            raise InputError(f"{where}: the id {rid!r} is given twice")
        if kind not in TYPES:
            raise InputError(f"{where}: type must be one of {', '.join(TYPES)}")
        if not re.fullmatch(r"[A-Z]{3}", country or ""):
            raise InputError(f"{where}: country must be three capital letters (ISO 3166-1 alpha-3 or CAMEO)")
        if sector and not re.fullmatch(r"[A-Z]{3}", sector):
            raise InputError(f"{where}: sector must be a three-letter CAMEO sector code or empty")
        seen.add(rid)
        records.append({
            "id": rid, "name": name, "type": kind, "country": country, "sector": sector or None,
            "code": country + (sector or ""), "roles": [],
            "aliases": [a.strip() for a in [name, *aliases.split(";")] if a.strip()],
        })
    return records


def with_extra(kb: KnowledgeBase, path: Path) -> KnowledgeBase:
    """A copy of ``kb`` with the actors of ``path`` added (the shipped KB is not changed)."""
    return with_records(kb, read_extra(path), path.read_bytes())


def with_records(kb: KnowledgeBase, records: list[dict], salt: bytes) -> KnowledgeBase:
    """A copy of ``kb`` with these actor records (each with its ``aliases``) added; ``salt`` (the
    records' source) makes the fingerprint of the result."""
    extra = copy.copy(kb)
    extra.actors = dict(kb.actors)
    aliases = list(kb.aliases)
    for rec in records:
        names = rec.pop("aliases")
        extra.actors[rec["id"]] = rec
        aliases += [(name, "actor", rec["id"], "*") for name in names]
    extra._aliases = aliases
    extra.fingerprint = hashlib.sha256((kb.fingerprint + "\0").encode() + salt).hexdigest()
    return extra


def use_extra(path: Path) -> KnowledgeBase:
    """Make the knowledge base with these extra actors the process's default (for the CLI and workers)."""
    from ..pipeline import Resources, use_resources
    from .kb import default_kb

    kb = with_extra(default_kb(), path)
    use_resources(Resources(kb=kb))
    return kb
