"""Claims: who says what, through which cue, and how sure (DESIGN.md §3).

Cues come from ``lang/<xx>/cues.tsv``: speech verbs (with separated particles, "gab … bekannt",
and required words, "spricht … von"), impersonal passives ("wird spekuliert", "it is feared"),
source nouns after "nach"/before "zufolge" ("nach Berichten westlicher Geheimdienste"),
prepositions ("laut", "according to"), direct quotes, and reportative modals ("sollen").

The speaker is the first actor of the cue's clause that is not inside a prepositional phrase or a
genitive; failing that a personal pronoun or a definite description ("der Sprecher", "das
Ministerium") resolved to the nearest compatible earlier actor; impersonal cues have none. The
content is the dass/that clause, the quote, the von-phrase of "spricht von", the clause around a
source phrase, or what remains of the cue clause. Status comes from the cue, hedges from
``hedges.tsv`` inside the content.

:class:`ClaimEventLinker` runs after event coding: events inside a claim's content belong to it
and inherit its status; events outside any claim get an ``asserted`` claim (the article's voice).
"""

from __future__ import annotations

import dataclasses

from ..lang.lexicon import Cue, Lexicon
from ..model import Claim, Doc
from ..pipeline import Resources
from .entities import PLURAL, add_mention, antecedent, demonym
from .events import SPEECH_ACT_TYPES, dateline_dash, recode_announced, same_act
from .syntax import (
    AUXILIARY_CORE,
    NOT_ADJECTIVE_CLASSES,
    abstract_noun,
    adjective_before_noun,
    after_superlative,
    attributive_participle,
    bare_infinitive,
    ceased,
    clause_range,
    closing_question,
    framing_clause,
    has_word,
    in_time,
    last_word,
    nominative_person,
    oblique_feminine,
    other_particle_verb,
    own_question,
    past_participle,
    quote_spans,
    refs_between,
    separated_particle,
    slot,
    zu_infinitive,
)

PP_REACH = 3  # tokens of a prepositional phrase between a noun and the comma of its relative clause ("in Genf")
SPEECH_OBJECT_REACH = 3  # tokens from a cue to the speech-act noun that is its object ("formulierte eine Kritik")
REPORT_REACH = 1  # sentences back to the source that a reportative modal ("soll") without one goes on with
CONTINUE_REACH = 2  # sentences back to the claim that a subjunctive sentence without a cue goes on with
MAX_SOURCE_PHRASE = 8  # tokens of a noun phrase before ", wonach" taken as the source
DEMONSTRATIVE_GENDERS = frozenset({"m", "f", "n", "pl"})  # a demonstrative subject points at the nearest actor
LABEL_WORDS = 3  # words of a source before a colon that opens a sentence ("Präsident Peña Nieto: …")
LABEL_SUFFIX = 6  # letters a source_label word needs to count as a compound's end ("Mobilitätsstudie"; not "Kongo")
LABEL_TOPIC_REACH = 6  # words after a person's label in which a pronoun makes the person the topic (a role noun: two)
#: Closed classes of words that open an adverbial, not an object, in a German prefield ("Dann", "Im Streit …").
ADVERBIAL_OPENERS = ("preposition", "sentence_adverb", "clause_adverb")
#: Closed classes of prepositions a cue may govern: a phrase they open in the prefield may be what is said ("Zu Streiks
#: hatten drei Gewerkschaften für Montag aufgerufen", "Von einem Angriff hatte die Zeitung berichtet").
CUE_PREPOSITIONS = ("request_preposition", "content_preposition", "warning_preposition")

#: Closed classes of finite verbs and auxiliaries: a clause they open has no subject before its verb.
MAX_QUOTED_TERM = 8  # words of a quoted name or term inside a clause ("den „Berlusconi-Club“ AC Mailand")
VERB_CLASSES = (*AUXILIARY_CORE, "conditional_verb_first")
#: Auxiliaries and modals that may close a verb-final clause after its verb, or open the clause around it again
#: ("…, die gemeldet *wurden*, *sollten* …").
CLOSING_VERBS = ("aux_perfect", "aux_passive", "future_aux", "modal_verb")
MAX_QUOTED_NAME = 3  # words of a name in quotes read whole in a noun phrase ("„heise online“")
MAX_INSERTION = 9  # tokens of an insertion in commas between a verb and its separated particle
MAX_SPEAKER_GAP = 4  # tokens from a cue to a colon that announces the rest of the sentence ("sagte der Minister:")
MAX_PREFIELD = 18  # tokens of clauses in commas before a reported clause that opens with its subjunctive verb


def _noun_endings(lex: Lexicon) -> tuple[str, ...]:
    """The source nouns of a language, as endings of compounds ("Regierungs-angaben")."""
    cached = lex.__dict__.get("_noun_endings")
    if cached is None:
        cached = tuple(sorted(w for w, cues in lex.cues.items() if len(w) >= 4 and any(c.kind == "noun" for c in cues)))
        lex.__dict__["_noun_endings"] = cached
    return cached


class _Extractor:
    def __init__(self, doc: Doc, res: Resources):
        self.doc, self.res = doc, res
        self.lex: Lexicon = res.lex(doc.lang)
        self.words = doc.words
        self.claims: list[Claim] = []
        self.quote_spans = quote_spans(self.doc)
        self.actor_tokens: set[int] | None = None
        self.cue_of: dict[int, tuple[Cue, list[int]]] = {}  # id(claim) -> the cue and its tokens it was made from
        self.noun_endings = _noun_endings(self.lex)

    # -- cue detection ---------------------------------------------------------------
    def verb_cue(self, i: int) -> tuple[Cue, list[int]] | None:
        """A verb cue at token i with its particle/required word present in the clause."""
        cues = self.lex.cues.get(self.words[i])
        if not cues:
            return self.split_cue(i)
        a, b, clause_kind = clause_range(self.doc, i)
        s0, s1 = self.doc.sentence_tokens[self.doc.token_sentence[i]]
        found: list[tuple[tuple, Cue, list[int]]] = []  # cues with their particle: one in the verb's clause before
        # one after an insertion ("gibt an, … zu bombardieren" is "angeben", not "zugeben"), the first that closes its
        # conjunct before others ("gab den Angriff zu und kündigte … an" is "zugeben"; "warfen sich ein böses Spiel
        # vor" is "vorwerfen"); where particles close the clause (German; English: the file's order)
        for cue in sorted(cues, key=lambda c: not c.particle):  # "sagte … voraus" before "sagte"
            if found and not cue.particle:
                break
            if cue.kind not in ("verb", "impersonal"):
                continue
            if self.doc.tokens[i].text[:1].isupper() and (i > s0 or self.lex.setting("nouns_capitalised") and any(
                    c.kind == "noun" for c in cues)):
                continue  # a capitalised form is a noun or a name ("das Sagen", "United States"), not the verb;
                # a German source noun opening the sentence too ("Berichten zufolge …")
            if self.in_actor(i):
                continue
            if self.question_verb(i, a, s1):
                continue  # "Befürchten Sie Einschnitte?": a question asks, it reports nothing
            if not cue.particle and attributive_participle(self.doc, self.lex, i, s1):
                continue  # "mit international scharf kritisierten Luftangriffen": an adjective
            if i > s0 and self.lex.is_("determiner", self.words[i - 1]) and not (
                    self.lex.setting("nouns_capitalised") and self.doc.tokens[i].text[:1].islower()):
                continue  # "the demand", "a claim": a noun, not the verb ("Das berichten …": a German verb)
            if self.hedging_adjective(i, s1):
                continue  # "two alleged spies": the adjective hedges its noun
            if self.infinitive(i, a):
                continue  # "um die Pläne vorzustellen", "will am Montag mitteilen": no speech made (yet)
            if i > s0 and not self.lex.setting("nouns_capitalised") and not self.words[i - 1].endswith("s") \
                    and demonym(self.words[i - 1], self.doc, self.res) is not None:
                continue  # "Russian claims": a noun after a demonym adjective ("Russians claim" is the verb)
            if not cue.particle and self.doc.tokens[i].text[:1].islower() and other_particle_verb(
                    self.doc, self.lex, i, min(b + 1, s1)):
                continue  # "fordert Russland heraus" is "herausfordern", no demand
            toks = [i]
            if cue.particle:
                k = None
                if cue.kind == "impersonal":  # "hieß es", "es hieß"; else a particle that closes the clause
                    k = next((k for k in (i - 1, i + 1) if s0 <= k < s1 and self.words[k] == cue.particle), None)
                if k is None:
                    k = next((k for k in range(i + 1, min(b + 1, s1)) if self.words[k] == cue.particle
                              and separated_particle(self.doc, self.lex, k, min(b + 1, s1))), None)
                    if k is None:
                        k = (self.particle_after_insertion(b, s1, cue.particle) or (None, 0))[0]
                if k is None:
                    continue
                toks.append(k)
            if not self.completed(cue, i, a, b, clause_kind, s0, s1):
                continue  # "beschloss, dass …" reports; "beschloss den Haushalt" does not
            if cue.not_with and (any(self.words[k].rsplit("-", 1)[-1] in cue.not_with
                                     and not self.in_prepositional_phrase(k, a) for k in range(a, b))
                                 or ABSTRACT_MARK in cue.not_with and self.abstract_subject(a, i, b)) \
                    and not self.speech_follows(b, s1):
                continue  # "Ihm drohen zehn Jahre Haft", "droht eine EU-Strafe" (a hyphenated compound by its
                # last part), "Damit droht eine Verwässerung" (``@abstract``): a risk;
                # "drohte mit Haft" stays a threat; "meinte damit, die Regierung habe versagt" reports its own clause
            if cue.without and not cue.without.isdisjoint(self.words[max(a, i - 3):i]):
                continue  # "zum Völkermord erklärt", "kurz gesagt": not a speech verb here
            if not cue.particle or not self.lex.setting("particle_at_clause_end"):
                return cue, toks
            k = toks[1]
            closes = k + 1 >= s1 or self.doc.tokens[k + 1].kind == "punct" or self.lex.is_(
                "coordinator", self.words[k + 1])
            found.append(((k <= b, closes, -k if closes else k), cue, toks))
        if found:
            _rank, cue, toks = max(found, key=lambda f: f[0])
            return cue, toks
        return self.split_cue(i)  # "gab" without a particle after it: perhaps "bekannt gab"

    def speech_follows(self, b: int, s1: int) -> bool:
        """Whether the clause after a comma at token b reads as reported speech (:meth:`reported_clause`): "meinte
        damit, die Regierung habe versagt"."""
        if b >= s1 or self.doc.tokens[b].text != ",":
            return False
        c = self.doc.token_clause[b + 1] if b + 1 < s1 else -1
        # ("die Regierung habe …" opens with a word the segmenter also reads as a relative pronoun)
        return c >= 0 and self.doc.clauses[c][2] in ("main", "rel") and self.reported_clause(b + 1,
                                                                                             self.doc.clauses[c][1])

    def question_verb(self, i: int, a: int, s1: int) -> bool:
        """Whether the verb at token i opens its clause in a sentence that ends with a question mark (a yes/no question:
        "Befürchten Sie drastische Einschnitte?", "…, glauben Sie, das dient nur dazu …?"; not "„…“, wirft er ihr
        vor, „wieso …?“", where the quote asks). Only where the verb of a statement comes second (German): a verb
        first asks."""
        if not self.lex.setting("verb_second"):
            return False
        while a < i and self.lex.is_("coordinator", self.words[a]):
            a += 1
        q = closing_question(self.doc, i)
        return a == i and q is not None and not any(
            q0 <= k < q1 for q0, q1 in self.quote_spans for k in (i, q))  # a quoted question is the quote's

    def infinitive(self, i: int, a: int) -> bool:
        """Whether the verb form at token i is an infinitive in its clause [a, i]: right after the
        ``infinitive_marker`` ("zu kritisieren"), or, not reading as a past participle, with a ``modal_verb``
        ("will am Montag mitteilen", "was er sich erhoffen konnte"). It names a speech act wanted, planned or
        possible, none that was made (a future auxiliary is no modal here: "wird morgen erklären, dass …"
        announces what will be said, a claim of its own). Only where the verb of a clause comes second (German):
        an English "to" also follows a reporting verb ("said to be")."""
        words = self.words
        if not self.lex.setting("verb_second"):
            return False
        if i > a and self.lex.is_("infinitive_marker", words[i - 1]):
            return True
        # the modal before it in a main clause, right after it where the clause ends with its verbs ("was sich X
        # erhoffen konnte")
        return not past_participle(self.lex, words[i]) and (any(self.lex.is_("modal_verb", w) for w in words[a:i]) or (
            i + 1 < len(words) and self.lex.is_("modal_verb", words[i + 1])))

    def document_source(self, a: int, b: int, toks: list[int]) -> tuple[str | None, int, int] | None:
        """The first phrase after a ``document_preposition`` in an impersonal cue's clause, the document or place
        where it is said ("heißt es im Abschlussbericht", "hieß es aus Paris"), with its preposition."""
        for j in range(a, b - 1):
            if j in toks or not self.lex.is_("document_preposition", self.words[j]):
                continue
            if j - 1 >= a and j < min(toks) and self.lex.setting("nouns_capitalised") \
                    and self.doc.tokens[j - 1].text[:1].isupper() and self.words[j - 1] not in self.lex.time \
                    and not any(self.lex.is_(c, self.words[j - 1]) for c in (
                        "contrast", "clause_conjunction", "coordinator", "sentence_adverb", "additive_particle",
                        "restrictive_particle")):
                continue  # "Den Männern aus Deutschland wird … vorgeworfen", "Flüchtlingen aus Syrien wird …": the
                # phrase is the noun's before it (not a day's, "wie am Dienstag aus einer Umfrage … hervorgeht", nor
                # after a conjunction or particle, "Aber aus dem Kreml hieß es")
            chain = self.chain_after(j + 1, b)
            if chain is not None and (j > min(toks) or chain[0] is not None or any(
                    c.kind == "noun" for w in self.words[j + 1:chain[2]] for c in self.lex.cues.get(w, ()))):
                # before the cue only a document ("In einer Mitteilung … heißt es") or an actor ("Aus Paris hieß
                # es"), not "Auf Anfrage hieß es …"
                return chain[0], j, chain[2]
        return None

    def split_cue(self, i: int) -> tuple[Cue, list[int]] | None:
        """A one-word particle verb written as two words, its separated particle and the verb ("wie die Bank
        bekannt gab", "wurde bekannt gegeben"): the cue of the joined form, on both tokens."""
        if i == 0 or self.doc.tokens[i - 1].kind != "word" or not self.doc.tokens[i - 1].text[:1].islower() \
                or self.doc.token_sentence[i - 1] != self.doc.token_sentence[i]:
            return None
        prefix = self.words[i - 1]
        cues = self.lex.cues.get(prefix + self.words[i], ())
        # the joined form's row names the same particle ("gab+bekannt"): "bekannt gab", not "nicht gab"
        cue = next((c for c in cues if c.kind == "verb" and not c.particle
                    and c.lemma.partition("+")[2] == prefix), None)
        if cue is not None and (cue.with_word or cue.needs):
            a, b, kind = clause_range(self.doc, i)
            s0, s1 = self.doc.sentence_tokens[self.doc.token_sentence[i]]
            if not self.completed(cue, i, a, b, kind, s0, s1):
                return None
        return (cue, [i - 1, i]) if cue is not None else None

    def completed(self, cue: Cue, i: int, a: int, b: int, kind: str, s0: int, s1: int) -> bool:
        """Whether the cue has what its row asks for: its ``with`` word ("rechnete damit") and a reported clause
        (``needs=clause``)."""
        if cue.with_word and not self.has_with_word(cue, a, b, s1):
            return False
        if cue.needs == "main":
            # an attitude its subject holds ("Die Polizei geht von Suizid aus"): only in an active main clause outside
            # a quote; not "wird von … ausgegangen" (no holder), "dass sie von … ausgingen", "„Wir gehen von … aus“"
            return kind == "main" and not any(q0 <= i < q1 for q0, q1 in self.quote_spans) \
                and not self.passive(a, b, i)
        return cue.needs != "clause" or self.reports_clause(i, a, b, kind, s0, s1)

    def has_with_word(self, cue: Cue, a: int, b: int, s1: int) -> bool:
        """Whether the cue's required word stands in its clause [a, b) ("spricht … von") or opens the clause after
        it ("wurde bekannt, dass …")."""
        if cue.with_word in self.words[a:b]:
            return True
        after = self.content_after(b, s1)
        return after is not None and self.words[after[0]] == cue.with_word

    def reports_clause(self, i: int, a: int, b: int, kind: str, s0: int, s1: int) -> bool:
        """Whether a verb at token i that is a cue only with words of its own to report (``needs`` clause: "beschloss",
        "zeigte sich besorgt") has them: outside a quote (there it is part of the quoted words: "„Wir sehen, dass
        …“"), in a main clause or a wie-clause (not in a relative or temporal one: "der entscheidet, ob …"), with a
        content clause (:meth:`has_content_clause`)."""
        if any(q0 <= i < q1 for q0, q1 in self.quote_spans):
            return False
        if kind in ("sub:wie", "sub:as"):
            return True  # "Wie die Zeitung erfuhr, …": the clause it comments on is reported
        return kind == "main" and self.has_content_clause(i, a, b, s0, s1)

    def has_content_clause(self, i: int, a: int, b: int, s0: int, s1: int) -> bool:
        """Whether the clause [a, b) of the verb at token i has words of its own to report: a quote next to it, a
        colon that ends it, a dass/ob or reported clause after it ("entschied, dass …", "zeigte sich besorgt, die Lage
        sei …"), or, when the verb opens the clause, a reported clause before it ("Die Lage sei ernst, zeigte sich X
        überzeugt"; not "Die Forderung, … zu sperren, wurde abgelehnt")."""
        if self.quote_before(a, s0) or self.quote_after(b, s1):
            return True
        if b >= s1 - 1 and self.doc.tokens[s1 - 1].text == ":" or b < s1 and self.doc.tokens[b].text == ":" and (
                b - i <= MAX_SPEAKER_GAP or self.cue_particle(i, b - 1)):
            return True  # "X hält zu den Stunden fest: Das schweißt zusammen"; not "droht X juristischer Ärger: …"
        after = self.content_after(b, s1)
        if after is not None and not self.judged_object(i, b) and (
                self.lex.is_("complementizer", self.words[after[0]]) or self.reported_clause(*after)):
            return True
        before = self.content_before(a, s0) if i == a else None
        return before is not None and (self.reported_clause(*before) or self.trailing_report(i, b, s1))

    def judged_object(self, i: int, b: int) -> bool:
        """Whether the verb at token i has in its own clause an object opened by an article and, closing the clause,
        the adjective it judges that object by ("findet den Streit besorgniserregend"): it has said its words, and
        the clause after its comma is none of them ("…, er mahnt die Regierung …"); not a pronoun object, which
        points to what follows ("findet es gut, dass …")."""
        words, lex = self.words, self.lex
        k = i + 1
        if k >= b - 1 or not (lex.is_("direct_case_article", words[k]) or lex.is_("oblique_article", words[k])):
            return False
        last = last_word(self.doc, k + 1, b)
        return last > k + 1 and self.doc.tokens[last].text[:1].islower() and not any(lex.is_(c, words[last]) for c in (
            "aux_perfect", "aux_passive", "future_aux", "modal_verb", "separable_prefix", "negation")) \
            and any(self.doc.tokens[j].text[:1].isupper() for j in range(k + 1, last))

    def cue_particle(self, i: int, k: int) -> bool:
        """Whether token k is the separated particle of the cue verb at token i ("hält … *fest*")."""
        return any(c.particle == self.words[k] for c in self.lex.cues.get(self.words[i], ()))

    def trailing_report(self, i: int, b: int, s1: int) -> bool:
        """Whether the verb at token i opens the last clause of its sentence, after a comma, and a name or a
        nominative noun phrase or pronoun follows it: a reporting clause after what it reports, even in the
        indicative ("Eine Orbanisierung findet nicht statt, hielt Klug fest"; not "…, hielt die Männer fest")."""
        doc = self.doc
        if b < s1 - 1 or i == 0 or doc.tokens[i - 1].text != "," or i + 1 >= s1:
            return False
        nxt, word = doc.tokens[i + 1], self.words[i + 1]
        if self.lex.is_("determiner", word):
            return self.lex.is_("subject_article", word)
        kind = self.lex.pronoun_kind(word)
        return kind == "personal" or nxt.kind == "word" and nxt.text[:1].isupper() and kind == ""

    def particle_after_insertion(self, b: int, s1: int, particle: str) -> tuple[int, int] | None:
        """A separated particle in the clause after one or two insertions in commas that end the verb's clause ("gab
        der Leiter des Amts, Max Muster, bekannt, …", "gab am Montag, dem 3. März, die Einstellung bekannt"):
        (its token, the comma that closes the insertions), or None. An insertion is short and opens no clause of
        its own (no subordinator or coordinator first, no verb last) and holds no cue."""
        doc, words = self.doc, self.words
        j = b
        for _hop in range(2):
            if j >= s1 or doc.tokens[j].text != ",":
                return None
            close = next((x for x in range(j + 1, min(j + 1 + MAX_INSERTION, s1)) if doc.tokens[x].text == ","), None)
            if close is None or close == j + 1 or any(self.lex.is_(c, words[j + 1]) for c in (
                    "subordinator", "complementizer", "coordinator")) \
                    or doc.tokens[close - 1].kind == "word" and doc.tokens[close - 1].text[:1].islower() \
                    or any(self.lex.cues.get(w) for w in words[j + 1:close]):
                return None  # a clause (its verb last: ", die er kannte,") is no insertion
            _a2, b2, _kind = clause_range(doc, close + 1) if close + 1 < s1 else (0, close + 1, "")
            stop = min(b2 + 1, s1)
            k = next((x for x in range(close + 1, stop) if words[x] == particle
                      and separated_particle(doc, self.lex, x, stop)), None)
            if k is not None:
                return k, close
            j = close
        return None

    def in_prepositional_phrase(self, k: int, a: int) -> bool:
        """Whether the noun at token k follows a preposition, with only articles, numbers and adjectives between
        ("mit einer langen Haftstrafe")."""
        j = k - 1
        while j >= a and k - j <= 4 and (
                self.lex.is_("determiner", self.words[j]) or self.doc.tokens[j].kind == "num"
                or self.words[j] in self.lex.numbers or self.doc.tokens[j].text[:1].islower()
                and self.words[j].endswith(self.lex.endings("adjective_ending") or ("\0",))
                and self.words[j] not in self.lex.cues and not self.lex.is_("preposition", self.words[j])):
            j -= 1
        return j >= a and self.lex.is_("preposition", self.words[j])

    def hedging_adjective(self, i: int, s1: int) -> bool:
        """Whether token i is a hedge of noun scope ("alleged") that opens a noun phrase, so no verb: at the
        sentence start, or after a number or a preposition, before a content word ("two alleged spies", "for
        alleged espionage"; not "Kyiv alleged Russian drones hit …")."""
        m = self.lex.hedges.match(self.words, i)
        if m is None or m[1][2] != "noun" or i + 1 >= s1 or self.doc.tokens[i + 1].kind != "word":
            return False
        s0 = self.doc.sentence_tokens[self.doc.token_sentence[i]][0]
        prev = self.words[i - 1] if i > s0 else ""
        if i > s0 and not (self.doc.tokens[i - 1].kind == "num" or prev in self.lex.numbers
                           or self.lex.is_("preposition", prev)):
            return False
        nxt = self.words[i + 1]
        return not (nxt in self.lex.pronouns or any(self.lex.is_(c, nxt) for c in (
            "determiner", "complementizer", "preposition")))

    def previous_speaker(self, k: int) -> tuple[str, int, int] | None:
        """"hieß es", "it said": the source of the claim just before (same or previous sentence) goes on speaking."""
        for c in reversed(self.claims):
            if c.sentence < k - 1:
                break
            if c.speaker_span:
                return self.speaker_of(c)
        return None

    def speaker_of(self, c: Claim) -> tuple[str | None, int, int] | None:
        """(entity id, first token, end token) of a claim's speaker, for a claim that goes on with it."""
        if not c.speaker_span:
            return None
        t0, t1 = self.doc.token_at(c.speaker_span[0]), self.doc.token_at(c.speaker_span[1] - 1) + 1
        own = self.lex.is_("own_marker", self.words[t0])
        if c.kind == "according" and (own or self.lex.pronoun_kind(self.words[t0]) == "possessive"):
            # "…, war nach eigenem Bekunden …", "X sei seiner Meinung nach …": the words stand for the sentence's
            # subject, whom the speech that goes on in another sentence names; a possessive only when that subject
            # stands before it ("Ihrer Meinung nach hat die Regierung versagt": "Ihrer" points back, not to the
            # government)
            subject = self.sentence_subject(c.sentence)
            if subject is not None and (own or subject[1] < t0):
                return subject
        return c.speaker, t0, t1

    def in_actor(self, i: int) -> bool:
        if self.actor_tokens is None:
            self.actor_tokens = {k for ts, te, _e, _m in self.doc.actor_refs for k in range(ts, te)}
        return i in self.actor_tokens

    def noun_cue(self, i: int) -> tuple[Cue, int, int] | None:
        """"nach Angaben/Berichten X", "laut X", "X zufolge", "according to X": (cue, start, end)."""
        w = self.words[i]
        cues = [c for c in self.lex.cues.get(w, ()) if c.kind in ("noun", "prep", "post", "tag", "relative",
                                                                  "anaphoric")]
        if not cues and self.lex.setting("compound_nouns") and len(w) > 8 and w.endswith(self.noun_endings) \
                and self.doc.tokens[i].text[:1].isupper():
            # a compound ending in a source noun: "Expertenmeinung", "Regierungsangaben"
            # endings of six letters or more: "Regierungsangaben", not "Flughafenaufsicht" ("Sicht")
            found = ([c for c in self.lex.cues.get(w[k:], ()) if c.kind == "noun"] for k in range(3, len(w) - 5))
            cues = next((nouns for nouns in found if nouns), [])
        if self.doc.lang == "en" and w == "according" and i + 1 < len(self.words) and self.words[i + 1] == "to":
            cues = [c for c in self.lex.cues.get("according", ()) if c.kind == "prep"]
            return (cues[0], i, i + 2) if cues else None
        for cue in cues:
            if cue.kind == "tag":  # "…, so der Sprecher.": after a comma, before the source's noun phrase
                after_comma = i > 0 and self.doc.tokens[i - 1].text == ","
                nxt = i + 1 < len(self.words) and self.doc.tokens[i + 1].kind == "word" and (
                    self.lex.is_("determiner", self.words[i + 1]) or self.name_like(i + 1)
                    or self.words[i + 1] in self.lex.pronouns)
                if after_comma and nxt:
                    return cue, i, i + 1
                continue
            if cue.kind == "relative":  # "Studien, nach denen …", "ein Bericht, wonach …"
                pronoun = cue.with_word == "relative"
                follows = i + 1 < len(self.words) and self.lex.is_("relative_pronoun", self.words[i + 1])
                if i > 0 and self.doc.tokens[i - 1].text == "," and (not pronoun or follows):
                    return cue, i, i + (2 if pronoun else 1)
                continue
            if cue.kind in ("prep", "anaphoric"):
                return cue, i, i + 1
            if cue.kind == "post":
                return cue, i, i + 1
            if cue.kind == "noun":
                start = self.source_preposition(i)
                if start is not None and (any(w.endswith(self.lex.endings("duration_ending")) for w in
                                              self.words[start + 1:i]) or i + 1 < len(self.words)
                                          and self.lex.is_("counter_preposition", self.words[i + 1])):
                    continue  # "Nach monatelangen Ermittlungen gegen eine Bande …": after, not according to
                if start is not None:  # "nach Angaben", "nach dessen Angaben", "Nach einer norwegischen Studie"
                    return cue, start, i + 1
                if i + 1 < len(self.words) and self.words[i + 1] in ("zufolge", "nach"):
                    return cue, i, i + 2  # "Angaben zufolge", "Seiner Meinung nach"
        return None

    def opinion_noun(self, i: int, s1: int) -> Cue | None:
        """A source noun or an opinion noun (kind ``opinion``: "Hoffnung", "Forderung") that a reported clause follows
        after a comma, with no source preposition ("vertritt die Ansicht, Clarkson habe …", "äußerte die Hoffnung,
        dass …"): the noun is the cue of the clause's subject."""
        cues = [c for c in self.lex.cues.get(self.words[i], ()) if c.kind in ("noun", "opinion")]
        if not cues or i + 2 >= s1 or self.doc.tokens[i + 1].text != "," or self.source_preposition(i) is not None:
            return None
        if self.lex.setting("nouns_capitalised") and not self.doc.tokens[i].text[:1].isupper():
            return None  # "Im Mittelpunkt stand, dass …": the verb, not the noun "Stand"
        a, b, _kind = clause_range(self.doc, i)
        after = self.content_after(b, s1)
        if after is None or not (self.lex.is_("complementizer", self.words[after[0]]) or self.reported_clause(*after)):
            return None
        if cues[0].kind == "opinion":
            if self.in_prepositional_phrase(i, a) or any(q0 <= i < q1 for q0, q1 in self.quote_spans) or any(
                    c.kind in ("verb", "impersonal") for w in self.words[a:i] for c in self.lex.cues.get(w, ())):
                return None  # "stand im Verdacht, …", a quote's words, "bestätigte den Verdacht, …" (the verb's)
            return dataclasses.replace(cues[0], kind="verb")
        return dataclasses.replace(cues[0], kind="verb")

    def spoken_by_other(self, claim: Claim, noun: int) -> bool:
        """Whether a claim cued by the noun at token noun has a speaker other than the noun's phrase, or the noun
        is a source noun ("Die Ansicht, …" names none; "Die Forderung, …" as the subject holds no one's view)."""
        if any(c.kind == "noun" for c in self.lex.cues.get(self.words[noun], ())):
            return True
        if claim.speaker_span is None:
            return False
        return not self.doc.token_at(claim.speaker_span[0]) <= noun < self.doc.token_at(claim.speaker_span[1] - 1) + 1

    def source_preposition(self, i: int) -> int | None:
        """Token of "nach"/"laut"/"gemäß" up to three words before a source noun, with only articles,
        possessives, adjectives and a name in the genitive ("Nach Grupps Meinung") in between; None if there is
        none."""
        j = i - 1
        while j >= 0 and j >= i - 4:
            w = self.words[j]
            if self.lex.is_("source_preposition", w):
                before = self.words[j - 1] if j > 0 and self.doc.token_sentence[j - 1] == self.doc.token_sentence[j] \
                    else ""
                if self.lex.is_("temporal_preposition", w) and (
                        self.lex.time.get(before, ("",))[0] == "relunit" or self.lex.is_("time_degree", before)):
                    return None  # "Zwei Monate nach dem Urteil", "erst nach langen Ermittlungen": a time, no source
                return j
            tok = self.doc.tokens[j]
            possessor = j == i - 1 and tok.text[:1].isupper() and w.endswith(self.lex.endings("genitive_suffix"))
            adjective = tok.text[:1].islower() and not any(self.lex.is_(c, w) for c in (
                "aux_perfect", "aux_passive", "future_aux", "hypothetical", "planning_modal", "negation",
                "preposition", "subordinator"))  # "nach wie vor offizielle Paketquellen": no adjectives
            if tok.kind != "word" or not (self.lex.is_("determiner", w) or w in self.lex.pronouns
                                          or adjective or possessor):  # "Nach Grupps Meinung"; not "nach hätte"
                return None
            j -= 1
        return None

    # -- speaker ---------------------------------------------------------------------
    def speaker_in(self, a: int, b: int, exclude: set[int], cue_tok: int) -> tuple[str | None, int, int] | None:
        """(entity id, start, end) of the subject-like actor in tokens [a, b)."""
        cue_quoted = any(q0 <= cue_tok < q1 for q0, q1 in self.quote_spans)
        nxt = cue_tok + 1
        if self.lex.setting("verb_second") and cue_tok - 1 == a and self.words[a] in ("er", "sie", "es") \
                and not cue_quoted:
            nxt = a  # "Sie wirft der Behörde vor, …": a pronoun in the prefield is the subject
        if self.lex.setting("verb_second") and nxt < b and self.words[nxt] in ("er", "sie", "es") \
                and not self.lex.is_("speaker_block", self.words[nxt]):
            # "Zugleich warnte er die Regierung …": the pronoun right after the verb is the subject
            if nxt == cue_tok + 1 and self.lex.is_("accusative_pronoun", self.words[nxt]) and (
                    front := self.prefield_subject(a, cue_tok)) is not None:
                return front  # "Der Verband nannte sie fahrlässig": a subject before the verb makes "sie" the object
            eid = antecedent(self.doc, nxt, self.pronoun_genders(nxt))
            if eid is not None:
                add_mention(self.doc, eid, nxt, nxt + 1, "pronoun")
            return eid, nxt, nxt + 1
        if self.lex.setting("verb_second") and self.passive(a, b, cue_tok):
            if self.stative_cue(a, b, cue_tok):
                agent = next((r for r in self.agent_refs(a, cue_tok) if not self.owned_agent(r[0])), None)
                # "Die Ministerin ist vom Parlament aufgefordert": its agent, not "auf die Aussagekraft von Benchmarks"
                return (agent[2], agent[0], agent[1]) if agent is not None else None  # "Toifl selbst ist …
                # beschuldigt": a state, said by no one in its clause
            # "Die al-Shabaab wurde von Kenias Regierung beschuldigt": the agent speaks, not the subject
            agent = next(iter(self.agent_refs(a, b)), None)
            if agent is not None:  # (a future "wird … erklären" has none and goes on below)
                return agent[2], agent[0], agent[1]
            if self.participle(cue_tok) and self.lex.setting("nouns_capitalised"):
                for j in range(a, cue_tok - 1):  # an agent as written: "wurde vom Ministerium bestätigt"
                    if self.lex.is_("passive_agent", self.words[j]) and (j == a or not self.lex.is_(
                            "preposition", self.words[j - 1])) and not after_superlative(self.doc, self.lex, j):
                        written = self.chain_after(j + 1, cue_tok)
                        if written is not None and written[2] <= cue_tok:
                            return written[0], j, written[2]
            if self.participle(cue_tok) and (document := self.document_source(a, cue_tok, [cue_tok])) is not None:
                return document  # "In einem Bericht der Zeitung wurde vermutet, …": the document says it
            if self.participle(cue_tok):
                return None  # "Dem Minister wird vorgeworfen, …": who is asked or accused does not speak
        refs = [r for r in refs_between(self.doc, a, b)
                if r[0] not in exclude and (cue_quoted or not any(q0 <= r[0] < q1 for q0, q1 in self.quote_spans))
                and slot(self.doc, self.lex, r[0]) == "bare" and not self.object_phrase(r[0])]
        if not self.lex.setting("verb_second"):
            # English subjects precede the verb; after it only in inverted reporting clauses ("said the minister")
            before = [r for r in refs if r[1] <= cue_tok]
            after = [r for r in refs if r[0] > cue_tok and r[0] <= cue_tok + 3]
            pronoun_before = any(self.lex.pronoun_kind(self.words[k]) == "personal" for k in range(a, cue_tok))
            np_end = self.noun_phrase(a, cue_tok) if a < cue_tok else None
            np_before = np_end is not None and (np_end >= cue_tok - 1 or self.attached_pp(np_end, cue_tok))
            refs = before[-1:] + ([] if pronoun_before or np_before else after[:1])
        if refs and self.lex.setting("verb_second") and (front := self.prefield_phrase(a, refs[0][0], cue_tok)):
            return front  # "Gerhard Maria Wagner hat Papst Benedikt XVI. gebeten": the known actor after the finite
            # auxiliary is the object; the name in the prefield speaks
        if refs:
            return refs[0][2], refs[0][0], refs[0][1]
        for i in range(a, b):  # pronouns and definite descriptions
            w = self.words[i]
            nxt = self.words[i + 1] if i + 1 < len(self.words) else ""
            after = self.words[i + 2] if i + 2 < len(self.words) else ""
            impersonal = self.lex.is_("speaker_block", w) or (w == "it" and (self.lex.is_("aux_passive", nxt) or (
                self.lex.is_("aux_perfect", nxt) and after == "been")))  # "It is said", "It has been alleged"
            if self.demonstrative_subject(i, cue_tok, b):
                # "Dieser bestätigte, dass …", "so schrieb diese in einer Stellungnahme": the nearest earlier actor
                eid = antecedent(self.doc, i, DEMONSTRATIVE_GENDERS)
                if eid is not None:
                    add_mention(self.doc, eid, i, i + 1, "pronoun")
                return eid, i, i + 1
            if self.lex.pronoun_kind(w) == "personal" and not impersonal:
                if not cue_quoted and any(q0 <= i < q1 for q0, q1 in self.quote_spans):
                    continue
                if i > a and self.lex.is_("preposition", self.words[i - 1]):
                    continue
                eid = antecedent(self.doc, i, self.pronoun_genders(i))
                if eid is not None:
                    add_mention(self.doc, eid, i, i + 1, "pronoun")
                return eid, i, i + 1  # unresolved, the pronoun is still the speaker
            role = self.lex.roles.match(self.words, i)
            if role is not None and not role[1].relay and i <= a + 2 and (
                    i == a or self.lex.is_("determiner", self.words[i - 1])):
                # "Der Bürgermeister sagte", "…, sagte der Bürgermeister": a speaker the article does not name (from its
                # article, not from the clause start, which may be the verb)
                return None, i - 1 if i > a else i, i + role[0]
            if role is not None and role[1].relay:
                det = i - 1 if i > a and self.lex.is_("determiner", self.words[i - 1]) else i
                if det == i and self.lex.setting("nouns_capitalised"):
                    continue
                if det > a and self.lex.is_("preposition", self.words[det - 1]):
                    continue
                eid = self.definite(i, role[1].sector)
                return eid, det, i + role[0]
        return self.subject_np(a, b, cue_tok)

    def prefield_phrase(self, a: int, ref_start: int, cue_tok: int) -> tuple[str | None, int, int] | None:
        """The subject in the prefield of a German main clause whose finite auxiliary stands between it and a known
        actor before a closing cue ("Der Weihbischof der Diözese Linz, Gerhard Maria Wagner hat Papst Benedikt XVI.
        gebeten"): a phrase that opens with an article or a capitalised word, holds no preposition, time or known actor,
        and is no pronoun, object article or adverb. None when the clause is no such clause."""
        words, lex = self.words, self.lex
        finite = next((k for k in range(a + 1, ref_start) if any(lex.is_(c, words[k]) for c in (
            "aux_perfect", "future_aux", "modal_verb"))), None)
        if finite is None or cue_tok <= ref_start or clause_range(self.doc, cue_tok)[2] != "main" \
                or not self.participle(cue_tok) and bare_infinitive(lex, words[cue_tok]) is not True \
                or any(lex.is_("coordinator", w) for w in words[finite:cue_tok]):
            return None  # the cue closes the verb group of that auxiliary ("hat … gebeten", "wird … fordern")
        first = self.doc.tokens[a]
        if first.kind != "word" or any(lex.is_(c, words[a]) for c in (
                "preposition", "object_article", "clause_adverb", "sentence_adverb", "subordinator")) \
                or oblique_feminine(self.doc, lex, a) or self.time_token(a) or refs_between(self.doc, a, finite) \
                or not (lex.is_("determiner", words[a]) or first.text[:1].isupper()):
            return None
        if lex.pronoun_kind(words[a]) or any(lex.is_("preposition", w) for w in words[a:finite]) \
                or any(self.time_token(k) for k in range(a, finite)) \
                or not any(self.doc.tokens[k].text[:1].isupper() for k in range(a, finite)):
            return None  # "Erst vor wenigen Tagen hatte …", "… Erst am Donnerstag hatte": an adverbial
        got = self.subject_np(a, finite, finite)
        return got if got is not None and got[2] <= finite else None

    def prefield_subject(self, a: int, cue_tok: int) -> tuple[str | None, int, int] | None:
        """The noun phrase that fills the prefield [a, cue_tok) of a verb-second clause on its own and can be its
        subject: opened by an article or a possessive that is no ``object_article`` and no oblique feminine ("Der
        Sprecher des Verbands nannte …"), or by a known actor ("Merkel nannte …"). None when anything else stands
        there (an adverb, a prepositional phrase, an object)."""
        words = self.words
        while a < cue_tok - 1 and self.lex.is_("clause_conjunction", words[a]):
            a += 1
        if a >= cue_tok or self.lex.is_("object_article", words[a]) or oblique_feminine(self.doc, self.lex, a):
            return None
        article = self.lex.is_("determiner", words[a]) or self.lex.pronoun_kind(words[a]) == "possessive"
        head = a + 1 if article else a
        eid = next((r[2] for r in refs_between(self.doc, a, head + 1)), None)
        if not article and eid is None:
            return None
        got = self.chain_after(a, cue_tok)
        if got is None or got[1] != a or got[2] != cue_tok:
            return None
        return eid, a, cue_tok

    def passive(self, a: int, b: int, cue_tok: int) -> bool:
        """Whether the cue at token cue_tok is a participle in a passive of its clause [a, b): a passive auxiliary
        before it ("wurde … beschuldigt"), or, where the clause ends with its verbs, right after it ("dass der
        Verband aufgefordert wurde", "wie der Tatbestand formuliert wird"), or a German stative passive
        (:meth:`stative_cue`)."""
        lex, words = self.lex, self.words
        if any(lex.is_("aux_passive", w) and not lex.is_("aux_perfect", w) for w in words[a:cue_tok]):
            return True
        k = cue_tok + 1
        if k < b and lex.is_("aux_passive", words[k]) and not lex.is_("aux_perfect", words[k]) \
            and self.participle(cue_tok):
            return True
        return self.stative_cue(a, b, cue_tok)

    def agent_refs(self, a: int, b: int) -> list:
        """The actor references in tokens [a, b) whose phrase a ``passive_agent`` preposition opens ("von der
        Regierung")."""
        agents = {"pp:" + w for w in self.lex.closed.get("passive_agent", ())}
        return [r for r in refs_between(self.doc, a, b) if slot(self.doc, self.lex, r[0]) in agents]

    def owned_agent(self, k: int) -> bool:
        """Whether the agent phrase whose reference starts at token k belongs to a noun: its preposition (an article
        between) is capitalised or follows a capitalised word ("auf die Aussagekraft von Benchmarks")."""
        j = k - 1
        while j > 0 and self.lex.is_("determiner", self.words[j]):
            j -= 1
        return any(self.doc.tokens[x].text[:1].isupper() for x in (j, j - 1))

    def stative_cue(self, a: int, b: int, cue_tok: int) -> bool:
        """Whether the cue at token cue_tok is a German stative passive of its clause [a, b) (below): a state that no
        one in the clause speaks, and no von-phrase is its agent ("sei … auf die Aussagekraft von Benchmarks
        hingewiesen")."""
        lex, words = self.lex, self.words
        # German "sein" (not "IST") with a cue that closes its clause is a state, said by no one in it: the participle
        # of a verb of saying, which takes "haben" in the perfect (not a past form, "erläuterte", nor a verb of motion
        # or change, closed class ``sein_perfect``: "waren … davon ausgegangen"): "Toifl selbst ist der
        # Beweismittelfälschung beschuldigt", "Die Polizei war … informiert", "Drei Tote sind bestätigt"; a noun cue
        # ("Es war einhellige Meinung, dass …", "Schuld daran ist der Verdacht, …"), but not a noun of a view in the
        # genitive, which its subject holds ("Der Minister ist der Ansicht, …"; closed class ``view_noun``)
        cue, tok = words[cue_tok], self.doc.tokens[cue_tok]
        finite = [k for k in range(a, cue_tok) if any(lex.is_(c, words[k]) for c in AUXILIARY_CORE)]
        if not lex.setting("verb_second") or not finite or last_word(self.doc, a, b) != cue_tok or not all(
                lex.is_("sein_form", words[k]) and not self.doc.tokens[k].text.isupper() for k in finite):
            return False
        if tok.text[:1].isupper():
            before = cue_tok - 1
            while before > a and self.doc.tokens[before].text[:1].islower() \
                    and not lex.is_("determiner", words[before]):
                before -= 1  # "der festen Überzeugung"
            adjective = self.doc.tokens[cue_tok - 1]
            strong = adjective.text[:1].islower() and not lex.is_("determiner", words[cue_tok - 2]) and words[
                cue_tok - 1].endswith(lex.endings("genitive_adjective_ending") or ("\0",))  # "geteilter Meinung"
            return not (lex.is_("view_noun", cue) and (lex.genitive_article(words[before]) or strong))
        return self.participle(cue_tok) and not cue.endswith(lex.endings("weak_past_ending") or ("\0",)) \
            and not cue.endswith(lex.endings("sein_perfect") or ("\0",))

    def demonstrative_subject(self, i: int, cue_tok: int, b: int) -> bool:
        """Whether token i is a ``demonstrative_pronoun`` standing alone as the subject, right before the cue or right
        after it ("Dieser bestätigte", "schrieb diese in …"), not the article of a noun ("Diese Zeitung")."""
        if not self.lex.is_("demonstrative_pronoun", self.words[i]) or i not in (cue_tok - 1, cue_tok + 1):
            return False
        nxt = i + 1
        if nxt == cue_tok or nxt >= b:
            return True
        tok = self.doc.tokens[nxt]
        return tok.kind == "punct" or tok.kind == "word" and tok.text[:1].islower() and (
            self.lex.is_("preposition", self.words[nxt]) or self.lex.is_("sentence_adverb", self.words[nxt]))

    def object_phrase(self, ts: int) -> bool:
        """Whether the noun phrase of a reference at token ts opens with an ``object_article`` (adjectives between):
        "dem Gericht", "den deutschen Botschafter" are a dative or an accusative, never the subject."""
        j = ts
        s0 = self.doc.sentence_tokens[self.doc.token_sentence[ts]][0]
        while j > s0 and not self.lex.is_("determiner", self.words[j]) and self.doc.tokens[j - 1].kind == "word" and (
                self.lex.is_("determiner", self.words[j - 1]) or self.doc.tokens[j - 1].text[:1].islower()
                and self.words[j - 1].endswith(self.lex.endings("adjective_ending") or ("\0",))
                and not self.lex.is_("preposition", self.words[j - 1])):
            j -= 1
        return self.lex.is_("object_article", self.words[j])

    def participle(self, i: int) -> bool:
        """Whether a verb form reads as a past participle (after a passive auxiliary, not a future infinitive):
        "ge-" first, also after a separable prefix ("vorgeworfen", "aufgefordert"), or no infinitive ending
        ("bestätigt", "kritisiert")."""
        return past_participle(self.lex, self.words[i])

    def subject_before(self, a: int, s0: int) -> tuple[str | None, int, int] | None:
        """The subject at the sentence start, with its appositions, when the cue clause starts with the verb
        after a comma: "Der Leiter des Programms der WHO, Klaus Stöhr, sagte"; relative clauses before the
        verb are left out ("Der 84-jährige Küng, der als Kritiker gilt, hofft")."""
        end = a - 1
        c = self.doc.token_clause[end - 1] if end - 1 >= s0 else -1
        while c >= 0 and self.doc.clauses[c][0] > s0 and self.doc.clauses[c][2] == "rel":
            end = self.doc.clauses[c][0] - 1 if self.doc.tokens[self.doc.clauses[c][0] - 1].text == "," \
                else self.doc.clauses[c][0]
            c -= 1
        while s0 < end - 1 and any(self.lex.is_(c, self.words[s0]) for c in ("sentence_adverb", "coordinator",
                                                                                 "clause_conjunction")):
            s0 += 1  # "Auch Max Muster, Sprecher des Vereins, glaubt"
        if end <= s0 or (np_end := self.noun_phrase(s0, end)) is None:
            return None
        head = s0 + 1 if self.lex.is_("determiner", self.words[s0]) else s0
        eid = next((r[2] for r in refs_between(self.doc, s0, head + 1) if r[1] <= end), None)
        if np_end < end and self.doc.tokens[np_end].kind == "word" and self.doc.tokens[np_end].text[:1].islower() \
                and not any(self.lex.is_(c, self.words[np_end]) for c in ("preposition", "determiner", "coordinator")):
            return eid, s0, np_end  # "Die Grünen haben die Verordnung begrüßt, fordern aber …": a clause of its own
            # before the comma, whose subject the verb after it shares
        return eid, s0, end  # the entity only when the phrase starts with it, not one inside an apposition

    def names_actor(self, phrase: tuple[str | None, int, int]) -> bool:
        """Whether a noun phrase's head (its first capitalised word) is a known actor or a role noun ("Der NDR",
        "Das Staatsoberhaupt Neuseelands"; not "Die Zahl der Menschen")."""
        _eid, start, end = phrase
        head = next((j for j in range(start, end) if self.doc.tokens[j].text[:1].isupper()
                     and not self.lex.is_("determiner", self.words[j])), None)
        if head is None:
            return False
        return any(r[0] <= head < r[1] for r in refs_between(self.doc, start, end)) \
            or self.lex.roles.match(self.words, head) is not None

    def prefield_before_relative(self, a: int, s0: int) -> tuple[str | None, int, int] | None:
        """The subject that opens a sentence and a relative clause in commas follows, right before the verb of the
        clause at token a ("Der NDR, der für den Vertrag verantwortlich ist, begründete …"): a noun phrase that
        reaches the relative clause and is no object ("Den Plan, der …, lehnte X ab")."""
        got = self.subject_before(a, s0)
        if got is None:
            return None
        _eid, start, end = got
        c = self.doc.token_clause[end + 1] if end + 1 < a else -1
        if c < 0 or self.doc.clauses[c][2] != "rel" or self.doc.tokens[end].text != ",":
            return None  # no relative clause follows it
        if self.lex.is_("object_article", self.words[start]) or oblique_feminine(self.doc, self.lex, start):
            return None
        chain = self.chain_after(start, end)
        if chain is None or chain[1] != start or chain[2] != end:
            return None
        return got

    def interrupted_subject(self, a: int, s0: int) -> tuple[str | None, int, int] | None:
        """The subject of a clause that an apposition in commas interrupts before the cue's clause, where
        the subject follows a finite auxiliary or a subordinator ("Vor kurzem hatte ein Sprecher der Miliz, Max
        Muster, erklärt", "Wie der Vorsitzende Richter, Max Muster, in Bonn ausführte"): the noun phrase up to
        the apposition's end. (A subject that opens the sentence is ``subject_before``'s.)"""
        doc, lex, words = self.doc, self.lex, self.words
        if not lex.setting("verb_second") or a - 2 <= s0 or doc.tokens[a - 1].text != ",":
            return None
        c = doc.token_clause[a - 2]
        if c < 0:
            return None
        c0, c1, _kind = doc.clauses[c]
        if c1 != a - 1 or c0 - 2 <= s0 or doc.tokens[c0 - 1].text != ",":
            return None
        chain = self.chain_after(c0, c1, adjective=True)
        if chain is None or not (chain[2] == c1 or self.attached_pp(chain[2], c1)):
            return None  # no apposition: a clause of its own
        p = doc.token_clause[c0 - 2]
        if p < 0 or doc.clauses[p][1] != c0 - 1:
            return None
        p0, p1 = doc.clauses[p][0], c0 - 1
        if lex.is_("subordinator", words[p0]):
            start = p0 + 1  # "Wie der Vorsitzende Richter, …"
        else:  # "Vor kurzem hatte ein Sprecher der Miliz, …"
            start = next((j + 1 for j in range(p0 + 1, p1 - 1) if any(
                lex.is_(cl, words[j]) for cl in ("aux_perfect", "future_aux"))), None)
        if start is None or start >= p1 or oblique_feminine(doc, lex, start):
            return None
        end = self.chain_after(start, p1)
        if end is None or not (end[2] == p1 or self.attached_pp(end[2], p1)):
            return None
        head = start + 1 if lex.is_("determiner", words[start]) else start
        eid = next((r[2] for r in refs_between(doc, start, head + 1)), None)
        return eid, start, c1

    def appositive(self, s0: int, end: int) -> bool:
        """Whether tokens [s0, end) are a noun phrase with an apposition and nothing else: names,
        articles, possessives, commas, nouns and prepositions, no verb ("Kaja Kallas, the EU's top diplomat",
        "Vincent Cable, for the Liberal Democrats")."""
        if end - s0 > 14 or "," not in {t.text for t in self.doc.tokens[s0:end]}:
            return False
        if not self.doc.tokens[s0].text[:1].isupper():
            return False
        for j in range(s0, end):
            tok, w = self.doc.tokens[j], self.words[j]
            if tok.text in (",", "'s", "’s", "-") or tok.kind == "num" or self.lex.is_("determiner", w) or (
                    j > s0 and self.lex.is_("preposition", w) and not self.lex.setting("nouns_capitalised")):
                continue
            if tok.kind != "word" or self.lex.cues.get(w) or self.lex.triggers.get(w) or w in self.lex.pronouns:
                return False
            if not tok.text[:1].isupper() and not self.plain_noun(j):
                return False
        return True

    def subject_np(self, a: int, b: int, cue_tok: int) -> tuple[None, int, int] | None:
        """The speaker as written when no actor is recognised: the noun phrase before the cue at the clause
        start ("Der grüne Staatssekretär sagte"), or right after it in inverted order ("sagte der Sprecher"); a
        capitalised quantifier that fills the prefield alone ("Beide fordern"); not a phrase opened by an indefinite
        article after a plural verb, which is its object ("fordern eine stärkere Autonomie")."""
        if any(self.lex.is_("aux_passive", w) for w in self.words[a:cue_tok + 1]):
            return None  # "Die Entsendung … wurde bestätigt": the subject of a passive is not the speaker
        while a < cue_tok - 1 and self.lex.is_("clause_conjunction", self.words[a]):
            a += 1  # "Doch die Gewerkschaften kritisierten", "But the unions said": the conjunction links sentences
        # the prefield, after the verb ("sagte der Sprecher"), or after a finite auxiliary before a participle
        # cue ("Am Freitag hatte Verlagsleiter Lutz Schumacher … erklärt"; one that opens the clause after a
        # subordinate clause: "Da …, hat der Gerichtshof entschieden")
        first = a if self.after_subordinate_clause(a) else a + 1
        finite = [j + 1 for j in range(first, cue_tok) if any(
            self.lex.is_(c, self.words[j]) for c in ("aux_perfect", "future_aux")) and self.lex.setting("verb_second")]
        # the subject after a subordinator or a sentence adverb that opens the clause: "Wie t-online.de
        # berichtet", "Auch Rettungskräfte berichten" (it must then reach the verb)
        opener = a
        while opener < min(a + 2, cue_tok) and any(
                self.lex.is_(c, self.words[opener]) for c in ("subordinator", "sentence_adverb", "coordinator")):
            opener += 1  # also "…, und die Anwohner befürchten, …"
        if a + 1 == cue_tok and self.lex.is_("quantifier", self.words[a]) and self.doc.tokens[a].text[:1].isupper() \
                and self.plural_verb(cue_tok):
            return None, a, cue_tok  # "Beide fordern eine stärkere Autonomie": a quantifier alone fills the prefield
            # (not "Beide rief der Generalsekretär auf": a singular verb has another subject)
        inverted = cue_tok + 1
        while inverted < min(b, cue_tok + 3) and (self.lex.is_("sentence_adverb", self.words[inverted]) or (
                self.lex.setting("verb_second") and any(self.lex.is_(c, self.words[inverted]) for c in (
                    "clause_adverb", "clause_conjunction")))):
            inverted += 1  # "meldeten dann die Internet-Nachrichten der Tagesschau", "fordern aber weiterhin …"
        while inverted < b - 1 and self.time_token(inverted):
            inverted += 1  # "sagte am Freitag der Vizechef": the time before the subject
        finite_at = next((j for j in range(a, cue_tok) if any(self.lex.is_(c, self.words[j]) for c in (
            "aux_perfect", "aux_passive", "future_aux", "hypothetical", "planning_modal"))), cue_tok)
        sourced = self.source_phrase_in(a, finite_at)  # the prefield only: "Kowalski hatte laut Polizei gefordert"
        for start in (a, inverted, *finite[:1], opener):
            if start in (a, opener) and sourced:
                continue  # "Insidern zufolge fordern die Gläubiger": the prefield names the source, not the subject
            if start in (a, opener) and start < cue_tok and self.in_time_expression(start):
                continue  # "Siebzig Jahre später rief die Stadtverwaltung … auf": a time fills the prefield
            if start not in (a, opener) and start + 1 < b and self.lex.is_("reflexive_pronoun", self.words[start]):
                start += 1  # "erhoffen sich die Initiatoren", "habe sich der Rebellenführer … beschwert": the reflexive
                # pronoun of the verb stands before its subject and is no part of it
            if start >= b or (start in (a, opener) and start >= cue_tok) or oblique_feminine(
                    self.doc, self.lex, start) or self.lex.is_("object_article", self.words[start]):
                continue  # "Der Ministerin wirft Lugar … vor", "Den Kollegen warf X vor": an object is not the speaker
            if start == inverted and self.lex.is_("indefinite", self.words[start]) and self.plural_verb(cue_tok) \
                    and (self.prefield_subject(a, cue_tok) is not None or a == cue_tok and a > 0
                         and self.doc.tokens[a - 1].text == "," and not has_word(self.doc, self.lex, "coordinator",
                                                                                  start, b)):
                continue  # "Beide fordern eine stärkere Autonomie": one thing after a plural verb is its object when
                # the prefield holds the subject, or when the clause opens with the verb after a comma, sharing the
                # subject before it ("Die Grünen haben … begrüßt, fordern aber weiterhin eine Änderung"); not "Den
                # Rücktritt forderten ein Bündnis … und mehrere Verbände"
            if start == inverted and self.plural_verb(cue_tok) and self.singular_abstract(start, b):
                continue  # "… fordern mittlerweile die Auflösung der Stadtregierung": a singular thing after a plural
                # verb is its object
            end = self.noun_phrase(start, cue_tok if start in (a, opener) else b,
                                   cue_nouns=self.lex.setting("nouns_capitalised"))  # "andere Quellen berichten"
            if end is not None and start == opener > a and end < cue_tok and self.doc.tokens[end].text == "," \
                    and self.doc.tokens[cue_tok - 1].text == "," and self.appositive(start, cue_tok - 1):
                return None, start, cue_tok - 1  # "Auch Max Muster, Sprecher des Vereins, glaubt": with the apposition
            if end is not None and start == opener > a and end < cue_tok and end + 1 not in finite and not self.lex.is_(
                    "subordinator", self.words[a]):
                continue  # after "auch" the subject reaches the verb or its finite auxiliary ("Auch zwei Parteien haben
                # angekündigt"); after "wie" adverbials may follow it
            if end is not None and not (start == a and end < cue_tok - 1 and not self.lex.setting("verb_second")
                                        and not self.attached_pp(end, cue_tok)):
                return None, start, end
        return None

    def abstract_subject(self, a: int, i: int, b: int) -> bool:
        """Whether the subject of the verb at token i is an abstract noun (:func:`syntax.abstract_noun`) that
        follows it (determiners, lowercase words and "nicht nur" between), in a clause [a, b) whose prefield holds no
        subject of its own: it opens with a preposition, an adverb or nothing ("Damit droht nicht nur eine
        Verwässerung", "Mit diesen Vereinbarungen droht eine Verwässerung"; not "Die Administration droht Peking mit
        Zöllen", "Am Rande der Sitzung drohte der Minister")."""
        lex, words = self.lex, self.words
        if a < i and not (lex.is_("preposition", words[a]) or words[a].endswith(lex.endings("adverb_ending") or ("\0",))
                          or any(lex.is_(c, words[a]) for c in ("sentence_adverb", "expletive"))):
            return False
        k = i + 1
        while k < b and self.doc.tokens[k].kind == "word" and not lex.is_("preposition", words[k]) and (
                lex.is_("determiner", words[k]) or self.doc.tokens[k].text[:1].islower()):
            k += 1  # "droht nicht nur eine …"; not "droht mit Grenzschließung", the threat's content
        return k < b and abstract_noun(self.doc, lex, k) and not self.in_actor(k)

    def source_phrase_in(self, a: int, b: int) -> bool:
        """Whether tokens [a, b) hold the cue of an according claim already read ("*Insidern zufolge*", "*Laut*
        Polizei"): a source phrase, not a subject."""
        lo, hi = self.doc.tokens[a].start, self.doc.tokens[b - 1].end if b > a else self.doc.tokens[a].start
        return any(c.kind == "according" and c.cue is not None and lo <= c.cue[0] < hi for c in self.claims)

    def fronted_thing(self, a: int, end: int, verb: int) -> bool:
        """Whether the noun phrase [a, end) before the verb at token verb names a thing, not someone who acts: no
        actor, role or pronoun in it, and an indefinite article before a plural verb, which agrees with another subject
        ("Eine Reform fordern die Grünen"; an abstract head is not enough: "Die Resolution fordert Russland auf")."""
        lex = self.lex
        if refs_between(self.doc, a, end) or any(
                lex.roles.match(self.words, k) is not None
                or self.words[k] in lex.pronouns and not lex.is_("determiner", self.words[k]) for k in range(a, end)):
            return False
        head = next((k for k in range(a, end) if self.doc.tokens[k].text[:1].isupper()
                     and not lex.is_("determiner", self.words[k])), None)
        return head is not None and lex.is_("indefinite", self.words[a]) and self.plural_verb(verb)

    def singular_abstract(self, start: int, b: int) -> bool:
        """Whether the noun phrase opening at token ``start`` is headed by a singular abstract noun: its first
        capitalised word is one (:func:`syntax.abstract_noun`) and ends in the bare ending, not a plural one
        ("Auflösung", not "Forderungen")."""
        head = next((k for k in range(start, min(b, start + 4)) if self.doc.tokens[k].kind == "word"
                     and self.doc.tokens[k].text[:1].isupper() and not self.lex.is_("determiner", self.words[k])), None)
        return head is not None and abstract_noun(self.doc, self.lex, head) \
            and self.words[head].endswith(self.lex.endings("abstract_noun_ending"))

    def plural_verb(self, k: int) -> bool:
        """Whether token k is a German finite verb in the plural: lowercase and ending in a plural ending (closed
        class ``plural_verb_ending``: "fordern", "kritisierten"), in a language that writes nouns capitalised."""
        endings = self.lex.endings("plural_verb_ending")
        return bool(endings) and self.doc.tokens[k].text[:1].islower() and self.words[k].endswith(endings)

    def in_time_expression(self, k: int) -> bool:
        """Whether token k lies in a time expression the times stage found ("Siebzig Jahre später"; not a word of the
        time table alone, "Diese Darstellung")."""
        at = self.doc.tokens[k].start
        return any(t.start_char <= at < t.end_char for t in self.doc.times)

    def time_token(self, k: int) -> bool:
        """Whether token k lies in a time expression ("am Freitag", "gestern"), or is the preposition before one."""
        doc, lex = self.doc, self.lex
        return in_time(doc, lex, k, k + 1) or k + 1 < len(self.words) and lex.is_(
            "preposition", self.words[k]) and in_time(doc, lex, k + 1, k + 2)

    def after_subordinate_clause(self, a: int) -> bool:
        """Whether the clause that starts at token a follows a comma that closes a subordinate clause or reported
        speech ("Da …, hat", "…, dass … sei, hatte X gesagt", "Die Lage sei ernst, hatte X gesagt"): its finite verb
        opens it, and its subject follows that verb."""
        if a < 2 or self.doc.tokens[a - 1].text != ",":
            return False
        c = self.doc.token_clause[a - 2]
        if c < 0:
            return False
        c0, c1, kind = self.doc.clauses[c]
        return kind.startswith("sub") or self.lex.is_("subjunctive", self.words[a - 2]) or self.reported_clause(c0, c1)

    def noun_phrase(self, k: int, limit: int, cue_nouns: bool = False, events: bool = False) -> int | None:
        """End of a noun phrase starting at token k (article, adjectives, then capitalised words), or None;
        with ``cue_nouns`` a source noun may be its head ("einer Studie", "den Angaben"), with ``events`` an event
        noun ("des Einsatzes")."""
        doc, lex, words = self.doc, self.lex, self.words
        if any(lex.is_(c, words[k]) for c in ("sentence_adverb", "preposition", "subordinator", "coordinator")) \
                or any(words[k].endswith(e) and len(words[k]) > len(e) + 2 for e in lex.endings("adverb_ending")):
            return None  # "Weiter sagte Larson", "Nach einer Pause erklärte sie", "Monatelang haben …": no subject
        j = k
        if j < limit and (lex.is_("determiner", words[j]) or lex.pronoun_kind(words[j]) == "possessive"):
            j += 1
        if j < limit and lex.is_("quantifier", words[j]):
            j += 1  # "Einige kleinere Parteien", "die beiden Staaten"
        while j < limit and (doc.tokens[j].kind == "num" or doc.tokens[j].text == "-") \
                and lex.setting("nouns_capitalised"):
            j += 1  # "Der 84-jährige Küng"
        while j < limit and doc.tokens[j].kind == "word" and doc.tokens[j].text[:1].islower() \
                and not self.name_like(j) and not any(
                lex.is_(c, words[j]) for c in ("preposition", "aux_perfect", "aux_passive", "negation")) \
                and not lex.cues.get(words[j]):
            j += 1
        start_head = j
        close = next((x for x in range(j + 2, min(j + 2 + MAX_QUOTED_NAME, limit)) if doc.tokens[x].kind == "quote"),
                     None) if j < limit and doc.tokens[j].kind == "quote" else None
        if close is not None and all(doc.tokens[x].kind == "word" for x in range(j + 1, close)) and (
                self.name_like(j + 1) or not lex.setting("nouns_capitalised") or close + 1 == limit):
            # a short name in quotes, whatever its case: „tagesschau.de“, „heise online“ right before the verb
            j = close + 1
        elif j + 1 < limit and doc.tokens[j].kind == "quote" and doc.tokens[j + 1].text[:1].isupper():
            j += 1  # a name in quotes: die „Neue Rechte“
        while j < limit and (doc.tokens[j].kind == "quote" and j > start_head or self.name_like(j)
                             and words[j] not in lex.time
                             and (cue_nouns or not lex.cues.get(words[j]))
                             and (events or not lex.triggers.get(words[j]))
                             or j > start_head and self.joining_hyphen(j)):
            j += 1  # capitalised words, quotes inside a name (Die „Süddeutsche Zeitung“), "UN-Menschenrechts-Komitee"
        while not lex.setting("nouns_capitalised") and start_head < j < limit and doc.tokens[j].kind == "word" \
                and self.plain_noun(j):
            j += 1  # a lowercase head after a capitalised modifier: "Election observers", "US intelligence officials"
        possessive = lex.pronoun_kind(words[k]) == "possessive"
        first = k + 1 if lex.is_("determiner", words[k]) or possessive else k  # "Das Gremium", "sein Anwalt"
        # English common nouns are lowercase: "the ship's operator", "The governing party"
        lowercase_head = j == start_head and not lex.setting("nouns_capitalised") and start_head > first and not any(
            lex.is_(c, words[start_head - 1]) for c in ("determiner", "coordinator", "sentence_adverb"))
        if j == start_head and not lowercase_head or any(
                words[x] in lex.pronouns or lex.is_("speaker_block", words[x]) for x in range(first, j)):
            return None
        return j

    def attached_pp(self, k: int, cue_tok: int) -> bool:
        """Whether tokens [k, cue_tok) are a prepositional phrase ending in a name that belongs to the subject
        before it ("Election observers from the OSCE said", "Most analysts in Seoul think")."""
        words = [j for j in range(k, cue_tok) if self.doc.tokens[j].kind == "word"]
        return bool(words) and len(words) <= 5 and self.lex.is_("preposition", self.words[words[0]]) and \
            self.doc.tokens[words[-1]].text[:1].isupper() and not any(
                self.lex.is_(c, self.words[j]) for j in words for c in ("aux_perfect", "aux_passive"))

    def demonym_source(self, start: int, end: int) -> tuple[str | None, int, int] | None:
        """A demonym inside a source phrase names its country as the source ("nach ukrainischen Angaben",
        "according to Ukrainian officials"), linked to the article's entity of that country if there is one."""
        for k in range(start, end):
            dem = demonym(self.words[k], self.doc, self.res)
            if dem is not None and dem[0]:
                eid = next((e.id for e in self.doc.entities if e.type == "country" and e.country == dem[0]), None)
                return eid, k, k + 1
        return None

    def name_end(self, te: int, s1: int) -> int:
        """The end of a name that goes on after a recognised part: "dem United States Geological Survey (USGS)"."""
        toks = self.doc.tokens
        while te < s1 and toks[te].kind == "word" and toks[te].text[:1].isupper() and not self.lex.cues.get(
                self.words[te]) and self.words[te] not in self.lex.time:
            te += 1
        if te + 2 < s1 and toks[te].text == "(" and toks[te + 2].text == ")" and toks[te + 1].text.isupper():
            te += 3  # an acronym in parentheses
        return te

    def name_like(self, j: int) -> bool:
        """A capitalised word, a web address written in lower case ("ndr.de", "t-online.de"), a name with a
        lowercase particle joined by a hyphen ("el-Baradei", "al-Dschasira") or with a capital inside ("eBay")."""
        text = self.doc.tokens[j].text
        if self.doc.tokens[j].kind != "word":
            return False
        host, _dot, tld = text.rpartition(".")
        _first, hyphen, rest = text.partition("-")
        return text[:1].isupper() or (bool(host) and host[-1:].isalnum() and 2 <= len(tld) <= 6 and tld.isalpha()) \
            or bool(hyphen) and rest[:1].isupper() or not hyphen and any(ch.isupper() for ch in text[1:])

    def plain_noun(self, j: int) -> bool:
        """A lowercase word that may be a noun: no function word, modal ("The Commission will urge"), cue, trigger,
        or verb ending."""
        w = self.words[j]
        return self.doc.tokens[j].text[:1].islower() and not w.endswith(("ed", "ing")) and not any(
            self.lex.is_(c, w) for c in ("preposition", "determiner", "coordinator", "aux_perfect", "aux_passive",
                                         "negation", "sentence_adverb", "future_aux", "hypothetical",
                                         "planning_modal", "modal_verb")) \
            and not self.lex.cues.get(w) and not self.lex.triggers.get(w) and w not in self.lex.pronouns

    def joining_hyphen(self, j: int) -> bool:
        """A hyphen with no space on either side, inside a compound ("UN-Menschenrechts-Komitee")."""
        toks = self.doc.tokens
        return (toks[j].text == "-" and 0 < j < len(toks) - 1 and toks[j - 1].end == toks[j].start
                and toks[j].end == toks[j + 1].start and toks[j + 1].kind == "word")

    def definite(self, i: int, sector: str) -> str | None:
        """"der Sprecher", "das Ministerium": the nearest earlier non-country entity of the sector."""
        sent = self.doc.token_sentence[i]
        for ts, _te, eid, _m in sorted(self.doc.actor_refs, key=lambda r: -r[0]):
            if ts >= i or self.doc.token_sentence[ts] < sent - 3:
                continue
            ent = self.doc.entity(eid)
            if ent is not None and ent.type != "country" and (not sector or ent.sector == sector):
                add_mention(self.doc, eid, i, i + 1, "definite")
                return eid
        return None

    # -- content -----------------------------------------------------------------------
    def content_after(self, b: int, s1: int) -> tuple[int, int] | None:
        """A dass/that clause or reported clauses from token b: (start, end) token range."""
        if b >= s1:
            return None
        last = b - 1
        while last > 0 and self.doc.tokens[last].kind == "punct":
            last -= 1  # "sagte, die Seuche …": the word before the comma
        after_cue = last >= 0 and (bool(self.lex.cues.get(self.words[last])) or any(
            c.particle == self.words[last] for cues in self.lex.cues.values() for c in cues if c.particle))
        cue_clause = self.doc.token_clause[last] if last >= 0 else -1
        sub = cue_clause >= 0 and self.doc.clauses[cue_clause][2].startswith("sub:")
        got = self.clauses_on(b, s1, next_act="any" if sub else "reported")
        if got is None:
            return None
        b, end = got
        c0 = self.doc.token_clause[b]
        first_kind = self.doc.clauses[c0][2] if c0 >= 0 else "main"
        v2 = self.reported_clause(b, self.doc.clauses[c0][1]) if c0 >= 0 else False
        if first_kind == "rel" and not self.lex.is_("complementizer", self.words[b]) and not after_cue and not v2:
            # a relative clause belongs to the noun before it — unless a speech verb ends there, or its verb
            # comes second ("…, die Lage sei ernst"): a main clause in the subjunctive, not a relative one
            return None
        return b, end

    def clauses_on(self, b: int, s1: int, next_act: str = "") -> tuple[int, int] | None:
        """The clauses of the sentence from token b (after clause breaks) that go on with what stands before: up to a
        clause of contrast, a "was" clause or a coordinated clause with a cue of its own (", und hat … gedroht"); with
        ``next_act`` (the words after a cue) also up to a clause that a finite verb opens (:meth:`verb_first`): after
        a clause in the subjunctive ("reported") or after any (``"any"``: the cue stands in a subordinate clause)."""
        while b < s1 and self.doc.token_clause[b] < 0:
            b += 1  # skip clause breaks: ", –", ": ("
        if b >= s1:
            return None
        end = b
        c0 = self.doc.token_clause[b]
        k = c0
        while k < len(self.doc.clauses) and self.doc.clauses[k][0] < s1:
            ca, cb, kind = self.doc.clauses[k]
            if k > c0 and (kind == "rel" and self.words[ca] in ("was", "which") or (
                    kind.startswith("sub:") and self.lex.is_("contrast", kind[4:]))):
                break
            if k > c0 and self.lex.is_("coordinator", self.words[ca]) and any(
                    self.lex.cues.get(w) for w in self.words[ca:cb]):
                break  # ", und hat … gedroht": a second statement
            if k > c0 and self.lex.is_("contrast", self.words[ca]) and any(
                    any(c.kind == "verb" for c in self.lex.cues.get(self.words[j], ()))
                    and not any(q0 <= j < q1 for q0, q1 in self.quote_spans) for j in range(ca, cb)):
                break  # ", doch der Sprecher erklärte …": another's statement set against it
            if k > c0 and next_act and self.verb_first(ca, cb) and (
                    next_act == "any" or self.subjunctive_clause(*self.doc.clauses[k - 1][:2])):
                break  # "räumte ein, es könnten Stellen wegfallen, sprach aber von …": the subject's next act
            second = self.second_verb(ca, cb)
            if second is not None:
                end = second  # "sie müssten … aufgeben und bemühte das Bild …": the speaker's own next act
                break
            end = cb
            k += 1
        return b, end

    def verb_first(self, j: int, end: int) -> bool:
        """Whether token j, opening a clause after a comma, is a finite verb in the indicative past or a speech verb
        (German): the subject's next act ("…, erkannte die Autorität des Gerichts nicht an") or, after a subordinate
        clause, the main clause ("Während X erklärte, …, räumte Y ein"), no longer the reported words."""
        w, tok = self.words[j], self.doc.tokens[j]
        if not self.lex.setting("verb_second") or tok.kind != "word" or not tok.text[:1].islower() \
                or any(q0 <= j < q1 for q0, q1 in self.quote_spans) or self.lex.in_closed_class(w):
            return False
        if self.infinitive_clause(list(range(j, end))) or self.subjunctive_clause(j, end):
            return False  # "…, bestimmte Techniken zu benutzen": an adjective; "…, gefordert sei …": reported still
        if any(c.kind == "verb" for c in self.lex.cues.get(w, ())):
            return True
        nxt = self.doc.tokens[j + 1] if j + 1 < end else None
        # a past ending before a capitalised word is an adjective's ("…, erste Hilfslieferungen sind unterwegs",
        # "…, gute Lösungen gibt es nicht")
        return w.endswith(self.lex.endings("singular_past_ending") or ("\0",)) and not (
            nxt is not None and nxt.kind == "word" and nxt.text[:1].isupper())

    def second_verb(self, a: int, b: int) -> int | None:
        """The coordinator in tokens [a, b) (German) that a finite verb in the indicative past follows, or a speech
        verb ("… und bemühte das Bild", "… und fügte hinzu"): the subject's own next act, no longer reported
        speech; None when there is none (or it stands in a quote)."""
        if not self.lex.setting("verb_second"):
            return None
        for j in range(a + 1, b - 1):
            w, nxt = self.words[j + 1], self.doc.tokens[j + 1]
            if not self.lex.is_("coordinator", self.words[j]) or nxt.kind != "word" or not nxt.text[:1].islower():
                continue
            if any(q0 <= j < q1 for q0, q1 in self.quote_spans) or self.lex.in_closed_class(w):
                continue
            if w.endswith(self.lex.endings("weak_past_ending") or ("\0",)) or any(
                    c.kind == "verb" for c in self.lex.cues.get(w, ())):
                return j
        return None

    def make(self, cue: Cue, cue_toks: list[int], speaker, content: tuple[int, int], kind: str,
             sentence: int) -> Claim:
        doc = self.doc
        c0, c1 = content
        cs, ce = doc.tokens[c0].start, doc.tokens[c1 - 1].end
        parts = [doc.span(doc.tokens[t].start, doc.tokens[t].end) for t in sorted(cue_toks)]
        contiguous = max(cue_toks) - min(cue_toks) + 1 == len(cue_toks)
        cue_start = doc.tokens[min(cue_toks)].start
        cue_end = doc.tokens[max(cue_toks) if contiguous else min(cue_toks)].end
        spk_span = None
        eid = None
        if speaker is not None:
            eid, s0, s1 = speaker
            owned = self.possessed(s1, cue_toks, (c0, c1))
            if owned is not None:
                eid, s1 = owned[0] or eid, owned[1]
            s0, s1 = self.widen(s0, s1, cue_toks, (c0, c1))
            spk_span = doc.span(doc.tokens[s0].start, doc.tokens[s1 - 1].end)
        same_cue = next((c for c in self.claims if c.cue and c.sentence == sentence
                         and c.cue[0] < cue_end and cue_start < c.cue[1]), None)
        if same_cue is not None:
            # one cue, two readings ("Laut israelischen Medien": the preposition and the source noun): keep an
            # impersonal reading ("It has been alleged"), else the one whose speaker is a known actor, else the
            # longer cue
            mine = (kind == "impersonal", eid is not None, cue_end - cue_start)
            theirs = (same_cue.kind == "impersonal", same_cue.speaker is not None, same_cue.cue[1] - same_cue.cue[0])
            if mine <= theirs:
                return same_cue
            self.claims.remove(same_cue)
        hedges = self.hedges(c0, c1, cue_toks)
        status = cue.status
        claim = Claim("", eid, spk_span, doc.span(cue_start, cue_end), doc.span(cs, ce), status, sentence,
                      hedges=hedges, kind=kind, act=cue.event, cue_parts=parts if len(parts) > 1 else [])
        self.claims.append(claim)
        self.cue_of[id(claim)] = (cue, sorted(cue_toks))
        return claim

    def possessed(self, s1: int, cue_toks: list[int], content: tuple[int, int]) -> tuple[str | None, int] | None:
        """A speaker found as a name in the genitive (``genitive_suffix``) before the noun it owns ("Berlins
        Innensenator Max Muster erklärte"): (the entity of an actor inside the owned noun phrase or None, its end);
        without one the owner stays the speaker's entity ("Russlands Präsident").
        Where nouns are capitalised, before the cue, never into the cue or the content."""
        doc, lex, words = self.doc, self.lex, self.words
        last = s1 - 1
        if not lex.setting("nouns_capitalised") or not lex.endings("genitive_suffix") or s1 >= min(cue_toks) \
                or not (doc.tokens[last].kind == "word" and doc.tokens[last].text[:1].isupper()
                        and len(words[last]) > 3 and words[last].endswith(lex.endings("genitive_suffix"))):
            return None
        end = self.noun_phrase(s1, min(cue_toks))
        if end is None or any(content[0] <= j < content[1] for j in range(s1, end)):
            return None
        eid = next((r[2] for r in refs_between(doc, s1, end)), None)
        return eid, end

    def widen(self, s0: int, s1: int, cue_toks: list[int], content: tuple[int, int]) -> tuple[int, int]:
        """The speaker's whole noun phrase where nouns are capitalised (German): the words before a
        name that describe it ("der chinesischen Presseagentur Xinhua", "der ehemalige US-Präsident
        Jimmy Carter") and a genitive or von-phrase after it ("Angaben des französischen Netzbetreibers",
        "Yolanda Alvarez vom Sender RTVE"); never into the cue or the content, and nothing before a phrase that opens
        with a ``passive_agent`` ("dass der Verband von der Regierung aufgefordert wurde")."""
        if not self.lex.setting("nouns_capitalised") or self.words[s0] in self.lex.pronouns:
            return s0, s1
        doc, words, lex = self.doc, self.words, self.lex
        first = doc.sentence_tokens[doc.token_sentence[s0]][0]
        inside = content[0] <= s0 < content[1]  # "Laut X wurden …": the content is the whole clause, source and all
        blocked = set(cue_toks) | (set() if inside else set(range(*content)))
        k = s0
        # a passive's agent ("von der Regierung") has nothing before it
        while k - 1 >= first and k - 1 not in blocked and not lex.is_("determiner", words[k]) \
                and not lex.is_("passive_agent", words[s0]):
            tok, w = doc.tokens[k - 1], words[k - 1]
            if lex.is_("determiner", w):
                k -= 1  # the article opens the phrase
                break
            describing = tok.kind == "num" or self.joining_hyphen(k - 1) or (
                tok.kind == "word" and not lex.cues.get(w) and w not in lex.time and not lex.triggers.get(w)
                and not any(lex.is_(c, w) for c in ("preposition", "subordinator", "coordinator", "negation",
                                                    "aux_perfect", "aux_passive", "future_aux", "sentence_adverb"))
                and (tok.text[:1].isupper() or w.endswith(lex.endings("adjective_ending"))))
            if not describing:
                break
            k -= 1
        if k < s0 and not (lex.is_("determiner", words[k]) or doc.tokens[k].text[:1].isupper()
                           or doc.tokens[k].kind == "num"):
            k = s0  # only adjectives before the name, no article or noun: leave it
        end = s1
        s_end = doc.sentence_tokens[doc.token_sentence[s0]][1]
        if not blocked & set(range(end, self.acronym_end(end, s_end))):
            end = self.acronym_end(end, s_end)  # "Die Weltgesundheitsorganisation ( WHO )"
        if end + 1 < len(words) and end not in blocked and (
                lex.genitive_article(words[end]) or lex.is_("source_joiner", words[end])):
            # "Angaben des Netzbetreibers", "Yolanda Alvarez vom Sender RTVE", "Max Muster von der IG Metall"
            np_end = self.noun_phrase(end + 1, s_end) if lex.is_("source_joiner", words[end]) \
                else self.noun_phrase(end, s_end)
            if np_end is not None and not blocked & set(range(end, np_end)):
                end = np_end
        cue_start = min(cue_toks)
        if s1 <= cue_start and not blocked & set(range(first, cue_start)) - set(cue_toks):
            k, end = self.coordinated(k, end, first, cue_start)
        if end + 2 < s_end and doc.tokens[end].text == "," and end not in blocked:
            # an apposition in commas, or up to the cue or the sentence's end: "Max Muster, Sprecher des Vereins,"
            app = self.chain_after(end + 1, s_end, adjective=True, phrases=True)
            if app is not None and app[2] < s_end and not blocked & set(range(end, app[2])) and (
                    doc.tokens[app[2]].kind == "punct" or app[2] in cue_toks):
                end = app[2]
        return k, end

    def coordinated(self, k: int, end: int, first: int, cue: int) -> tuple[int, int]:
        """Speakers joined by a ``coordinator`` before the cue are one speaker ("Die Stiftung, der Verein und die
        Kammer erklärten", "Max Muster und Erika Muster sagten"): back to the sentence start over names, articles,
        commas and coordinators, and on over a coordinator and a noun phrase that reaches the cue."""
        doc, words, lex = self.doc, self.words, self.lex
        if end + 1 < cue and lex.is_("coordinator", words[end]):
            more = self.noun_phrase(end + 1, cue)
            if more == cue:
                end = more
        if k > first and (doc.tokens[k - 1].text == "," or lex.is_("coordinator", words[k - 1])):
            j = first
            while j < k - 1 and lex.is_("clause_conjunction", words[j]):
                j += 1
            if all(doc.tokens[x].text == "," or lex.is_("coordinator", words[x]) or lex.is_("determiner", words[x])
                   or self.name_like(x) and not any(lex.is_(c, words[x]) for c in (
                       "subordinator", "preposition", "sentence_adverb")) for x in range(j, k)) and self.name_like(
                    j if not lex.is_("determiner", words[j]) else min(j + 1, k - 1)):
                k = j
        return k, end

    def hedges(self, a: int, b: int, extra: list[int]) -> list[tuple[int, int, str]]:
        out = []
        toks = set(range(a, b)) | set(extra)
        for i in sorted(toks):
            m = self.lex.hedges.match(self.words, i)
            if m is not None:
                s, e = self.doc.tokens[i].start, self.doc.tokens[i + m[0] - 1].end
                out.append(self.doc.span(s, e))
        return out

    # -- driver ----------------------------------------------------------------------------
    def run(self) -> list[Claim]:
        doc = self.doc
        for k, (s0, s1) in enumerate(doc.sentence_tokens):
            taken: set[int] = set()
            sentence_source = self.quote_goes_on(k, s0) or self.announced_quote(k, s0)
            i = s0
            while i < s1:
                got = self.verb_cue(i)
                if got is not None and i not in taken:
                    claim = self.from_verb(got[0], got[1], k, s0, s1)
                    if claim is not None:
                        taken.update(got[1])
                        sentence_source = sentence_source or claim
                    i += 1
                    continue
                got2 = self.noun_cue(i)
                if got2 is None and (opinion := self.opinion_noun(i, s1)) is not None:
                    claim = self.from_verb(opinion, [i], k, s0, s1)  # "vertritt die Ansicht, X habe …"
                    if claim is not None and not self.spoken_by_other(claim, i):
                        self.claims.remove(claim)  # "Die Entscheidung, ob …, fiel": nobody holds it
                        claim = None
                    if claim is not None:
                        sentence_source = sentence_source or claim
                    i += 1
                    continue
                if got2 is not None:
                    claim = self.from_source_phrase(got2[0], got2[1], got2[2], k, s0, s1)
                    if claim is not None:
                        sentence_source = sentence_source or claim
                        i = got2[2]
                        continue
                i += 1
            if sentence_source is None:
                sentence_source = self.source_label(k, s0, s1)  # "Polizei: Drei Demonstranten festgenommen"
            inline = self.quote_after_colon(k, s0, s1)  # "Die Firma empfindet die Kritik als ungerecht: „…“"
            if inline is not None and (sentence_source is None or inline.content[0] <= sentence_source.cue[0]):
                sentence_source = inline
            subject = None
            if sentence_source is None and k > 0 and not (self.claims and self.claims[-1].sentence == k - 1):
                subject = self.sentence_subject(k - 1)
            if subject is not None:
                # "Die Behörde sieht keine Gefahr. Nur Geflügelhalter seien zu schützen.": the subjunctive goes on
                # with what the subject of the sentence before holds, when that sentence reports no speech
                self.continued(k, s0, s1, None, subject)
            elif sentence_source is None and self.claims and k - CONTINUE_REACH <= self.claims[-1].sentence < k \
                    and not self.claims[-1].label:  # (a headline's source label does not go on into the lead)
                # "Dort sollen …" goes on with the previous sentence's source (one with a speaker, if any)
                before = []
                for c in reversed(self.claims):
                    if c.sentence < self.claims[-1].sentence:
                        break
                    before.append(c)
                # a claim inside another's words ("X sagte, es sei der Eindruck entstanden, wonach …") is not the one
                # that goes on: the outer claims first
                outer = [c for c in before if not any(d is not c and d.content[0] <= c.cue[0] < d.content[1]
                                                      for d in before if c.cue)]
                before = outer + [c for c in before if c not in outer]
                sentence_source = next((c for c in before if self.named_speaker(c)), None)
                if sentence_source is None and all(c.speaker_span in (None, c.cue) or self.bare_source_noun(c)
                                                   for c in before):
                    # "Laut dem Magazin … Demnach … . Üblicherweise sei dies …": a claim without a speaker, or one whose
                    # cue is its source ("Demnach"), names no one; the speech goes on with the named speaker a
                    # sentence or two before
                    sentence_source = next((c for c in reversed(self.claims) if k - CONTINUE_REACH <= c.sentence
                                            and self.named_speaker(c)), None)
                sentence_source = sentence_source or next((c for c in before if c.speaker_span), self.claims[-1])
                self.continued(k, s0, s1, sentence_source)
            elif sentence_source is None and k > 0:
                self.continued(k, s0, s1, None, strict=True)  # reported speech whose speaker is not named near
            self.reportative(k, s0, s1, sentence_source)
        return self.claims

    def named_speaker(self, c: Claim) -> bool:
        """Whether a claim's speaker is written apart from its cue: not a source noun standing for it ("Nach eigenem
        Bekunden", "Aus Sicht der Partei" read without a named source), which reported speech running on in the
        next sentence does not take as its speaker when another claim has one."""
        return bool(c.speaker_span) and not (c.cue and c.cue[0] <= c.speaker_span[0]
                                             and c.speaker_span[1] <= c.cue[1]) and not self.bare_source_noun(c)

    def bare_source_noun(self, c: Claim) -> bool:
        """Whether a claim's speaker is an article and a source noun and nothing else ("dem Vernehmen nach", "den
        Berichten zufolge"): it names no one."""
        t0, t1 = self.doc.token_at(c.speaker_span[0]), self.doc.token_at(c.speaker_span[1] - 1) + 1
        return t1 - t0 == 2 and self.lex.is_("determiner", self.words[t0]) and any(
            q.kind == "noun" for q in self.lex.cues.get(self.words[t0 + 1], ()))

    def quote_goes_on(self, k: int, s0: int) -> Claim | None:
        """A sentence that is one quote goes on with the words of the speaker whose claim ends in the sentence before
        ("„…“, sagte er.", "Sie warnte vor …:", "Er sagte, er sei überzeugt, dass …", and reported speech running on
        there), under the same cue: a direct claim of its own. Not when a reporting clause follows the quote in its
        sentence (it has a cue of its own: "„…“, fügte er hinzu.")."""
        if k == 0 or (quote := self.whole_quote(k, s0)) is None:
            return None
        p0, p1 = self.doc.sentence_tokens[k - 1]
        # the last claim whose words end in the sentence before (its cue may stand before it: "sagte:" + a quote)
        before = [c for c in self.claims if c.sentence >= k - 2 and id(c) in self.cue_of
                  and c.kind != "reported" and p0 <= self.doc.token_at(c.content[1] - 1) < p1]
        if not before:
            return None
        last = before[-1]
        if self.doc.token_at(last.content[1] - 1) + 1 > s0:
            return None  # its content runs on into this sentence
        origin = self.continued_from(last)
        cue, toks = self.cue_of[id(origin)]
        return self.make(cue, toks, self.speaker_of(last), quote, "direct", k)

    def continued_from(self, claim: Claim) -> Claim:
        """The claim with a cue of its own that a ``continued`` claim goes on with: the last one before it with the
        same speaker that is no continued or reportative claim (the claim itself when there is none, or it is no
        continued claim)."""
        if claim.kind != "continued":
            return claim
        earlier = self.claims[:self.claims.index(claim)]
        return next((c for c in reversed(earlier) if c.kind not in ("continued", "reported")
                     and c.speaker_span == claim.speaker_span and id(c) in self.cue_of), claim)

    def whole_quote(self, k: int, s0: int) -> tuple[int, int] | None:
        """The quote that sentence k opens with when no reporting clause follows it in its sentence (else None)."""
        if self.doc.tokens[s0].kind != "quote":
            return None
        quote = next(((q0, q1) for q0, q1 in self.quote_spans if q0 == s0 + 1), None)
        if quote is None:
            return None
        _e0, e1 = self.doc.sentence_tokens[self.doc.token_sentence[min(quote[1], len(self.doc.tokens) - 1)]]
        if any(self.doc.tokens[j].kind == "word" for j in range(quote[1] + 1, e1)):
            return None  # "„…“, fügte er hinzu": the quote has a reporting clause of its own
        return quote

    def announced_quote(self, k: int, s0: int) -> Claim | None:
        """A sentence that is one quote, after a sentence that reports no speech and ends with a colon, gives the
        words of that sentence's subject ("Die Firma empfindet die Kritik als ungerechtfertigt: „…“", "Max Muster
        zur neuen Heimat: „…“"): a direct claim whose cue is the colon. The subject opens the sentence (a pronoun
        or a noun phrase with its genitives, not an object) and a verb, an apposition or a phrase follows it."""
        if k == 0 or not self.lex.setting("nouns_capitalised") or (self.claims and self.claims[-1].sentence == k - 1):
            return None
        p0, p1 = self.doc.sentence_tokens[k - 1]
        if self.doc.tokens[p1 - 1].text != ":" or (quote := self.whole_quote(k, s0)) is None:
            return None
        speaker = self.opening_subject(p0, p1 - 1)
        if speaker is None:
            return None
        cue = Cue("colon", "reported", "", "", "", ":")
        return self.make(cue, [p1 - 1], speaker, quote, "direct", k)

    def source_label(self, k: int, s0: int, s1: int) -> Claim | None:
        """A sentence that opens with a source and a colon, as news headlines do ("Polizei: Drei Demonstranten
        festgenommen", "NGO: 198 Zivilisten binnen fünf Monaten getötet", "Leitl: …"): what follows the colon is the
        source's, reported (form "according", cue ":"). The source is at most ``LABEL_WORDS`` capitalised words and
        is an actor that is no country, place or capital standing for its government, ends in a role noun, or is a
        word of the closed class ``source_label`` (in German also a compound's end of six letters or more:
        "Zeitungsberichte", "IIASA-Studie"; not one of ``not_source_label``: "Landkreise", "Spielbericht"). Not a
        topic ("Syrien: …", "Brexit: …"), a possessive ("Seine Botschaft: …"), a question ("Deutsche Welle: Wie
        viele …?"), nor a person that the words after the colon describe ("Angela Merkel: Kanzlerin besucht …",
        "Donald Trump: Auch beim Golfen lügt er")."""
        lex, words, toks = self.lex, self.words, self.doc.tokens
        colon = next((j for j in range(s0 + 1, min(s1 - 1, s0 + LABEL_WORDS + 1)) if toks[j].text == ":"), None)
        if colon is None or toks[colon + 1].kind == "quote" or any(
                toks[j].kind != "word" or not toks[j].text[:1].isupper() and not lex.is_("determiner", words[j])
                for j in range(s0, colon)):
            return None
        if any(c.sentence == k and c.cue for c in self.claims) or lex.pronoun_kind(words[s0]) == "possessive" \
                or toks[s1 - 1].text == "?":
            return None
        head = words[colon - 1].rsplit("-", 1)[-1]
        refs = [r for r in refs_between(self.doc, s0, colon) if r[1] == colon]
        ent = self.doc.entity(refs[-1][2]) if refs else None
        named = ent is not None and ent.type not in ("country", "place", "city", "region") \
            and refs[-1][3].via != "metonymy"  # "Kiew: …" is where, not who
        role = lex.roles.match([head], 0)
        endings = tuple(w for w in lex.closed.get("source_label", ()) if len(w) >= LABEL_SUFFIX)
        label = lex.is_("source_label", head) or bool(lex.setting("compound_nouns")) and bool(endings) and words[
            colon - 1].endswith(endings)
        if not (named or role is not None or label) or lex.is_("not_source_label", words[colon - 1]):
            return None
        person = ent is not None and ent.type == "person" or role is not None and role[1].type == "person"
        if person and (any(lex.pronoun_kind(words[j]) == "personal" and {"m", "f"} & set(lex.pronouns[words[j]][1])
                           for j in range(colon + 1, min(s1, colon + 1 + LABEL_TOPIC_REACH)))
                       or any(lex.roles.match(words, j) is not None for j in range(colon + 1, min(s1, colon + 3)))):
            return None  # the person is the topic: "Erdogan: Türkischer Präsident besucht Berlin"
        speaker = (refs[-1][2] if refs else None, s0, colon)
        end = s1 - 1 if toks[s1 - 1].kind == "punct" else s1
        if end <= colon + 1:
            return None
        return self.make(Cue("colon", "reported", "", "", "", ":"), [colon], speaker, (colon + 1, end), "according",
                         k)

    def quote_after_colon(self, k: int, s0: int, s1: int) -> Claim | None:
        """Within sentence k, a quote right after a colon that ends the sentence, when no cue stands before the
        colon: the words of the subject that opens the sentence (:meth:`announced_quote`), a direct claim whose cue
        is the colon."""
        colon = next((j for j in range(s0 + 1, s1 - 1) if self.doc.tokens[j].text == ":"
                      and self.doc.tokens[j + 1].kind == "quote"), None)
        if colon is None or not self.lex.setting("nouns_capitalised"):
            return None
        quote = next(((q0, q1) for q0, q1 in self.quote_spans if q0 == colon + 2), None)
        if quote is None or any(self.doc.tokens[j].kind == "word" for j in range(quote[1] + 1, s1)):
            return None
        tok = self.doc.tokens
        if any(c.sentence == k and c.cue and tok[colon].start > c.cue[0] for c in self.claims):
            return None  # "Er sagte: „…“": the cue before the colon has the quote
        speaker = self.opening_subject(s0, colon)
        if speaker is None:
            return None
        return self.make(Cue("colon", "reported", "", "", "", ":"), [colon], speaker, quote, "direct", k)

    def opening_subject(self, p0: int, end: int) -> tuple[str | None, int, int] | None:
        """The noun phrase or personal pronoun that opens tokens [p0, end) as its subject, followed by a lowercase
        word or a comma (not an object or a prepositional phrase); None otherwise."""
        lex, words = self.lex, self.words
        a = p0
        while a < end - 1 and lex.is_("clause_conjunction", words[a]):
            a += 1
        if self.doc.tokens[a].kind != "word" or lex.is_("object_article", words[a]) or oblique_feminine(
                self.doc, lex, a) or any(lex.is_(c, words[a]) for c in VERB_CLASSES):
            return None  # "Sollte Ihnen dies …": a verb opens it
        if lex.pronoun_kind(words[a]) == "personal":
            got = (None, a, a + 1)
        else:
            got = self.chain_after(a, end)
            if got is None or got[1] != a:
                return None
        nxt = got[2]
        if nxt >= end or not (self.doc.tokens[nxt].text == "," or self.doc.tokens[nxt].kind == "word"
                              and self.doc.tokens[nxt].text[:1].islower()):
            return None
        eid = got[0] or next((r[2] for r in refs_between(self.doc, got[1], got[2])), None)
        return eid, got[1], got[2]

    def negated_cue(self, toks: list[int], a: int, b: int, speaker) -> bool:
        """Whether a negation in the cue's clause [a, b) negates the speech act ("konnte den Bericht nicht
        bestätigen", "gab er nicht bekannt", "did not confirm"): the speaker does not say the content. Only a
        negation after the speaker's start or the cue's first word counts ("Unter Berufung auf nicht genannte
        Quellen gab X an": it is in a phrase before them); a negative determiner negates its noun ("meldete keine
        Verletzten" reports), a ``restrictive_particle`` after the negation limits ("nicht nur … sondern auch"),
        a negation inside a quote is the speaker's words, and one before a comma before the cue is another verb's."""
        words = self.words
        first = min(toks[0], speaker[1]) if speaker is not None else toks[0]
        # a verb-second language negates a finite cue after it ("bestätigte das nicht"); elsewhere a negation after
        # the cue is the content's ("said Budapest would not support …")
        last = b if self.lex.setting("verb_second") else max(toks)
        for j in range(first + 1, last):
            if j in toks or not self.lex.is_("negation", words[j]) or self.lex.is_("negative_determiner", words[j]):
                continue
            if j + 1 < len(words) and self.lex.is_("restrictive_particle", words[j + 1]):
                continue
            if any(q0 <= j < q1 for q0, q1 in self.quote_spans):
                continue
            if j < toks[0] and "," in words[j:toks[0]]:
                continue  # "wollte sich nicht festlegen, sagte aber, …": the negation is another verb's
            return True
        return False

    def from_verb(self, cue: Cue, toks: list[int], k: int, s0: int, s1: int) -> Claim | None:
        i = toks[0]
        a, b, kind = clause_range(self.doc, i)
        if i > s0 and (i == s0 + 1 or self.lex.setting("verb_second") and cue.status == "reported") \
                and self.lex.is_("comparison_subordinator", self.words[i - 1]) and self.participle(i) \
                and not (i + 1 < s1 and any(self.lex.is_(c, self.words[i + 1])
                                            for c in ("passive_agent", "aux_passive"))):
            return None  # "Wie berichtet, wurde …", "Die FPÖ hat wie berichtet … verweigert", "As reported, …": the
            # paper's own earlier report, its own voice (not "As reported by the BBC", "wie berichtet wird"; inside a
            # clause only a cue of reporting, not "wie behauptet"; in English only at the start: "quoted an insider as
            # saying")
        apposition = None
        if max(toks) >= b:  # the particle after an insertion in commas: the clause runs on to it
            apposition = (b, self.particle_after_insertion(b, s1, self.words[max(toks)])[1])
            b = clause_range(self.doc, max(toks))[1]
        if cue.kind == "impersonal":
            # "heißt es in einer Mitteilung des Amts": the document or place it is said in; else the source before
            speaker = (self.document_source(a, b, toks) or self.previous_speaker(k)) if cue.status == "reported" \
                else None
            quote = self.quote_before(a, s0) or self.quote_after(b, s1)  # "heißt es dazu: „…“"
            if quote is not None:
                content = quote
            elif (anaphor := self.anaphoric_content(i, a, b, k, s0, s1)) is not None:
                content = anaphor  # "Dies geht aus einer Mitteilung des Amts hervor."
            else:
                content = self.content_after(b, s1) or self.content_before(a, s0) or self.rest(a, b, toks, None)
            return self.make(cue, toks, speaker, content, "impersonal", k) if content else None
        continues = self.lex.is_("coordinator", self.words[i - 1]) or (
            self.doc.lang == "en" and self.words[i].endswith("ing") and self.doc.tokens[i - 1].text == ",")
        if continues and self.claims and self.claims[-1].sentence == k and self.claims[-1].speaker_span:
            # "X accused … and threatened …", "X denied …, saying …": the same speaker
            speaker = self.speaker_of(self.claims[-1])
        elif continues and self.lex.setting("verb_second") and (shared := self.conjunct_subject(a, i - 1, s0)):
            # "Er rief die Polizei und teilte mit, …": the coordinated verb has the first conjunct's subject, not its
            # object
            speaker = shared
        elif not self.lex.setting("nouns_capitalised") and a == i and a > s0 + 1 \
                and self.doc.tokens[a - 1].text == "," and self.appositive(s0, a - 1):
            # "Kaja Kallas, the EU's top diplomat, urged …": the subject and its apposition before the verb
            # (German: subject_before below)
            speaker = next(((r[2], r[0], r[1]) for r in refs_between(self.doc, s0, s0 + 1)), None) or (
                None, s0, self.noun_phrase(s0, a - 1) or a - 1)
        else:
            speaker = self.speaker_in(a, b, set(), i)
        if speaker is None:  # "Vor kurzem hatte ein Sprecher der Miliz, Max Muster, erklärt"
            speaker = self.interrupted_subject(a, s0)
        if speaker is None and a > s0:  # "Der Gouverneur der Region, Wjatscheslaw Gladkow, räumte ein"
            speaker = next(((r[2], r[0], r[1]) for r in self.doc.actor_refs if r[1] in (a - 1, a) and r[0] >= s0
                            and slot(self.doc, self.lex, r[0]) == "bare"), None)
        finite_first = a == i or (a < i and self.lex.setting("verb_second") and any(
            self.lex.is_(c, self.words[a]) for c in ("aux_perfect", "future_aux")))
        if (speaker is None or speaker[1] >= a and self.lex.setting("verb_second") and self.appositive(s0, a - 1)) \
                and finite_first and a > s0 + 1 \
                and self.doc.tokens[a - 1].text == ",":
            # "Stamminger, zuständig für …, hatte angekündigt"; "Elon Musk, der Milliardär …, kündigte einen
            # Pick-up-Truck an": the subject before the comma, not an object after the verb
            speaker = self.subject_before(a, s0) or speaker
        elif speaker is not None and speaker[1] > i and a == i and a > s0 + 1 and self.lex.setting("verb_second") \
                and self.doc.tokens[a - 1].text == "," and (front := self.prefield_before_relative(a, s0)) is not None \
                and (self.names_actor(front) or not self.names_actor(speaker)):
            # "Der NDR, der für den Vertrag verantwortlich ist, begründete die Einblendungen damit, …": the noun phrase
            # before the relative clause fills the prefield and is the subject; the phrase after the verb is its object
            # (a known actor there stays the speaker when the phrase before names none: "Die Zahl der Menschen, die …,
            # bezifferte die Agentur Xinhua mit 13")
            speaker = front
        if cue.event and speaker is not None and speaker[1] > i and a < i and self.lex.setting("verb_second") \
                and not self.nominative_pronoun(speaker) \
                and not self.lex.is_("object_article", self.words[a]) and not oblique_feminine(self.doc, self.lex, a) \
                and not nominative_person(self.doc, self.lex, i + 1, b) \
                and (np_end := self.noun_phrase(a, i)) is not None and "," not in self.words[np_end:i] \
                and not (self.names_actor(speaker) and self.fronted_thing(a, np_end, i)) \
                and not self.source_phrase_in(a, i) and not self.in_time_expression(a):  # "Siebzig Jahre später …"
            # "Kritiker werfen Erdogan … vor", "Ein Leitartikel in der Washington Post forderte Obama … auf": a speech
            # act's subject fills the prefield (a noun phrase with what modifies it); the actor after the verb is its
            # addressee. A known actor heads it only when it opens it ("Kritiker der Regierung": the critics). Not
            # when a nominative person follows the verb ("Ein Abkommen fordert der Caritas-Präsident"), nor when a
            # known actor follows it and the prefield names a thing ("Eine Reform fordern die Grünen"): the object
            # is fronted; nor when the prefield is a source phrase ("Insidern zufolge fordern die Gläubiger").
            head = a + 1 if self.lex.is_("determiner", self.words[a]) else a
            speaker = next(((r[2], r[0], r[1]) for r in refs_between(self.doc, a, i) if r[0] in (a, head)), None) or (
                None, a, np_end)
        if speaker is None and self.lex.is_("coordinator", self.words[a]) and self.claims \
                and self.claims[-1].sentence == k and self.claims[-1].speaker_span:
            # "… wirft Kiew vor, … und hat mit Vergeltung gedroht": the same subject
            speaker = self.speaker_of(self.claims[-1])
        if apposition is not None and speaker is not None and speaker[1] < apposition[0] and self.widen(
                speaker[1], speaker[2], toks, (apposition[0], apposition[0]))[1] == apposition[0]:
            speaker = (speaker[0], speaker[1], apposition[1])  # "der Leiter des Amts, Max Muster, …"
        elif apposition is not None and speaker is not None and apposition[0] < speaker[1] < apposition[1]:
            speaker = self.subject_before_insertion(i, apposition, speaker)
        if self.negated_cue(toks, a, b, speaker):
            return None  # "Ein Sprecher wollte nicht bestätigen, dass …": nobody says it
        quote = self.quote_before(a, s0) or self.quote_after(b, s1)
        announced = self.after_colon(b, s1, k, max(toks))
        anaphor = self.anaphoric_content(i, a, b, k, s0, s1)
        if quote is not None:
            content, form = quote, "direct"
        elif announced is not None:
            content, form = announced  # "Gauck äußerte sich positiv über seine Gastgeber:" + the next sentence
        elif anaphor is not None:
            content, form = anaphor, "indirect"  # "Dies bestätigte der Vatikan.": the sentence before is confirmed
        elif cue.with_word and cue.with_word in self.words[a:b] and not self.content_clause(b, s1):
            w = self.words.index(cue.with_word, a, b)
            end = i if i > w else b
            content, form = (w, end), "indirect"
        elif kind in ("sub:wie", "sub:as") and a > s0 and self.content_before(a, s0):
            content, form = self.content_before(a, s0), "indirect"  # "…, wie das Ministerium mitteilte"
        elif (kind in ("sub:wie", "sub:as") and a == s0 or self.lex.is_("comparison_subordinator", self.words[s0])
              and i == b - 1) and self.content_after(b, s1):
            # "Wie die BBC berichtet, wurden …"; "Wie Steve Marshall, Sprecher der UN, in Bangkok mitteilte, hat …"
            content, form = self.content_after(b, s1), "indirect"
        else:
            form = "indirect"
            rest = self.rest(a, b, toks, speaker)
            after = self.content_after(b, s1)
            if after is not None and rest is not None and self.second_cue(toks, b) is not None:
                after = None  # "nannte sie „fahrlässig“ und verwies auf Studien, nach denen …": the second verb's
                # clause; the first keeps its own words
            opens_content = after is not None and self.lex.is_("complementizer", self.words[after[0]])
            pronoun = after is not None and self.lex.pronoun_kind(self.words[after[0]]) == "personal"
            reported = after is not None and (opens_content or self.reported_clause(*after) or (
                pronoun and self.doc.clauses[self.doc.token_clause[after[0]]][2] == "main"))  # "sagte, er freue sich"
            if after is not None and not reported and (later := self.content_after_insertion(after[0], s1)):
                # "erklärte in einem Interview, über die Pläne, sei er …": the message after an insertion in commas
                after, reported = later, True
                opens_content = self.lex.is_("complementizer", self.words[after[0]])
            if reported and self.lex.setting("verb_second") and not opens_content:
                rest = None  # "betonte bereits im Vorfeld des Treffens, sein Land habe …": adverbials, then the message
            if after is not None and not reported and self.lex.is_("adverbial_subordinator", self.words[after[0]]):
                after = None  # "warf ihm Wortbruch vor, da er …": a clause of reason or time says why or when, not what
            speaker_before = speaker is not None and speaker[2] < a  # "Der Leiter, Klaus Stöhr, sagte, …"
            trailing = a > s0 + 1 and not reported and not speaker_before and self.reporting_clause(a, toks, speaker)
            if trailing and self.content_before(a, s0):
                content = self.content_before(a, s0)  # "Die Lage sei ernst, sagte er." / "…, the ministry said"
            elif after is not None and (rest is None or opens_content and (
                    self.right_after(i, after[0]) or self.lex.setting("verb_second"))
                                        or self.only_participants(rest)
                                        or reported and self.light_object(i, b, toks, speaker)):
                content = after
            else:
                content = rest or self.content_before(a, s0)
                if rest is not None and rest[1] == b < s1 and self.lex.is_("clause_opener", self.words[b]):
                    more = self.content_after(b, s1)  # "warned it would close the strait if the US attacked"
                    content = (rest[0], more[1]) if more is not None else content
            if content is not None and not reported and (content[0] < a or content[0] >= b and self.resumes(
                    content[0])) and self.embedded_verb(i, a, b, kind, toks):
                # "Alle Beiträge, die gemeldet wurden, sollten …", "…, weil der Bruch von Deichen befürchtet wurde":
                # a speech verb closing a relative or adverbial clause, with no reported clause of its own, reports
                # nothing of the clause around it (SpkAtt annotates none); what it reports is its object in the
                # clause, if any ("die Partei, die Neuwahlen fordert"), said by the relative pronoun
                passive = self.participle(max(toks)) and any(
                    self.lex.is_("aux_passive", self.words[j]) for j in range(max(toks) + 1, b))
                if kind == "rel" and not passive and self.lex.is_("relative_subject", self.words[a]) and (
                        speaker is None or speaker[1] == a):
                    speaker = self.relative_speaker(a)  # not "die Roßberg nannte", "die gemeldet wurden"
                elif passive and speaker is not None and not self.lex.is_("preposition", self.words[speaker[1]]):
                    speaker = None  # a passive's agent follows "von"/"durch"; its subject is what is said
                skip = set(range(speaker[1], speaker[2])) if speaker is not None else set()
                obj = [j for j in range(a + 1, i) if j not in skip]
                if not obj or obj[-1] - obj[0] + 1 != len(obj) or not any(
                        self.doc.tokens[j].kind == "word" and self.doc.tokens[j].text[:1].isupper() for j in obj):
                    return None
                return self.make(cue, toks, speaker, (obj[0], obj[-1] + 1), form, k)
        if content is None:
            return None
        if kind == "rel" and speaker is not None and speaker[1] == a < speaker[2] - 1 and a + 1 < b \
                and self.lex.is_("relative_subject", self.words[a]) and self.lex.is_("determiner", self.words[a + 1]):
            speaker = self.relative_speaker(a)  # "…, der dem UNHRC Parteilichkeit vorwirft": the pronoun, which an
            # article after it does not join (that opens the object)
        if self.relative_subject(a, b, kind, speaker, content):
            speaker = self.relative_speaker(a)  # "Ägypten, das vorschlug, …": the pronoun, standing for the noun
        return self.make(cue, toks, speaker, content, form, k)

    def embedded_verb(self, i: int, a: int, b: int, kind: str, toks: list[int]) -> bool:
        """Whether the cue verb at ``i`` closes a relative or adverbial clause [a, b) (verb-final: only
        auxiliaries and modals after it), not a "wie"/"as" clause, which frames what the sentence says."""
        if not self.lex.setting("verb_second") or kind == "main" \
                or self.lex.is_("comparison_subordinator", kind[4:] if kind.startswith("sub:") else ""):
            return False
        if i <= a + 1 and kind == "rel" or any(j not in toks and self.doc.tokens[j].kind == "word"
                                               for j in range(i, max(toks))):
            return False  # "…, das teilte das Institut mit", "Als Begründung gaben die USA an": a verb in second place
        return all(self.doc.tokens[j].kind != "word" or any(self.lex.is_(c, self.words[j]) for c in CLOSING_VERBS)
                   for j in range(max(toks) + 1, b))

    def resumes(self, k: int) -> bool:
        """Whether the clause at token ``k`` goes on with the clause around an embedded one: a finite auxiliary or
        modal ("…, die gemeldet wurden, sollten …") or a relative pronoun ("…, welches daraufhin …")."""
        w = self.words[k]
        if any(self.lex.is_(c, w) for c in CLOSING_VERBS):
            return True
        return self.lex.is_("relative", w) and k + 1 < len(self.words) \
            and self.doc.tokens[k + 1].kind == "word" and self.doc.tokens[k + 1].text[:1].islower()

    def conjunct_subject(self, a: int, coord: int, s0: int) -> tuple[str | None, int, int] | None:
        """The subject that a verb right after the coordinator at token ``coord`` shares with the conjunct before it
        ("Er rief die Polizei und teilte mit", "Die Ministerin lobte die Helfer und forderte die Bürger auf"): the
        noun phrase or personal pronoun that opens the clause [a, coord), or, where that clause opens with its verb
        after a comma ("X möchte …, nimmt … und warnt …"), the one that opens the sentence. None when the first
        conjunct opens with anything else (an object, an adverbial: the subject then follows its verb)."""
        got = self.opening_subject(a, coord) if a < coord else None
        if got is None and s0 < a - 1 and self.doc.tokens[a - 1].text == "," and self.doc.tokens[a].text[:1].islower() \
                and not any(self.lex.is_(c, self.words[a]) for c in NOT_ADJECTIVE_CLASSES):
            got = self.opening_subject(s0, a - 1)  # not after "am Freitag harrten …": a clause of its own
        if got is not None and got[0] is None and got[2] == got[1] + 1 and \
                self.lex.pronoun_kind(self.words[got[1]]) == "personal":
            eid = antecedent(self.doc, got[1], self.pronoun_genders(got[1]))
            if eid is not None:
                add_mention(self.doc, eid, got[1], got[1] + 1, "pronoun")
            got = (eid, got[1], got[2])
        return got

    def nominative_pronoun(self, speaker: tuple[str | None, int, int]) -> bool:
        """Whether a speaker is one personal pronoun that is no ``accusative_pronoun`` ("er"): it is the subject
        wherever it stands ("Die Bürger forderte er auf")."""
        w = self.words[speaker[1]]
        return speaker[2] == speaker[1] + 1 and self.lex.pronoun_kind(w) == "personal" and not self.lex.is_(
            "accusative_pronoun", w)

    def pronoun_genders(self, i: int) -> frozenset[str]:
        """The genders a personal pronoun at token i may stand for, narrowed by a cue verb or an auxiliary right
        beside it: German "sie" with one of a plural ending (``plural_verb_ending``) is plural ("Sie fordern",
        "erklärten sie": not "die Slowakei" of a list of states), with another one singular ("sagte sie")."""
        genders = self.lex.pronouns[self.words[i]][1]
        if "pl" not in genders or len(genders) < 2 or not self.lex.endings("plural_verb_ending"):
            return genders  # (English shows no number on its verbs: "They have demanded")
        for j in (i + 1, i - 1):
            if not 0 <= j < len(self.words) or self.doc.tokens[j].kind != "word" \
                    or not self.doc.tokens[j].text[:1].islower():
                continue
            w = self.words[j]
            if w in self.lex.cues or any(self.lex.is_(c, w) for c in ("aux_perfect", "modal_verb", "future_aux")):
                plural = w.endswith(self.lex.endings("plural_verb_ending") or ("\0",))
                return PLURAL if plural else genders - PLURAL
        return genders

    def relative_subject(self, a: int, b: int, kind: str, speaker, content: tuple[int, int]) -> bool:
        """Whether the relative pronoun that opens the cue's clause [a, b) is its speaker: a pronoun that can be a
        subject (``relative_subject``) and no article (no noun or adjective with a noun after it: "…, die Polizei
        sprach von …"), where no other subject was found (or only an object or the pronoun's own phrase) and the
        content is words of their own after the clause, not an object in it."""
        words, lex = self.words, self.lex
        if kind != "rel" or not lex.is_("relative_subject", words[a]) or a + 1 >= b or a <= content[0] < b:
            return False
        nxt = self.doc.tokens[a + 1]
        adjective = nxt.text[:1].islower() and words[a + 1].endswith(lex.endings("adjective_ending")) \
            and a + 2 < b and self.doc.tokens[a + 2].text[:1].isupper()
        if nxt.kind != "word" or nxt.text[:1].isupper() or adjective:
            return False
        return speaker is None or speaker[1] == a or lex.is_("object_article", words[speaker[1]])

    def relative_speaker(self, a: int) -> tuple[str | None, int, int]:
        """The relative pronoun at token a as the speaker of its clause (SpkAtt's source: "eine Argumentation, *die*
        davon ausgeht, …"), with the actor of the noun right before its comma as its entity, or before a short
        prepositional phrase there ("Der israelische Botschafter in Genf, der …")."""
        eid = next((r[2] for r in self.doc.actor_refs if r[1] == a - 1), None)
        if eid is None:
            for r in self.doc.actor_refs:
                if a - 1 - PP_REACH <= r[1] < a - 1 and self.lex.is_("preposition", self.words[r[1]]) and all(
                        self.doc.tokens[j].kind == "word" for j in range(r[1], a - 1)):
                    eid = r[2]
        return eid, a, a + 1

    def subject_before_insertion(self, i: int, apposition: tuple[int, int], speaker) -> tuple[str | None, int, int]:
        """A speaker found inside the insertion before a separated particle is the apposition of the noun phrase
        between the verb at token i and the insertion ("teilte später der Direktor der Behörde, Max Muster, mit"):
        that phrase and the insertion, when the phrase reaches the insertion's comma; else the speaker found."""
        j = i + 1
        while j < apposition[0] and self.lex.is_("sentence_adverb", self.words[j]):
            j += 1
        got = self.chain_after(j, apposition[0])
        if got is None or got[1] != j or got[2] != apposition[0]:
            return speaker
        return speaker[0] or got[0], j, apposition[1]

    def content_after_insertion(self, c: int, s1: int) -> tuple[int, int] | None:
        """The message after a short insertion in commas that opens at token c, right after the cue's clause
        ("teilte der Eigentümer, ein Verlag aus Bonn, mit, dass …"): the content from the first later clause of the
        sentence that opens with a complementizer or reads as a reported main clause (from the insertion on when that
        clause opens with its subjunctive verb: "erklärte in einem Interview, über den Versuch, …, sei er …"), when
        the clauses before it hold at most ``MAX_INSERTION`` tokens (``MAX_PREFIELD`` before a clause that opens
        with its subjunctive verb: they are its first phrase, "in den Ländern, in denen …, sei die Zahl …"), no
        speech verb and no quote (where the verb comes second: German)."""
        doc, lex = self.doc, self.lex
        first = doc.token_clause[c]
        if not lex.setting("verb_second") or first < 0:
            return None
        for k in range(first + 1, len(doc.clauses)):
            ca, cb, kind = doc.clauses[k]
            verb_first = kind == "main" and lex.is_("subjunctive", self.words[ca])
            if ca >= s1 or ca - c > (MAX_PREFIELD if verb_first else MAX_INSERTION):
                return None
            if any(doc.tokens[j].kind == "quote" or any(q.kind == "verb" for q in lex.cues.get(self.words[j], ()))
                   for j in range(c, ca)):
                return None  # a statement of its own, or words quoted before
            if kind.startswith("sub:") and lex.is_("complementizer", self.words[ca]) or kind == "main" \
                    and self.reported_clause(ca, cb):
                got = self.content_after(ca, s1)
                if got is not None and lex.is_("subjunctive", self.words[ca]):
                    return c, got[1]  # the verb opens the clause: the insertion is its first phrase ("über …, sei er")
                return got
        return None

    def anaphoric_content(self, i: int, a: int, b: int, k: int, s0: int, s1: int) -> tuple[int, int] | None:
        """The sentence before (without its final punctuation) when a ``content_anaphor`` opens the sentence right
        before the cue at token i and no content clause follows, only perhaps a relative one ("Dies bestätigte der
        Vatikan.", "Das geht aus dem Bericht hervor, der am Montag erschien."); else None."""
        if not (a == s0 and i == a + 1 and k > 0 and self.lex.is_("content_anaphor", self.words[a])):
            return None
        after = self.content_after(b, s1)
        if after is not None and self.doc.clauses[self.doc.token_clause[after[0]]][2] != "rel" \
                and not (self.lex.setting("verb_second") and self.phrase_only(*after)):
            return None  # an apposition after the comma is no content ("Das bestätigte der Präsident, Max Muster.")
        p0, p1 = self.doc.sentence_tokens[k - 1]
        return p0, p1 - 1 if p1 - 1 > p0 and self.doc.tokens[p1 - 1].kind == "punct" else p1

    def content_clause(self, b: int, s1: int) -> bool:
        """Whether a dass/that clause or a reported (subjunctive or infinitive) clause follows the cue's clause
        ("geht davon aus, dass …", "ging davon aus, die Lage sei ruhig", "besteht darauf, gehört zu werden": the
        correlate "davon"/"darauf" only points at it)."""
        after = self.content_after(b, s1)
        return after is not None and (self.lex.is_("complementizer", self.words[after[0]])
                                      or self.lex.setting("verb_second") and self.reported_clause(*after))

    def after_colon(self, b: int, s1: int, k: int, last_cue: int) -> tuple[tuple[int, int], str] | None:
        """A cue clause that ends the sentence with a colon announces the next sentence, or the quote that opens
        it (and may run on): (content, form), or None. A colon inside the sentence, close after the cue (the
        speaker may stand between), announces the rest of it ("X hält fest: Das schweißt zusammen.", "sagte der
        Minister: …"; not "informierten unter dem Motto: …")."""
        if b < s1 - 2 and self.doc.tokens[b].text == ":" and b - last_cue <= MAX_SPEAKER_GAP:
            end = s1 - 1 if self.doc.tokens[s1 - 1].kind == "punct" else s1
            return ((b + 1, end), "indirect") if end > b + 1 else None
        if b < s1 - 1 or self.doc.tokens[s1 - 1].text != ":" or k + 1 >= len(self.doc.sentence_tokens):
            return None
        n0, n1 = self.doc.sentence_tokens[k + 1]
        quote = next(((q0, q1) for q0, q1 in self.quote_spans if n0 <= q0 <= n0 + 1), None)
        if quote is not None:
            return quote, "direct"
        end = n1 - 1 if self.doc.tokens[n1 - 1].kind == "punct" else n1
        return ((n0, end), "indirect") if end > n0 else None

    def right_after(self, cue_tok: int, k: int) -> bool:
        """Whether token k follows the cue with nothing but the speaker, an adverbial PP or a comma between
        ("denied that …", "claimed in a statement that …", not "said its aircraft destroyed drones that …")."""
        between = [j for j in range(cue_tok + 1, k) if self.doc.tokens[j].kind == "word"]
        return len(between) <= 4 and (not between or self.lex.is_("preposition", self.words[between[0]])
                                      or any(r[0] == between[0] for r in self.doc.actor_refs))

    def subjunctive_clause(self, a: int, b: int) -> bool:
        """Whether tokens [a, b) hold a subjunctive verb ("er sei unschuldig", "es könnten Stellen wegfallen")."""
        words = [k for k in range(a, b) if self.doc.tokens[k].kind == "word"]
        return bool(words) and any(self.lex.is_("subjunctive", self.words[k]) or k > words[0] and
                                   self.present_subjunctive(k, words[0]) for k in words)

    def reported_clause(self, a: int, b: int) -> bool:
        """Whether tokens [a, b) read as reported content: a subjunctive verb in the first three words ("es
        handele sich …", "er spüre …") or an infinitive clause ("… mitwirken zu wollen", "sich … zu kümmern")."""
        words = [k for k in range(a, b) if self.doc.tokens[k].kind == "word"]
        if not words:
            return False
        if any(self.lex.is_("subjunctive", self.words[k]) for k in words[:3] if k != words[-1]):
            return True
        if any(self.present_subjunctive(k, words[0]) for k in words[1:6] if k != words[-1]):
            return True  # "die Entdeckung werfe ein neues Licht …": a present subjunctive after the opening phrase
        # a long first phrase: "der Verzicht auf die staatlichen Mittel sei …"; the verb is not last in its clause,
        # as it would be in a relative clause ("…, der krank sei")
        first = [k for k in words if k < clause_range(self.doc, a)[1]]
        if any(self.lex.is_("subjunctive", self.words[k]) for k in first[:-1]):
            return True
        if self.infinitive_clause(first, anywhere=True):
            return True  # "sich an US-Modellen zu orientieren, wo …": the first clause is the infinitive one
        return self.infinitive_clause(words)

    def infinitive_clause(self, words: list[int], anywhere: bool = False) -> bool:
        """Whether the word tokens of a German clause make an infinitive clause: "zu" and an infinitive close it
        ("… zu kümmern", "… zu haben"), or an infinitive with its "zu" inside closes it ("…, die Gefangenen
        freizulassen") or, with ``anywhere``, stands in it ("kurzfristig zurückzutreten als Chefin der Partei")."""
        if not words:
            return False
        for n, k in enumerate(words[:-1]):
            nxt = words[n + 1]
            verb = self.doc.tokens[nxt].text[:1].islower() and self.words[nxt].endswith("n") and not any(
                self.lex.is_(c, self.words[nxt]) for c in ("determiner", "preposition")) \
                and (self.words[nxt] not in self.lex.pronouns or self.lex.is_("perfect_infinitive", self.words[nxt]))
            if self.lex.is_("infinitive_marker", self.words[k]) and verb and len(words) - n <= 4 \
                    and self.lex.setting("verb_second"):
                return True  # the infinitive closes a German clause: "… zu kümmern", "… zu haben"
        return any(self.doc.tokens[k].text[:1].islower() and zu_infinitive(self.lex, self.words[k])
                   for k in (words if anywhere else words[-1:]))

    def light_object(self, cue_tok: int, b: int, toks: list[int], speaker) -> bool:
        """Whether at most a short object follows the cue in its clause ("bestätigte den Verdacht, …",
        "beschuldigte General Prem, …"): the clause after it is then the message."""
        skip = set(toks) | (set(range(speaker[1], speaker[2])) if speaker is not None else set())
        rest = [k for k in range(cue_tok + 1, b) if k not in skip and self.doc.tokens[k].kind == "word"]
        # an adverbial phrase is no object: "gab nach der Anweisung des Führers bekannt, …"
        return len(rest) <= 4 or self.lex.is_("preposition", self.words[rest[0]])

    def only_participants(self, span: tuple[int, int]) -> bool:
        """Whether a span holds nothing but actors, times and function words ("warf der Armee am Montag vor, …")."""
        a, b = span
        busy = set()
        for ts, te, _e, _m in refs_between(self.doc, a, b):
            busy.update(range(ts, te))
        for t in self.doc.times:
            ta, tb = self.doc.token_at(t.start_char), self.doc.token_at(t.end_char - 1) + 1
            busy.update(range(ta, tb))
        words = [k for k in range(a, b) if self.doc.tokens[k].kind == "word" and k not in busy]
        if len(words) <= 2 and all(self.doc.tokens[k].text[:1].islower() for k in words):
            return True  # only adverbs left: "behaupten außerdem, …"
        return all(k in busy or self.doc.tokens[k].kind != "word" or any(
            self.lex.is_(c, self.words[k]) for c in ("determiner", "preposition")) for k in range(a, b))

    def reporting_clause(self, a: int, toks: list[int], speaker) -> bool:
        """Whether a clause after the content just names the source: "…, the ministry said (in a statement)",
        "…, teilte später der Direktor mit" (the cue's separated particle is part of the cue)."""
        cue_tok = toks[0]
        first = a
        while first < cue_tok and self.lex.is_("determiner", self.words[first]):
            first += 1
        starts_with_speaker = speaker is not None and speaker[1] <= first <= speaker[2]
        if not (first == cue_tok or starts_with_speaker and cue_tok - speaker[2] <= 1):
            return False
        _a, b, _k = clause_range(self.doc, cue_tok)
        spans = [speaker]
        if speaker is not None and speaker[1] > cue_tok:
            # the speaker's whole noun phrase: "…, sagte ein Kreml-Sprecher", "…, sagte ein Sprecher der Regierung"
            # (neither the article nor the genitive is an object)
            spans.append((speaker[0], *self.widen(speaker[1], speaker[2], [cue_tok], (cue_tok, cue_tok))))
        for sp in spans:
            after = [k for k in range(cue_tok + 1, b) if self.doc.tokens[k].kind == "word" and k not in toks
                     and not (sp is not None and sp[1] <= k < sp[2])
                     and not self.lex.is_("sentence_adverb", self.words[k])]  # "…, sagte Henderson weiter"
            # nothing but the source and perhaps "in a statement"/"on Monday" follows the cue
            if not after or self.lex.is_("preposition", self.words[after[0]]):
                return True
        return False

    def rest(self, a: int, b: int, toks: list[int], speaker) -> tuple[int, int] | None:
        """The longest run of the clause that is neither speaker nor cue (nor an auxiliary)."""
        skip = set(toks)
        if self.lex.is_("subordinator", self.words[a]) and any(
                k not in toks and not (speaker is not None and speaker[1] <= k < speaker[2]) for k in range(a + 1, b)
                if self.doc.tokens[k].kind == "word"):
            skip.add(a)  # "da sie Unruhen befürchtete": the clause's subordinator is no part of what is said (where
            # the clause has words besides speaker and cue)
        if speaker is not None:
            skip.update(range(speaker[1], speaker[2]))
            if speaker[1] > 0 and self.lex.is_("reflexive_pronoun", self.words[speaker[1] - 1]):
                skip.add(speaker[1] - 1)  # "erhoffen sich die Initiatoren …": the verb's reflexive is no object
        b = self.second_cue(toks, b) or b  # "dementierte dies und sprach von …": the second verb starts a new claim
        runs: list[tuple[int, int]] = []
        run_start = None
        for i in range(a, b + 1):
            if i == b or i in skip:
                if run_start is not None:
                    runs.append((run_start, i))
                run_start = None
            elif run_start is None:
                run_start = i
        after = [r for r in runs if r[0] > min(toks)]  # after the verb (a separated particle may end the clause)
        if self.lex.setting("verb_second") and len(runs) > 1 and runs[0][0] == a and runs[1][0] < min(toks) and any(
                self.lex.is_(c, self.words[a]) for c in ADVERBIAL_OPENERS) and not any(
                self.lex.is_(c, self.words[a]) for c in CUE_PREPOSITIONS):
            runs = runs[1:]  # "Dann hatten drei Gewerkschaften zu Streiks aufgerufen": an adverbial in the prefield
            # says when or why; the object in the middle field is what was called for
        # what follows the cue is its object ("meldete mindestens 40 Tote"); else the longest run before it
        best = after[0] if after and any(self.doc.tokens[k].kind == "word" for k in range(*after[0])) else (
            max(runs, key=lambda r: r[1] - r[0]) if runs else None)
        if best is None:
            return None
        x, y = best
        while x < y and (self.lex.is_("aux_perfect", self.words[x]) or self.lex.is_("aux_passive", self.words[x])):
            x += 1
        while y > x and (self.lex.is_("aux_perfect", self.words[y - 1]) or self.lex.is_(
                "aux_passive", self.words[y - 1]) or self.doc.tokens[y - 1].kind == "punct"):
            y -= 1
        return (x, y) if y > x else None

    def second_cue(self, toks: list[int], b: int) -> int | None:
        """The coordinator after the cue in its clause (up to token b) that a second cue follows ("dementierte dies
        und sprach von …"), or None."""
        for k in range(max(toks) + 1, b):
            if self.lex.is_("coordinator", self.words[k]) and any(
                    self.lex.cues.get(w) for w in self.words[k + 1:k + 3]):
                return k
        return None

    def content_before(self, a: int, s0: int) -> tuple[int, int] | None:
        """Reported clauses before the cue clause ("Die Lage sei ernst, sagte er")."""
        if a <= s0 + 1:
            return None
        if dateline_dash(self.doc, self.lex, s0) == a - 1:
            return None  # "Wien – Der OeNB-Gouverneur warnt …": a dateline, no reported clause
        end = a - 1 if self.doc.tokens[a - 1].text in (",", ":") else a
        return (s0, end) if end > s0 else None

    def quote_before(self, a: int, s0: int) -> tuple[int, int] | None:
        """A quote that ends just before the reporting clause (it may start in an earlier sentence), with only
        punctuation between; not a name or term in quotation marks inside a clause before it ("…, mit dem man die
        Bauherren „zum Guten zwingen“ wolle, entgegnete …", "Ein Sprecher der „Polizei von DeLand“, Commander Randy
        Henderson, sagte, …": a word of its sentence right before its opening mark, and short words that do not open a
        sentence of their own (:meth:`opens_sentence`; a headline run into the sentence: "Täter in Polizeigewahrsam
        „Die Geschädigten …“, sagte …")."""
        doc = self.doc
        for q0, q1 in self.quote_spans:
            if a - 3 <= q1 <= a and q1 > s0:
                if any(doc.tokens[j].kind == "word" for j in range(q1 + 1, a)) \
                        or q0 - 2 >= s0 and doc.tokens[q0 - 2].kind == "word" and q1 - q0 <= MAX_QUOTED_TERM \
                        and all(doc.tokens[j].kind in ("word", "num") for j in range(q0, q1)) \
                        and not self.opens_sentence(q0):
                    return None
                return q0, q1
        return None

    def opens_sentence(self, j: int) -> bool:
        """Whether the word at token j is a capitalised function word (article, pronoun, preposition, conjunction),
        which opens a sentence: "Die kannten den Herren schon", not the name "Polizei von DeLand"."""
        w = self.words[j]
        return self.doc.tokens[j].text[:1].isupper() and (self.lex.pronoun_kind(w) != "" or any(
            self.lex.is_(c, w) for c in ("determiner", "preposition", "subordinator", "coordinator", "question_word",
                                         "sentence_adverb")))

    def quote_after(self, b: int, s1: int) -> tuple[int, int] | None:
        """A quote that starts just after the reporting clause, in the same sentence; not a name or term in quotation
        marks that its clause goes on after ("sagte, „No-Go-Areas“ dürfe es nicht geben", "forderte den Abstieg für
        den „Berlusconi-Club“ AC Mailand"): the words are the clause's, the quote only marks the term."""
        for q0, q1 in self.quote_spans:
            if b <= q0 <= b + 3 and q0 < s1:
                if self.quoted_term(q0, q1, s1) or any(self.doc.tokens[j].kind == "word" for j in range(b, q0 - 1)):
                    return None
                return q0, q1
        return None

    def quoted_term(self, q0: int, q1: int, s1: int) -> bool:
        """Whether the quote [q0, q1) is a short term inside its clause: at most ``MAX_QUOTED_TERM`` words, no
        punctuation of its own, and a word after its closing mark in the sentence that is no coordinator."""
        doc = self.doc
        nxt = q1 + 1
        return q1 - q0 <= MAX_QUOTED_TERM and nxt < s1 and doc.tokens[nxt].kind == "word" \
            and not self.lex.is_("coordinator", self.words[nxt]) \
            and all(doc.tokens[j].kind == "word" for j in range(q0, q1))

    def from_source_phrase(self, cue: Cue, start: int, end: int, k: int, s0: int, s1: int) -> Claim | None:
        """"nach Berichten X", "laut X", "X zufolge": the speaker is next to the phrase, the content its clause."""
        doc = self.doc
        speaker = None
        if cue.kind == "tag":
            return self.from_tag(cue, start, k, s0, s1)
        if cue.kind == "relative":
            return self.from_relative(cue, start, end, k, s1)
        if cue.kind == "anaphoric":
            return self.from_anaphoric(cue, start, k, s0, s1)
        if doc.tokens[s1 - 1].text == "?":
            return None  # "Was ist Ihrer Meinung nach …?": a question asks for a view and reports none
        if cue.kind == "prep" and (end >= s1 or doc.tokens[end].kind == "punct"):
            return None  # "werden Vorwürfe laut": the adjective "loud", no source after it
        postposed = cue.kind == "noun" and self.words[end - 1] in ("zufolge", "nach") and end - 1 > start
        # a source noun's own source follows it as a word ("Angaben der Polizei", "Angaben Moskaus"); a number or a
        # quote after it starts the clause ("nach Behördenangaben 62 Personen", "rief laut Zeugen „…“")
        attached = end < s1 and (cue.kind != "noun" or doc.tokens[end].kind == "word")
        if "eigenen" in self.words[start:end] or "own" in self.words[start:end]:
            a, b, _kind = clause_range(doc, start)  # "nach eigenen Angaben": the subject speaks for itself
            subject = self.speaker_in(a, b, set(range(start, end)), start)
            if subject is not None and self.lex.setting("nouns_capitalised"):
                # the text names the source as "eigenen Angaben" (SpkAtt's source); its entity is the subject's
                speaker = (subject[0], start + 1, end) if subject[0] is not None else (None, start + 1, end)
            else:
                speaker = subject
        elif postposed and start > s0 and self.lex.pronoun_kind(self.words[start - 1]) == "possessive":
            p = start - 1  # "Seiner Meinung nach": the possessor speaks
            eid = antecedent(doc, p, self.lex.pronouns[self.words[p]][1], same_clause=True)
            speaker = (eid, p, p + 1)
        elif cue.kind == "post" and self.lex.setting("nouns_capitalised"):
            speaker = self.chain_before(start, s0)  # "Ersten Angaben des Instituts von Athen zufolge"
        elif cue.kind == "post":
            for ts, te, eid, _m in refs_between(doc, s0, start):
                if te == start or te == start - 1:
                    speaker = (eid, ts, te)
            if speaker is None:
                speaker = self.phrase_before(start, s0)
        elif not postposed and attached and self.lex.setting("nouns_capitalised") \
                and (chained := self.chain_after(end, s1, adjective=self.bare_genitive(end, s1))) is not None:
            speaker = chained  # "laut dem Direktor der Behörde Max Muster", "nach Angaben des Amts", "nach Angaben
            # lokaler Medien"
        elif not postposed:
            for ts, te, eid, _m in refs_between(doc, end, min(end + 4, s1)):
                lead = self.source_lead(end, ts)
                if lead or ts == end:
                    speaker = (eid, end if lead else ts, self.name_end(te, s1))
                break  # "Laut ROG wurden der Blogger …": a later actor is not the source
        if speaker is None:
            speaker = self.demonym_source(start, end)  # "nach ukrainischen Angaben": Ukraine
        if speaker is None:  # "Nach Grupps Meinung": the possessor inside the phrase
            speaker = next(((next((r[2] for r in doc.actor_refs if r[0] <= t < r[1]), None), t, t + 1)
                            for t in range(start + 1, end - 1) if doc.tokens[t].text[:1].isupper()
                            and self.words[t].endswith(self.lex.endings("genitive_suffix"))), None)
        if speaker is None and cue.kind in ("noun", "prep") and not postposed and attached:
            speaker = self.source_phrase(end, s1)  # "nach Angaben aus Diplomatenkreisen": a source without an entity
        if speaker is None and cue.kind == "noun" and "eigenen" not in self.words[start:end]:
            # "Medienberichten zufolge", "nach ersten Schätzungen": the source noun itself is the source as written
            noun = end - 1 if postposed else end
            first = start if postposed else start + 1
            while first < noun and (self.lex.is_("determiner", self.words[first])
                                    or self.doc.tokens[first].text[:1].islower()) and noun - first > 2:
                first += 1
            speaker = (None, first, noun)
        a, b, kind = clause_range(doc, start)
        if speaker is not None and speaker[2] >= b - 1:  # the source's apposition after the clause's comma
            speaker = (speaker[0], *self.widen(speaker[1], speaker[2], list(range(start, end)), (s1, s1)))
        source_end = max(speaker[2] if speaker is not None else end, end)
        # the clauses that go on with it ("…, der drei Monate lang …"), relative ones too ("Laut Zeugen blieben
        # einige Demonstranten, die sich formiert hatten, noch auf dem Platz")
        more = self.clauses_on(b, s1)
        b_ext = more[1] if more is not None else b
        content: tuple[int, int] | None = (self.main_clause_start(a, s0) if kind == "main" else a, b_ext)
        if start <= a + 1 and source_end >= b - 1:  # the clause is only the source: the rest of the sentence
            b = max(b, source_end)
            content = (b + 1, s1) if b + 1 < s1 else ((s0, a - 1) if a - 1 > s0 else None)
        elif speaker is not None and speaker[1] >= a and speaker[2] >= b:
            content = (a, start) if start > a else None
        if postposed and start - 2 >= a and self.lex.is_("determiner", self.words[start - 2]) \
                and self.lex.pronoun_kind(self.words[start - 1]) == "possessive" and end + 1 < s1 \
                and adjective_before_noun(doc, self.lex, end):
            content = (start - 2, end + 2)  # "das seiner Meinung nach verfehlte Bildungskonzept": the view is about
            # the noun phrase it stands in, not the clause
        if content is None:
            return None
        toks = list(range(start, end))
        return self.make(cue, toks, speaker, content, "according", k)

    def source_lead(self, a: int, b: int) -> bool:
        """Whether tokens a..b may open a source phrase before its name: a preposition ("von", "of"), an article,
        lower-case modifiers, in that order where nouns are capitalised ("laut den ukrainischen Behörden"; not "laut
        Expertenmeinung *wieder der* Opec", where an adverb comes before the article and the name is the clause's)."""
        seen_modifier = False
        ordered = self.lex.setting("nouns_capitalised")  # English: "a statement from"
        for x in range(a, b):
            w = self.words[x]
            if self.doc.tokens[x].kind != "word":
                return False
            if w in ("von", "aus", "of", "from") or self.lex.is_("determiner", w):
                if seen_modifier and ordered:
                    return False
            elif self.doc.tokens[x].text[:1].islower():
                seen_modifier = True
            else:
                return False
        return True

    def main_clause_start(self, a: int, s0: int) -> int:
        """Where the main clause at token a starts when subordinate clauses open the sentence before it, in its
        prefield ("Nachdem …, geht es ihm nach Angaben X gut", relative clauses inside them too: "Nachdem
        Flugzeuge über den Schiffen, die …, Schüsse abgegeben haben, ist es laut X …"): at the first of them; else a."""
        start = j = a
        while j > s0 + 1 and self.doc.tokens[j - 1].text == ",":
            p0, _p1, kind = clause_range(self.doc, j - 2)
            split = kind == "main" and p0 > s0 + 1 and self.doc.tokens[p0 - 1].text == "," \
                and clause_range(self.doc, p0 - 2)[2] == "rel"  # the rest of a clause a relative one splits
            if p0 >= j - 1 or not (kind.startswith("sub:") or kind == "rel" or split):
                break
            j = p0
            if kind.startswith("sub:"):
                start = j
        return start

    def from_tag(self, cue: Cue, i: int, k: int, s0: int, s1: int) -> Claim | None:
        """"Die Lage sei ernst, so der Sprecher." / "„…“, so Schnappauf.": the source follows the tag up to the
        end of its clause, or of its noun phrase where a lowercase word follows that (an adverbial: "so der
        Minister in einem Interview", "so der Sprecher weiter"); the content is the quote or the sentence before it."""
        _a, b, _kind = clause_range(self.doc, i + 1)
        end = b
        while end > i + 1 and self.doc.tokens[end - 1].kind == "punct":
            end -= 1
        if end <= i + 1:
            return None
        chain = self.chain_after(i + 1, end, adjective=True)
        if chain is not None and chain[2] < end and self.doc.tokens[chain[2]].kind == "word" \
                and self.doc.tokens[chain[2]].text[:1].islower():
            end = chain[2]  # "so der Schriftsteller X in einem Blogeintrag", "so der Minister weiter": the noun phrase
        eid = next((r[2] for r in refs_between(self.doc, i + 1, i + 3)), None)
        quote = self.quote_before(i - 1, s0)
        colon = next((j for j in range(i - 2, s0, -1) if self.doc.tokens[j].text == ":"), None)
        start = colon + 1 if colon is not None and colon + 1 < i - 1 else s0  # "Die Grünen üben Kritik: …, so
        # Walser": what follows the colon is his; what goes before it the article says
        content = quote or ((start, i - 1) if i - 1 > start else None)
        if content is None:
            return None
        rest = self.after_insertion(b, s1, quote is not None)
        if rest is not None and (quote is not None or self.function_words_only(s0, i - 1)):
            content = (content[0], rest)  # "Der Präsident sei, so die Opposition, schuld daran, …": both parts
        return self.make(cue, [i], (eid, i + 1, end), content, "direct" if quote else "according", k)

    def function_words_only(self, a: int, b: int) -> bool:
        """Whether tokens [a, b) are no clause of their own where nouns are capitalised: no lowercase word outside
        the closed classes and pronouns, so no full verb ("Der Präsident sei", "Vom 2. April bis zum 20. Juni";
        not "ATTAC unterstützt den Streik")."""
        if not self.lex.setting("nouns_capitalised"):
            return False
        return all(t.kind != "word" or t.text[:1].isupper() or self.words[j] in self.lex.pronouns
                   or self.lex.in_closed_class(self.words[j])
                   for j, t in enumerate(self.doc.tokens[a:b], start=a))

    def after_insertion(self, b: int, s1: int, quoted: bool) -> int | None:
        """Where the words go on after a tag in commas that ends at token b ("Der Präsident sei, so die Opposition,
        schuld daran, …"; "„…“, so der Sprecher, „…“"): the end of the sentence before its final punctuation (of
        the quote that goes on, when the words before the tag were quoted); None when the tag ends the sentence."""
        while b + 1 < s1 and self.doc.tokens[b].text == "," and clause_range(self.doc, b + 1)[2] == "rel":
            b = clause_range(self.doc, b + 1)[1]  # "so die Ergebnisse eines Richters, der … ermittelt, seien …"
        if b + 1 >= s1 or self.doc.tokens[b].text != ",":
            return None
        if quoted:
            return next((q1 for q0, q1 in self.quote_spans if q0 in (b + 1, b + 2) and q1 <= s1), None)
        end = s1
        while end > b + 1 and self.doc.tokens[end - 1].kind == "punct":
            end -= 1
        return end if end > b + 1 else None

    def from_anaphoric(self, cue: Cue, i: int, k: int, s0: int, s1: int) -> Claim | None:
        """"Demnach …": the adverb points back to the source of the sentence before; it is the speaker as written
        (like a pronoun), linked to that source's entity, and the content is its sentence."""
        end = s1 - 1 if self.doc.tokens[s1 - 1].kind == "punct" else s1
        if end - s0 < 3:
            return None
        earlier = self.previous_speaker(k)
        return self.make(cue, [i], (earlier[0] if earlier else None, i, i + 1), (s0, end), "according", k)

    def from_relative(self, cue: Cue, start: int, end: int, k: int, s1: int) -> Claim | None:
        """"Studien, nach denen …" / "ein Bericht, wonach …": the relative pronoun (or, for "wonach", the
        noun phrase before the comma) is the source, the rest of the clause the content."""
        _a, b, _kind = clause_range(self.doc, start)
        stop = b - 1 if self.doc.tokens[b - 1].kind == "punct" else b
        if stop <= end:
            return None
        comma = start - 1
        eid = next((r[2] for r in self.doc.actor_refs if r[1] == comma), None)
        if end - start == 2:
            speaker = (eid, start + 1, end)  # "nach denen"
        else:
            pa, _pb, _pk = clause_range(self.doc, comma - 1)
            speaker = (eid, pa if comma - pa <= MAX_SOURCE_PHRASE else comma - 1, comma)
        return self.make(cue, list(range(start, end)), speaker, (end, stop), "according", k)

    def bare_genitive(self, k: int, s1: int) -> bool:
        """Whether a genitive with no article opens at token k: an adjective with the genitive ending before a noun
        ("Angaben *lokaler* Medien"; closed class ``genitive_adjective_ending``)."""
        doc = self.doc
        return k + 1 < s1 and doc.tokens[k].kind == "word" and doc.tokens[k].text[:1].islower() \
            and self.words[k].endswith(self.lex.endings("genitive_adjective_ending")) \
            and doc.tokens[k + 1].text[:1].isupper()

    def source_phrase(self, k: int, s1: int) -> tuple[None, int, int] | None:
        """The noun phrase naming a source right after a source cue, when no actor was recognised in it."""
        doc, lex = self.doc, self.lex
        j = k
        article = False
        if j < s1 and self.words[j] in ("aus", "von", "from", "of", "des", "der", "dem", "the"):
            article = self.lex.is_("determiner", self.words[j])  # "Angaben des französischen Netzbetreibers"
            j += 1
        start = j
        while j < s1 and doc.tokens[j].kind == "word" and (lex.is_("determiner", self.words[j]) or (
                doc.tokens[j].text[:1].islower() and lex.setting("nouns_capitalised") and article)):
            article = article or lex.is_("determiner", self.words[j]) or self.words[j] in ("aus", "von")
            j += 1
        if j < s1 and self.name_like(j) and not self.lex.cues.get(self.words[j]):
            # the whole noun phrase: "laut Hauptmann Max Muster", "laut „ Radio X “"
            return None, start, max(j + 1, self.noun_phrase(start, s1) or 0)
        if j + 1 < s1 and self.doc.tokens[j].kind == "quote" and self.noun_phrase(start, s1):
            return None, start, self.noun_phrase(start, s1)
        return None

    def chain_after(self, k: int, s1: int, adjective: bool = False,
                    phrases: bool = False) -> tuple[str | None, int, int] | None:
        """A source's noun phrase from token k, with the genitives and von-/aus-phrases attached to it (where nouns
        are capitalised): "dem Direktor der zivilen Luftfahrtbehörde Max Muster", "des Presseamts des Ministeriums",
        "von Augenzeugen", "Dokumenten aus dem Archiv", "„ Radio X “". It starts with an article, a possessive or a
        name, or with ``adjective`` also with a lowercase word ("kanadischer General"). With ``phrases`` (an
        apposition that the caller checks to end at a comma or the cue) any prepositional phrase goes on with it
        ("der Direktor der Mission im Kongo", "Leiter der Abteilung bei der Stiftung"). The entity is the first
        actor inside it."""
        words = self.words
        start = k + 1 if k < s1 and self.lex.is_("source_joiner", words[k]) else k
        if start >= s1 or self.doc.tokens[start].kind == "word" and self.doc.tokens[start].text[:1].islower() and not (
                self.lex.is_("determiner", words[start]) or self.lex.pronoun_kind(words[start]) == "possessive"
                or self.name_like(start) or adjective):
            return None  # "Nach einer Studie kamen …": the verb after the source phrase starts no source
        end = self.noun_phrase(start, s1, cue_nouns=True)
        while end is not None and end < s1:
            end = self.acronym_end(end, s1)
            if end + 1 < s1 and (self.lex.genitive_article(words[end]) or self.lex.is_("source_joiner", words[end])
                                 or self.lex.is_("coordinator", words[end])  # "General und Kommandeur der Truppe"
                                 or phrases and self.lex.is_("preposition", words[end])):
                more = self.noun_phrase(end if self.lex.is_("determiner", words[end]) else end + 1, s1, cue_nouns=True,
                                        events=True)
                if more is not None:
                    end = more
                    continue
            break
        if end is None:
            return None
        eid = next((r[2] for r in refs_between(self.doc, start, end)), None)
        return eid, k, end  # with the joiner: "Angaben [von Augenzeugen]"

    def source_head(self, j: int) -> bool:
        """Whether token j is a source noun (cues.tsv, also as a compound's end: "Presseangaben") or a role noun
        (roles.tsv): a noun that a genitive source attaches to ("Angaben der Polizei", "Sprecher des Amts")."""
        w = self.words[j]
        if any(c.kind == "noun" for c in self.lex.cues.get(w, ())) or self.lex.roles.match(self.words, j):
            return True
        return len(w) > 8 and w.endswith(self.noun_endings)

    def acronym_end(self, end: int, s1: int) -> int:
        """After a name, the end of an acronym in parentheses that follows it ("… Realschullehrer ( VDR )")."""
        toks = self.doc.tokens
        if end + 2 < s1 and toks[end].text == "(" and toks[end + 2].text == ")" and toks[end + 1].text.isupper():
            return end + 3
        return end

    def chain_before(self, end: int, s0: int) -> tuple[str | None, int, int] | None:
        """The source's noun phrase that ends before a postposed source word ("zufolge"), back over genitives and
        von-phrases: "Ersten Angaben vom gestrigen Mittwoch", "Berichten verschiedener Medien", "dem „ Figaro “".
        Lowercase adjectives count only after an article or at the sentence start ("ersten Angaben" after a verb
        stays "Angaben"). The entity is the first actor inside it."""
        doc, lex, words = self.doc, self.lex, self.words
        start = end
        e = end
        while True:
            j = e
            if j - 3 >= s0 and doc.tokens[j - 1].text == ")" and doc.tokens[j - 3].text == "(":
                j -= 3  # an acronym in parentheses
            while j > s0 and not lex.is_("determiner", words[j - 1]) and (
                    doc.tokens[j - 1].kind in ("quote", "num") or self.joining_hyphen(j - 1)
                    or self.name_like(j - 1) and not lex.is_("preposition", words[j - 1])):
                j -= 1
            if j == e or not any(self.name_like(x) for x in range(j, e)):
                break
            a = j
            while a > s0 and doc.tokens[a - 1].kind == "word" and doc.tokens[a - 1].text[:1].islower() \
                    and words[a - 1].endswith(lex.endings("adjective_ending")) and not lex.cues.get(words[a - 1]) \
                    and not any(lex.is_(c, words[a - 1]) for c in lex.closed if c != "adjective_ending"):
                a -= 1
            if a > s0 and lex.is_("determiner", words[a - 1]):
                j = a - 1
            elif a == s0 or doc.tokens[a - 1].kind == "punct" or lex.is_("source_joiner", words[a - 1]):
                j = a
            start = j
            if j > s0 and lex.is_("source_joiner", words[j - 1]) and lex.is_("genitive_marker", words[j - 1]):
                e = j - 1  # "Angaben vom Mittwoch", "Angaben von Augenzeugen": a head must come before it
                continue
            if j > s0 and lex.genitive_article(words[j]) and doc.tokens[j - 1].text[:1].isupper() \
                    and doc.tokens[j - 1].kind == "word" and not lex.is_("determiner", words[j - 1]) \
                    and self.source_head(j - 1):
                e = j  # a genitive attached to a source or role noun: "Ermittlungen der Polizei" (not "Kramer der …")
                continue
            break
        if start >= end or not any(self.name_like(x) for x in range(start, end)):
            return None
        if doc.tokens[start].kind == "word" and lex.is_("source_joiner", words[start]):
            start += 1
        eid = next((r[2] for r in refs_between(doc, start, end)), None)
        return eid, start, end

    def phrase_before(self, end: int, s0: int) -> tuple[None, int, int] | None:
        """The noun phrase that ends just before a postposed source word ("dem Zeugen zufolge", "Der Website
        worldreferree.com zufolge"): back over names and nouns, adjectives and one article."""
        j = end
        while j > s0 and j > end - 6 and self.doc.tokens[j - 1].kind == "word" and not any(
                self.lex.is_(c, self.words[j - 1]) for c in ("preposition", "coordinator", "subordinator", "negation",
                                                              "sentence_adverb")) \
                and not self.lex.cues.get(self.words[j - 1]) and self.words[j - 1] not in self.lex.time:
            j -= 1
            if self.lex.is_("determiner", self.words[j]):
                break
        if j == end or not any(self.name_like(x) for x in range(j, end)):
            return None
        return None, j, end

    def sentence_subject(self, k: int) -> tuple[str | None, int, int] | None:
        """The subject that opens sentence k's main clause, when it names who acts: a noun phrase (with its
        genitives) in the prefield, followed by the finite verb ("Das Institut sieht keine Gefahr", "Gegner des
        Gesetzes verweisen auf …"), with an actor, a name or a role in it; not a passive's subject, an object
        ("Den Vorschlag lehnte …"), a pronoun or a thing."""
        doc, lex, words = self.doc, self.lex, self.words
        if not lex.setting("verb_second"):
            return None
        p0, p1 = doc.sentence_tokens[k]
        a, b, kind = clause_range(doc, p0)
        while a < b - 1 and lex.is_("clause_conjunction", words[a]):
            a += 1
        if kind != "main" or a >= b or lex.is_("object_article", words[a]) or oblique_feminine(doc, lex, a):
            return None
        if any(lex.is_("aux_passive", w) for w in words[a:b]) or any(
                doc.tokens[j].kind == "quote" for j in range(p0, p1)):
            return None
        finite = ("aux_perfect", "future_aux", "hypothetical", "planning_modal", "obligation_modal", "subjunctive",
                  "modal_verb")

        def verb_at(j: int) -> bool:
            verb = doc.tokens[j] if j < b or b <= j < p1 and doc.token_clause[j] != doc.token_clause[a] else None
            return not (verb is None or verb.kind != "word" or verb.text[:1].isupper() or lex.in_closed_class(
                words[j]) and not any(lex.is_(c, words[j]) for c in finite))

        got = self.chain_after(a, b)
        inserted = None
        if got is not None and got[1] == a and got[2] == b and b < p1 and doc.tokens[b].text == ",":
            inserted = self.subject_before_insertions(got, p1, verb_at)  # "Der Kommissar, Louis Michel, der …, durfte"
        if inserted is not None:
            got = inserted
        elif got is None or got[1] != a or not verb_at(got[2]):
            # no subject with a finite verb right after it: an adverbial or object opens the sentence, and the subject
            # may follow the verb ("Mit Kritik … hält sich Gall zurück")
            got = self.inverted_subject(a, b, verb_at)
            if got is None:
                return None
        eid, start, end = got
        if eid is None and not any(self.lex.roles.match(words, j) for j in range(start, end)) \
                and not self.spoke_before(start, end):
            return None
        return eid, start, end

    def spoke_before(self, start: int, end: int) -> bool:
        """Whether a noun phrase names someone the article has already given words to: a capitalised word of it
        (no article) is a word of an earlier claim's speaker ("…, so Gall." … "hält sich Gall zurück")."""
        spoken = {self.words[j] for c in self.claims if c.speaker_span
                  for j in range(self.doc.token_at(c.speaker_span[0]), self.doc.token_at(c.speaker_span[1] - 1) + 1)
                  if self.doc.tokens[j].text[:1].isupper() and not self.lex.is_("determiner", self.words[j])}
        return any(self.words[j] in spoken for j in range(start, end) if self.doc.tokens[j].text[:1].isupper()
                   and not self.lex.is_("determiner", self.words[j]))

    def subject_before_insertions(self, got: tuple[str | None, int, int], p1: int,
                                  verb_at) -> tuple[str | None, int, int] | None:
        """A noun phrase that opens the sentence and ends at a comma, then an apposition and relative (or subordinate,
        "um … zu") clauses in commas, then the finite verb ("Der Entwicklungskommissar der EU, Louis Michel, der sich
        seit Mittwoch in Myanmar aufhält, um …, durfte nicht …"): the subject with its apposition; None when the
        clauses after it are of another shape."""
        doc, lex, words = self.doc, self.lex, self.words
        eid, start, end = got
        c = doc.token_clause[end + 1] if end + 1 < p1 else -1
        first = True
        while 0 <= c < len(doc.clauses):
            c0, c1, kind = doc.clauses[c]
            if c0 >= p1 or doc.tokens[c0 - 1].text != ",":
                return None
            if verb_at(c0) and not lex.is_("subordinator", words[c0]) and kind == "main":
                return None if first else (eid, start, end)
            app = self.chain_after(c0, c1) if first else None
            if app is not None and app[1] == c0 and app[2] == c1 and kind == "main":
                end = c1  # the apposition
            elif not (kind in ("rel", "sub") or kind.startswith("sub") or lex.is_("subordinator", words[c0])
                      or self.infinitive_clause([j for j in range(c0, c1) if doc.tokens[j].kind == "word"])):
                return None
            first = False
            c += 1
        return None

    def inverted_subject(self, a: int, b: int, verb_at) -> tuple[str | None, int, int] | None:
        """The subject right after the finite verb of a main clause [a, b) that an adverbial or object opens ("Mit
        Kritik an … hält sich Gall zurück", "Trotz gesunkener Zahlen gibt ROG keine Entwarnung", "Am Rande der
        Sitzung nahm jetzt auch der Ministerpräsident … Stellung"): the first phrase holds no verb
        (:meth:`phrase_only`), the verb is the first word after it, a reflexive pronoun and sentence adverbs
        between verb and subject are skipped; not an object ("den", "dem") or a pronoun."""
        doc, lex, words = self.doc, self.lex, self.words
        if not lex.setting("nouns_capitalised"):
            return None
        j = a + 1
        while j < b and (self.phrase_only(j, j + 1) or j + 2 <= b and self.doc.tokens[j + 1].text[:1].isupper()
                         and self.phrase_only(j, j + 2)):
            j += 1  # "Mit Kritik an einer möglichen Ausweitung …": an adjective before its noun is no verb
        if j >= b - 1 or not verb_at(j):
            return None
        k = j + 1
        while k < b - 1 and (lex.is_("reflexive_pronoun", words[k]) or lex.is_("sentence_adverb", words[k])):
            k += 1
        if lex.is_("object_article", words[k]) or oblique_feminine(doc, lex, k) or words[k] in lex.pronouns:
            return None
        got = self.chain_after(k, b)
        if got is None or got[1] != k:
            return None
        return got

    def continued(self, k: int, s0: int, s1: int, source: Claim | None,
                  subject: tuple[str | None, int, int] | None = None, strict: bool = False) -> None:
        """A sentence without a cue of its own whose finite verb is subjunctive ("Er wisse auch nicht, …",
        "Auch sei die Dokumentation nicht erfolgt") goes on with the reported speech of the sentence before:
        a claim of the same speaker and status whose cue is that verb. Without a claim there, the speaker is the
        ``subject`` of the sentence before (:meth:`sentence_subject`) and the claim is reported; without either
        (*strict*) only a word of the closed class ``reported_subjunctive`` (a present subjunctive no indicative or
        counterfactual shares) makes it one, a reported claim of no one named ("Doch viermal sei er an den
        Patrouillen gescheitert")."""
        a, b, kind = clause_range(self.doc, s0)
        if kind.startswith("sub:") and b + 1 < s1:
            a, b, kind = clause_range(self.doc, b + 1)  # "Nachdem er …, habe er versucht …": the main clause after it
        # right after reported speech a subjunctive of the past goes on with it too ("Die USA würden sich …
        # beteiligen"); elsewhere it is hypothetical ("2019 hätte es beinahe …")
        backshift = source is not None and source.sentence == k - 1 and source.kind in ("indirect", "continued")
        def subjunctive(lo: int, hi: int) -> int | None:
            return next((i for i in range(lo, min(hi, s1)) if (
                self.lex.is_("reported_subjunctive" if strict else "subjunctive", self.words[i])
                or not strict and self.present_subjunctive(i, a))
                         and (backshift or not self.lex.is_("hypothetical", self.words[i]))
                         and not self.optative(i, s0, s1, strict)
                         and not any(q0 <= i < q1 for q0, q1 in self.quote_spans)), None)

        verb = subjunctive(a, b)
        c = b
        fronted = kind == "main" and self.phrase_only(a, b)
        while verb is None and fronted and c < s1:
            # "Im Gegenteil, es sei …", "Das Konklave, an dem er nicht teilnehmen werde, könne …", "Auch sein
            # Vorschlag, dass Tirol … ankaufe, sei abgelehnt worden": the verb follows a first phrase in commas and
            # the clauses that depend on it
            nxt = c + 1 if self.doc.token_clause[c] < 0 else c
            if nxt >= s1:
                break  # the sentence ends after the comma
            c0, c1, k1 = clause_range(self.doc, nxt)
            if c1 <= c:
                break
            if k1.startswith("sub:"):
                c = c1  # a clause that depends on the phrase: its verb is not the sentence's
                continue
            verb, c = subjunctive(c0, c1), c1
            # (a relative clause's subjunctive reports as the sentence's does, "Die Flüchtlinge, denen … verweigert
            # worden sei"; one in the indicative is passed over: "Bei Flüchtlingen, die … weiterreisen wollen, werde")
            fronted = verb is None and (k1 == "rel" or self.phrase_only(c0, c1))
        if verb is None or kind != "main":
            return
        speaker = self.speaker_of(source) if source is not None else subject
        end = s1 - 1 if self.doc.tokens[s1 - 1].kind == "punct" else s1
        cue = Cue("continued", source.status if source is not None else "reported", "", "", "", self.words[verb])
        self.make(cue, [verb], speaker, (s0, end), "continued", k)

    def optative(self, i: int, s0: int, s1: int, strict: bool) -> bool:
        """Whether the subjunctive at token i is no reported speech: a noun inside the sentence ("Wolle",
        capitalised), a wish opening the sentence (``optative_verb``: "Möge …"), a formula with the next word (closed
        class ``optative_formula``, joined by "+": "Gott sei Dank"), or a formula or an imperative that opens the
        sentence or a clause after a comma (``optative_opening``: "Seien Sie …", "…, sei es aus Angst"; not "Ziel sei
        es, …"); or, *strict* (no speaker near), an indicative of the first person (a ``first_person`` word in the
        sentence: "Ich werde … wählen")."""
        words, toks = self.words, self.doc.tokens
        pair = f"{words[i]}+{words[i + 1]}" if i + 1 < s1 else ""
        opens = i == s0 or toks[i - 1].text in (",", ":", ";")
        formula = self.lex.is_("optative_formula", pair) or opens and self.lex.is_("optative_opening", pair)
        return (i > s0 and not toks[i].text[:1].islower()) or i == s0 and self.lex.is_("optative_verb", words[i]) \
            or formula \
            or strict and any(self.lex.is_("first_person", words[j]) for j in range(s0, s1))

    def phrase_only(self, a: int, b: int) -> bool:
        """Whether tokens [a, b) hold no verb (German): only capitalised words, numbers, punctuation, function words
        and adjectives before a capitalised noun ("Im Gegenteil", "Auch weitere Tests am externen Tank")."""
        toks, words, lex = self.doc.tokens, self.words, self.lex
        for j in range(a, b):
            t = toks[j]
            if t.kind != "word" or t.text[:1].isupper() or any(lex.is_(c, words[j]) for c in (
                    "determiner", "preposition", "sentence_adverb", "coordinator", "negation")) or (
                    lex.pronoun_kind(words[j]) == "possessive" and j + 1 < b and toks[j + 1].text[:1].isupper()):
                continue  # (a possessive before its noun: "Auch sein Vorschlag")
            if words[j].endswith(lex.endings("adjective_ending")) and j + 1 < b and toks[j + 1].text[:1].isupper():
                continue
            return False
        return True

    def present_subjunctive(self, i: int, a: int) -> bool:
        """A verb in the present subjunctive after a pronoun or noun phrase that opens the clause ("Sie empfehle
        den Kauf …", "Die Präsentation erfolge, sobald …"): a lowercase word ending in -e (the indicative ends in
        -t; a past ending in -te is left out), no function word; where nouns are capitalised (German)."""
        w = self.words[i]
        if not (self.lex.setting("nouns_capitalised") and self.doc.tokens[i].text[:1].islower() and len(w) > 3
                and w.endswith("e") and not w.endswith("te") and w not in self.lex.pronouns):
            return False
        if self.lex.in_closed_class(w):
            return False  # a function word
        nxt = self.doc.tokens[i + 1] if i + 1 < len(self.doc.tokens) else None
        if w.endswith("nde") and nxt is not None and nxt.kind == "word" and nxt.text[:1].isupper():
            return False  # a present participle before its noun ("der … andauernde Bürgerkrieg")
        pronoun = i == a + 1 and self.lex.pronoun_kind(self.words[a]) == "personal"
        return pronoun or (i > a + 1 and self.noun_phrase(a, i) == i)  # "Die Präsentation erfolge, sobald …"

    def reportative(self, k: int, s0: int, s1: int, source: Claim | None) -> None:
        """Clauses with a reportative modal ("sollen") become claims of the sentence's source (or none)."""
        covered = [(c.content[0], c.content[1]) for c in self.claims if c.sentence == k]
        for i in range(s0, s1):
            m = self.lex.hedges.match(self.words, i)
            if m is None or m[1][0] != "reportative" or m[1][2] == "noun":
                continue  # "wegen angeblicher Spionage": the adjective hedges its noun, not the clause
            tok = self.doc.tokens[i]
            a, b, _kind = clause_range(self.doc, i)
            if _planning_modal(self.doc, self.lex, i):
                continue
            ca, cb = self.doc.tokens[a].start, self.doc.tokens[b - 1].end
            if any(x <= tok.start < y and (y - x) < (cb - ca) * 3 for x, y in covered if x <= ca and cb <= y):
                continue
            cue = Cue("modal", m[1][1] or "reported", "", "", "", self.words[i])
            speaker = None
            if source is not None and source.speaker is not None and k - source.sentence <= REPORT_REACH:
                sp = source.speaker_span
                ref = next((r for r in self.doc.actor_refs if self.doc.tokens[r[0]].start == sp[0]), None)
                if ref is not None:
                    speaker = (ref[2], ref[0], ref[1])
            if speaker is None:
                # "Er soll …": the source of the report the sentence goes on with, a few sentences back at most
                earlier = next((c for c in reversed(self.claims) if c.sentence < k and c.speaker_span), None)
                if earlier is not None and k - earlier.sentence <= REPORT_REACH:
                    speaker = self.speaker_of(earlier)
            claim = self.make(cue, [i], speaker, (a, b), "reported", k)
            covered.append((claim.content[0], claim.content[1]))  # a second marker in the clause is a hedge

class ClaimExtractor:
    name = "claims"
    requires = ("tokens", "clauses", "token_clause", "entities", "actor_refs")
    assigns = ("claims",)

    def __call__(self, doc: Doc, res: Resources) -> None:
        claims = _Extractor(doc, res).run()
        claims.sort(key=lambda c: (c.content[0], c.cue[0] if c.cue else 0))
        doc.claims = claims
        for k, c in enumerate(doc.claims, 1):
            c.id = f"C{k}"


class ClaimEventLinker:
    """Events inside a claim's content belong to it; the rest get the article's own (asserted) claim."""

    name = "claim-events"
    requires = ("claims", "events")
    assigns = ("claim_events",)

    def __call__(self, doc: Doc, res: Resources) -> None:
        lex = res.lex(doc.lang)
        authored: dict[int, Claim] = {}
        told: dict[str, list[tuple[Claim, int]]] = {}  # event id → (claim, token) of each of its mentions
        for ev in doc.events:
            for start, _end, _text in [ev.trigger, *ev.mentions]:
                holders = [c for c in doc.claims if _demanded_object(doc, lex, c, start)] or [
                    c for c in doc.claims if c.content[0] <= start < c.content[1]
                    and not _speech_object(doc, lex, c, ev, start)]
                if holders:
                    claim = min(holders, key=lambda c: c.content[1] - c.content[0])
                else:
                    k = doc.token_sentence[doc.token_at(start)]
                    claim = authored.get(k) or _author_claim(doc, lex, k, authored)
                told.setdefault(ev.id, []).append((claim, doc.token_at(start)))
                if claim.id not in ev.claims:
                    ev.claims.append(claim.id)
                if ev.id not in claim.events:
                    claim.events.append(ev.id)
        for k in range(len(doc.sentences)):
            if k not in authored and k not in doc.opinion_sentences:
                _hedged_author_claims(doc, lex, k)
        doc.claims.sort(key=lambda c: (c.content[0], c.cue[0] if c.cue else -1, c.content[1]))
        remap = {}
        for k, c in enumerate(doc.claims, 1):
            remap[c.id] = f"C{k}"
            c.id = f"C{k}"
        for ev in doc.events:
            ev.claims = list(dict.fromkeys(remap[x] for x in ev.claims))
            carriers = [c for c in doc.claims if c.id in ev.claims]
            at = doc.token_at(ev.trigger[0])
            # each mention in its own clause: an act the article tells in its own voice once is asserted
            mentions = told.get(ev.id, [])
            # a speaker's presupposition counts only where no claim tells the act itself ("Hintergrund der
            # Ermittlungen seien …, hieß es" after "Medienberichten zufolge ermittelt die Staatsanwaltschaft")
            plain = [(c, t) for c, t in mentions if c.kind == "author" or doc.tokens[t].start not in ev.given]
            ev.status = _event_status([_given_status(c) if doc.tokens[t].start in ev.given
                                       else _status_at(doc, lex, c, t) for c, t in plain or mentions])
            hedged = _noun_hedge(doc, lex, doc.token_at(ev.trigger[0]))
            if hedged and STRENGTH.get(hedged, 9) > STRENGTH.get(ev.status, 9):
                ev.status = hedged  # "der angebliche Angriff", "the alleged strike"
            moods = [_mood(doc, lex, c) if not _adverbial_in(doc, lex, c, at) else None for c in carriers]
            # (not where the trigger holds the end itself: "die Gespräche abzubrechen" is the act demanded)
            ended = ceased(doc, lex, at) and not any(
                lex.is_("cessation_word", w) for w in ev.trigger[2].lower().split())
            if ev.trigger[0] in ev.given:
                pass  # an act the clause takes as given keeps its own mood ("kündigte im Rahmen der
                # Technologiegespräche Teststrecken an": the talks are under way, the test tracks announced)
            elif carriers and all(m == "demanded" for m in moods) and ev.modality != "hypothetical" and not ended:
                ev.modality = "demanded"  # "forderte eine Waffenruhe": asked for, not happened ("ein Ende der
                # Angriffe": they happen)
            elif carriers and ev.modality == "actual" and all(moods) and (
                    not ended or "demanded" not in moods and len(set(moods)) == 1):
                # "kündigte für Dienstag ein Krisentreffen an": announced, still to come; "warnte vor einem
                # Bürgerkrieg": feared, not happened; demanded in one sentence and feared in another: not happened
                # either way (the first mention's mood)
                ev.modality = moods[0]
                if ev.modality == "future" and not ended and not ev.given and recode_announced(ev, ev.negated):
                    # "kündigte Gespräche mit Russland an": the intent to meet (AGREE) is the announcement itself,
                    # told in the voice of whoever tells the cue (not an act it takes as given: "nach der
                    # Freilassung der Geiseln"; nor one it ends: "kündigte an, die Zusammenarbeit einzustellen")
                    cue = carriers[0].cue[0]
                    outer = [c for c in doc.claims if c.kind != "author" and c.content[0] <= cue < c.content[1]]
                    ev.status = min(outer, key=lambda c: c.content[1] - c.content[0]).status if outer else "asserted"
            prospective = lex.is_("prospective_subordinator", doc.clauses[doc.token_clause[at]][2][4:])
            if ev.modality == "actual" and not ended and prospective and any(
                    _adverbial_in(doc, lex, c, at) and _mood(doc, lex, c) in ("demanded", "future") for c in carriers):
                ev.modality = "future"  # "forderte, die Waffenruhe einzuhalten, bevor die Gespräche beginnen": the
                # talks are to come, scheduled, not what is demanded or announced
        _corroborate(doc, lex)


def _corroborate(doc: Doc, lex: Lexicon) -> None:
    """An act that a source reports and that the article also tells in its own voice, as another event of the
    same act (:func:`events.same_act`: "Grenzpolizei nimmt Schleuser fest" in the headline, "Der Schleuser sei an der
    Grenze festgenommen worden, teilte die Polizei mit" below), or as the earlier act a definite noun names again
    (``Event.antecedent``: "Die Kämpfe haben zu einer scharfen Reaktion geführt, erklärte der Sprecher" after "Neue
    Kämpfe im Donbass"), is asserted: the article takes it as fact. Only a plain report is lifted; a claim, a denial
    or a hedge keeps its doubt."""
    places = {p.id: p for p in doc.places}
    told = [ev for ev in doc.events if ev.status == "asserted"]
    for ev in doc.events:
        if ev.status == "reported" and (any(o is ev.antecedent for o in told) or any(
                o is not ev and same_act(doc, lex, o, ev, places) for o in told)):
            ev.status = "asserted"


def _speech_object(doc: Doc, lex: Lexicon, c: Claim, ev, start: int) -> bool:
    """Whether an event noun of a speech act is the object of a claim's cue by which the speaker voices it, the
    act of saying itself ("formulierte eine ähnliche *Kritik*", "signalisierten ihre *Ablehnung*"; closed class
    ``expressing_cue``, or the speaker's possessive before the noun): the article tells that it was said, so the
    claim's status is not its own. Not another's act the speaker reports ("bestätigte Drohungen")."""
    if ev.type not in SPEECH_ACT_TYPES or c.cue is None or not doc.tokens[doc.token_at(start)].text[:1].isupper() \
            and doc.lang == "de":
        return False
    cue_end, at = doc.token_at(c.cue[1] - 1), doc.token_at(start)
    first, last = doc.token_at(c.content[0]), doc.token_at(c.content[1] - 1)
    if first == cue_end + 1 and 0 < at - cue_end <= SPEECH_OBJECT_REACH:
        opens = cue_end + 1  # "formulierte eine ähnliche Kritik"
    elif last + 1 == doc.token_at(c.cue[0]) and 0 <= at - first <= SPEECH_OBJECT_REACH:
        opens = first  # a German cue that closes its clause after its object: "hat scharfe Kritik … geäußert"
    else:
        return False
    voiced = any(lex.is_("expressing_cue", w.lower()) for w in c.cue[2].split())
    return voiced or any(lex.pronoun_kind(doc.words[k]) == "possessive" for k in range(opens, at))


def _demanded_object(doc: Doc, lex: Lexicon, c: Claim, start: int) -> bool:
    """Whether an event noun is the object of a demand cue whose content was read after it ("Senese forderte den
    *Freispruch* seines Mandanten, denn der Kapitän habe …": the content is the reason given; the object is what is
    demanded): between the cue and the content, near the cue, in its clause, with no comma or preposition between."""
    if c.cue is None or not c.act.startswith("10"):
        return False
    cue_end, at, first = doc.token_at(c.cue[1] - 1), doc.token_at(start), doc.token_at(c.content[0])
    return cue_end < at < first and at - cue_end <= SPEECH_OBJECT_REACH \
        and doc.token_clause[at] == doc.token_clause[cue_end] \
        and not any(doc.tokens[k].text == "," or lex.is_("preposition", doc.words[k]) for k in range(cue_end + 1, at))
    # (not after a preposition: "forderte wegen der Proteste Neuwahlen, denn …" asks for elections, not protests)


def _adverbial_in(doc: Doc, lex: Lexicon, c: Claim, t: int) -> bool:
    """Whether token t lies in an adverbial clause inside a claim's content, away from its cue
    (:func:`syntax.framing_clause`)."""
    return c.cue is not None and framing_clause(doc, lex, t, doc.token_at(c.cue[0]), doc.token_at(c.content[0]))


def _mood(doc: Doc, lex: Lexicon, c: Claim) -> str | None:
    """The modality a claim gives the events it carries: ``demanded`` (a demand), ``future`` (an announcement, not
    "wie angekündigt"), ``hypothetical`` (a fear), or None when it tells them as done."""
    if c.act.startswith("10"):
        return "demanded"
    if c.cue and lex.is_("announcement_cue", c.cue[2].split()[0].lower()) and not _as_announced(doc, lex, c):
        return "future"
    return "hypothetical" if c.status == "feared" else None


def _status_at(doc: Doc, lex: Lexicon, c: Claim, t: int) -> str:
    """A claim's status for the event at token t. The article's own voice: only hedges in the event's clause or
    before it in the sentence count ("X, der einen Rücktritt verweigert hatte, könnte im Gefängnis landen": the
    refusal is asserted), and an indirect question is open ("ob es ein Anschlag war": speculated)."""
    if c.kind != "author":
        return c.status
    a, b, kind = clause_range(doc, t)
    status = "asserted"
    for span in c.hedges:
        h = doc.token_at(span[0])
        m = lex.hedges.match(doc.words, h)
        if m is not None and m[1][1] and (a <= h < b or h < t):
            status = m[1][1]
    if (kind.startswith("sub:") and lex.is_("question_subordinator", kind[4:])
            or kind == "main" and _yes_no_question(doc, lex, t)) \
            and STRENGTH.get("speculated", 9) > STRENGTH.get(status, 9):
        status = "speculated"  # "ob es ein Anschlag war", "Hat Russland die Stadt bombardiert?": open
    return status


def _yes_no_question(doc: Doc, lex: Lexicon, t: int) -> bool:
    """Whether the event at token t is what a yes/no question of its own asks (:func:`syntax.own_question`:
    "Hat Russland die Stadt bombardiert?", "Rücktritt vom Rücktritt?"). A question word asks about an act it takes
    as given ("Warum kritisieren Sie die Regierung?"), and so does a definite noun ("War der Anschlag eine
    Warnung?")."""
    if not own_question(doc, lex, t):
        return False
    s0 = doc.sentence_tokens[doc.token_sentence[t]][0]
    capitalised = lex.setting("nouns_capitalised")
    for j in range(t - 1, max(s0, t - 4) - 1, -1):
        w = doc.words[j]
        if lex.is_("determiner", w):
            return lex.is_("indefinite", w)
        if doc.tokens[j].kind != "word" or capitalised and doc.tokens[j].text[:1].isupper():
            break  # "Hat Russland die *Stadt* bombardiert?": a noun ends the phrase before the verb
    return True


def _given_status(c: Claim) -> str:
    """The status of an event a claim takes as given ("der Drahtzieher der Anschläge könnte …", "Die Kontrollen
    verliefen nach den Terroranschlägen wie bisher, hieß es", "Er warf Teheran vor, entgegen dem Atomabkommen …"):
    a presupposition is the article's shared ground, not what the speaker vouches for, so it is asserted — unless
    the claim is more certain ("bestätigte")."""
    return c.status if STRENGTH.get(c.status, 9) < STRENGTH["asserted"] else "asserted"


def _noun_hedge(doc: Doc, lex: Lexicon, i: int) -> str | None:
    """The status a hedging adjective gives the noun at token i ("der mutmaßliche Anschlag"), adjectives between."""
    for j in range(i - 1, max(-1, i - 4), -1):
        m = lex.hedges.match(doc.words, j)
        if m is not None and m[1][2] == "noun" and j + m[0] <= i:
            return m[1][1] or None
        tok = doc.tokens[j]
        if tok.kind != "word" or tok.text[:1].isupper() or lex.is_("determiner", doc.words[j]):
            return None  # only adjectives stand between the hedge and its noun
    return None


def _attributive_hedge(doc: Doc, lex: Lexicon, j: int) -> bool:
    """Whether a hedging adverb ending before token j qualifies an inflected adjective of a noun phrase ("wegen
    *mutmaßlich* manipulierter Prüfberichte"): it doubts that phrase, not the sentence (German: an adjective's
    ending, then a capitalised noun)."""
    return bool(lex.setting("nouns_capitalised")) and adjective_before_noun(doc, lex, j) and not any(
        lex.is_(c, doc.words[j]) for c in ("determiner", "quantifier", "indefinite_pronoun"))  # "mutmaßlich
    # einige Dörfer bombardiert" doubts the act


def _as_announced(doc: Doc, lex: Lexicon, c: Claim) -> bool:
    """Whether a cue stands in a comparison ("wie angekündigt", "anders als angekündigt"): what follows happened."""
    k = doc.token_at(c.cue[0]) - 1
    return k >= 0 and (lex.is_("comparison_subordinator", doc.words[k]) or lex.is_("predicative_marker", doc.words[k]))


def _planning_modal(doc: Doc, lex: Lexicon, i: int) -> bool:
    """Whether the modal at token i plans rather than reports: a ``planning_modal`` in a subordinate or relative
    clause, not after a ``report_infinitive`` ("die helfen sollen", "wo die Güter ausgeladen werden sollen", "wenn
    die Ärzte Leistungen anbieten sollen"; "der getötet worden sein soll" reports), or an infinitive modal closing
    a clause after a perfect auxiliary ("hätten … gebracht werden sollen"). It is no hedge either."""
    a, b, kind = clause_range(doc, i)
    if not lex.is_("planning_modal", doc.words[i]):
        return False
    if last_word(doc, a, b) == i and any(lex.is_("aux_perfect", w) for w in doc.words[a:i - 1]) \
            and not lex.is_("perfect_infinitive", doc.words[i - 1]):
        return True  # "hätten … ins Ziel gebracht werden sollen": an infinitive for a participle after "haben" is
        # what should have been done (counterfactual), not a report
    if kind == "main":
        return False
    last = last_word(doc, a, b)  # the modal itself is a word of [a, b)
    # its infinitive: the word before it at the clause's end, else the clause's last word ("Während dieser Jahre
    # sollen sie … verübt haben", where "Während" opened no subordinate clause)
    infinitive = i - 1 if last == i else last
    return not (infinitive >= a and lex.is_("report_infinitive", doc.words[infinitive]))


def _sentence_hedge(doc: Doc, lex: Lexicon, i: int, m) -> bool:
    """Whether the hedge match *m* at token i hedges the sentence in the article's voice: no bound, no hedge of a
    noun, no planning modal (:func:`_planning_modal`) and no adverb that qualifies an adjective
    (:func:`_attributive_hedge`)."""
    return m is not None and m[1][0] != "bound" and m[1][2] != "noun" and not _planning_modal(doc, lex, i) \
        and not (m[1][2] == "adverb" and _attributive_hedge(doc, lex, i + m[0]))


def _hedged_author_claims(doc: Doc, lex: Lexicon, k: int) -> None:
    """The article's own uncertain statements ("has possibly been moved") are claims even without an event."""
    s0, s1 = doc.sentence_tokens[k]
    others = [c for c in doc.claims if c.sentence == k]
    for i in range(s0, s1):
        m = lex.hedges.match(doc.words, i)
        if not _sentence_hedge(doc, lex, i, m) or not m[1][1]:
            continue
        at = doc.tokens[i].start
        if any(c.content[0] <= at < c.content[1] or (c.cue and c.cue[0] <= at < c.cue[1]) for c in others):
            continue
        a, b, _kind = clause_range(doc, i)
        hedge = doc.span(at, doc.tokens[i + m[0] - 1].end)
        claim = Claim(f"H{k}.{i}", None, None, None, doc.span(doc.tokens[a].start, doc.tokens[b - 1].end),
                      m[1][1], k, hedges=[hedge], kind="author")
        doc.claims.append(claim)
        others.append(claim)


def _author_claim(doc: Doc, lex: Lexicon, k: int, authored: dict[int, Claim]) -> Claim:
    """The article's own voice for sentence k: status asserted unless an uncertainty marker says otherwise."""
    a, b = doc.sentences[k]
    s0, s1 = doc.sentence_tokens[k]
    hedges = []
    status = "asserted"
    others = [c for c in doc.claims if c.kind != "author" and c.sentence == k]
    for i in range(s0, s1):
        at = doc.tokens[i].start
        if any(c.content[0] <= at < c.content[1] or (c.cue and c.cue[0] <= at < c.cue[1]) for c in others):
            continue  # a hedge inside someone else's claim is theirs
        m = lex.hedges.match(doc.words, i)
        if _sentence_hedge(doc, lex, i, m):
            hedges.append(doc.span(doc.tokens[i].start, doc.tokens[i + m[0] - 1].end))
            status = m[1][1] or status
    claim = Claim(f"A{k}", None, None, None, doc.span(a, b), status, k, hedges=hedges, kind="author")
    authored[k] = claim
    doc.claims.append(claim)
    return claim


#: In the ``not_with`` column of cues.tsv: an abstract noun (:func:`syntax.abstract_noun`) as the subject right after
#: the verb, with no subject in the prefield, makes the verb something else ("Damit droht eine Verwässerung": a risk,
#: no threat; :meth:`_Extractor.abstract_subject`).
ABSTRACT_MARK = "@abstract"
STRENGTH = {"confirmed": 0, "asserted": 1, "reported": 2, "claimed": 3, "speculated": 4, "feared": 5,
            "disputed": 6, "denied": 7}


def _event_status(statuses: list[str]) -> str:
    """The event's status: the most certain account wins when several claims carry it."""
    if not statuses:
        return "asserted"
    return min(statuses, key=lambda s: STRENGTH.get(s, 9))

