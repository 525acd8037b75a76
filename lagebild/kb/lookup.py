"""Look up names in the knowledge base and summarise it, for the people who curate it."""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..stages.match import automaton, fold
from .kb import KnowledgeBase


def lookup(kb: KnowledgeBase, name: str, lang: str | None = None) -> list[dict[str, Any]]:
    """Every record an alias names exactly (case- and accent-insensitively), actors first.

    With ``lang``, demonym readings of that language are added ("russischem" → RUS).
    """
    out: list[dict[str, Any]] = []
    reading = automaton(kb).get(fold(name.strip()))
    if reading is not None:
        alias, actors, places, _acronym = reading
        out += [{"record": "actor", "alias": alias, **kb.actors[a]} for a in actors if a in kb.actors]
        out += [{"record": "place", "alias": alias, **kb.places[p]} for p in places if p in kb.places]
    for form_lang, code in kb.demonyms.get(name.strip().lower(), ()):
        if lang is None or form_lang == lang:
            out.append({"record": "demonym", "alias": name.strip(), "lang": form_lang, "country": code})
    return out


def stats(kb: KnowledgeBase) -> dict[str, Any]:
    """Counts of the knowledge base by record type, plus its fingerprint and sources."""
    return {
        "fingerprint": kb.fingerprint,
        "actors": dict(sorted(Counter(a.get("type", "?") for a in kb.actors.values()).items())),
        "places": dict(sorted(Counter(p.get("kind", "?") for p in kb.places.values()).items())),
        "aliases": len(kb.aliases),
        "demonym_forms": len(kb.demonyms),
        "capitals": len(kb.capitals),
        "sources": kb.meta.get("sources", []),
        "packages": kb.meta.get("packages", {}),
    }
