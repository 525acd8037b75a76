"""Places: regions, cities, countries in locative context, compass qualifiers, datelines, metonymy."""

from __future__ import annotations

import functools
import math

import pytest

from lagebild import analyze


@functools.cache
def run(text: str, lang: str = "de", published: str = "2025-03-14") -> dict:
    return analyze(text, lang=lang, published=published).to_json()


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def only_place(a: dict) -> dict:
    assert len(a["places"]) == 1, [(p["name"], [m[2] for m in p["mentions"]]) for p in a["places"]]
    return a["places"][0]


# -- regions -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "mention", "name", "iso", "lat", "lon"), [
    ("Die Kämpfe in der Region Kursk dauern an.", "de", "Region Kursk", "Kursk Oblast", "RUS", 51.7, 36.1),
    ("Im Gebiet Charkiw fiel der Strom aus.", "de", "Gebiet Charkiw", "Kharkiv", "UKR", 49.6, 36.5),
    ("Die Kämpfe im Gebiet Donezk dauern an.", "de", "Gebiet Donezk", "Donetsk", "UKR", 48.0, 37.8),
    ("Fighting continued in Kursk Oblast on Monday.", "en", "Kursk Oblast", "Kursk Oblast", "RUS", 51.7, 36.1),
    ("Power went out in Kharkiv region overnight.", "en", "Kharkiv region", "Kharkiv", "UKR", 49.6, 36.5),
])
def test_region_phrase_is_admin1_near_the_real_place(text, lang, mention, name, iso, lat, lon):
    p = only_place(run(text, lang))
    assert (p["name"], p["kind"], p["country"]) == (name, "admin1", iso)
    assert [m[2] for m in p["mentions"]] == [mention]
    assert isinstance(p["geonames"], int)
    assert km(p["lat"], p["lon"], lat, lon) < 100


# -- cities --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "mention", "name", "iso", "lat", "lon"), [
    ("Die Explosion ereignete sich in Kiew.", "de", "Kiew", "Kyiv", "UKR", 50.45, 30.52),
    ("Die Gespräche fanden in Tiflis statt.", "de", "Tiflis", "Tbilisi", "GEO", 41.72, 44.79),
    ("The talks took place in Tbilisi.", "en", "Tbilisi", "Tbilisi", "GEO", 41.72, 44.79),
    ("Die Explosion ereignete sich in Cherson.", "de", "Cherson", "Kherson", "UKR", 46.64, 32.62),
    # a German name shorter than four letters, from curated/city_names.tsv
    ("Die Gespräche fanden in Rom statt.", "de", "Rom", "Rome", "ITA", 41.89, 12.51),
])
def test_city_after_preposition(text, lang, mention, name, iso, lat, lon):
    a = run(text, lang)
    p = only_place(a)
    assert (p["name"], p["kind"], p["country"]) == (name, "city", iso)
    assert [m[2] for m in p["mentions"]] == [mention]
    assert km(p["lat"], p["lon"], lat, lon) < 25
    assert a["entities"] == []


def test_two_coordinated_cities_are_two_places():
    a = run("Die Gespräche in Tiflis und Eriwan verliefen ergebnislos.")
    assert [(p["name"], p["country"]) for p in a["places"]] == [("Tbilisi", "GEO"), ("Yerevan", "ARM")]


# -- countries ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "mention", "iso"), [
    ("Der Minister reiste in die Ukraine.", "de", "Ukraine", "UKR"),
    ("In der Ukraine wird weiter gekämpft.", "de", "Ukraine", "UKR"),
    ("Die Soldaten wurden nach Russland verlegt.", "de", "Russland", "RUS"),
    ("Fighting continued in Ukraine.", "en", "Ukraine", "UKR"),
])
def test_country_in_locative_context_is_a_place(text, lang, mention, iso):
    p = only_place(run(text, lang))
    assert (p["kind"], p["country"], [m[2] for m in p["mentions"]]) == ("country", iso, [mention])
    assert "qualifier" not in p


def test_country_as_subject_is_not_a_place():
    assert run("Russland kündigte neue Gespräche an.")["places"] == []


@pytest.mark.parametrize(("text", "lang", "mention", "iso", "qualifier"), [
    ("In der Ostukraine wird weiter gekämpft.", "de", "Ostukraine", "UKR", "east"),
    ("In Nordsyrien wurde gekämpft.", "de", "Nordsyrien", "SYR", "north"),
    ("Shelling continued in eastern Ukraine.", "en", "eastern Ukraine", "UKR", "east"),
    ("Israeli strikes continued in southern Lebanon.", "en", "southern Lebanon", "LBN", "south"),
])
def test_compass_part_of_a_country(text, lang, mention, iso, qualifier):
    p = only_place(run(text, lang))
    assert (p["kind"], p["country"], p["qualifier"]) == ("country", iso, qualifier)
    assert [m[2] for m in p["mentions"]] == [mention]


def test_compass_noun_with_genitive_country():
    p = only_place(run("Im Osten der Ukraine wird weiter gekämpft."))
    assert (p["country"], p["qualifier"]) == ("UKR", "east")


def test_english_compass_noun_with_of_country():
    p = only_place(run("Fighting continued in the east of Ukraine.", "en"))
    assert (p["country"], p["qualifier"]) == ("UKR", "east")


@pytest.mark.parametrize(("text", "lang", "mention"), [
    ("Die Kämpfe finden auf russischem Boden statt.", "de", "russischem Boden"),
    ("Fighting continued on Russian soil.", "en", "Russian soil"),
])
def test_demonym_with_territory_noun_is_the_country(text, lang, mention):
    p = only_place(run(text, lang))
    assert (p["name"], p["kind"], p["country"]) == ("Russia", "country", "RUS")
    assert [m[2] for m in p["mentions"]] == [mention]


# -- datelines -----------------------------------------------------------------------------------------

def test_washington_dateline_is_the_capital_not_the_state():
    p = only_place(run("WASHINGTON — The president signed the bill on Friday.", "en"))
    assert (p["name"], p["kind"], p["country"]) == ("Washington", "city", "USA")
    assert km(p["lat"], p["lon"], 38.90, -77.04) < 25
    assert [m[2] for m in p["mentions"]] == ["WASHINGTON"]


def test_washington_state_is_the_state():
    a = run("WASHINGTON — The governor of Washington State spoke on Friday.", "en")
    by_mention = {m[2]: p for p in a["places"] for m in p["mentions"]}
    assert by_mention["WASHINGTON"]["kind"] == "city"
    assert by_mention["Washington State"]["kind"] == "admin1"
    assert km(by_mention["Washington State"]["lat"], by_mention["Washington State"]["lon"], 47.4, -120.5) < 200


@pytest.mark.parametrize(("text", "lang", "mention", "name"), [
    ("KYIV — Air raid sirens sounded across the country overnight.", "en", "KYIV", "Kyiv"),
    ("KIEW (dpa) - In der Nacht gab es erneut Luftalarm.", "de", "KIEW", "Kyiv"),
])
def test_uppercase_dateline_is_a_city(text, lang, mention, name):
    a = run(text, lang)
    p = only_place(a)
    assert (p["name"], p["kind"], [m[2] for m in p["mentions"]]) == (name, "city", [mention])
    assert not any(m[2] == mention for e in a["entities"] for m in e["mentions"])


# -- precision: a capital that speaks is an actor --------------------------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("Moskau dementierte den Bericht.", "de"),
    ("Kiew reagierte gelassen auf die Drohung.", "de"),
    ("Kyiv rejected the proposal.", "en"),
    ("Zwischen Kiew und Moskau herrscht Funkstille.", "de"),
])
def test_capital_as_actor_is_not_a_place(text, lang):
    assert run(text, lang)["places"] == []


def test_same_capital_as_actor_and_as_place_in_one_text():
    text = "Moskau dementierte den Bericht. Die Delegation traf später in Moskau ein."
    a = run(text)
    p = only_place(a)
    assert p["name"] == "Moscow"
    assert [m[0] for m in p["mentions"]] == [text.rindex("Moskau")]
    gov = [e for e in a["entities"] if e["code"] == "RUSGOV"]
    assert [[m[0] for m in e["mentions"]] for e in gov] == [[0]]


# -- a capital that modifies a noun or has a region after it is the city ------------------------------------

@pytest.mark.parametrize(("text", "surface", "iso"), [
    ("A London doctor treated the victims.", "London", "GBR"),
    ("Fog closed London City airport on Saturday.", "London", "GBR"),
    ("The Paris attacks left 130 people dead.", "Paris", "FRA"),
    ("Many died throughout Paris.", "Paris", "FRA"),
    ("She grows vegetables in gardens of Paris, Texas, every year.", "Paris", "USA"),
])
def test_capital_as_modifier_or_with_a_region_is_a_place(text, surface, iso):
    a = run(text, "en")
    assert [(p["country"], [m[2] for m in p["mentions"]]) for p in a["places"] if p["kind"] == "city"] == \
        [(iso, [surface])]
    assert not [e for e in a["entities"] if e["type"] == "government"]


@pytest.mark.parametrize(("text", "code"), [
    ("Moscow on Monday denied the report.", "RUSGOV"),
    ("Ottawa's latest offer was rejected.", "CANGOV"),
    ("The plan was rejected by Washington.", "USAGOV"),
])
def test_capital_that_acts_is_its_government(text, code):
    a = run(text, "en")
    assert [e["code"] for e in a["entities"]] == [code] and a["places"] == []


# -- world regions and region abbreviations ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "names"), [
    ("The virus spread from Africa to Asia and across the Pacific.", "en", ["Africa", "Asia", "Pacific Ocean"]),
    ("Im Nahen Osten, im Schwarzen Meer und in Darfur wird gekämpft.", "de", ["Middle East", "Black Sea", "Darfur"]),
])
def test_continents_seas_and_regions_are_places(text, lang, names):
    places = run(text, lang)["places"]
    assert [p["name"] for p in places] == names and {p["kind"] for p in places} == {"region"}
    africa = next((p for p in places if p["name"] == "Africa"), None)
    assert africa is None or (africa["geonames"], africa["country"]) == (6255146, None)


def _places(text: str) -> list[tuple[str, str, str]]:
    return [(p["name"], p["kind"], p["country"]) for p in run(text, "en")["places"]]


def test_region_abbreviation_after_a_town_is_the_region_and_places_the_town():
    assert _places("Police in Paducah, Ky., said the road was closed.") == [
        ("Paducah", "city", "USA"), ("Kentucky", "admin1", "USA")]
    assert _places("Flights to London, Ont., were late.") == [  # not London, England
        ("London", "city", "CAN"), ("Ontario", "admin1", "CAN")]
    assert _places("Flooding hit Wheeling, W. Va., and Buffalo, N.Y., overnight.") == [
        ("Wheeling", "city", "USA"), ("West Virginia", "admin1", "USA"), ("Buffalo", "city", "USA"),
        ("New York", "admin1", "USA")]


def test_a_town_that_cannot_lie_in_the_abbreviated_region_is_left_out():
    # Edmonton, Kentucky (1,600 inhabitants) is not in the knowledge base: no point in Alberta
    assert _places("The fire station in Edmonton, Ky., burned.") == [("Kentucky", "admin1", "USA")]


def test_region_abbreviations_need_their_context():
    assert _places("Miss. Smith met Mr. Pa. Jones; OR and IN are words.") == []
    assert _places("Wildfires spread in B.C. this week.") == [("British Columbia", "admin1", "CAN")]
    assert _places("Rain fell on Dubbo, NSW, and in NSW.") == [
        ("Dubbo", "city", "AUS"), ("New South Wales", "admin1", "AUS")]


def test_an_abbreviation_of_two_regions_takes_the_country_of_the_town():
    assert _places("Storms hit Perth, WA, and Seattle, WA.") == [
        ("Perth", "city", "AUS"), ("Western Australia", "admin1", "AUS"), ("Seattle", "city", "USA"),
        ("Washington", "admin1", "USA")]


def test_a_large_city_of_the_articles_country_beats_a_capital_elsewhere():
    canadian = "Ontario's premier met Canadian doctors. In London, doctors held a vigil."
    assert ("London", "city", "CAN") in _places(canadian)
    assert ("London", "city", "GBR") in _places("American officials visited London on Monday.")  # not London, Kentucky
    assert ("Paris", "city", "FRA") in _places("American officials flew to Paris.")  # Paris, Texas is small


def test_a_region_beats_a_smaller_city_of_its_name_elsewhere():
    assert _places("Wildfires burned in Victoria.") == [("Victoria", "admin1", "AUS")]  # not the Seychelles' capital
    assert _places("Floods hit Oregon.") == [("Oregon", "admin1", "USA")]  # not Oregon, Ohio
    # a county (admin2) of Britain, not the town in Virginia; Manchester in England lies in a region of its name
    assert ("Suffolk", "admin2", "GBR") in _places("A farm in Suffolk in the UK culled its birds.")
    assert ("Manchester", "city", "GBR") in _places("The match in Manchester ended late.")  # not the Jamaican parish


def test_an_enumeration_of_regions_reads_each_name_as_a_region_of_their_countries():
    states = _places("Cases were reported in Ohio, Oklahoma, Oregon, Utah, Washington, Georgia and Montana.")
    assert states == [(name, "admin1", "USA") for name in
                      ("Ohio", "Oklahoma", "Oregon", "Utah", "Washington", "Georgia", "Montana")]
    a = run("Cases were reported in Ohio, Oklahoma, Utah, Washington and Georgia.", "en")
    assert a["entities"] == []  # neither the US government nor the country Georgia
    # the region must be in a country of the others': Long Island is not the Bahamian district
    assert ("Long Island", "admin1", "BHS") not in _places("Ill in Long Island, New York, Pennsylvania and Ohio.")
    # a chain of town, region and country shares no kind; two names are no enumeration
    assert ("Ontario", "admin1", "CAN") in _places("Mississauga, Ontario, Canada, is the base.")
    assert tuple(e["mentions"][0][2] for e in run(
        "Moscow and Beijing agreed on Monday.", "en")["entities"]) == ("Moscow", "Beijing")


def test_a_place_before_a_comma_selects_the_region_it_lies_in():
    a = run("The lab in Atlanta, Georgia confirmed it. Buffalo, New York, had snow.", "en")
    assert [(p["name"], p["kind"], p["country"]) for p in a["places"]] == [
        ("Atlanta", "city", "USA"), ("Georgia", "admin1", "USA"), ("Buffalo", "city", "USA"),
        ("New York", "admin1", "USA")]
    assert a["entities"] == []
    # a name that is also the town's country stays the country: Taiwan is no province here
    taipei = run("The tower in Taipei, Taiwan is tall.", "en")
    assert [e["country"] for e in taipei["entities"]] == ["TWN"]


def test_a_region_word_selects_the_region_of_a_country_name():
    assert ("Georgia", "admin1", "USA") in _places("Voters in the state of Georgia went to the polls.")
    de = run("Im Bundesstaat Georgia wurde gewählt. Georgien und Armenien verhandelten.", "de")
    assert [(p["name"], p["country"]) for p in de["places"]] == [("Georgia", "USA")]
    assert [e["country"] for e in de["entities"]] == ["GEO", "ARM"]
    assert [e["country"] for e in run("Georgia and Armenia signed the accord.", "en")["entities"]] == ["GEO", "ARM"]


def test_a_small_city_in_a_region_of_its_name_yields_to_a_region_of_the_articles_country():
    # Florida, Uruguay (36,000) lies in Florida department; the article is American
    assert _places("American doctors in Florida saw more cases.") == [("Florida", "admin1", "USA")]
    # a large city in the region of its name stays the city, whatever the article's countries
    assert ("Donetsk", "city", "UKR") in _places("Russian fans travelled to Donetsk.")


def test_a_bare_s_is_a_genitive_in_german_only():
    a = run("Cases rose across the Americas.", "en")
    assert [(p["name"], p["kind"]) for p in a["places"]] == [("Americas", "region")] and a["entities"] == []
    assert [e["country"] for e in run("Russlands Armee rückte vor.", "de")["entities"]] == ["RUS"]


def test_bare_postal_codes_need_a_place_before_them():
    assert _places("Protests erupted in LA on Sunday.") == []  # not Louisiana
    assert [p["name"] for p in run("Am Mo. wurde in Mo. gewählt.")["places"]] == []  # German: no abbreviations
