"""Event coding against the PETRARCH2 unit-test records (English, fictional actors).

The records' actors (Arnor, Gondor, … coded by the PETR.Validate actor dictionary beside them)
are loaded as extra actors (:func:`lagebild.kb.extra.with_records`); each record's text is
analysed, and each gold coding (source, target, CAMEO event code) is compared with the events of
that text:

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
        out.append(Record(s.get("id") or "", " ".join(text_el.text.split()), codings))
    if not out:
        raise InputError(f"{path}: no <Sentence> with <Text> and <EventCoding>")
    return out


def actor_records(path: Path) -> list[dict]:
    """The PETR.Validate actor dictionary as extra-actor records (first code of each entry)."""
    from ..kb.build_phoenix import read_entries

    records = []
    for n, entry in enumerate(read_entries(path)):
        code = entry.roles[0].code if entry.roles else ""
        if not re.fullmatch(r"[A-Z]{3}([A-Z]{3})*", code):
            continue
        sector = code[3:6] or None
        names = [name.replace("_", " ").strip().title() for name in entry.names if name.strip()]
        if not names:
            continue
        records.append({"id": f"petrarch:{n}", "name": names[0], "type": SECTOR_TYPES.get(sector or "", "country")
                        if sector else "country", "country": code[:3], "sector": sector, "code": code[:6],
                        "roles": [], "aliases": names})
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
    kb = with_records(default_kb(), actor_records(actors), actors.read_bytes())
    use_resources(Resources(kb=kb, lexicons={"en": verb_lexicon(verbs)} if verbs else {}))
    try:
        gold = root_hits = src_ok = tgt_ok = predicted = representable = representable_hits = 0
        for rec in records:
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
