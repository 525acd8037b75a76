"""Claims: cues and status, separable verbs, source phrases, reportative modals, quotes, hedges; relations."""

from __future__ import annotations

import functools

import pytest

from lagebild import analyze


@functools.cache
def run(text: str, lang: str = "de", published: str = "2025-03-14") -> dict:
    return analyze(text, lang=lang, published=published).to_json()


def cued(a: dict, cue: str) -> dict:
    """The one claim whose cue is ``cue``."""
    hits = [c for c in a["claims"] if c["cue"] and c["cue"][2] == cue]
    assert len(hits) == 1, (cue, [(c["cue"], c["content"][2], c["form"]) for c in a["claims"]])
    return hits[0]


def speaker(a: dict, claim: dict) -> tuple | None:
    """(country, sector) of the claim's speaker entity."""
    ent = next((e for e in a["entities"] if e["id"] == claim["speaker"]), None)
    return (ent["country"], ent["sector"]) if ent else None


def content(claim: dict) -> str:
    return claim["content"][2].rstrip(".,")


# -- verb cues and their status ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "cue", "status", "spk", "spk_span", "said"), [
    ("Selenskyj sagte, die Brücke sei zerstört worden.", "de", "sagte", "reported", ("UKR", "GOV"),
     "Selenskyj", "die Brücke sei zerstört worden"),
    ("Das russische Verteidigungsministerium bestätigte, dass zwei Soldaten getötet wurden.", "de", "bestätigte",
     "confirmed", ("RUS", "GOV"), "Das russische Verteidigungsministerium", "dass zwei Soldaten getötet wurden"),
    ("Moskau dementierte, dass russische Truppen die Grenze überschritten hätten.", "de", "dementierte", "denied",
     ("RUS", "GOV"), "Moskau", "dass russische Truppen die Grenze überschritten hätten"),
    ("Das ukrainische Militär widersprach dem Bericht.", "de", "widersprach", "disputed", ("UKR", "MIL"),
     "Das ukrainische Militär", "dem Bericht"),
    ("Moskau spricht von einem geordneten Rückzug.", "de", "spricht", "claimed", ("RUS", "GOV"), "Moskau",
     "von einem geordneten Rückzug"),
    ("Die ukrainischen Behörden befürchten, dass die Kämpfe auf die Stadt übergreifen.", "de", "befürchten",
     "feared", ("UKR", "GOV"), "Die ukrainischen Behörden", "dass die Kämpfe auf die Stadt übergreifen"),
    ("The Ukrainian military said that the bridge had been destroyed.", "en", "said", "reported", ("UKR", "MIL"),
     "Ukrainian military", "that the bridge had been destroyed"),
    ("Zelensky said the bridge had been destroyed.", "en", "said", "reported", ("UKR", "GOV"), "Zelensky",
     "the bridge had been destroyed"),
    ("The Kremlin claims that the village has been captured.", "en", "claims", "claimed", ("RUS", "GOV"), "Kremlin",
     "that the village has been captured"),
    ("The Russian defence ministry denied that its troops had crossed the border.", "en", "denied", "denied",
     ("RUS", "MIL"), "Russian defence ministry", "that its troops had crossed the border"),
])
def test_verb_cue_gives_speaker_status_and_content(text, lang, cue, status, spk, spk_span, said):
    a = run(text, lang)
    c = cued(a, cue)
    assert (c["status"], c["form"]) == (status, "indirect")
    assert speaker(a, c) == spk
    assert c["speaker_span"][2] == spk_span
    assert content(c) == said
    assert c["cue_parts"] == []
    assert c["sentence"] == 0


@pytest.mark.parametrize(("text", "lang", "cue", "status", "said"), [
    ("Es wird spekuliert, dass die Offensive bald beginnt.", "de", "spekuliert", "speculated",
     "dass die Offensive bald beginnt"),
    ("It is feared that the fighting will spread to the city.", "en", "feared", "feared",
     "that the fighting will spread to the city"),
])
def test_impersonal_cue_has_no_speaker(text, lang, cue, status, said):
    a = run(text, lang)
    c = cued(a, cue)
    assert (c["status"], c["speaker"], c["speaker_span"]) == (status, None, None)
    assert content(c) == said
    assert len(a["claims"]) == 1


# -- separable verbs -----------------------------------------------------------------------------------------

def test_separated_particle_is_a_cue_part():
    text = "Die französische Regierung gab am Abend bekannt, dass die Grenze geschlossen werde."
    a = run(text)
    c = cued(a, "gab")
    assert [p[2] for p in c["cue_parts"]] == ["gab", "bekannt"]
    assert c["cue_parts"][1][0] == text.index("bekannt")
    assert (c["status"], speaker(a, c)) == ("reported", ("FRA", "GOV"))
    assert content(c) == "dass die Grenze geschlossen werde"


def test_rejection_with_separated_particle_is_denied():
    a = run("Die russische Regierung wies die Vorwürfe zurück.")
    c = cued(a, "wies")
    assert [p[2] for p in c["cue_parts"]] == ["wies", "zurück"]
    assert (c["status"], speaker(a, c), content(c)) == ("denied", ("RUS", "GOV"), "die Vorwürfe")


def test_relayed_spokesperson_speaks_for_the_ministry():
    a = run("Der Sprecher des russischen Außenministeriums wies den Bericht zurück.")
    c = cued(a, "wies")
    assert c["speaker_span"][2] == "Der Sprecher des russischen Außenministeriums"
    assert (speaker(a, c), c["status"]) == (("RUS", "GOV"), "denied")


# -- source phrases ------------------------------------------------------------------------------------------

def test_an_article_less_genitive_after_a_source_noun_is_the_source():
    c = cued(run("Nach Angaben lokaler Medien wurden zehn Menschen getötet."), "Nach Angaben")
    assert c["speaker_span"][2] == "lokaler Medien"


@pytest.mark.parametrize(("text", "lang", "cue", "parts", "spk_span", "spk"), [
    ("Nach Angaben des ukrainischen Militärs wurden drei Häuser beschädigt.", "de", "Nach Angaben",
     ["Nach", "Angaben"], "des ukrainischen Militärs", ("UKR", "MIL")),
    ("Laut der polnischen Polizei wurden zwei Männer festgenommen.", "de", "Laut", [], "der polnischen Polizei",
     ("POL", "COP")),
    ("Der Angriff war nach Einschätzung westlicher Geheimdienste lange geplant.", "de", "nach Einschätzung",
     ["nach", "Einschätzung"], "westlicher Geheimdienste", ("WST", "SPY")),
])
def test_according_source_phrase(text, lang, cue, parts, spk_span, spk):
    a = run(text, lang)
    c = cued(a, cue)
    assert (c["form"], c["status"]) == ("according", "reported")
    assert [p[2] for p in c["cue_parts"]] == parts
    assert c["speaker_span"][2] == spk_span
    assert speaker(a, c) == spk
    assert c["content"][2] == text  # the clause around the source phrase is the whole sentence here


def test_trailing_according_to_names_the_source():
    a = run("Two men were arrested, according to the Polish police.", "en")
    c = cued(a, "according to")
    assert [p[2] for p in c["cue_parts"]] == ["according", "to"]
    assert (c["form"], c["status"], speaker(a, c)) == ("according", "reported", ("POL", "COP"))


def test_trailing_according_to_content_is_the_reported_clause():
    a = run("Two men were arrested, according to the Polish police.", "en")
    c = cued(a, "according to")
    assert "Two men were arrested" in c["content"][2]
    assert [v["status"] for v in a["events"]] == ["reported"]
    assert [x["form"] for x in a["claims"]] == ["according"]


def test_sentence_initial_according_to():
    a = run("According to the Polish police, two men were arrested.", "en")
    c = cued(a, "According to")
    assert (c["form"], c["status"], speaker(a, c)) == ("according", "reported", ("POL", "COP"))
    assert "two men were arrested" in c["content"][2]


# -- reportative modal and hedges -----------------------------------------------------------------------------

def test_reportative_sollen_is_a_hedged_report():
    text = "Bei dem Angriff sollen zehn Menschen verletzt worden sein."
    a = run(text)
    c = cued(a, "sollen")
    assert (c["form"], c["status"], c["speaker"]) == ("reported", "reported", None)
    assert [h[2] for h in c["hedges"]] == ["sollen"]
    assert c["content"][2] == text
    assert len(a["claims"]) == 1


@pytest.mark.parametrize(("text", "lang", "hedge", "status"), [
    ("Die Truppen haben sich angeblich zurückgezogen.", "de", "angeblich", "claimed"),
    ("Russian troops have reportedly withdrawn from the village.", "en", "reportedly", "reported"),
])
def test_hedge_adverb(text, lang, hedge, status):
    a = run(text, lang)
    assert len(a["claims"]) == 1
    c = a["claims"][0]
    assert c["status"] == status
    assert [h[2] for h in c["hedges"]] == [hedge]
    assert c["content"][2] == text
    assert c["events"] and all(v["status"] == status for v in a["events"])


@pytest.mark.parametrize(("text", "lang", "trigger", "status"), [
    ("Die Reporter wurden wegen angeblicher Spionage zu Haftstrafen verurteilt.", "de", "verurteilt", "asserted"),
    ("Die mutmaßlichen Attentäter wurden in Brüssel festgenommen.", "de", "festgenommen", "asserted"),
    ("Nach dem angeblichen Angriff auf das Dorf flohen viele Bewohner.", "de", "Angriff", "claimed"),
    ("Der mutmaßliche Anschlag in der Stadt wird untersucht.", "de", "Anschlag", "speculated"),
    ("Police arrested two alleged spies in Berlin.", "en", "arrested", "asserted"),
    ("The alleged air strike on the village killed three people.", "en", "air strike", "claimed"),
])
def test_a_hedging_adjective_hedges_its_noun_not_the_sentence(text, lang, trigger, status):
    a = run(text, lang)
    v = next(v for v in a["events"] if v["trigger"][2] == trigger)
    assert v["status"] == status
    assert all(c["status"] == "asserted" for c in a["claims"])  # no claim for the whole sentence


@pytest.mark.parametrize(("text", "lang", "trigger", "status"), [
    # a hedge scopes over its own clause and what follows, not over a clause before it
    ("Der General, der am Montag einen Rücktritt verweigert hatte, könnte im Gefängnis landen.", "de", "verweigert",
     "asserted"),
    ("Die Armee hat das Dorf möglicherweise angegriffen.", "de", "angegriffen", "speculated"),
    # an indirect question is open
    ("Noch ist nicht klar, ob es sich um einen Unfall oder einen Anschlag handelte.", "de", "Anschlag",
     "speculated"),
])
def test_the_article_voice_status_of_an_event_comes_from_hedges_in_scope(text, lang, trigger, status):
    v = next(v for v in run(text, lang)["events"] if v["trigger"][2] == trigger)
    assert v["status"] == status


@pytest.mark.parametrize(("text", "cue"), [
    ("Die Tat erinnert an frühere Anschläge der Miliz.", None),
    ("Der Minister erinnerte daran, dass die Armee die Stadt angegriffen hatte.", "erinnerte"),
])
def test_erinnern_is_a_cue_only_with_daran(text, cue):
    assert [c["cue"][2] for c in run(text)["claims"] if c["cue"]] == ([cue] if cue else [])


@pytest.mark.parametrize(("text", "speaker_span"), [
    ("Auf Anfrage hieß es aus dem Ministerium, die Lage sei stabil.", "aus dem Ministerium"),
    ("In der Vergangenheit hieß es oft, die Lage sei stabil.", None),
    ("Lang sagte, die Lage sei ernst.", "Lang"),
])
def test_review_findings_speakers(text, speaker_span):
    c = next(c for c in run(text)["claims"] if c["cue"])
    assert (c["speaker_span"] or [None, None, None])[2] == speaker_span


def test_a_reportative_modal_takes_no_source_across_an_unrelated_sentence():
    a = run("Selenskyj sagte, die Lage sei ernst. Am Abend regnete es in Kiew. Russland soll Raketen abgefeuert haben.")
    assert cued(a, "soll")["speaker"] is None


@pytest.mark.parametrize(("text", "cue", "speaker_span"), [
    # a German prefield noun phrase, with what modifies it, is the speaker; the actor after the verb is addressed
    ("Ein Leitartikel in der Washington Post forderte Obama zu einer härteren Gangart auf.", "forderte",
     "Ein Leitartikel"),
    ("Kritiker der Regierung werfen Erdogan vor, die Presse zu unterdrücken.", "werfen", "Kritiker der Regierung"),
    # a subject with an apposition before a comma, the actor after the finite verb addressed
    ("Der Kommissar des Europarats, Nils Muiznieks, hatte die türkischen Behörden aufgerufen, Beobachter zuzulassen.",
     "aufgerufen", "Der Kommissar des Europarats, Nils Muiznieks"),
])
def test_the_prefield_speaks_and_the_actor_after_the_verb_is_addressed(text, cue, speaker_span):
    assert cued(run(text), cue)["speaker_span"][2] == speaker_span


@pytest.mark.parametrize(("text", "cued_claims"), [
    ("Police arrested two alleged spies in Berlin.", []),
    ("He was jailed for alleged espionage.", []),
    ("Kyiv alleged Russian drones hit the plant.", ["alleged"]),
    ("The ministry alleged that Russian troops shelled the town.", ["alleged"]),
])
def test_alleged_opening_a_noun_phrase_is_no_cue(text, cued_claims):
    assert [c["cue"][2] for c in run(text, "en")["claims"] if c["cue"]] == cued_claims


def test_plain_statement_is_an_unhedged_author_claim():
    text = "Russische Truppen haben sich aus Cherson zurückgezogen."
    c, = run(text)["claims"]
    assert (c["form"], c["status"], c["cue"], c["speaker"], c["hedges"]) == ("author", "asserted", None, None, [])
    assert c["content"][2] == text


# -- direct quotes --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "cue", "spk_span", "spk"), [
    ("„Wir werden nicht nachgeben“, sagte Selenskyj.", "de", "sagte", "Selenskyj", ("UKR", "GOV")),
    ("Selenskyj sagte: „Wir werden nicht nachgeben.“", "de", "sagte", "Selenskyj", ("UKR", "GOV")),
    ('"We will not give in," Zelensky said.', "en", "said", "Zelensky", ("UKR", "GOV")),
    ('"We will not give in," said the Ukrainian president.', "en", "said", "the Ukrainian president",
     ("UKR", "GOV")),
])
def test_direct_quote(text, lang, cue, spk_span, spk):
    a = run(text, lang)
    c = cued(a, cue)
    assert (c["form"], c["status"]) == ("direct", "reported")
    assert c["speaker_span"][2] == spk_span
    assert speaker(a, c) == spk
    assert content(c) in ("Wir werden nicht nachgeben", "We will not give in")


# -- speakers that cannot be linked -----------------------------------------------------------------------------

def test_unlinked_speaker_keeps_the_reported_clause_as_content():
    c = cued(run("Der Bürgermeister sagte, die Brücke sei zerstört worden."), "sagte")
    assert content(c) == "die Brücke sei zerstört worden"


def test_unlinked_speaker_is_still_written_in_speaker_span():
    c = cued(run("The mayor said the bridge had been destroyed.", "en"), "said")
    assert c["speaker"] is None
    assert c["speaker_span"] is not None and c["speaker_span"][2] == "The mayor"


@pytest.mark.parametrize(("text", "cue", "spk_span"), [
    ("Wie t-online.de berichtet, ist der erste Trailer im Internet veröffentlicht worden.", "berichtet",
     "t-online.de"),
    ("Laut ndr.de blieben einige Demonstranten auf dem Platz.", "Laut", "ndr.de"),
    ("Auch Rettungskräfte berichten von zwei Explosionen in verschiedenen Zügen.", "berichten", "Rettungskräfte"),
    ("Dem Zeugen zufolge hätten einige Männer Maschinengewehre getragen.", "zufolge", "Dem Zeugen"),
    ("Der Vorstand, zuständig für das US-Geschäft, hatte im Juni angekündigt, das Geschäft auszubauen.",
     "angekündigt", "Der Vorstand, zuständig für das US-Geschäft"),
    ("Seit gestern fordert die „Neue Rechte“ den Rücktritt des Präsidenten.", "fordert", "die „Neue Rechte“"),
])
def test_unlinked_speaker_as_written(text, cue, spk_span):
    """Web addresses, a subject after "wie" or "auch", a phrase before "zufolge", a subject with an apposition
    before the auxiliary, a quoted name: the speaker span is the phrase as written."""
    c = cued(run(text), cue)
    assert c["speaker_span"] is not None and c["speaker_span"][2] == spk_span


@pytest.mark.parametrize(("text", "cue", "said"), [
    ("Wolfgang Gerhard geht davon aus, dass seine Partei in die Opposition gehen wird.", "geht",
     "dass seine Partei in die Opposition gehen wird"),
    ("Sarkozy betonte bereits im Vorfeld des Treffens, sein Land habe nicht die Absicht abzuziehen.", "betonte",
     "sein Land habe nicht die Absicht abzuziehen"),
    ("Podolski sagte bei der Gelegenheit, er freue sich über den Wechsel.", "sagte", "er freue sich über den Wechsel"),
])
def test_message_is_the_reported_clause_not_adverbials_or_correlate(text, cue, said):
    assert content(cued(run(text), cue)) == said


# -- relations ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "first_cue", "second_cue", "evidence"), [
    ("Das russische Verteidigungsministerium meldete die Einnahme des Dorfes. "
     "Das ukrainische Militär widersprach dieser Darstellung.", "de", "meldete", "widersprach",
     "widersprach dieser Darstellung"),
    ("Moskau spricht von einem geordneten Rückzug. Das ukrainische Militär widersprach dieser Darstellung.", "de",
     "spricht", "widersprach", "widersprach dieser Darstellung"),
    ("The Russian army said it had captured the village. The Ukrainian military disputed this account.", "en",
     "said", "disputed", "disputed this account"),
])
def test_anaphoric_rejection_disputes_the_earlier_claim(text, lang, first_cue, second_cue, evidence):
    a = run(text, lang)
    earlier, later = cued(a, first_cue), cued(a, second_cue)
    assert later["status"] == "disputed"
    assert [(r["type"], r["from"], r["to"], r["evidence"][2]) for r in a["relations"]] == [
        ("disputes", later["id"], earlier["id"], evidence)]


@pytest.mark.parametrize(("text", "lang"), [
    ("Nach Angaben des ukrainischen Militärs wurden 200 Soldaten getötet. "
     "Das russische Verteidigungsministerium sprach dagegen von 20 getöteten Soldaten.", "de"),
    ("Ukrainian officials said 300 soldiers were killed. The Russian defence ministry said 40 soldiers were killed.",
     "en"),
])
def test_non_overlapping_casualty_numbers_contradict(text, lang):
    a = run(text, lang)
    ukr = [c for c in a["claims"] if c["speaker"] and speaker(a, c)[0] == "UKR"]
    rus = [c for c in a["claims"] if c["speaker"] and speaker(a, c)[0] == "RUS"]
    assert len(ukr) == len(rus) == 1
    assert [(r["type"], r["from"], r["to"]) for r in a["relations"]] == [("contradicts", rus[0]["id"], ukr[0]["id"])]


def test_agreeing_numbers_from_two_sides_do_not_contradict():
    a = run("Nach Angaben des ukrainischen Militärs wurden 200 Soldaten getötet. "
            "Das russische Verteidigungsministerium sprach ebenfalls von 200 getöteten Soldaten.")
    assert [r["type"] for r in a["relations"]] == ["supports"]


def test_same_speaker_correcting_a_number_is_no_contradiction_between_sources():
    a = run("Ukrainian officials said 300 soldiers were killed. The Ukrainian officials later said 40 soldiers "
            "were killed.", "en")
    assert a["relations"] == []


# -- German clause structure: prefield adverbs, complement clauses, continued reported speech ---------------

@pytest.mark.parametrize(("text", "cue", "spk_span", "said"), [
    # an adverb in the prefield is no subject: the speaker follows the verb
    ("Weiter sagte Ministerin Anna Berger, die Lage sei ernst.", "sagte", "Ministerin Anna Berger",
     "die Lage sei ernst"),
    # a short object before a clause in the subjunctive: the clause is the message
    ("Die Laborleiterin bestätigte den Verdacht, es handele sich um verunreinigtes Wasser.", "bestätigte",
     "Die Laborleiterin", "es handele sich um verunreinigtes Wasser"),
    # an infinitive clause after the cue clause is the message
    ("Die Abgeordnete kündigte an, gegen das Gesetz klagen zu wollen.", "kündigte an", "Die Abgeordnete",
     "gegen das Gesetz klagen zu wollen"),
])
def test_german_message_and_speaker_around_the_cue(text, cue, spk_span, said):
    c = cued(run(text), cue)
    assert c["speaker_span"][2] == spk_span
    assert content(c) == said


@pytest.mark.parametrize(("text", "reports"), [
    ("Die Regierung schickt Zelte, die den Obdachlosen helfen sollen.", False),
    ("Der Hafen, wo die Güter ausgeladen werden sollen, ist gesperrt.", False),
    ("Die Stadt baut Wege, damit die Kinder sicher zur Schule kommen sollen.", False),
    ("Gefasst wurde ein Mann, der die Scheiben eingeschlagen haben soll.", True),
    ("Die Opfer, die bei dem Angriff getötet worden sein sollen, waren Bauern.", True),
])
def test_a_modal_in_a_relative_clause_reports_only_after_a_perfect_infinitive(text, reports):
    """"die helfen sollen" gives a purpose; "der … eingeschlagen haben soll" reports (``report_infinitive``)."""
    assert any(c["form"] == "reported" for c in run(text)["claims"]) == reports


def test_a_subjunctive_sentence_continues_the_reported_speech_before():
    a = run("Der Bürgermeister von Cherson sagte, die Stadt sei ohne Strom. "
            "Auch fehle es an Trinkwasser. Die Reparaturen dauern an.")
    first = cued(a, "sagte")
    more = [c for c in a["claims"] if c["form"] == "continued"]
    assert len(more) == 1 and content(more[0]) == "Auch fehle es an Trinkwasser"
    assert more[0]["speaker_span"] == first["speaker_span"] and more[0]["status"] == first["status"]
    # the indicative sentence after it is the article's own voice again
    assert not any(c["sentence"] == 2 and c["form"] != "author" for c in a["claims"])


@pytest.mark.parametrize(("text", "cue", "spk_span", "said", "form"), [
    # a source tag after the content: "…, so X"
    ("Zwei Drittel der Methoden seien unwirksam, so das Ergebnis einer Studie der Stiftung Warentest.", "so",
     "das Ergebnis einer Studie der Stiftung Warentest", "Zwei Drittel der Methoden seien unwirksam", "according"),
    ("„Die Lage ist ernst“, so Schnappauf.", "so", "Schnappauf", "Die Lage ist ernst", "direct"),
    # a tag in commas inside the words: both parts are the content; not a phrase about the source after it
    ("Der Hafen sei, so der Sprecher der Behörde, seit Montag geschlossen.", "so", "der Sprecher der Behörde",
     "Der Hafen sei, so der Sprecher der Behörde, seit Montag geschlossen", "according"),
    ("„Wir kommen wieder“, so die Sprecherin, „und zwar bald.“", "so", "die Sprecherin",
     "Wir kommen wieder“, so die Sprecherin, „und zwar bald", "direct"),
    ("Die Partei unterstützt den Streik, so der Aufruf, verbunden mit Kritik an der Regierung.", "so", "der Aufruf",
     "Die Partei unterstützt den Streik", "according"),
    # a relative source: ", nach denen …", ", wonach …"
    ("Er verwies auf Studien der Charité, nach denen die Therapie oft wirke.", "nach denen", "denen",
     "die Therapie oft wirke", "according"),
    ("Ein Bericht der Agentur Interfax, wonach der Politiker festgenommen worden sei, wurde dementiert.", "wonach",
     "Ein Bericht der Agentur Interfax", "der Politiker festgenommen worden sei", "according"),
])
def test_german_source_tags_and_relative_sources(text, cue, spk_span, said, form):
    c = cued(run(text), cue)
    assert (c["speaker_span"][2], content(c), c["form"]) == (spk_span, said, form)


def test_a_source_noun_inside_a_compound_is_a_cue():
    c = cued(run("Nach Expertenmeinung besteht die Gefahr vor allem im Winter."), "Nach Expertenmeinung")
    assert c["form"] == "according" and "Gefahr" in content(c)


def test_german_speaker_phrases_articles_hyphens_demonyms_and_names_after_laut():
    a = run("Das UN-Menschenrechts-Komitee sagte, das Dekret verletze internationale Normen.")
    assert cued(a, "sagte")["speaker_span"][2].endswith("UN-Menschenrechts-Komitee")
    a = run("Russland hat nach ukrainischen Angaben an der Grenze zur Ukraine Truppen zusammengezogen.")
    c = cued(a, "nach ukrainischen Angaben")
    assert c["speaker_span"][2] == "ukrainischen" and speaker(a, c) == ("UKR", None)
    a = run("Das Beben ereignete sich laut dem United States Geological Survey (USGS) am Dienstag.")
    assert cued(a, "laut")["speaker_span"][2] == "dem United States Geological Survey (USGS)"
    a = run("Medienberichten zufolge gilt das Treffen als Vorbereitung des Gipfels.")
    c = cued(a, "Medienberichten zufolge")  # no named source: the source noun is the source as written
    assert c["speaker"] is None and c["speaker_span"][2] == "Medienberichten"
    # an adverbial before the infinitive clause is no object: the clause is the message
    a = run("Das Gremium gab nach der Anweisung des Präsidenten bekannt, die Vorwürfe untersuchen zu wollen.")
    assert content(cued(a, "gab")) == "die Vorwürfe untersuchen zu wollen"


@pytest.mark.parametrize(("text", "cue", "spk_span"), [
    ("The governing party contested that assessment.", "contested", "The governing party"),
    ("Election observers from the OSCE said the vote was well organised.", "said", "Election observers"),
    ("Most analysts in Seoul think Pyongyang is preparing a test.", "think", "Most analysts"),
])
def test_english_common_noun_subjects(text, cue, spk_span):
    assert cued(run(text, "en"), cue)["speaker_span"][2] == spk_span


def test_a_definite_organisation_noun_refers_back():
    a = run("The International Committee of the Red Cross lost contact with two staff. "
            "The organisation said it was deeply concerned.", "en")
    c = cued(a, "said")
    assert c["speaker_span"][2] == "The organisation" and c["speaker"] is not None


def test_a_word_in_the_clause_can_make_a_speech_verb_something_else():
    assert not [c for c in run("Das Massaker wurde vom Gericht zum Völkermord erklärt.")["claims"]
                if c["form"] != "author"]
    assert cued(run("Der Minister erklärte, die Lage sei ernst."), "erklärte")["status"] == "reported"


def test_a_pronoun_in_the_german_prefield_is_the_speaker_not_the_dative_after_the_verb():
    a = run("Die Regierung hat die Zusammenarbeit ausgesetzt. Sie wirft der Behörde vor, einseitig zu handeln.")
    assert cued(a, "wirft")["speaker_span"][2] == "Sie"


@pytest.mark.parametrize("text", [
    "Die Delegation reiste ab, nach dem Treffen reisten die Minister nach Hause.",  # an article, no relative
    "Der Minister sagte kurz nach dem Treffen, die Lage sei ernst.",  # "kurz" after the verb: still a cue
])
def test_relative_sources_and_without_words_stay_narrow(text):
    forms = [c["form"] for c in run(text)["claims"] if c["form"] != "author"]
    assert forms == ([] if "Delegation" in text else ["indirect"])


@pytest.mark.parametrize(("text", "speaker"), [
    ("Laut der chinesischen Nachrichtenagentur Xinhua wurden zwölf Menschen verletzt.",
     "der chinesischen Nachrichtenagentur Xinhua"),
    ("Der ehemalige US-Präsident Jimmy Carter sagte, alles sei friedlich verlaufen.",
     "Der ehemalige US-Präsident Jimmy Carter"),
    ("Die Wahl sei fair gewesen, sagte Yolanda Alvarez vom Sender RTVE.", "Yolanda Alvarez vom Sender RTVE"),
    ("Nach Angaben des französischen Netzbetreibers sank der Verbrauch deutlich.", "des französischen Netzbetreibers"),
    ("Gemäß dem Gutachten der Kommission wurden zwölf Häuser zerstört.", "dem Gutachten der Kommission"),
])
def test_the_speaker_span_is_the_whole_german_noun_phrase(text, speaker):
    claims = [c for c in analyze(text, lang="de").to_json()["claims"] if c["form"] != "author"]
    assert [c["speaker_span"][2] for c in claims] == [speaker]


@pytest.mark.parametrize("text", [
    "Kaja Kallas, the EU's top diplomat, urged Belarus to free the activist.",
    "Kaja Kallas, for the European Commission, accused Belarus of holding the activist.",  # a prepositional apposition
])
def test_an_english_subject_with_its_apposition_before_the_verb_is_the_speaker(text):
    a = analyze(text, lang="en").to_json()
    assert [c["speaker_span"][2] for c in a["claims"] if c["form"] != "author"] == ["Kaja Kallas"]


def test_one_cue_gives_one_claim():
    claims = [c for c in analyze("Laut israelischen Medien gab es zehn Tote.", lang="de").to_json()["claims"]
              if c["form"] != "author"]
    assert len(claims) == 1 and claims[0]["cue"][2] == "Laut"


def test_it_has_been_alleged_has_no_speaker():
    claims = [c for c in analyze("It has been alleged that the money was diverted.", lang="en").to_json()["claims"]
              if c["form"] != "author"]
    assert [c["speaker_span"] for c in claims] == [None]


# -- source adverbs, opinion nouns, free indirect speech ---------------------------------------------------------

def test_demnach_points_back_to_the_previous_source():
    a = run("Das russische Verteidigungsministerium sagte, die Lage sei stabil. Demnach wurden zwölf Dörfer "
            "eingenommen.")
    c = cued(a, "Demnach")
    assert c["speaker_span"][2] == "Demnach" and speaker(a, c) == ("RUS", "GOV")
    assert content(c) == "Demnach wurden zwölf Dörfer eingenommen"


def test_an_opinion_noun_before_a_reported_clause_is_the_subjects_cue():
    a = run("Der Verteidiger vertritt die Ansicht, der Angeklagte habe sich selbst verletzt. Die Polizei habe ihn "
            "vorverurteilt.")
    c = cued(a, "Ansicht")
    assert c["speaker_span"][2] == "Der Verteidiger" and content(c) == "der Angeklagte habe sich selbst verletzt"
    later = [x for x in a["claims"] if x["form"] == "continued"]
    assert [x["speaker_span"][2] for x in later] == ["Der Verteidiger"]


@pytest.mark.parametrize(("text", "cue", "spk_span"), [
    ("Nach Grupps Meinung werden Entscheidungen im Größenwahn getroffen.", "Nach Grupps Meinung", "Grupps"),
    ("Wie der Weltverband FIFA in der Nacht bekanntgegeben hat, findet die WM nicht statt.", "bekanntgegeben",
     "der Weltverband FIFA"),
    ("Wie sein Anwalt Hartmut Lierow mitteilte, brach er auf der Straße zusammen.", "mitteilte",
     "sein Anwalt Hartmut Lierow"),
    ("Um 15 Uhr meldeten dann die Nachrichten der Tagesschau, Feldmann rechne mit einer Verhandlung.", "meldeten",
     "die Nachrichten der Tagesschau"),
])
def test_more_speakers_as_written(text, cue, spk_span):
    c = cued(run(text), cue)
    assert c["speaker_span"] is not None and c["speaker_span"][2] == spk_span


def test_a_present_subjunctive_after_a_pronoun_goes_on_with_the_speaker():
    a = run("Renate Künast äußerte sich kritisch über deutsche Autos. Sie empfehle den Kauf japanischer Autos.")
    later = [x for x in a["claims"] if x["form"] == "continued"]
    assert [x["cue"][2] for x in later] == ["empfehle"]
    assert later[0]["speaker_span"][2] == "Renate Künast"


@pytest.mark.parametrize(("text", "cue", "said"), [
    # "Dies bestätigte …": the sentence before is what is confirmed
    ("Der Präsident wird nicht der neuen Regierung angehören. Dies bestätigte Stoiber heute in München.",
     "bestätigte", "Der Präsident wird nicht der neuen Regierung angehören"),
    # a cue clause ending in a colon announces the next sentence
    ("Der Senatssprecher kritisierte den harten Kurs der Gewerkschaft: Es sei bedauerlich, dass sie streike.",
     "kritisierte", "Es sei bedauerlich, dass sie streike"),
    # "Wie X, Sprecher …, in Bangkok mitteilte, …": the main clause after it
    ("Wie Steve Marshall, Sprecher der UN, in Bangkok mitteilte, hat die Regierung nur sechs Hubschrauber im "
     "Einsatz.", "mitteilte", "hat die Regierung nur sechs Hubschrauber im Einsatz"),
    # the subjunctive after a long first phrase; a perfect infinitive with "sein"
    ("Obama sagte in einer Videobotschaft, der Verzicht auf die staatlichen Mittel sei keine leichte Entscheidung "
     "gewesen.", "sagte", "der Verzicht auf die staatlichen Mittel sei keine leichte Entscheidung gewesen"),
    ("Klien wurde vorgeworfen, an der Schlägerei beteiligt gewesen zu sein.", "vorgeworfen",
     "an der Schlägerei beteiligt gewesen zu sein"),
])
def test_the_message_beyond_the_cue_clause(text, cue, said):
    assert content(cued(run(text), cue)) == said


@pytest.mark.parametrize(("text", "cue", "spk_span"), [
    ("Seiner Meinung nach hätte die Flughafenaufsicht von einer Landung abraten müssen.", "Meinung nach", "Seiner"),
    ("Laut ROG wurden der Blogger Zarganar und ein Dissident zu langer Haft verurteilt.", "Laut", "ROG"),
    ("Die Miliz wurde von Kenias Regierung beschuldigt, die Anschläge verübt zu haben.", "beschuldigt",
     "Kenias Regierung"),
    ("Elon Musk, der Chef der Firma, kündigte einen neuen Lastwagen an.", "kündigte", "Elon Musk, der Chef der Firma"),
])
def test_speaker_by_word_order_and_voice(text, cue, spk_span):
    """A possessive before "Meinung nach"; the name right after "laut", not a later actor; the agent of a passive
    cue; the subject with its apposition before the verb, not the object after it."""
    c = cued(run(text), cue)
    assert c["speaker_span"] is not None and c["speaker_span"][2] == spk_span


def test_a_short_compound_ending_is_no_source_noun():
    """"Flughafenaufsicht" ends in "Sicht" but names no source: "nach … hätte die Flughafenaufsicht" is no cue."""
    a = run("Nach dem Unfall hätte die Flughafenaufsicht von einer Landung abraten müssen.")
    assert not [c for c in a["claims"] if c["form"] == "according"]


@pytest.mark.parametrize("text", [
    # a time span or a degree word before "nach": a time, no source
    "Drei Wochen nach dem Urteil liegt die schriftliche Begründung vor.",
    "Erst nach langen Ermittlungen kam der Fall vor Gericht.",
    # "nach wie vor" holds no adjectives before a source noun
    "Es stehen nach wie vor neue Paketquellen bereit.",
    # a question asks for a view and reports none
    "Welche Pläne sind Ihrer Meinung nach verfassungswidrig?",
])
def test_no_source_phrase(text):
    assert not [c for c in run(text)["claims"] if c["form"] == "according"]


@pytest.mark.parametrize(("text", "cue", "said"), [
    ("Am Montag wurde dann auch bekannt, dass die Brücke gesperrt wird.", "wurde", "dass die Brücke gesperrt wird"),
    ("Er trat zurück, nachdem bekannt geworden war, dass er log.", "bekannt geworden", "dass er log"),
])
def test_becoming_known_is_an_impersonal_report(text, cue, said):
    """"wurde bekannt, dass …": a report without a speaker; its required word ``with`` "dass" opens the next
    clause."""
    c = cued(run(text), cue)
    assert c["speaker_span"] is None and content(c) == said


def test_becoming_known_without_a_dass_clause_is_no_report():
    assert not [c for c in run("Der Sänger wurde mit diesem Lied bekannt.")["claims"] if c["form"] != "author"]


@pytest.mark.parametrize(("text", "cue", "spk_span"), [
    ("Das Ergebnis sei offen, verlautete aus dem Ministerium.", "verlautete", None),
    ("Der Schaden sei gering, verlautbarte die Firma Muster.", "verlautbarte", "die Firma Muster"),
    ("Nach einer Veröffentlichung der Universität ist der See ausgetrocknet.", "Nach einer Veröffentlichung",
     "der Universität"),
    ("Nach einem Plan der Regierung müssen alle Länder sparen.", "Nach einem Plan", "der Regierung"),
])
def test_more_german_cue_words(text, cue, spk_span):
    c = cued(run(text), cue)
    assert (c["speaker_span"] and c["speaker_span"][2]) == spk_span


def test_a_reflexive_confirm_is_no_speech():
    """"bestätigt sich": a fear turns out true; nobody confirms it (``not_with`` "sich")."""
    a = run("Damit bestätigt sich die Befürchtung, dass das Virus sich ausbreitet. "
            "Die Polizei bestätigte, dass sich der Unfall am Morgen ereignete.")
    assert [c["cue"][2] for c in a["claims"] if c["cue"]] == ["bestätigte"]


def test_what_was_meant_is_no_speech():
    """"war satirisch gemeint": how something was meant, not what someone said; "hat gemeint, …" says it."""
    a = run("Das war zwar satirisch gemeint, ist aber ein Zeichen dafür, dass die Wogen hochgehen. "
            "Der Minister hat gemeint, die Armee habe die Stadt angegriffen.")
    assert [c["cue"][2] for c in a["claims"] if c["cue"]] == ["gemeint"]
    assert a["claims"][-1]["content"][2].startswith("die Armee")


def test_a_present_subjunctive_after_a_noun_phrase_goes_on_with_the_speaker():
    a = run("Die Ministerin erklärte, es gebe zwei Studien. Die Präsentation erfolge, sobald die zweite fertig sei.")
    later = [x for x in a["claims"] if x["form"] == "continued"]
    assert [x["cue"][2] for x in later] == ["erfolge"] and later[0]["speaker_span"][2] == "Die Ministerin"


def test_a_present_participle_before_its_noun_is_no_subjunctive():
    """"Der … andauernde Bürgerkrieg endete": the article's own account after reported speech, not a continued
    claim (the participle ends in -e like a subjunctive)."""
    a = run("Kriegsverbrechen wurden laut einem UN-Bericht begangen. "
            "Der mehr als ein Vierteljahrhundert andauernde Bürgerkrieg endete im Mai 2009, als die Armee den Aufstand "
            "der Rebellen niederschlug.")
    assert [x for x in a["claims"] if x["form"] == "continued"] == []
    assert [e["status"] for e in a["events"] if e["sentence"] == 1] == ["asserted"]


@pytest.mark.parametrize(("text", "cue", "spk_span"), [
    ("Angela Merkel wird morgen erklären, dass die Steuern steigen.", "erklären", "Angela Merkel"),
    ("Nach wie vor kritisieren Menschenrechtler die Haftbedingungen.", "kritisieren", "Menschenrechtler"),
])
def test_review_findings_future_and_fixed_adverbials(text, cue, spk_span):
    """A future auxiliary is no passive; "Nach wie vor" does not make the verb an attributive participle."""
    assert cued(run(text), cue)["speaker_span"][2] == spk_span


def test_a_lowercase_verb_is_no_opinion_noun():
    assert not [c for c in run("Im Mittelpunkt stand, dass die Regierung sparen müsse.")["claims"]
                if c["cue"] and c["cue"][2] == "stand"]


@pytest.mark.parametrize(("text", "threat"), [
    ("Sollte es zu einem Prozess kommen, drohen dem Abgeordneten bis zu 24 Jahre Haft.", False),
    ("Der Regierung droht eine Niederlage im Parlament.", False),
    ("Erdogan drohte der Opposition mit langen Haftstrafen.", True),
    ("Russland droht mit Vergeltung.", True),
    # a hyphenated compound counts by its last part
    ("Im Streit um die Pensionen droht Österreich möglicherweise auch eine EU-Strafe.", False),
    ("Brüssel droht Österreich mit einer EU-Strafe.", True),
])
def test_a_risk_noun_outside_a_prepositional_phrase_makes_drohen_no_threat(text, threat):
    a = run(text)
    assert bool([v for v in a["events"] if v["type"] == "THREATEN"]) == threat


@pytest.mark.xfail(strict=True, reason="a dative pronoun up to three words before 'drohen' marks the risk reading "
                   "('Ihm drohen 20 Jahre Haft'), which also blocks a threat with a dative object")
def test_a_threat_with_a_dative_pronoun_is_still_a_threat():
    a = run("Die USA haben ihnen mit Sanktionen gedroht.")
    assert [c for c in a["claims"] if c["cue"] and c["cue"][2] == "gedroht"]


@pytest.mark.parametrize(("text", "cue", "spk_span"), [
    # "zufolge": the whole noun phrase before it, with its genitives and von-phrases
    ("Den ersten Angaben des Wetterdienstes von Bremen zufolge fiel der Regen zu früh.", "zufolge",
     "Den ersten Angaben des Wetterdienstes von Bremen"),
    ("Ersten Schätzungen vom vergangenen Freitag zufolge kamen tausend Besucher.", "zufolge",
     "Ersten Schätzungen vom vergangenen Freitag"),
    ("Am Montag hob Kramer der „ Tagespost “ zufolge die Bedeutung der Reform hervor.", "zufolge",
     "der „ Tagespost “"),
    # "laut", "nach Angaben": the noun phrase after it, titles, quotes and attached genitives included
    ("Laut Kapitän Jonas Weber von der Küstenwache sank das Boot schnell.", "Laut",
     "Kapitän Jonas Weber von der Küstenwache"),
    ("Laut „ Radio Nord “ bleibt die Brücke gesperrt.", "Laut", "„ Radio Nord “"),
    ("Nach Angaben des Pressebüros des Landratsamts fiel der Strom aus.", "Nach Angaben",
     "des Pressebüros des Landratsamts"),
])
def test_a_source_phrase_is_the_whole_noun_phrase_around_the_source_word(text, cue, spk_span):
    c = cued(run(text), cue)
    assert c["speaker_span"] is not None and c["speaker_span"][2] == spk_span


def test_a_german_verb_after_a_demonstrative_is_still_the_verb():
    """"Das berichten mehrere Zeitungen": a lowercase word after "das" is the verb, not a noun ("das Berichten");
    the sentence before is what they report."""
    a = run("Der Bürgermeister soll zurücktreten. Das berichten mehrere Zeitungen.")
    c = cued(a, "berichten")
    assert c["speaker_span"][2] == "mehrere Zeitungen"
    assert content(c) == "Der Bürgermeister soll zurücktreten"


def test_a_source_noun_opening_the_sentence_is_no_verb():
    """"Berichten zufolge": the capitalised source noun at the sentence start is not the verb "berichten"."""
    a = run("Berichten zufolge schließt die Fabrik im Herbst.")
    assert [c["cue"][2] for c in a["claims"] if c["cue"]] == ["Berichten zufolge"]


@pytest.mark.parametrize(("text", "cue", "spk_span"), [
    # a source noun may head the subject; a quantifier opens a noun phrase
    ("Die Firma schwieg, andere Quellen berichten, dass die Fabrik schließt.", "berichten", "andere Quellen"),
    ("Mehrere kleine Vereine haben angekündigt, gegen den Beschluss zu klagen.", "angekündigt",
     "Mehrere kleine Vereine"),
    # a sentence adverb before the subject and its apposition
    ("Auch Max Muster, Sprecher des Vereins, glaubt, dass die Klage Erfolg hat.", "glaubt",
     "Max Muster, Sprecher des Vereins"),
    # a sentence adverb before the subject, which reaches the finite auxiliary
    ("Auch zwei kleine Vereine haben angekündigt, gegen den Beschluss zu klagen.", "angekündigt",
     "zwei kleine Vereine"),
    # an apposition in commas interrupts the clause between its subject and the cue: the subject after the finite
    # auxiliary or the subordinator, with the apposition
    ("Am Montag hatte ein Sprecher der Feuerwehr, Max Muster, erklärt, die Straße bleibe gesperrt.", "erklärt",
     "ein Sprecher der Feuerwehr, Max Muster"),
    ("Wie die Leiterin des Bauamts, Erika Muster, in Bonn mitteilte, bleibt die Brücke gesperrt.", "mitteilte",
     "die Leiterin des Bauamts, Erika Muster"),
    # no named source: the source noun is the source as written
    ("Zeitungsberichten zufolge ist der Minister zurückgetreten.", "Zeitungsberichten zufolge", "Zeitungsberichten"),
    ("Nach ersten Schätzungen kamen tausend Besucher zum Fest.", "Nach ersten Schätzungen", "ersten Schätzungen"),
])
def test_subjects_and_sources_as_written(text, cue, spk_span):
    c = cued(run(text), cue)
    assert c["speaker_span"] is not None and c["speaker_span"][2] == spk_span


def test_a_verb_after_a_source_phrase_is_no_source():
    """"Nach einer Studie kamen tausend Besucher": the words after the source phrase are its clause, not its
    source."""
    c = cued(run("Nach einer Studie kamen tausend Besucher zum Fest."), "Nach einer Studie")
    assert c["speaker_span"][2] == "einer Studie"


def test_a_continued_claim_keeps_a_source_noun_as_speaker():
    a = run("Medienberichten zufolge sind zwei Männer festgenommen worden. Sie seien erst kürzlich eingereist.")
    later = [x for x in a["claims"] if x["form"] == "continued"]
    assert [x["speaker_span"][2] for x in later] == ["Medienberichten"]


def test_a_separated_particle_after_an_apposition_closes_the_cue():
    """"gab der Leiter des Amts, Max Muster, bekannt, dass …": the particle after the apposition belongs to the verb,
    and the apposition to the speaker."""
    a = run("Heute gab der Leiter des Bauamts, Max Muster, bekannt, dass die Brücke gesperrt wird.")
    c = cued(a, "gab")
    assert [p[2] for p in c["cue_parts"]] == ["gab", "bekannt"]
    assert c["speaker_span"][2] == "der Leiter des Bauamts, Max Muster"
    assert content(c) == "dass die Brücke gesperrt wird"


@pytest.mark.parametrize(("text", "cue", "parts"), [
    # a particle verb in a subordinate clause is written as one word
    ("Wie die Ärztin ausführte, sei die Lage unter Kontrolle.", "ausführte", []),
    # a particle makes another speech act of the same verb: asking someone to act, promising
    ("Der Bürgermeister forderte die Anwohner auf, die Fenster zu schließen.", "forderte",
     ["forderte", "auf"]),
    ("Die Regierung sagte den Bauern Hilfe zu, die Ernte sei verloren.", "sagte", ["sagte", "zu"]),
])
def test_more_german_cue_forms(text, cue, parts):
    c = cued(run(text), cue)
    assert [p[2] for p in c["cue_parts"]] == parts


def test_heisst_es_in_a_document_names_the_document_as_source():
    a = run("In einer Mitteilung des Tierschutzvereins heißt es, die Hunde seien gut versorgt.")
    c = cued(a, "heißt es")
    assert c["speaker_span"][2] == "In einer Mitteilung des Tierschutzvereins"
    assert content(c) == "die Hunde seien gut versorgt"


def test_heisst_es_without_a_document_goes_on_with_the_source_before():
    a = run("Der Verein Beispiel erklärte, die Hunde seien gesund. Weiter hieß es, man suche neue Besitzer.")
    assert cued(a, "hieß es")["speaker_span"][2] == "Der Verein Beispiel"


def test_an_agentless_passive_with_a_reported_clause_is_still_a_claim():
    c = cued(run("Es wurde bestätigt, dass drei Menschen verletzt wurden."), "bestätigt")
    assert c["speaker_span"] is None and content(c) == "dass drei Menschen verletzt wurden"


def test_a_reportative_modal_goes_on_with_the_speaker_of_the_sentence_before():
    """"X berichtete … . Der Täter soll …": the source written as a noun phrase, not only a known actor."""
    a = run("Die örtliche Zeitung berichtete über den Einbruch. Der Täter soll durch ein Fenster gestiegen sein.")
    [c] = [x for x in a["claims"] if x["form"] == "reported"]
    assert c["speaker_span"][2] == "Die örtliche Zeitung"


@pytest.mark.parametrize(("text", "cue", "spk_span"), [
    # an apposition in commas after the speaker's name belongs to the speaker
    ("Nora Beispiel, die Leiterin der Feuerwehr, teilte mit, dass niemand verletzt wurde.", "teilte mit",
     "Nora Beispiel, die Leiterin der Feuerwehr"),
    ("Dies sagte Karl Beispiel, kanadischer General und Kommandeur des Einsatzes.", "sagte",
     "Karl Beispiel, kanadischer General und Kommandeur des Einsatzes"),
    ("Nach Angaben von Sam Beispiel, dem Direktor des Wetterdienstes, drohen neue Stürme.", "Nach Angaben",
     "von Sam Beispiel, dem Direktor des Wetterdienstes"),
    # an aus-phrase attached to the source
    ("Laut Akten aus dem Stadtarchiv wurde die Brücke 1890 gebaut.", "Laut", "Akten aus dem Stadtarchiv"),
])
def test_appositions_and_attached_phrases_belong_to_the_speaker(text, cue, spk_span):
    c = cued(run(text), cue)
    assert c["speaker_span"] is not None and c["speaker_span"][2] == spk_span


def test_the_message_after_a_source_with_an_apposition_is_the_main_clause():
    c = cued(run("Nach Angaben von Sam Beispiel, dem Direktor des Wetterdienstes, drohen neue Stürme."),
             "Nach Angaben")
    assert content(c) == "drohen neue Stürme"


def test_a_separated_particle_after_a_date_in_commas_closes_the_cue():
    c = cued(run("Die Behörde gab am Montag, dem 3. März, die Schließung der Schule bekannt."), "gab")
    assert [p[2] for p in c["cue_parts"]] == ["gab", "bekannt"] and c["speaker_span"][2] == "Die Behörde"


def test_a_relative_clause_is_no_insertion_before_a_particle():
    """"teilte die Zahlen, die er kannte, mit": the relative clause is a clause, not an insertion; no particle is
    looked for beyond it."""
    assert not [c for c in run("Er teilte die Zahlen, die er kannte, mit.")["claims"] if c["form"] != "author"]


@pytest.mark.parametrize(("text", "verb"), [
    # one sentence without reported speech between the source and the subjunctive goes on with it
    ("Die Ärztin Eva Beispiel sagte, die Lage sei ernst. Das Krankenhaus ist voll. Es fehle an Betten.", "fehle"),
    # the main clause after a subordinate one carries the subjunctive
    ("Die Polizei teilte mit, der Mann sei gefasst. Nachdem er geflohen war, habe er sich versteckt.", "habe"),
])
def test_reported_speech_goes_on_in_the_subjunctive(text, verb):
    later = [x for x in run(text)["claims"] if x["form"] == "continued"]
    assert [x["cue"][2] for x in later] == [verb]


@pytest.mark.parametrize("text", [
    "Dem Minister wird vorgeworfen, Geld angenommen zu haben.",
    "Alle Beamten wurden aufgefordert, die Stadt zu verlassen.",
])
def test_who_is_accused_or_asked_in_a_passive_is_no_speaker(text):
    [c] = [x for x in run(text)["claims"] if x["form"] != "author"]
    assert c["speaker_span"] is None


def test_a_future_is_no_passive_and_an_agent_as_written_speaks():
    assert cued(run("Die Ministerin wird erklären, dass die Steuern steigen."), "erklären")["speaker_span"][2] == \
        "Die Ministerin"
    c = cued(run("Die Zahl wurde vom Bauamt der Stadt bestätigt, dass drei Häuser leer stehen."), "bestätigt")
    assert c["speaker_span"][2] == "vom Bauamt der Stadt"


def test_a_document_before_a_passive_cue_speaks():
    """"In einem Bericht der Zeitung wurde vermutet, …": the document (a phrase with a source noun after a
    ``document_preposition``) is the source; a place is none."""
    c = cued(run("In einem Bericht der Kieler Zeitung wurde vermutet, dass niemand überlebt hat."), "vermutet")
    assert c["speaker_span"][2] == "In einem Bericht der Kieler Zeitung"
    c = cued(run("In Kiel wurde vermutet, dass niemand überlebt hat."), "vermutet")
    assert c["speaker_span"] is None


def test_an_adverb_opening_the_sentence_is_no_subject():
    """"Monatelang haben die Stadtwerke bestritten, …": the adverb in the prefield is no speaker; the subject after
    the auxiliary is."""
    c = cued(run("Monatelang haben die Stadtwerke bestritten, dass die Türen unsicher seien."), "bestritten")
    assert c["speaker_span"][2] == "die Stadtwerke"


@pytest.mark.parametrize(("text", "cue"), [
    ("Nach bisherigem Erkenntnisstand war ein Kurzschluss die Ursache.", "Nach bisherigem Erkenntnisstand"),
    ("Nach einem Dokument der Stadt fehlen drei Millionen Euro.", "Nach einem Dokument"),
    ("Nach der Vorhersage des Wetterdienstes wird es morgen regnen.", "Nach der Vorhersage"),
])
def test_more_german_source_nouns(text, cue):
    assert cued(run(text), cue)["form"] == "according"


def test_a_particle_verb_written_as_two_words_is_a_cue():
    """"bekannt gab" for "bekanntgab": the separated particle right before the verb forms its joined cue; another
    word before the verb does not ("nicht gab")."""
    c = cued(run("Wie die Bank in Rom bekannt gab, trat der Chef zurück."), "bekannt gab")
    assert c["speaker_span"][2] == "die Bank" and content(c) == "trat der Chef zurück"
    assert not [x for x in run("Wie die Bank nicht gab, trat der Chef zurück.")["claims"] if x["form"] != "author"]


def test_an_unnamed_speaker_after_the_verb_starts_at_its_article():
    """"…, sagte der Bürgermeister": the speaker as written is the role noun with its article, not the verb before
    it."""
    c = cued(run("„Die Brücke bleibt gesperrt“, sagte der Bürgermeister."), "sagte")
    assert c["speaker_span"][2] == "der Bürgermeister"
    c = cued(run("Der Bürgermeister sagte, die Brücke bleibe gesperrt."), "sagte")
    assert c["speaker_span"][2] == "Der Bürgermeister"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Die USA seien zu Lieferungen bereit, sagte am Freitag der Vizechef.", "der Vizechef"),
    ("Die USA seien zu Lieferungen bereit, versicherte gestern Andrej Taranow.", "Andrej Taranow"),
])
def test_a_time_between_the_cue_and_its_unnamed_speaker_is_skipped(text, speaker):
    """"…, sagte am Freitag der Vizechef": the speaker follows the time; the content is the clause before."""
    c = cued(run(text), text.split(", ")[1].split()[0])
    assert (c["speaker_span"][2], c["content"][2]) == (speaker, "Die USA seien zu Lieferungen bereit")


def test_a_quote_in_the_next_sentence_goes_on_under_the_same_cue():
    """"„…“, sagte X. „…“": the next sentence's quote is X's too, a direct claim of its own with the same cue; so
    after a colon that ends a sentence ("warnte vor …, wenn …:" + "„…“"). A quote with its own reporting clause
    keeps that cue."""
    a = run("„Die Brücke bleibt gesperrt“, sagte der Bürgermeister. „Wir prüfen jeden Pfeiler.“")
    said = [c for c in a["claims"] if c["cue"] and c["cue"][2] == "sagte"]
    assert [content(c) for c in said] == ["Die Brücke bleibt gesperrt", "Wir prüfen jeden Pfeiler"]
    assert {c["speaker_span"][2] for c in said} == {"der Bürgermeister"} and {c["form"] for c in said} == {"direct"}
    a = run("Die Ärztin warnte vor einer Welle, wenn niemand handle:\n„Die Betten werden knapp.“")
    assert [content(c) for c in a["claims"] if c["cue"] and c["cue"][2] == "warnte"][-1] == "Die Betten werden knapp"
    a = run("„Die Brücke bleibt gesperrt“, sagte der Bürgermeister. „Wir prüfen jeden Pfeiler“, fügte er hinzu.")
    assert len([c for c in a["claims"] if c["cue"] and c["cue"][2] == "sagte"]) == 1


def test_a_speaker_keeps_its_von_phrase_and_its_acronym():
    """"Max Muster von der IG Metall sagte", "Die Weltwetterorganisation ( WMO ) hält …": the von-phrase and the
    acronym in parentheses after the name belong to the speaker's noun phrase."""
    c = cued(run("Max Muster von der Gewerkschaft Nord sagte, die Lage sei ernst."), "sagte")
    assert c["speaker_span"][2] == "Max Muster von der Gewerkschaft Nord"
    c = cued(run("Die Weltwetterorganisation (WMO) befürchtet, dass der Sommer heiß wird."), "befürchtet")
    assert c["speaker_span"][2] == "Die Weltwetterorganisation (WMO)"


def test_a_present_subjunctive_after_the_opening_phrase_is_reported_speech():
    """"Eva Muster vom Institut erklärte, die Messung werfe Fragen auf": the clause after the comma, with its verb in
    the present subjunctive ("werfe"), is the message, not the von-phrase before the verb."""
    c = cued(run("Eva Muster vom Institut in Bonn erklärte, die Messung werfe neue Fragen auf."), "erklärte")
    assert content(c) == "die Messung werfe neue Fragen auf"
    assert c["speaker_span"][2] == "Eva Muster vom Institut"


def test_a_negated_speech_verb_gives_no_claim():
    """"Ein Sprecher wollte nicht bestätigen, dass …", "Die Details gab sie nicht bekannt", "did not confirm": the
    speaker does not say the content, so no claim is made (nor a confirmed one). A negation that is not the verb's
    leaves the cue alone: in a phrase before speaker and cue, before a comma, "nicht nur", in a quote, a negative
    determiner of the object ("meldete keine Verletzten"), in English one after the verb (the content's)."""
    def cues(text: str, lang: str = "de") -> list[str]:
        return [c["cue"][2] for c in run(text, lang)["claims"] if c["cue"]]

    assert cues("Ein Sprecher der Bahn wollte nicht bestätigen, dass der Zug verspätet war.") == []
    assert cues("Die Stadtverwaltung konnte die Meldung über den Brand zunächst nicht bestätigen.") == []
    assert cues("Weitere Details gab sie nicht bekannt.") == []
    assert cues("The ministry did not confirm that the bridge had been closed.", "en") == []
    assert cues("Unter Berufung auf nicht genannte Quellen gab die Zeitung an, der Minister trete zurück.") == ["gab"]
    assert cues("Er wollte sich nicht festlegen, sagte aber, die Wahl sei offen.") == ["sagte"]
    assert cues("Die Polizei meldete keine Verletzten.") == ["meldete"]
    # "lobte" is a speech verb too: "nicht nur" negates neither
    assert cues("Der Trainer lobte nicht nur die Abwehr, er sagte auch, das Team sei stark.") == ["lobte", "sagte"]
    assert cues("„Das geht nicht“, sagte die Bürgermeisterin.") == ["sagte"]
    assert cues("He said the city would not close the bridge.", "en") == ["said"]


def test_a_phrase_with_an_object_article_is_no_speaker():
    """"bestätigte dem deutschen Botschafter, dass …": a known actor after "dem"/"den"/"einem" is a dative or an
    accusative, never the subject; the prefield speaks."""
    c = cued(run("Das Landesamt für Umwelt bestätigte dem deutschen Botschafter am Montag, dass die Brücke gesperrt "
                 "bleibe."), "bestätigte")
    assert c["speaker_span"][2].startswith("Das Landesamt")


def test_an_adverb_or_a_prepositional_phrase_in_the_prefield_is_no_speaker():
    """"Sinngemäß erklärte X", "Relativierend fügte X hinzu" (adverbs by their ending, ``adverb_ending``), "Angesichts
    der Lage erklärte X" (a preposition): the subject follows the verb."""
    for text in ("Sinngemäß erklärte Anna Krause, die Brücke bleibe gesperrt.",
                 "Relativierend erklärte Anna Krause, die Brücke bleibe gesperrt.",
                 "Angesichts der Lage in Kiew erklärte Anna Krause, die Brücke bleibe gesperrt."):
        assert cued(run(text), "erklärte")["speaker_span"][2] == "Anna Krause", text


def test_a_demonstrative_pronoun_standing_alone_is_the_speaker():
    """"Dieser bestätigte, dass …", "so schrieb diese in einer Stellungnahme": a ``demonstrative_pronoun`` right before
    or after the cue, with no noun of its own, is the speaker as written; "Diese Zeitung" is an article and its
    noun."""
    c = cued(run("Der Anwalt Max Muster traf den Richter. Dieser bestätigte, dass die Akte fehle."), "bestätigte")
    assert c["speaker_span"][2] == "Dieser"
    c = cued(run("Die Sängerin Eva Muster trat auf. Für sie, so schrieb diese in einer Stellungnahme, sei es eine "
                 "Ehre."), "schrieb")
    assert c["speaker_span"][2] == "diese"
    c = cued(run("Diese Zeitung berichtete, dass die Brücke gesperrt sei."), "berichtete")
    assert c["speaker_span"][2] == "Diese Zeitung"


def test_a_number_or_a_quote_after_a_source_noun_is_not_its_source():
    """"nach Behördenangaben 62 Personen", "rief laut Zeugenaussagen „…“": what follows the source noun starts the
    clause; the noun is the source as written. A genitive after it stays its source ("nach Angaben der Polizei")."""
    a = run("An Bord waren nach Behördenangaben 62 Personen, darunter zwölf Kinder.")
    assert cued(a, "nach Behördenangaben")["speaker_span"][2] == "Behördenangaben"
    a = run("Der Mann rief laut Zeugenaussagen „Hallo Welt“.")
    assert cued(a, "laut Zeugenaussagen")["speaker_span"][2] == "Zeugenaussagen"
    a = run("Nach Angaben der Polizei wurden 62 Personen verletzt.")
    assert cued(a, "Nach Angaben")["speaker_span"][2] == "der Polizei"


@pytest.mark.parametrize(("text", "lang", "cue", "who"), [
    ("Doch die Gewerkschaften kritisierten, die Maßnahmen seien rein kosmetisch.", "de", "kritisierten",
     "die Gewerkschaften"),
    ("Aber die Bauern sagten, die Hilfen kämen zu spät.", "de", "sagten", "die Bauern"),
    ("But the unions said the measures were cosmetic.", "en", "said", "the unions"),
    ("But the farmers said on Monday that the aid came too late.", "en", "said", "the farmers"),
])
def test_a_conjunction_opening_the_sentence_is_not_the_speaker(text, lang, cue, who):
    c = cued(run(text, lang), cue)
    assert c["speaker_span"][2] == who


@pytest.mark.parametrize(("text", "cue", "spk", "said"), [
    ("Die Ärztin schilderte, dass die Station seit Tagen überfüllt sei.", "schilderte", "Die Ärztin",
     "dass die Station seit Tagen überfüllt sei"),
    ("Der Trainer bemängelte, die Mannschaft habe zu langsam gespielt.", "bemängelte", "Der Trainer",
     "die Mannschaft habe zu langsam gespielt"),
    ("Die Forscherin prognostizierte, dass der Pegel weiter steigen werde.", "prognostizierte", "Die Forscherin",
     "dass der Pegel weiter steigen werde"),
    ("Der Bürgermeister legte dar, warum die Brücke gesperrt werden müsse.", "legte dar", "Der Bürgermeister",
     "warum die Brücke gesperrt werden müsse"),
    ("Die Gewerkschaft prangerte an, dass die Löhne seit Jahren stagnierten.", "prangerte an", "Die Gewerkschaft",
     "dass die Löhne seit Jahren stagnierten"),
])
def test_more_german_speech_verbs(text, cue, spk, said):
    """Verbs of telling, describing, criticising and predicting are cues, with their separated particles."""
    c = cued(run(text), cue)
    assert c["speaker_span"][2] == spk
    assert content(c) == said


@pytest.mark.parametrize(("text", "cue", "said"), [
    ("Der Stadtrat beschloss, die Schwimmhalle im Sommer zu schließen.", "beschloss",
     "die Schwimmhalle im Sommer zu schließen"),
    ("Die Ministerin zeigte sich besorgt, dass die Preise weiter steigen könnten.", "zeigte",
     "dass die Preise weiter steigen könnten"),
    ("Das Gericht entschied, dass der Vertrag gültig sei.", "entschied", "dass der Vertrag gültig sei"),
    ("Der Verband nimmt an, dass die Zahl der Mitglieder sinkt.", "nimmt an", "dass die Zahl der Mitglieder sinkt"),
    ("Das Gericht führte aus, dass der Vertrag gültig sei.", "führte aus", "dass der Vertrag gültig sei"),
])
def test_a_verb_that_needs_a_content_clause_is_a_cue_with_one(text, cue, said):
    """Verbs of deciding, of attitude and of perception (``needs`` clause in cues.tsv) are cues when words of their
    own follow: a dass clause or a reported (subjunctive or infinitive) clause."""
    assert content(cued(run(text), cue)) == said


@pytest.mark.parametrize("text", [
    "Der Stadtrat beschloss den Haushalt für das kommende Jahr.",
    "Die Ministerin zeigte sich am Abend auf dem Marktplatz.",
    "Das Gericht entschied über die Klage der Anwohner.",
    "Der Entwurf sieht vor, dass die Steuer steigt.",
    "Der Richter, der entscheidet, ob die Haft verlängert wird, kam am Morgen.",
    "Die Sprecherin sagte: „Wir sehen, dass die Lage ernst ist.“",
    "Die Polizei geht davon aus, dass der Einbruch von derselben Gruppe ausgeführt wurde.",
    "Unbekannte führten den Anschlag in der Nacht aus.",
])
def test_a_verb_that_needs_a_content_clause_is_no_cue_without_one(text):
    """Without a content clause, inside a relative clause, inside a quote or with a particle that makes it another
    verb ("sieht vor"), a verb of deciding or perceiving reports nothing."""
    cues = [c["cue"][2] for c in run(text)["claims"] if c["cue"]]
    assert not {"beschloss", "zeigte", "entschied", "sieht", "entscheidet", "sehen", "ausgeführt", "führten"} & set(
        cues), cues


@pytest.mark.parametrize(("text", "spk"), [
    ("Die Ermittler gehen von einem Unfall aus.", "Die Ermittler"),
    ("Der Konzern rechnet für das kommende Jahr mit einem Verlust von zwei Millionen Euro.", "Der Konzern"),
    ("Die Händler hatten mit einem Gewinn von zehn Millionen Euro gerechnet.", "Die Händler"),
    ("Die Gemeinde erwog bereits, den Vertrag zu kündigen.", "Die Gemeinde"),
    ("Der Verein erwägt nun eine Klage gegen den Verband.", "Der Verein"),
    ("Die Anwohner klagten über Lärm und Schmutz.", "Die Anwohner"),
])
def test_an_attitude_with_only_an_object_is_its_subjects_claim(text, spk):
    """"geht von … aus", "rechnet mit …", "erwägt …", "klagt über …" (``needs`` main): what the subject expects,
    considers or complains of, a speech act SpkAtt annotates as Reported."""
    c = next(c for c in run(text)["claims"] if c["cue"])
    assert c["speaker_span"][2] == spk, c


@pytest.mark.parametrize("text", [
    "Im Osten wird weiterhin von einer hohen Brandgefahr ausgegangen.",
    "Die Forscher meinen, dass sie nun von einer anderen Ursache ausgingen.",
    "Der Sprecher sagte: „Wir gehen von einem Unfall aus.“",
    "Ausgehend von den Zahlen des Vorjahres kann mit einem Anstieg gerechnet werden.",
])
def test_an_attitude_verb_outside_an_active_main_clause_is_no_cue(text):
    """A passive has no holder of the attitude, a subordinate clause or a quote is another's words."""
    cues = [c["cue"][2] for c in run(text)["claims"] if c["cue"]]
    assert not {"ausgegangen", "ausgingen", "gehen", "gerechnet", "Ausgehend"} & set(cues), cues


@pytest.mark.parametrize(("text", "cue", "said", "form"), [
    ("Der Minister sagte, „Sperrzonen“ dürfe es im Land nicht geben.", "sagte",
     "„Sperrzonen“ dürfe es im Land nicht geben", "indirect"),
    ("Sie bezeichnete es als Chance, „ein neues Kapitel“ in den Beziehungen aufzuschlagen.", "bezeichnete",
     "„ein neues Kapitel“ in den Beziehungen aufzuschlagen", "indirect"),
    ("Der Minister sagte, „wir bleiben hart“.", "sagte", "wir bleiben hart", "direct"),
])
def test_a_quoted_term_inside_the_clause_is_no_quotation(text, cue, said, form):
    """A short quote its clause goes on after marks a term; the message is the clause, not the quote."""
    c = cued(run(text), cue)
    assert (content(c).rstrip(" .“"), c["form"]) == (said.rstrip(" .“"), form), c


def test_a_particle_verb_reading_wins_over_the_bare_verb():
    """"sagte … voraus" is the particle verb (a prediction) when its particle closes the clause, whatever the order of
    the rows in cues.tsv; "sagte" alone stays the plain verb."""
    c = cued(run("Die Meteorologin sagte für Montag starken Regen voraus."), "sagte")
    assert c["cue_parts"] and c["cue_parts"][1][2] == "voraus"
    assert c["status"] == "speculated"
    assert cued(run("Die Meteorologin sagte, es werde regnen."), "sagte")["status"] == "reported"


def test_an_opinion_noun_before_a_reported_clause_is_the_cue():
    """An opinion noun (kind ``opinion``: "Verdacht", "Forderung") after a verb that is no cue, before a reported
    clause, is the cue of the clause's subject; as the subject itself, after a preposition or after a cue verb it is
    none."""
    c = cued(run("Der Verband hegt den Verdacht, dass die Zahlen geschönt wurden."), "Verdacht")
    assert c["speaker_span"][2] == "Der Verband"
    assert content(c) == "dass die Zahlen geschönt wurden"
    for text in ("Die Forderung, die Brücke zu sperren, wurde am Montag abgelehnt.",
                 "Der Bürgermeister stand im Verdacht, die Gelder veruntreut zu haben."):
        assert not [c for c in run(text)["claims"] if c["cue"]], text
    assert [c["cue"][2] for c in run("Die Gewerkschaft bekräftigte ihre Forderung, die Löhne müssten steigen.")[
        "claims"] if c["cue"]] == ["bekräftigte"]


def test_stattfinden_is_no_finding():
    """"findet … statt" (takes place) is no cue; "findet, dass …" is."""
    assert not [c for c in run("Am Montag findet in Kiew ein Treffen statt: die Minister beraten.")["claims"]
                if c["cue"]]
    assert content(cued(run("Die Ministerin findet, dass die Reform zu spät kommt."), "findet")) == \
        "dass die Reform zu spät kommt"


def test_a_document_it_emerges_from_is_the_source():
    """"Dies geht aus einer Mitteilung X hervor": the aus-phrase is the source, the sentence before the message (a
    relative clause after the document does not change that); "Aus dem Bericht geht hervor, dass …" and "wie aus …
    hervorgeht" report their own clause."""
    a = run("Der Konzern plant eine Umwandlung. Dies geht aus einer Mitteilung des Konzerns hervor, die am Montag "
            "erschien.")
    c = cued(a, "geht")
    assert c["speaker_span"][2] == "aus einer Mitteilung des Konzerns"
    assert content(c) == "Der Konzern plant eine Umwandlung"
    c = cued(run("Aus dem Bericht der Kommission geht hervor, dass die Kosten steigen."), "geht hervor")
    assert content(c) == "dass die Kosten steigen"
    c = cued(run("Die Kosten steigen, wie aus einem Bericht der Kommission hervorgeht."), "hervorgeht")
    assert content(c) == "Die Kosten steigen"


def test_an_apposition_after_the_speaker_keeps_its_prepositional_phrases():
    """An apposition in commas after the speaker goes on over prepositional phrases up to its comma or the sentence
    end ("Max Muster, Leiter der Abteilung bei der Stiftung"); one that does not reach it is left out."""
    c = cued(run("Der Damm halte, sagte Max Muster, der Leiter der Wasserwacht in Bonn."), "sagte")
    assert c["speaker_span"][2] == "Max Muster, der Leiter der Wasserwacht in Bonn"
    c = cued(run("Erika Muster, die Direktorin der Mission im Kongo, sagte, die Lage sei ruhig."), "sagte")
    assert c["speaker_span"][2] == "Erika Muster, die Direktorin der Mission im Kongo"
    c = cued(run("Der Damm halte, sagte Max Muster, Leiter der Wasserwacht in Bonn am Montag."), "sagte")
    assert c["speaker_span"][2] == "Max Muster"


def test_a_name_in_the_genitive_before_the_speaker_opens_the_speaker():
    """A name in the genitive before the noun it owns ("Berlins Innensenator Max Muster") is the start of the
    speaker's noun phrase, not the whole speaker."""
    c = cued(run("Berlins Innensenator Max Muster erklärte, die Untersuchung solle helfen."), "erklärte")
    assert c["speaker_span"][2] == "Berlins Innensenator Max Muster"
    c = cued(run("Russlands Präsident sagte am Montag, er sei zu Gesprächen bereit."), "sagte")
    assert c["speaker_span"][2] == "Russlands Präsident"


def test_the_message_after_an_insertion_in_commas():
    """A message after an insertion in commas after the cue's clause: an apposition of the speaker stays out of it
    ("erklärte der Eigentümer, ein Verlag aus Bonn, dass …"); a phrase before a clause that opens with its
    subjunctive verb is its first phrase ("erklärte im Interview, über den Versuch, …, sei er …")."""
    c = cued(run("In einer Mitteilung erklärte der Eigentümer, ein Verlag aus Bonn, dass das Blatt eingestellt "
                 "werde."), "erklärte")
    assert content(c) == "dass das Blatt eingestellt werde"
    c = cued(run("Der Professor erklärte in einem Interview, über den Versuch, das Gutachten zu verbergen, sei er "
                 "enttäuscht."), "erklärte")
    assert content(c) == "über den Versuch, das Gutachten zu verbergen, sei er enttäuscht"


def test_reported_speech_running_on_takes_a_named_speaker():
    """A subjunctive sentence that goes on with the reported speech before takes the speaker of a claim there that
    names one ("Max Muster sagte"), not a source noun that stands for its speaker ("nach eigenem Bekunden")."""
    a = run("Max Muster sagte, die Lage sei ernst, und nach eigenem Bekunden war er müde. Er habe keine Kraft mehr "
            "gehabt.")
    c = next(c for c in a["claims"] if c["form"] == "continued")
    assert c["speaker_span"][2] == "Max Muster"


def test_a_trailing_speaker_keeps_its_article_and_genitive():
    """A reporting clause after the message names the speaker with its whole noun phrase: the article before an
    actor ("ein Bundeswehr-Sprecher") and a genitive after a role noun ("ein Sprecher der Wasserwacht") are no
    object of the verb, and the message is the clause before."""
    c = cued(run("Der Damm halte, sagte ein Sprecher der Wasserwacht."), "sagte")
    assert c["speaker_span"][2] == "ein Sprecher der Wasserwacht"
    assert content(c) == "Der Damm halte"
    c = cued(run("Der Damm halte, teilte ein Bundeswehr-Sprecher mit."), "teilte")
    assert c["speaker_span"][2] == "ein Bundeswehr-Sprecher"
    assert content(c) == "Der Damm halte"


def test_reported_speech_running_on_after_a_sentence_without_speech_takes_its_subject():
    """A subjunctive sentence after a sentence that reports no speech goes on with what that sentence's subject
    holds, when the subject names an actor or a role ("Der Bürgermeister sieht keine Gefahr. Nur … seien …"); a
    thing as subject ("Die Ernte") names no speaker, and neither does the subject of a passive: the sentence is
    reported speech of no one named (a present subjunctive no indicative shares)."""
    a = run("Der Bürgermeister sieht für die Stadt keine Gefahr. Nur Geflügelhalter seien zu schützen.")
    c = next(c for c in a["claims"] if c["form"] == "continued")
    assert c["speaker_span"][2] == "Der Bürgermeister"
    assert content(c) == "Nur Geflügelhalter seien zu schützen"
    for text in ("Die Ernte fiel schlecht aus. Das Wetter sei schuld.",
                 "Der Bürgermeister wurde gestern abgewählt. Die Stadt sei pleite."):
        continued = [c for c in run(text)["claims"] if c["form"] == "continued"]
        assert [(c["speaker_span"], c["status"]) for c in continued] == [(None, "reported")]


def test_reported_speech_running_on_takes_the_outer_claim():
    """Of two claims in the sentence before, the one inside the other's words ("…, wonach …" in what Max Muster
    said) does not go on into the next subjunctive sentence: the outer claim's speaker does."""
    a = run("Max Muster sagte, es sei der Eindruck entstanden, wonach die Hilfe nicht ankomme. Bisher seien aber "
            "60 Tonnen Reis verteilt worden.")
    c = next(c for c in a["claims"] if c["form"] == "continued")
    assert c["speaker_span"][2] == "Max Muster"


def test_a_past_subjunctive_right_after_reported_speech_goes_on_with_it():
    """Right after a sentence of reported speech, a subjunctive of the past ("würden", "dürften") goes on with it;
    after a sentence without speech it stays hypothetical and makes no claim."""
    a = run("Die Ministerin sagte, das Programm sei gescheitert. Die Kosten würden sich verdoppeln.")
    c = next(c for c in a["claims"] if c["form"] == "continued")
    assert c["speaker_span"][2] == "Die Ministerin"
    assert content(c) == "Die Kosten würden sich verdoppeln"
    assert not run("Im Jahr 2019 stieg der Preis. Die Kosten würden sich verdoppeln.")["claims"]


@pytest.mark.parametrize(("text", "cue", "spk"), [
    ("Laut el-Baradei ist die Lage ernst.", "Laut", "el-Baradei"),  # a lowercase particle joined by a hyphen
    ("Laut faz.net ist die Lage ernst.", "Laut", "faz.net"),  # a web address in lower case, not split at its dot
    ("eBay hält es für möglich, dass der Rekord fällt.", "hält", "eBay"),  # a capital inside the name
    ("Die Streiks würden ausgesetzt, so verdi-Chef Max Muster.", "so", "verdi-Chef Max Muster"),
    ("Wie „heise online“ berichtet, sperrten die Behörden den Zugang.", "berichtet", "„heise online“"),
    ("Die Regenzeit dauere an, sagte Max Muster von „Ärzte ohne Grenzen“.", "sagte",
     "Max Muster von „Ärzte ohne Grenzen“"),
])
def test_names_in_lower_case_or_in_quotes_are_speakers(text, cue, spk):
    """Names that do not open with a capital ("el-Baradei", "faz.net", "eBay", "verdi-Chef") and short names in
    quotes ("„heise online“" right before the verb, "„Ärzte ohne Grenzen“") are read whole as the speaker."""
    assert cued(run(text), cue)["speaker_span"][2] == spk


@pytest.mark.parametrize(("text", "cue", "spk"), [
    ("Die Stiftung und der Verein teilten mit, die Lage sei ernst.", "teilten mit", "Die Stiftung und der Verein"),
    ("Max Muster und Erika Muster sagten, die Lage sei ernst.", "sagten", "Max Muster und Erika Muster"),
    ("Greenpeace, Campact und der BUND erklärten, die Lage sei ernst.", "erklärten",
     "Greenpeace, Campact und der BUND"),
    ("Max Muster, der Leiter des Vereins, sagte, die Lage sei ernst.", "sagte", "Max Muster, der Leiter des Vereins"),
])
def test_coordinated_speakers_before_the_cue_are_one_speaker(text, cue, spk):
    """Speakers joined by "und" or commas before the cue are one speaker, with the name before an apposition."""
    assert cued(run(text), cue)["speaker_span"][2] == spk


def test_a_subordinator_before_coordinated_speakers_stays_out():
    c = cued(run("Wie Max Muster, ein Sprecher des Vereins, mitteilte, sei die Lage ernst."), "mitteilte")
    assert c["speaker_span"][2] == "Max Muster, ein Sprecher des Vereins"


@pytest.mark.parametrize(("text", "cue", "said"), [
    ("Dann sagte der Minister: Das schweißt zusammen.", "sagte", "Das schweißt zusammen"),
    ("Die Ministerin hält zu den dramatischen Stunden fest: Das schweißt zusammen.", "hält",
     "Das schweißt zusammen"),
])
def test_a_colon_close_after_the_cue_announces_the_rest_of_the_sentence(text, cue, said):
    assert content(cued(run(text), cue)) == said


def test_a_verb_that_reports_only_with_words_of_its_own_may_trail_an_indicative_clause():
    claim = cued(run("Eine Reform findet nicht statt, hielt Klug in Anspielung auf Ungarn fest."), "hielt")
    assert content(claim) == "Eine Reform findet nicht statt"
    assert claim["speaker_span"][2] == "Klug"


@pytest.mark.parametrize(("text", "cue", "said"), [
    ("Die Ministerin hat die Gemeinde aufgefordert, ihr Angebot niederzulegen.", "aufgefordert",
     "ihr Angebot niederzulegen"),  # "nieder" is a separable prefix: "niederzulegen" is an infinitive with zu
    ("Der Gutachter empfahl dem Gericht, der Klage des Vereins stattzugeben.", "empfahl",
     "der Klage des Vereins stattzugeben"),  # the infinitive clause opens with an article, not a relative pronoun
    ("Der Bürgermeister schlug dem Rat vor, sich an anderen Städten zu orientieren, wo die Mieten sinken.",
     "schlug", "sich an anderen Städten zu orientieren, wo die Mieten sinken"),
    ("Die Vorsitzende hat am Montag angekündigt, kurzfristig zurückzutreten als Chefin der Partei.", "angekündigt",
     "kurzfristig zurückzutreten als Chefin der Partei"),
])
def test_an_infinitive_clause_after_an_object_is_the_message(text, cue, said):
    """An infinitive clause after the cue's clause is its message, not the object before it: an infinitive with "zu"
    inside after a separable prefix ("niederzulegen", "stattzugeben"), an infinitive clause followed by another
    clause ("…, zu orientieren, wo …"), an infinitive with "zu" inside before a phrase moved after it."""
    assert content(cued(run(text), cue)) == said


@pytest.mark.parametrize(("text", "cue", "said"), [
    ("Die Soldaten waren davon ausgegangen, die Männer seien bewaffnet.", "ausgegangen", "die Männer seien bewaffnet"),
    ("Die Verbände bestehen jedoch darauf, an den Gesprächen beteiligt zu werden.", "bestehen",
     "an den Gesprächen beteiligt zu werden"),
])
def test_a_correlate_points_at_a_reported_clause(text, cue, said):
    """"davon"/"darauf" after the cue point at the clause after it: a reported clause in the subjunctive or an
    infinitive clause is the message, as a dass clause is."""
    assert content(cued(run(text), cue)) == said


def test_a_separated_particle_after_a_trailing_speaker_is_part_of_the_cue():
    """"…, stellten die Forscher außerdem fest": the particle is the cue's, so the clause only names the source and
    the sentence before it is the message."""
    c = cued(run("Das Risiko ist bei Frauen höher als bei Männern, stellten die Forscher außerdem fest."), "stellten")
    assert content(c) == "Das Risiko ist bei Frauen höher als bei Männern"
    assert c["speaker_span"][2] == "die Forscher"


def test_a_long_first_phrase_before_a_reported_clause_that_opens_with_its_verb():
    """Clauses in commas before a reported clause that opens with its subjunctive verb are its first phrase, also
    when they are longer than a short insertion ("in den Ländern, in denen …, sei die Zahl …")."""
    c = cued(run("Weiterhin erklärte die Ministerin, in den Ländern, in denen Gebühren erhoben würden, sei die Zahl "
                 "der Anfänger gestiegen."), "erklärte")
    assert content(c) == "in den Ländern, in denen Gebühren erhoben würden, sei die Zahl der Anfänger gestiegen"
    assert c["speaker_span"][2] == "die Ministerin"


def test_a_clause_of_reason_or_time_after_the_cue_is_no_message():
    """"…, da …", "…, nachdem …" after the cue's clause say why or when, not what was said: the object is the
    message; a clause in the subjunctive after them stays reported speech."""
    c = cued(run("Er warf dem Minister Wortbruch vor, da dieser seinen Rückzug angekündigt hatte."), "warf")
    assert content(c) == "dem Minister Wortbruch"
    c = cued(run("Er sagte, nachdem die Wahl verloren sei, müsse die Partei sich erneuern."), "sagte")
    assert content(c) == "nachdem die Wahl verloren sei, müsse die Partei sich erneuern"


@pytest.mark.parametrize(("text", "spk", "said"), [
    ("Die Firma empfindet die Kritik als ungerecht: „Wir müssen die Ware nun irgendwo lagern.“", "Die Firma",
     "Wir müssen die Ware nun irgendwo lagern."),
    ("Erika Muster zur neuen Heimat: „Die meisten Sachen sind schon umgezogen.“", "Erika Muster",
     "Die meisten Sachen sind schon umgezogen."),
])
def test_a_quote_after_a_colon_gives_the_words_of_the_subject(text, spk, said):
    """A quote that ends the sentence right after a colon, with no cue before it, gives the words of the subject
    that opens the sentence (a verb, an apposition or a phrase after it); the colon is the cue."""
    claims = [c for c in run(text)["claims"] if c["cue"] and c["cue"][2] == ":"]
    assert [(c["speaker_span"][2], c["content"][2], c["form"]) for c in claims] == [(spk, said, "direct")]


def test_a_quote_after_a_cue_and_a_colon_keeps_its_cue():
    """The cue before the colon has the quote; without a subject opening the sentence ("Auf dem Plakat stand:")
    the quote is nobody's words."""
    c = cued(run("Die Firma sagte: „Wir müssen die Ware nun irgendwo lagern.“"), "sagte")
    assert c["form"] == "direct" and c["speaker_span"][2] == "Die Firma"
    assert not [c for c in run("Auf dem Plakat stand: „Nieder mit der Regierung.“")["claims"] if c["cue"]]


@pytest.mark.parametrize(("text", "cue", "spk"), [
    ("Ein Vorschlag kam von Ägypten, das vorschlug, im Nahen Osten eine neutrale Zone einzurichten.", "vorschlug",
     "das"),
    ("Es kursiert eine Argumentation, die davon ausgeht, der Kandidat solle nicht antreten.", "ausgeht", "die"),
    ("Die Zahl nannte ein Zeuge, die Polizei sprach von 400 Teilnehmern, die Veranstalter nannten 900.", "sprach",
     "die Polizei"),  # "die" is an article here
])
def test_a_relative_pronoun_is_the_speaker_of_its_clause(text, cue, spk):
    """In a relative clause with words of its own after it, the relative pronoun is the speaker (SpkAtt's source),
    standing for the noun before it; an article opening a main clause after a comma is not."""
    assert cued(run(text), cue)["speaker_span"][2] == spk


def test_a_relative_pronoun_speaker_stands_for_the_actor_before_it():
    a = run("Ein Vorschlag kam von Ägypten, das vorschlug, im Nahen Osten eine neutrale Zone einzurichten.")
    assert speaker(a, cued(a, "vorschlug"))[0] == "EGY"


@pytest.mark.parametrize(("text", "said"), [
    ("Der Sprecher sagte, die Wahl finde im Mai statt. Im Gegenteil, es sei bereits alles vorbereitet.",
     "Im Gegenteil, es sei bereits alles vorbereitet"),
    ("Der Sprecher sagte, die Wahl finde im Mai statt. Das Treffen, an dem er nicht teilnehmen werde, könne danach "
     "beginnen.", "Das Treffen, an dem er nicht teilnehmen werde, könne danach beginnen"),
])
def test_reported_speech_goes_on_after_a_first_phrase_in_commas(text, said):
    """A subjunctive sentence goes on with the reported speech before when its verb follows a first phrase set off by
    commas (a phrase without a verb of its own, perhaps with a relative clause)."""
    c = next(c for c in run(text)["claims"] if c["form"] == "continued")
    assert content(c) == said
    assert c["speaker_span"][2] == "Der Sprecher"


def test_a_past_subjunctive_of_a_strong_verb_goes_on_with_reported_speech():
    """Subjunctive II forms of strong verbs ("befänden", "gäbe", "läge") stand in for the present subjunctive where it
    looks like the indicative: right after reported speech they go on with it."""
    a = run("Die Regierung teilte mit, die Lage sei ernst. Die Dämme befänden sich nahe der Grenze der Belastbarkeit.")
    c = next(c for c in a["claims"] if c["form"] == "continued")
    assert c["speaker_span"][2] == "Die Regierung"
    assert content(c) == "Die Dämme befänden sich nahe der Grenze der Belastbarkeit"


def test_a_subject_before_an_insertion_that_names_it_is_the_speaker():
    """"…, teilte später der Direktor der Behörde, Max Muster, mit": the noun phrase after the verb and the name in
    the insertion before the separated particle are one speaker, and the clause before is the message."""
    c = cued(run("Vor dem Absturz wurde kein Notsignal gesendet, teilte später der Direktor der Behörde, Max Muster, "
                 "mit."), "teilte")
    assert c["speaker_span"][2] == "der Direktor der Behörde, Max Muster"
    assert content(c) == "Vor dem Absturz wurde kein Notsignal gesendet"


@pytest.mark.parametrize(("text", "cue", "said"), [
    ("Laut Zeugen blieben einige Demonstranten, die sich formiert hatten, noch auf dem Platz.", "Laut",
     "blieben einige Demonstranten, die sich formiert hatten, noch auf dem Platz"),
    ("Nach Angaben der Polizei soll der Mann, der seit Jahren dort lebt, abgeschoben werden.", "Nach Angaben",
     "soll der Mann, der seit Jahren dort lebt, abgeschoben werden"),
])
def test_a_source_phrase_content_runs_over_a_relative_clause(text, cue, said):
    """A source phrase's content is its clause and the clauses that go on with it, relative clauses included, not
    only the chunk before the first comma."""
    c = cued(run(text), cue)
    assert said in content(c)


@pytest.mark.parametrize(("text", "cue", "said"), [
    ("Nachdem der Damm gebrochen war, sind nach Angaben der Feuerwehr zwei Dörfer überflutet worden.", "nach Angaben",
     "Nachdem der Damm gebrochen war, sind nach Angaben der Feuerwehr zwei Dörfer überflutet worden"),
    ("Weil das Wasser, das aus den Bergen kommt, weiter steigt, bleibt die Straße laut Polizei gesperrt.", "laut",
     "Weil das Wasser, das aus den Bergen kommt, weiter steigt, bleibt die Straße laut Polizei gesperrt"),
])
def test_a_source_phrase_content_takes_the_subordinate_clauses_before_its_main_clause(text, cue, said):
    """A source phrase in a main clause whose prefield is a subordinate clause ("Nachdem …, sind nach Angaben X …")
    reports the whole sentence, the subordinate clause (and a relative clause in it) too."""
    assert content(cued(run(text), cue)) == said


@pytest.mark.parametrize(("text", "cue", "said"), [
    ("Der Präsident sagte, Europa brauche die Briten und fügte hinzu, er sei zuversichtlich.", "sagte",
     "Europa brauche die Briten"),
    ("Der Präsident sagte, sie müssten nachgeben und bemühte das Bild vom gemeinsamen Boot.", "sagte",
     "sie müssten nachgeben"),
    ("Der Präsident sagte, der Minister sei tot, doch ein Sprecher erklärte, das sei nicht bestätigt.", "sagte",
     "der Minister sei tot"),
])
def test_reported_speech_ends_before_the_speakers_next_act(text, cue, said):
    """The message ends before "und" with a finite verb in the indicative past or a speech verb (the speaker's next
    act, no longer reported), and before a clause opened by "doch"/"aber" with a speech verb of its own."""
    assert content(cued(run(text), cue)) == said


def test_nach_eigenen_angaben_names_its_source_as_written_with_the_subjects_entity():
    """"nach eigenen Angaben": the text's source is "eigenen Angaben" (SpkAtt's source), standing for the subject,
    whose entity it takes; the subject stays in the message."""
    a = run("Die Bundeswehr hat nach eigenen Angaben die Hälfte der Halle abgesucht.")
    c = cued(a, "nach eigenen Angaben")
    assert c["speaker_span"][2] == "eigenen Angaben"
    assert speaker(a, c) == ("DEU", "MIL")
    assert content(c).startswith("Die Bundeswehr hat")


@pytest.mark.parametrize("text", [
    "Der Minister sagte, die Lage sei ernst. Im Gegenteil,",
    "Er sagte, das sei gut. Auch weitere Tests am Tank,",
])
def test_a_text_that_ends_after_a_comma_following_reported_speech_is_read(text):
    # a first phrase in commas with no verb after it: the search for a subjunctive stops at the text's end
    assert [c["form"] for c in run(text)["claims"] if c["form"] != "author"][:1] == ["indirect"]


@pytest.mark.parametrize(("text", "cue", "spk"), [
    ("Er verständigte am Abend selbst die Bundeswehr und teilte mit, dass er bewaffnet sei.", "teilte mit", "Er"),
    ("Der Bürgermeister will die Debatte beruhigen, nimmt die Bundeswehr in Schutz und warnt vor voreiligen "
     "Schlüssen.", "warnt", "Der Bürgermeister"),
])
def test_a_coordinated_verb_shares_the_subject_of_the_first_conjunct(text, cue, spk):
    """A speech verb right after "und" has the subject that opens the conjunct before it (or the sentence, where that
    conjunct opens with its verb after a comma), not the first conjunct's object."""
    assert cued(run(text), cue)["speaker_span"][2] == spk


@pytest.mark.parametrize(("text", "cue"), [
    # the sentence opens with a verb, not a subject; the conjunct after a comma has its own
    ("Sollte Ihnen das zu lange dauern, dann schreiben Sie dem Amt und fordern die Löschung der Daten.", "fordern"),
    ("Zwanzig von ihnen konnte man überzeugen, am Freitag harrten alle anderen aus und drohten mit einem Streik.",
     "drohten"),
])
def test_a_coordinated_verb_takes_no_subject_from_another_clause(text, cue):
    spk = cued(run(text), cue)["speaker_span"]
    assert spk is None or spk[2] not in ("Sollte Ihnen", "Zwanzig")


@pytest.mark.parametrize(("text", "cue", "spk"), [
    ("Den Kollegen warf Muster vor, die Wahl manipuliert zu haben.", "warf", "Muster"),
    ("Ihren Gegner forderte die Kanzlerin auf, über einen Rücktritt nachzudenken.", "forderte", "die Kanzlerin"),
    ("Dem Vorschlag widersprach der Vorsitzende heftig, er sei unrealistisch.", "widersprach", "der Vorsitzende"),
])
def test_an_object_before_the_verb_is_not_the_written_speaker(text, cue, spk):
    """A noun phrase opened by an accusative or dative article or possessive ("den", "dem", "ihren") is an object even
    before the verb; the speaker is the noun phrase after the verb."""
    assert cued(run(text), cue)["speaker_span"][2] == spk


@pytest.mark.parametrize(("text", "cue", "spk"), [
    ("Der Sprecher des Verbands nannte sie „fahrlässig“.", "nannte", "Der Sprecher des Verbands"),
    ("Zugleich nannte sie die Reform „fahrlässig“.", "nannte", "sie"),
    ("Die Ministerin kritisierte er scharf, sie habe gelogen.", "kritisierte", "er"),
])
def test_sie_after_the_verb_is_the_object_when_a_subject_fills_the_prefield(text, cue, spk):
    """"sie"/"es" may be the accusative: right after the verb it is the object when a noun phrase that can be the
    subject stands before the verb on its own; after an adverb it is the subject, and "er" always is."""
    assert cued(run(text), cue)["speaker_span"][2] == spk


def test_a_speaker_before_a_parenthesis_with_a_comma_is_found():
    """A comma inside a short parenthesis ends no clause: the subject before it stays in the cue's clause."""
    c = cued(run("Der Bundespräsident hat in einem Gespräch mit seinem Amtskollegen Max Muster (Awoda, dt. etwa "
                 "Arbeiterpartei) bekräftigt, die Lage sei ernst."), "bekräftigt")
    assert c["speaker_span"][2] == "Der Bundespräsident"


@pytest.mark.parametrize(("text", "cue", "spk"), [
    ("Da es keine Verordnung gibt, hat der Gerichtshof entschieden, dass die Anlagen abzuschalten sind.",
     "entschieden", "der Gerichtshof"),
    ("Die Lage sei ernst, hatte Muster damals gesagt.", "gesagt", "Muster"),
    ("Der Fraktionsvorsitzende, Max Muster, hatte Lenz gestern aufgefordert, sein Mandat niederzulegen.",
     "aufgefordert", "Der Fraktionsvorsitzende, Max Muster"),
])
def test_the_subject_follows_a_finite_auxiliary_that_opens_its_clause(text, cue, spk):
    """After a subordinate clause or reported speech, a main clause opens with its finite auxiliary and the subject
    follows it ("…, hat der Gerichtshof entschieden"); after a subject in commas it does not."""
    assert cued(run(text), cue)["speaker_span"][2] == spk


@pytest.mark.parametrize(("text", "spk"), [
    ("Bei der Nachrichtenagentur Interfax hieß es, die Lage sei ruhig.", "Bei der Nachrichtenagentur Interfax"),
    ("Aus dem russischen Verteidigungsministerium hieß es, die Lage sei ruhig.",
     "Aus dem russischen Verteidigungsministerium"),
    ("Auf Anfrage hieß es, die Lage sei ruhig.", None),
])
def test_an_actor_before_hiess_es_is_where_it_is_said(text, spk):
    """Before an impersonal cue, a phrase after a document preposition is where it is said when it names an actor or a
    document, not when it names neither ("Auf Anfrage")."""
    c = cued(run(text), "hieß es")
    assert (c["speaker_span"] or [None] * 3)[2] == spk


@pytest.mark.parametrize(("text", "spk"), [
    ("Die Lage spitzte sich zu, so dass der Verband aufgefordert wurde, sich an den Kosten zu beteiligen.", None),
    ("Die Zeitung schrieb, dass der Verband von der Regierung aufgefordert worden sei, die Kosten zu tragen.",
     "von der Regierung"),
])
def test_the_subject_of_a_passive_at_the_clause_end_is_not_the_speaker(text, spk):
    """A participle cue with its passive auxiliary after it ("aufgefordert wurde", "aufgefordert worden sei") has the
    agent as its speaker, or none; the subject is who is asked, and the agent's span does not take it in."""
    c = cued(run(text), "aufgefordert")
    assert (c["speaker_span"] or [None] * 3)[2] == spk


@pytest.mark.parametrize(("text", "spk"), [
    ("Die Lage sei ernst, so der Schriftsteller Max Muster in einem Beitrag auf seiner Website.",
     "der Schriftsteller Max Muster"),
    ("Die Lage sei ernst, so der Sprecher des Vereins weiter.", "der Sprecher des Vereins"),
])
def test_the_source_of_a_so_tag_ends_with_its_noun_phrase(text, spk):
    """After the tag "so", the source is the noun phrase (with its genitives), not the adverbials after it."""
    assert cued(run(text), "so")["speaker_span"][2] == spk


@pytest.mark.parametrize(("text", "kind", "status"), [
    # a planning "sollen" in a subordinate clause is no hedge of the article's voice either
    ("Wenn die Ärzte zusätzliche Leistungen anbieten sollen, werde das nicht ohne Mittel gehen, fordert die "
     "Chefin der Kasse die Berücksichtigung des Prinzips.", "REQUEST", "asserted"),
    # a reportative "sollen" whose perfect infinitive closes the clause reports, wherever the segmenter puts it
    ("Während dieser Jahre sollen die beiden Männer zehn Menschen ermordet haben.", "ASSAULT", "reported"),
])
def test_a_planning_modal_is_no_hedge_and_a_reportative_one_is(text, kind, status):
    ev = next(v for v in run(text)["events"] if v["type"] == kind)
    assert ev["status"] == status


def test_beziffern_reports_a_number():
    """"beziffern" states a figure someone gives: a claim of its subject, with the object as its content."""
    c = cued(run("Die Feuerwehr bezifferte den Schaden an der Halle auf zwei Millionen Euro."), "bezifferte")
    assert c["speaker_span"][2] == "Die Feuerwehr"
    assert "zwei Millionen Euro" in content(c)


@pytest.mark.parametrize("text", [
    "Die Ministerin will am Montag sagen, ob die Schulen geschlossen werden.",
    "Der Verband wollte am Abend berichten, wie viele Helfer gekommen waren.",
    "Die Ministerin reiste nach Genf, um dort die neuen Pläne zu erklären.",
    "Das Ergebnis ist besser, als es die Partei sich erhoffen konnte.",
])
def test_an_infinitive_after_a_modal_or_zu_makes_no_claim(text):
    """A German speech verb as an infinitive, after a modal verb of its clause or after "zu", names a speech act
    wanted, planned or possible, none that was made: no claim."""
    assert not [c for c in run(text)["claims"] if c["form"] != "author"]


def test_a_participle_after_a_modal_still_reports():
    """A participle after a modal ("kann … bestätigt werden") is no infinitive: the passive still reports."""
    a = run("Die Polizei teilte mit, es könne bestätigt werden, dass zwei Menschen verletzt wurden.")
    assert cued(a, "teilte mit")["speaker_span"][2] == "Die Polizei"
    assert cued(a, "bestätigt")["form"] != "author"


@pytest.mark.parametrize(("text", "cue", "spk"), [
    ("Die Gewerkschaften kündigen für Montag einen Streik an.", "kündigen", "Die Gewerkschaften"),
    ("Zwei Ärzte erläutern, dass der Patient außer Lebensgefahr sei.", "erläutern", "Zwei Ärzte"),
    ("Beobachter werten die Wahl als Erfolg der Opposition.", "werten", "Beobachter"),
])
def test_a_speech_verb_in_the_present_plural_is_a_cue(text, cue, spk):
    """The present plural of a speech verb ("kündigen … an", "erläutern", "werten … als") is a cue as its singular
    and its past are."""
    assert cued(run(text), cue)["speaker_span"][2] == spk


@pytest.mark.parametrize("text", [
    "Die Ministerin sagte, sie sei von dem Plan überzeugt. „Wir werden alle Schulen sanieren.“",
    "Die Ministerin sagte, das Programm sei gescheitert. Die Kosten seien zu hoch. „Wir werden alle Schulen "
    "sanieren.“",
])
def test_a_whole_quote_after_reported_speech_goes_on_with_its_speaker(text):
    """A sentence that is one quote, after a sentence whose reported speech (said or running on) ends there, is more
    words of that speaker, under the cue that introduced them."""
    quote = next(c for c in run(text)["claims"] if c["form"] == "direct")
    assert quote["speaker_span"][2] == "Die Ministerin"
    assert quote["cue"][2] == "sagte"
    assert "Schulen sanieren" in quote["content"][2]


@pytest.mark.parametrize("text", [
    "Befürchten Sie drastische Einschnitte in die Grundrechte?",
    "All diese Drohungen, glauben Sie, das dient nur dazu, mehr Hilfe zu bekommen?",
    "Fordern Sie von der Regierung ein schnelleres Verfahren?",
])
def test_a_speech_verb_that_opens_a_question_makes_no_claim(text):
    """A German verb that opens its clause in a sentence ending with a question mark asks (a yes/no question); it
    reports nothing."""
    assert not [c for c in run(text)["claims"] if c["form"] != "author"]


def test_a_speech_verb_in_a_statement_before_a_quoted_question_still_reports():
    """The question mark of a quote does not make the reporting clause before it a question."""
    a = run("Der Minister fragte: „Wer soll das bezahlen?“")
    assert cued(a, "fragte")["speaker_span"][2] == "Der Minister"


@pytest.mark.parametrize("text", [
    "Rosinenbomber nannte man die Flugzeuge der Luftbrücke.",
    "Dies nennt man einen Aktiensplit.",
    "Als Lichtjahr bezeichnet man die Strecke, die das Licht in einem Jahr zurücklegt.",
    "Unmittelbar nach der Abstimmung hat sich die Gewerkschaft zu Wort gemeldet.",
    "Als Nachfolger haben sich bereits drei Kandidaten gemeldet.",
    "Mit dem Wort Revolution meinte er damit wohl kaum die Krawalle.",
])
def test_naming_with_man_and_reflexive_melden_make_no_claim(text):
    """"nennt man", "bezeichnet man" name a thing (a definition, nobody's words); "sich melden" comes forward; "meinte
    … damit" says what a word referred to (``not_with`` in cues.tsv)."""
    assert not [c for c in run(text)["claims"] if c["form"] != "author"]


@pytest.mark.parametrize(("text", "cue"), [
    ("Der Minister meinte damit, die Regierung habe versagt.", "meinte"),  # its own reported clause follows
    ("Der Minister nannte den Plan einen Fehler.", "nannte"),
    ("Die Opposition bezeichnete den Besuch als PR-Aktion.", "bezeichnete"),
    ("Die Polizei meldete am Abend drei Verletzte.", "meldete"),
])
def test_naming_melden_and_bezeichnen_with_a_speaker_still_report(text, cue):
    assert cued(run(text), cue)["form"] != "author"


def test_a_reporting_clause_before_a_quoted_question_still_reports():
    """A verb that opens the reporting clause between two quotes is no question when the question mark is the
    quote's."""
    a = run("„Sie kennen das Problem seit Jahren“, wirft er der Ministerin vor, „wieso handeln Sie erst jetzt?“")
    assert cued(a, "wirft")["speaker_span"][2] == "er"


@pytest.mark.parametrize(("text", "around"), [
    ("Alle Anzeigen, die bei der Polizei gemeldet wurden, sollten innerhalb einer Woche geprüft werden.", "geprüft"),
    ("Die Feuerwehr wurde an den Fluss gerufen, weil ein Bruch des Damms befürchtet wurde.", "Feuerwehr"),
    ("Der Bauplan, der von den Gemeinden seit Jahren gefordert wird, war am Geld gescheitert.", "gescheitert"),
    ("Der Händler informierte die Bank, die wiederum die Polizei informierte, welche sofort eine Streife schickte.",
     "Streife"),
])
def test_a_speech_verb_closing_a_relative_or_adverbial_clause_reports_nothing_around_it(text, around):
    """A speech verb at the end of a relative or adverbial clause, with no reported clause of its own, makes no
    claim of the clause around it (SpkAtt annotates none)."""
    claims = [c for c in run(text)["claims"] if c["cue"] and around in c["content"][2]]
    assert not claims, claims


@pytest.mark.parametrize(("text", "cue", "said"), [
    ("Die Frage ist wichtig, weil berichtet wurde, die Anlage stehe im Zusammenhang mit dem Programm.", "berichtet",
     "die Anlage stehe im Zusammenhang mit dem Programm"),
    ("Er trat zurück, nachdem bekannt geworden war, dass er Geld angenommen hatte.", "bekannt",
     "dass er Geld angenommen hatte"),
    ("Als Begründung gaben die Behörden an, vermutlich seien zwei Verdächtige an Bord.", "gaben",
     "vermutlich seien zwei Verdächtige an Bord"),
    ("Am Morgen ist die Kamera ausgefallen, das teilte das Institut am Abend mit.", "teilte",
     "Am Morgen ist die Kamera ausgefallen"),
])
def test_an_embedded_speech_verb_with_its_own_reported_clause_stays_a_cue(text, cue, said):
    """A reported clause of its own (dass, subjunctive, infinitive) keeps the claim; a verb in second place after
    "Als …" or a demonstrative "das" is no embedded verb."""
    c = next(c for c in run(text)["claims"] if c["cue"] and c["cue"][2].startswith(cue))
    assert content(c) == said, c


def test_an_embedded_speech_verb_reports_its_object_in_its_clause():
    """What a relative clause's speech verb reports is its object there, said by the relative pronoun; a passive's
    subject is no speaker."""
    c = cued(run("Die FPÖ ist die einzige Partei, die offensiv Neuwahlen fordert."), "fordert")
    assert (c["speaker_span"][2], content(c)) == ("die", "offensiv Neuwahlen"), c
    c = cued(run("Eine Ziege wurde verhaftet, nachdem sie des Raubüberfalls beschuldigt worden war."), "beschuldigt")
    assert c["speaker_span"] is None and content(c).endswith("des Raubüberfalls"), c


@pytest.mark.parametrize(("text", "cue", "said"), [
    ("Ein Sprecher der „Feuerwehr von Lindau“, Karl Berger, sagte, das Boot sei gesunken.", "sagte",
     "das Boot sei gesunken"),
    ("Auf den Vorwurf, man wolle die Mieter „zum Auszug zwingen“, entgegnete der Vermieter, dass niemand gehen "
     "müsse.", "entgegnete", "dass niemand gehen müsse"),
    ("Das Labor entdeckte einen Stern namens „HD 4711“, teilte die Universität mit.", "teilte",
     "Das Labor entdeckte einen Stern namens „HD 4711“"),
])
def test_a_quoted_term_next_to_the_reporting_clause_is_no_quotation(text, cue, said):
    """A quote is the speaker's words only when nothing but punctuation lies between it and the reporting clause and,
    before the clause, it is no short term after a word of its sentence: a name in the source phrase, a term in an
    earlier clause or an apposition ("kurz „TSV“") is part of a clause; the verb's own clause is its message."""
    assert content(cued(run(text), cue)) == said


def test_a_quoted_short_name_after_an_apposition_is_no_quotation():
    c = cued(run("Im Mai verkündete der Verein, kurz „TSV“, dann offiziell, dass er aufsteigen wolle."), "verkündete")
    assert content(c).endswith("dass er aufsteigen wolle")


@pytest.mark.parametrize(("text", "said"), [
    ("Täter in Haft „Die kannten den Mann schon“, sagte der Zeuge.", "Die kannten den Mann schon"),
    ("„Wir bleiben“, sagte der Trainer.", "Wir bleiben"),
])
def test_a_quote_opening_with_a_function_word_after_a_headline_is_the_quotation(text, said):
    # a headline run into the sentence: the capitalised article opens a sentence of its own, the quote is the words
    assert content(cued(run(text), "sagte")) == said


@pytest.mark.parametrize(("text", "cue", "said"), [
    ("Der Angeklagte hatte erklärt, er sei unschuldig, erkannte das Gericht aber nicht an.", "erklärt",
     "er sei unschuldig"),
    ("Die Ministerin räumte ein, es könnten Stellen wegfallen, sprach aber von einem offenen Prozess.", "räumte ein",
     "es könnten Stellen wegfallen"),
    ("Während die Sängerin erklärte, sehr aufgeregt zu sein, räumte ihr Partner ein, nervös zu sein.", "erklärte",
     "sehr aufgeregt zu sein"),
    ("Der Sprecher sagte, die Lage sei schlimm, gefordert sei nun die Regierung.", "sagte",
     "die Lage sei schlimm, gefordert sei nun die Regierung"),
    ("Der Minister sagte, die Lage sei ernst, bestimmte Gruppen zu schützen bleibe wichtig.", "sagte",
     "die Lage sei ernst, bestimmte Gruppen zu schützen bleibe wichtig"),
    # a past ending before a capitalised noun is an adjective's, the reported words go on
    ("Der Minister sagte, die Lage sei ernst, erste Hilfslieferungen sind unterwegs.", "sagte",
     "die Lage sei ernst, erste Hilfslieferungen sind unterwegs"),
])
def test_reported_speech_ends_before_a_clause_that_a_finite_past_verb_opens(text, cue, said):
    """After a clause in the subjunctive, or after a cue in a subordinate clause, a clause after a comma that a finite
    past verb in the singular or a speech verb opens is the subject's next act (or the sentence's main clause), no
    longer reported; a clause in the subjunctive or an infinitive clause goes on."""
    assert content(cued(run(text), cue)) == said


@pytest.mark.parametrize(("text", "cue", "said"), [
    ("Die Kanzlerin bezeichnete den Unfall als „schwere Katastrophe“ und erklärte, das Land helfe den Opfern.",
     "bezeichnete", "den Unfall als „schwere Katastrophe“"),
    ("Der Forscher beklagt verpasste Chancen und fordert, die Regierung solle handeln.", "beklagt",
     "verpasste Chancen"),
])
def test_the_clause_after_a_second_cue_is_not_the_first_cues_message(text, cue, said):
    """A verb with words of its own in its clause, coordinated with a second cue ("… und erklärte, …"), keeps its
    own words: the clause after the comma is the second verb's."""
    a = run(text)
    assert content(cued(a, cue)) == said


def test_an_apposition_after_the_speaker_of_a_content_anaphor_leaves_the_sentence_before_its_message():
    a = run("Der Anführer der Bande wurde am Dienstag gefasst. Das bestätigte der Polizeichef der Stadt, Max Muster.")
    c = cued(a, "bestätigte")
    assert content(c) == "Der Anführer der Bande wurde am Dienstag gefasst"


def test_a_view_inside_a_noun_phrase_is_about_that_phrase():
    # "das seiner Meinung nach verfehlte Bildungskonzept": the view covers the noun phrase, not the accusation
    text = "Der Ministerin wirft Lugar ideologische Gründe für das seiner Meinung nach verfehlte Konzept vor."
    doc = analyze(text, lang="de").to_json()
    view = next(c for c in doc["claims"] if c["cue"] and "Meinung" in c["cue"][2])
    assert view["content"][2] == "das seiner Meinung nach verfehlte Konzept"


@pytest.mark.parametrize(("text", "speaker"), [
    # the name in the prefield speaks; the known actor after the finite auxiliary is asked (s22, s23 notes)
    ("Der erst kürzlich ernannte Weihbischof der Diözese Linz, Gerhard Maria Wagner hat Papst Benedikt XVI. "
     "gebeten, seine Ernennung zurückzunehmen.", "Gerhard Maria Wagner"),
    ("Green hat die Soldaten der Armee Malis gebeten, das Dorf zu verlassen.", "Green"),
    # an adverbial in the prefield leaves the subject after the auxiliary
    ("Am Montag hat Papst Benedikt XVI. die Bischöfe gebeten, zu schweigen.", "Papst Benedikt XVI."),
])
def test_a_name_in_the_prefield_speaks_before_a_known_object(text, speaker):
    doc = analyze(text, lang="de").to_json()
    cue = next(c for c in doc["claims"] if c["cue"] and c["cue"][2] == "gebeten")
    assert cue["speaker_span"][2] == speaker


@pytest.mark.parametrize(("text", "lang"), [
    # "Wie berichtet", "As reported": the paper's own earlier report, no one else's claim
    ("Wie berichtet, hat die Polizei in Wien drei Männer festgenommen.", "de"),
    ("Die Polizei in Wien hat wie berichtet drei Männer festgenommen.", "de"),  # also inside the clause
    ("As reported, police in London arrested three men.", "en"),
])
def test_as_reported_is_the_articles_own_voice(text, lang):
    doc = analyze(text, lang=lang).to_json()
    assert not [c for c in doc["claims"] if c["cue"]]
    assert doc["events"][0]["status"] == "asserted"


def test_as_alleged_inside_a_clause_is_a_claim():
    # inside a German clause only a cue of reporting is the paper's own voice; "wie behauptet" is someone's claim
    ev = analyze("Russland hat wie behauptet Waffen an Syrien geliefert.", lang="de").to_json()["events"][0]
    assert ev["status"] == "claimed"


def test_as_saying_inside_an_english_sentence_still_attributes():
    # only "As reported" at the start is the paper's voice in English; "quoted X as saying" reports X
    doc = analyze("The newspaper quoted an insider in the talks as saying that the bank had been surprised.",
                  lang="en").to_json()
    assert [c for c in doc["claims"] if c["cue"]]


@pytest.mark.parametrize(("text", "trigger"), [
    # a speech act that is the object of a cue is the act of saying, told in the article's voice
    ("Die Opposition in Wien signalisierte ihre Ablehnung.", "Ablehnung"),
    ("Die Grünen in Wien bekräftigten ihre Forderung nach einem Untersuchungsausschuss.", "Forderung"),
    # what follows the colon before a source tag is the source's; what goes before it is the article's
    ("Die Grünen in Wien üben Kritik an der Reform: Sie führe die Matura ad absurdum, so Bildungssprecher Walser.",
     "Kritik"),
])
def test_a_speech_act_the_article_tells_is_asserted(text, trigger):
    ev = next(e for e in analyze(text, lang="de").to_json()["events"] if e["trigger"][2] == trigger)
    assert ev["status"] == "asserted"


@pytest.mark.parametrize(("text", "lang", "status"), [
    # another's act that a cue reports keeps the cue's status (second diff review s23)
    ("Die Polizei in Wien bestätigte Drohungen gegen den Bürgermeister.", "de", "confirmed"),
    ("Die Kanzlerin widersprach damit einer Forderung Nigers nach einem Marshall-Plan für Afrika.", "de", "disputed"),
    ("As reported by the BBC, police in London arrested three suspects on Monday.", "en", "reported"),
])
def test_a_reported_act_of_another_keeps_the_claims_status(text, lang, status):
    ev = analyze(text, lang=lang).to_json()["events"][0]
    assert ev["status"] == status


def test_laut_at_a_clause_end_is_an_adjective():
    # "werden Vorwürfe laut": the accusations become loud; no source follows (s10 line 17)
    doc = analyze("Rund um einen Immobiliendeal der Stadt Wien werden Vorwürfe laut.", lang="de").to_json()
    assert not [c for c in doc["claims"] if c["cue"]] and doc["events"][0]["status"] == "asserted"


@pytest.mark.parametrize(("text", "claimed"), [
    # "nach" with a source noun of duration or with its target is a time, not a source (s23b line 12)
    ("Nach monatelangen Ermittlungen gegen eine Bande hatten Kriminalisten in Innsbruck drei Personen festgenommen.",
     False),
    ("Nach Ermittlungen der Polizei wurden in Innsbruck drei Personen festgenommen.", True),
])
def test_nach_months_of_investigation_is_a_time(text, claimed):
    doc = analyze(text, lang="de").to_json()
    assert bool([c for c in doc["claims"] if c["cue"]]) == claimed


@pytest.mark.parametrize(("text", "speaker"), [
    ("Die beiden Parteien sind erstmals gemeinsam angetreten. Beide fordern eine stärkere Autonomie Korsikas.",
     "Beide"),  # a quantifier alone in the prefield speaks; "eine … Autonomie" after a plural verb is the object
    ("Eine Reform fordern die Grünen.", "Grünen"),  # an indefinite thing before a plural cue is fronted
    ("Insidern zufolge fordern die Gläubiger, dass Griechenland mehr Reformen umsetzt.", "Gläubiger"),  # a source
])
def test_the_subject_of_a_demand_is_no_fronted_thing(text, speaker):
    ev = next(e for e in analyze(text, lang="de").to_json()["events"] if e["type"] == "REQUEST")
    assert ev["source"] is not None and speaker in ev["source"]["text"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Menschenrechtler werfen Erdogan Machtmissbrauch vor.", "Menschenrechtler"),  # people in the prefield speak
    ("Die Regierung fordert eine Reform.", "Die Regierung"),
    ("Beide rief der Generalsekretär zur Mäßigung auf.", "der Generalsekretär"),  # a singular verb: "Beide" is object
    ("Kowalski hatte laut Polizei gefordert, die Grenze zu schließen.", "Kowalski"),  # the source phrase follows
    ("Den Rücktritt des Ministers forderten ein Bündnis aus Gewerkschaften und mehrere Sozialverbände.",
     "ein Bündnis"),  # the prefield is the object: the indefinite phrase after the plural verb is the subject
])
def test_a_subject_in_the_prefield_stays_the_speaker(text, speaker):
    ev = next(e for e in analyze(text, lang="de").to_json()["events"] if e["type"] in ("REQUEST", "ACCUSE"))
    assert ev["source"] is not None and ev["source"]["text"].startswith(speaker)


@pytest.mark.parametrize(("text", "speaker"), [
    # a singular abstract noun after a plural verb is its object, not the speaker who stands before it (here in a
    # prefield the reader does not take as one noun phrase); a plural one after the verb may be the subject
    ("Nicht nur Oppositionsparteien, auch Spitzenpolitiker der PD fordern mittlerweile die Auflösung der "
     "Stadtregierung.", None),
    ("Nun fordern die Gewerkschaften die Auflösung der Stadtregierung.", "die Gewerkschaften"),
    ("Nun fordern Organisationen die Auflösung der Stadtregierung.", "Organisationen"),
])
def test_a_singular_abstract_noun_after_a_plural_cue_is_no_speaker(text, speaker):
    ev = next(e for e in analyze(text, lang="de").to_json()["events"] if e["type"] == "REQUEST")
    assert (ev["source"] or {}).get("text") == speaker


def test_a_document_that_demands_is_no_fronted_object():
    ev = next(e for e in analyze("Die Resolution fordert Russland auf, seine Truppen abzuziehen.",
                                 lang="de").to_json()["events"] if e["type"] == "REQUEST")
    assert ev["source"] is None or ev["source"]["text"] != "Russland"


@pytest.mark.parametrize(("text", "cue", "has_speaker"), [
    # "sein" with the participle of a cue closing its clause is a state after it: its subject is no speaker
    ("Toifl selbst ist der Beweismittelfälschung beschuldigt.", "beschuldigt", False),
    # a cue whose perfect takes "sein" keeps its subject (SpkAtt, "davon ausgegangen")
    ("Bisher waren die Wissenschaftler davon ausgegangen, dass die Menschen Fleisch aßen.", "ausgegangen", True),
])
def test_a_stative_passive_cue_has_no_speaker(text, cue, has_speaker):
    c = cued(run(text), cue)
    assert (c["speaker_span"] is not None) == has_speaker


@pytest.mark.parametrize(("text", "cue"), [
    # third diff review of session 27: a noun cue, a past form and an acronym "IST" are no stative passive
    ("Der Minister ist der Ansicht, dass die Steuern sinken müssen.", "Ansicht"),
    ("Die Lage sei ernst, wie er am Mittwoch bei einem Vortrag am IST Austria erläuterte.", "erläuterte"),
])
def test_no_stative_passive_without_a_cue_participle(text, cue):
    assert cued(run(text), cue)["speaker_span"] is not None


@pytest.mark.parametrize(("text", "cue"), [
    # fourth diff review of session 27: any verb cue's participle with "sein" is a state (a capitalised "Ist" too),
    # and a noun cue other than a view in the genitive, and no von-phrase inside its clause is its agent
    ("Die Polizei war über die Lage informiert.", "informiert"),
    ("Ist ein neues Echo gemeldet, reagiert die Regierung.", "gemeldet"),
    ("Es war einhellige Meinung, dass die Reform scheitert.", "Meinung"),
    ("Zudem sei auf die Aussagekraft von Benchmarks hingewiesen.", "hingewiesen"),
])
def test_a_stative_cue_has_no_speaker(text, cue):
    assert cued(run(text), cue)["speaker_span"] is None


def test_a_stative_confirmation_stays_a_claim():
    assert cued(run("Drei Tote sind bestätigt."), "bestätigt")["status"] == "confirmed"


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    # a view held in the genitive, with an article or a strong adjective, is the subject's (fifth diff review)
    ("Die Parteien sind geteilter Meinung, ob die Reform kommt.", "Meinung", "Die Parteien"),
    ("Die Opposition ist guter Hoffnung, dass die Reform kommt.", "Hoffnung", "Die Opposition"),
])
def test_a_view_in_the_genitive_is_held_by_the_subject(text, cue, speaker):
    assert (cued(run(text), cue)["speaker_span"] or [None, None, None])[2] == speaker


def test_a_von_phrase_after_a_superlative_is_no_agent():
    # "am öftesten von allen Medien" compares; the Press Council is who reprimands (s26b line 13, s28f line 10)
    claims = run("Im Vorjahr wurde die Kronen Zeitung mit 16 Verstößen am öftesten von allen Medien vom Presserat "
                 "gerügt.")["claims"]
    assert [c["speaker_span"][2] for c in claims if c["cue"]] == ["vom Presserat"]


@pytest.mark.parametrize(("text", "cue", "said"), [
    # an adverbial that fills the prefield says when or why; the object in the middle field is what was said
    ("Dann hatten drei Gewerkschaften zu Streiks aufgerufen.", "aufgerufen", "zu Streiks"),
    ("Im Jänner hat der Minister seinen Rücktritt verkündet.", "verkündet", "seinen Rücktritt"),
    # a phrase opened by a preposition the cue may govern is what is said
    ("Zu Streiks hatten drei Gewerkschaften für Montag aufgerufen.", "aufgerufen", "Zu Streiks"),
])
def test_an_adverbial_prefield_is_not_what_a_closing_cue_reports(text, cue, said):
    claim = next(c for c in run(text)["claims"] if c["cue"] and c["cue"][2] == cue)
    assert claim["content"][2] == said


@pytest.mark.parametrize(("text", "speaker"), [
    # a headline that opens with a source and a colon reports what follows
    ("Polizei: Drei Demonstranten festgenommen.", "Polizei"),
    ("NGO: 198 Zivilisten binnen fünf Monaten getötet.", "NGO"),
    ("Obama: Wir werden den IS besiegen.", "Obama"),
])
def test_a_source_label_before_a_colon_reports_what_follows(text, speaker):
    claim = next(c for c in run(text)["claims"] if c["cue"])
    assert (claim["speaker_span"][2], claim["cue"][2], claim["status"]) == (speaker, ":", "reported")


@pytest.mark.parametrize("text", [
    # a topic before a colon is no source
    "Syrien: Luftangriffe auf Aleppo.",
    "Brexit: Was jetzt passiert.",
    # a possessive names the speaker's message, not a source
    "Der Minister sprach in Wien. Seine Botschaft: Wir müssen die Grenzen sichern.",
    # a capital where something happened, a country's name that ends like a label, a district, a question, and a
    # person the words after the colon describe
    "Kiew: Russische Truppen haben die Stadt beschossen.",
    "Kongo: Rebellen greifen Goma an.",
    "Landkreise: Mehr Flüchtlinge aufgenommen.",
    "Deutsche Welle: Wie viele Kinder sind betroffen?",
    "Erdogan: Türkischer Präsident besucht Berlin.",
    "US-Präsident Donald Trump: Auch beim Golfen lügt er.",
])
def test_a_topic_before_a_colon_is_no_source(text):
    assert not [c for c in run(text)["claims"] if c["cue"]]


@pytest.mark.parametrize(("text", "word", "cued"), [
    # reported speech runs on past a fronted phrase and the clause that depends on it (s32f line 26)
    ("Den Vorschlag lehnte Platter ab. Es könne nicht sein, dass das Land zahle, sagte er. Auch sein Vorschlag, dass "
     "Tirol selbst einen Hubschrauber ankaufe, sei abgelehnt worden.", "abgelehnt", True),
    # a present subjunctive no indicative shares is reported speech even where no speaker is named near
    # (s30 line 46)
    ("Mit 14 Jahren überquerte er erneut die Grenze zur Türkei. Doch viermal sei er an den bulgarischen Patrouillen "
     "gescheitert.", "gescheitert", True),
    # not a past plural the subjunctive shares with the indicative
    ("Die Parteien stritten. Die Sozialisten hielten sich an die Front, die Republikaner lehnten sie ab.", "lehnten",
     False),
])
def test_subjunctive_speech_runs_on(text, word, cued):
    at = text.index(word)
    claims = [c for c in run(text)["claims"] if c["content"][0] <= at < c["content"][1]]
    assert any(c["status"] == "reported" for c in claims) == cued


@pytest.mark.parametrize("text", [
    # wishes, formulas, imperatives and the first person are no reported speech of no one named (second diff
    # review of session 33)
    "Die Armee griff das Dorf an. Gott sei Dank wurde bei dem Angriff niemand verletzt.",
    "Die Lage ist angespannt. Sei es aus Angst, sei es aus Kalkül: Russland hat Truppen verlegt.",
    "Die Lage ist angespannt. Möge der Waffenstillstand halten.",
    "Die Wahl rückt näher. Ich persönlich werde Van der Bellen wählen.",
    "Die Armee rückte vor. Die Soldaten beschlagnahmten dort Tonnen von Wolle.",
])
def test_formulas_and_the_first_person_are_no_reported_speech(text):
    assert all(c["form"] != "continued" for c in run(text)["claims"])


@pytest.mark.parametrize("text", [
    # "X sei es, …" and a verb-first condition go on with the reported speech (third diff review of session 33)
    "Der Minister sagte, die Lage sei ernst. Ziel sei es, die Grenzen zu sichern.",
    "Der Minister sagte, die Lage sei ernst. Komme es zu keiner Einigung, werde man klagen.",
    "Der Minister sagte, die Lage sei ernst. Die Flüchtlinge, die in Ungarn festsitzen, müssten versorgt werden.",
])
def test_reported_speech_runs_on_into_formula_like_sentences(text):
    assert [c["speaker_span"][2] for c in run(text)["claims"] if c["form"] == "continued"] == ["Der Minister"]


@pytest.mark.parametrize(("text", "cues"), [
    # a verb of judging with an article object and its adjective has said its words: the clause after the comma is
    # the next act, told in the article's voice (hand checks: "er mahnt …" came out reported)
    ("Bundespräsident Heinz Fischer findet den Streit besorgniserregend, er mahnt die Regierung zur Zusammenarbeit.",
     ["mahnt"]),
    # a pronoun object points to what follows; no object: the clause after the comma is what is found
    ("Fischer findet es gut, dass die Regierung handelt.", ["findet"]),
    ("Fischer findet, die Regierung müsse handeln.", ["findet"]),
])
def test_a_judging_verb_with_its_object_and_adjective_reports_nothing_after_it(text, cues):
    claims = analyze(text, lang="de").to_json()["claims"]
    assert [c["cue"][2] for c in claims if c["cue"]] == cues
