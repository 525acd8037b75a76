"""Event coding against the PETRARCH2 unit-test records (English, fictional actors).

The records' actors (Arnor, Gondor, … coded by the PETR.Validate actor dictionary beside them)
are loaded as extra actors (:func:`lagebild.kb.extra.with_records`), each with its code at the record's
date (the dictionary dates some codes: "[--- <950630] [DOL]"); each record's text is analysed, and each
gold coding (source, target, CAMEO event code) is compared with the events of that text:

* root accuracy: gold codings for which some event has the same CAMEO root (first two digits); also
  over the codings whose CAMEO code PLOVER maps (lagebild's events are PLOVER events: statements,
  appeals and PETRARCH's codes outside CAMEO have no type);
* source and target accuracy: among those, the share whose event's source (target) country code
  equals the gold code's first three letters, taking of the events with that root the one that
  agrees best (one event per source of "Mordor, Rohan and Bree welcomed …").

The records are PETRARCH's own unit tests of stylised sentences, many built to exercise its parser
and dictionaries; they say how close lagebild's coding comes to PETRARCH's on the same sentences,
not how well either codes news.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET  # noqa: S405 - a local gold file given by the user
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError

SECTOR_TYPES = {"GOV": "government", "MIL": "military", "REB": "armed_group", "SPY": "intelligence",
                "MED": "media", "COP": "police", "IGO": "igo"}


@dataclass
class Record:
    id: str
    text: str
    codings: list[tuple[str, str, str]]  # (source, target, event code)
    date: str | None = None  # ISO date of the record, which picks an actor's dated code


def read_records(path: Path) -> list[Record]:
    try:
        root = ET.parse(path).getroot()  # noqa: S314
    except (ET.ParseError, OSError) as exc:
        raise InputError(f"{path}: not a readable PETRARCH records file ({exc})") from None
    out = []
    for s in root.iter("Sentence"):
        text_el = s.find("Text")
        codings = [(c.get("sourcecode") or "", c.get("targetcode") or "", c.get("eventcode") or "")
                   for c in s.iter("EventCoding") if c.get("eventcode")]
        if text_el is None or not (text_el.text or "").strip() or not codings:
            continue
        out.append(Record(s.get("id") or "", " ".join(text_el.text.split()), codings, _iso(s.get("date") or "")))
    if not out:
        raise InputError(f"{path}: no <Sentence> with <Text> and <EventCoding>")
    return out


def _iso(date: str) -> str | None:
    """A record's date ("19990809") in ISO format, as the actor dictionary's dates are read."""
    return f"{date[:4]}-{date[4:6]}-{date[6:8]}" if re.fullmatch(r"\d{8}", date) else None


CODE = re.compile(r"[A-Z]{3}([A-Z]{3})*")


def role_at(roles: list, date: str | None):
    """The role an entry has at a date, as PETRARCH reads dated codes ("[--- <950630] [DOL]": no actor before 30
    June 1995, DOL after): the first dated role whose dates hold the date, else the role without dates; without a
    date the role without dates, else the first."""
    if date:
        for role in roles:
            if (role.start or role.end) and (role.start is None or role.start <= date) and (
                    role.end is None or date < role.end):
                return role
    undated = [role for role in roles if not (role.start or role.end)]
    if undated:
        return undated[0]
    return roles[0] if roles and not date else None


def actor_records(path: Path, date: str | None = None) -> list[dict]:
    """The PETR.Validate actor dictionary as extra-actor records, each entry with its code at ``date`` (see
    :func:`role_at`). The records and their names are the same at every date (an entry with a code at some
    date is always one; where it has none, as "---", it has no country), so one alias index serves all dates."""
    from ..kb.build_phoenix import read_entries

    records = []
    for n, entry in enumerate(read_entries(path)):
        if not any(CODE.fullmatch(role.code) for role in entry.roles):
            continue
        role = role_at(entry.roles, date)
        code = role.code if role is not None and CODE.fullmatch(role.code) else ""
        sector = code[3:6] or None
        names = [name.replace("_", " ").strip().title() for name in entry.names if name.strip()]
        if not names:
            continue
        records.append({"id": f"petrarch:{n}", "name": names[0], "type": SECTOR_TYPES.get(sector or "", "country")
                        if sector else "country", "country": code[:3] or None, "sector": sector,
                        "code": code[:6] or None, "roles": [], "aliases": names})
    return records


def verb_lexicon(verbs: Path):
    """The English lexicon with a PETRARCH verb dictionary as its only event vocabulary: the dictionary is
    compiled into pattern tables (as ``lagebild kb verbs`` does) and lagebild's own triggers are left out, so
    the records are coded with their own dictionaries on lagebild's engine."""
    import dataclasses
    import tempfile

    from ..lang import load_lexicon
    from ..lang.cameo_verbs import read_dictionary, write_tables
    from ..lang.lexicon import PhraseIndex
    from ..lang.verb_patterns import load

    with tempfile.TemporaryDirectory() as tmp:
        write_tables(read_dictionary(verbs, strict=False), tmp)
        tables = load.__wrapped__(Path(tmp))
    return dataclasses.replace(load_lexicon("en"), patterns=tables, triggers={}, trigger_phrases=PhraseIndex())


def _country(event: dict, role: str) -> str:
    return (event.get(role) or {}).get("country") or ""


def _cameo_roles(event: dict) -> tuple[str, str]:
    """The event's keys for CAMEO's source and target: swapped where PLOVER and CAMEO differ (a hosted visit,
    whose CAMEO source is the host and PLOVER source the visitor; ``HOST_CODES``)."""
    from ..stages.events import HOST_CODES

    return ("target", "source") if (event.get("cameo") or "").startswith(HOST_CODES) else ("source", "target")


def plover_maps(code: str) -> bool:
    """Whether PLOVER has a type for a CAMEO code; lagebild's events are PLOVER events, so it cannot code
    statements and appeals (01, 02) or PETRARCH's own codes outside CAMEO (90, 91, 22)."""
    from ..ontology import coding

    try:
        coding(code)
    except KeyError:
        return False
    return True


def evaluate(path: Path, actors: Path | None = None, limit: int | None = None,
             verbs: Path | None = None) -> dict[str, Any]:
    from ..kb import default_kb
    from ..kb.extra import with_records
    from ..pipeline import Resources, analyze, use_resources

    actors = actors or path.parent / "PETR.Validate.actors.txt"
    if not actors.is_file():
        raise InputError(f"{actors}: the actor dictionary of the records is needed (--actors)")
    if verbs is not None and not verbs.is_file():
        raise InputError(f"{verbs}: no such verb dictionary")
    records = read_records(path)[:limit] if limit else read_records(path)
    lexicons = {"en": verb_lexicon(verbs)} if verbs else {}
    resources: dict[str, Resources] = {}  # the records' actors (as JSON) → resources: one per set of dated codes
    try:
        gold = root_hits = src_ok = tgt_ok = predicted = representable = representable_hits = 0
        for rec in records:
            extra = actor_records(actors, rec.date)  # the actors' codes at the record's date
            key = json.dumps(extra, sort_keys=True)
            if key not in resources:  # the same names at every date: one fingerprint, one alias index
                names = json.dumps([(a["id"], a["aliases"]) for a in extra]).encode()
                resources[key] = Resources(kb=with_records(default_kb(), extra, names), lexicons=lexicons)
            use_resources(resources[key])
            events = analyze(rec.text, lang="en", doc_id=rec.id).to_json()["events"]
            predicted += len(events)
            for source, target, code in rec.codings:
                gold += 1
                mapped = plover_maps(code)
                representable += mapped
                same_root = [e for e in events if (e.get("cameo") or "")[:2] == code[:2]]
                if not same_root:
                    continue
                root_hits += 1
                representable_hits += mapped
                agrees = [(_country(e, src) == source[:3], _country(e, tgt) == target[:3])
                          for e in same_root for src, tgt in [_cameo_roles(e)]]
                best = max(agrees, key=lambda pair: (pair[0] + pair[1], pair[0]))  # the event that fits best
                src_ok += best[0]
                tgt_ok += best[1]
    finally:
        use_resources(None)
    return {"file": str(path), "verbs": str(verbs) if verbs else "lagebild's own lexicon and the CAMEO tables",
            "records": len(records), "gold_codings": gold, "predicted_events": predicted,
            "root_accuracy": round(root_hits / gold, 3) if gold else 0.0,
            "plover_codings": representable,
            "plover_root_accuracy": round(representable_hits / representable, 3) if representable else 0.0,
            "source_accuracy": round(src_ok / root_hits, 3) if root_hits else 0.0,
            "target_accuracy": round(tgt_ok / root_hits, 3) if root_hits else 0.0}


def format_report(r: dict[str, Any]) -> str:
    return (f"{r['file']}: {r['records']} records, {r['gold_codings']} gold codings, {r['predicted_events']} events\n"
            f"verbs: {r['verbs']}\n"
            f"event root (CAMEO first two digits): accuracy {r['root_accuracy']:.3f}; over the"
            f" {r['plover_codings']} codings whose CAMEO code PLOVER maps {r['plover_root_accuracy']:.3f}\n"
            f"of those, source country {r['source_accuracy']:.3f}, target country {r['target_accuracy']:.3f}")
