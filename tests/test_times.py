"""Time expressions normalised against the publication date (German and English)."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.model import Doc
from lagebild.pipeline import Resources
from lagebild.stages.segment import Segmenter
from lagebild.stages.times import TimeNormaliser

RES = Resources(kb=None)
PUB = date(2024, 6, 19)  # a Wednesday


def times(text: str, lang: str = "de", published: date | None = PUB) -> list:
    doc = Doc(text=text, lang=lang, published=published)
    Segmenter()(doc, RES)
    TimeNormaliser()(doc, RES)
    return doc.times


def one(text: str, lang: str = "de", published: date | None = PUB):
    found = times(text, lang, published)
    assert len(found) == 1, [t.text for t in found]
    return found[0]


def interval(text: str, lang: str = "de", published: date | None = PUB) -> tuple:
    t = one(text, lang, published)
    return t.text, t.start, t.end, t.precision


# -- absolute dates ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "span"), [
    ("Er kam am 5. März 2024 an.", "de", "5. März 2024"),
    ("He arrived on March 5, 2024.", "en", "March 5, 2024"),
    ("He arrived on 5 March 2024.", "en", "5 March 2024"),
    ("Er kam am 5.3.2024 an.", "de", "5.3.2024"),
    ("He arrived on 2024-03-05.", "en", "2024-03-05"),
])
def test_full_date_is_one_day(text, lang, span):
    t = one(text, lang)
    assert (t.text, t.start, t.end, t.precision, t.relative) == (span, "2024-03-05", "2024-03-05", "day", False)


@pytest.mark.parametrize("text", ["Am 31.2.2024 kam er.", "On 2024-02-31 he came."])
def test_impossible_date_gives_nothing(text):
    assert times(text, "en" if text.startswith("On") else "de") == []


def test_full_date_needs_no_publication_date():
    t = one("Er kam am 5. März 2024 an.", published=None)
    assert (t.start, t.end, t.relative) == ("2024-03-05", "2024-03-05", False)


@pytest.mark.parametrize(("text", "lang", "span"), [
    ("Er kam am 5. März an.", "de", "5. März"),
    ("He arrived on March 5.", "en", "March 5"),
])
def test_day_and_month_take_the_year_of_publication(text, lang, span):
    t = one(text, lang)
    assert (t.text, t.start, t.end, t.precision, t.relative) == (span, "2024-03-05", "2024-03-05", "day", True)


def test_day_and_month_without_publication_date_stay_open():
    t = one("Er kam am 5. März an.", published=None)
    assert (t.start, t.end, t.relative) == (None, None, True)


def test_abbreviated_month_with_period():
    assert interval("The vote was held on Dec. 13, 2023.", "en") == ("Dec. 13, 2023", "2023-12-13", "2023-12-13", "day")


def test_lowercase_may_after_a_number_is_the_verb():
    assert times("The 12 may be released soon.", "en") == []


# -- months and years ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "span", "start", "end"), [
    ("Das war im März 2024.", "de", "im März 2024", "2024-03-01", "2024-03-31"),
    ("Im November 2024 begann es.", "de", "Im November 2024", "2024-11-01", "2024-11-30"),
    ("Im Februar 2024 begann es.", "de", "Im Februar 2024", "2024-02-01", "2024-02-29"),
    ("It began in November 2024.", "en", "in November 2024", "2024-11-01", "2024-11-30"),
])
def test_month_and_year(text, lang, span, start, end):
    t = one(text, lang)
    assert (t.text, t.start, t.end, t.precision, t.relative) == (span, start, end, "month", False)


@pytest.mark.parametrize(("text", "lang", "span"), [
    ("Die Reise ist im Mai geplant.", "de", "im Mai"),
    ("Im Mai war es ruhig.", "de", "Im Mai"),
    ("Mai war ruhig.", "de", "Mai"),
    ("The trip took place in May.", "en", "in May"),
])
def test_month_alone_takes_the_year_of_publication(text, lang, span):
    t = one(text, lang)
    assert (t.text, t.start, t.end, t.precision, t.relative) == (span, "2024-05-01", "2024-05-31", "month", True)


@pytest.mark.parametrize(("text", "published", "start"), [
    ("Das war im Oktober.", date(2024, 6, 19), "2023-10-01"),  # more than two months ahead: last year's
    ("Der Gipfel findet im Januar statt.", date(2024, 12, 20), "2025-01-01"),  # shortly after a December article
    ("Das war im Januar.", date(2024, 11, 20), "2025-01-01"),
    ("Das war im März.", date(2024, 12, 20), "2024-03-01"),
])
def test_month_alone_lies_within_nine_months_before_and_two_after_publication(text, published, start):
    assert one(text, published=published).start == start


@pytest.mark.parametrize(("text", "lang"), [
    ("Der Maibaum steht.", "de"),
    ("Die Firma heißt mai und ist klein.", "de"),
    ("You may go now.", "en"),
    ("They march on Kyiv.", "en"),
])
def test_month_name_that_is_not_a_month(text, lang):
    assert times(text, lang) == []


@pytest.mark.parametrize(("text", "lang", "span"), [
    ("Das geschah im Jahr 2024.", "de", "im Jahr 2024"),
    ("Die Zahlen stammen aus dem Jahr 2024.", "de", "aus dem Jahr 2024"),
    ("Die Zahlen stammen aus 2024.", "de", "2024"),
    ("It happened in the year 2024.", "en", "in the year 2024"),
    ("It happened in 2024.", "en", "2024"),
])
def test_year(text, lang, span):
    t = one(text, lang)
    assert (t.text, t.start, t.end, t.precision, t.relative) == (span, "2024-01-01", "2024-12-31", "year", False)


@pytest.mark.parametrize(("text", "lang", "span"), [
    ("Von 2022 bis 2024 stiegen die Preise.", "de", "Von 2022 bis 2024"),
    ("Zwischen 2022 und 2024 stiegen die Preise.", "de", "Zwischen 2022 und 2024"),
    ("Die Preise stiegen 2022-2024.", "de", "2022-2024"),
    ("Prices rose from 2022 to 2024.", "en", "from 2022 to 2024"),
])
def test_year_range(text, lang, span):
    assert interval(text, lang) == (span, "2022-01-01", "2024-12-31", "range")


@pytest.mark.parametrize(("text", "lang", "span"), [
    ("In den 1990er Jahren war es anders.", "de", "1990er Jahren"),
    ("In the 1990s it was different.", "en", "1990s"),
])
def test_decade(text, lang, span):
    assert interval(text, lang) == (span, "1990-01-01", "1999-12-31", "decade")


# -- parts of months and years -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "span", "start", "end"), [
    ("Anfang März 2024 begann es.", "de", "Anfang März 2024", "2024-03-01", "2024-03-10"),
    ("Mitte 2023 begann es.", "de", "Mitte 2023", "2023-05-02", "2023-09-01"),
    ("Ende 2022 begann es.", "de", "Ende 2022", "2022-09-02", "2022-12-31"),
    ("It began in early March 2024.", "en", "early March 2024", "2024-03-01", "2024-03-10"),
    ("It began in late 2022.", "en", "late 2022", "2022-09-02", "2022-12-31"),
    ("It began in mid-2023.", "en", "mid-2023", "2023-05-02", "2023-09-01"),
])
def test_part_of_a_month_or_year(text, lang, span, start, end):
    t = one(text, lang)
    assert (t.text, t.start, t.end, t.precision, t.relative) == (span, start, end, "range", False)


@pytest.mark.parametrize(("text", "lang", "span", "start", "end"), [
    ("Ende Januar wurde gewählt.", "de", "Ende Januar", "2024-01-22", "2024-01-31"),
    ("Talks resumed in mid-March.", "en", "mid-March", "2024-03-11", "2024-03-21"),
])
def test_part_of_a_month_without_year_takes_the_year_of_publication(text, lang, span, start, end):
    t = one(text, lang)
    assert (t.text, t.start, t.end, t.precision, t.relative) == (span, start, end, "range", True)


# -- weekdays ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "span", "day"), [
    ("Am Montag griffen sie an.", "de", "Am Montag", "2024-06-17"),
    ("Am Mittwoch griffen sie an.", "de", "Am Mittwoch", "2024-06-19"),  # the publication day itself
    ("Am Donnerstag griffen sie an.", "de", "Am Donnerstag", "2024-06-13"),
    ("On Tuesday they attacked.", "en", "On Tuesday", "2024-06-18"),
    ("Am vergangenen Freitag griffen sie an.", "de", "vergangenen Freitag", "2024-06-14"),
    ("They attacked last Wednesday.", "en", "last Wednesday", "2024-06-12"),
])
def test_weekday_is_the_latest_such_day_up_to_publication(text, lang, span, day):
    t = one(text, lang)
    assert (t.text, t.start, t.end, t.precision, t.relative) == (span, day, day, "day", True)


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("They will meet next Friday.", "en", "2024-06-21"),
    ("They will meet next Wednesday.", "en", "2024-06-26"),
    ("The ministers will meet on Friday.", "en", "2024-06-21"),
    ("Die Minister wollen am Freitag zusammenkommen.", "de", "2024-06-21"),
    ("Die Minister werden am Montag in Brüssel zusammenkommen.", "de", "2024-06-24"),
    ("Am kommenden Montag beginnt der Gipfel.", "de", "2024-06-24"),
])
def test_weekday_in_a_future_clause_is_the_next_one(text, lang, day):
    assert one(text, lang).start == day


@pytest.mark.parametrize("text", [
    "Seit Montag werden die Verletzten behandelt.",
    "Am Montag wurden die Verletzten behandelt.",
    "Am Montag wurde er festgenommen.",
])
def test_weekday_with_since_or_passive_past_stays_in_the_past(text):
    assert one(text).start == "2024-06-17"


# -- relative days, weeks, months, years ---------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "day"), [
    ("Gestern gab es Angriffe.", "de", "2024-06-18"),
    ("Vorgestern gab es Angriffe.", "de", "2024-06-17"),
    ("Heute gibt es Gespräche.", "de", "2024-06-19"),
    ("Yesterday there were attacks.", "en", "2024-06-18"),
    ("Talks start tomorrow.", "en", "2024-06-20"),
])
def test_relative_day(text, lang, day):
    t = one(text, lang)
    assert (t.start, t.end, t.precision, t.relative) == (day, day, "day", True)


@pytest.mark.parametrize(("text", "lang", "span"), [
    ("Vor drei Tagen griffen sie an.", "de", "Vor drei Tagen"),
    ("Vor 3 Tagen griffen sie an.", "de", "Vor 3 Tagen"),
    ("They attacked three days ago.", "en", "three days ago"),
])
def test_days_ago(text, lang, span):
    t = one(text, lang)
    assert (t.text, t.start, t.end, t.precision, t.relative) == (span, "2024-06-16", "2024-06-16", "day", True)


@pytest.mark.parametrize(("text", "lang", "start", "end", "precision"), [
    ("Vor einem Jahr begann es.", "de", "2023-01-01", "2023-12-31", "year"),
    ("Two years ago it began.", "en", "2022-01-01", "2022-12-31", "year"),
    ("Vor zwei Monaten begann es.", "de", "2024-04-01", "2024-04-30", "month"),
    ("Vor zwei Wochen begann es.", "de", "2024-06-02", "2024-06-08", "week"),
])
def test_units_ago(text, lang, start, end, precision):
    t = one(text, lang)
    assert (t.start, t.end, t.precision, t.relative) == (start, end, precision, True)


@pytest.mark.parametrize(("text", "lang", "span", "start", "end", "precision"), [
    ("Vergangene Woche gab es Gespräche.", "de", "Vergangene Woche", "2024-06-10", "2024-06-16", "week"),
    ("Last week there were talks.", "en", "Last week", "2024-06-10", "2024-06-16", "week"),
    ("Nächste Woche gibt es Gespräche.", "de", "Nächste Woche", "2024-06-24", "2024-06-30", "week"),
    ("Letzten Monat gab es Gespräche.", "de", "Letzten Monat", "2024-05-01", "2024-05-31", "month"),
    ("Last month there were talks.", "en", "Last month", "2024-05-01", "2024-05-31", "month"),
    ("Im vergangenen Jahr gab es Gespräche.", "de", "Im vergangenen Jahr", "2023-01-01", "2023-12-31", "year"),
    ("Next year there will be talks.", "en", "Next year", "2025-01-01", "2025-12-31", "year"),
    ("Dieses Jahr gibt es Gespräche.", "de", "Dieses Jahr", "2024-01-01", "2024-12-31", "year"),
])
def test_last_this_next_week_month_year(text, lang, span, start, end, precision):
    t = one(text, lang)
    assert (t.text, t.start, t.end, t.precision, t.relative) == (span, start, end, precision, True)


@pytest.mark.parametrize(("text", "published", "start"), [
    ("Letzten Monat gab es Gespräche.", date(2024, 1, 10), "2023-12-01"),
    ("Next month there will be talks.", date(2024, 12, 10), "2025-01-01"),
])
def test_last_and_next_month_cross_the_year(text, published, start):
    assert one(text, "en" if text.startswith("Next") else "de", published).start == start


@pytest.mark.parametrize(("text", "lang", "span", "precision"), [
    ("Gestern gab es Angriffe.", "de", "Gestern", "day"),
    ("Am Montag griffen sie an.", "de", "Am Montag", "day"),
    ("Am vergangenen Freitag griffen sie an.", "de", "vergangenen Freitag", "day"),
    ("Vor drei Tagen griffen sie an.", "de", "Vor drei Tagen", "day"),
    ("They attacked three days ago.", "en", "three days ago", "day"),
    ("Last week there were talks.", "en", "Last week", "week"),
    ("Next year there will be talks.", "en", "Next year", "year"),
    ("Die Reise ist im Mai geplant.", "de", "im Mai", "month"),
])
def test_relative_expression_without_publication_date_keeps_start_and_end_null(text, lang, span, precision):
    t = one(text, lang, published=None)
    assert (t.text, t.start, t.end, t.precision, t.relative) == (span, None, None, precision, True)


# -- what is not a time --------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("Es kamen 2024 Soldaten.", "de"),
    ("Russland verlegte 2000 weitere Soldaten.", "de"),
    ("Russia moved 2000 more troops.", "en"),
    ("Das geht seit einiger Zeit so.", "de"),
    ("Die Lage ist seit Langem angespannt.", "de"),
    ("Es kamen 1500 Menschen.", "de"),
    ("Er sprach 20 Minuten lang.", "de"),
])
def test_not_a_time(text, lang):
    assert times(text, lang) == []


def test_year_before_a_counted_noun_is_a_year_after_im_jahr():
    assert interval("Im Jahr 2024 starben viele Menschen.") == ("Im Jahr 2024", "2024-01-01", "2024-12-31", "year")


# -- the stage -----------------------------------------------------------------------------------

def test_several_expressions_get_ids_spans_and_sentences_in_order():
    text = "Gestern kam er an. Am 5. März 2024 war er in Kiew, im Jahr 2023 in Moskau."
    found = times(text)
    assert [t.id for t in found] == ["T1", "T2", "T3"]
    assert [t.text for t in found] == ["Gestern", "5. März 2024", "im Jahr 2023"]
    assert [t.sentence for t in found] == [0, 1, 1]
    assert all(text[t.start_char:t.end_char] == t.text for t in found)


def test_to_json_matches_the_contract():
    t = one("Gestern gab es Angriffe.")
    assert t.to_json() == {"id": "T1", "span": [0, 7, "Gestern"], "start": "2024-06-18", "end": "2024-06-18",
                           "precision": "day", "relative": True}


def test_empty_text_gives_no_times():
    assert times("") == []


def test_relative_count_outside_the_calendar_is_no_time():
    assert times("Vor 8000 Jahren lebten hier Menschen.", "de") == []


def test_months_ahead_wrap_into_the_next_year():
    found = times("In drei Wochen, im nächsten Monat, wird verhandelt.", "de", date(2024, 12, 20))
    assert any(t.start == "2025-01-01" and t.end == "2025-01-31" for t in found)


@pytest.mark.parametrize(("text", "lang", "span", "precision"), [
    # a span from a time the narrative tells: kept, with no dates (s31f line 42: "Siebzig" is no speaker)
    ("Siebzig Jahre später rief die Stadtverwaltung zu einem Wettbewerb auf.", "de", "Siebzig Jahre später", "year"),
    ("Drei Tage zuvor hatte die Polizei zehn Männer festgenommen.", "de", "Drei Tage zuvor", "day"),
    ("Two weeks earlier, the army had shelled the town.", "en", "Two weeks earlier", "week"),
])
def test_a_span_from_a_told_time_is_a_time(text, lang, span, precision):
    assert interval(text, lang) == (span, None, None, precision)
