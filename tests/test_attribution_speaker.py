"""Speaker resolution of German claims: which words name the source (SpkAtt conventions)."""

from __future__ import annotations

import pytest
from test_claims import cued, run  # the claims tests' cached analysis and one-claim lookup


@pytest.mark.parametrize(("text", "cue", "spk"), [
    ("Dabei erhoffen sich die Veranstalter einen großen Andrang am Wochenende.", "erhoffen", "die Veranstalter"),
    ("Im Schreiben habe sich der Bürgermeister über die Landesregierung beschwert.", "beschwert",
     "der Bürgermeister"),
])
def test_a_reflexive_pronoun_before_the_subject_is_no_part_of_the_speaker(text, cue, spk):
    """"erhoffen sich die Veranstalter": the verb's reflexive pronoun stands between the verb and the subject; the
    speaker is the noun phrase after it."""
    assert cued(run(text), cue)["speaker_span"][2] == spk


def test_a_reflexive_pronoun_before_the_speaker_is_no_object():
    """"erhoffen sich die Veranstalter einen Andrang": the object after the speaker is the content, not "sich"."""
    claim = cued(run("Dabei erhoffen sich die Veranstalter einen großen Andrang."), "erhoffen")
    assert claim["content"][2].startswith("einen großen Andrang")


def test_reported_speech_after_demnach_goes_on_with_the_named_source():
    """"Laut dem Magazin … . Demnach … . Üblicherweise sei …": "Demnach" is its own source and names no one; the
    subjunctive sentence after it goes on with the named source a sentence before."""
    a = run("Laut dem Nachrichtenmagazin Focus ist es zu weiteren Zwischenfällen gekommen. Demnach haben "
            "Kampfflugzeuge "
            "die Hubschrauber mit ihrem Radar erfasst. Üblicherweise sei dies der letzte Schritt vor einem Schuss.")
    claim = next(c for c in a["claims"] if c["form"] == "continued")
    assert claim["speaker_span"][2] == "dem Nachrichtenmagazin Focus"


def test_reported_speech_after_a_named_source_phrase_keeps_it():
    """A source noun with its own words ("Augenzeugenberichten zufolge") stays the source of the speech after it."""
    a = run("Der Minister sagte, die Lage sei ruhig. Augenzeugenberichten zufolge brannten mehrere Häuser. "
            "Die Polizei sei erst spät eingetroffen.")
    claim = next(c for c in a["claims"] if c["form"] == "continued")
    assert claim["speaker_span"][2] == "Augenzeugenberichten"


@pytest.mark.parametrize(("text", "cue", "spk"), [
    ("Der Verband, der die Gespräche geleitet hatte, begründete die Absage damit, dass die Zeit fehle.",
     "begründete", "Der Verband"),
    ("Die Staatsanwältin, die den Fall seit Monaten betreut, nannte die Vorwürfe „ haltlos “.", "nannte",
     "Die Staatsanwältin"),
])
def test_a_subject_before_a_relative_clause_is_the_speaker_not_the_object_after_the_verb(text, cue, spk):
    """"Der Verband, der …, begründete die Absage": the noun phrase before the relative clause fills the prefield
    and is the subject; "die Absage" after the verb is the object."""
    assert cued(run(text), cue)["speaker_span"][2] == spk


def test_a_known_actor_after_the_verb_stays_the_speaker_when_the_prefield_names_none():
    """"Die Zahl der Opfer, die …, bezifferte die Agentur Reuters mit 13": the phrase before the relative clause
    names no actor (it is the object); the agency after the verb speaks."""
    a = run("Die Zahl der Opfer, die bei den Unruhen getötet worden sein sollen, bezifferte die Nachrichtenagentur "
            "Reuters mit 13.")
    assert cued(a, "bezifferte")["speaker_span"][2].endswith("Reuters")


@pytest.mark.parametrize(("text", "spk"), [
    ("Die Ministerin sagte, der Plan sei fertig. Mit Vorschlägen zur weiteren Finanzierung hält sich die Ministerin "
     "zurück. So sei im Entwurf noch keine Summe genannt worden.", "die Ministerin"),
    ("Der Bericht liegt seit Montag vor. Trotz gesunkener Zahlen gibt die Polizei keine Entwarnung. Die Lage sei "
     "weiterhin angespannt.", "die Polizei"),
])
def test_reported_speech_goes_on_with_a_subject_after_the_verb(text, spk):
    """"Mit Vorschlägen … hält sich die Ministerin zurück. So sei …": an adverbial fills the prefield of the sentence
    before, and its subject follows the finite verb; the subjunctive sentence goes on with that subject."""
    claim = next(c for c in run(text)["claims"] if c["form"] == "continued")
    assert claim["speaker_span"][2] == spk


def test_reported_speech_goes_on_with_a_name_that_spoke_before():
    """"…, so Berger. Mit Kritik … hält sich Berger zurück. So sei …": a name the article already gave words to is
    a subject that holds something (no actor or role noun needed)."""
    a = run("„Das Gesetz geht zu weit“, so Berger. Mit Kritik an der Videoüberwachung hält sich Berger zurück. "
            "So sei im Entwurf eine Formulierung gewählt worden, die dem Anliegen Rechnung trage.")
    claim = next(c for c in a["claims"] if c["form"] == "continued")
    assert claim["speaker_span"][2] == "Berger"


def test_an_object_after_the_verb_is_no_subject_that_speech_goes_on_with():
    """"Am Montag traf den Minister …": an object after the verb is no subject; no speaker is taken from it."""
    a = run("Am Montag traf den Minister ein schwerer Vorwurf. Die Lage sei ernst.")
    assert not any(c["form"] == "continued" and c["speaker_span"] for c in a["claims"])


def test_reported_speech_goes_on_with_a_subject_before_its_apposition_and_relative_clause():
    """"Der Kommissar der EU, Max Muster, der sich seit Mittwoch …, um …, durfte nicht …": the subject with its
    apposition is the speaker of the subjunctive sentence after it."""
    a = run("Die Organisation warnt vor einer Hungersnot. Der Kommissar der Europäischen Union, Max Muster, der sich "
            "seit Mittwoch im Land aufhält, um die Regierung zu überzeugen, durfte nicht in das Gebiet reisen. Die "
            "Behörden hätten eine Genehmigung erst für Samstag erteilt.")
    claim = next(c for c in a["claims"] if c["form"] == "continued")
    assert claim["speaker_span"][2] == "Der Kommissar der Europäischen Union, Max Muster"


@pytest.mark.parametrize("text", [
    "Der frühere Sprecher des Vereins, Max Muster, war nach eigenem Bekunden seit langem eingeweiht. Der Rücktritt sei "
    "ein natürlicher Vorgang.",
    "Der Direktor der Behörde, Max Muster, erklärte, das Land besitze seiner Meinung nach mehrere Waffen. Die Behörde "
    "gehe davon aus, dass weitere folgen.",
])
def test_speech_going_on_after_an_own_source_takes_the_subject(text):
    """"X war nach eigenem Bekunden …. Der Rücktritt sei …": "eigenem Bekunden" and "seiner Meinung" stand for the
    subject; in the next sentence the speech goes on with the subject, not the possessive phrase."""
    claim = next(c for c in run(text)["claims"] if c["form"] == "continued")
    assert claim["speaker_span"][2].endswith("Max Muster")


def test_a_possessive_source_before_the_subject_does_not_hand_on_to_that_subject():
    """"Ihrer Meinung nach hat die Regierung versagt": "Ihrer" points back to the minister; the government it
    criticises does not become the speaker of the speech that goes on."""
    a = run("Die Ministerin kritisierte den Plan scharf. Ihrer Meinung nach hat die Regierung versagt. Die Reform sei "
            "gescheitert.")
    claim = next(c for c in a["claims"] if c["form"] == "continued")
    assert "Regierung" not in claim["speaker_span"][2]


def test_speech_going_on_after_dem_vernehmen_nach_takes_the_named_source_before():
    """"Wie die Polizei bekannt gab, … . Dort treffen sich dem Vernehmen nach … . Es sei …": "dem Vernehmen" (an article
    and a source noun) names no one; the subjunctive goes on with the police."""
    a = run("Wie die Polizei bekannt gab, wird es künftig mehr Kontrollen geben. Dort treffen sich dem Vernehmen nach "
            "stark alkoholisierte Gruppen. Es sei wiederholt zu Diebstählen gekommen.")
    claim = next(c for c in a["claims"] if c["form"] == "continued")
    assert claim["speaker_span"][2] == "die Polizei"
