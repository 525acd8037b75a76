"""Places: toponyms resolved to GeoNames records with coordinates.

* candidates of the alias scan that are places and were not taken as actors (metonymy);
* country names in a locative context ("in der Ukraine", "nach Russland", "in Ukraine");
* region phrases ("Region Kursk", "Gebiet Kursk", "Kursk Oblast" — aliases of admin1 records);
* compass compounds ("Ostukraine", "Nordsyrien") and phrases ("eastern Ukraine") → the country
  with a qualifier;
* demonym + territory noun ("auf russischem Boden", "on Russian soil") → the country.

* world regions: continents, seas, islands, mountains, regions ("Afrika", "Black Sea", "Darfur");
* region abbreviations after a name and a comma ("Paducah, Ky.", "London, Ont."), dotted ones also after a
  locative preposition ("in B.C."), where the language's ``region_abbreviations`` setting is on (English);
  those used as names ("NSW") are ordinary aliases.

Ambiguous names are resolved by one sense per discourse (a name resolved once keeps its record;
"Kursk" after "Region Kursk" is the region), the region or country named right after it and a
comma ("London, Ont.", "Paris, Texas"; a place that cannot lie in an abbreviated region is left
out rather than put elsewhere), the first-level regions its context selects (a region word, the town
before it and a comma, an enumeration of regions: see ``readings.region_reading``; "Atlanta, Georgia"
is the US state even though "Georgia" is first a country), the kind of place an enumeration's other
names share ("Ohio, Oregon, Utah"), a region or large city (100,000+) of the countries the article is
about, large capitals, a region the article names elsewhere ("Pokrovsk" with "Donetsk" is the Ukrainian
town, not Engels, once called Pokrovsk; a large city in the region of its own name: "Donezk"), the
countries the article is about, a city in the region of its own name ("New York"), a record's own name
before an alternate name, the kind of place (a region before a smaller city of the same name elsewhere:
"Oregon"), then population. The countries an article is about are
those of its actors, of its demonyms ("Canadian") and of the names that can only be in one country.
"""

from __future__ import annotations

from functools import lru_cache

from ..model import Doc, Mention, Place
from ..pipeline import Resources
from .entities import demonym
from .match import Candidate, automaton, candidate_at, fold
from .readings import enumeration_kind, region_homes, region_reading, town_of_another_region

KIND_RANK = {"country": 5, "region": 4, "city": 3, "admin1": 2, "admin2": 1}
#: A city of the article's countries at least this large wins over a capital elsewhere ("London"
#: with Canada in the article is London, Ontario; "Paris" with the US in it stays Paris, France),
#: and a capital wins over other places of its name only when it is this large ("Moskau" is the
#: city, not the oblast; "Victoria" is the Australian state, not the capital of the Seychelles).
MAJOR_CITY = 100_000


@lru_cache(maxsize=4)
def abbreviations_by_word(kb) -> dict[str, list[tuple[str, list[str]]]]:
    """Context abbreviations of the knowledge base by their first word ("Ky" -> [("Ky.", [...])]),
    longest first."""
    index: dict[str, list[tuple[str, list[str]]]] = {}
    for abbr in sorted(kb.place_abbreviations, key=len, reverse=True):
        first = abbr.split()[0]
        index.setdefault(first if "." in first[:-1] else first.rstrip("."), []).append(
            (abbr, kb.place_abbreviations[abbr]))
    return index


class _Resolver:
    def __init__(self, doc: Doc, res: Resources):
        self.doc, self.res, self.kb = doc, res, res.kb
        self.lex = res.lex(doc.lang)
        self.by_id: dict[str, Place] = {}
        self.by_surface: dict[str, str] = {}
        self.focus = self.countries_of(doc)
        self.named: dict[str, set[str]] = {}  # every place the text may name -> the names that may name it
        for c in doc.candidates:
            for pid in c.places:
                self.named.setdefault(pid, set()).add(fold(c.text))
        self.place_ends: set[int] = set()

    def countries_of(self, doc: Doc) -> set[str]:
        """The countries the article is about: of its actors, its demonyms, and its names whose
        readings all lie in one country."""
        focus = {e.country for e in doc.entities if e.country}
        for word in doc.words:  # "Canadian", "russische"
            focus.update(iso for lang, iso in self.kb.demonyms.get(word, ()) if lang == doc.lang)
        for c in doc.candidates:
            countries = {self.kb.places[pid].get("country") for pid in c.places}
            if len(countries) == 1 and not c.actors:
                focus.update(countries - {None})
        return focus

    def add(self, pid: str, tok_start: int, tok_end: int, qualifier: str | None = None) -> None:
        rec = self.kb.places[pid]
        key = pid if qualifier is None else f"{pid}#{qualifier}"  # "Ostukraine" and "Westukraine" are two places
        place = self.by_id.get(key)
        if place is None:
            place = Place(f"P{len(self.by_id) + 1}", rec["name"], rec.get("kind", "place"), rec.get("geonames"),
                          rec.get("country"), rec.get("lat"), rec.get("lon"), kb=pid, qualifier=qualifier)
            self.by_id[key] = place
        a, b = self.doc.tokens[tok_start].start, self.doc.tokens[tok_end - 1].end
        if all(m.start != a for m in place.mentions):
            place.mentions.append(Mention(a, b, self.doc.text[a:b], self.doc.token_sentence[tok_start],
                                          via="toponym", tok_start=tok_start, tok_end=tok_end))
        self.by_surface[self.doc.text[a:b].lower()] = pid
        self.place_ends.add(tok_end)

    def locative(self, i: int) -> bool:
        """Whether token i follows a locative preposition (optionally with an article) or a place and "und"/"and"."""
        words = self.doc.words
        s0 = self.doc.sentence_tokens[self.doc.token_sentence[i]][0]
        j = i - 1
        if j > s0 and self.lex.is_("coordinator", words[j]) and j in self.place_ends:
            return True
        if j >= s0 and self.lex.is_("determiner", words[j]):
            j -= 1
        return j >= s0 and self.lex.is_("locative", words[j])

    def abbreviation(self, i: int) -> tuple[int, list[str]] | None:
        """(end token, place ids) of a region abbreviation at token i ("Ky.", "N.Y.", "W. Va.")."""
        doc = self.doc
        tok = doc.tokens[i]
        for abbr, ids in abbreviations_by_word(self.kb).get(tok.text, ()):
            end = tok.start + len(abbr)
            if doc.text[tok.start:end] != abbr or doc.text[end:end + 1].isalnum():
                continue
            j = i
            while j < len(doc.tokens) and doc.tokens[j].end < end:
                j += 1
            if j < len(doc.tokens) and doc.tokens[j].end == end:
                return j + 1, ids
        return None

    def qualifier(self, c: Candidate) -> tuple[set[str], bool]:
        """(admin1 and country place ids, abbreviated?) named right after a candidate and a comma:
        "Paducah, Ky.", "London, Ontario", "Paris, France"."""
        k = c.tok_end
        if k + 1 >= len(self.doc.tokens) or self.doc.tokens[k].text != ",":
            return set(), False
        got = self.abbreviation(k + 1) if self.lex.setting("region_abbreviations") else None
        if got is not None:
            return set(got[1]), True
        nxt = candidate_at(self.doc, k + 1)
        if nxt is None:
            return set(), False
        ids = {pid for pid in nxt.places if self.kb.places[pid].get("kind") in ("admin1", "country")}
        for aid in nxt.actors:
            if self.kb.actors.get(aid, {}).get("type") == "country":
                ids.add(self.kb.country_places.get(self.kb.actors[aid]["country"], ""))
        return ids - {""}, False

    def choose(self, c: Candidate) -> str | None:
        ids = list(c.places)
        if not ids:
            return None
        within, abbreviated = self.qualifier(c)
        if within:
            inside = [pid for pid in ids if self.kb.places[pid].get("admin1") in within
                      or self.kb.places[pid].get("kind") != "country" and self.country_place_id(pid) in within]
            if inside:
                ids = inside
            elif abbreviated:
                return None  # "Edmonton, Ky.": a town the knowledge base does not know, not Edmonton, Alberta
        ids = region_reading(self.doc, self.lex, self.kb, c) or ids
        surface = c.text.lower()
        if self.by_surface.get(surface) in ids:
            return self.by_surface[surface]
        for pid in ids:
            if pid in self.by_id:
                return pid
        base = fold(c.text[:-1] if c.genitive else c.text)
        for p in self.by_id.values():  # "Kursk" after "Region Kursk" is the region
            if p.kind == "admin1" and fold(p.name).split()[0] == base and p.kb:
                return p.kb
        listed = enumeration_kind(self.doc, self.lex, self.kb, c)  # "Oregon" among US states
        own = fold(c.text)
        capitals = self.kb.capital_places
        homes = region_homes(self.kb, ids)
        region_rank = min((KIND_RANK[self.kb.places[pid]["kind"]] for pid in ids
                           if self.kb.places[pid].get("kind") in ("admin1", "admin2")), default=0)
        capital_elsewhere = any(pid in capitals and (self.kb.places[pid].get("population") or 0) >= MAJOR_CITY
                                and self.kb.places[pid].get("country") not in self.focus for pid in ids)

        def score(pid: str) -> tuple:
            rec = self.kb.places[pid]
            kind = rec.get("kind", "")
            population = rec.get("population") or 0
            in_focus = rec.get("country") in self.focus
            self_named = rec.get("admin1") in self.named
            rank = KIND_RANK.get(kind, 0)
            if town_of_another_region(rec, homes):
                rank = region_rank - 0.5  # "Oregon" the state, not Oregon, Ohio ("Kursk" stays the city)
            return (
                listed is not None and kind == listed[0] != "city" and rec.get("country") in listed[1],
                capital_elsewhere and in_focus and (kind != "city" or population >= MAJOR_CITY),  # "London" in Canada
                pid in capitals and population >= MAJOR_CITY,
                bool(self.named.get(rec.get("admin1"), set()) - {own})  # "Pokrovsk" with "Donetsk"
                or self_named and population >= MAJOR_CITY,  # "Donezk" the city in the oblast of its name
                in_focus,
                self_named,  # "New York" the city in the state of its name; "Florida" in a US article is the state
                fold(rec.get("name", "")) == base,  # its own name, not an alternate ("Victoria" is not Hong Kong)
                rank,
                population,
            )

        return max(ids, key=score)

    def country_place_id(self, pid: str) -> str | None:
        return self.kb.country_places.get(self.kb.places[pid].get("country") or "")

    def compass_phrase(self, i: int) -> tuple[int, str] | None:
        """(start token, qualifier) for "im Osten der Ukraine", "in the east of Ukraine" before token i."""
        words = self.doc.words
        j = i - 1
        if j >= 0 and self.lex.is_("determiner", words[j]):
            j -= 1  # "der" (genitive) or "the"
        if j >= 0 and self.lex.is_("genitive_marker", words[j]):
            j -= 1  # "of"
        nouns = self.lex.compass.get("noun", {})
        if j < 0 or words[j] not in nouns:
            return None
        before = words[j - 1] if j >= 1 else ""
        start = j - 1 if self.lex.is_("determiner", before) or self.lex.is_("locative", before) else j
        return start, nouns[words[j]]

    def compass(self, i: int) -> tuple[str, str] | None:
        """(country place id, qualifier) for "Ostukraine"/"eastern Ukraine"."""
        tok = self.doc.tokens[i]
        word = tok.text
        low = word.lower()
        prefixes = self.lex.compass.get("prefix", {})
        for prefix in sorted(prefixes, key=len, reverse=True):
            if low.startswith(prefix) and len(word) > len(prefix) + 2:
                rest = word[len(prefix):]
                hit = automaton(self.kb).get(fold(rest), None)
                if hit is None:
                    hit = automaton(self.kb).get(fold(rest.removesuffix("s")), None)
                if hit and hit[1]:
                    iso = next((self.kb.actors[a].get("country") for a in hit[1]
                                if self.kb.actors[a].get("type") == "country"), None)
                    if iso and iso in self.kb.country_places:
                        return self.kb.country_places[iso], prefixes[prefix]
                break
        return None

    def pick_region(self, ids: list[str], i: int) -> str | None:
        """One of the regions an abbreviation may stand for ("WA": Washington or Western Australia):
        the one in the country of the place just before, else of the article's countries."""
        if len(ids) == 1:
            return ids[0]
        before = next((p for p in self.by_id.values() for m in p.mentions if m.tok_end == i - 1), None)
        countries = [before.country] if before is not None else sorted(self.focus)
        for iso in countries:
            hits = [pid for pid in ids if self.kb.places[pid].get("country") == iso]
            if len(hits) == 1:
                return hits[0]
        return None

    def run(self) -> None:
        doc = self.doc
        cand_at = {c.tok_start: c for c in doc.candidates}
        adjectives = self.lex.compass.get("adjective", {})
        metonyms = {(m.tok_start, m.tok_end) for e in doc.entities for m in e.mentions if m.via == "metonymy"}
        place_only = {k for c in doc.candidates if c.places and not c.actors for k in range(c.tok_start, c.tok_end)}
        actor_toks = set()  # tokens of actors (a place complement of a role phrase stays a place)
        for ts, te, eid, m in doc.actor_refs:
            if m.via != "name":
                ent = doc.entity(eid) if m.via in ("role-name", "given-name", "surname") else None
                named = set(ent.name.split()) if ent is not None and ent.type == "person" else set()
                # a place name inside a person's name is the name ("die Abgeordnete Julia Reda", then "Reda")
                actor_toks.update(k for k in range(ts, te) if k not in place_only or m.via == "metonymy"
                                  or doc.tokens[k].text in named)
        i = 0
        n = len(doc.tokens)
        while i < n:
            c = cand_at.get(i)
            if c is not None and c.compound:
                i = c.tok_end  # "Kiew-Besuch": a modifier, not a toponym mention
                continue
            if c is not None:
                if (c.tok_start, c.tok_end) in metonyms or (set(range(c.tok_start, c.tok_end)) & actor_toks
                                                            and not c.places):
                    i = c.tok_end
                    continue
                iso = None
                for aid in c.actors:
                    rec = self.kb.actors.get(aid, {})
                    if rec.get("type") == "country":
                        iso = rec.get("country")
                region = region_reading(doc, self.lex, self.kb, c) if iso is not None else []
                if region:  # "Atlanta, Georgia": the US state, not the country
                    self.add(self.choose(c) or region[0], c.tok_start, c.tok_end)
                elif iso is not None:
                    qualifier = self.compass_phrase(i)
                    if qualifier is not None and iso in self.kb.country_places:
                        self.add(self.kb.country_places[iso], qualifier[0], c.tok_end, qualifier[1])
                    elif self.locative(i) and iso in self.kb.country_places:
                        self.add(self.kb.country_places[iso], c.tok_start, c.tok_end)
                    elif i > 0 and doc.words[i - 1] in adjectives and iso in self.kb.country_places:
                        self.add(self.kb.country_places[iso], i - 1, c.tok_end, adjectives[doc.words[i - 1]])
                elif c.places and not c.actors and not (set(range(c.tok_start, c.tok_end)) & actor_toks):
                    pid = self.choose(c)
                    if pid:
                        start = c.tok_start
                        if start > 0 and self.lex.is_("region_word", doc.words[start - 1]) \
                                and self.kb.places[pid].get("kind") == "admin1":
                            start -= 1
                        self.add(pid, start, c.tok_end)
                i = c.tok_end
                continue
            tok = doc.tokens[i]
            if self.lex.setting("region_abbreviations") and tok.text in abbreviations_by_word(self.kb):
                got = self.abbreviation(i)
                after_name = i >= 2 and doc.tokens[i - 1].text == "," and doc.tokens[i - 2].text[:1].isupper()
                dotted = got is not None and "." in doc.text[tok.start:doc.tokens[got[0] - 1].end]
                if got is not None and (after_name or dotted and self.locative(i)):  # "in B.C.", not "in LA"
                    pid = self.pick_region(got[1], i)
                    if pid is not None:
                        self.add(pid, i, got[0])
                        i = got[0]
                        continue
            if tok.kind == "word" and tok.text[:1].isupper():
                got = self.compass(i)
                if got is not None:
                    self.add(got[0], i, i + 1, got[1])
            if i + 1 < n and self.lex.is_("territory_noun", doc.words[i + 1]):
                dem = demonym(doc.words[i], doc, self.res)
                if dem is not None and dem[0] and not dem[1] and dem[0] in self.kb.country_places:
                    self.add(self.kb.country_places[dem[0]], i, i + 2)
            i += 1
        doc.places = sorted(self.by_id.values(), key=lambda p: min(m.start for m in p.mentions))
        for k, p in enumerate(doc.places, 1):
            p.id = f"P{k}"


class PlaceResolver:
    name = "places"
    requires = ("tokens", "candidates", "entities")
    assigns = ("places",)

    def __call__(self, doc: Doc, res: Resources) -> None:
        _Resolver(doc, res).run()
