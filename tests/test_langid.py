"""Language identification: German and English analysed, others identified and reported."""

from __future__ import annotations

import pytest

from lagebild.stages.langid import identify

SAMPLES = {
    "de": "Die Regierung hat am Montag bestätigt, dass die Truppen aus der Region abgezogen werden.",
    "en": "The government confirmed on Monday that the troops would be withdrawn from the region.",
    "fr": "Le gouvernement a confirmé lundi que les troupes seront retirées de la région.",
    "es": "El gobierno confirmó el lunes que las tropas serán retiradas de la región.",
    "ru": "Правительство в понедельник подтвердило, что войска будут выведены из региона.",
    "uk": "Уряд у понеділок підтвердив, що війська будуть виведені з регіону і області.",
}


@pytest.mark.parametrize(("lang", "text"), SAMPLES.items())
def test_identifies_language(lang, text):
    assert identify(text)[0] == lang


def test_no_letters_is_undetermined():
    assert identify("12345 !!! 678")[0] == "und"
