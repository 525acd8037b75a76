"""Load the knowledge base (KB) artefact built by :mod:`lagebild.kb.build`.

The artefact ``lagebild/kb/data/kb.json.gz`` ships with the package. Its records:

* ``actors``: ``{"id", "name", "type", "country", "sector", "code"}``; persons also have
  ``roles``: ``[{"code", "country", "sector", "start", "end", "title"?}]`` (ISO dates or null;
  dates may be partial, 'YYYY' or 'YYYY-MM'); top-level country/sector/code is the latest role.
  Types: country, person, government, military, intelligence, media, igo, armed_group, party,
  organisation.
* ``places``: ``{"id", "name", "kind", "feature", "geonames", "country", "lat", "lon",
  "population", "admin1"}``; kind is country, admin1, admin2, city or region (continents, seas,
  islands, mountains, regions such as "Darfur"); feature is the GeoNames feature code (PCLI, ADM1,
  ADM2, PPL, PPLC, CONT, SEA, RGN, …); ``admin1`` is the id of the city's admin1 place;
  admin1 records also carry ``code`` ('RU.41') and ``region_type`` (oblast, krai, republic or
  null) so that "Gebiet/Region/Oblast X" can prefer the admin1 reading.
* ``place_abbreviations``: region abbreviations that are places only in context ("Ky." after
  "Paducah,"; "B.C." after "in") -> admin1 place ids.
* ``aliases``: ``(alias, kind, id, lang)``; lang is an ISO 639-1 code or ``"*"`` (any).
  All-caps aliases are acronyms ('US', 'KCNA') and should be matched case-sensitively. Since
  schema ``lagebild.kb/2`` the table is stored as one JSON string and parsed only when
  :attr:`KnowledgeBase.aliases` is first read (to build the alias index, which is then cached on
  disk), so loading the knowledge base does not parse 200,000 aliases it does not need.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections import Counter
from functools import cached_property, lru_cache
from pathlib import Path

from .build_text import read_tsv

DEFAULT_PATH = Path(__file__).resolve().parent / "data" / "kb.json.gz"
GIVEN_NAMES_PATH = Path(__file__).resolve().parent / "curated" / "given_names.tsv"
#: a word that opens the names of this many persons of the knowledge base is taken as a given name
GIVEN_NAME_SHARE = 3
#: countries whose naming puts the family name first ("Wang Yi", "Kim Jong Un"): the first word of their persons'
#: names is no given name
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "PRK", "KOR", "JPN", "VNM", "MNG"})


class KnowledgeBase:
    """Actors, places, aliases and demonyms, with lookups by id."""

    def __init__(self, data: dict) -> None:
        self.fingerprint: str = ""  # SHA-256 of the artefact, set by load(); keys derived caches
        self.schema: str = data.get("schema", "")
        self.meta: dict = data.get("meta", {})
        self.actors: dict[str, dict] = {a["id"]: a for a in data["actors"]}
        self.places: dict[str, dict] = {p["id"]: p for p in data["places"]}
        self._aliases = data["aliases"]  # kb/2: a JSON string, parsed when first needed (building the alias index)
        self.demonyms: dict[str, list[tuple[str, str]]] = {
            form: [tuple(pair) for pair in pairs] for form, pairs in data["demonyms"].items()
        }
        self.demonym_nouns: frozenset[str] = frozenset(data.get("demonym_nouns", ()))
        self.capitals: dict[str, str] = data["capitals"]
        self.capital_places: frozenset[str] = frozenset(self.capitals.values())  # the capitals' place ids
        self.countries: dict[str, str] = data["countries"]
        self.country_places: dict[str, str] = data.get("country_places", {})
        self.place_abbreviations: dict[str, list[str]] = data.get("place_abbreviations", {})
        #: (ISO3, sector) -> the actor record that stands for that sector ("PRK", "MIL") -> KPA
        self.canonical_by_sector: dict[tuple[str, str], dict] = {
            tuple(slot.split(":", 1)): self.actors[actor_id]
            for slot, actor_id in data.get("canonical_by_sector", {}).items()
            if actor_id in self.actors
        }

    @property
    def aliases(self) -> list[tuple[str, str, str, str]]:
        """(alias, "actor" or "place", record id, language or "*") for every name of every record."""
        if not isinstance(self._aliases, list) or (self._aliases and not isinstance(self._aliases[0], tuple)):
            raw = json.loads(self._aliases) if isinstance(self._aliases, str) else self._aliases
            self._aliases = [tuple(a) for a in raw]
        return self._aliases

    @cached_property
    def given_names(self) -> dict[str, str]:
        """Given names -> gender ("f", "m" or "" for both or unknown): the curated list
        (``curated/given_names.tsv``) and the first words of 4+ letters that open the names of
        ``GIVEN_NAME_SHARE`` or more persons of the knowledge base (mostly of countries that do not put the family
        name first), less the words the curated list marks as titles ("Sheikh")."""
        curated = {row["name"]: row["gender"] for row in read_tsv(GIVEN_NAMES_PATH)}
        persons = [a for a in self.actors.values() if a.get("type") == "person" and " " in a["name"]]
        firsts = Counter(a["name"].split()[0] for a in persons)
        family_first = Counter(a["name"].split()[0] for a in persons if a.get("country") in FAMILY_NAME_FIRST)
        names = {w: "" for w, n in firsts.items()
                 if n >= GIVEN_NAME_SHARE and len(w) >= 4 and w.isalpha() and w[0].isupper() and not w.isupper()
                 and 2 * family_first[w] < n}  # not "Chan", "Park": family names of family-name-first countries
        names.update(curated)
        return {w: g for w, g in names.items() if g != "-"}

    @classmethod
    def load(cls, path: Path | str | None = None) -> KnowledgeBase:
        """Read a KB artefact (default: the one shipped in the package)."""
        raw = (Path(path) if path else DEFAULT_PATH).read_bytes()
        kb = cls(json.loads(gzip.decompress(raw)))
        kb.fingerprint = hashlib.sha256(raw).hexdigest()
        return kb

    def actor(self, actor_id: str) -> dict | None:
        """The actor record with this id, or None."""
        return self.actors.get(actor_id)

    def place(self, place_id: str) -> dict | None:
        """The place record with this id, or None."""
        return self.places.get(place_id)

    def country_actor(self, iso3: str) -> dict | None:
        """The country actor for an ISO 3166-1 alpha-3 code."""
        actor_id = self.countries.get(iso3)
        return self.actors.get(actor_id) if actor_id else None

    def country_place(self, iso3: str) -> dict | None:
        """The country place (kind 'country') for an ISO3 code."""
        place_id = self.country_places.get(iso3)
        return self.places.get(place_id) if place_id else None

    def capital(self, iso3: str) -> dict | None:
        """The capital city place of a country."""
        place_id = self.capitals.get(iso3)
        return self.places.get(place_id) if place_id else None

    def sector_actor(self, iso3: str, sector: str) -> dict | None:
        """The actor standing for a country's sector ('PRK', 'MIL' -> Korean People's Army)."""
        return self.canonical_by_sector.get((iso3, sector))

    def demonym(self, form: str, lang: str | None = None) -> list[str]:
        """Country/group codes of an inflected demonym ('nordkoreanischen' -> ['PRK'])."""
        pairs = self.demonyms.get(form.lower(), [])
        return sorted({code for pair_lang, code in pairs if lang is None or pair_lang == lang})


@lru_cache(maxsize=1)
def default_kb() -> KnowledgeBase:
    """The shipped KB, loaded once per process."""
    return KnowledgeBase.load()
