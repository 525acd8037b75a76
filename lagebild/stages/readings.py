"""How the readings of an ambiguous place name rank against each other, shared by the actor and place stages."""

from __future__ import annotations

from ..lang.lexicon import Lexicon
from ..model import Doc
from .match import Candidate, candidate_at, candidate_ending

#: A city at least this large wins over a first-level region of the same name that it is not in.
LARGE_CITY = 1_000_000


def region_homes(kb, ids) -> set[str]:
    """The first-level regions that the region readings among *ids* are or lie in (an admin1 itself, an admin2's
    admin1): a city of the name that lies in none of them is a town of another region."""
    homes = set()
    for pid in ids:
        rec = kb.places.get(pid, {})
        if rec.get("kind") == "admin1":
            homes.add(pid)
        elif rec.get("kind") == "admin2" and rec.get("admin1"):
            homes.add(rec["admin1"])
    return homes


def town_of_another_region(rec: dict, homes: set[str]) -> bool:
    """Whether a city reading yields to a region of the same name: the name also names regions (``homes``, see
    ``region_homes``), the city lies in none of them and is smaller than ``LARGE_CITY`` ("Virginia" the US state, not
    Virginia in the Free State; "Oregon" the state, not Oregon, Ohio; "Suffolk" the English county, not the town in
    Virginia; "Kursk" stays the city in Kursk Oblast)."""
    return rec.get("kind") == "city" and bool(homes) and rec.get("admin1") not in homes \
        and (rec.get("population") or 0) < LARGE_CITY


def _kinds(kb, c: Candidate) -> set[tuple[str, str]]:
    """The (kind, country) pairs a name may be: its place readings', and ("country", ISO3) for a country actor."""
    kinds = {(kb.places[pid].get("kind", ""), kb.places[pid].get("country") or "") for pid in c.places}
    for aid in c.actors:
        rec = kb.actors.get(aid, {})
        if rec.get("type") == "country":
            kinds.add(("country", rec.get("country") or ""))
    return kinds


def _separator_after(doc: Doc, lex: Lexicon, k: int) -> int | None:
    """The token after a list separator that starts at token k ("," / "and" / ", and"), else None."""
    n = len(doc.tokens)
    if k < n and doc.tokens[k].text == ",":
        k += 1
        return k + 1 if k < n and lex.is_("coordinator", doc.words[k]) else k
    return k + 1 if k < n and lex.is_("coordinator", doc.words[k]) else None


def enumeration(doc: Doc, lex: Lexicon, c: Candidate) -> list[Candidate]:
    """The other names of an enumeration of three or more names that *c* belongs to ("Michigan, Oregon,
    New Mexico and Ohio"), else an empty list."""
    members = [c]
    cur = c
    while True:  # leftwards: the name before ends where a separator ending at cur starts
        j = cur.tok_start - 1
        if j >= 1 and lex.is_("coordinator", doc.words[j]) and doc.tokens[j - 1].text == ",":
            j -= 1
        prev = candidate_ending(doc, j) if j >= 1 else None
        if prev is None or not (prev.places or prev.actors) or _separator_after(doc, lex, j) != cur.tok_start:
            break
        members.insert(0, prev)
        cur = prev
    cur = c
    while True:
        k = _separator_after(doc, lex, cur.tok_end)
        nxt = candidate_at(doc, k) if k is not None else None
        if nxt is None or not (nxt.places or nxt.actors):
            break
        members.append(nxt)
        cur = nxt
    return [m for m in members if m is not c] if len(members) >= 3 else []


def enumeration_kind(doc: Doc, lex: Lexicon, kb, c: Candidate) -> tuple[str, frozenset[str]] | None:
    """(kind, countries) of place that an enumeration's other names share, when at least two of them and more of
    them than of any other kind may be of that kind: "Oregon" among US states is the state (of the countries the
    others' states lie in: not Long Island in the Bahamas). A chain
    "Mississauga, Ontario, Canada" has no shared kind."""
    counts: dict[str, int] = {}
    countries: dict[str, set[str]] = {}
    for other in enumeration(doc, lex, c):
        pairs = _kinds(kb, other)
        for kind in {k for k, _ in pairs}:
            counts[kind] = counts.get(kind, 0) + 1
        for kind, iso in pairs:
            countries.setdefault(kind, set()).add(iso)
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    kind, top = ranked[0]
    if top < 2 or len(ranked) > 1 and ranked[1][1] == top:
        return None
    return kind, frozenset(countries[kind])


def region_reading(doc: Doc, lex: Lexicon, kb, c: Candidate) -> list[str]:
    """The first-level regions among a name's readings that its context selects over a country or a city of the
    name: a region word before or after it ("Bundesstaat Georgia", "the state of Washington", "New York state"), a
    place before it and a comma lies in the region, unless the name is also that place's country ("Atlanta,
    Georgia", "Buffalo, New York"; not "Taipei, Taiwan"), or the name is in an
    enumeration of regions ("Texas, Georgia and Ohio"). Empty when the context says nothing."""
    admin1s = [pid for pid in c.places if kb.places[pid].get("kind") == "admin1"]
    if not admin1s:
        return []
    words, j = doc.words, c.tok_start - 1
    if j >= 0 and (lex.is_("region_word", words[j]) or lex.is_("genitive_marker", words[j]) and j >= 1
                   and lex.is_("region_word", words[j - 1])):
        return admin1s  # "Bundesstaat Georgia", "the state of Washington"
    if c.tok_end < len(words) and lex.is_("region_word", words[c.tok_end]):
        return admin1s  # "New York state", "Kursk Oblast"
    if j >= 1 and doc.tokens[j].text == ",":
        before = candidate_ending(doc, j)
        if before is not None:
            inside = [pid for pid in admin1s if any(kb.places[q].get("admin1") == pid for q in before.places)]
            countries = {kb.actors.get(a, {}).get("country") for a in c.actors}
            if inside and not countries & {kb.places[q].get("country") for q in before.places}:  # "Taipei, Taiwan"
                return inside
    listed = enumeration_kind(doc, lex, kb, c)
    if listed is None or listed[0] != "admin1":
        return []
    return [pid for pid in admin1s if kb.places[pid].get("country") in listed[1]]
