"""Discourse: which sentences are the author's commentary rather than reports of events.

A sentence is commentary when it speaks in the first person plural/singular ("sollte uns
mahnen", "we must") or contains an opinion marker (``opinion_marker`` in closed_classes.tsv:
"es wird deutlich", "zeigt sich", "in my view"). Events are not coded from commentary, and
claims found there are the author's own.
"""

from __future__ import annotations

from ..model import Doc
from ..pipeline import Resources
from .syntax import quote_spans


class OpinionDetector:
    name = "discourse"
    requires = ("tokens", "words", "sentences")
    assigns = ("opinion_sentences",)

    def __call__(self, doc: Doc, res: Resources) -> None:
        lex = res.lex(doc.lang)
        markers = lex.closed_phrases.get("opinion_marker")
        doc.opinion_sentences = set()
        quoted = {k for q0, q1 in quote_spans(doc) for k in range(q0, q1)}
        for k, (a, b) in enumerate(doc.sentence_tokens):
            for i in range(a, b):
                if i in quoted:
                    continue
                if _first_person(doc, lex, i) or (markers is not None and markers.match(doc.words, i)):
                    doc.opinion_sentences.add(k)
                    break


def _first_person(doc: Doc, lex, i: int) -> bool:
    """A first-person pronoun as written: not "US" (the country) nor "I" in "World War I"."""
    tok = doc.tokens[i]
    if not lex.is_("first_person", doc.words[i]) or (tok.text.isupper() and len(tok.text) > 1):
        return False
    roman_numeral = tok.text == "I" and i > 0 and doc.tokens[i - 1].text[:1].isupper()
    return not roman_numeral
