"""Tests for the knowledge-base builder and the shipped KB artefact."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from lagebild.kb import KnowledgeBase, default_kb
from lagebild.kb.build import build_kb, write_en_demonyms
from lagebild.kb.build_demonyms import german_name_inflections
from lagebild.kb.build_phoenix import parse_date, split_code
from lagebild.kb.build_places import PlaceSet, PlaceSources, add_city_names, extent_centre
from lagebild.kb.build_text import german_transliteration, read_tsv, title_case

REFERENCE = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "reference"
SUBSET_COUNTRIES = {"RUS", "PRK", "DEU", "UKR"}


# --- helpers ------------------------------------------------------------------------------------


def _lines_after(path: Path, marker: str, count: int) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(marker))
    return lines[start:start + count]


def _make_subset(target: Path) -> Path:
    """A small copy of the reference data: four countries, a few Phoenix blocks, their admin codes."""
    (target / "countries").mkdir(parents=True)
    countries = json.loads((REFERENCE / "countries" / "countries.json").read_text(encoding="utf-8"))
    subset = [c for c in countries if c["cca3"] in SUBSET_COUNTRIES]
    (target / "countries" / "countries.json").write_text(json.dumps(subset), encoding="utf-8")

    phoenix = target / "phoenix"
    phoenix.mkdir()
    countries_file = REFERENCE / "phoenix" / "Phoenix.Countries.actors.txt"
    blocks = _lines_after(countries_file, "RUSSIAN_FEDERATION_", 320)
    (phoenix / "Phoenix.Countries.actors.txt").write_text("\n".join(blocks) + "\n", encoding="utf-8")
    for name, count in (("Phoenix.International.actors.txt", 240), ("Phoenix.MilNonState.actors.txt", 60)):
        head = (REFERENCE / "phoenix" / name).read_text(encoding="utf-8").splitlines()[:count]
        (phoenix / name).write_text("\n".join(head) + "\n", encoding="utf-8")

    geonames = target / "geonames"
    geonames.mkdir()
    prefixes = ("RU.", "KP.", "DE.", "UA.")
    for name, limit in (("admin1CodesASCII.txt", None), ("admin2Codes.txt", 40)):
        rows = [line for line in (REFERENCE / "geonames" / name).read_text(encoding="utf-8").splitlines()
                if line.startswith(prefixes)]
        (geonames / name).write_text("\n".join(rows[:limit]) + "\n", encoding="utf-8")
    return target


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


def _ids_for(kb: KnowledgeBase, alias: str, kind: str) -> set[str]:
    return {rid for text, k, rid, _lang in kb.aliases if text == alias and k == kind}


# --- builder ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def subset_builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict]:
    if not REFERENCE.is_dir():
        pytest.skip("reference data (../shared/data/reference) not available")
    base = tmp_path_factory.mktemp("kb")
    reference = _make_subset(base / "reference")
    counts = build_kb(reference, base / "a" / "kb.json.gz")
    build_kb(reference, base / "b" / "kb.json.gz")
    return base / "a" / "kb.json.gz", base / "b" / "kb.json.gz", counts


def test_build_is_deterministic(subset_builds: tuple[Path, Path, dict]) -> None:
    first, second, _counts = subset_builds
    assert first.read_bytes() == second.read_bytes()


def test_subset_build_content(subset_builds: tuple[Path, Path, dict]) -> None:
    first, _second, counts = subset_builds
    assert counts["actor:country"] == len(SUBSET_COUNTRIES)
    kb = KnowledgeBase.load(first)
    assert set(kb.countries) == SUBSET_COUNTRIES
    assert "person:vladimir-putin" in kb.actors
    assert kb.places[kb.capitals["RUS"]]["name"] == "Moscow"
    # Phoenix lists Moscow under Russia: it must not become a country alias
    assert "country:RUS" not in _ids_for(kb, "Moscow", "actor")
    assert "country:RUS" in _ids_for(kb, "Russian Federation", "actor")


def test_english_demonym_table_is_reproducible(tmp_path: Path) -> None:
    if not REFERENCE.is_dir():
        pytest.skip("reference data (../shared/data/reference) not available")
    generated = write_en_demonyms(REFERENCE, tmp_path / "demonyms.tsv")
    shipped = Path(__file__).resolve().parents[1] / "lagebild" / "lang" / "en" / "demonyms.tsv"
    assert generated.read_text(encoding="utf-8") == shipped.read_text(encoding="utf-8")


def test_helpers() -> None:
    assert parse_date("991231") == "1999-12-31"
    assert parse_date("080508") == "2008-05-08"
    assert parse_date("19240101") == "1924-01-01"
    assert parse_date("2004017") is None
    countries = frozenset({"RUS", "PSE", "USA", "ASM"})
    assert split_code("RUSGOV", countries) == ("RUS", "GOV")
    assert split_code("IGOUNOIAE", countries) == (None, "IGO")
    assert split_code("PSEREBHMS", countries) == ("PSE", "REB")
    assert title_case("RUSSIAN_FEDERATION_") == "Russian Federation"
    assert title_case("VLADIMIR_V._PUTIN") == "Vladimir V. Putin"
    assert german_transliteration("Sergey Lavrov") == "Sergej Lawrow"
    assert german_transliteration("Volodymyr Zelenskyy", ukrainian=True) == "Wolodymyr Selenskyj"


def test_german_name_inflections() -> None:
    stems, endings = frozenset({"vereinigt"}), ("isch", "al")
    assert set(german_name_inflections("Internationaler Strafgerichtshof", stems, endings)) == {
        "Internationale Strafgerichtshof", "Internationalen Strafgerichtshof", "Internationales Strafgerichtshof",
        "Internationalem Strafgerichtshof"}
    forms = german_name_inflections("Vereinigte Arabische Emirate", stems, endings)
    assert "Vereinigten Arabischen Emiraten" in forms and "Vereinigten Arabischen Emirate" in forms
    assert "Demokratischen Republik Kongo" in german_name_inflections("Demokratische Republik Kongo", stems, endings)
    # no leading adjective, or a word whose stem is none ("Jerusalem", "Gruppe"): no forms
    for name in ("Gruppe Wagner", "Jerusalem Battalions", "Five Star Movement", "Die Linke"):
        assert german_name_inflections(name, stems, endings) == []


# --- the shipped artefact (always present) ------------------------------------------------------


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return default_kb()


def test_countries(kb: KnowledgeBase) -> None:
    assert "country:PRK" in _ids_for(kb, "Nordkorea", "actor")
    assert "country:PRK" in _ids_for(kb, "North Korea", "actor")
    assert kb.country_actor("PRK")["name"] == "North Korea"
    assert kb.country_place("PRK")["kind"] == "country"
    assert len(kb.countries) >= 245
    for dotted, iso in (("U.S.", "USA"), ("U.S.A.", "USA"), ("U.K.", "GBR")):  # news abbreviations with points
        assert f"country:{iso}" in _ids_for(kb, dotted, "actor")


def test_demonyms(kb: KnowledgeBase) -> None:
    assert ("de", "PRK") in kb.demonyms["nordkoreanischen"]
    assert ("de", "RUS") in kb.demonyms["russischem"]
    assert kb.demonym("ukrainische", "de") == ["UKR"]
    assert kb.demonym("Russians") == ["RUS"]
    assert "nordkoreaner" in kb.demonym_nouns


def test_kursk_oblast(kb: KnowledgeBase) -> None:
    place = kb.place("geo:538555")
    assert place["kind"] == "admin1" and place["geonames"] == 538555 and place["country"] == "RUS"
    assert _km(place["lat"], place["lon"], 51.73, 36.19) < 150
    assert "geo:538555" in _ids_for(kb, "Region Kursk", "place")
    assert "geo:538555" in _ids_for(kb, "Kursker Gebiet", "place")


def test_moscow_and_capitals(kb: KnowledgeBase) -> None:
    moscow_ids = {i for i in _ids_for(kb, "Moskau", "place") if kb.places[i]["kind"] == "city"}
    assert kb.capitals["RUS"] in moscow_ids
    capital = kb.capital("RUS")
    assert capital["country"] == "RUS" and capital["feature"] == "PPLC"


def test_kyiv_german_names(kb: KnowledgeBase) -> None:
    for alias in ("Kiew", "Kyjiw"):
        cities = {kb.places[i]["name"] for i in _ids_for(kb, alias, "place") if kb.places[i]["kind"] == "city"}
        assert "Kyiv" in cities


def test_persons(kb: KnowledgeBase) -> None:
    putin = kb.actor(next(iter(_ids_for(kb, "Wladimir Putin", "actor"))))
    assert any(r["code"] == "RUSGOV" and (r["end"] is None or r["end"] > "2012") for r in putin["roles"])
    assert (putin["country"], putin["sector"]) == ("RUS", "GOV")
    kim = kb.actor(next(iter(_ids_for(kb, "Kim Jong Un", "actor"))))
    assert (kim["country"], kim["sector"]) == ("PRK", "GOV")
    assert "person:volodymyr-zelenskyy" in _ids_for(kb, "Selenskyj", "actor")
    pope = kb.actor(next(iter(_ids_for(kb, "Papst Franziskus", "actor"))))
    assert (pope["country"], pope["sector"]) == ("VAT", "GOV")


def test_organisations(kb: KnowledgeBase) -> None:
    kcna = kb.actor(next(iter(_ids_for(kb, "KCNA", "actor"))))
    assert (kcna["country"], kcna["sector"]) == ("PRK", "MED")
    nato = kb.actor(next(iter(_ids_for(kb, "NATO", "actor"))))
    assert nato["type"] == "igo" and nato["country"] is None and nato["code"].startswith("IGO")
    assert kb.sector_actor("PRK", "MIL")["name"] == "Korean People's Army"
    kreml = {kb.actors[i]["code"] for i in _ids_for(kb, "Kreml", "actor")}
    assert kreml == {"RUSGOV"}


def test_german_case_forms_of_names_with_adjectives(kb: KnowledgeBase) -> None:
    assert "org:international-criminal-court" in _ids_for(kb, "Internationalen Strafgerichtshof", "actor")
    assert "country:COD" in _ids_for(kb, "Demokratischen Republik Kongo", "actor")
    assert "country:ARE" in _ids_for(kb, "Vereinigten Arabischen Emiraten", "actor")


def test_common_words_are_not_places(kb: KnowledgeBase) -> None:
    place_aliases = {text for text, kind, _rid, _lang in kb.aliases if kind == "place"}
    for word in ("Essen", "Hof", "Boden", "Ende", "Mitte", "Nice", "Reading", "Mobile"):
        assert word not in place_aliases


def test_world_regions_and_region_abbreviations(kb: KnowledgeBase) -> None:
    africa = kb.places["geo:6255146"]
    assert (africa["name"], africa["kind"], africa["feature"]) == ("Africa", "region", "CONT")
    assert "geo:6255146" in _ids_for(kb, "Afrika", "place")
    assert kb.places["region:black-sea"]["kind"] == "region"
    assert "region:black-sea" in _ids_for(kb, "Schwarzen Meer", "place")
    assert "country:ATA" in _ids_for(kb, "Antarctica", "actor")  # a country's name stays the country's
    assert "geo:2155400" in _ids_for(kb, "NSW", "place")  # an abbreviation used as a name
    assert kb.place_abbreviations["Ky."] == ["geo:6254925"]  # context only: not an alias
    assert not _ids_for(kb, "Ky.", "place")
    assert sorted(kb.places[p]["country"] for p in kb.place_abbreviations["WA"]) == ["AUS", "USA"]


def test_an_alternate_name_of_a_larger_citys_main_name_stays_with_that_city(kb: KnowledgeBase) -> None:
    assert {kb.places[p]["country"] for p in _ids_for(kb, "Philadelphia", "place")} == {"USA"}  # not Amman
    assert not _ids_for(kb, "Mann", "actor") and not _ids_for(kb, "Mann", "place")  # the German noun, not Man


def _places(*points: tuple[float, float]) -> list[dict]:
    return [{"latitude": lat, "longitude": lon} for lat, lon in points]


def test_a_region_point_is_the_centre_of_its_settled_extent() -> None:
    # the middle of the box, not the mean: a cluster in one corner does not pull the point there
    assert extent_centre(_places((40, 10), (40.1, 10.1), (40.2, 10.2), (44, 14))) == (42.0, 12.0)
    # a box across the 180th meridian is taken the short way round (Aleutians and mainland Alaska)
    lat, lon = extent_centre(_places((52, 178), (52, -178), (60, -150), (64, -140), (70, -155)))
    assert lat == 61.0 and -164 < lon < -158
    # an isolated outermost record of the wrong region is left out (one place 250 km west of the others)
    oblast = _places((48.0, 33.1), *((47.8 + k * 0.05, 36.6 + k * 0.25) for k in range(10)))
    assert abs(extent_centre(oblast)[1] - 37.725) < 0.01
    assert extent_centre([]) is None


def test_admin1_points_lie_in_the_middle_of_the_region(kb: KnowledgeBase) -> None:
    # GeoNames and Wikipedia put Queensland near 20–22° S 144–145° E; its largest city, Brisbane, is 1,000 km away
    qld = next(p for p in kb.places.values() if p.get("kind") == "admin1" and p["name"] == "Queensland")
    assert -24 < qld["lat"] < -18 and 142 < qld["lon"] < 147


def test_given_names_come_from_the_curated_list_and_the_persons_of_the_knowledge_base() -> None:
    names = default_kb().given_names
    assert names["Martina"] == "f" and names["Wolfgang"] == "m"  # curated, with gender
    assert "Gonzalo" in names  # the first word of three or more persons' names
    assert not {"Sheikh", "Pope"} & names.keys()  # titles the curated list marks "-"
    assert all(len(n) >= 2 and n[0].isupper() for n in names)


def test_given_names_of_a_small_knowledge_base() -> None:
    """A knowledge base of its own gives its persons' first words only when three or more share them."""
    persons = [{"id": f"person:{k}", "name": f"Zebulon Test{k}", "type": "person", "country": None, "sector": None,
                "code": None} for k in range(3)] + [
        {"id": "person:x", "name": "Quirinus Solo", "type": "person", "country": None, "sector": None, "code": None}]
    kb = KnowledgeBase({"actors": persons, "places": [], "aliases": "[]", "demonyms": {}, "capitals": {},
                        "countries": {}})
    assert "Zebulon" in kb.given_names and "Quirinus" not in kb.given_names


def test_curated_city_names_become_aliases_of_known_cities_only():
    places = PlaceSet()
    places.add({"id": "geo:3169070", "name": "Rome", "kind": "city"})
    src = PlaceSources(reference_dir=Path("."), countries=[], alpha2_to_iso3={}, stopwords=frozenset(),
                       curated_regions=[], city_names=[{"geonames": "3169070", "lang": "de", "names": "Rom"},
                                                       {"geonames": "1", "lang": "de", "names": "Nirgendwo"}])
    add_city_names(places, src)
    assert places.aliases == {("Rom", "place", "geo:3169070", "de")}


def test_every_curated_city_name_names_a_city_of_the_shipped_base():
    kb = default_kb()
    rows = read_tsv(Path(__file__).resolve().parents[1] / "lagebild" / "kb" / "curated" / "city_names.tsv")
    assert rows
    for row in rows:
        assert kb.places[f"geo:{row['geonames']}"]["kind"] == "city"
        for name in row["names"].split(";"):
            assert f"geo:{row['geonames']}" in _ids_for(kb, name, "place")
