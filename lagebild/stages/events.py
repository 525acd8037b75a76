"""Event coding: PLOVER type, mode and context (with the CAMEO code), actors, place, time, amounts.

Triggers come from ``lang/<xx>/events.tsv`` (verbs with separated particles, nouns, multi-word
phrases such as "zur Verfügung stellen"); German compounds are matched by their last part
("Verteidigungsabkommens" → "Abkommens"). A noun chain ("Austausch militärischer Unterstützung")
is one event: the head is coded, the rest refines the context.

Source and target follow the trigger's argument pattern (``args``): ``agent`` (subject or
genitive/von-phrase → source; object or gegen/auf-phrase → target; passive swaps), ``theme``
(the deployed or withdrawn force is the source; the host country of the place is the target),
``mutual`` ("zwischen X und Y", "X und Y", "mit Y"), ``recipient`` (an/für-phrase is the target).
Where a participant is missing and the article makes it clear — a relative clause about an
agreement, or a deployment by one party of an agreement — it is filled and marked ``inferred``.

Negation, future, hypothetical and demanded events are marked; commentary sentences are skipped;
events of the same type with compatible participants are merged (event coreference).
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterator

from ..lang.lexicon import PLAIN_NEEDS, Lexicon, Trigger
from ..model import Doc, Entity, Event, Participant, Place
from ..ontology import TYPE_SCORES, coding, intent_of, threat_of
from ..pipeline import Resources
from .entities import UNAFFILIATED_SECTORS, UNALIGNED_SECTORS, add_mention
from .match import candidate_at
from .phrases import phrase_at
from .segment import DASHES, QUOTES
from .syntax import (
    AUXILIARY_CORE,
    NOT_ADJECTIVE_CLASSES,
    _modifier,
    abstract_noun,
    adjective_before_noun,
    after_superlative,
    attributive_participle,
    bare_infinitive,
    ceased,
    clause_range,
    ends_in,
    follows_common_noun,
    framing_clause,
    ge_participle,
    has_word,
    in_time,
    last_word,
    nominative_person,
    other_particle_verb,
    past_participle,
    preposition_before,
    quote_spans,
    refs_between,
    separated_particle,
    slot,
    zu_infinitive,
)

MIN_SUFFIX = 5
# event types whose target, when not named, is the country where the event takes place
PLACE_TARGETS = {"AID", "MOBILIZE", "COOPERATE", "SUPPORT", "ASSAULT", "SANCTION", "COERCE", "THREATEN"}
QUANTITY_UNITS = {
    "MOBILIZE": {"personnel", "weapons", "vehicles"}, "AID": {"money", "weapons", "personnel", "vehicles"},
    "ASSAULT": {"dead", "injured", "casualties", "weapons", "people", "vehicles"},
    "PROTEST": {"people"}, "COERCE": {"arrested", "people", "displaced"}, "RETREAT": {"personnel", "people"},
    "SANCTION": {"money"}, "COOPERATE": {"money", "personnel"},
}


class _Coder:
    def __init__(self, doc: Doc, res: Resources):
        self.doc, self.res, self.kb = doc, res, res.kb
        self.lex: Lexicon = res.lex(doc.lang)
        self.words = doc.words
        self.events: list[Event] = []
        self.noun_triggers: set[int] = set()  # first tokens of events triggered by a noun
        self.needs_known: set[int] = set()  # events whose trigger counts only with a known actor (ids)
        self.backing: set[int] = set()  # support with no word of its kind: aid only where asked for or charged
        self.needs_both: set[int] = set()  # events that count only with a known source and a known target (ids)
        self.needs_people: set[int] = set()  # events whose participants must be people or bodies, not countries (ids)
        self.needs_role: set[int] = set()  # events that count only with an actor, country, role or place (ids)
        self.actor_bound: set[int] = set()  # noun events that count only with a source or target (ids)
        self.doer_bound: set[int] = set()  # verb events that count only with one, or with a named speaker (ids)
        self.announced: set[int] = set()  # acts announced for the future, coded as AGREE or CONCEDE (ids)
        self.verdicts: set[int] = set()  # verbs and nouns of condemning read as a court's verdict or sentence (ids)
        self.possible_mentions: set[int] = set()  # possible acts a noun names, no verb makes happen (ids)
        self.lower_words: set[str] | None = None  # words the text writes in lower case (read when first needed)
        self.quote_spans = quote_spans(doc)  # token ranges inside quotation marks
        self.tables = self.lex.verb_patterns()
        # tokens of names and role nouns the knowledge base knows (actors, places): no common noun
        self.name_tokens = {k for c in doc.candidates for k in range(c.tok_start, c.tok_end)} | {
            k for ts, te, _e, _m in doc.actor_refs for k in range(ts, te)}
        self.place_tokens = {j for p in doc.places for m in p.mentions for j in range(m.tok_start, m.tok_end)}
        self.source_spans = [(c.speaker_span[0], c.speaker_span[1]) for c in doc.claims if c.speaker_span] + [
            (c.cue[0], c.cue[1]) for c in doc.claims if c.cue]
        self.claim_cues = {c.cue[0] for c in doc.claims if c.cue} | {p[0] for c in doc.claims for p in c.cue_parts}
        # the speakers of claims are sources of information, not participants of what they report
        # a source is not a participant of what it reports — unless the content is its own act in the same
        # clause ("the United States announced a new aid package", "Nordkorea hat die Stationierung bestätigt")
        self.speakers = [(self.speaker_token(c), c.content[0], c.content[1])
                         for c in doc.claims if c.speaker_span and not self.own_act(c)]
        self.actor_tokens = {k for ts, te, _e, m in doc.actor_refs if m.via != "possessive" for k in range(ts, te)
                             if doc.tokens[k].text[:1].isupper() and doc.words[k] not in self.lex.roles}

    # -- triggers ------------------------------------------------------------------------
    def speaker_token(self, c) -> int:
        """The first token of the actor reference inside a claim's speaker span ("Die *Ukraine* erklärte"), else
        the span's first token."""
        a = self.doc.token_at(c.speaker_span[0])
        b = self.doc.token_at(c.speaker_span[1] - 1) + 1
        return next((r[0] for r in refs_between(self.doc, a, b)), a)

    def triggers_in(self, s0: int, s1: int) -> list[tuple[int, int, list[int], Trigger]]:
        """(first token, end token, token list, trigger) of each trigger in a sentence."""
        out = []
        i = s0
        while i < s1:
            m = self.lex.trigger_phrases.match(self.words, i)
            if m is not None:
                out.append((i, i + m[0], list(range(i, i + m[0])), m[1]))
                i += m[0]
                continue
            trig = self.trigger_at(i, s1) or self.pattern_at(i, s1)
            if trig is not None:
                out.append(trig)
                i = trig[1]
                continue
            i += 1
        return out

    def in_not_trigger_phrase(self, i: int) -> bool:
        """Whether token i ends or opens a phrase of the class ``not_trigger`` ("erste hilfe", "krieg und frieden")."""
        idx = self.lex.closed_phrases.get("not_trigger")
        return self.phrase_ends("not_trigger", i) or idx is not None and (m := idx.match(self.words, i)) is not None \
            and m[0] > 1

    def phrase_ends(self, cls: str, i: int) -> bool:
        """Whether token i ends a phrase (of two to four words) of the closed class *cls*."""
        idx = self.lex.closed_phrases.get(cls)
        if idx is None:
            return False
        for start in range(max(0, i - 3), i):
            m = idx.match(self.words, start)
            if m is not None and start + m[0] == i + 1:
                return True
        return False

    def conditioned_noun(self, i: int, a: int) -> bool:
        """An event noun named as a condition ("für den Fall eines Austritts aus der EU", "in the event of an
        attack"): a phrase of the closed class ``condition_phrase`` before its determiner."""
        j = self.before_noun_phrase(i, a)
        return j >= a and self.phrase_ends("condition_phrase", j)

    def before_noun_phrase(self, i: int, a: int) -> int:
        """The token before the noun phrase of the noun at token i: before its adjectives and its determiner, if
        any ("*für den Fall* eines Austritts", "die *Bereitschaft zur* engen Zusammenarbeit"); less than a when the
        phrase opens the clause."""
        j = self.determined_start(i, a) - 1
        if j >= a and self.lex.is_("determiner", self.words[j]):
            j -= 1
        return j

    def pattern_at(self, i: int, s1: int) -> tuple[int, int, list[int], Trigger] | None:
        """A verb of the CAMEO verb pattern tables whose pattern codes an event ("rushed troops to the border");
        the language's own lexicon and the cues of claims come first, except where a verb dictionary replaces
        the language's own (``Lexicon.patterns``): it codes speech verbs too."""
        tables = self.tables
        if tables is None or self.words[i] not in tables.forms:
            return None
        tok = self.doc.tokens[i]
        if tok.kind != "word" or i in self.actor_tokens:
            return None
        if tok.start in self.claim_cues and self.lex.patterns is None:
            return None  # a speech verb: attribution reads it, and codes it as a speech act where it is one
            # (a verb dictionary given instead of the language's own, as `eval petrarch --verbs`, codes it)
        s0 = self.doc.sentence_tokens[self.doc.token_sentence[i]][0]
        if tok.text[:1].isupper() and i != s0 or i > s0 and self.lex.is_("determiner", self.words[i - 1]):
            return None  # a name, or a noun ("the attack")
        if not self.verb_use(i, s0):
            return None
        a, b, _ = clause_range(self.doc, i)
        n, code = tables.code_at(self.words, a, i, min(b, s1))
        if code is None:
            return None
        block = tables.forms_at(self.words, i)[0][1]
        try:
            ptype = coding(code).type
        except KeyError:
            return None  # a CAMEO code PLOVER does not map (public statements, appeals)
        args = "recipient" if ptype == "AID" else "mutual" if code[:2] in ("04", "06") else "agent"
        # the CAMEO block names the lemma
        # PETRARCH's premise: a dictionary verb codes an act between actors, so it needs a known one ("the country
        # needed to see progress", "sales are expected to rise" code nothing)
        return i, i + n, list(range(i, i + n)), Trigger("verb", code, "", "", (), args, ("known",), (), "", block)

    def trigger_at(self, i: int, s1: int) -> tuple[int, int, list[int], Trigger] | None:
        tok = self.doc.tokens[i]
        if tok.kind != "word" or i in self.actor_tokens:
            return None  # "Rebellenallianz" names an actor, not an alliance being formed
        w = self.words[i]
        if self.lex.is_("not_trigger", w) or self.in_not_trigger_phrase(i):
            return None  # "Herausforderungen" is no demand, "Erste Hilfe" no aid
        if self.phrase_ends("figurative_phrase", i):
            a0, b0, _kind = clause_range(self.doc, i)
            s0 = self.doc.sentence_tokens[self.doc.token_sentence[i]][0]
            if not self.military_context(a0, b0, s0, s1):
                return None  # "ein am Boden zerstörter Professor"; not jets destroyed on the ground
        cands = self.lex.triggers.get(w)
        if not cands and self.lex.setting("compound_nouns") and tok.text[:1].isupper() and len(w) > MIN_SUFFIX + 2:
            # the longest noun trigger the word ends in ("Fähren|streik"), unless a longer ending is a word
            # that is no trigger ("Grund|voraussetzung") or the first part a verb particle ("Ein|reise")
            for k in range(3, len(w) - MIN_SUFFIX + 1):
                if self.lex.is_("not_trigger", w[k:]):
                    break
                if self.lex.is_("separable_prefix", w[:k]):
                    continue
                cands = self.lex.compound_heads.get(w[k:], [])
                if cands:
                    break
        if not cands:
            return None
        a, b, _ = clause_range(self.doc, i)
        if tok.start in self.claim_cues:  # "hielt Klug fest: …" states; "hielt die Männer fest" detains
            cands = [t for t in cands if self.plover_type(t) not in MATERIAL_TYPES]
        for trig in cands:
            if self.lex.setting("nouns_capitalised") and trig.pos == "noun" and not tok.text[:1].isupper():
                continue
            if trig.pos == "noun" and self.lex.is_("objection_noun", self.words[i]) and "actor" not in trig.needs:
                trig = dataclasses.replace(trig, needs=(*trig.needs, "actor"))  # the bare singular "Protest": an
                # objection or a kind ("wütenden Protest einbrachte", "Gewaltsamer Protest fällt … zurück") unless an
                # actor or a place is attached ("Beim Protest in Hongkong"); a compound names a rally ("FPÖ-Protest")
            if trig.pos == "noun" and i + 1 < s1 and ((u := self.lex.units.match(self.words, i + 1)) is not None
                                                      and u[1][0] in ("weapons", "vehicles")
                                                      or self.lex.is_("modified_noun", self.words[i + 1])):
                continue  # a modifier: "attack drones", "aid convoy", "aid workers"
            if self.lex.setting("nouns_capitalised") and trig.pos == "verb" and tok.text[:1].isupper() and i != \
                    self.doc.sentence_tokens[self.doc.token_sentence[i]][0]:
                continue
            if (trig.pos == "verb" or trig.pos == "phrase" and tok.text[:1].islower()) and not trig.particle \
                    and attributive_participle(self.doc, self.lex, i, s1):
                continue  # "mit international scharf kritisierten Luftangriffen": an adjective, no act
            if trig.pos == "verb" and not trig.particle and other_particle_verb(self.doc, self.lex, i, b):
                continue  # "fordert Russland heraus" is "herausfordern", no demand
            if trig.particle and tok.text[:1].isupper() and preposition_before(self.doc, self.lex, i, a) is not None:
                continue  # the noun of "Handel … aus" must be the verb's object ("wirkte sich im Handel aus" is not)
            if trig.pos == "noun" and self.bare_verb_use(i, s1):
                trig = dataclasses.replace(trig, pos="verb")  # "Russia will attack Ukraine", "plans to attack"
            toks = [i]
            if trig.particle:
                k = next((k for k in range(i + 1, b) if self.words[k] == trig.particle
                          and separated_particle(self.doc, self.lex, k, b)), None)
                if k is None:
                    continue
                toks.append(k)
            return i, i + 1, toks, trig
        return None

    def bare_verb_use(self, i: int, s1: int) -> bool:
        """Whether an English word of a noun row is a verb here: the base form of a verb whose past form the lexicon
        codes as a verb ("attack": "attacked"), after a word of ``verb_before`` (a modal, "to", a
        negation, a subject pronoun: "will attack", "they attack"); after "to" only a form without "-s" before an
        object that opens with an article, a pronoun, a number or a name ("plans to attack Ukraine", "to attack the
        city"; not "in response to attacks", "referred to attack helicopters")."""
        w = self.words[i]
        if self.lex.setting("nouns_capitalised") or i == 0 or not self.lex.is_("verb_before", self.words[i - 1]) \
                or not any(t.pos == "verb" for past in (w + "ed", w + "d", w[:-1] + "ied")
                           for t in self.lex.triggers.get(past, ())):
            return False  # (only the base form of a verb the lexicon knows in the past: "attack", not "ratification")
        if not self.lex.is_("infinitive_marker", self.words[i - 1]):
            return True
        nxt = self.doc.tokens[i + 1] if i + 1 < s1 else None
        return not self.words[i].endswith("s") and nxt is not None and nxt.kind in ("word", "num") and (
            nxt.kind == "num" or nxt.text[:1].isupper() or self.lex.is_("determiner", self.words[i + 1])
            or self.words[i + 1] in self.lex.pronouns)

    def predicative(self, k: int) -> bool:
        """Whether token k is "als"/"as" before the role someone acts in ("als kubanischer Staatschef
        zurückgetreten"), not in a comparison ("mehr als 100 Demonstranten", "anders als angekündigt") and not
        opening a clause ("…, als Russland die Ukraine angriff")."""
        if k < 0 or not self.lex.is_("predicative_marker", self.words[k]):
            return False
        if clause_range(self.doc, k)[0] == k or k == 0 or self.doc.tokens[k - 1].kind == "punct":
            return False  # "…, als Russland die Ukraine angriff": a clause opens, when/as, no role
        return not self.lex.is_("comparative", self.words[k - 1])

    def verb_use(self, i: int, s0: int) -> bool:
        """Whether a word that can be a verb is used as one here, without a tagger: a past form ("-ed") not
        after an article or a preposition; any form after "to", a modal, a negation or a pronoun ("to aid",
        "will force", "they plan"). Otherwise the word is taken as a noun ("aid workers", "Ukrainian forces")."""
        prev = self.words[i - 1] if i > s0 else ""
        if self.lex.is_("verb_before", prev) or self.lex.is_("aux_perfect", prev):
            return True
        if self.words[i].endswith("ing"):
            return self.lex.is_("aux_passive", prev)  # "were shelling"
        return self.words[i].endswith("ed") and i > s0 and not any(
            self.lex.is_(c, prev) for c in ("determiner", "preposition")) and prev not in self.lex.pronouns

    # -- participants -------------------------------------------------------------------
    def participant(self, ref) -> Participant:
        ts, te, eid, m = ref
        ent = self.doc.entity(eid)
        return Participant(eid, ent.country if ent else None, ent.sector if ent else None, m.text)

    def arguments(self, i: int, end: int, trig: Trigger, a: int, b: int) -> tuple:
        doc, lex = self.doc, self.lex
        s0, s1 = doc.sentence_tokens[doc.token_sentence[i]]
        prev = doc.words[i - 1] if i > s0 else ""
        article = lex.is_("determiner", prev) and not any(lex.is_(c, prev) for c in ("relative", "complementizer"))
        if trig.pos != "noun" and i > s0 and not trig.particle and (
                doc.tokens[i].text[:1].isupper() if lex.setting("nouns_capitalised") else article):
            trig = dataclasses.replace(trig, pos="noun")  # "Luftangriff" in a row that also has "bombardierte";
            # "the arrest of": after an article (not a noun with the verb's particle: "sagte den Besuch ab" is the
            # subject's act)
        if lex.setting("verb_second") and trig.pos != "noun" and end < b and lex.is_("coordinator", doc.words[end]) \
                and self.finite_verb(a, i, i) < i:
            b = end  # "Ronaldo hat abgelehnt und an die Welt eine Botschaft übermitteln lassen": a verb after the
            # clause's finite auxiliary (a participle or infinitive) before "und" closes its conjunct
        at = doc.tokens[i].start
        busy = self.coordinated(s0, s1, {sp for sp, c0, c1 in self.speakers if c0 <= at < c1})
        prefield = self.interrupted_prefield(a, s0) if (i == a and trig.pos != "noun" or any(
            self.lex.is_(c, self.words[a]) for c in FINITE_CLASSES)) and not self.infinitive_clause(a, b) else None
        # "Die Türkei, die gestern Truppen schickte, griff Syrien an": the prefield before the interruption is the
        # clause's own, its subject; what follows the verb is the object
        refs = [r for r in [*(refs_between(doc, *prefield) if prefield else []), *refs_between(doc, a, b)]
                if r[0] not in busy]
        refs = _outermost(refs)  # "Calenardhon" inside "the Calenardhon government"
        refs = [r for r in refs if not self.predicative(r[0] - 1) and not self.dateline(r)
                and not (r[0] > a and self.lex.is_("locative", self.words[r[0] - 1]) and self.side_phrase(r))]
        # ("weder auf deutscher noch auf österreichischer Seite Stirnrunzeln": a side after a place preposition is
        # where; not "verhandelte mit russischer Seite", "Kritik kam von deutscher Seite")
        # "als kubanischer Staatschef zurückgetreten": the role the subject acts in, no participant
        refs = [r for r in refs if not (r[0] > 0 and doc.tokens[r[0] - 1].text == "(" and any(
            o[1] == r[0] - 1 and o[2] == r[2] for o in refs))]  # "die Europäische Union (EU)": one party
        possessor = next((r for r in refs if r[1] == i and self.genitive_before(r)), None)
        if trig.pos != "noun" and possessor is not None and not lex.setting("nouns_capitalised"):
            # "Iran's execution": a possessor makes it a noun (German nouns are capitalised: "im Norden Israels
            # erschossen" is a verb)
            trig = dataclasses.replace(trig, pos="noun")
        slots = [(r, "poss" if self.possessor_of_noun(r, i, b) else slot(doc, lex, r[0])) for r in refs]
        # "condemned an attack … and promised aid to the villages": a phrase after a coordinated predicate is its own
        vp_end = next((k for k in range(end, b - 1) if self.lex.is_("coordinator", self.words[k])
                       and self.verb_follows(k + 1, b)), b)
        after = [(r, sl) for r, sl in slots if end <= r[0] < vp_end]
        source = target = None
        passive = trig.pos != "noun" and self.passive(i, a, b)
        between = [r for r, sl in slots if sl in ("pp:zwischen", "pp:between")]
        # "Turkey welcomed the resumption of talks between Russia and Ukraine": after a verb with a subject, the
        # pair belongs to its object; the subject acts, the pair is what it acts on
        subject = trig.pos != "noun" and any(r[0] < i for r, sl in slots if sl == "bare")
        if len(between) >= 2 and not (subject and between[0][0] >= end) and (
                trig.args == "mutual" and not (trig.pos == "noun" and self.other_noun_between(end, between[0][0]))
                or trig.pos == "noun" and end <= between[0][0] <= end + 3):
            return self.participant(between[0]), self.participant(between[1])  # "Gefangenenaustausch zwischen X und Y"
        if trig.args == "mutual":
            # "hat mit der Ukraine verhandelt": a German verb that closes its clause
            final = trig.pos != "noun" and self.closes_clause(end - 1, a, b)
            with_ = [r for r, sl in after if sl in ("pp:mit", "pp:with")] or self.first_listed([
                r for r, sl in slots if final and sl == "pp:mit" and r[0] < i and not self.joint_with(r[0], a)])[-1:] \
                or (between if subject else [])  # the nearest: "hat gemeinsam mit Frankreich mit Russland verhandelt"
            # (the first of a list: "…, eng mit den USA, Frankreich und den Briten zu kooperieren")
            bare = [r for r, sl in slots if sl == "bare"]
            if with_ and bare:
                return self.participant(bare[0]), self.participant(with_[0])
            if with_ and trig.pos != "noun" and self.infinitive_clause(a, b):
                return None, self.participant(with_[0])  # "Frankreich versuchte, mit Russland zu verhandeln": the
                # partner; the subject is the governing clause's (:meth:`controller`)
            if len(bare) >= 2 and not (trig.pos == "noun" and self.definite(i) and self.of_other_noun(i, a)):
                return self.participant(bare[0]), self.participant(bare[1])  # not "Hollande und Ban warben um ein
                # Ja zu dem Vertrag": a told act another noun of the clause is about
        if trig.args == "theme":
            mil = [r for r, sl in slots if (ent := doc.entity(r[2])) is not None and ent.sector == "MIL"
                   and not sl.startswith("pp:gegen")]
            force = mil[0] if mil else next((r for r, sl in slots if sl in ("bare", "gen")), None)
            if force is not None:
                source = self.participant(force)
            elif trig.pos != "noun" and not passive and has_word(doc, lex, "reflexive_pronoun", a, b):
                source = self.subject_phrase(i, a, refs)  # "Die Rebellen zogen sich in die Berge zurück": the
                # subject of a reflexive verb is the force that moves
            dest = next((r for r, sl in after if sl in ("pp:nach", "pp:to", "pp:into", "pp:in")), None)
            if dest is None and self.plover_type(trig) in ("RETREAT", "SANCTION"):
                # a withdrawal's target is what the force or member leaves ("Soldaten aus dem Tschad abziehen",
                # "Austritt aus der EU")
                dest = next((r for r, sl in slots if sl in ("pp:aus", "pp:from")), None)
            if dest is not None and dest is not force:
                target = self.participant(dest)
            return source, target
        gen = next((r for r, sl in after if sl == "gen" and r[0] <= end + 3 and (trig.args == "mutual" or not any(
            lex.is_("preposition", w) and not lex.is_("genitive_marker", w) or lex.is_("coordinator", w)
            for w in self.words[end:r[0]]))), None)
        # "the resignation of Prime Minister …", "Gespräche zwischen Vertretern der USA"; not "gegen Stellungen des IS",
        # nor after "und" and another noun ("der Gaza-Krieg und der Beitritt der Palästinenser")
        # "von der Polizei mit Tränengas aufgelöst": who uses an instrument is the clause's agent
        instrument = i > a and lex.is_("instrument_preposition", self.words[i - 1])
        agent = next((r for r, sl in slots if sl in ("pp:von", "pp:durch", "pp:by", "pp:vom")
                      and not self.location_phrase(r[0], a)  # "westlich von Trient": a place, no agent
                      and not (trig.pos == "noun" and (r[3].via == "metonymy" or r[0] < end and not instrument
                                                        or self.noun_between(end, r[0])
                                                        or self.passive_agent_of_clause(i, r[0], a, b)
                                                        or self.occasion(i, a) and self.noun_in_passive(a, b)
                                                        and r[0] - end > AGENT_REACH))
                      and not (trig.pos != "noun" and r[0] - 2 >= a and r[0] < i
                               and self.trigger_at(r[0] - 2, r[0] - 1) is not None)
                      and not (self.verb_token(i, trig) and not passive and self.object_attribute(r[0], a, trig, end))),
                     None)
        # "gegen die Regierung von Premier Renzi demonstriert": after a common noun in an active clause the von-phrase
        # is the noun's, no agent of the verb
        # "Während des Besuchs von Papst Franziskus … sind 50 Dissidenten festgenommen worden": a von-phrase after an
        # event noun is that act's, no agent of the verb
        # "Proteste gegen Zentralisierung durch die Regierung": the agent of the noun between
        # "der Terroranschlag von Paris": after an event noun a capital is where it happened, not who did it
        bare = [r for r, sl in slots if sl == "bare"]
        if lex.setting("verb_second") and self.verb_token(i, trig) and i - 1 > a and lex.is_(
                "coordinator", self.words[i - 1]) and not passive and last_word(doc, a, b) != i:
            # "Russland kritisierte die Ukraine und griff Polen an": a finite verb right after "und" shares the
            # clause's subject, its first actor; the first conjunct's objects are not its own (not a participle or
            # infinitive closing the clause, which shares them: "hat die Ukraine kritisiert und angegriffen")
            lead = bare[0] if bare else None
            bare = [r for r in bare if r is lead or r[0] > i]
            slots = [(r, sl) for r, sl in slots if r is lead or r[0] > i or sl != "dat"]
        about = None  # "Seine strikte Ablehnung von Strache": the possessive is the doer, the von-phrase what is
        # acted on (of a stance only: an act that befalls the possessor keeps its agent, "Seine Begnadigung von
        # Trump", as does a durch-phrase)
        if trig.pos == "noun" and agent is not None and 0 <= agent[0] - end <= AGENT_REACH \
                and self.plover_type(trig) in STANCE_TYPES and self.lex.is_("victim_preposition", self.words[end]) \
                and any(lex.pronoun_kind(w) == "possessive" for w in self.words[self.determined_start(i, a) - 1:i]):
            agent, about = None, agent
        hostile = next((r for r, sl in after if sl in HOSTILE_SLOTS and not self.after_event_noun(r, i)), about)
        if hostile is None and self.verb_token(i, trig) and self.closes_clause(end - 1, a, b):
            hostile = next((r for r, sl in slots if sl in HOSTILE_SLOTS and r[0] < i
                            and self.verb_phrase_before(r, a, end - 1)), None)
            # "haben in Moskau gegen Putin protestiert": a German verb that closes its clause has its phrases before it
        if hostile is None:
            hostile = next((r for r, sl in slots if sl in ("pp:von", "pp:vom") and self.von_attribute(r[0], a)
                            and (r[0] >= end or self.verb_token(i, trig) and self.closes_clause(end - 1, a, b))
                            and self.aimed_attribute(r[0], a, i, trig, end)), None)
        # not "nach einem Anschlag auf zwei Polizisten"; a von-phrase a possessive stance noun is about (above)
        benefit = next((r for r, sl in (slots if trig.args == "recipient" and trig.pos == "verb" else after)
                        if sl in ("pp:an", "pp:für", "pp:to", "pp:for") and not (
                            trig.pos == "noun" and lex.setting("verb_second")
                            and self.noun_phrase_broken(end, r[0], b))),
                       None)  # "an Ägypten geliefert"; a noun's own phrase with no verb or other act between ("Hilfe
        # für die Ukraine", "die Lieferung von Kampfpanzern vom Typ Leopard an die Ukraine"), not another verb's ("um
        # den Rücktritt von X will die ÖVP für Y votieren") or a coordinated act's ("die Annexion der Krim und die
        # Unterstützung Moskaus für die Separatisten"); German: in English one after a verb may be the noun's, "the
        # threat they pose to the UK"
        dative = next((r for r, sl in slots if sl == "dat"), None)  # "warf der Regierung … vor"
        if passive:
            source = agent or self.passive_demonym_agent(a, b)  # "von russischen Drohnen angegriffen"
            target = bare[0] if bare else None  # the subject; a hostile phrase only when no subject phrase is read
            if target is None and self.object_type(trig) and (
                    got := self.object_phrase(i, end, trig, a, b, refs, passive=True)) is not None:
                target = got  # "More than 300 protesters were detained … during a rally against the government"
            target = target or hostile
            if source is None:
                source = self.agent_phrase(a, b, refs)  # "were detained by police"
        elif trig.pos == "noun" and trig.cameo.startswith(PATIENT_NOUN_CODES):
            # "die Freilassung der Geiseln", "the arrest of two journalists": the genitive is who it befalls
            in_passive = self.noun_in_passive(a, b)
            subject = self.noun_subject(bare, i, a, b)
            source = possessor or next((r for r, sl in slots if sl in ("pp:durch", "pp:by")), None) or (
                subject if not in_passive else None)
            if source is None and not in_passive:
                source = self.performer(i, a, b, refs)  # "Die Polizei nahm Festnahmen vor"
            target = gen or next((r for r, sl in after if sl in ("pp:von", "pp:of") and r[0] <= end + 3), None) or (
                subject if in_passive else None)  # "X war … in Untersuchungshaft genommen worden": X is held
        elif trig.pos == "noun" and trig.args == "recipient" and gen is not None and i > s0 \
                and lex.is_("purpose_preposition", doc.words[i - 1]):
            # "zur Unterstützung der syrischen Armee": to support it, so it receives ("Waffenlieferungen der USA
            # an Taiwan": the USA deliver)
            source, target = possessor or agent, gen
        elif trig.pos == "noun" and self.plover_type(trig) == "REQUEST" and bare and bare[0][0] < i and (
                prep := preposition_before(doc, lex, i, a)) is not None \
                and lex.is_("instrument_preposition", doc.words[prep]):
            # "Belgrad werde sich mit der Bitte um Unterstützung an die internationale Gemeinschaft wenden": a request
            # the clause's act carries is its subject's, addressed to whom that act turns to
            source = bare[0]
            target = next((r for r, sl in slots if sl in ("pp:an", "pp:to")), None)
        elif trig.pos == "noun" and bare and bare[0][0] < i and (self.victim_of(i, a, b) or self.escaped(i, a, b)):
            # "Kabul ist Ziel eines Anschlags geworden", "became the target of an attack", "entging Sarkozy einem
            # Ermittlungsverfahren": the subject is whom the act befalls (or would have); who did it is the noun's own
            # ("Ziel eines Raketenangriffs der Hamas")
            source, target = possessor or gen or agent, bare[0]
        elif trig.pos == "noun":
            # "Iran's execution of …"; "Russland startete einen Angriff": the subject of the verb the noun is the
            # object of, not of a passive ("X war bei einem Luftangriff getötet worden": X is the victim)
            subject = self.noun_subject(bare, i, a, b)
            expected = self.expected(i, a, b)
            if expected and subject is not None and not self.subject_slot(subject[0], a, b):
                subject = None  # "Neben der Staatschefin X werden … zum Papstbesuch … erwartet": not the subject
            source = possessor or gen or agent or (subject if not self.noun_in_passive(a, b) or expected else None)
            if source is None and expected:  # "Eine Delegation der Hamas wird zu Gesprächen erwartet": whose the
                # subject is
                source = self.subject_phrase(i, a, refs) or next(
                    (r for r, sl in slots if sl == "gen" and r[0] < i and self.subject_slot(r[0], a, b)), None)
            if source is None and not self.noun_in_passive(a, b) and not self.infinitive_clause(a, b):
                source = self.performer(i, a, b, refs)  # "Die Staatsanwaltschaft leitete Ermittlungen ein": a
                # subject of role words does the act the verb carries out
            # talks "für Syrien" are about Syria, not with it: a benefit phrase is no party of a mutual act; a
            # with-phrase right after its noun is ("eine Einigung mit den US-Behörden")
            party = benefit if trig.args != "mutual" else next(
                (r for r, sl in after if sl in ("pp:mit", "pp:with") and r[0] <= end + 3), None)
            target = hostile or party or (gen if source is not gen and gen else None)
            if target is None and trig.args == "recipient" and dative is not None and dative[0] < i \
                    and preposition_before(doc, lex, i, a) is None and any(
                    lex.is_("performing_verb", self.words[k]) and self.verb_form(k) for k in range(a, b)):
                target = dative  # "Die EU leistete der Ukraine Hilfe": the dative of the verb that performs the act
                # receives it
            if target is None and source is None and bare and bare[0][0] < i and self.infinitive_clause(a, b):
                target = bare[0]  # "…, Nordkorea mit Sanktionen zu belegen": the infinitive's object ("…, Russland
                # zu Verhandlungen zu bewegen": the partner)
        elif lex.setting("particle_at_clause_end") and (self.infinitive(i, a) or self.perfect_infinitive(i) and a > 0
                                                         and self.words[a - 1] == ",") and trig.args != "mutual":
            # "…, Zivilisten anzugreifen", "…, die PKK unterstützt zu haben": a German infinitive clause has no
            # subject; its bare phrase is the object (who acts comes from the accusation or demand around it)
            source, target = agent, hostile or benefit or (bare[0] if bare else None)
        elif bare and (subject := self.prefield_subject(i, a, b, refs, bare[0])) is not None:
            # "Kritiker werfen Erdogan … vor", "Sessions unterstützt Donald Trump": the prefield holds the subject,
            # so the known actor after the verb is the object
            source, target = subject, hostile or benefit or bare[0] or dative
        elif bare and not passive and (subject := self.pronoun_after_subordinator(i, a, b, bare[0])) is not None:
            # "…, dass er in seinem Blog die Religionspolizei kritisierte": the pronoun after the subordinator is the
            # subject, so the known actor after it is the object
            source, target = subject, hostile or benefit or bare[0] or dative
        elif bare and not passive and (subject := self.middlefield_subject(i, a, b, refs, bare[0])) is not None:
            # "Am Montag erschoss ein Attentäter zwei US-Soldaten": the phrase right after the finite verb is the
            # subject, so the known actor after it is the object
            source, target = subject, hostile or benefit or bare[0] or dative
        elif bare and bare[0][0] >= end and not lex.setting("verb_second"):
            # "The German chancellor, speaking in Berlin, condemned Iran": an actor after an English verb in the
            # active is its object; the subject stands before (taken from earlier in the sentence, below)
            obj = bare[0] if bare[0][0] < vp_end else None
            for r in bare[1:]:
                obj = r if obj and r[0] == obj[1] else obj  # "killed Hamas leader Yahya Sinwar": the last name
            adjacent = obj if obj and bare[0][0] <= end + 1 else None  # "urged Iran to respond to …"
            source, target = agent, adjacent or hostile or benefit or obj
        elif bare and not passive and lex.setting("verb_second") and self.oblique_ref(bare[0]):
            # "Sie tötete einen US-Soldaten": an actor after an accusative or dative article is no subject
            source, target = agent, hostile or benefit or bare[0]
        elif bare and not passive and self.plural_relative_clause(bare[0], a, b):
            # "Viele, die Kurz in den ersten Tagen kritisiert hatten": a plural verb after the relative pronoun and
            # one person agrees with the pronoun, so the person is the object
            source, target = agent, hostile or benefit or bare[0]
        elif bare and not passive and (subject := self.inverted_subject(i, a, b, bare)) is not None:
            # "Die Ukraine kritisierte der russische Außenminister Lawrow", "Die katholische Kirche Kubas lobte der
            # Papst": a masculine person in the nominative after the finite verb is the subject, so the fronted actor
            # is the object
            source, target = subject, bare[0]
        elif bare and not passive and has_word(doc, lex, "generic_subject", a, bare[0][0]):
            # "dass man die Flüchtlinge weder zurückschieben noch erschießen könne": "man" is the subject, so the
            # actor after it is the object
            source, target = agent, hostile or benefit or bare[0] or dative
        else:
            source = bare[0] if bare else agent
            listed = self.listed_before(a, s0) if bare and bare[0][0] <= a + 1 and not prefield else []
            if listed:  # "Spanien, Irland und Norwegen erkannten …": the list starts before the clause
                source = listed[0]
            co = self.co_subjects(bare[0], bare[1:]) if bare else []
            rest = [r for r in bare[1:] if r not in co and r[0] < vp_end and not (
                r[0] < i and not lex.setting("verb_second") and not self.verb_between(bare[0][1], r[0], b))
                    ] if bare else []
            # English: no verb between the subject and a name before the trigger, so it is part of the subject ("Iran's
            # foreign minister Abbas Araghchi warned of …"); not "accused Russia of deporting"
            with_ = next((r for r, sl in after if sl in ("pp:mit", "pp:with")), None)
            owner = next((r for r, sl in slots if sl == "poss"), None)  # "die Sisis Machtübernahme unterstützt hatte"
            adjacent = rest[0] if rest and rest[0][0] <= end + 1 and not lex.setting("verb_second") else None
            # English: the object right after the verb before a phrase further on ("criticized Iran for sending
            # drones to Russia")
            target = adjacent or hostile or benefit or (rest[0] if rest else None) or dative or with_ or owner
            # "restore ties with Gondor"; whose thing it is when nothing else is the object
        if trig.args == "recipient" and benefit is not None:
            target = benefit
        elif trig.args == "recipient" and trig.pos == "noun" and bare and bare[0][0] < i and source is bare[0] \
                and preposition_before(doc, lex, i, a) is None \
                and (any(lex.is_("application_verb", self.words[j]) and not any(
                    lex.is_("determiner", w) for w in self.words[bare[0][1]:j]) for j in range(bare[0][1], i))
                     or any(lex.is_("application_verb", self.words[j]) and self.closes_clause(j, a, b)
                            for j in range(end, b))):
            # "Griechenland beantragt ein neues Hilfspaket beim ESM": who applies for aid receives it; whom the
            # application goes to gives it (the verb between the subject and the aid noun, its object, or closing a
            # German clause after it: "…, ob Bulgarien Hilfe anfordern könnte"; not "erhoffen
            # sich von ihrer Militärhilfe", "beantragte Geld für Militärhilfe", "die beantragte Militärhilfe
            # bewilligt", "requests from Kyiv for aid")
            source, target = next((r for r, sl in slots if sl in ("pp:bei", "pp:beim", "pp:from")), None), bare[0]
        if source is None and trig.pos in ("noun", "phrase") and not passive:
            source = self.prefix_agent(i, trig) or self.demonym_agent(i, a)  # "ein israelischer Luftangriff",
            # "Russian strikes", "ein US-Luftangriff"
        if source is None and trig.pos == "noun" and not trig.cameo.startswith(PATIENT_NOUN_CODES):
            source = self.genitive_people(end, b)  # "die Luftangriffe der Russen"
        if source is None and not passive and trig.pos != "noun":
            source = self.subject_phrase(i, a, refs)  # "Ukrainian drones struck", "Israelische Kampfjets griffen"
        if source is None and not passive and trig.pos != "noun" and not (trig.pos != "verb" and self.definite(i)) \
                and not (lex.setting("particle_at_clause_end")
                         and (self.infinitive(i, a) or self.infinitive_clause(a, b))):
            # (a German zu-infinitive's subject is the governing clause's, which the controller rule infers, not any
            # earlier actor: "Putin befahl der Armee, die Stadt anzugreifen")
            told = [c.content for c in doc.claims if c.cue and c.cue[0] == doc.tokens[i].start
                    and self.reported_speech(doc.token_at(c.content[0]), doc.token_at(c.content[1] - 1) + 1)]
            earlier = [r for r, sl in ((r, slot(doc, lex, r[0])) for r in refs_between(doc, s0, a))
                       if sl == "bare" and r[0] not in busy and clause_range(doc, r[0])[2] != "rel"
                       and not self.dateline(r) and not self.attributing(r)
                       and not any(x <= doc.tokens[r[0]].start < y for x, y, _t in told)]
            # (not an actor of what the verb itself reports in indirect speech: "Insbesondere gehe Israel … nicht
            # nach, kritisierte Makarim Wibisono")
            if clause_range(doc, i)[2] == "rel" and self.relative_pronoun(a) and not (
                    a + 1 < i and lex.pronoun_kind(self.words[a + 1]) == "personal"
                    or lex.is_("oblique_article", self.words[a])):
                # "sucht zwei Männer, die … überfallen hatten": the relative pronoun is the subject and stands for
                # the noun before the comma, not for the sentence's subject; that noun, when it is an actor (not
                # "die sie 2014 entführt hatten": a pronoun after it is the subject, which stands for the earlier one;
                # nor after "den", "dem": no subject)
                earlier = [r for r in earlier if r[1] == a - 1 and doc.tokens[a - 1].text == ","]
            if earlier:
                p = self.participant(earlier[0])
                p.inferred = True  # taken from earlier in the sentence, not from the event's own clause
                source = p
        src = source if isinstance(source, Participant) or source is None else self.participant(source)
        tgt = target if isinstance(target, Participant) or target is None else self.participant(target)
        circumstance = any(lex.is_("circumstance_preposition", self.words[k]) for k in range(max(a, i - 3), i))
        if tgt is None and trig.pos == "noun" and trig.args == "agent" and self.object_type(trig) and circumstance \
                and self.noun_in_passive(a, b) and not any(
                self.words[k] in HOSTILE_PREPOSITIONS for k in range(end, min(b, end + 6))):
            # "Bei einem Anschlag wurden 38 Touristen getötet": the subject of the passive around the act's phrase
            # (not when the noun names its own target: "bei einem Angriff auf die Stadt")
            tgt = self.object_phrase(i, end, dataclasses.replace(trig, pos="verb"), a, b, refs, passive=True)
        if tgt is None and not passive and self.patient_type(trig):
            # "Raketen auf Aschkelon", "ukrainische Städte"
            tgt = self.object_country(i, end, a, b, src, trig.cameo.startswith(PATIENT_NOUN_CODES))
        if tgt is None and not passive and trig.args in ("agent", "recipient", "mutual") and self.object_type(trig):
            tgt = self.object_phrase(i, end, trig, a, b, refs, passive)  # "nahm 100 Demonstranten fest"
        if tgt is None and not passive and trig.pos != "noun" and (
                self.plover_type(trig) in ("ASSAULT", "COERCE") or trig.cameo.startswith(OPPOSED_CODES)):
            tgt = self.opposed_phrase(a, b, i)  # "ermittelt gegen sechs Bewohner", "fought against the rebels"
        if not _known(tgt) and not passive and trig.pos != "noun" and not lex.setting("verb_second") and (
                inner := self.object_actor(end, b, refs, src)) is not None:
            # "criticized the closure of schools in Georgia"; a phrase read as the object keeps its words ("struck an
            # oil refinery in Russia's Samara region")
            tgt = inner if tgt is None else Participant(None, inner.country, tgt.sector or inner.sector, tgt.text)
        return src, tgt

    def object_actor(self, end: int, b: int, refs: list, source: Participant | None) -> Participant | None:
        """The first known actor inside the object phrase of a verb whose object is no actor itself: whom the thing
        acted on belongs to or concerns ("criticized the closure of schools in Georgia", "condemned an attack by
        Houthi rebels", "welcomed proposals from Brazil"). The phrase runs from the verb to a comma, a clause of
        its own or a time; a place where the act happens is in it too, as PETRARCH codes it. Languages whose
        object follows the verb (not verb-second)."""
        doc, lex = self.doc, self.lex
        if not any(end <= r[0] < end + OBJECT_PHRASE for r in refs):
            return None
        stop = end
        while stop < b and stop - end < OBJECT_PHRASE and doc.tokens[stop].kind != "punct" and not any(
                lex.is_(c, self.words[stop]) for c in ("subordinator", "relative", "complementizer")) and not (
                stop > end and self.verb_follows(stop, b)):
            stop += 1
        busy = {sp for sp, c0, c1 in self.speakers}
        for r in refs:
            if not end <= r[0] < stop or r[0] in busy or r[3].via in ("possessive", "pronoun") or self.dateline(r):
                continue
            if slot(doc, lex, r[0]) == "bare" or self.in_time((r[0], r[1])):
                continue
            part = self.participant(r)
            if not _same(part, source):
                return part
        return None

    def genitive_before(self, ref) -> bool:
        """Whether an actor reference is a possessor before a noun: "Iran's", "Russlands"; not a genitive
        after a noun ("mit Unterstützung Großbritanniens Luftangriffe")."""
        if ref[3].text.endswith(("'s", "’s", "s'")):
            return True
        c = candidate_at(self.doc, ref[0])
        if c is None or not c.genitive or c.tok_end != ref[1]:
            return False
        k = ref[0] - 1
        s0 = self.doc.sentence_tokens[self.doc.token_sentence[ref[0]]][0]
        return not (k > s0 and self.doc.tokens[k].kind == "word" and self.doc.tokens[k].text[:1].isupper()
                    and self.lex.setting("nouns_capitalised"))

    @staticmethod
    def plover_type(trig: Trigger) -> str | None:
        """The trigger's PLOVER type (its own, else its CAMEO code's), or None for a code PLOVER does not map."""
        try:
            return trig.type or coding(trig.cameo).type
        except KeyError:
            return None

    def object_type(self, trig: Trigger) -> str | None:
        """The type, where its object is who or what the act falls on (not MOBILIZE's troops, not
        PROTEST's cause)."""
        ptype = self.plover_type(trig)
        return ptype if ptype in OBJECT_TYPES else None

    def object_phrase(self, i: int, end: int, trig: Trigger, a: int, b: int, refs: list,
                      passive: bool = False, addressee: bool = False) -> Participant | None:
        """The object of the event as a noun phrase when it is no known actor: after the verb
        ("struck an oil refinery"; in German anywhere after the subject: "Die Hisbollah hat einen
        israelischen Militärposten angegriffen"), after an event noun and auf/gegen/an/on/against
        ("Massaker an Zivilisten"), or the subject of a passive ("14 politische Gefangene wurden
        freigelassen", "Two journalists were detained"). Its country comes from a demonym or a place
        inside it, its sector from a role noun ("Demonstranten": CVL). *addressee*: the object is whom a speech
        act addresses ("rief beide Seiten auf"), so it may name people without a role noun."""
        doc, lex = self.doc, self.lex
        taken = {k for ts, te, _e, _m in refs for k in range(ts, te)}
        english = not lex.setting("nouns_capitalised")
        loose = False
        if trig.pos == "noun":
            if passive or trig.cameo.startswith(KILLING_CODES) and self.offence_of_charge(i, a, b):
                return None
            possessed = any(r[1] == i and self.genitive_before(r) for r in refs)  # "Iran's execution of two …"
            patient = trig.cameo.startswith(PATIENT_NOUN_CODES)
            loose = end < b and lex.is_("object_preposition", self.words[end])  # "an": also a place ("an der Grenze")
            hostile = end < b and self.words[end] in HOSTILE_PREPOSITIONS and not (
                end + 1 < b and lex.is_("locative_article", self.words[end + 1]))  # "auf der Istiklal-Straße": where
            k = end + 1 if end < b and (hostile or loose or (possessed or patient) and (
                self.lex.is_("genitive_marker", self.words[end])
                and not self.lex.is_("determiner", self.words[end]))) else None  # "von", "of"
            if k is None and patient and end < b:
                k = end  # "die Freilassung der Geiseln", "Festnahme mehrerer Oppositionspolitiker"
            span = phrase_at(doc, lex, k, b, self.kb.demonyms) if k is not None else None
        elif english and passive:
            aux = next((j for j in range(i - 1, max(a, i - 4) - 1, -1) if lex.is_("aux_passive", self.words[j])), None)
            span = None
            for k in range(max(a, (aux or i) - MAX_PHRASE), aux or a):  # the longest phrase ending at the auxiliary
                got = phrase_at(doc, lex, k, aux, self.kb.demonyms)
                spoken = any(x <= doc.tokens[k].start < y for x, y in self.source_spans)
                if got is not None and got[1] == aux and not spoken:
                    span = got
                    break
        elif english:
            span = phrase_at(doc, lex, end, b, self.kb.demonyms)  # the object follows the verb
        else:
            # no known actor as subject: the first phrase is the subject ("Israelische Kampfjets griffen …")
            span, k = None, a
            infinitive = any(lex.is_("infinitive_marker", self.words[k]) for k in (i - 1, i + 1) if a <= k < b) \
                or self.zu_infix(i)  # "…, die Täter festzunehmen": an infinitive clause has no subject
            skip_subject = not passive and not infinitive and not any(slot(doc, lex, r[0]) == "bare" for r in refs)
            finite = self.finite_verb(a, i, i)
            if finite == i and trig.pos == "phrase" and lex.is_("preposition", self.words[i]) \
                    and (pre := phrase_at(doc, lex, a, i, self.kb.demonyms)) \
                    is not None and pre[0] == a and pre[1] < i and doc.tokens[pre[1]].kind == "word" \
                    and doc.tokens[pre[1]].text[:1].islower() and not any(
                        lex.is_(c, self.words[pre[1]]) for c in ("determiner", "preposition")):
                finite = pre[1]  # "Die Polizei nahm drei Demonstranten in Gewahrsam": before a prepositional phrase
                # trigger, the word after the subject in the prefield is the finite verb (no auxiliary)
            if clause_range(doc, i)[2] == "main" and not infinitive and not passive and a < finite:
                # main clause: what stands before the finite verb is the subject or an adverbial, never the object
                prefield_subject = phrase_at(doc, lex, a, finite, self.kb.demonyms) is not None or any(
                    ts == a for ts, _te, _e, _m in refs)
                pronoun = any(lex.pronoun_kind(self.words[x]) == "personal" for x in (a, finite + 1) if x < b)
                # "Zugleich griff sie … Stützpunkte der PKK an": a pronoun is the subject
                shared = finite == i and finite - 1 > a and lex.is_("coordinator", self.words[finite - 1]) \
                    and self.verb_token(i, trig)
                # "Dann kamen Polizisten und nahmen die Männer fest": a finite verb right after "und" shares the
                # first conjunct's subject, so the phrase after it is the object
                k, skip_subject = finite + 1, skip_subject and not prefield_subject and not pronoun and not shared
            conjunct = None if passive else next((
                c for c in range(i - 1, k, -1) if lex.is_("coordinator", self.words[c]) and (
                    self.participle_before(c) or self.doc.tokens[c - 1].text[:1].islower()
                    and "ge" in self.words[c - 1][2:] and past_participle(lex, self.words[c - 1]))), None)
            # ("sichergestellt und sechs Personen festgenommen": a participle with an inner "ge" too)
            if conjunct is not None and phrase_at(doc, lex, conjunct + 1, i, self.kb.demonyms) is not None:
                # "haben zwei Camps zerstört und mutmaßliche Kämpfer festgenommen": the object of an active verb after
                # "und" stands in its own conjunct where it has one ("hat den Täter gestellt und festgenommen" shares
                # it; a passive shares its subject: "Das Gelände wurde geräumt und durchsucht")
                k, skip_subject = conjunct + 1, False
            while k < b and span is None:
                skip = self.lex.is_("preposition", self.words[k]) or self.predicative(k)  # "als … Staatschef"
                if k == i or k in taken or skip:
                    k += 1 + (skip and self._skip_phrase(k + 1, b))
                    listed = False  # "mit Messern, Autos oder Schusswaffen": a list goes on in the phrase
                    while skip and k + 1 < b and self.words[k] == "," and (
                            more := phrase_at(doc, lex, k + 1, b, self.kb.demonyms)) is not None and i not in range(
                            *more) and more[1] < b and (self.words[more[1]] == "," or lex.is_(
                            "coordinator", self.words[more[1]])):
                        k, listed = more[1], True
                    if listed and k + 1 < b and lex.is_("coordinator", self.words[k]) and (
                            more := phrase_at(doc, lex, k + 1, b, self.kb.demonyms)) is not None \
                            and i not in range(*more):
                        k = more[1]
                    continue
                got = phrase_at(doc, lex, k, b, self.kb.demonyms)
                if got is None or i in range(*got):
                    k += 1
                    continue
                if self.head_taken(got, taken) or self.in_time(got) or any(
                        x <= doc.tokens[got[0]].start < y for x, y in self.source_spans):
                    k = got[1]  # the source or another known actor; "Ende Juni"; "Medienberichten zufolge"
                    continue
                if skip_subject:  # no known subject: the first phrase is the subject, not the object
                    skip_subject, k = False, got[1]
                    while k + 1 < b and lex.is_("coordinator", self.words[k]) and (
                            more := phrase_at(doc, lex, k + 1, b, self.kb.demonyms)) is not None \
                            and i not in range(*more):
                        k = more[1]  # "sollen Mundlos und Böhnhardt zehn Menschen ermordet haben": both subjects
                    continue
                span = got
        if span is None or self.head_taken(span, taken) or i in range(*span):
            return None  # an actor in its genitive is fine: "Stellungen der Hisbollah"
        if self.attached(span, refs) or self.in_time(span) or has_word(self.doc, lex, "clock_word", *span):
            return None  # "Die Regierung der Schwarzmeer-Region", "Xi Jinping, KP-Chef"; "Ende Juni", "gegen 1.15 Uhr"
        if any((m := lex.units.match(self.words, k)) and m[1][0] == "weapons" for k in range(*span)):
            return None  # "feuerte mehrere Raketen ab": the weapon, not the target
        head = next((k for k in range(*span) if doc.tokens[k].text[:1].isupper() and not lex.is_(
            "determiner", self.words[k])), None)
        if head is not None and lex.is_("count_noun", self.words[head]) and self.patient_type(trig):
            return None  # "war die Zahl der bei dem Anschlag Getöteten mit vier angegeben worden": a count, no one
            # befallen (criticism may be of a count: "kritisierte die Zahlen des Ministers")
        if any(self.trigger_at(k, span[1]) is not None for k in range(*span)):
            return None  # "verurteilten den Angriff": a reaction to an event (see objects())
        part = self.phrase_participant(*span)
        if trig.pos == "noun" and loose and any(lex.is_("locative_noun", self.words[k]) for k in range(*span)):
            return None  # "Massaker an Zivilisten", "Sabotage an Datenkabeln"; not "Luftangriff an der Grenze"
        name = not lex.setting("nouns_capitalised") and all(
            doc.tokens[k].text[:1].isupper() for k in range(*span) if not lex.is_("determiner", self.words[k]))
        if self.object_type(trig) in ACTOR_OBJECT_TYPES and part.country is None and part.sector is None and not (
                name or addressee):
            return None  # "hob das Verbot auf", "schickten Generatoren": what is given or lifted, not to whom
        return part

    def offence_of_charge(self, i: int, a: int, b: int) -> bool:
        """Whether the event noun at token i names the offence of a charge or an investigation in its clause, after an
        ``offence_preposition`` ("ermitteln wegen Mordes gegen den Ehemann"): a gegen-phrase after a killing (whose
        victim takes "an") is whom the charge is against, not whom the offence befell ("wegen Angriffen gegen
        Flüchtlingsheime" names the attacks' target)."""
        p = preposition_before(self.doc, self.lex, i, a)
        return p is not None and self.lex.is_("offence_preposition", self.words[p]) and any(
            (got := self.trigger_at(k, b)) is not None and got[3].pos != "noun"
            and self.plover_type(got[3]) == "ACCUSE" for k in range(a, b) if k != i)  # (a verdict takes no "gegen":
        # "wegen Angriffen gegen Flüchtlinge verurteilt" names the victims)

    def finite_verb(self, a: int, b: int, default: int) -> int:
        """The first finite auxiliary or modal in tokens [a, b) (the second place of a German main clause)."""
        return next((j for j in range(a, b) if any(self.lex.is_(c, self.words[j]) for c in FINITE_CLASSES)), default)

    def verb_phrase_before(self, ref, a: int, last: int) -> bool:
        """Whether the prepositional phrase of an actor reference before a German clause-final verb (token ``last``)
        is the verb's: its preposition follows no common noun it may belong to (a place's name is none: "in Rom gegen
        die Regierung") and no event noun ("Nach dem Anschlag auf Polizisten hat die Armee … angegriffen": the police
        were attacked in the other act)."""
        k = preposition_before(self.doc, self.lex, ref[0], a)
        if k is None or follows_common_noun(self.doc, self.lex, k, self.name_tokens | self.place_tokens):
            return False
        return not (k > a and self.trigger_at(k - 1, last) is not None and self.doc.tokens[k - 1].text[:1].isupper())

    def aimed_attribute(self, r0: int, a: int, i: int, trig: Trigger, end: int) -> bool:
        """Whether the von-attribute at token r0 names whom the act at token i is aimed at: its noun stands in a
        hostile phrase ("gegen die Regierung von Premier Renzi": the actor whose government it is), or, in no
        prepositional phrase, is the object of a verb's stance ("lehnen Pläne von Innenminister Sobotka ab": whose
        plans a stance is taken on; :meth:`object_attribute`)."""
        slot_of_noun = self.attribute_slot(r0, a)
        if slot_of_noun:
            return slot_of_noun in HOSTILE_SLOTS
        return self.verb_token(i, trig) and self.object_attribute(r0, a, trig, end)

    def von_before(self, r0: int, a: int) -> int | None:
        """The "von" (closed class ``passive_agent``) up to two words before the actor reference at token r0 ("von dem
        Premier"), else None."""
        return next((j for j in range(r0 - 1, max(a, r0 - 3) - 1, -1) if self.lex.is_("passive_agent", self.words[j])),
                    None)

    def attribute_slot(self, r0: int, a: int) -> str:
        """The slot of the noun whose von-attribute the actor reference at token r0 is ("gegen die Regierung *von*
        Premier Renzi": "pp:gegen"); "" when that noun stands in no prepositional phrase."""
        k = self.von_before(r0, a)
        p = preposition_before(self.doc, self.lex, k - 1, a) if k is not None and k - 1 > a else None
        return "pp:" + self.words[p] if p is not None else ""

    def verb_token(self, i: int, trig: Trigger) -> bool:
        """Whether the trigger at token i is a verb: of a verb row, or of a row of verbs and nouns whose token is no
        capitalised German noun ("lehnen … ab", not "Ablehnung")."""
        return trig.pos == "verb" or trig.pos == "phrase" and bool(self.lex.setting("nouns_capitalised")) \
            and self.doc.tokens[i].text[:1].islower()

    def object_attribute(self, r0: int, a: int, trig: Trigger, end: int) -> bool:
        """Whether the actor reference at token r0 is the von-attribute (:meth:`von_attribute`) of a noun that is no
        subject: a noun in a prepositional phrase ("gegen die Regierung von Premier Renzi"), after an accusative or
        dative article ("kritisierte den Plan von Putin"), or, for a stance, after the verb ("lehnen Pläne von
        Innenminister Sobotka ab"); not the subject's ("In Chile trat der Chef von Transparency International
        zurück": the chief speaks for the body)."""
        if not self.von_attribute(r0, a):
            return False
        if self.attribute_slot(r0, a):
            return True
        k = self.von_before(r0, a)
        article = self.word_before_adjectives(k - 1) if k - 1 > a else ""
        if self.lex.is_("oblique_article", article):
            return True
        if self.plover_type(trig) not in STANCE_TYPES or self.subject_after_verb(a, min(end, r0), k - 1):
            return False  # "In Brüssel kritisierte der Chef von Amnesty International …": the subject's
        # the object after the verb, or after a German main clause's finite auxiliary before the verb that closes it
        # ("Die Opposition hat die Politik von Präsident Putin kritisiert")
        b = clause_range(self.doc, r0)[1]
        finite = self.finite_verb(a, b, -1)
        return r0 > end or a < finite < r0 and self.closes_clause(end - 1, a, b) \
            and clause_range(self.doc, r0)[2] == "main"

    def subject_after_verb(self, a: int, after: int, noun: int) -> bool:
        """Whether the noun at token ``noun`` is the first noun after the verb (token ``after``) of a German main
        clause whose prefield is no noun phrase ("In Brüssel kritisierte *der Chef* …"): its subject."""
        doc, lex = self.doc, self.lex
        if not lex.setting("verb_second") or clause_range(doc, a)[2] != "main":
            return False
        fin = next((j for j in range(a, after + 1) if doc.tokens[j].kind == "word"
                    and doc.tokens[j].text[:1].islower() and not lex.is_("determiner", self.words[j])
                    and not lex.is_("preposition", self.words[j])), None)
        if fin is None or fin == a or phrase_at(doc, lex, a, fin, self.kb.demonyms) is not None \
                or any(r[0] == a for r in refs_between(doc, a, fin)):
            return False
        return not any(doc.tokens[j].kind == "word" and doc.tokens[j].text[:1].isupper()
                       and self.words[j] not in lex.time for j in range(fin + 1, noun))

    def von_attribute(self, r0: int, a: int) -> bool:
        """Whether the prepositional phrase of the actor reference starting at token r0 follows a common noun whose
        attribute it is: its preposition (up to two words before the name: "von dem Premier") stands right after a
        capitalised noun that names no act ("die Regierung von Premier Renzi", also when the base reads "die
        Regierung" as an actor)."""
        k = self.von_before(r0, a)
        return k is not None and (follows_common_noun(self.doc, self.lex, k, self.name_tokens) or any(
            r[1] == k and r[3].via != "name" for r in self.doc.actor_refs))

    def agent_phrase(self, a: int, b: int, refs: list) -> Participant | None:
        """The agent of a passive as a noun phrase after by/von/durch when it is no known actor but a role
        or says whose it is ("were detained by police", "von Sicherheitskräften festgenommen")."""
        taken = {k for ts, te, _e, _m in refs for k in range(ts, te)}
        german = self.lex.setting("nouns_capitalised")
        # German: not in the prefield, where a von-phrase belongs to the subject ("Anhänger von Parteien wurden");
        # English: right after the participle ("were detained by police"), not after a noun ("a report by")
        finite = self.finite_verb(a, b, a)
        for k in range(finite if german else a, b - 1):
            after_noun = not german and k > a and not self.words[k - 1].endswith(("ed", "en"))
            near = self.after_locative(k, a)  # "in der Nähe von Casablanca"
            if self.lex.is_("passive_agent", self.words[k]) and k + 1 not in taken and not after_noun and not near \
                    and not after_superlative(self.doc, self.lex, k):  # "am öftesten von allen Medien": compared
                span = phrase_at(self.doc, self.lex, k + 1, b, self.kb.demonyms)
                if span is not None:
                    part = self.phrase_participant(*span)
                    if part.sector is None and follows_common_noun(self.doc, self.lex, k, self.name_tokens):
                        continue  # "den Attentätern von Paris", "dem Flughafen von Beirut": the noun's place
                    return part if part.country or part.sector else None
        return None

    def subject_phrase(self, i: int, a: int, refs: list) -> Participant | None:
        """The subject as a noun phrase when it is no known actor but says whose it is or what kind of
        actor it is: a demonym, a place or a role noun in it ("Ukrainian drones struck", "Israelische
        Kampfjets griffen … an", "Unions in Belgium held a strike"). It stands at the start of the
        clause and ends before the verb (in English right before it or its auxiliary)."""
        doc, lex = self.doc, self.lex
        if any(ts < i and not slot(doc, lex, ts).startswith(("pp:", "gen")) for ts, _te, _e, _m in refs):
            return None  # an actor in a prepositional phrase or a genitive is part of the subject: "Farmers in
            # France blocked", "Der Rat der EZB kommt … zusammen"
        if self.infinitive(i, a) or self.infinitive_clause(a, clause_range(doc, i)[1]) or self.perfect_infinitive(i):
            return None  # an infinitive has no subject of its own: "…, Zivilisten anzugreifen", "…, Verdächtige
            # festnehmen zu dürfen", "…, Bischöfe entführt zu haben"
        if self.relative_pronoun(a) and a > 0 and self.doc.tokens[a - 1].text == ",":
            return None  # "…, der neun Menschen erschoss": the relative pronoun is no article
        b = clause_range(doc, i)[1]
        if a + 1 < i and self.closes_clause(i, a, b) and any(
                lex.is_(c, self.words[a]) for c in ("subordinator", "question_adverb")):
            a += 1  # "weshalb der Landeshauptmann die Idee ablehnte": the subject follows the clause's opener where
            # the verb closes the clause (not "Als Vergeltung beschossen israelische Kampfjets …")
        span = phrase_at(doc, lex, a, i, self.kb.demonyms) if a < i else None
        if span is not None and all(self.words[k] in lex.time or doc.tokens[k].kind == "num" for k in range(*span)):
            span = None  # "Mitte April hatten zwei russische Bomber …": a time opens the clause, the subject follows
        if span is not None and any(c.kind == "according" and c.speaker_span and c.cue and min(
                c.speaker_span[0], c.cue[0]) <= doc.tokens[span[0]].start < max(c.speaker_span[1], c.cue[1])
                                    for c in doc.claims):
            return None  # "Dem Bericht der Zeitung zufolge habe die Stadt … zugestimmt": the source of the report
        if span is None and lex.setting("nouns_capitalised") and lex.pronoun_kind(self.words[a]) != "personal":
            # "Anders als angekündigt demonstrierten belgische Landwirte": when no noun phrase opens the clause,
            # the subject follows the finite verb (not after a pronoun: "Er kritisierte die Regierung")
            b = clause_range(doc, i)[1]
            opening = a + 1 if a + 1 < i and any(lex.is_(c, self.words[a]) for c in FINITE_CLASSES) else i + 1
            # "Wie die Zeitung berichtet, hat die Polizei drei Männer festgenommen": after a fronted clause the
            # finite auxiliary opens the clause and the subject follows it
            after = phrase_at(doc, lex, opening, b, self.kb.demonyms) if opening < b else None
            if i - 1 > a and lex.is_("coordinator", self.words[i - 1]):
                after = self.inverted_in_conjunct(a, i - 1)  # "Dann kamen Polizisten und nahmen die Männer fest":
                # the verb after "und" shares the first conjunct's subject, which follows that conjunct's verb
            if after is not None and self.abstract_head(*after):
                return None  # "… fordern mittlerweile die Auflösung der Stadtregierung": a thing does not act, it is
                # the object (the subject stood in a prefield the reader did not take as a noun phrase)
            if after is not None and not any(ts < after[1] and te > after[0] for ts, te, _e, _m in refs):
                part = self.phrase_participant(*after)
                return part if part.country or part.sector else None
            return None
        if span is None:
            return None
        between = ("aux_perfect", "aux_passive", "future_aux", "hypothetical", "sentence_adverb", "verb_before",
                   "negation")
        gap = [w for w in self.words[span[1]:i] if not any(lex.is_(c, w) for c in between)]
        tail = i
        while tail > span[1] and any(lex.is_(c, self.words[tail - 1]) for c in between):
            tail -= 1  # "Farmers in France will": the phrase ends before the auxiliary
        if lex.setting("nouns_capitalised"):
            gap = []  # German: the prefield phrase as it is; adverbials may stand between it and the verb
        elif gap and lex.is_("coordinator", gap[-1]) and len(gap) <= MAX_PHRASE and "," not in gap and not any(
                lex.is_(c, gap[0]) for c in ("preposition", "determiner", "coordinator")):
            gap = []  # "Police arrived and arrested the men": a verb after "and" shares the first conjunct's subject
        elif gap and not (lex.is_("preposition", gap[0]) and len(gap) <= 4):
            return None  # "Unions in Belgium held": an attached place is part of the subject
        part = self.phrase_participant(span[0], tail if gap else span[1])
        if part.country is None and part.sector is None:
            return None
        return part

    def plural_relative_clause(self, ref, a: int, b: int) -> bool:
        """Whether the German relative clause [a, b) opens with its pronoun, then the known person *ref*, and ends
        in a finite verb of a plural ending (``plural_verb_ending``: "die Kurz … kritisiert *hatten*"): the
        pronoun is the subject, one person cannot be."""
        doc, lex = self.doc, self.lex
        ent = doc.entity(ref[2])
        last = last_word(doc, a, b)
        return bool(lex.setting("verb_second")) and clause_range(doc, a)[2] == "rel" and self.relative_pronoun(a) \
            and ref[0] == a + 1 and ent is not None and ent.type == "person" and last >= ref[1] \
            and doc.tokens[last].text[:1].islower() and self.words[last].endswith(
                lex.endings("plural_verb_ending") or ("\0",))

    def first_listed(self, refs: list) -> list:
        """The references in text order, each name that only continues a list of the one before ("mit den USA,
        Frankreich und den Briten": only the USA) left out."""
        kept: list = []
        prev = None
        for r in sorted(refs, key=lambda r: r[0]):
            if prev is None or r[0] <= prev[1] or not all(
                    self.words[k] == "," or self.lex.is_("coordinator", self.words[k])
                    or self.lex.is_("determiner", self.words[k]) for k in range(prev[1], r[0])):
                kept.append(r)
            prev = r
        return kept

    def inverted_in_conjunct(self, a: int, c: int) -> tuple[int, int] | None:
        """The subject of the German conjunct [a, c) that no noun phrase opens ("Dann kamen Polizisten", "Nach
        ersten Erkenntnissen fuhren dann Unbekannte vor"): the first noun phrase after a lower-case word (its
        finite verb or an adverb), over prepositional phrases and genitives, not a time."""
        doc, lex, k = self.doc, self.lex, a
        while k < c:
            if lex.is_("preposition", self.words[k]):
                k += 1 + self._skip_phrase(k + 1, c)
                continue
            if k > a and self.common_noun(k - 1) and (more := self.genitive_at(k, c)) is not None:
                k = max(more, k + 1)  # "Mit einer Genehmigung des Londoner Umweltministeriums haben …": a noun's
                continue
            got = phrase_at(doc, lex, k, c, self.kb.demonyms)
            if got is not None and k > a and not self.in_time(got) and doc.tokens[k - 1].text[:1].islower():
                return got  # (after the verb or an adverb, not inside a phrase: "des Londoner Umweltministeriums")
            k = got[1] if got is not None else k + 1
        return None

    def abstract_head(self, a: int, b: int) -> bool:
        """Whether the head (:meth:`head_noun`) of the noun phrase [a, b) is an abstract noun
        (:func:`syntax.abstract_noun`): "die Auflösung der Stadtregierung", not "die Regierung", "die
        Staatsanwaltschaft"."""
        head = self.head_noun(a, b)
        return head is not None and abstract_noun(self.doc, self.lex, head)

    def pronoun_after_subordinator(self, i: int, a: int, b: int, first) -> Participant | None:
        """In a German subordinate clause whose verb (the trigger) closes it, a personal pronoun right after the
        subordinator, before the first known actor: the subject ("…, dass *er* … die Religionspolizei kritisierte",
        "…, weil *sie* die Regierung angegriffen hatten")."""
        doc, lex = self.doc, self.lex
        if not lex.setting("verb_second") or not clause_range(doc, i)[2].startswith("sub:") or a + 1 >= first[0] \
                or lex.pronoun_kind(self.words[a + 1]) != "personal" or not self.closes_clause(i, a, b):
            return None
        return self.phrase_participant(a + 1, a + 2)

    def prefield_subject(self, i: int, a: int, b: int, refs: list, first) -> Participant | None:
        """In a verb-second main clause, a noun phrase that fills the prefield (the clause start up to the finite
        verb) when the first known actor stands after that verb: the subject, with or without a known actor
        ("Kritiker werfen Erdogan … vor"). Not an adverbial ("Im Mai", "Immerhin"), not a fronted object ("Den
        Angriff verurteilte …"), not a phrase with a known actor in it."""
        doc, lex = self.doc, self.lex
        if not lex.setting("verb_second") or clause_range(doc, i)[2] != "main":
            return None
        finite = self.finite_verb(a, b, i)
        if finite > i or finite <= a or first[0] <= finite or any(
                ts < finite and slot(doc, lex, ts) == "bare" for ts, _te, _e, _m in refs):
            return None
        if finite == a + 1 and lex.pronoun_kind(self.words[a]) == "personal":
            return self.phrase_participant(a, finite)  # "Er lehnt Erdogan ab": an unresolved pronoun is the subject
        span = phrase_at(doc, lex, a, finite, self.kb.demonyms)
        if span is not None and span[1] != finite and self.whole_prefield(a, finite):
            span = (a, finite)  # "Putins Regierung", "Senator Miller": a noun phrase the reader did not close
        # the prefield is one constituent: a noun phrase that opens it is its head, whatever modifies it ("Ein
        # Leitartikel in der Washington Post forderte Obama … auf")
        if span is None or lex.is_("oblique_article", self.words[a]) or self.in_time(span):
            return None
        if span[1] - span[0] == 1 and (any(lex.is_(c, self.words[a]) for c in ("sentence_adverb", "clause_adverb")) or (
                lex.is_("comparative", self.words[a]) and lex.is_("predicative_marker", self.words[a + 1]))):
            return None  # "Anders als angekündigt demonstrierten belgische Landwirte": an adverb, no subject
        if lex.is_("oblique_feminine_article", self.words[a]) and self.words[span[1] - 1].endswith(
                lex.endings("feminine_suffix")):
            return None  # "Der Ministerin wirft Lugar … vor": a dative
        head = self.words[span[1] - 1]
        if head.endswith(lex.endings("abstract_noun_ending")) and lex.roles.match([head], 0) is None:
            return None  # "Die Reform lehnt Corbyn ab": a thing does not act, so it is the fronted object
        if any(lex.time.get(self.words[k], ("",))[0] == "relunit" for k in range(a, finite)):
            return None  # "Wenige Wochen vor dem Brexit-Referendum hat die EU-Kommission …": a time
        if nominative_person(doc, lex, finite + 1, b):
            return None  # "Ein Wirtschaftsabkommen fordert der Caritas-Präsident Küberl": the subject follows the verb
        return self.phrase_participant(*span)

    def inverted_subject(self, i: int, a: int, b: int, bare: list) -> Participant | None:
        """The subject of a German main clause that fronts its object: the first bare actor fills the prefield and a
        masculine person in the nominative (:func:`nominative_person`: "der", adjectives, a role noun for a person)
        opens the phrase right after the finite verb. The actor named there, else that phrase."""
        doc, lex = self.doc, self.lex
        if not lex.setting("verb_second") or clause_range(doc, i)[2] != "main":
            return None
        finite = self.finite_verb(a, b, i)
        if not (i >= finite and bare[0][1] <= finite and all(doc.tokens[k].kind == "word" for k in range(a, bare[0][0]))
                and nominative_person(doc, lex, finite + 1, b)):
            return None  # (the trigger is the clause's verb, not a participle in its prefield: "Bei einem Gedenkakt
            # für den … ermordeten Regierungspräsidenten Lübcke ist der AfD-Abgeordnete Müller sitzen geblieben")
        span = phrase_at(doc, lex, finite + 1, b, self.kb.demonyms)
        if span is None:
            return None
        named = next((r for r in bare if span[0] <= r[0] < span[1]), None)
        return self.participant(named) if named is not None else self.phrase_participant(*span)

    def oblique_ref(self, ref) -> bool:
        """Whether an actor reference opens with, or follows, an accusative or dative article ("einen
        US-Soldaten", "den Rebellen")."""
        own = self.lex.is_("determiner", self.words[ref[0]])  # an article of its own: the word before is none
        return any(self.lex.is_("oblique_article", self.words[k]) and not self.relative_pronoun(k)
                   for k in ((ref[0],) if own else (ref[0], ref[0] - 1))
                   if k >= 0 and self.doc.tokens[k].kind == "word")

    def relative_pronoun(self, k: int) -> bool:
        """Whether token k opens a relative clause, alone or after its preposition ("der Faymann-Plan, *dem*
        Mitterlehner zugestimmt habe", "ein Apotheker, gegen *den* die Staatsanwaltschaft ermittelt")."""
        a, _b, kind = clause_range(self.doc, k)
        return kind == "rel" and self.lex.is_("relative", self.words[k]) and (
            k == a or k == a + 1 and self.lex.is_("preposition", self.words[a]))

    def middlefield_subject(self, i: int, a: int, b: int, refs: list, first) -> Participant | None:
        """In a verb-second main clause whose prefield is no noun phrase ("Am Montag", "Zudem"), the noun phrase right
        after the finite verb when it names no known actor and the first known actor comes after it: the subject
        ("Am 2. März erschoss Arid Uka … zwei US-Soldaten", "Zudem kritisierte der Politiker die USA"), also where a
        fronted subordinate clause fills the prefield and the verb opens the clause ("Als …, beschossen Rebellen die
        Armee"). Not a phrase opened by an accusative or dative article ("Gestern traf den Minister …")."""
        doc, lex = self.doc, self.lex
        if not lex.setting("verb_second") or clause_range(doc, i)[2] != "main":
            return None
        finite = self.finite_verb(a, b, i)
        if finite > i or finite < a or (finite == a and not self.after_fronted_clause(a)) or first[0] <= finite + 1:
            return None
        if lex.pronoun_kind(self.words[a]) == "personal" or any(ts == a for ts, _te, _e, _m in refs):
            return None  # "Er unterstützt die Ausschussvorsitzende …": the prefield holds the subject
        front = phrase_at(doc, lex, a, finite, self.kb.demonyms)
        if front is not None and not self.in_time(front) and not any(
                lex.is_(c, self.words[a]) for c in ("preposition", "sentence_adverb", "oblique_article")):
            return None  # a noun phrase fills the prefield: the subject is there (prefield_subject)
        k = finite + 1
        if k == i or lex.is_("oblique_article", self.words[k]) or self.doc.tokens[k].kind != "word":
            return None
        span = phrase_at(doc, lex, k, b, self.kb.demonyms)
        if span is None or span[1] > first[0] or i in range(*span) or self.in_time(span) \
                or any(ts < span[1] and te > span[0] for ts, te, _e, _m in refs):
            return None
        return self.phrase_participant(*span)

    def interrupted_prefield(self, a: int, s0: int) -> tuple[int, int] | None:
        """The prefield of a German main clause that a relative clause or an apposition interrupts, when the clause
        at token a is its rest, opened by the finite verb after a comma ("Die Türkei, die gestern Truppen schickte,
        griff Syrien an"; "Jens Stoltenberg, der Nato-Generalsekretär, lobte Italien"; "Der Außenminister Russlands,
        Sergej Lawrow, kritisierte …"): back to the sentence start (or its dateline) stand only one noun phrase and,
        after it, relative clauses or phrases with no verb. The noun phrase's token range, else None. (The caller
        checks that the rest opens with the trigger or a finite auxiliary and is no infinitive clause: "Eine
        Regierung, die unfähig sei, hart durchzugreifen und … abzuschieben" has none.)"""
        doc, lex = self.doc, self.lex
        if not lex.setting("verb_second") or a - 1 <= s0 or doc.tokens[a - 1].text != "," \
                or doc.tokens[a].kind != "word" or not doc.tokens[a].text[:1].islower() \
                or any(lex.is_(c, self.words[a]) for c in NOT_VERB_OPENERS):
            return None
        c = doc.token_clause[a]
        if c <= 0 or doc.clauses[c][2] != "main":
            return None
        dash = dateline_dash(doc, lex, s0)
        start = dash + 1 if dash is not None else s0
        k = c - 1
        while k >= 0:
            c0, c1, kind = doc.clauses[k]
            if c0 < start:
                return None
            if c0 == start:
                if kind != "main" or k == c - 1 or not self.whole_prefield(c0, c1):
                    return None
                # the actor the noun phrase names, else the one its apposition names ("Der Generalsekretär der Nato,
                # Jens Stoltenberg, …"; "Nato" there is a genitive)
                for p0, p1, _kind in doc.clauses[k:c]:
                    if self.whole_prefield(p0, p1) and any(slot(doc, lex, r[0]) == "bare"
                                                           for r in refs_between(doc, p0, p1)):
                        return p0, p1
                return c0, c1
            if not (kind == "rel" or kind == "main" and self.whole_prefield(c0, c1)):
                return None  # a clause of its own ("Die Lage ist ernst, sagte er"), a subordinate clause
            k -= 1
        return None

    def after_fronted_clause(self, a: int) -> bool:
        """Whether the clause at token a follows a comma that closes a fronted subordinate clause, which then fills
        the prefield ("Sobald er Boden erreicht hatte, bat Green die Soldaten …": the verb opens the clause)."""
        s0 = self.doc.sentence_tokens[self.doc.token_sentence[a]][0]
        if a - 2 < s0 or self.doc.tokens[a - 1].text != ",":
            return False
        c0 = clause_range(self.doc, a - 2)[0]
        return self.lex.is_("subordinator", self.words[c0]) or self.lex.is_("adverbial_subordinator", self.words[c0])

    def possessor_of_noun(self, ref, i: int, b: int) -> bool:
        """A known actor in the genitive before a capitalised noun that is no actor and not the trigger ("die
        Sisis Machtübernahme unterstützt hatte"): it says whose thing, not who acts or is acted on."""
        k = ref[1]
        if not self.lex.setting("nouns_capitalised") or k >= b or k == i or not self.genitive_before(ref):
            return False
        tok = self.doc.tokens[k]
        return tok.kind == "word" and tok.text[:1].isupper() and not any(
            r[0] <= k < r[1] for r in self.doc.actor_refs) and not self.lex.is_("determiner", self.words[k])

    def whole_prefield(self, a: int, finite: int) -> bool:
        """Whether tokens [a, finite) are short and all capitalised nouns, names, articles or adjectives (one noun
        phrase in the prefield; no comma, no preposition, no verb)."""
        if finite - a > MAX_PHRASE:
            return False
        for k in range(a, finite):
            tok, w = self.doc.tokens[k], self.words[k]
            if tok.kind != "word" or any(self.lex.is_(c, w) for c in ("preposition", "subordinator", "coordinator")):
                return False
            if not (tok.text[:1].isupper() or self.lex.is_("determiner", w)
                    or w.endswith(self.lex.endings("adjective_ending") or ("",))):
                return False
        return True

    def head_taken(self, span: tuple[int, int], taken: set[int]) -> bool:
        """Whether the phrase's first word after articles and numbers belongs to a known actor ("die
        Hisbollah"), or, where nouns are capitalised, its first word after lower-case adjectives too when that is a
        whole name ("der rechtsextremistische Anders Breivik"; not a name before a compound's hyphen, which only
        modifies its head: "der libysche IS-Chef"); an actor in its genitive does not count ("Stellungen der
        Hisbollah")."""
        k = span[0]
        while k < span[1] - 1 and (self.lex.is_("determiner", self.words[k]) or self.doc.tokens[k].kind == "num"):
            k += 1
        if k in taken:
            return True
        if not self.lex.setting("nouns_capitalised"):
            return False
        while k < span[1] - 1 and self.doc.tokens[k].text[:1].islower():
            k += 1
        text = self.doc.tokens[k].text
        return k in taken and not any(r[0] <= k < r[1] and r[3].head and text.startswith(r[3].head + "-")
                                      for r in self.doc.actor_refs)

    def attached(self, span: tuple[int, int], refs: list) -> bool:
        """Whether a phrase belongs to an actor reference: its genitive or apposition right after it, or a
        phrase right before it."""
        words, lex = self.words, self.lex
        genitive = lex.genitive_article(words[span[0]])
        for ts, te, _e, _m in refs:
            if span[0] == te and genitive or span[1] == ts or (span[0] == te + 1 and words[te] == ","):
                return True
        return False

    def in_time(self, span: tuple[int, int]) -> bool:
        """Whether a phrase overlaps a time expression ("Ende Juni", "am Montag")."""
        return in_time(self.doc, self.lex, *span)

    def _skip_phrase(self, k: int, b: int) -> int:
        """How many tokens the noun phrase of a prepositional phrase takes ("im Jemen" → 1)."""
        got = phrase_at(self.doc, self.lex, k, b, self.kb.demonyms)
        if not got:
            return 0
        stop = got[1]
        while stop + 1 < b and self.words[stop] in self.lex.closed.get("foreign_name_particle", ()) \
                and self.doc.tokens[stop + 1].text[:1].isupper():
            stop += 2  # "am Stade de France": a foreign name goes on after its particle
        if stop < b and self.common_noun(stop - 1) and not self.in_time((stop - 1, stop)) and (
                more := self.genitive_at(stop, b)):  # (not after a time: "in der Nacht auf Sonntag der Bruder")
            stop = more  # "nach Angaben lokaler Medien", "nach Angaben der Polizei": a genitive belongs to the noun
        if any(self.lex.genitive_article(self.words[j]) and self.common_noun(j - 1) and not self.in_time((j - 1, j))
               for j in range(k + 1, stop)):
            while stop + 1 < b and self.lex.is_("coordinator", self.words[stop]) and (
                    more := self.genitive_at(stop + 1, b)):
                stop = more  # "beim Vorgehen der Armee und verbündeter Milizen"
        return stop - k

    def genitive_at(self, k: int, b: int) -> int | None:
        """Where a German genitive phrase that opens at token k ends: one opened by a genitive article ("der
        Polizei", "der Armee" of an actor) or by an adjective in -er before a common noun ("lokaler Medien")."""
        w, doc = self.words[k], self.doc
        if not (self.lex.genitive_article(w) or w.endswith("er") and doc.tokens[k].text[:1].islower()
                and not self.lex.in_closed_class(w) and k + 1 < b and self.common_noun(k + 1)):
            return None  # (not a word of a closed class in -er: "nach dem Anschlag wieder Stellungen")
        ref = next((r for r in refs_between(doc, k, k + 2) if r[0] in (k, k + 1) and r[1] <= b), None)
        if ref is not None:
            return ref[1]
        got = phrase_at(doc, self.lex, k, b, self.kb.demonyms)
        return got[1] if got else None

    def common_noun(self, k: int) -> bool:
        """Whether token k is a German common noun: capitalised, no determiner, no actor's or place's name."""
        doc = self.doc
        return bool(self.lex.setting("nouns_capitalised")) and doc.tokens[k].kind == "word" \
            and doc.tokens[k].text[:1].isupper() and not self.lex.is_("determiner", self.words[k]) \
            and not refs_between(doc, k, k + 1) \
            and k not in self.place_tokens

    def opposed_phrase(self, a: int, b: int, i: int) -> Participant | None:
        """The noun phrase after an ``opposition_preposition`` ("gegen", "against") in the clause, not inside
        another event's phrase: whom an act is directed against when no actor is named."""
        for k in range(a, b - 1):
            if self.lex.is_("opposition_preposition", self.words[k]) and not self.after_event_noun((k + 1, k + 2), i) \
                    and self.doc.tokens[k + 1].kind != "num" and not self.noun_attribute(k):  # not "gegen 21.20 Uhr"
                span = phrase_at(self.doc, self.lex, k + 1, b, self.kb.demonyms)
                if span is not None:
                    return self.phrase_participant(*span)
        return None

    def noun_attribute(self, k: int) -> bool:
        """Whether the preposition at token k follows a German common noun it may belong to ("Verstößen gegen
        US-Umweltrecht"); an actor or a role noun before it is the verb's subject ("ermittelt die Staatsanwaltschaft
        gegen …", "kämpfen Regierungstruppen gegen …")."""
        from .entities import _role_at

        prev = k - 1
        p = preposition_before(self.doc, self.lex, prev, max(0, prev - 4)) if prev >= 0 else None
        return bool(self.lex.setting("nouns_capitalised")) and prev >= 0 and self.doc.tokens[prev].text[:1].isupper() \
            and not any(ts <= prev < te for ts, te, _e, _m in refs_between(self.doc, max(0, prev - 6), prev + 1)) \
            and _role_at(self.doc, self.lex, prev) is None \
            and not (p is not None and self.lex.is_("offence_preposition", self.words[p])
                     and (got := self.trigger_at(prev, prev + 1)) is not None
                     and got[3].cameo.startswith(KILLING_CODES))
        # "kämpfen Regierungstruppen gegen …": a role acts; "ermitteln wegen Mordes gegen …": an act as the charge's
        # offence (not "wegen Verstößen gegen das Umweltrecht", no act of its own)

    def phrase_participant(self, a: int, b: int) -> Participant:
        from .entities import _role_at, demonym, role_adjective

        doc = self.doc
        country = sector = None
        # a body's people share its sector ("die Unterhändler der kolumbianischen Regierung"), a criminal's or a
        # cleric's relatives do not ("der Vater des Verdächtigen"), its members do ("Die Gruppe der Verdächtigen"):
        # no unaffiliated sector from a genitive but to a member noun
        head_end = next((k for k in range(a + 1, b) if self.lex.is_("genitive_marker", self.words[k]) and any(
            doc.tokens[j].text[:1].isupper() and not self.lex.is_("determiner", self.words[j])
            for j in range(a, k))), b)
        for k in range(a, b):
            got = demonym(self.words[k], doc, self.res)
            if got is not None and got[0] and not got[1]:
                country = country or got[0]
            role = _role_at(doc, self.lex, k)
            if role is not None and role_adjective(doc, self.lex, k, role, b):
                continue  # "Bewaffnete Polizisten": the police
            if role is not None and not (k >= head_end and role[1].sector in UNAFFILIATED_SECTORS
                                         and not self.ends_in(self.words[head_end - 1], "member_noun")):
                sector = sector or role[1].sector
        for _ts, _te, eid, _m in refs_between(doc, a, b):  # "Stellungen der Hisbollah": whose they are
            ent = doc.entity(eid)
            if ent is not None and country is None:
                country, sector = ent.country, sector or ent.sector
        for p in doc.places:
            if country is None and p.country and any(a <= m.tok_start < b for m in p.mentions):
                country = p.country
        return Participant(None, country, sector, doc.text[doc.tokens[a].start:doc.tokens[b - 1].end])

    def other_noun_between(self, end: int, k: int) -> bool:
        """Whether a capitalised common noun that no actor or place reference covers stands in tokens [end, k): a
        "zwischen X und Y" after it belongs to that noun ("Beim Treffen dominieren die Konflikte in Syrien und
        zwischen der Türkei und Russland"; not "Gespräche in Genf zwischen …")."""
        if not self.lex.setting("nouns_capitalised"):
            return False
        covered = {j for r in refs_between(self.doc, end, k) for j in range(r[0], r[1])} | self.place_tokens
        return any(self.doc.tokens[j].kind == "word" and self.doc.tokens[j].text[:1].isupper() and j not in covered
                   and not self.lex.is_("determiner", self.words[j]) for j in range(end, k))

    def patient_type(self, trig: Trigger) -> bool:
        """Types whose target is what the act falls on (attacks, coercion, sanctions, threats, accusations)."""
        return self.plover_type(trig) in ("ASSAULT", "COERCE", "SANCTION", "THREATEN", "ACCUSE")

    def object_country(self, i: int, end: int, a: int, b: int, source: Participant | None,
                       patient: bool = False) -> Participant | None:
        """A target without an actor reference: a place the act falls on ("feuerte Raketen auf Aschkelon ab")
        or a demonym in the object ("auf ukrainische Städte", "shelled Ukrainian villages"), of another country
        than the source. English objects follow the verb; German ones may stand anywhere in the clause."""
        from .entities import demonym

        lo = a if self.lex.setting("verb_second") else end
        src_country = source.country if source else None
        for p in self.doc.places:
            for m in p.mentions:
                if not (lo <= m.tok_start < b and m.tok_start != i and p.country and p.country != src_country):
                    continue
                h = next((j for j in range(m.tok_start - 1, max(lo, m.tok_start - 4) - 1, -1)
                          if self.words[j] in HOSTILE_PREPOSITIONS), None)
                if h is None or any(self.trigger_at(k, m.tok_start) is not None for k in range(h + 1, m.tok_start)):
                    continue  # "unter Verweis auf die Anschläge in Paris": the place of another event
                # "Raketen auf Aschkelon"; "auf eine Bushaltestelle in Ankara": the bus stop, in Turkey
                start, stop = self.doc.tokens[h + 1].start, self.doc.tokens[m.tok_end - 1].end
                return Participant(None, p.country, None, self.doc.text[start:stop], inferred=False)
        for k in range(lo, b):
            if k == i or self.doc.tokens[k].kind != "word":
                continue
            if any(x <= self.doc.tokens[k].start < y for x, y in self.source_spans):
                continue  # "nach Angaben der israelischen Armee": the source of a claim, not a target
            before = self.words[max(lo, k - 2):k]
            genitive = k > 0 and self.lex.genitive_article(self.words[k - 1]) and self.doc.tokens[k].text[:1].isupper()
            # "die Luftangriffe der Russen": a people in the genitive flies them ("des deutschen Botschafters" is
            # an adjective with its noun, the one expelled)
            object_slot = any(w in HOSTILE_PREPOSITIONS for w in before) or (
                end <= k <= end + 2 and (patient or not genitive)
                and not any(self.lex.is_(c, w) for w in self.words[end:k] for c in ("preposition", *FINITE_CLASSES)))
            # not "Seit Beginn der Luftangriffe habe das russische Militär": the subject of the next verb
            if not object_slot or self.after_event_noun((k, k + 1), i):
                continue  # "auf ukrainische Städte", "shelled Ukrainian villages"; not "drones for Russian …", not
                # "nach einem Anschlag auf zwei türkische Polizisten"
            got = demonym(self.words[k], self.doc, self.res)
            if got is not None and got[0] and not got[1] and got[0] != src_country and not (
                    source is not None and source.text and self.doc.tokens[k].text in source.text):
                ent = next((e for e in self.doc.entities if e.type == "country" and e.country == got[0]), None)
                return Participant(ent.id if ent else None, got[0], None, self.doc.tokens[k].text)
        return None

    def coordinated(self, s0: int, s1: int, starts: set[int]) -> set[int]:
        """Reference starts plus those joined to them by a coordinator: the speakers "das saudische
        Außenministerium und das US-Außenministerium" are both sources of what they report."""
        if not starts:
            return starts
        out = set(starts)
        refs = refs_between(self.doc, s0, s1)
        for (ts, te, _e, _m), nxt in zip(refs, refs[1:], strict=False):
            gap = [w for w in self.words[te:nxt[0]] if not self.lex.is_("determiner", w)]
            if ts in out and len(gap) == 1 and self.lex.is_("coordinator", gap[0]):
                out.add(nxt[0])
        return out

    def own_act(self, c) -> bool:
        if c.cue is not None and any(w in c.cue[2].lower() for w in ("eigenen", "own ")):
            return True  # "hat nach eigenen Angaben … angegriffen": the source reports its own act
        if c.kind != "indirect" or c.cue is None or c.act.startswith("10") or c.status == "feared":
            return False  # who demands talks does not hold them; who fears unrest does not riot
        cue_tok, content_tok = self.doc.token_at(c.cue[0]), self.doc.token_at(c.content[0])
        if self.doc.token_clause[cue_tok] != self.doc.token_clause[content_tok]:
            # "bestritt, Uiguren in Lagern festzuhalten", "denied having …": an infinitive has the speaker's subject
            return self.infinitive_content(c)
        # a dass/that clause or reported speech after a comma has a subject of its own, and so has a clause with a
        # finite auxiliary that an expletive or a named subject opens ("said there was no evidence of an attack",
        # "Israel said Hamas had fired rockets"); one that a pronoun or a bare role noun opens tells the speaker's
        # own act ("said its jets had struck", "said troops had killed five militants")
        first = self.words[content_tok]
        content_end = self.doc.token_at(c.content[1] - 1) + 1
        k = content_tok
        while k + 1 < content_end and any(self.lex.is_(cls, self.words[k]) for cls in ADVERB_CLASSES):
            k += 1  # "hatten zuvor von einem Massaker berichtet": the adverb before the content's preposition
        if any(self.lex.is_(c, first) for c in ("complementizer", "expletive")) \
                or self.lex.is_("content_preposition", self.words[k]):
            return False
        finite = any(self.lex.is_(cls, self.words[k]) for k in range(content_tok, content_end)
                     for cls in AUXILIARY_CORE)
        opens_phrase = self.doc.tokens[content_tok].text[:1].isupper() or self.doc.tokens[content_tok].kind == "num" \
            or any(self.lex.is_(c, first) for c in ("determiner", "kind_determiner", "quantifier"))
        own_subject = opens_phrase and not self.lex.pronoun_kind(first) \
            and self.lex.roles.match(self.words, content_tok) is None
        # a noun phrase opens the clause ("said Hamas had fired", "said the army had"; not "believed linked to …")
        return not (finite and own_subject)

    def infinitive_content(self, c) -> bool:
        """Whether a claim's content is an infinitive clause, which ends in "zu" and a verb or in a verb with "zu"
        joined in ("festzuhalten"): it has no subject of its own. A relative clause after it does not count ("…
        aufzuheben, denen nun Festnahmen drohen")."""
        content_tok, content_end = self.doc.token_at(c.content[0]), self.doc.token_at(c.content[1] - 1)
        if self.infinitive_ending(content_tok, content_end):
            return True
        comma = next((k for k in range(content_end - 1, content_tok, -1) if self.words[k] == ","
                      and k + 2 <= content_end and self.lex.is_("relative", self.words[k + 1])
                      and self.doc.tokens[k + 2].text[:1].islower()), None)  # not an article: ", die Diakonie sprach"
        return comma is not None and self.infinitive_ending(content_tok, comma - 1)

    def infinitive_ending(self, a: int, z: int) -> bool:
        """Whether the words of tokens [a, z] end in "zu" and a verb or in a verb with "zu" joined in."""
        words = [k for k in range(a, z + 1) if self.doc.tokens[k].kind == "word"]
        last = words[-1] if words else None
        markers = self.lex.closed.get("infinitive_marker", ())
        joined = last is not None and self.doc.tokens[last].text[:1].islower() and any(
            re.fullmatch(rf"\w{{2,}}{m}\w{{2,}}en", self.words[last]) for m in markers)
        return len(words) >= 2 and (self.lex.is_("infinitive_marker", self.words[words[-2]]) or joined)

    def noun_use(self, i: int, trig: Trigger, s0: int) -> bool:
        """Whether the trigger at token i (sentence from s0) is a noun: a noun row, or a word of a phrase row after
        a determiner or, where nouns are capitalised, capitalised inside the sentence ("die Luftangriffe")."""
        return trig.pos == "noun" or i > s0 and (self.lex.is_("determiner", self.words[i - 1]) or (
            self.lex.setting("nouns_capitalised") and self.doc.tokens[i].text[:1].isupper()))

    def definite(self, i: int) -> bool:
        """A definite event noun ("den Angriff", "des vereitelten Anschlags", "the attack") refers back to an event
        already told."""
        prev = self.word_before_adjectives(i)
        return self.lex.is_("determiner", prev) and not self.lex.is_("indefinite", prev)

    def contracted(self, i: int) -> bool:
        """Whether the noun at token i follows a preposition fused with the definite article (closed class
        ``definite_contraction``: "*beim* Freispruch", "*zum* Anschlag"), adjectives between."""
        return self.lex.is_("definite_contraction", self.word_before_adjectives(i))

    def of_a_kind(self, i: int, a: int) -> bool:
        """Whether a determiner of kinds (closed class ``kind_determiner``) opens the noun at token i, German
        adjectives between: "solche Besuche", "einem solchen Ermittlungsverfahren", "such attacks"."""
        if self.lex.setting("nouns_capitalised"):
            if not self.doc.tokens[i].text[:1].isupper():
                return False  # "Ein solches sei … abgelehnt worden": a pronoun, and a verb
            # among its adjectives ("einer *solchen* regulatorischen Zusammenarbeit") or right before them ("*Solche*
            # Besuche", capitalised at a sentence start)
            return any(self.lex.is_("kind_determiner", self.words[j])
                       for j in range(max(a, self.determined_start(i, a) - 1), i))
        return i > a and self.lex.is_("kind_determiner", self.words[i - 1])  # English adjectives are not known by
        # their ending: only right before ("such groups attacked" is no kind of attack)

    def word_before_adjectives(self, i: int) -> str:
        """The word before the noun at token i and the lower-case adjectives before it ("des *vereitelten*
        Anschlags": "des")."""
        j = i - 1
        while j > 0 and i - j <= 3 and self.doc.tokens[j].kind == "word" and self.doc.tokens[j].text[:1].islower() \
                and not self.lex.is_("determiner", self.words[j]) and self.words[j].endswith(
                    self.lex.endings("adjective_ending") or ("",)):
            j -= 1  # adjectives between: "des vereitelten Anschlags"
        return self.words[j] if j >= 0 else ""

    def passive(self, i: int, a: int, b: int) -> bool:
        """Whether the trigger at token i is in the passive. German: a passive auxiliary in its clause
        ("wurden … beschossen"). English: "be" up to three words before a participle ("were shelled", "was
        hit") — not "is about to restore", "are to meet"."""
        if self.lex.setting("verb_second"):
            # an auxiliary that is only passive ("wurde", "worden"); one that is also perfect ("sei") only when no
            # perfect-only one ("habe") makes the clause active ("habe … verhandelt und sei kurz davor gewesen")
            lex = self.lex
            words = self.words[self.conjunct_start(i, a):self.conjunct_end(i, b)]
            if bare_infinitive(lex, self.words[i]) is True and all(
                    lex.is_("future_aux", w) or lex.is_("hypothetical", w) for w in words if lex.is_("aux_passive", w)):
                return False  # "wird/würde … angreifen" is a future or conditional, "wird … angegriffen" a passive
            only = [lex.is_("aux_passive", w) - lex.is_("aux_perfect", w) for w in words]
            return any(x > 0 for x in only) or (any(lex.is_("aux_passive", w) for w in words) and not any(
                x < 0 for x in only)) or self.headline_participle(i, a, b) or self.stative_passive(i, a, b)
        w = self.words[i]
        participle = w.endswith(("ed", "en", "wn")) or self.lex.is_("participle", w)
        return participle and any(self.lex.is_("aux_passive", self.words[k]) for k in range(max(a, i - 3), i))

    def stative_passive(self, i: int, a: int, b: int) -> bool:
        """German "sein" with the participle of a verb whose perfect takes "haben": the state after an act done to
        the subject ("Der Journalist ist seit Montag festgenommen", "Angeklagt sind zwei Manager", "dass er angeklagt
        ist"). Not a verb of motion or change, whose perfect takes "sein" ("ist zurückgetreten"; closed class
        ``sein_perfect``, by ending). The participle closes its clause or stands next to the only auxiliary."""
        lex, words = self.lex, self.words
        w = words[i]
        if not past_participle(lex, w) or bare_infinitive(lex, w) is True or w.endswith(lex.endings("sein_perfect")):
            return False
        own = range(self.conjunct_start(i, a), b)
        auxiliaries = [k for k in own if any(lex.is_(c, words[k]) for c in FINITE_CLASSES)]
        if not auxiliaries or not all(lex.is_("sein_form", words[k]) for k in auxiliaries):
            return False
        if any(lex.is_("coordinator", words[k]) for k in range(min(auxiliaries[0], i), max(auxiliaries[-1], i))):
            return False  # "Die Ukraine ist empört und protestiert": a verb of its own after the coordinator
        last = last_word(self.doc, a, b)
        return i == last or i + 1 in auxiliaries and (i == own.start or i + 1 == last)

    def verb_conjunct(self, i: int, a: int) -> int:
        """The first token of a verb's own conjunct: after the last coordinator before it that follows another
        participle ("haben sich … getroffen *und* eine Erklärung verabschiedet"), else :meth:`conjunct_start`."""
        for k in range(i - 1, a, -1):
            if self.lex.is_("coordinator", self.words[k]) and self.participle_before(k):
                return k + 1
        return self.conjunct_start(i, a)

    def participle_before(self, c: int) -> bool:
        """Whether the word before token c is a lower-case participle by its "ge-" or a trigger form ("getroffen",
        "zerstört"): a coordinator at c ends that verb's conjunct."""
        w = self.words[c - 1]
        return self.doc.tokens[c - 1].text[:1].islower() and (ge_participle(self.lex, w) or w in self.lex.triggers)

    def conjunct_start(self, i: int, a: int) -> int:
        """The first token of the trigger's conjunct in clause a..: after the last coordinator before token i that
        is followed by a verb of its own before i ("wurde 1995 geboren *und soll* in Syrien gekämpft haben": the
        passive auxiliary is the other conjunct's; "wurden festgenommen und verhört" shares it)."""
        lex = self.lex
        finite = (*AUXILIARY_CORE, "obligation_modal", "causative_verb")
        for k in range(i - 1, a - 1, -1):
            if lex.is_("coordinator", self.words[k]) and any(
                    lex.is_(cls, w) for w in self.words[k + 1:i] for cls in finite):
                return k + 1
        return a

    def conjunct_end(self, i: int, b: int) -> int:
        """The end of the trigger's conjunct in clause ..b: the first coordinator after token i that a finite
        auxiliary of its own follows right away ("sprengten sich in die Luft *oder wurden* … getötet": the passive
        is the other conjunct's)."""
        lex = self.lex
        for k in range(i + 1, b - 1):
            if lex.is_("coordinator", self.words[k]) and any(lex.is_(cls, self.words[k + 1]) for cls in AUXILIARY_CORE):
                return k
        return b

    def headline_participle(self, i: int, a: int, b: int) -> bool:
        """A German main clause that ends in the trigger, a past participle, with no finite auxiliary or modal:
        a headline's passive without its auxiliary ("Sechs Oppositionelle freigelassen")."""
        last = last_word(self.doc, a, b)
        if i != last or i <= a:
            return False
        w = self.words[i]
        return self.doc.tokens[i].text[:1].islower() and (w.endswith("t") or ge_participle(self.lex, w)) \
            and not any(self.lex.is_(c, x) for x in self.words[a:b] for c in FINITE_CLASSES) \
            and clause_range(self.doc, i)[2] == "main"

    def name_compound(self, h: int) -> bool:
        """Whether token h is a compound of a name and a common noun that names no actor ("SPÖ-Rochade",
        "Kreml-Kritik"; not "US-Regierung", whose role noun makes it an actor)."""
        text = self.doc.tokens[h].text
        if "-" not in text:
            return False
        last = text.rsplit("-", 1)[1]
        return last[:1].isupper() and self.lex.roles.match([last.lower()], 0) is None

    def passive_agent_of_clause(self, i: int, k: int, a: int, b: int) -> bool:
        """Whether an agent phrase at token k belongs to the passive verb of the clause, not to the event noun at
        token i before the finite verb ("Eine Offensive der Rebellen wurde von der Armee zurückgeschlagen": the
        army acts on the offensive)."""
        finite = self.finite_verb(a, b, b)
        return i < finite < k and self.noun_in_passive(a, b)

    def noun_in_passive(self, a: int, b: int) -> bool:
        """Whether the clause of an event noun is a German passive: a passive auxiliary and, closing the
        clause, a past participle ("… bei einem Anschlag getötet worden"; not the future "werden … erheben")."""
        lex = self.lex
        if not lex.setting("verb_second") or not any(
                lex.is_("aux_passive", w) and not lex.is_("aux_perfect", w) for w in self.words[a:b]):
            return False  # "wurden", "worden", "werden"; not "seien … bereit"
        k = b - 1
        while k > a and (self.doc.tokens[k].kind != "word" or lex.is_("aux_passive", self.words[k])
                         or lex.is_("aux_perfect", self.words[k])):
            k -= 1
        return self.doc.tokens[k].text[:1].islower() and (past_participle(lex, self.words[k]) or has_word(
            self.doc, lex, "passive_perfect", k + 1, b))  # "erschossen worden": a participle, though it ends in -n

    def passive_demonym_agent(self, a: int, b: int) -> Participant | None:
        """The agent of a passive named by a demonym: "von russischen Drohnen", "by Russian forces"."""
        for k in range(a, b - 1):
            if self.words[k] in ("von", "by", "durch"):
                for j in range(k + 1, min(k + 4, b)):
                    if self.doc.tokens[j].kind == "word" and (got := self.demonym_agent(j + 1, j)) is not None:
                        return got
        return None

    def genitive_people(self, end: int, b: int) -> Participant | None:
        """A people named in the genitive right after an event noun ("die Luftangriffe *der Russen*"): its
        country acts (a capitalised demonym noun; "des deutschen Botschafters" is an adjective and its noun)."""
        from .entities import demonym

        k = end + 1
        if k >= b or not self.lex.genitive_article(self.words[end]) or self.lex.is_("preposition", self.words[end - 1]):
            return None  # not after a preposition ("Austritt aus der …": a dative)
        if any(r[0] <= k < r[1] for r in refs_between(self.doc, end, k + 1)):
            return None  # a name's adjective ("der Europäischen Union"), not a people
        got = demonym(self.words[k], self.doc, self.res) if self.doc.tokens[k].text[:1].isupper() else None
        if got is None or not got[0] or got[1]:
            return None
        ent = next((e for e in self.doc.entities if e.type == "country" and e.country == got[0]), None)
        return Participant(ent.id if ent else None, got[0], None, self.doc.tokens[k].text)

    def prefix_agent(self, i: int, trig: Trigger) -> Participant | None:
        """An actor named by the first part of a hyphenated attack noun carries it out ("US-Luftangriff",
        "IS-Anschlag"); a place there is where it happened ("Paris-Anschlag"), and so is a country before a noun of war
        (closed class ``war_noun``: "des Syrien-Kriegs"). Other acts: :meth:`compound_roles`."""
        rec = self.prefix_record(i)
        if coding(trig.cameo).type != "ASSAULT" or not rec or rec.get("type") == "country" and any(
                self.kb.places.get(p, {}).get("kind") == "city" for p in candidate_at(self.doc, i).places) \
                or self.country_war(i):
            return None  # no actor, or a capital ("Paris-Anschlag"), or the country a war is in ("Syrien-Krieg")
        return self.prefix_participant(i, rec)

    def country_war(self, i: int) -> bool:
        """Whether token i is a hyphenated compound of a country and a noun of war (closed class ``war_noun``: "des
        Syrien-Kriegs"): the country is where the war is."""
        prefix = self.doc.tokens[i].text.split("-", 1)[0]
        _a, b, _kind = clause_range(self.doc, i)
        return self.prefix_record(i).get("type") == "country" and not prefix.isupper() \
            and self.words[i].rsplit("-", 1)[-1].endswith(tuple(self.lex.closed.get("war_noun", ())) or ("\0",)) \
            and not has_word(self.doc, self.lex, "opposition_preposition", i + 1, min(b, i + 3))
        # (an abbreviation is the side that wages it, "US-Krieg"; so is one whose opponent follows, "der
        # Russland-Krieg gegen die Ukraine")

    def compound_roles(self, ev: Event) -> None:
        """Fill an act told by nouns from the first part of a hyphenated one, after coreference (the part names no
        other act): a person or an organisation carries out an act of any kind but criticism ("G-20-Gipfel",
        "FPÖ-Antrag", "EU-Sanktionen") and suffers one that befalls its target (an arrest, a release, a killing:
        "Maduro-Verhaftung"); a country is the one visited ("China-Besuch"), and before other acts their topic or
        target ("Russland-Sanktionen"), as a person before criticism is as often as its author ("Merkel-Kritik"); a
        body before an investigation carries it out ("UN-Ermittlungen")."""
        if ev.type == "ASSAULT" or not self.noun_mention(ev):
            return
        for start, _end, _text in (ev.trigger, *ev.mentions):
            i = self.doc.token_at(start)
            if i not in self.noun_triggers or not (rec := self.prefix_record(i)):
                continue
            if rec.get("type") == "country":
                if ev.cameo == VISIT_CODE and ev.target is None:
                    ev.target = self.prefix_participant(i, rec)
            elif ev.cameo.startswith(PATIENT_NOUN_CODES):
                if ev.target is None and not _same(ev.source, part := self.prefix_participant(i, rec)):
                    ev.target = part  # "die Maduro-Verhaftung": who is arrested
            elif (ev.type != "ACCUSE" or ev.cameo.startswith(INVESTIGATE_CODE) and rec.get("type") != "person") \
                    and ev.source is None and not _same(ev.target, part := self.prefix_participant(i, rec)):
                ev.source = part  # (an investigation by a body: "UN-Ermittlungen", "DNA-Ermittlungen")

    def prefix_record(self, i: int) -> dict:
        """The knowledge-base actor that is the first part of the hyphenated compound at token i, or {}."""
        if "-" not in self.doc.tokens[i].text:
            return {}
        cand = candidate_at(self.doc, i)
        return self.kb.actors.get(cand.actors[0], {}) if cand is not None and cand.compound and cand.actors else {}

    def prefix_participant(self, i: int, rec: dict) -> Participant:
        """The participant a compound's first part names (its knowledge-base record ``rec``), in its words."""
        ent = next((e for e in self.doc.entities if e.kb == rec["id"]), None)
        return Participant(ent.id if ent else None, rec.get("country"), rec.get("sector"),
                           candidate_at(self.doc, i).text)

    def demonym_agent(self, i: int, a: int) -> Participant | None:
        """A demonym right before an event noun names its agent: "israelischer Luftangriff" → Israel."""
        from .entities import demonym

        german = self.lex.setting("nouns_capitalised")
        if german and self.doc.tokens[i].text[:1].islower():
            return None  # "Die FSA hat russische Vorschläge abgelehnt": before a German verb, a demonym is its object's
        if any(self.lex.is_("civil_war_word", self.words[j]) for j in range(max(a, i - 1), i + 1)):
            return None  # "des syrischen Bürgerkriegs", "the Syrian civil war": the war's country, not a party
        j = i - 1
        while j >= a and j >= i - 3 and self.doc.tokens[j].kind == "word":
            if self.predicative(j) or self.lex.is_("preposition", self.words[j]):
                break  # "als kubanischer Staatschef zurückgetreten": the role, not the agent; "die serbischen
                # Diplomaten bei Luftangriffen": another phrase
            got = demonym(self.words[j], self.doc, self.res)
            if got is not None and got[0] and not got[1] and not (j > a and self.predicative(j - 1)):
                ent = next((e for e in self.doc.entities if e.type == "country" and e.country == got[0]), None)
                name = self.kb.actors.get(self.kb.countries.get(got[0], ""), {}).get("name", got[0])
                return Participant(ent.id if ent else None, got[0], None, self.doc.tokens[j].text or name)
            j -= 1
        return None

    # -- attachments ---------------------------------------------------------------------
    def place_for(self, i: int, a: int, b: int) -> str | None:
        doc = self.doc
        best = None
        for p in doc.places:
            for m in p.mentions:
                if a <= m.tok_start < b:
                    d = abs(m.tok_start - i)
                    if best is None or d < best[0]:
                        best = (d, p.id)
        return best[1] if best else None

    def time_for(self, i: int, a: int, b: int, k: int) -> str | None:
        """The time of the event at token i: the nearest time expression of its clause, else the sentence's only
        one, unless a semicolon stands between them (another main clause: "bekannte sich am Sonntag zu einem
        Anschlag; Ankara setzte die Luftangriffe fort") or the event is reported and the time is not in the report
        ("meldete am Samstag, bei den Luftangriffen seien …": the time of the report)."""
        doc = self.doc
        in_clause = [t for t in doc.times if a <= doc.token_at(t.start_char) < b]
        if in_clause:
            return min(in_clause, key=lambda t: abs(doc.token_at(t.start_char) - i)).id
        same = [t for t in doc.times if t.sentence == k]
        if len(same) != 1:
            return None
        t = doc.token_at(same[0].start_char)
        if any(doc.tokens[j].text in MAIN_CLAUSE_SEPARATORS for j in range(min(t, i), max(t, i))):
            return None
        at, when = doc.tokens[i].start, same[0].start_char
        if any(c.cue and c.content[0] <= at < c.content[1] and not c.content[0] <= when < c.content[1]
               for c in doc.claims):
            return None
        return same[0].id

    def quantities_for(self, ptype: str, a: int, b: int) -> list[str]:
        units = QUANTITY_UNITS.get(ptype, set())
        return [q.id for q in self.doc.quantities if a <= self.doc.token_at(q.start_char) < b and q.unit in units]

    # -- driver ----------------------------------------------------------------------------
    def code(self, i: int, end: int, toks: list[int], trig: Trigger, k: int) -> Event | None:
        doc = self.doc
        a, b, kind = clause_range(doc, i)
        s0, s1 = doc.sentence_tokens[k]
        cameo = trig.cameo
        # the words around the trigger, and an instrument phrase anywhere in the clause ("unterstützt das Regime
        # seit September mit Luftangriffen")
        # (a verb closing a German clause: the whole clause before it, "die Sanktionen … aufgehoben")
        before = a if self.closes_clause(toks[-1], a, b) else max(a, i - 3)
        after = min(b, i + SPECIFIC_REACH)
        after = next((j + 1 for j in range(end, after) if (t := self.trigger_at(j, b)) is not None
                      and t[3].pos == "noun"), after)
        # a word after another event noun is that noun's ("Die EU verurteilte die Verurteilung des Journalisten zu
        # zehn Jahren Haft": the sentence is the court's, not the EU's; the noun itself counts, "die Aufhebung der
        # Sanktionen")
        context = list(range(before, after)) + [
            j for k in range(a, b) if self.lex.is_("instrument_preposition", self.words[k])
            for j in range(k + 1, min(b, k + 5))]
        nouns = bool(self.lex.setting("nouns_capitalised"))
        for stem, code in trig.specific:
            if _stem_in(stem, [self.words[j] for j in context],
                        [j == i or nouns and self.doc.tokens[j].text[:1].isupper() for j in context]):
                cameo = code
                break
        if cameo == trig.cameo and any(code == CONVICT for _stem, code in trig.specific) and self.court_instance(
                i, a, b, trig):
            cameo = CONVICT  # "in erster Instanz zu 16 Jahren verurteilt", "bei einer letztinstanzlichen Verurteilung":
            # a court's verdict (not "verurteilte das nicht rechtskräftige Urteil", a condemnation of one)
        if cameo == trig.cameo and trig.pos == "verb" and any(code == CONVICT for _stem, code in trig.specific) \
                and (has_word(doc, self.lex, "offence_preposition", (lo := self.list_start(i, a)), b)
                     or any(self.lex.is_("offence_pronoun", self.words[k])
                            and not has_word(doc, self.lex, "passive_agent", k, i) for k in range(lo, i))) \
                and self.passive(i, lo, b) \
                and not has_word(doc, self.lex, "condemnation_adverb", lo, b) and not self.lay_agent(lo, b):
            cameo = CONVICT  # "ist ein Flüchtling wegen versuchten Suizids verurteilt worden", "ist … dafür
            # verurteilt worden" (no agent after "dafür"): a verb that can convict, in the passive with the offence, is
            # the court's verdict; not with a condemning adverb ("wegen der Annexion international verurteilt") or an
            # agent that is no court ("von den Vereinten Nationen")
        if cameo == trig.cameo and any(code == CONVICT for _stem, code in trig.specific) and self.prison_term(i, a, b):
            cameo = PRISON_TERM  # "war zu 16 Jahren und einem Monat verurteilt worden": a term, as "zu 16 Jahren Haft";
            # not a state that condemns a sentence ("Die EU verurteilte die Verurteilung … zu zehn Jahren Haft")
        c = coding(cameo)
        ptype = c.type if cameo != trig.cameo and c.type != coding(trig.cameo).type else (trig.type or c.type)
        mode = trig.mode or c.mode
        context = list(trig.context or c.context)
        patient = trig.pos == "noun" and cameo != trig.cameo and cameo.startswith(PATIENT_NOUN_CODES)
        source, target = self.arguments(i, end, dataclasses.replace(trig, cameo=cameo) if patient else trig, a, b)
        joint = next((code for _stem, code in trig.specific if coding(code).type in MUTUAL_TYPES),
                     None) if self.plover_type(trig) not in MUTUAL_TYPES else None  # a one-sided act done with another
        if joint is not None and cameo == trig.cameo and (partner := self.partner_after(end, b)) is not None:
            # "Militärmanöver der USA mit Südkorea": an exercise with a partner is joint (PLOVER: COOPERATE)
            cameo, target = joint, partner
            c = coding(cameo)
            ptype, mode, context = c.type, c.mode, list(c.context)
        noun = self.noun_use(i, trig, s0)
        if noun and ptype == "ACCUSE" and self.source_label(i, a) and self.named_before_noun(source, a, i):
            source, target = None, target or source  # "Der Alt-Landeshauptmann soll laut Anklage Gelder … verwendet
            # haben": the charge a report rests on accuses the clause's subject, who does not accuse
        if noun and i > a and self.lex.is_("argument_preposition", self.words[i - 1]) \
                and self.lex.is_("argument_noun", self.words[i]) and not (
                    i + 1 < b and self.lex.is_("preposition", self.words[i + 1])) \
                and has_word(doc, self.lex, "argument_verb", a, b):
            return None  # "führt Verschwiegenheitspflichten als Argument ins Treffen": puts forward, meets no one
            # (not "ging ins Treffen mit Hollande", "führte die Truppen ins Gefecht")
        if noun and ptype == "REJECT" and end + 1 < b and self.lex.is_("attitude_preposition", self.words[end]) \
                and self.bare_people(end + 1):
            return None  # "die Ablehnung gegenüber Asylwerbern": an attitude towards people, no rejection of a demand
            # (not "gegenüber dem Vorschlag", "gegenüber Washington")
        if noun and ptype in NEEDED_TYPES and preposition_before(doc, self.lex, i, a) is None \
                and self.needed(i, a, b, kind == "main"):
            return None  # "Die Flüchtlinge brauchten Hilfe", "braucht die Unterstützung des linken Flügels": a need,
            # no act (not the act of a phrase of its own: "Dank der Hilfe der EU brauchen die Menschen nicht mehr …")
        if noun and (offer := intent_of(cameo)) is not None and self.offered(i, a):
            # "die Bereitschaft zur Zusammenarbeit erklärt": an offer of the act (PLOVER AGREE), not the act
            cameo, c = offer.cameo, offer
            ptype, mode, context = c.type, c.mode, list(c.context)
        if cameo == GENERIC_ATTACK and ptype == "ASSAULT" and self.verbal_attack(i, end, b, target, noun):
            # "attacked Tory plans", "launched an attack on Labour", "griff die Pläne der Regierung an": criticism
            cameo = CRITICIZE
            c = coding(cameo)
            ptype, mode, context = c.type, c.mode, list(c.context)
        if cameo.startswith(BLOCKADE) and any(not any(self.lex.is_("preposition", self.words[j])
                                                      for j in range(max(a, k - 3), k))
                                              for k in self.class_words("obstructed_object", a, b)):
            # "blockierten die Resolution", "die Verabschiedung der Reform zu blockieren", "eine Blockade des
            # Atomabkommens im US-Senat": a bill, a deal or a decision held up is rejected, not a blockade of
            # movement (REJECT, CAMEO 120); not one named after a preposition ("trotz des Abkommens", "in protest at
            # the new law")
            cameo = OBSTRUCT
            c = coding(cameo)
            ptype, mode, context = c.type, c.mode, list(c.context)
        if cameo == BLOCKADE and source is not None and source.sector == "CVL":
            # "Hunderte Flüchtlinge blockieren die Gleise": civilians who block a road or tracks protest (CAMEO 144,
            # obstruct passage), as demonstrators do; not "Ungarn blockiert die Flüchtlinge an der Grenze"
            cameo = CIVIL_OBSTRUCTION
            c = coding(cameo)
            ptype, mode, context = c.type, c.mode, list(c.context)
        if cameo == GENERIC_ATTACK and ptype == "ASSAULT" and not self.armed_or_state(source) \
                and self.cyber_context(k, a, b, lead=target is None or bool(target.country) and not target.sector):
            # "machen die Gruppe Sofacy für Angriffe auf Nato-Staaten verantwortlich" beside "Cyberattacken": PLOVER
            # codes hacking as COERCE 'cyber', not as force
            cameo = CYBER_ATTACK
            c = coding(cameo)
            ptype, mode, context = c.type, "cyber", list(c.context)
        if cameo.startswith(ARREST_CODES[0]) and source is not None and source.sector == "MIL" \
                and self.fighters_in(a, b, target):
            # PLOVER: "combatants captured during conflict should be coded as ASSAULT abduct rather than COERCE
            # arrest" ("malische Soldaten … haben mutmaßliche Kämpfer festgenommen")
            cameo = CAPTURE
            c = coding(cameo)
            ptype, mode, context = c.type, c.mode, list(c.context)
        if cameo.startswith(ARREST_CODES[0]) and noun and target is None and source is not None \
                and self.in_custody(i, a, b):
            source, target = None, source  # "Pérez Molina sitzt seit Tagen in Untersuchungshaft": who is in custody is
            # held, by someone the clause does not name
        if cameo == VISIT_CODE and source is not None and self.armament(source):
            # "Stealth-Jagdflugzeuge besuchen Litauen": warplanes or troops that "visit" an ally are deployed there
            # (PLOVER MOBILIZE 'weapons'), no diplomatic visit
            cameo = DEPLOY
            c = coding(cameo)
            ptype, mode, context = c.type, "weapons", list(c.context)
        if ptype == "MOBILIZE" and target is not None and not _known(target) and self.force_phrase(target):
            target = None  # "schickt Truppen nach Syrien": the troops are what is sent; the host country is the target
        if ptype == "RETREAT" and trig.args == "theme" and target is not None and target.sector == "IGO":
            # PLOVER: withdrawing oneself from an organisation is SANCTION 'withdraw' ("withdrew from ECOWAS")
            cameo, ptype, mode = LEAVE_ORGANISATION, "SANCTION", "withdraw"
            c = coding(cameo)
        if cameo == VISIT_CODE and noun and not (_known(source) or _known(target)) and self.private_visit(end, b):
            return None  # "der Besuch bei seiner kranken Mutter", "ein Besuch des ehemaligen Konzentrationslagers":
            # a call on kin or a trip to a site, no visit between political actors (a known visitor's stays: "Merkels
            # Besuch des Holocaust-Museums in Washington")
        if noun and cameo.startswith(PLOT_CODES) and self.plotted(i, a, b):
            return None  # "nahmen einen Mann in Gewahrsam, der einen Anschlag geplant haben soll": a plot, no attack
        if cameo.startswith(HOST_CODES):
            source, target = target, source  # "Xi empfing Orbán": PLOVER's visit has the visitor as source
        place = self.place_for(i, a, b)
        if self.of_a_kind(i, a) and not (_known(source) or _known(target)):
            return None  # "Solche Besuche seien möglich", "such attacks": a kind of act, none told ("solche Drohungen
            # Nordkoreas", "derartige Angriffe auf Kurden in Syrien" name who: acts told)
        needs = trig.needs
        if ("actor" in needs or "held" in needs) and self.bare(source) and self.bare(target) and place is None and not (
                self.reported(i) or (kind == "rel" and self.agreement_in(k))
                or self.country_war(i)):  # "des Syrien-Kriegs": where it is
            return None
        if cameo.startswith(SEIZE_CODES) and target is not None and target.entity is None and target.sector is None \
                and not self.names_owner(target) and (not target.country or self.place_named(target)):
            target = None  # "50 seltene Papageien beschlagnahmt", "in Tirol und Niederösterreich beschlagnahmt": what
            # is seized is property, and where is no one (the event still shows that the seizure is told); "die Konten
            # des Oppositionsführers" name whom
        if "mil" in needs and not self.military_context(a, b, s0, s1):
            return None
        # "Weniger Unterstützung für Van der Bellen", "keine Unterstützung der Regierung genieße": backing, no aid
        # given; aid is what a specific word makes it ("finanzielle Unterstützung") or armed forces give or get ("zur
        # Unterstützung der syrischen Armee"), or an act of force in its clause ("fliegen mit Unterstützung
        # Großbritanniens Luftangriffe"); asked for or charged, support is aid ("mit der Bitte um Unterstützung an die
        # EU wenden", "warf er Unterstützung von Terroristen vor"), so the test waits for the speech acts (run)
        backing = "material" in needs and cameo == trig.cameo and not self.military_context(a, b, s0, s1) and not any(
            (t := self.trigger_at(j, b)) is not None and t[3].cameo.startswith(FORCE_CODES) for j in range(a, b))
        if "vendor" in needs and any(self.lex.is_("sale_word", self.words[k]) and self.lex.is_(
                "sale_preposition", self.words[k - 1]) for k in range(a + 1, b)):
            return None  # "das Falschgeld zum Preis von 150.000 Euro zum Kauf angeboten": a vendor's offer
        if cameo == RESIGN and has_word(doc, self.lex, "sports_body", s0, s1) and not (
                source is not None and source.sector in POLITICAL_SECTORS):
            return None  # "Blatter ist als Präsident zurückgetreten, nachdem … im Umfeld der Fifa": the head of a
            # sports body holds no public office (PLOVER's 'resign' is a government official's)
        if noun and self.shelved(i, a, b):
            return None  # "hat seine Klagsandrohung auf Eis gelegt": the act named is what is shelved, no act told
        if noun and self.lex.is_("operation_noun", self.words[i]) and not self.force_after(end, b):
            return None  # "bei einem Einsatz in einem weiteren Camp … beschlagnahmt", "hat seinen Einsatz beendet":
            # an operation is the setting of what is done in it, no deployment; one with its force after it is
            # ("der Einsatz der Bundeswehr in Mali", "der Einsatz von Bodentruppen")
        if cameo == MILITARY_WITHDRAWAL and not (self.armed(s0, s1, s0, s1) or self.state(source)):
            # PLOVER's RETREAT 'withdraw' moves forces ("Der Rückzug Russlands aus dem Dorf", "Moskau zog sich aus
            # Cherson zurück"); with no armed force or state in play, a person's (or no one's) withdrawal in a clause
            # that names an office leaves that office (CAMEO 0831 resign: "Rückzug des Bürgermeisters aus dem
            # Landtag", "kündigt nach 40 Jahren an der Macht Rückzug an"); anything else is none: a firm that leaves
            # a project, a bill or a claim withdrawn, a candidate who quits a race, a surrender in a figure of speech
            # ("Tsipras' Kapitulation")
            if self.clause_holds("surrender_word", i, i + 1) or not self.clause_holds("office_word", a, b) or not (
                    source is None or self.person(source)):
                return None
            cameo = RESIGN
            c = coding(cameo)
            ptype, mode, context = "RETREAT", "resign", list(c.context)  # as the rows of "Rücktritt" code it
        if "held" in needs and not self.holds_someone(i, a, b, target):
            return None  # "auf Video festgehalten", "hielt an dem Abkommen fest": a scene kept, a course held to
        if "combat" in needs and not self.combat(i, a, b, s0, s1, place):
            return None  # "kämpft um ihr Amt", "für meine Wähler zu kämpfen", "fight corruption"
        if "money" in needs and not any(q.unit == "money" and a <= doc.token_at(q.start_char) < b
                                             for q in doc.quantities):
            return None  # a giving verb is aid only with a sum ("überwies der Armee 60 Millionen Dollar")
        if trig.args == "recipient" and trig.pos == "verb" and has_word(doc, self.lex, "reflexive_pronoun", a, b):
            return None  # "lieferten sich einen Schlagabtausch", "ein Rennen geliefert": given to each other, no aid
        # a phrase that opens a subordinate clause reads the clause it hangs on ("would regard foreign weapons *as
        # legitimate targets*", where "as" opens a clause of its own)
        na = clause_range(doc, a - 1)[0] if trig.pos == "phrase" and i == a and a > s0 and kind.startswith("sub:") \
            else a
        for need in needs:
            if need.startswith("!") and has_word(doc, self.lex, need[1:], *(
                    (self.determined_start(i, a), i) if trig.pos == "noun"
                    else (self.verb_conjunct(i, self.list_start(i, na)), b))):
                return None  # a closed class whose word the clause (a noun: its own adjectives) must not hold: "hat
                # sich in … niedergeschlagen", "innerparteiliche Auseinandersetzungen"; the commas of a list cut no
                # clause ("haben sich in manipulierten, extrem verzerrten Geburtenrelationen niedergeschlagen")
            if not need.startswith("!") and need not in PLAIN_NEEDS and not self.clause_holds(need, na, b) and not (
                    trig.pos != "noun" and self.closes_clause(i, na, b)
                    and self.clause_holds(need, s0, na)):  # a verb that closes its clause may have its object
                # before a relative clause ("die Sanktionen gegen Russland, die seit 2014 gelten, aufheben")
                return None  # a closed class whose word (or a compound ending in it) the clause must hold:
                # "einbestellt" needs an envoy ("den Botschafter", "US-Botschafter")
        if cameo.startswith(ABDUCT_CODE) and not noun and self.clause_holds("audience_noun", i + 1, min(b, i + 4)):
            return None  # "entführt Shyamalan die Zuschauer in die Welt der Superhelden": a film takes its viewers
            # somewhere (not "die Geiselnahme der Zuschauer im Moskauer Theater")
        if cameo == VISIT_CODE and not noun and self.attends(i, a, b):
            return None  # "viele haben keine Schule besucht": attending, no visit
        if ptype == "REJECT" and self.declined_comment(a, b):
            return None  # "Eine Interviewanfrage des STANDARD lehnt er ab", "lehnte jede Stellungnahme ab": CAMEO 011
            # "decline comment", which PLOVER drops
        if ptype == "PROTEST" and noun and any(
                self.lex.is_("ban_verb", self.words[k]) and doc.tokens[k].text[:1].islower() for k in range(a, b)):
            return None  # "Bis zum 4. Jänner sind in Ajaccio Kundgebungen untersagt", "protests were prohibited":
            # banned, not held (the ban is an act of its own trigger: "Kundgebungen untersagt", "Demonstrationsverbot")
        if ptype == "PROTEST" and trig.pos == "verb" and self.shows(i, a, b):
            return None  # "Das demonstrierte am Abend auch der Präsident", "demonstriert … Einigkeit": a verb of
            # demonstrating with an object shows something
        if ptype == "ASSAULT" and any(self.lex.is_("negligence_word", self.words[j]) for j in range(max(a, i - 2), i)):
            return None  # "wegen fahrlässiger Tötung", "the negligent killing": an accident in law, no attack
        heads = (i, first) if noun and (first := self.first_conjunct(i, a)) is not None else (i,)
        if noun and (self.simile(i, a) or self.entitlement(i, a) or any(self.topic_of_talk(h, a) for h in heads)
                     or self.characterisation(i, a) or self.clause_holds("exemption_word", a, b)
                     or ptype == "CONSULT" and self.clause_holds("interception_word", a, b)):
            return None  # "ein Bild wie nach einem Anschlag", "das Recht auf Streik", "Debatte über Abschiebung
            # straffälliger Asylwerber", "die Audiodaten abgehörter Gespräche" (calls intercepted), "Von der Waffenruhe
            # ausgenommen sind Angriffe auf Extremisten" (what a rule exempts): no act told
        if not noun and self.permitted(i, a, b, s1):
            return None  # "darf nicht festgenommen … werden", "Die Polizei darf Demonstranten festnehmen": what is
            # allowed or forbidden, a rule, no act told
        if trig.pos == "verb" and self.modal_passive(i, a, b):
            return None  # "durch nichts zu entschuldigen", "lasse sich mit den Grundrechten nicht vereinbaren"
        if ptype in ("ASSAULT", "COERCE") and not noun and not _known(source) and not cameo.startswith(ARREST_CODES) \
                and self.agentless_harm(s0, i):
            return None  # "Erdrutsche blockierten Straßen", "wodurch ein Haus zerstört wurde" after a flood
        # a definite noun that is another noun's attribute is taken as given: the clause's modal or negation is
        # about that noun ("der Drahtzieher der Anschläge könnte X sein", "ein Ende der Kämpfe ist nicht in Sicht");
        # so is one that sets the scene ("bei der Schießerei … handeln könnte"), which keeps the clause's time only
        attribute = noun and self.definite(i) and self.attribute_of_noun(i, a)
        # a definite noun that is the subject of a modal keeps its own modality, the claim's status ("Die Ermittlungen
        # … könnten noch eineinhalb Jahre dauern, heißt es": reported, not possible)
        modal_subject = noun and self.definite(i) and not attribute and self.subject_of_modal(i, a, b)
        scene = noun and not attribute and (self.circumstance(i, a) or self.responded_to(i, a, b))
        given = attribute or scene
        if not given and not (noun and self.definite(i)) and has_word(doc, self.lex, "generic_subject", a, b) and (
                has_word(doc, self.lex, "generic_ability_modal", a, b) or not noun and self.passive(i, a, b)):
            return None  # "dass man die Flüchtlinge weder zurückschieben noch erschießen könne", "Man könne
            # Verhandlungen nicht vor TV-Kameras führen", "dass man nicht entführt wurde": what anyone can do or
            # undergo, no act told (not "will man sich zusammensetzen", a plan; not "Man konnte den Täter festnehmen",
            # done; an act taken as given or named definitely stays: "könne man nach dem Streik nachholen", "Die
            # Angriffe … kann man nicht hinnehmen")
        if ptype in MEASURE_TYPES and self.possible_people(a, b):
            return None  # "will potenzielle Terroristen zu Hausarrest … vergattern", "dass mögliche Jihadisten mit
            # Hausarrest … belegt werden": a measure against a class of people who may exist is a rule, no act told
        if not (noun and self.definite(i)) and self.habitual(a, b, i):
            return None  # "Vor großen Streiks rufen Arbeitgeber oft …": a habit or rule, no act told
        if kind == "rel" and self.any_antecedent(a):
            return None  # "wie jedes andere Land, das über einen EU-Beitritt verhandelt": said of any, none told
        # "des vereitelten Paris-Anschlages": a foiled act did not happen
        # a definite noun that is the subject of a copula and a predicate adjective: a negation denies the adjective
        # ("Der Streik sei nicht rechtens"), not the act
        predicated = noun and self.definite(i) and self.subject_of_copula(i, a, b)
        negated = self.negated(i, a, b, noun, own=given or predicated, ptype=ptype) \
            or noun and (self.foiled(i, a) or self.prevented(i, a, b) or self.refrained_from(i, a, b)
                         or self.unevidenced(i, a, b)
                         or ptype != "ASSAULT" and self.escaped(i, a, b)) \
            or self.groundless(a, b) and not (noun and (self.definite(i) or any(
                has_word(doc, self.lex, c, a, b) for c in ("cessation_word", "continuation_verb", "lifting_verb")))) \
            or not given and (has_word(doc, self.lex, "refrain_verb", a, b)  # "persönliche Angriffe zu unterlassen"
                              or (not noun or trig.pos == "phrase") and self.refused_infinitive(
                                  end - 1 if trig.pos == "phrase" and end - 1 > i else i, a)  # "weigerte sich, … zu
                              # verhandeln", "…, sein Amt niederzulegen"
                              or noun and self.performed_in_infinitive(i, a, b)
                              and self.refused_infinitive(last_word(doc, a, b), a))  # "…, Verhandlungen zu führen"
        modality = "actual"
        own = range(self.determined_start(i, a), i) if noun else range(0)
        looming = noun and self.looming(i, a, b)
        possible = any(self.lex.is_("possibility_word", self.words[j]) for j in own) or looming or noun and any(
            self.feared(h, a) for h in heads)  # "Den Abgeordneten drohen Festnahmen", "die Angst vor Anschlägen und
        # Überfällen": what may come or is feared
        if looming and target is None and self.named_before_noun(source, a, i):
            source, target = None, source  # "droht Österreich ein Vertragsverletzungsverfahren": whom it looms over
            # is the act's target, not its doer (the noun's own genitive stays: "droht eine Klage der EU")
        if attribute or modal_subject:  # only its own words: "die bevorstehenden Brexit-Verhandlungen", "eine
            # mögliche Blockade"
            if any(self.lex.is_("plan_word", self.words[j]) for j in own):
                modality = "future"
            elif possible:
                modality = "hypothetical"
        elif (not noun or (p := preposition_before(doc, self.lex, i, a)) is not None and self.lex.is_(
                "setting_preposition", self.words[p]) and not self.consequence(i, trig, a, b)) \
                and self.backshifted_future(i, a, b, k):
            modality = "future"  # a noun as the verb's setting: "in einer Telefonkonferenz besprochen werden würde"
            # (not a purpose, "für Gespräche erwägen würden", a time, "nach dem Anschlag … geschlossen werden würde",
            # or a condition, "bei einem Angriff … reagieren würden")
        elif possible or self.hypothetical(i, a, b) or self.consequence(i, trig, a, b) \
                or self.conditional_sentence(i, k) or (
                trig.pos != "noun" and self.verb_first_condition(i, b, s0, s1)) or noun and self.conditioned_noun(i, a):
            modality = "hypothetical"
        elif (self.future(i, trig, a, b) or self.planned(i, end, a, b, noun, trig) and not self.governed_by_act(i)
              or noun and self.planning_of(i, a)) \
                and not (noun and ptype not in INTENT and has_word(doc, self.lex, "continuation_verb", a, b)):
            modality = "future"  # not what is to go on: "will ihren Ausstand fortsetzen" (the strike is under way)
        elif (noun and self.advocated(i, a, b) or has_word(doc, self.lex, "obligation_modal", a, b)) \
                and not ceased(doc, self.lex, i):
            modality = "demanded"  # "hatte sich für eine Freilassung eingesetzt", "es müsste Hilfe geleistet werden"
        elif kind.startswith("sub:") and self.lex.is_("complementizer", kind[4:]) \
                and not self.lex.is_("open_question", kind[4:]) and (wanted := self.wanted_by(a)) is not None:
            # "Die Regierung will, dass Gefährder unter Hausarrest gestellt werden": what is wanted, not done (and
            # what is not wanted may or may not come: "will nicht, dass …")
            modality = "demanded" if wanted else "hypothetical"
        elif kind.startswith("sub:") and self.lex.is_("complementizer", kind[4:]) and self.passive_plan(a, b):
            modality = "future"  # "Dass Jihadisten unter Hausarrest gestellt werden sollen, lehnt … ab": a plan
        if not noun and kind.startswith("sub:") and self.lex.is_("open_question", kind[4:]) and not negated and not (
                self.lex.setting("verb_second") and self.told_in_past(a, b) and not any(
                    has_word(doc, self.lex, c, a, b) for c in ("future_aux", "modal_verb", "counterfactual_aux"))):
            # "Ob … gestreikt werde, ließ die Gewerkschaft offen": whether it happens is open (a noun there is mostly
            # taken as given: "whether he thought the war …"); whether a German clause's past act happened is the
            # claim's business, its status ("ob die drei getötet … wurden": speculated; not with a modal, "ob sie
            # Kampfjets liefern sollte", or a counterfactual, "angegriffen hätte")
            modality = "hypothetical"
        if scene and modality in ("hypothetical", "demanded"):
            modality = "actual"  # "hätten bei den Demonstrationen 2014 …": they took place
        next_one = noun and any(self.lex.is_("next_word", self.words[j]) for j in own) \
            and not has_word(doc, self.lex, "past_marker", a, b)
        if modality == "actual" and (not given and self.coming_time(a, b) or next_one
                                     or self.scheduled(i, ptype, noun, a, b)
                                     or noun and not negated and self.awaited(i, ptype, a, b)):
            modality = "future"  # "zu einem Protestmarsch am Nachmittag des kommenden Samstag", "bis zum nächsten
            # EU-Gipfeltreffen", "beim nächsten Gipfel": still to come; not in a clause told in the past ("Der nächste
            # Angriff erfolgte am Dienstag")
        announced = False
        recoded = announced_coding(ptype, context, cameo, negated) if modality == "future" else None
        if recoded is not None:
            cameo, ptype, mode, context, negated, modality = recoded
            c = coding(cameo)
            announced = modality == "future"
        trigger_span = doc.span(doc.tokens[min(toks)].start, doc.tokens[max(toks)].end)
        ev = Event(
            "", ptype, mode, context, cameo, trigger_span, k, source=source, target=target, place=place,
            time=self.time_for(i, a, b, k), quantities=self.quantities_for(ptype, a, b), negated=negated,
            modality=modality, intensity=c.intensity if ptype == c.type else 0.0, clause=(a, b),
        )
        if noun and ptype in ACTOR_BOUND_TYPES:
            self.actor_bound.add(id(ev))
        elif not noun and ptype in ACTOR_BOUND_VERB_TYPES and (trig.pos == "verb" or self.lex.setting(
                "nouns_capitalised")) and not self.passive(i, a, b) and not self.unresolved_actor(a, b):
            self.doer_bound.add(id(ev))  # "Darüber werde noch beraten": no one agrees; a passive names whom the act
            # befalls ("wurden … freigesprochen"), a pronoun, "man" or "beide" an actor not resolved
            # (:meth:`unresolved_actor`)
        if any(n in needs for n in ("known", "parties", "money", "goods")) or (
                "party" in needs and not refs_between(doc, a, b)):
            self.needs_known.add(id(ev))  # a gift of money, too, only from a known actor; an agreement with a known
            # actor in its clause stays ("unter Vermittlung der EU … vereinbart")
        if backing:
            self.backing.add(id(ev))
        if "role" in needs and cameo == trig.cameo:
            self.needs_role.add(id(ev))  # (a more specific code names what is blocked: "130 Webseiten blockiert")
        if "parties" in needs:
            self.needs_people.add(id(ev))  # "traf die Unterhändler": people meet, countries and missiles do not
        if "parties" in needs or "goods" in needs and not self.clause_holds("supply_noun", a, b):
            self.needs_both.add(id(ev))  # "geliefert" without goods ("Antworten liefern", "ein Porträt lieferte"):
            # a delivery only from one known actor to another ("schickten Generatoren in die Ukraine")
        if announced:
            self.announced.add(id(ev))
        if any(code == CONVICT for _stem, code in trig.specific) and ptype in ("SANCTION", "COERCE"):
            self.verdicts.add(id(ev))  # "zu 16 Jahren Haft verurteilt": a court's verdict or sentence
        if given:
            ev.given.append(trigger_span[0])
        if noun and len(toks) == 1 and self.lex.setting("complement_clauses_marked") and (
                looming or not self.named_before(i)) and not self.realized(i, a, b):
            # (a definite act is one already known: "wenn er sich den Protesten beugt", but not one that looms:
            # "Flüchtlingen droht nach Straftaten die Abschiebung"; where "that" may be left out, a complement's
            # modal reaches the noun's clause: "EU leaders at a summit pledged the economy would …", so the rule
            # stays off)
            self.possible_mentions.add(id(ev))
        if ev.intensity == 0.0:
            ev.intensity = float(TYPE_SCORES.get(ptype, 0.0))
        return ev

    def in_feared_claim(self, ev: Event) -> bool:
        """Whether an event's trigger, not a definite noun, lies in the content of a claim told as feared ("befürchten
        Experten eine Zunahme von Angriffen"): what is feared has not happened (a definite act is given: "lässt einen
        Rückfall in den Bürgerkrieg befürchten")."""
        return not self.named_before(self.doc.token_at(ev.trigger[0])) and any(
            c.status == "feared" and c.cue and c.content[0] <= ev.trigger[0] < c.content[1] for c in self.doc.claims)

    def named_before(self, i: int) -> bool:
        """Whether the event noun at token i is definite: a definite article before it, adjectives and adverbs
        between ("den ethnisch motivierten Bürgerkrieg", "the siege"; a possessive names whom, not a known act: "für
        den Fall seiner Festnahme")."""
        j = i - 1
        while j >= max(0, i - 4) and self.doc.tokens[j].text[:1].islower() and not self.lex.is_(
                "determiner", self.words[j]):
            j -= 1
        return self.definite(i) or j >= 0 and self.lex.is_("determiner", self.words[j]) and not self.lex.is_(
            "indefinite", self.words[j])

    def realized(self, i: int, a: int, b: int) -> bool:
        """Whether a verb in the conjunct of the event noun at token i makes its act happen: the noun is the bare
        object or subject (no preposition before it) of a verb of the closed class ``performing_verb``,
        ``occurrence_verb``, ``realizing_verb`` or ``prevent_verb`` ("könnte eine Rüge ausgesprochen werden", "wenn
        es eine Vereinbarung gebe", "ihr Abkommen ausverhandeln", "hätten einen Anschlag verhindern können"), or the
        object of an ``occurrence_preposition`` with a ``coming_about_verb`` ("Sollte es zu Protesten kommen", "dass
        es sich um einen Anschlag handelte", "unter Hausarrest gestellt werden"). A noun that is only the subject of
        another predicate, a preposition's object or an attribute names an act without telling it ("etwaige Angriffe
        wären schwierig", "die Angst vor einem möglichen Anschlag")."""
        lex, words = self.lex, self.words
        lo, hi = self.conjunct_start(i, a), self.conjunct_end(i, b)

        def verb_of(*classes: str) -> bool:
            return any(k != i and self.verb_form(k) and any(lex.is_(c, words[k]) for c in classes)
                       for k in range(lo, hi))

        p = preposition_before(self.doc, lex, i, lo)
        if p is None or lex.is_("purpose_opener", words[p]) and has_word(self.doc, lex, "infinitive_marker", i, hi):
            # (an infinitive's object: "Um den Angriff zu verhindern")
            return verb_of("performing_verb", "occurrence_verb", "realizing_verb", "prevent_verb")
        return lex.is_("occurrence_preposition", words[p]) and verb_of("coming_about_verb")

    def lay_agent(self, a: int, b: int) -> bool:
        """Whether the clause's passive agent (a phrase after a word of the closed class ``passive_agent``: "von",
        "durch", "by") is a known actor that is no court."""
        agent = {"pp:" + w for w in self.lex.closed.get("passive_agent", ())}
        return any(slot(self.doc, self.lex, r[0]) in agent and (ent := self.doc.entity(r[2])) is not None
                   and ent.sector != "JUD" for r in refs_between(self.doc, a, b))

    def declined_comment(self, a: int, b: int) -> bool:
        """Whether the refusal's clause [a, b) has as its object (no preposition before its phrase) a journalist's
        request (closed class ``press_request``, also a compound's end) or a statement (``statement_noun``) with an
        indefinite or universal determiner and no actor after it: the speaker declines to comment."""
        lex, words = self.lex, self.words

        def bare_object(k: int) -> int | None:
            start = self.phrase_start(k, a)  # its article and adjectives
            return None if start - 1 >= a and lex.is_("preposition", words[start - 1]) else start

        if any(bare_object(k) is not None for k in self.class_words("press_request", a, b)):
            return True
        return any((start := bare_object(k)) is not None and any(
            lex.is_(c, words[j]) for j in range(start, k) for c in ("indefinite", "universal_determiner",
                                                                      "negative_determiner"))
            and not refs_between(self.doc, k, b)  # not "jede Auskunft … gegenüber der IAEA": a refusal to someone
            for k in self.class_words("statement_noun", a, b))

    def shows(self, i: int, a: int, b: int) -> bool:
        """Whether the German verb at token i has an object of what is shown: a ``content_anaphor`` alone before it
        ("Das demonstrierte …") or a quality shown, a word of the closed class ``shown_quality`` with no article or
        preposition before it ("demonstriert … Einigkeit")."""
        if not self.lex.setting("verb_second"):
            return False
        if i == a + 1 and self.lex.is_("content_anaphor", self.words[a]):
            return True
        words, lex = self.words, self.lex
        return any(k - 1 >= a and not any(lex.is_(c, words[k - 1]) for c in ("preposition", "determiner")) and not (
            self.doc.tokens[k - 1].text[:1].islower() and k - 2 >= a and lex.is_("preposition", words[k - 2]))
            for k in self.class_words("shown_quality", a, b))  # a bare object, also a compound's end
        # ("Kampfbereitschaft"): not "für die Einheit des Landes", "für mehr Zusammenhalt", "gegen die Militärpräsenz"

    def permitted(self, i: int, a: int, b: int, s1: int) -> bool:
        """Whether the verb at token i is what a finite modal of permission in its conjunct allows or forbids
        (closed class ``permission_modal``: "darf nicht festgenommen werden"; a past one, ``past_permission``, only
        when negated: "durfte nicht ausreisen"); not a permission sought ("die Möglichkeit, … festnehmen zu dürfen"),
        an act that should not have been done ("hätte … nie angreifen dürfen": it was), or an attributive participle
        ("Alle … beschlagnahmten Akten dürfen verwendet werden")."""
        lex, words = self.lex, self.words
        if has_word(self.doc, lex, "counterfactual_aux", a, b) or lex.setting("nouns_capitalised") and i + 1 < s1 \
                and self.doc.tokens[i + 1].text[:1].isupper() and words[i].endswith(lex.endings("adjective_ending")):
            return False  # (a finite past form before a noun, "beschlagnahmten Akten", keeps its act as well)
        start = self.verb_conjunct(i, a)
        end = next((k for k in range(i + 1, b) if lex.is_("coordinator", words[k]) or words[k] == ","), b)
        negated = has_word(self.doc, lex, "negation", start, end)
        return any(lex.is_("permission_modal", words[k]) and not (k > a and lex.is_("infinitive_marker", words[k - 1]))
                   and (negated or not lex.is_("past_permission", words[k])) for k in range(start, end))
        # its own conjunct: not "griff Gaza an und darf … weitermachen"; a past permission only denied ("durfte nicht
        # demonstrieren"; "durften erstmals wieder demonstrieren" did)

    def protest_purpose(self, a: int) -> bool:
        """Whether the German clause at token a is a purpose infinitive ("um … zu protestieren") after a clause that
        tells what was done, with no modal, future or plan word: the march or gathering is the protest ("marschierte
        in Freilassing auf, um gegen die Asylpolitik zu protestieren"; not "wollen sich versammeln, um …", "Am
        kommenden Samstag …", nor after a call or a plan, "rief … auf die Straße, um …"); a protest the clause tells
        itself ("gingen auf die Straße, um …") is the same act."""
        before = self.clause_before_comma(a)
        if before is None or not self.lex.is_("purpose_opener", self.words[a]):
            return False
        pa, pb = before
        return not any(has_word(self.doc, self.lex, c, pa, pb) for c in (
            "modal_verb", "future_aux", "planning_modal", "plan_word", "readiness_word", "hypothetical")) \
            and not self.coming_time(pa, pb) and not any(
                self.plover_type(t) == "REQUEST" or t.cameo.startswith(MEETING_INTENT)
                for k in range(pa, pb) for t in self.lex.triggers.get(self.words[k], ())) and not any(
                x.event and coding(x.event).type == "REQUEST" for k in range(pa, pb)
                for x in self.lex.cues.get(self.words[k], ()))  # "rief ihre Anhänger auf die Straße, um …"

    def armament(self, p: Participant) -> bool:
        """Whether a participant's phrase has as its head (its last word before a genitive or a preposition) a word of
        weapons, military vehicles or troops of the unit table, or a hyphenated compound ending in one
        ("Stealth-Jagdflugzeuge", "Kampfjets"; not "Der Kommandeur der US-Truppen")."""
        words = (p.text or "").lower().split()
        stop = next((k for k, w in enumerate(words) if k and (self.lex.is_("genitive_marker", w) or self.lex.is_(
            "preposition", w))), len(words))  # the head, before a genitive: not "Der Kommandeur der US-Truppen"
        if not stop:
            return False
        head = words[stop - 1]
        return any((u := self.lex.units.match([w], 0)) is not None and u[1][0] in ("weapons", "vehicles", "personnel")
                   for w in {head, head.rsplit("-", 1)[-1]})

    def subject_of_modal(self, i: int, a: int, b: int) -> bool:
        """Whether the German event noun at token i opens its clause as the subject of a modal or hypothetical verb
        right after its phrase, and the clause says no more than what may follow from it (no ``occurrence_verb``):
        "Die Ermittlungen gegen den Banker könnten noch eineinhalb Jahre dauern", "Der Angriff könnte die
        Friedensgespräche gefährden" — the act is given, the modal is about the rest (not "Die Gespräche könnten
        am Montag beginnen")."""
        lex, words, doc = self.lex, self.words, self.doc
        k = self.after_subject_phrase(i, a, b, adjectives=True)
        return k is not None and k < b and any(lex.is_(c, words[k]) for c in ("hypothetical", "modal_verb")) \
            and not has_word(doc, lex, "occurrence_verb", k, b)

    def after_subject_phrase(self, i: int, a: int, b: int, adjectives: bool) -> int | None:
        """The token after the phrase of a German event noun at token i that opens its clause [a, b) as the subject
        (its genitive or prepositional phrase: "gegen den Banker", "der Piloten"; with ``adjectives`` also a
        lower-case word before a capitalised one); None where the noun does not open the clause."""
        lex, words, doc = self.lex, self.words, self.doc
        if not lex.setting("nouns_capitalised") or self.before_noun_phrase(i, a) >= a:
            return None
        k = i + 1
        while k < b and doc.tokens[k].kind in ("word", "num") and (
                doc.tokens[k].text[:1].isupper() or any(lex.is_(c, words[k]) for c in ("determiner", "preposition"))
                or adjectives and k + 1 < b and doc.tokens[k + 1].text[:1].isupper()):
            k += 1
        return k

    def reported_speech(self, a: int, b: int) -> bool:
        """Whether tokens [a, b) are speech reported in the subjunctive (a word of ``subjunctive``: "Insbesondere gehe
        Israel … nicht nach"), not a phrase or a clause of the article's own that the claim reader took as what a
        later cue reports ("Der stellvertretende Fraktionsvorsitzende der Grünen, Konstantin von Notz, kritisierte",
        "Sie stellte … fest, wies … zurück")."""
        return any(self.doc.tokens[k].text[:1].islower() and self.lex.is_("subjunctive", self.words[k])
                   for k in range(a, b))

    def subject_of_copula(self, i: int, a: int, b: int) -> bool:
        """Whether the German event noun at token i opens its clause as the subject of a copula ("ist", "sei", "war"),
        and the clause closes with a lower-case word that is no participle (nor an infinitive): a predicate adjective
        ("Der Streik sei nicht rechtens", "Die Festnahme war nicht rechtmäßig"; not "Der Angriff ist nicht
        erfolgt")."""
        lex, words, doc = self.lex, self.words, self.doc
        k = self.after_subject_phrase(i, a, b, adjectives=False)
        last = last_word(doc, a, b)
        return k is not None and k < b and lex.is_("copula", words[k]) and last > k \
            and doc.tokens[last].text[:1].islower() and not ge_participle(lex, words[last]) \
            and not words[last].endswith(("t", "en")) and not lex.is_("negation", words[last])

    def any_antecedent(self, a: int) -> bool:
        """Whether the relative clause that opens at token a (its pronoun, or a preposition before it) belongs to a
        noun phrase of a universal determiner (closed class ``universal_determiner``) right before its comma: "jedes
        andere Land, das …", "every country that …": what holds for any, no act of someone told."""
        j = a - 1
        if j >= 0 and self.doc.tokens[j].text == ",":
            j -= 1
        s0 = self.doc.sentence_tokens[self.doc.token_sentence[a]][0]
        return any(self.lex.is_("universal_determiner", self.words[k]) for k in range(max(s0, j - 3), j + 1))

    def named_before_noun(self, p: Participant | None, a: int, i: int) -> bool:
        """Whether a participant's words stand in the clause before the event noun at token i (from clause start a):
        read from the clause, not from the noun's own phrase ("droht Österreich ein Verfahren", "Der Minister soll
        laut Anklage …")."""
        tokens = self.doc.tokens
        return p is not None and bool(p.text) and p.text in self.doc.text[tokens[a].start:tokens[i].start]

    def source_label(self, i: int, a: int) -> bool:
        """Whether the noun at token i, bare, follows a preposition of a report's source (closed class
        ``source_preposition``: "laut Anklage", "gemäß Urteil"; not "nach der Anklage", after it)."""
        return i > a and self.lex.is_("source_preposition", self.words[i - 1])

    def possible_people(self, a: int, b: int) -> bool:
        """Whether tokens [a, b) name a class of possible people: a word of the closed class ``possibility_word``
        right before a role noun ("potenzielle Terroristen", "mögliche Jihadisten"; English role nouns are listed in
        the singular, so "potential terrorists" is not read)."""
        from .entities import _role_at
        return any(self.lex.is_("possibility_word", self.words[j]) and _role_at(self.doc, self.lex, j + 1) is not None
                   for j in range(a, b - 1))

    def habitual(self, a: int, b: int, i: int | None = None) -> bool:
        """Whether the clause a..b tells what is usual (a phrase of the closed class ``habitual_marker``: "oft",
        "in der Regel", "usually"), is the condition of a habit ("Jedes Mal, wenn …": the phrase just before
        the clause, a comma between), or the zu-infinitive of a clause that does; not a perfect, which tells acts
        repeated, nor a marker that describes a noun phrase (:meth:`attributive_marker`). In English the marker
        stands before the trigger at token i."""
        idx = self.lex.closed_phrases.get("habitual_marker")
        if idx is None or has_word(self.doc, self.lex, "perfect_aux", a, b):
            return False  # "hat die Stadt häufig bombardiert", "has frequently attacked": repeated acts
        last = b if self.lex.setting("verb_second") or i is None else i  # English: before the trigger, not in a
        # relative clause after it ("the protesters who often gather")
        for k in range(max(0, a - 4), last):
            m = idx.match(self.words, k)
            if m is not None and (k >= a or k + m[0] == a or k + m[0] == a - 1 and self.words[a - 1] == ",") \
                    and not self.attributive_marker(k, k + m[0]):
                return True
        if a > 1 and self.infinitive_clause(a, b) and self.doc.token_sentence[a - 2] == self.doc.token_sentence[a]:
            pa, pb, _kind = clause_range(self.doc, a - 2)
            return self.habitual(pa, pb)  # "Häufig versucht Nordkorea, … in Verhandlungen einzusetzen": the habit
            # of the clause that governs a zu-infinitive
        return False

    def attributive_marker(self, k: int, end: int) -> bool:
        """Whether a habitual marker at tokens k..end describes a noun phrase or compares, not the act: after an
        article, a preposition or a degree word ("die oft kritisierte Regierung", "mit häufig wechselnden Taktiken",
        "wie so oft", "more often"), or before an inflected adjective and its noun ("200 meist junge
        Demonstranten")."""
        prev = self.words[k - 1] if k > 0 else ""
        if any(self.lex.is_(c, prev) for c in ("determiner", "preposition", "degree_before_habitual")):
            return True
        return bool(self.lex.setting("nouns_capitalised")) and adjective_before_noun(self.doc, self.lex, end)

    def hypothetical(self, i: int, a: int, b: int) -> bool:
        """A modal of the trigger's clause ("could", "würde"); one after a coordinator belongs to the
        next conjunct ("had accepted the truce and would respect it"). A German counterfactual too: a modal
        infinitive closing a clause with "hätte" ("hätten … freigelassen werden sollen"; not a noun in a prepositional
        phrase, which it takes as given)."""
        words, lex = self.words, self.lex
        for j in range(a, b):
            if lex.is_("hypothetical", words[j]):
                if j > i and any(lex.is_("coordinator", w) for w in words[i + 1:j]):
                    continue
                if j > 0 and lex.is_("condition_word", words[j]) and lex.is_("concessive_particle", words[j - 1]):
                    continue  # "Auch wenn die Mandatare Treue gelobt haben": concessive, told as done
                return True
        if self.continued_condition(a, b):
            return True
        # "hätten … freigelassen werden sollen": it did not happen; not a noun in a prepositional phrase ("die
        # Aufträge vom letzten Gipfel hätten … gebracht werden sollen": the summit took place) or an object ("hätte
        # den Anschlag verhindern müssen": the attack took place)
        last = last_word(self.doc, a, b)
        return last > i and lex.is_("counterfactual_modal", words[last]) and has_word(
            self.doc, lex, "counterfactual_aux", a, last) and not self.prepositional(i, a) \
            and not lex.is_("object_article", self.word_before_adjectives(i))

    def consequence(self, i: int, trig: Trigger, a: int, b: int) -> bool:
        """Whether the trigger's conjunct of main clause [a, b) tells what will be and a condition follows it ("Die
        Nato wird Russland angreifen, falls …", "will vote against it unless …", in reported speech the passive "Es
        werde erst wieder verhandelt, wenn die Aufständischen … garantierten"): its act hangs on the condition. Not a
        present passive ("In Syrien werden täglich Zivilisten getötet, wenn …": whenever), nor an act done in an
        earlier conjunct ("hat Truppen verlegt und wird angreifen, falls …")."""
        lex, words = self.lex, self.words
        if clause_range(self.doc, a)[2] != "main":
            return False
        j = b + 1 if b < len(words) and words[b] == "," else b
        if not (j < len(words) and self.doc.token_sentence[j] == self.doc.token_sentence[a]
                and lex.is_("condition_word", words[j])):
            return False
        if any(lex.is_("coordinator", words[k]) and any(lex.is_(c, w) for w in words[k + 1:b] for c in FINITE_CLASSES)
               for k in range(i + 1, b)):
            return False  # a later conjunct of its own holds the future
        lo = self.conjunct_start(i, a)
        return self.future(i, trig, lo, b) or any(
            lex.is_("future_aux", w) and lex.is_("subjunctive", w) for w in words[lo:b])

    def continued_condition(self, a: int, b: int) -> bool:
        """Whether German clause [a, b) goes on with the conditional clause before its comma, its subordinator left
        out: a clause of no other kind (no relative clause), no finite verb opens it or stands second, and a finite
        verb or subjunctive closes it or its first conjunct ("wenn die EU ihre Grenzen sichere, *es eine Vereinbarung
        mit der Türkei gebe* und …")."""
        words, lex = self.words, self.lex
        prev = next((c for c in self.doc.clauses if c[1] == a - 1), None) if a > 0 and words[a - 1] == "," else None
        if prev is None or not prev[2].startswith("sub:") or not lex.is_("hypothetical", prev[2][4:]) \
                or not lex.setting("verb_second") or b - a < 3 or clause_range(self.doc, a)[2] != "main":
            return False
        if any(lex.is_(c, words[k]) for k in (a, a + 1) for c in (*FINITE_CLASSES, "subjunctive")):
            return False
        end = next((k for k in range(a, b) if lex.is_("coordinator", words[k])), b)
        last = last_word(self.doc, a, end)
        return last > a + 1 and any(lex.is_(c, words[last]) for c in (*FINITE_CLASSES, "subjunctive"))

    def looming(self, i: int, a: int, b: int) -> bool:
        """Whether the event noun at token i is what looms in its clause: it follows a verb that cues a threat (a cue
        of cues.tsv whose event is THREATEN; in a verb-final clause the verb closes it) with no preposition before it
        and no infinitive after it ("Den Abgeordneten *drohen* nun Festnahmen": they may come; not "drohte mit
        Festnahmen", the threat's content, nor "Den Tätern des Anschlags droht …", "Der Streik droht den Verkehr
        lahmzulegen")."""
        final = clause_range(self.doc, i)[2] != "main"  # a verb-final clause: "denen nun Festnahmen drohen könnten"
        verbs = [k for k in range(a, b if final else i) if self.doc.tokens[k].text[:1].islower() and any(
            cue.event and coding(cue.event).type == "THREATEN" for cue in self.lex.cues.get(self.words[k], ()))]
        return bool(verbs) and preposition_before(self.doc, self.lex, i, a) is None and not any(
            self.lex.is_("infinitive_marker", w) or zu_infinitive(self.lex, w) for w in self.words[i:b])

    def backshifted_future(self, i: int, a: int, b: int, k: int) -> bool:
        """A future told in reported speech ("said it would release", "sagte, sie würden abziehen", "kündigte an,
        dass der Vorschlag in einer Telefonkonferenz besprochen werden würde"): the clause's only modal before the
        trigger, or in a German verb-final clause after it in its conjunct, is a backshifted "will" (closed class
        backshift_modal), the trigger lies in the content of a speech cue, and the sentence names no condition ("if
        provoked", "falls")."""
        words, lex = self.words, self.lex
        after = range(0)
        if clause_range(self.doc, i)[2] != "main" and lex.setting("verb_second"):
            after = range(i + 1, next((j for j in range(i + 1, b) if lex.is_("coordinator", words[j])), b))
        modals = [j for j in (*range(a, i), *after) if lex.is_("hypothetical", words[j])]
        if not modals or not all(lex.is_("backshift_modal", words[j]) for j in modals):
            return False
        s0, s1 = self.doc.sentence_tokens[k]
        if any(lex.is_("condition_word", words[j]) for j in range(s0, s1)) or self.conditional_sentence(i, k):
            return False
        at = self.doc.tokens[i].start
        return any(c.cue and c.kind == "indirect" and c.content[0] <= at < c.content[1] for c in self.doc.claims)

    def verb_first_condition(self, i: int, b: int, s0: int, s1: int) -> bool:
        """A German conditional without "wenn": the clause opens with its finite verb and the main clause after
        the comma with its own ("Tritt der Bürgermeister zurück, wird …")."""
        return self.lex.setting("verb_second") and i == s0 and b + 1 < s1 and self.words[b] == "," and any(
            self.lex.is_(c, self.words[b + 1]) for c in FINITE_CLASSES) and self.doc.tokens[s1 - 1].text != "?"

    def conditional_sentence(self, i: int, k: int) -> bool:
        """A sentence, or its part after a colon, that opens with a conditional verb ("…: Sollten die Separatisten
        weitere Gebiete erobern, werde dies Sanktionen nach sich ziehen"): condition and consequence are
        hypothetical."""
        s0, s1 = self.doc.sentence_tokens[k]
        if self.words[s1 - 1] == "?":
            return False
        start = max((j + 1 for j in range(s0, i) if self.words[j] in (":", ";")), default=s0)
        if self.lex.is_("conditional_verb_first", self.words[start]) and "," in self.words[start:s1]:
            return True
        # "Die Nato werde reagieren, sollte Russland Litauen angreifen": a clause after a comma opened by one
        return any(self.lex.is_("conditional_verb_first", self.words[ca]) and ca > start
                   and self.doc.tokens[ca - 1].text == "," for ca, _cb, _kind in self.doc.clauses if start <= ca < s1)

    def planned(self, i: int, end: int, a: int, b: int, noun: bool, trig: Trigger) -> bool:
        """An act that is intended, not done: a present infinitive with "zu"/"to" ("vereinbarten, … ein
        Haushaltsrecht zu verhandeln", "agreed to hold talks"; not after "continued to"), a plan or readiness
        word at the trigger ("geplanten Besuch", "die Idee eines Boykotts", "zu Gesprächen bereit"), or "sollen"
        with a present infinitive ("sollen … stationiert werden"; with a perfect one it reports: "sollen …
        getötet haben")."""
        words, lex = self.words, self.lex
        perfect_after = end < b and lex.is_("perfect_infinitive", words[end])
        if (not noun or trig.pos == "phrase") and not perfect_after:
            marked = self.infinitive(i, a) if not noun else end - 1 > i and self.infinitive(end - 1, i)
            # "sein Amt niederzulegen": a phrase told by its noun that ends in a zu-infinitive (not "zu Hausarrest")
            governor = i - 2 if i - 1 >= a and lex.is_("infinitive_marker", words[i - 1]) else i - 1
            purpose = any(self.plover_type(t) == self.plover_type(trig) for j in range(a, governor + 1)
                          for t in lex.triggers.get(words[j], ())) or (  # "met in Amman to discuss": the meeting's aim
                self.plover_type(trig) == "PROTEST" and self.protest_purpose(a))
            if marked and not purpose and not (governor >= 0 and lex.is_("aspect_verb", words[governor])) \
                    and not self.stated_infinitive(a) and not self.begun(a):
                return True
        if noun and not lex.setting("particle_at_clause_end") and any(
                lex.is_("infinitive_marker", words[j]) and self.doc.tokens[j + 1].text[:1].islower()
                and not any(lex.is_(c, words[j + 1]) for c in ("determiner", "preposition"))
                and not lex.is_("aspect_verb", words[j - 1])
                for j in range(max(a + 1, i - 5), i - 1)):
            return True  # the object of an intended act: "plan to hold a national strike" (German puts the verb
            # last, below: "kam es zu gewalttätigen Demonstrationen" has no infinitive)
        genitive = noun and i > a and lex.genitive_article(words[i - 1]) and i - 2 >= a \
            and self.doc.tokens[i - 2].text[:1].isupper()  # "eine Chronologie der Anschläge zu rekonstruieren"
        # a known act in a prepositional phrase ("auf den Angriff … zu reagieren") is what the intent is about
        governed = noun and self.prepositional(i, a) and self.definite(i)
        if noun and not genitive and not governed and lex.setting("particle_at_clause_end") and any(
                lex.is_("infinitive_marker", words[j]) and j + 1 < b and self.doc.tokens[j + 1].text[:1].islower()
                and not lex.is_("seeking_verb", words[j + 1])  # "seine Freilassung zu erwirken" is demanded
                and words[j + 1].endswith("n") and not any(lex.is_(c, words[j + 1]) for c in ("determiner",
                                                                                           "perfect_infinitive"))
                and (j + 2 >= b or self.doc.tokens[j + 2].kind == "punct")  # the infinitive closes its clause
                for j in range(end, b - 1)) or noun and not genitive and not self.definite(i) \
                and self.noun_preposition(i, a) is None and any(
                self.zu_infix(j) and not lex.is_("seeking_verb", words[j]) and self.doc.tokens[j].text[:1].islower()
                and (j + 1 >= b or self.doc.tokens[j + 1].kind == "punct") for j in range(end, b)):
            return True  # German puts the verb last: "ihre Freilassung zu erwirken", "den Rücktritt … zu erzwingen",
            # "Verhandlungen mit der CDU aufzunehmen" (an infinitive with "zu" inside: only its bare object, not "bei
            # seinem Treffen mit Xi … anzusprechen", the setting, nor "zu den Pariser Anschlägen herzustellen"; and
            # not a definite one, told before: "den Krieg … einzudämmen", "die Schießerei politisch auszuschlachten")
        cancel = trig.pos == "phrase" and self.plover_type(trig) in ("REJECT", "SANCTION")
        if not cancel and any(lex.is_("plan_word", words[j]) and (noun or not self.object_noun(j, a))
                              and not (lex.setting("nouns_capitalised") and self.doc.tokens[j].text[:1].islower()
                                       and any(self.doc.tokens[m].kind == "word"
                                               and self.doc.tokens[m].text[:1].isupper() for m in range(j + 1, i)))
                              for j in range(max(a, i - 3), i)):
            return True  # a plan noun that is a verb's object does not plan it: "weshalb Pröll die Idee ablehnte" was
            # done; "laut Plan lässt Russland … frei", "under the proposed deal Russia releases" plan; what was planned
            # and is called off is done ("Die geplanten Gespräche wurden abgesagt"); a German plan adjective of another
            # noun does not plan the act ("üben an den geplanten Bestimmungen massive Kritik"; a plan noun with its
            # genitive does: "Laut dem Vorschlag Moskaus ziehen die Rebellen ab")
        if noun and has_word(self.doc, lex, "readiness_word", end, b):
            return True
        if noun and (k := preposition_before(self.doc, lex, i, a)) is not None \
                and lex.is_("awaiting_preposition", words[k]) and any(
                lex.is_("awaiting_verb", words[j]) and not any(
                    lex.is_("coordinator", words[m]) and not lex.is_("awaiting_preposition", words[m + 1])
                    or words[m] in lex.triggers for m in range(j + 1, k))
                for j in range(max(a, k - AWAIT_REACH), k)):  # "warten auf Nachricht und auf die Freilassung"
            return True  # "Sie wartete auf ihre Hinrichtung": what one waits for is still to come (not "wartete nicht
            # lange und reagierte auf den Angriff", "Abzuwarten bleibt die Reaktion Moskaus auf die Angriffe")
        if noun and not self.prepositional(i, a) and self.planned_clause(a, b):
            return True
        return not noun and not perfect_after and (has_word(self.doc, lex, "planning_modal", a, i) or (
            clause_range(self.doc, i)[2] == "rel" and self.closes_clause(i, a, b) and self.planned_clause(a, b)))
        # "…, über das verhandelt werden soll" (in a dass-clause "sollen" may report: "berichtet, dass Häftlinge
        # gefoltert werden sollen")

    def court_instance(self, i: int, a: int, b: int, trig: Trigger) -> bool:
        """Whether a word of a court's instance (closed class ``court_instance``: "in erster Instanz", "rechtskräftig")
        makes a verb of condemning a verdict: for a noun among its own adjectives ("einer letztinstanzlichen
        Verurteilung"), for a verb in the passive or closing a clause with no finite verb ("wurde rechtskräftig
        verurteilt", a headline's "in erster Instanz zu 16 Jahren verurteilt"), where no verdict noun is its object
        ("verurteilte das nicht rechtskräftige Urteil" condemns one; "als höchste moralische Instanz verurteilte")."""
        lex, words = self.lex, self.words
        if trig.pos == "noun":
            return any(lex.is_("court_instance", words[j]) for j in range(self.determined_start(i, a), i))
        if not has_word(self.doc, lex, "court_instance", a, b) or self.clause_holds("verdict_noun", a, b):
            return False
        return self.passive(i, a, b) or not any(lex.is_(c, w) for w in words[a:i] for c in FINITE_CLASSES) and (
            i == last_word(self.doc, a, b) and past_participle(lex, words[i]))  # a headline's verbless clause

    def list_start(self, i: int, a: int) -> int:
        """Where the German clause [a, …) of token i begins once the commas of a list are not taken as clause bounds:
        the sentence's start when the verb at i closes its clause, no finite verb stands before it after the comma,
        and only such commas stand before it, no subordinate or relative clause ("wegen der üblen Nachrede, der
        Verletzung … und der Verletzung der Unschuldsvermutung verurteilt"); else a."""
        lex, words, toks = self.lex, self.words, self.doc.tokens
        s0 = self.doc.sentence_tokens[self.doc.token_sentence[i]][0]
        if not lex.setting("verb_second") or a <= s0 or toks[a - 1].text != ",":
            return a
        b = clause_range(self.doc, i)[1]
        if not self.closes_clause(i, a, b) or any(
                toks[k].text[:1].islower() and (lex.tense.get(words[k]) is not None or any(
                    lex.is_(c, words[k]) for c in FINITE_CLASSES)) for k in range(a, i)):
            return a  # "Die Lage hat sich zugespitzt, die Armee schlug den Aufstand nieder": a clause of its own,
            # whose finite verb stands second, not the end of a list
        if any(lex.is_("subordinator", words[k]) or toks[k - 1].text == "," and lex.is_("relative", words[k])
               for k in range(s0, a)):
            return a
        return s0

    def prison_term(self, i: int, a: int, b: int) -> bool:
        """Whether the clause of a verb of condemning at token i gives a term: a word of the closed class
        ``term_preposition`` ("zu") and, within the three words after it, a number and a unit of a day or more ("zu 16
        Jahren und einem Monat verurteilt", "zu drei Monaten bedingt"; not "zu Beginn des Jahres"; from the sentence's
        start where only commas of a list, no subordinate or relative clause, stand before the clause), which no
        condemnation has; not one after a verdict noun between it and the verb (closed class ``verdict_noun``: "Die EU
        verurteilte die Verurteilung des Journalisten zu zehn Jahren Haft" condemns the verdict)."""
        lex, words = self.lex, self.words
        a = self.list_start(i, a)  # "ist … zu 24 Monaten unbedingt, ihr Mann ebenfalls zu 24 Monaten, … verurteilt"
        for k in range(a, b - 1):
            lo, hi = min(i, k), max(i, k)
            if any(lex.is_("verdict_noun", w) for w in words[lo + 1:hi]):
                continue  # "Die EU verurteilte die Verurteilung … zu zehn Jahren Haft": the term is the verdict's
            if lex.is_("term_preposition", words[k]) and any(
                    (got := lex.time.get(words[j])) is not None and got[0] == "relunit" and got[1] in TERM_UNITS
                    and (self.doc.tokens[j - 1].kind == "num" or words[j - 1] in lex.numbers)
                    for j in range(k + 2, min(b, k + 4))):
                return True
        return False

    def attends(self, i: int, a: int, b: int) -> bool:
        """Whether a visiting verb at token i has a place one attends as its object (closed class
        ``attended_institution`` right before it or within three words after it) with no article or a negative one:
        "keine Schule besucht", "besuchte Sprachkurse"; not "besuchte eine Schule in Kabul", a visit, nor "im Juni"."""
        lex, words = self.lex, self.words
        return any(lex.is_("attended_institution", words[k]) and not (
            lex.is_("determiner", words[k - 1]) and not lex.is_("negative_determiner", words[k - 1]))
            for k in range(max(a + 1, i - 2), min(b, i + 4)) if k != i)

    def begun(self, a: int) -> bool:
        """Whether the German infinitive clause that opens at token a is what the clause before its comma begins: that
        clause ends in a verb of beginning or in its correlate (closed classes ``inception_verb``,
        ``inception_correlate``: "begann das Bundesheer damit, … zu verlegen", "begannen, die Stadt zu bombardieren";
        not "begann seine Rede mit der Drohung, … anzugreifen"): the act is under way, not intended."""
        before = self.clause_before_comma(a)
        if before is None:
            return False
        last = last_word(self.doc, *before)
        w = self.words[last]
        return self.lex.is_("inception_verb", w) or self.lex.is_("inception_correlate", w) and has_word(
            self.doc, self.lex, "inception_verb", before[0], last)

    def plotted(self, i: int, a: int, b: int) -> bool:
        """Whether the attack noun at token i is a plot: what a noun of planning governs (:meth:`planning_of`: "an der
        Vorbereitung eines Terroranschlags beteiligt") or, not definite, the object of a verb of planning in its
        clause (closed class ``plot_verb``: "der einen Anschlag geplant haben soll", "plante Anschläge in Berlin"):
        an attack planned by unconventional violence is neither done nor, once found out, to come; a definite one
        ("hatte den Anschlag lange geplant") is the one told."""
        return self.planning_of(i, a) or not self.definite(i) and has_word(self.doc, self.lex, "plot_verb", a, b)

    def planning_of(self, i: int, a: int) -> bool:
        """Whether the event noun at token i is what a noun of planning or preparing governs (closed class
        ``planning_noun`` before a genitive or "of"): "an der Planung eines Attentats beteiligt", "Vorbereitung von
        Anschlägen", "the planning of an attack" — planned, not done, also where an accusation charges the planning
        (the noun's own words, not the accusation's mood)."""
        words, lex = self.words, self.lex
        j = i - 1
        if j > a and lex.is_("determiner", words[j]) and not lex.is_("genitive_marker", words[j]):
            j -= 1  # "of an attack"
        return j > a and lex.is_("genitive_marker", words[j]) and lex.is_("planning_noun", words[j - 1])

    def joint_with(self, k: int, a: int) -> bool:
        """Whether the prepositional phrase of the actor at token k says with whom the subject acts, not with whom
        it meets ("gemeinsam mit Frankreich": closed class ``joint_word`` before the preposition)."""
        j = preposition_before(self.doc, self.lex, k, a)
        return j is not None and j > a and self.lex.is_("joint_word", self.words[j - 1])

    def object_noun(self, j: int, a: int) -> bool:
        """Whether the noun at token j heads an accusative object: after an article that is not dative and not
        governed by a preposition ("die Idee ablehnte"; not "Dem Plan zufolge", "Under the proposed deal")."""
        lex, words = self.lex, self.words
        return j - 1 >= a and lex.is_("determiner", words[j - 1]) and not lex.is_("dative_article", words[j - 1]) \
            and not (j - 2 >= a and lex.is_("preposition", words[j - 2])) and self.doc.tokens[j].text[:1].isupper() \
            and bool(lex.setting("nouns_capitalised"))

    def unresolved_actor(self, a: int, b: int) -> bool:
        """Whether tokens a..b hold a word that stands for actors no reference resolves: a personal pronoun ("er",
        "sie", "they", and "es", "it" for a court or a ministry: "Im Juni sprach es auch seinen Berater frei"), one of
        the closed classes ``speaker_pronoun``, ``first_person`` or ``object_pronoun`` ("man", "wir", "sprach ihn
        ein Gericht frei"), a word of ``pair_word`` ("beide Seiten", "both sides"), or, opening a relative clause, a
        relative pronoun ("Soldaten, die auf der Straße patrouillieren")."""
        words = self.words
        if clause_range(self.doc, a)[2] == "rel" and self.lex.is_("relative", words[a]) and a > 0 \
                and words[a - 1] == "," and a + 1 < b and not self.doc.tokens[a + 1].text[:1].isupper():
            return True  # a pronoun after a comma, no article of a noun ("…, die Entscheidung … aufzuheben")
        return any(self.lex.pronoun_kind(w) == "personal" or any(self.lex.is_(c, w) for c in (
            "pair_word", "speaker_pronoun", "first_person", "object_pronoun")) for w in words[a:b])

    def refused_infinitive(self, i: int, a: int) -> bool:
        """Whether the verb at token i is a German zu-infinitive right after a clause of refusing or refraining (closed
        classes ``refusal_verb``, ``refusal_noun``, ``refrain_verb``: "Podemos hatte sich geweigert, mit der PSOE zu
        verhandeln", "insbesondere die Weigerung, mit den Gläubigern Verhandlungen zu führen"): the act is not done.
        Not where the refusal is negated ("weigerte sich nicht, … zu verhandeln") or the infinitive is a purpose
        ("verzichteten auf Sanktionen, um … zu verhandeln")."""
        doc, lex = self.doc, self.lex
        before = self.clause_before_comma(a)
        if before is None or not self.infinitive(i, a) or lex.is_("infinitive_conjunction", self.words[a]):
            return False
        pa, pb = before
        return any(has_word(doc, lex, c, pa, pb) for c in ("refusal_verb", "refusal_noun", "refrain_verb")) \
            and not has_word(doc, lex, "negation", pa, pb)

    def wanted_by(self, a: int) -> bool | None:
        """Whether the German dass-clause that opens at token a says what the clause before its comma wants (a word of
        the closed class ``volition_word`` closes it, but for a negation or a correlate of ``volition_correlate``: "Die
        Regierung will, dass …", "plädierte dafür, dass …"; not "will beweisen, dass …"): True, or False where that
        clause is negated ("will nicht, dass …"); None where no such word governs it."""
        before = self.clause_before_comma(a)
        if before is None:
            return None
        lex, words = self.lex, self.words
        k = last_word(self.doc, *before)
        while k > before[0] and (lex.is_("negation", words[k]) or lex.is_("volition_correlate", words[k])):
            k -= 1  # "will nicht, dass …", "drängt darauf, dass …"
        if not lex.is_("volition_word", words[k]):
            return None  # the clause's verb is another: "will beweisen, dass …", "will nicht hinnehmen, dass …"
        return not has_word(self.doc, lex, "negation", *before)

    def passive_plan(self, a: int, b: int) -> bool:
        """Whether a clause holds a passive infinitive under a modal of the closed class ``plan_modal`` ("gestellt
        werden sollen", "belegt werden soll"): what is to be done, a plan, not what is reported as done (that takes a
        perfect: "getötet worden sein soll"); not in what a cue of hearsay reports (closed class ``hearsay_cue``: "Die
        Zeitung berichtet, dass Häftlinge gefoltert werden sollen")."""
        lex, words = self.lex, self.words
        before = self.clause_before_comma(a)
        at = self.doc.tokens[a].start
        hearsay = [c for c in self.doc.claims
                   if c.cue and any(lex.is_("hearsay_cue", w.lower()) for w in c.cue[2].split())]
        if before is not None and has_word(self.doc, lex, "hearsay_cue", *before) or any(
                c.content[0] <= at < c.content[1] for c in hearsay):
            return False  # "Die Zeitung berichtet, dass … gefoltert werden sollen": the reportative "sollen" (not
            # "Der Kanzler teilte mit, dass die Flüchtlinge abgeschoben werden sollen": a plan)
        return any(lex.is_("plan_modal", words[k]) and lex.is_("aux_passive", words[k - 1])
                   and past_participle(lex, words[k - 2]) and self.doc.tokens[k - 2].text[:1].islower()
                   for k in range(a + 2, b))

    def clause_before_comma(self, a: int) -> tuple[int, int] | None:
        """The clause right before a comma that opens the German clause at token a, in its sentence; None where a
        comma does not open it, or in a language that sets off no infinitive clause by a comma (English: "on small,
        informal groups … to help")."""
        doc = self.doc
        if not self.lex.setting("particle_at_clause_end") or a < 2 or doc.tokens[a - 1].text != "," \
                or doc.token_sentence[a - 2] != doc.token_sentence[a]:
            return None
        pa, pb, _kind = clause_range(doc, a - 2)
        return pa, pb

    def stated_infinitive(self, a: int) -> bool:
        """Whether the German infinitive clause that opens at token a is what a claim or a denial before it says (a cue
        of the closed class ``reporting_infinitive_cue`` in the clause before the comma: "Russland gibt an, Stellungen
        des IS zu bombardieren", "bestreitet, Waffen zu liefern"): the act is told as going on or done, not intended.
        Verbs of saying in general are not in it: their zu-infinitive often promises or announces ("sagte zu, Waffen zu
        liefern", "teilte mit, Truppen zu entsenden"); nor with a word of readiness."""
        doc, lex = self.doc, self.lex
        before = self.clause_before_comma(a)
        for _step in range(INSERTION_CLAUSES + 1):  # back over insertions in commas with no verb ("Stellungen von
            # Terroristen, vor allem des IS, zu bombardieren")
            if before is None or has_word(doc, lex, "readiness_word", *before):
                return False
            words = self.words[before[0]:before[1]]
            if any(cue.kind == "verb" and lex.is_("reporting_infinitive_cue", cue.lemma.lower())
                   and (not cue.particle or cue.particle in words) for w in words for cue in lex.cues.get(w, ())):
                return True
            if any(lex.is_(c, w) for w in words for c in FINITE_CLASSES) or any(
                    w in lex.cues or w in lex.triggers for w in words):
                return False
            before = self.clause_before_comma(before[0])
        return False

    def planned_clause(self, a: int, b: int) -> bool:
        """Whether the clause [a, b) holds "sollen" (closed class ``planning_modal``) and closes with a present
        infinitive that makes its subject or object happen, a verb of ``occurrence_verb`` or a passive: "Die
        Gespräche *sollen* am Montag *beginnen*", "sollen neue Sanktionen *verhängt werden*". With a perfect
        infinitive it reports ("Der Anschlag soll … verübt worden sein"); with another verb the plan is about
        something else ("Die Verhandlungen sollen in eine neue Phase treten")."""
        words, lex = self.words, self.lex
        if not has_word(self.doc, lex, "planning_modal", a, b):
            return False
        k = last_word(self.doc, a, b)
        if k > a and lex.is_("planning_modal", words[k]):
            k = last_word(self.doc, a, k)  # a subordinate clause: "…, die am Montag beginnen sollen"
        if k < a or lex.is_("planning_modal", words[k]) or any(
                lex.is_("perfect_infinitive", words[j]) for j in (k, k - 1) if j >= a):
            return False  # "sollen … beginnen" plans, "sollen … verübt worden sein" reports
        passive = lex.is_("aux_passive", words[k]) and k - 1 >= a and past_participle(lex, words[k - 1])
        return passive or lex.is_("occurrence_verb", words[k])

    def noun_subject(self, bare: list, i: int, a: int, b: int):
        """The clause's subject as the agent of the event noun at token i ("Russland startete einen Angriff"), if
        it stands before it. Not for a definite noun, which refers back to an act the subject only reacts to
        ("verurteilte den Angriff"), unless the subject goes on with it ("setzte die Luftangriffe fort"); not for
        a noun of reason or time ("ermittelt wegen Mordes")."""
        if not bare or bare[0][0] >= i or self.occasion(i, a) or self.onlooker(i, a, b):
            return None
        if self.definite(i) and not has_word(self.doc, self.lex, "continuation_verb", a, b):
            return None
        if self.infinitive_clause(a, b):
            return None  # "…, Nordkorea mit Sanktionen zu belegen": a zu-infinitive has no subject of its own
        return bare[0]

    def onlooker(self, i: int, a: int, b: int) -> bool:
        """Whether the noun at token i is the bare object (no preposition before it) of a verb of the closed class
        ``onlooker_verb`` or ``prevent_verb``: its subject judges, fears or stops the act, it does not do it
        ("Russland verurteilte einen Anschlag auf …", "verhinderte einen Anschlag"; not "verhinderte *mit* seinem Veto
        eine Resolution": the veto is its own)."""
        return preposition_before(self.doc, self.lex, i, a) is None \
            and self.governing_verb(("onlooker_verb", "prevent_verb"), i, a, b) is not None

    def private_visit(self, end: int, b: int) -> bool:
        """Whether the visit noun ending before token ``end`` goes to kin or friends (closed class
        ``private_visit_person``, after a ``visit_object_preposition``: "Besuch bei seiner kranken Mutter", "visit to
        his mother") or to a site (``private_visit_site``, also in a genitive, a compound's end counting: "Besuch des
        ehemaligen Konzentrationslagers"); a genitive person is the visitor ("der Besuch der Schwester von Kim")."""
        lex = self.lex
        if end >= b:
            return False
        after_preposition = lex.is_("visit_object_preposition", self.words[end])
        if not (after_preposition or lex.genitive_article(self.words[end])):
            return False
        classes = ("private_visit_person", "private_visit_site") if after_preposition else ("private_visit_site",)
        capitalised = lex.setting("nouns_capitalised")
        for k in range(end + 1, min(b, end + 8)):
            w, tok = self.words[k], self.doc.tokens[k]
            if tok.text in (",", "(", ")") or lex.is_("preposition", w) or lex.is_("coordinator", w):
                return False
            if any(lex.is_(c, w) or capitalised and tok.text[:1].isupper() and any(
                    w.endswith(e) for e in lex.endings(c) if len(e) >= COMPOUND_END_MIN) for c in classes):
                return True  # (a compound's end: "Konzentrationslagers", not "Landeshauptmann" after "mann")
            if capitalised and tok.text[:1].isupper():
                return False  # the phrase's noun: another one
        return False

    def governing_verb(self, classes: tuple[str, ...], i: int, a: int, b: int) -> int | None:
        """A verb of one of the closed ``classes`` in the conjunct of the noun at token i with no comma or
        coordinator between them, and no adjective of a noun ("mit international scharf *kritisierten*
        Luftangriffen", "mit dem *vereitelten* Terroranschlag"; "sei zu Hilfen bereit *und verwies* auf …" is another
        predicate's): its position, or None."""
        doc, lex = self.doc, self.lex
        return next((k for k in range(self.conjunct_start(i, a), self.conjunct_end(i, b))
                     if k != i and any(lex.is_(c, self.words[k]) for c in classes) and self.verb_form(k)
                     and not adjective_before_noun(doc, lex, k)
                     and not any(doc.tokens[j].text == "," or lex.is_("coordinator", self.words[j])
                                 for j in range(min(k, i) + 1, max(k, i)))), None)

    def prevent_object(self, i: int, a: int, b: int) -> bool:
        """Whether the event noun at token i is the bare object of a verb of the closed class ``prevent_verb`` in its
        conjunct ("verhinderte einen Anschlag", "hat einen Anschlag vereitelt", "ein Anschlag wurde vereitelt",
        "foiled a plot"): not another noun's genitive, and after the verb, in the passive, or after a finite verb
        before it (not the subject: "Proteste verhinderten die Abstimmung", "A ceasefire averted further
        fighting")."""
        k = self.governing_verb(("prevent_verb",), i, a, b)
        if k is None or preposition_before(self.doc, self.lex, i, a) is not None or self.genitive_attribute(i, a):
            return False
        lo = self.conjunct_start(i, a)
        return k < i or has_word(self.doc, self.lex, "aux_passive", lo, self.conjunct_end(i, b)) or any(
            any(self.lex.is_(c, self.words[j]) for c in (*FINITE_CLASSES, "modal_verb")) for j in range(lo + 1, i))

    def prevented(self, i: int, a: int, b: int) -> bool:
        """Whether the act of the event noun at token i was stopped before it happened: the object of a verb of
        preventing with no negation, modal of plan, will, duty or possibility in its conjunct, nor "zu" before the
        verb (not "konnte den Anschlag nicht verhindern": it happened; "versucht, den Vormarsch zu verhindern", "will
        Proteste verhindern": it goes on or is to come; "hätten den Anschlag verhindern können": it happened)."""
        lo, hi = self.conjunct_start(i, a), self.conjunct_end(i, b)
        return self.prevent_object(i, a, b) and not any(has_word(self.doc, self.lex, c, lo, hi) for c in (
            "negation", "planning_modal", "future_aux", "hypothetical", "obligation_modal", "volition_word")) \
            and not any(self.lex.is_("prevent_verb", self.words[k]) and self.words[k - 1] == "zu"
                        for k in range(lo + 1, hi))

    def refrained_from(self, i: int, a: int, b: int) -> bool:
        """Whether the event noun at token i stands in a phrase of a verb of refraining that follows it (closed class
        ``refrain_preposition`` before the noun, then a word of ``refrain_from_verb``, or a verb of
        ``refrain_particle_verb`` before it with a ``refrain_particle`` closing its conjunct): "Die Staatsanwaltschaft
        sieht von Ermittlungen ab", "hat von einer Anklage abgesehen", "beschloss, von Sanktionen abzusehen". Not
        "Abgesehen von den Angriffen …" (apart from), where the verb comes first, nor with a negation in the conjunct
        ("Die Zahl der Opfer von Angriffen ist noch nicht abzusehen": not foreseeable)."""
        doc, lex, words = self.doc, self.lex, self.words
        p = preposition_before(doc, lex, i, a)
        if p is None or not lex.is_("refrain_preposition", words[p]) or p > a and doc.tokens[p - 1].kind == "word" \
                and doc.tokens[p - 1].text[:1].isupper():
            return False  # not a noun's von-phrase: "Ein Ende der Serie von Anschlägen ist nicht abzusehen"
        lo, hi = self.conjunct_start(i, a), self.conjunct_end(i, b)
        if has_word(doc, lex, "negation", lo, hi):
            return False  # "ist noch nicht abzusehen": not foreseeable, a sense of its own
        if any(lex.is_("refrain_from_verb", words[k]) for k in range(i + 1, hi)):
            return True
        last = last_word(doc, i + 1, hi)
        return last > i and lex.is_("refrain_particle", words[last]) and any(
            lex.is_("refrain_particle_verb", words[k]) for k in range(lo, p))

    def performing_verb(self, i: int, a: int, b: int) -> tuple[int, int] | None:
        """Where the subject of the clause that does the act of the event noun at token i stands: the noun is the
        bare object (no preposition before it, no article of a known act) of a verb of the closed class
        ``performing_verb`` in its conjunct ("Die Staatsanwaltschaft leitete Ermittlungen ein", "Am Montag startete
        die Armee eine Offensive", "The army launched an offensive"), and a finite verb or that verb stands before it,
        so the noun is not the subject. Not with a particle of another verb at the conjunct's end (closed class
        ``other_verb_particle``: "führte Proteste auf Agenten *zurück*"), a verb of ``bound_performing_verb``
        without a ``performing_particle`` ("nahm Festnahmen *vor*"; not "nahm Streiks in Kauf"), nor a predicative
        "als" or a word of ``performing_idiom`` after the noun ("nahm Angriffe als Vorwand", "zum Anlass"). The
        start of the subject's coordinated clause and the position of that finite verb (the end of the subject
        phrase), or None."""
        doc, lex, words = self.doc, self.lex, self.words
        lo, hi = self.conjunct_start(i, a), self.conjunct_end(i, b)

        def verb_at(k: int) -> bool:  # a finite or performing verb
            return any(lex.is_(c, words[k]) for c in (*FINITE_CLASSES, "performing_verb")) and self.verb_form(k)

        for j in range(i - 1, lo, -1):  # "Die Demonstranten organisierten Proteste und die Polizei nahm …"
            if (words[j] == "," or lex.is_("coordinator", words[j])) and any(verb_at(k) for k in range(j + 1, i)):
                lo = j + 1
                break
        performing = [k for k in range(lo, hi) if lex.is_("performing_verb", words[k]) and self.verb_form(k)]
        if not performing or preposition_before(doc, lex, i, lo) is not None or self.definite(i) \
                or self.onlooker(i, a, b):
            return None
        last = last_word(doc, i + 1, hi)
        particle = words[last] if last > i and doc.tokens[last].text[:1].islower() else ""
        if lex.is_("other_verb_particle", particle) or any(
                lex.is_(c, w) for w in words[i + 1:hi] for c in ("predicative_as", "performing_idiom")):
            return None
        if all(lex.is_("bound_performing_verb", words[k]) for k in performing) \
                and not lex.is_("performing_particle", particle):
            return None
        verb = next((k for k in range(lo, i) if verb_at(k)), None)
        return None if verb is None else (lo, verb)

    def performer(self, i: int, a: int, b: int, refs: list) -> Participant | None:
        """The subject phrase of the performing verb of the event noun at token i (:meth:`performing_verb`), when
        it is not the noun's own phrase ("Dann begann eine Offensive der Armee")."""
        got = self.performing_verb(i, a, b)
        if got is None:
            return None
        part = self.subject_phrase(got[1], got[0], refs)
        return None if part is None or self.doc.tokens[i].text in (part.text or "") else part

    def verb_form(self, k: int) -> bool:
        """Whether token k can be a verb: where nouns are capitalised, a lower-case word or the first of its sentence
        ("Unternehmen" is a noun, "unternehmen" a verb)."""
        return not self.lex.setting("nouns_capitalised") or self.doc.tokens[k].text[:1].islower() \
            or k == self.doc.sentence_tokens[self.doc.token_sentence[k]][0]

    def infinitive_clause(self, a: int, b: int) -> bool:
        """Whether clause [a, b) is a German zu-infinitive clause of its own, set off by a comma, its last word an
        infinitive with zu ("…, Nordkorea mit Sanktionen zu belegen"; not "versuchten FPÖ und Grüne … den
        Rücktritt … zu erzwingen", whose subject is in it)."""
        return bool(self.lex.setting("particle_at_clause_end")) and a > 0 and self.words[a - 1] == "," \
            and self.infinitive(last_word(self.doc, a, b), a) and not any(
                has_word(self.doc, self.lex, c, a, b) for c in ("subjunctive", "modal_passive_be", "aux_perfect"))
            # not "…, Russland habe einen Angriff zu verantworten", whose "haben" has a subject

    def occasion(self, i: int, a: int) -> bool:
        """Whether the noun at token i follows a preposition of reason, time or opposition (closed classes
        ``reason_preposition``, ``temporal_preposition``, ``counter_preposition``): the clause's subject acts because
        of it, after it or against it, it did not do it ("ermittelt *wegen* Mordes", "*Nach* dem Anschlag nahm die
        Polizei … fest", "verteidigte ihren Kurs *gegen* Kritik"); not with a
        possessive, which points to the subject ("*nach seinen* Gesprächen in Berlin zog Fischer Bilanz")."""
        k = preposition_before(self.doc, self.lex, i, a)
        return k is not None and any(self.lex.is_(c, self.words[k]) for c in ("reason_preposition",
                                                                              "temporal_preposition",
                                                                              "counter_preposition")) \
            and self.lex.pronoun_kind(self.words[k + 1]) != "possessive"

    def after_action_noun(self, i: int, a: int) -> bool:
        """Whether the noun at token i heads a prepositional phrase that follows an action noun (closed class
        ``action_noun_ending``): "Beteiligung *an dem Beschuss*" says what the action is about."""
        k = preposition_before(self.doc, self.lex, i, a)
        return k is not None and k - 1 >= a and self.action_noun(k - 1)

    def action_noun(self, j: int) -> bool:
        """Whether token j is an action noun: capitalised and ending in an ``action_noun_ending``
        ("Zentralisierung", "Beteiligung")."""
        endings = self.lex.endings("action_noun_ending")
        return bool(endings) and self.doc.tokens[j].kind == "word" and self.doc.tokens[j].text[:1].isupper() \
            and self.words[j].endswith(endings)

    def prepositional(self, i: int, a: int) -> bool:
        """Whether the noun at token i heads a prepositional phrase (article and adjectives between):
        "auf den Angriff", "nach dem schweren Anschlag"."""
        return preposition_before(self.doc, self.lex, i, a) is not None

    def governed_by_act(self, i: int) -> bool:
        """Whether token i lies in what a demand asks for, an accusation charges or a claim, denial or
        confirmation is about ("warf Russland vor, Zivilisten anzugreifen", "bestritt, Uiguren festzuhalten"): its
        modality comes from that act (demanded; done, as claimed), not from the infinitive."""
        at = self.doc.tokens[i].start
        return any((c.act.startswith(("10", "11")) or c.status in REPORTED_ACT_STATUSES)
                   and c.content[0] <= at < c.content[1] for c in self.doc.claims if c.cue)

    def infinitive(self, i: int, a: int) -> bool:
        """Whether the trigger at token i is an infinitive with zu ("zu verhandeln", "anzugreifen")."""
        return i > a and self.lex.is_("infinitive_marker", self.words[i - 1]) or self.zu_infix(i)

    def modal_passive(self, i: int, a: int, b: int) -> bool:
        """Whether the trigger is the infinitive of a German modal passive: "sein" with a zu-infinitive ("Da ist ihm
        zuzustimmen", "Übergriffe seien durch nichts zu entschuldigen") or "sich … lassen" with a bare infinitive
        ("lasse sich mit den Grundrechten nicht vereinbaren"). It says what can or must be done, or what something
        is like ("inexcusable", "compatible"), and tells no act. Not after a purpose or manner conjunction ("ist
        gekommen, um zu verhandeln": ``infinitive_conjunction``)."""
        lex, words = self.lex, self.words
        if not lex.setting("particle_at_clause_end") or has_word(self.doc, lex, "infinitive_conjunction", a, i):
            return False
        if self.infinitive(i, a):
            return has_word(self.doc, lex, "modal_passive_be", a, b)
        # "lassen" before the infinitive or right after it (not "müsse sich entschuldigen und … hinrichten lassen")
        let = i + 1 < b and lex.is_("modal_passive_let", words[i + 1]) or has_word(
            self.doc, lex, "modal_passive_let", a, i)
        return let and self.doc.tokens[i].text[:1].islower() and bare_infinitive(lex, words[i]) is not False \
            and has_word(self.doc, lex, "reflexive_pronoun", a, i)

    def perfect_infinitive(self, i: int) -> bool:
        """Whether the verb at token i is the participle of a perfect infinitive ("entführt zu haben", "getötet zu
        sein"): the infinitive particle and a word of ``perfect_infinitive`` right after it."""
        w = self.words
        return i + 2 < len(w) and self.lex.is_("infinitive_marker", w[i + 1]) \
            and self.lex.is_("perfect_infinitive", w[i + 2])

    def zu_infix(self, i: int) -> bool:
        """An infinitive with "zu" inside ("freizulassen", "abzuziehen")."""
        return zu_infinitive(self.lex, self.words[i])

    def advocated(self, i: int, a: int, b: int) -> bool:
        """A noun trigger after "für"/"for" in a clause whose verb campaigns for it ("sich für eine Freilassung
        eingesetzt", "campaigned for the release"), after a request noun and its preposition ("mit der Bitte
        um Unterstützung", "calls for a ceasefire"; the noun heads the prepositional phrase: "der Antrag auf
        Aufhebung der Sanktionen" asks for the lifting, the sanctions are in force), or in a clause whose verb
        seeks or proposes it ("strebt eine Einigung an", "schlug ein Abkommen vor")."""
        words, lex = self.words, self.lex
        before = range(max(a, i - 3), i)
        return any(lex.is_("advocacy_preposition", words[j]) for j in before) and \
            has_word(self.doc, lex, "advocacy_verb", a, b) or (j := self.before_noun_phrase(i, a)) in before and \
            lex.is_("request_preposition", words[j]) and self.request_noun_before(j, a) or has_word(
                self.doc, lex, "seeking_verb", a, b)

    def request_noun_before(self, j: int, a: int) -> bool:
        """Whether a request noun governs the preposition at token j: right before it ("mit der Bitte um"), or
        before an addressee phrase that stands between them ("eine Anfrage an den Präsidenten des Landtags zur
        Aufhebung": only a preposition, articles, adjectives and nouns in between)."""
        lex = self.lex
        for k in range(j - 1, max(a, j - 8) - 1, -1):
            w, tok = self.words[k], self.doc.tokens[k]
            if lex.is_("request_noun", w):
                return True
            if tok.kind != "word" or not (tok.text[:1].isupper() or any(
                    lex.is_(c, w) for c in ("preposition", "determiner")) or w.endswith(lex.endings(
                    "adjective_ending"))):
                return False
        return False

    def agreement_in(self, k: int) -> bool:
        """Whether sentence k already has an agreement with both parties (a relative clause may describe it)."""
        return any(e.sentence == k and e.type in ("AGREE", "COOPERATE") and e.source and e.target for e in self.events)

    def reported(self, i: int) -> bool:
        """Whether token i lies in the content of someone's claim (the claim anchors the event)."""
        at = self.doc.tokens[i].start
        return any(c.content[0] <= at < c.content[1] for c in self.doc.claims if (c.speaker or c.cue)
                   and not c.label)  # (not a headline's source label: "Wirtschaftskammerpräsident: Vorgezogener
        # Rückzug 'reine Spekulation'" anchors no act)

    def future(self, i: int, trig: Trigger, a: int, b: int) -> bool:
        """A future marker ("will", "plant"), or "wird/werden" with an infinitive trigger (not a passive) in the
        trigger's own conjunct ("fürchtete, betrogen zu werden, und *ließ* … ermorden" is done). In English only
        before the trigger ("plans to attack"; not "attacked Labour's tax plans")."""
        if has_word(self.doc, self.lex, "future", a, b if self.lex.setting("verb_second") else i):
            # not an act the subject means to watch: "will in Aden eine Militäroffensive … überwachen" is under way
            return not (trig.pos == "noun" and self.lex.is_("monitoring_verb", self.words[last_word(self.doc, a, b)]))
        if self.doc.tokens[i].text[:1].isupper() and self.plover_type(trig) in SPEECH_ACT_TYPES \
                and self.future_instrument(i, a, b):
            return True  # "wird sich mit der Bitte um Unterstützung an die Gemeinschaft wenden": asked with it
        if trig.pos == "noun":
            return self.future_predicate(i, a, b)
        if not has_word(self.doc, self.lex, "future_aux", self.conjunct_start(i, a), b):
            return False
        return self.doc.tokens[i].text[:1].islower() and bare_infinitive(self.lex, self.words[i]) is not False

    def future_instrument(self, i: int, a: int, b: int) -> bool:
        """Whether an event noun at token i is the instrument of a German clause's act still to come: after an
        instrument preposition and its article ("mit der Bitte um …"), in a clause of "wird/werden" that closes with
        an infinitive ("Belgrad werde sich mit der Bitte um Unterstützung an die internationale Gemeinschaft
        wenden"), which neither deals with a topic nor goes on (closed classes ``topic_verb``,
        ``continuation_verb``). The caller asks it for speech acts only."""
        lex, words = self.lex, self.words
        if not lex.setting("particle_at_clause_end") or i - 2 < a or not lex.is_("determiner", words[i - 1]) \
                or not lex.is_("instrument_preposition", words[i - 2]) \
                or not has_word(self.doc, lex, "future_aux", a, i):
            return False
        last = last_word(self.doc, a, b)
        # not "wird sich mit der Forderung befassen", "wird mit den Protesten weitermachen": the act is given
        return last > i and self.doc.tokens[last].text[:1].islower() \
            and bare_infinitive(lex, words[last]) is not False \
            and not any(lex.is_(c, words[last]) for c in ("topic_verb", "continuation_verb"))

    def future_predicate(self, i: int, a: int, b: int) -> bool:
        """An indefinite event noun in a German clause whose verb is "wird/werden" before the noun and an infinitive
        at the clause's end, or that closes with an infinitive and "wird/werde" (a verb-final clause): the act is
        still to come ("wird zu einem Besuch nach Österreich kommen und Gespräche mit … führen", "dass es … eine
        Begnadigung geben werde"; not "wird den Angriff verurteilen", an act already told); so is one in a clause of
        "wird/werden" that closes with a participle of expecting ("wird … zu einem Besuch erwartet")."""
        if not self.lex.setting("particle_at_clause_end") or self.definite(i) or self.contracted(i) \
                or self.advocated(i, a, b):
            return False  # what is asked for is demanded: "werde sich mit der Bitte um Unterstützung an die EU wenden"
        last = next((k for k in range(b - 1, i, -1) if self.doc.tokens[k].kind == "word"), None)
        if last is not None and self.lex.is_("future_aux", self.words[last]) and not has_word(
                self.doc, self.lex, "future_aux", a, i):  # verb-final: "dass es … eine Begnadigung geben werde"
            last = next((k for k in range(last - 1, i, -1) if self.doc.tokens[k].kind == "word"), None)
        elif not has_word(self.doc, self.lex, "future_aux", a, i):
            return False
        verb = self.words[last] if last is not None else ""
        return last is not None and self.doc.tokens[last].text[:1].islower() and (
            bare_infinitive(self.lex, verb) is not False or self.lex.is_("occurrence_verb", verb)
            or self.expected(i, a, b))  # "wird … zu einem Besuch in Hanoi erwartet"

    def subject_slot(self, k: int, a: int, b: int) -> bool:
        """Whether token k opens the subject's noun phrase of a German main clause [a, b) or lies in it: the
        phrase that fills the prefield, or the one right after the finite verb, with at most an article and a noun
        (with its genitive article) before k ("Präsident Obama wird …", "Eine Delegation der Hamas wird …", "In
        Kairo wird eine Delegation der Hamas …"; not "Neben der Staatschefin X werden …")."""
        finite = self.finite_verb(a, b, a)
        return any(start <= k <= start + 3 and all(
            (self.lex.is_("determiner", self.words[j]) or self.doc.tokens[j].text[:1].isupper())
            and not self.lex.is_("preposition", self.words[j]) for j in range(start, k)) for start in (a, finite + 1))

    def expected(self, i: int, a: int, b: int) -> bool:
        """Whether the event noun at token i is what its clause expects: the clause closes with a participle of
        expecting (closed class ``expectation_verb``) and the noun is its subject or follows "zu" (closed class
        ``expected_preposition``: "werden Proteste erwartet", "wird zu einem Besuch erwartet"; not "Die bei einem
        Anschlag verletzten Soldaten werden … erwartet")."""
        last = last_word(self.doc, a, b)
        if last < 0 or not self.lex.is_("expectation_verb", self.words[last]) \
                or not has_word(self.doc, self.lex, "future_aux", a, b):
            return False  # "Die Polizei hatte Ausschreitungen erwartet": who expects is no actor of the act
        prep = preposition_before(self.doc, self.lex, i, a)
        return prep is None or self.lex.is_("expected_preposition", self.words[prep])

    def military_context(self, a: int, b: int, s0: int, s1: int) -> bool:
        doc = self.doc
        for _ts, _te, eid, _m in refs_between(doc, s0, s1):
            ent = doc.entity(eid)
            if ent is not None and ent.sector == "MIL":
                return True
        if any(q.unit == "personnel" and q.sentence == doc.token_sentence[a] for q in doc.quantities):
            return True
        return any((u := self.lex.units.match(self.words, k)) is not None and u[1][0] in (
            "weapons", "vehicles", "personnel") for k in range(a, b))  # "deploy frigates", "Truppen entsandt"

    def place_named(self, p: Participant) -> bool:
        """Whether a participant's words are the name of a place the text mentions ("Niederösterreich")."""
        return any(m.text == p.text for place in self.doc.places for m in place.mentions)

    def names_owner(self, p: Participant) -> bool:
        """Whether a phrase names an owner: a genitive ("die Konten *des Oppositionsführers*", "the yacht *of* an
        oligarch") or, where nouns are not capitalised, a name or demonym ("a British-flagged tanker")."""
        words = (p.text or "").split()
        return any(self.lex.is_("genitive_marker", w.lower()) for w in words[1:]) or not self.lex.setting(
            "nouns_capitalised") and any(w[:1].isupper() for w in words[1:])

    def coming_time(self, a: int, b: int) -> bool:
        """Whether a time expression in clause [a, b) names a time still to come (closed class ``coming_word``:
        "am kommenden Samstag", "in the coming days"); not "nächste", which a narrative uses of the day after, nor in
        a clause with a perfect auxiliary."""
        doc = self.doc
        if has_word(doc, self.lex, "aux_perfect", a, b):
            return False  # "haben sich auf Fangquoten im kommenden Jahr geeinigt": done, for a time to come
        return any(a <= doc.token_at(t.start_char) < b and any(self.lex.is_("coming_word", w.lower())
                                                               for w in t.text.split()) for t in doc.times)

    def scheduled(self, i: int, ptype: str, noun: bool, a: int, b: int) -> bool:
        """Whether a meeting, or a meeting or a protest named by a noun (``SCHEDULED_TYPES``), in a German clause told
        in the present is set for a day: a weekday, a day of a month without its year, or a day after today ("Am
        Dienstag kommen die Bewerber … zusammen", "Krisentreffen der Arabischen Liga am Dienstag in Kairo"): still to
        come. Not an act judged (a noun as the subject of a copula: "Der Gipfel am Sonntag ist ein Erfolg"); the day
        does not open a span or a habit (closed class ``span_time_opener``: "seit Samstag", "jeden Freitag", "der
        Gipfel vom Mittwoch"); the clause tells no past (:meth:`told_in_past`) and has a verb in the present (a
        meeting's verb trigger, or a present form of ``tense.tsv``) or none at all (a headline, not one that reports
        after a colon). A noun with a day after today ("zu einer Demonstration für morgen") is to come in any tense."""
        lex, words, doc = self.lex, self.words, self.doc
        if ptype not in SCHEDULED_TYPES or not lex.setting("particle_at_clause_end") or not noun and ptype != "CONSULT":
            return False  # (a protest told by its verb in the present is reported as it happens: "Zehntausende
            # demonstrieren am Samstag in Berlin")
        if noun and self.definite(i) and self.subject_of_copula(i, a, b) or noun and (
                lex.is_("copula", words[i + 1]) if i + 1 < b else False):
            return False  # "Der Gipfel am Sonntag ist ein Erfolg": an act judged, told before
        days = [k for t in doc.times if a <= (k := doc.token_at(t.start_char)) < b and t.precision == "day"]
        kinds = [(k, lex.time.get(words[j], ("", ""))) for k in days for j in range(k, min(k + 3, b))]
        coming = [k for k, (kind, value) in kinds if kind == "relday" and int(value) > 0]
        dated = [k for k, (kind, _v) in kinds if kind in ("weekday", "month")] + coming
        if not dated or any(self.opens_span(k) for k in dated) or any(
                a <= doc.token_at(t.start_char) < b and t.start is not None and not t.relative for t in doc.times):
            return False  # a day with its year, or another in the clause ("im Jahr 1939"), may lie in the past
        if noun and coming:
            return True  # "hat für morgen, Samstag, zu einer Demonstration aufgerufen"
        if self.told_in_past(a, b):
            return False
        lowers = [k for k in range(a, b) if doc.tokens[k].kind == "word" and doc.tokens[k].text[:1].islower()]
        own_past = words[i].endswith(lex.endings("weak_past_ending") or ("\0",))  # "Am Sonntag demonstrierten Tausende"
        present = (not noun and doc.tokens[i].text[:1].islower() and not own_past) or any(
            lex.tense.get(words[k]) == "present" for k in lowers)
        s0, s1 = doc.sentence_tokens[doc.token_sentence[i]]
        verbless = all(any(lex.is_(c, words[k]) for c in ("determiner", "preposition", "coordinator"))
                       or adjective_before_noun(doc, lex, k) or words[k] in lex.time for k in lowers) and not any(
            doc.tokens[k].text == ":" for k in range(s0, s1))  # not a headline that reports: "Großdemo in Wien am
        # Samstag: 20.000 Menschen gegen Regierung"
        return present or verbless

    def noun_preposition(self, i: int, a: int) -> int | None:
        """The preposition that governs the noun at token i (:func:`preposition_before`), also over one capitalised
        place adjective before it (``place_adjective_ending``: "zu den *Pariser* Anschlägen")."""
        k = i - 1 if i - 1 > a and self.doc.tokens[i - 1].text[:1].isupper() \
            and self.words[i - 1].endswith(self.lex.endings("place_adjective_ending") or ("\0",)) else i
        return preposition_before(self.doc, self.lex, k, a)

    def awaited(self, i: int, ptype: str, a: int, b: int) -> bool:
        """Whether a meeting or visit noun (CONSULT) after a preposition of ``anterior_preposition`` stands in a clause
        told in the present or the perfect ("ist kurz vor dem Besuch von Präsident Obama in Vietnam … entlassen
        worden", "ein Geschenk an die USA vor dem Besuch des Präsidenten"): what comes after the act the article
        reports is still to come. Not in a clause with a simple past or a pluperfect, or a word of ``past_marker``
        ("Vor dem Besuch hatte er …": told looking back)."""
        lex, words, doc = self.lex, self.words, self.doc
        p = self.noun_preposition(i, a)
        if ptype != "CONSULT" or p is None or not lex.is_("anterior_preposition", words[p]):
            return False
        lowers = [j for j in range(a, b) if doc.tokens[j].kind == "word" and doc.tokens[j].text[:1].islower()]
        perfect = any(lex.is_("aux_perfect", words[j]) and lex.tense.get(words[j]) != "past" for j in lowers)
        last = last_word(doc, a, b)
        return not any(lex.is_("past_marker", words[j]) or self.weak_past(j) or lex.tense.get(words[j]) == "past"
                       and not (perfect and j == last) for j in lowers)  # ("ist … entlassen worden": a perfect)

    def opens_span(self, k: int) -> bool:
        """Whether a word of ``span_time_opener`` stands at token k or before it, over at most three prepositions,
        articles and adjectives ("seit Samstag", "bis zum 24. März", "jeden Freitag", "seit vergangenem Dienstag")."""
        lex, words = self.lex, self.words
        for j in range(k, max(k - 4, -1), -1):
            if lex.is_("span_time_opener", words[j]):
                return True
            if j < k and not (lex.is_("preposition", words[j]) or lex.is_("determiner", words[j]) or (
                    self.doc.tokens[j].text[:1].islower() and words[j].endswith(lex.endings("adjective_ending")))):
                return False  # (over an adjective too: "seit vergangenem Dienstag")
        return False

    def told_in_past(self, a: int, b: int) -> bool:
        """Whether a German clause tells the past: a word of ``past_marker`` or a past form of ``tense.tsv`` ("war",
        "traf"), a perfect (an auxiliary of ``aux_perfect`` and a participle with "ge-" or a lower-case last word:
        "sind … gut verlaufen"), or a lower-case word with a weak past ending that is a cue or a trigger of the lexicon
        or no adjective before its noun ("sagte Kerry", "demonstrierte", not "die geplante Reform"; not a present form
        of ``tense.tsv`` that looks like one: "beraten")."""
        lex, words, doc = self.lex, self.words, self.doc
        lowers = [k for k in range(a, b) if doc.tokens[k].kind == "word" and doc.tokens[k].text[:1].islower()]
        if any(lex.is_("past_marker", words[k]) or lex.tense.get(words[k]) == "past" for k in lowers):
            return True
        last = last_word(doc, a, b)
        if any(lex.is_("aux_perfect", words[k]) for k in lowers) and (any(
                ge_participle(lex, words[k]) for k in lowers) or last in lowers and not lex.is_(
                "negation", words[last])):
            return True  # "hat … Gespräche geführt", "hat am Montag demonstriert", "sind … gut verlaufen"
        return any(self.weak_past(k) for k in lowers)

    def weak_past(self, k: int) -> bool:
        """Whether lower-case word k has a weak past ending and is a cue or a trigger of the lexicon or no adjective
        before its noun ("sagte", "demonstrierte"; not "die geplante Reform", nor a present form of ``tense.tsv``)."""
        lex, words, doc = self.lex, self.words, self.doc
        return words[k].endswith(lex.endings("weak_past_ending") or ("\0",)) and len(words[k]) > 4 \
            and lex.tense.get(words[k]) != "present" \
            and (words[k] in lex.cues or words[k] in lex.triggers or not adjective_before_noun(doc, lex, k)) \
            and words[k] not in lex.time \
            and not any(lex.is_(c, words[k]) for c in ("determiner", "clause_adverb", "sentence_adverb"))

    def fighters_in(self, a: int, b: int, target: Participant | None) -> bool:
        """Whether the ones acted on are fighters: a target of an armed group's sector or, with no target, a role noun
        of one in the clause ("mutmaßliche Kämpfer", "Rebellen", "militants")."""
        from .entities import _role_at

        if target is not None:
            return target.sector in FIGHTER_SECTORS  # "nahmen bei einer Razzia gegen Rebellen drei Journalisten fest"
        return any((r := _role_at(self.doc, self.lex, k)) is not None and r[1].sector in FIGHTER_SECTORS
                   for k in range(a, b) if self.doc.tokens[k].kind == "word")

    def in_custody(self, i: int, a: int, b: int) -> bool:
        """Whether the noun of detention at token i follows a preposition of state (closed class
        ``custody_preposition``: "*in* Untersuchungshaft", "*unter* Hausarrest"; adjectives between) in an active
        clause with a verb of state or of coming (closed class ``custody_state_verb``) and no object pronoun: its
        subject is the one held ("sitzt in U-Haft", "kam in Gewahrsam"), not the one who holds ("nahm ihn in
        Gewahrsam", "schickte den Journalisten in Untersuchungshaft")."""
        k = self.determined_start(i, a) - 1
        return k >= a and self.lex.is_("custody_preposition", self.words[k]) and not self.passive(i, a, b) \
            and has_word(self.doc, self.lex, "custody_state_verb", a, b) \
            and not has_word(self.doc, self.lex, "object_pronoun", a, b)

    def holds_someone(self, i: int, a: int, b: int, target: Participant | None) -> bool:
        """Whether a verb of holding holds someone: not with a medium it records in ("auf Video", "in Bildern",
        "schriftlich festgehalten"), and in the active not with an adherence phrase and no object ("hält am Kurs
        fest", "daran festzuhalten"; "am Montag" is a time). A passive holds its subject ("wurde am Flughafen
        festgehalten")."""
        lex, words = self.lex, self.words
        if any(lex.is_("record_preposition", words[j]) for k in self.class_words("record_medium", a, b)
               for j in (k - 1, k - 2) if j >= a) or has_word(self.doc, lex, "record_adverb", a, b):
            return False  # "auf Video", "im Protokoll"; not "Laut Bild", "Trotz einer Vereinbarung"
        if self.passive(i, a, b) or target is not None or has_word(self.doc, lex, "object_pronoun", a, b):
            return True
        timed = {k for t in self.doc.times for k in range(self.doc.token_at(t.start_char),
                                                           self.doc.token_at(t.end_char - 1) + 1)}
        return not any(lex.is_("adherence_preposition", words[k]) and k + 1 not in timed
                       and not self.place_phrase(k + 1, b) for k in range(a, b))

    def place_phrase(self, k: int, b: int) -> bool:
        """Whether a phrase from token k (an article and adjectives first) opens with a noun of place
        (``locative_noun``, ``place_noun``: "an der Grenze"; not a named place one keeps to: "hält an Europa fest")."""
        while k < b and self.doc.tokens[k].kind == "word" and self.doc.tokens[k].text[:1].islower():
            k += 1  # "der", "dem", "einem kleinen"
        if k >= b:
            return False
        return any(self.lex.is_(c, self.words[k]) for c in ("locative_noun", "place_noun"))

    def combat(self, i: int, a: int, b: int, s0: int, s1: int, place) -> bool:
        """Whether a verb of fighting tells armed combat: a military or armed actor in its sentence, an opponent
        that is an actor ("gegen den IS"), or a place without a cause ("für", "um"); not "mit … zu kämpfen haben"
        (to struggle with)."""
        armed = self.armed(a, b, s0, s1)
        if not armed and i > a and self.lex.is_("infinitive_marker", self.words[i - 1]) and has_word(
                self.doc, self.lex, "aux_perfect", a, b):
            return False
        cause = any(self.lex.is_("cause_preposition", self.words[k]) and not (
            self.doc.tokens[k + 1].kind == "num" or self.words[k + 1] in self.lex.numbers) for k in range(a, b - 1)) \
            or self.clause_holds("contest_prize", a, b)  # "kämpft … um einen internationalen Umweltpreis"
        return armed or _known(self.opposed_phrase(a, b, i)) or place is not None and not cause
        # "soll in Syrien gekämpft haben", "fought in Syria for two years"; not "kämpft in Australien um einen
        # Umweltpreis", "gegen den Krebs"

    def force_after(self, end: int, b: int) -> bool:
        """Whether a genitive or von-phrase right after an event noun ending at token *end* names a force: a known
        actor, a role of the military, police or rebels, or a troop, weapon or vehicle word ("der Einsatz *der
        Bundeswehr*", "*von Bodentruppen*")."""
        from .entities import _role_at

        doc, lex = self.doc, self.lex
        if end >= b or not (lex.is_("genitive_marker", self.words[end]) or lex.is_("passive_agent", self.words[end])):
            return False
        hi = min(b, end + 5)
        return bool(refs_between(doc, end, hi)) or any(
            (r := _role_at(doc, lex, k)) is not None and r[1].sector in ("MIL", "COP", "REB")
            or (u := lex.units.match(self.words, k)) is not None and u[1][0] in ("personnel", "weapons", "vehicles")
            for k in range(end + 1, hi) if doc.tokens[k].kind == "word")

    def shelved(self, i: int, a: int, b: int) -> bool:
        """Whether the event noun at token i is the bare object (no preposition before it) of a verb that lays it
        aside: a `shelving_noun` after a `shelving_preposition` later in its conjunct, with no negation there ("hat
        seine Klagsandrohung auf Eis gelegt"; not "nach der Festnahme … die Ermittlungen auf Eis gelegt", "legte die
        Gespräche nicht auf Eis")."""
        lex, words = self.lex, self.words
        lo, hi = self.conjunct_start(i, a), self.conjunct_end(i, b)
        return preposition_before(self.doc, lex, i, lo) is None and not has_word(self.doc, lex, "negation", lo, hi) \
            and any(lex.is_("shelving_noun", words[k]) and lex.is_("shelving_preposition", words[k - 1])
                    and not any(lex.is_("coordinator", words[j]) for j in range(i + 1, k - 1))
                    for k in range(i + 2, hi))  # (not across "und": "verhängte Sanktionen und legte … auf Eis")

    def entity_of(self, p: Participant | None) -> Entity | None:
        """The entity a participant names, if any."""
        return self.doc.entity(p.entity) if p is not None and p.entity else None

    def person(self, p: Participant | None) -> bool:
        """Whether a participant is a person (named, or a role of a person: "des Bürgermeisters Andreas Haitzer")."""
        ent = self.entity_of(p)
        return ent is not None and ent.type == "person"

    def state(self, p: Participant | None) -> bool:
        """Whether a participant is a country or its government as a whole ("Russland", "Moskau", "der Kreml"; not a
        minister, a senator or a party)."""
        ent = self.entity_of(p)
        return ent is not None and ent.type in ("country", "government")

    def armed(self, a: int, b: int, s0: int, s1: int) -> bool:
        """Whether armed force is in play: a military context (:meth:`military_context`), an armed group in the
        sentence, or a role noun of the military or of rebels in clause [a, b) ("the army", "gegen die Rebellen")."""
        from .entities import _role_at

        return self.military_context(a, b, s0, s1) or any(
            (ent := self.doc.entity(eid)) is not None and ent.type == "armed_group"
            for _ts, _te, eid, _m in refs_between(self.doc, s0, s1)) or any(
            (r := _role_at(self.doc, self.lex, k)) is not None and r[1].sector in ("MIL", "REB")
            for k in range(a, b) if self.doc.tokens[k].kind == "word")

    def partner_after(self, end: int, b: int) -> Participant | None:
        """A known actor in a with-phrase close after an event noun (a genitive may stand between): "Manöver der
        USA *mit Südkorea*", "exercises *with South Korea*"."""
        for r in refs_between(self.doc, end, min(b, end + PARTNER_REACH)):
            if slot(self.doc, self.lex, r[0]) in ("pp:mit", "pp:with"):
                part = self.participant(r)
                return part if _known(part) else None
        return None

    def simile(self, i: int, a: int) -> bool:
        """An event noun in a comparison with an indefinite article ("ein Bild wie nach einem Anschlag", "like a
        war zone"): what things look like, no act told."""
        j = self.determined_start(i, a)
        if j - 1 < a or not self.lex.is_("indefinite", self.words[j - 1]):
            return False
        k = j - 2
        if k >= a and self.lex.is_("preposition", self.words[k]):
            k -= 1  # "wie nach einem Anschlag"
        return k >= a and self.lex.is_("simile_word", self.words[k])

    def offered(self, i: int, a: int) -> bool:
        """An event noun that someone declares themselves ready for (a phrase of the closed class ``offer_phrase``
        before it: "die Bereitschaft zur Zusammenarbeit", "das Angebot zu Gesprächen")."""
        j = self.before_noun_phrase(i, a)
        return j >= a and self.phrase_ends("offer_phrase", j)

    def characterisation(self, i: int, a: int) -> bool:
        """An event noun that says what something is taken for (closed class ``predicative_as`` inside its clause,
        an article and adjectives between: "habe seinen Plan als Einigung verkauft", "als möglichen
        verfassungsgefährdenden Angriff", also with a kind noun, ``kind_noun``, before it: "als eine Art Völkermord
        bezeichnet"): a label, no act told. Not "als" that opens a clause ("als Proteste
        ausbrachen")."""
        k = self.before_noun_phrase(i, a)
        if k > a and self.lex.is_("genitive_marker", self.words[k]) and self.lex.is_("kind_noun", self.words[k - 1]):
            k -= 1  # "as a kind of genocide"
        if k > a and self.lex.is_("kind_noun", self.words[k]):
            k = self.before_noun_phrase(k, a)  # "als eine Art Völkermord bezeichnet": a kind noun before it
        return k > a and self.lex.is_("predicative_as", self.words[k]) and clause_range(self.doc, k)[0] != k

    def entitlement(self, i: int, a: int) -> bool:
        """An event noun that a right is to ("das Recht auf Streik", "the right to protest"): a principle, no act."""
        j = self.before_noun_phrase(i, a)
        return j - 1 >= a and self.lex.is_("entitlement_preposition", self.words[j]) and self.words[j - 1].endswith(
            self.lex.endings("entitlement_noun") or ("\0",))

    def topic_of_talk(self, i: int, a: int) -> bool:
        """An event noun that talks, a debate or speculation are about, not referring back to a told act (not
        definite): "Debatte über Abschiebung straffälliger Asylwerber", "Verhandlungen über ein drittes Hilfspaket",
        "talks on a ceasefire" (closed classes ``topic_noun``, endings of compounds too, and ``topic_preposition``),
        or that a stand is taken on ("eine große Mehrheit für ein Abkommen", "ein Plädoyer für Verhandlungen";
        ``stance_noun``, ``stance_preposition``). What is discussed or favoured has not happened."""
        if self.definite(i) and not self.kind_genitive(i):
            return False  # "die Debatte über den Anschlag" refers back to one; "über die Abschiebung straffälliger
            # Ausländer" names a kind of act
        j = self.phrase_start(i, a)
        return j - 2 >= a and any(
            self.lex.is_(prep, self.words[j - 1]) and self.words[j - 2].endswith(self.lex.endings(noun) or ("\0",))
            for noun, prep in (("topic_noun", "topic_preposition"), ("stance_noun", "stance_preposition")))

    def kind_genitive(self, i: int) -> bool:
        """Whether a German noun at token i takes a genitive with no article, an adjective before a capitalised noun
        ("die Abschiebung *straffälliger Ausländer*"): whom a kind of act befalls, no one named; not a number or a
        quantifier ("zweier Palästinenser", "mehrerer Journalisten"), nor with an agent after it ("durch …")."""
        k = i + 1
        lex, words = self.lex, self.words
        if not (lex.setting("nouns_capitalised") and k + 1 < len(words) and self.doc.tokens[k].kind == "word"
                and self.doc.tokens[k].text[:1].islower() and self.doc.tokens[k + 1].text[:1].isupper()):
            return False
        w = words[k]
        counted = w in lex.numbers or w[:-2] in lex.numbers or lex.is_("quantifier", w[:-1])  # "zweier", "mehrerer"
        _a, b, _kind = clause_range(self.doc, i)
        agent = any(lex.is_("passive_agent", words[j]) and j + 1 < b and self.doc.tokens[j + 1].text[:1].islower()
                    for j in range(k, min(b, k + AGENT_SPAN)))  # "durch israelische Soldaten", not "von Deutschland"
        return not counted and not agent and not any(lex.is_(c, w) for c in ("determiner", "preposition")) \
            and w not in lex.pronouns and w.endswith(lex.endings("genitive_adjective_ending") or ("\0",))

    def groundless(self, a: int, b: int) -> bool:
        """Whether clause [a, b) is a German zu-infinitive after a clause that denies a reason for it (a
        ``negative_determiner``, adjectives between, before a ``reason_noun``; not in a prepositional phrase, "Trotz
        keinerlei Anlass"): "sieht keinen Anlass, ein Ermittlungsverfahren einzuleiten" — the act is not done (the
        caller keeps a told act, a definite noun, and what is ended, lifted or continued: "keinen Grund, die
        Ermittlungen einzustellen")."""
        before = self.clause_before_comma(a)
        if before is None or not self.infinitive_clause(a, b):
            return False
        pa, pb = before
        for k in range(pa, pb - 1):
            if self.lex.is_("negative_determiner", self.words[k]) and not (
                    k > pa and self.lex.is_("preposition", self.words[k - 1])):
                j = k + 1
                while j < pb - 1 and self.doc.tokens[j].text[:1].islower():
                    j += 1  # "keinen triftigen Grund"
                if self.lex.is_("reason_noun", self.words[j]):
                    return True
        return False

    def escaped(self, i: int, a: int, b: int) -> bool:
        """Whether the event noun at token i is what the subject of a verb of escaping (closed class ``escape_verb``)
        escapes, in a clause with no negation: its object, not a noun in a prepositional phrase or a genitive
        ("Anfang April entging Sarkozy einem solchen Ermittlungsverfahren"; not "nach dem Anschlag entkamen …",
        "entgingen die Vorbereitungen des Anschlags"). Its subject is the target; the act did not befall it (an
        attack escaped happened all the same: the caller keeps it)."""
        return self.clause_holds("escape_verb", a, b) and not has_word(self.doc, self.lex, "negation", a, b) \
            and not self.prepositional(i, a) and not self.attribute_of_noun(i, a)

    def first_conjunct(self, i: int, a: int) -> int | None:
        """The noun that the event noun at token i is coordinated with, when a coordinator stands right before its
        phrase: "Gerüchte über andere *Plünderungen* und Überfälle" (a German noun is capitalised; an English one is
        the word before the coordinator). What governs the first conjunct governs the second."""
        j = self.determined_start(i, a) - 1
        if j - 1 < a or not self.lex.is_("coordinator", self.words[j]) or self.doc.tokens[j - 1].kind != "word":
            return None
        if self.lex.setting("nouns_capitalised") and not self.doc.tokens[j - 1].text[:1].isupper():
            return None
        return j - 1

    def feared(self, i: int, a: int) -> bool:
        """An event noun, not definite, that a noun of fear or danger governs (closed classes ``fear_noun``, also a
        compound's end, and ``fear_preposition``, or its genitive): "die Angst vor Anschlägen", "die Gefahr eines
        Krieges", "fears of a war". What is feared has not happened."""
        if self.definite(i):
            return False
        j = self.phrase_start(i, a)
        if j - 1 >= a and self.lex.is_("fear_preposition", self.words[j - 1]):
            j -= 1
        return j - 1 >= a and self.doc.tokens[j - 1].kind == "word" and self.words[j - 1].endswith(
            self.lex.endings("fear_noun") or ("\0",)) and not (
            self.lex.setting("nouns_capitalised") and not self.doc.tokens[j - 1].text[:1].isupper())  # not "sorgen vor"

    def circumstance(self, i: int, a: int) -> bool:
        """Whether the noun at token i is a definite event noun after a preposition that sets the scene of the clause
        (closed class ``presupposing_preposition``: "*bei der* Schießerei von München", "*nach dem* Anschlag",
        "*beim* Gipfel"): the clause takes the act as given, and its modal, negation or hedge is about something
        else ("wonach es sich bei der Schießerei um einen Terrorakt handeln könnte")."""
        if self.contracted(i):
            return self.lex.is_("presupposing_preposition", self.word_before_adjectives(i))
        d = self.determined_start(i, a) - 1
        if d - 1 > a and self.lex.is_("coordinator", self.words[d]) and self.doc.tokens[d - 1].text[:1].isupper():
            return self.circumstance(d - 1, a)  # "angesichts der anhängigen Klagen und politischen Proteste": the
            # article and the preposition of the first conjunct
        return d - 1 >= a and self.definite(i) and self.lex.is_("presupposing_preposition", self.words[d - 1])

    def responded_to(self, i: int, a: int, b: int) -> bool:
        """Whether the noun at token i is a definite event noun that a verb of responding in its clause takes as its
        object (closed classes ``response_preposition`` before the article and ``response_verb``: "nicht *auf das*
        Ultimatum *antworten*", "did not respond to the ultimatum"), or that a verb of pointing points to
        (``pointing_verb``: "wies *auf das* Massaker *hin*"): the act is given, and the clause's negation or condition
        is about the response."""
        d = self.determined_start(i, a) - 1
        return d - 1 >= a and self.definite(i) and self.lex.is_("response_preposition", self.words[d - 1]) \
            and (self.clause_holds("response_verb", a, b) or self.clause_holds("pointing_verb", a, b))

    def genitive_attribute(self, i: int, a: int) -> bool:
        """Whether the noun at token i, with its article, is the genitive of the noun before it ("eine mögliche
        Blockade *des Atomabkommens*", "the blockade *of the deal*"), of whatever kind that noun is."""
        d = self.determined_start(i, a) - 1
        if d - 1 < a:
            return False
        if not self.lex.setting("nouns_capitalised"):
            return self.lex.is_("genitive_marker", self.words[d]) or self.lex.is_("genitive_marker", self.words[d - 1])
        return self.lex.genitive_article(self.words[d]) and self.doc.tokens[d - 1].text[:1].isupper() \
            and self.doc.tokens[d - 1].kind == "word"

    def attribute_of_noun(self, i: int, a: int) -> bool:
        """Whether the noun at token i (its article and adjectives before it) is an attribute of another common
        noun: its genitive ("der Drahtzieher *der Anschläge*", "the mastermind *of the attacks*") or, where nouns
        are capitalised, a prepositional phrase after it ("einen Bezug *zu diesem Anschlag*"). A modal, negation
        or hedge of the clause is then about that other noun. Not after a noun that starts what it names (closed
        class ``inception_noun``: "die Wiederaufnahme der Gespräche" is as hypothetical as its clause), nor after
        an event noun, whose own act it is about ("Verhandlungen über das Abkommen")."""
        d = self.determined_start(i, a) - 1
        if d - 1 < a or not self.lex.is_("determiner", self.words[d]):
            return False
        prev = self.words[d - 1]
        if not self.lex.setting("nouns_capitalised"):
            h = d - 2
            return self.lex.is_("genitive_marker", prev) and h >= a and _modifier(self.doc, self.lex, h) \
                and not self.lex.is_("inception_noun", self.words[h])
        preposition = self.lex.is_("preposition", prev) and not self.lex.is_("subordinator", prev)
        if not (preposition or self.lex.genitive_article(self.words[d])):
            return False
        h = d - 2 if preposition else d - 1  # the other noun
        tok = self.doc.tokens[h] if h >= a else None
        return tok is not None and tok.kind == "word" and tok.text[:1].isupper() \
            and (h not in self.name_tokens or self.name_compound(h)) \
            and self.words[h] not in self.lex.triggers and not any(self.lex.is_(c, self.words[h]) for c in (
                *NOT_ADJECTIVE_CLASSES, "coordinator", "relative", "inception_noun"))

    def force_phrase(self, part: Participant) -> bool:
        """Whether a described participant names troops, weapons or vehicles ("Truppen", "zwei Fregatten")."""
        words = part.text.lower().split()
        return any((u := self.lex.units.match(words, k)) is not None and u[1][0] in ("personnel", "weapons", "vehicles")
                   for k in range(len(words)))

    def cyber_context(self, k: int, a: int, b: int, lead: bool = False) -> bool:
        """Whether an unspecified attack is a cyber attack: a word with a stem of the closed class ``cyber_stem``
        ("Hacker", "Schadsoftware", "malware"; in English not in a capitalised name) in its sentence, or a cyber
        attack noun (one ending in ``attack_ending``: "Cyberattacken") in the sentence before or after, or, with
        *lead* (an attack on no one named, or on a thing of a country), in the headline and lead, which say what the
        article is about ("Cyberangriff auf den Bundestag" … "Die Sofacy-Gruppe hatte das Parlakom-Netz
        angegriffen"; not "griffen Unbekannte einen Wachmann an"), and no troops, weapons or military actor in its
        clause. (The caller asks it only for an attacker that is no state or armed group: "Russland griff die Ukraine
        an. Zugleich legten Hacker … lahm" stays force.)"""
        stems = tuple(self.lex.closed.get("cyber_stem", ()))
        if not stems or self.military_context(a, b, a, b):
            return False
        sents = self.doc.sentence_tokens
        names = not self.lex.setting("nouns_capitalised")

        def cyber(j: int, attack: bool) -> bool:
            w = self.words[j]
            if names and j > sents[k][0] and self.doc.tokens[j].text[:1].isupper():
                return False  # "the National Cyber Security Centre": a name
            return any(stem in w for stem in stems) and (not attack or w.endswith(self.lex.endings("attack_ending")))
        s0, s1 = sents[k]
        return any(cyber(j, False) for j in range(s0, s1)) or any(
            cyber(j, True) for kk in {k - 1, k + 1, *(range(LEAD_SENTENCES + 1) if lead else ())}
            if 0 <= kk < len(sents) for j in range(*sents[kk]))

    def verbal_attack(self, i: int, end: int, b: int, target: Participant | None, noun: bool) -> bool:
        """Whether an unspecified attack is criticism: an adjective before it says it is made of words (closed class
        ``verbal_attack_adjective``: "persönliche Angriffe", "a scathing attack"), or what it falls on is a plan,
        policy, decision or right (closed class ``policy_object``, also as a compound's end: "Regierungspläne")
        within the next words, after a noun's ``attack_preposition`` ("attacked Tory plans", "an attack on the cost
        of the asylum system", "griff die Pläne der Regierung an"; not "Militärschlag über die Außenpolitik"), or,
        for a verb, a political party without weapons, troops or a military actor in the sentence ("attacked
        Labour"; not "Angriffe auf den Parteivorstand", which hackers make)."""
        if any(self.lex.is_("verbal_attack_adjective", self.words[j]) for j in range(max(0, i - 3), i)):
            return True  # "persönliche Angriffe", "a scathing attack": words, not force
        if noun and not (end < b and self.lex.is_("attack_preposition", self.words[end])):
            return False  # a noun's target follows its preposition ("attack on", "Angriff auf")
        s0, s1 = self.doc.sentence_tokens[self.doc.token_sentence[i]]
        if self.military_context(s0, s1, s0, s1):
            return False
        last = min(b, end + VERBAL_ATTACK_WINDOW)
        stop = next((k for k in range(end, last) if self.doc.tokens[k].kind == "punct"
                     or any(self.lex.is_(c, self.words[k]) for c in AUXILIARY_CLASSES)), last)
        # up to the next verb or punctuation: "the attack on the refinery *will* cost …" falls on the refinery
        if self.clause_holds("policy_object", min(end, b), stop) or self.clause_holds("policy_object", i + 1, end):
            return True
        return not noun and target is not None and target.sector == "PTY"

    def foiled(self, i: int, a: int) -> bool:
        """Whether an adjective of the noun at token i says its act was foiled or only attempted (closed class
        ``foiled_word``: "des vereitelten Anschlags", "wegen versuchten Mordes"); only in the noun's own phrase,
        after its article or preposition, not a finite verb before it ("Die Türkei versuchte mit Luftangriffen …")."""
        j = self.determined_start(i, a)
        opened = j == a or self.lex.is_("determiner", self.words[j - 1]) or self.lex.is_("preposition", self.words[
            j - 1]) or self.doc.tokens[j - 1].kind == "num"
        return opened and any(self.lex.is_("foiled_word", self.words[k]) for k in range(j, i))

    def of_other_noun(self, i: int, a: int) -> bool:
        """Whether the noun at token i heads a prepositional phrase that belongs to another noun before it, one with
        an article, a possessive or a possessor ("'s", a German name in the genitive): "ein Ja *zu dem Vertrag*", "an
        address *to the summit*", "China's part *in the talks*" (a German noun is capitalised; not "arbeiten seit
        Jahren an dem Handelsabkommen"; nor a phrase of time or reason, which is the clause's: "zogen eine Bilanz
        nach den Gesprächen")."""
        k = preposition_before(self.doc, self.lex, i, a)
        if k is None or k - 1 < a or self.occasion(i, a) or self.doc.tokens[k - 1].kind != "word" or self.lex.is_(
                "determiner", self.words[k - 1]) or (self.lex.setting("nouns_capitalised")
                                                     and not self.doc.tokens[k - 1].text[:1].isupper()):
            return False
        d = self.determined_start(k - 1, a) - 1
        before = self.words[d] if d >= a else ""
        clitic, suffix = self.lex.endings("genitive_clitic"), self.lex.endings("genitive_suffix")
        return self.lex.is_("determiner", before) or self.lex.pronoun_kind(before) == "possessive" \
            or bool(clitic) and before.endswith(clitic) or d >= a and bool(self.lex.setting("nouns_capitalised")) \
            and self.doc.tokens[d].text[:1].isupper() and bool(suffix) and before.endswith(suffix)
        # "Irans Verstöße gegen das Abkommen": a name in the genitive before the noun

    def victim_of(self, i: int, a: int, b: int) -> bool:
        """Whether the event noun at token i is the genitive of a noun of whom an act befalls (closed class
        ``victim_noun``, joined by its genitive or a ``victim_preposition``) that a copula makes the clause's
        predicate: "ist Ziel *eines Anschlags* geworden", "wurde Opfer *eines Angriffs*", "became the target *of an
        attack*"; not "besuchte die Opfer des Anschlags", "its target for aid"."""
        k = self.determined_start(i, a) - 1
        if k >= a and self.lex.is_("determiner", self.words[k]):
            k -= 1
        if k > a and self.lex.is_("victim_preposition", self.words[k]):
            k -= 1  # "the target of", "Ziel von Angriffen"
        if k >= a and self.lex.is_("definite_contraction", self.words[k]):
            k -= 1  # "zum Ziel"
        return k >= a and self.lex.is_("victim_noun", self.words[k]) and self.clause_holds("copula", a, b) \
            and not any(self.lex.pronoun_kind(self.words[j]) == "possessive" for j in range(max(a, k - 2), k))

    def phrase_start(self, i: int, a: int) -> int:
        """The first token of the noun phrase of token i: its adjectives and one article or number before them
        ("über *ein drittes* Hilfspaket", "vor *zwei* Anschlägen")."""
        j = self.determined_start(i, a)
        if j - 1 >= a and (self.lex.is_("determiner", self.words[j - 1]) or self.words[j - 1] in self.lex.numbers):
            j -= 1
        return j

    def determined_start(self, i: int, a: int) -> int:
        """The first of the adjectives before token i (i itself when there are none): "einem *schweren* Anschlag"."""
        j = i
        while j - 1 >= a and self.doc.tokens[j - 1].kind == "word" and self.doc.tokens[j - 1].text[:1].islower() \
                and not self.lex.is_("determiner", self.words[j - 1]) \
                and not self.lex.is_("preposition", self.words[j - 1]) \
                and self.words[j - 1].endswith(self.lex.endings("adjective_ending") or ("",)):
            j -= 1
        return j

    def agentless_harm(self, s0: int, i: int) -> bool:
        """Whether an accident, flood, storm, landslide or quake (closed class ``accident_or_disaster``, also as a
        compound's end: "Sturmflut", "Verkehrsunfall") is named in the sentence before token i: whom it kills and
        what it destroys or blocks, nobody attacks."""
        return self.clause_holds("accident_or_disaster", s0, i)

    def clause_holds(self, cls: str, a: int, b: int) -> bool:
        """Whether tokens a..b hold a word of the closed class, or (in a language of compound nouns) a compound
        ending in one ("US-Botschafter", "Kampfjets")."""
        return next(self.class_words(cls, a, b), None) is not None

    def class_words(self, cls: str, a: int, b: int) -> Iterator[int]:
        """The tokens in a..b that are words of the closed class, or (in a language of compound nouns) compounds
        ending in one."""
        if not self.lex.setting("compound_nouns"):
            return (k for k in range(a, b) if self.lex.is_(cls, self.words[k]))
        endings = tuple(self.lex.closed.get(cls, ()))
        return (k for k in range(a, b) if self.doc.tokens[k].kind == "word" and self.words[k].endswith(endings))

    def negated(self, i: int, a: int, b: int, noun: bool = False, own: bool = False, ptype: str = "") -> bool:
        """A negation in the trigger's clause; for a noun, one that determines it ("keine Angriffe") or, when
        the noun is no prepositional object ("Nach den Anschlägen … sind nicht alle Fragen geklärt") and (``own``)
        no other noun's attribute, the clause's."""
        if noun:
            j = i - 1
            while j >= a and i - j <= 3 and self.doc.tokens[j].kind in ("word", "num") and not any(
                    self.lex.is_(c, self.words[j]) for c in ("negation", "preposition")) and (
                    self.doc.tokens[j].text[:1].islower() or self.doc.tokens[j].kind == "num"):
                j -= 1
            if j >= a and (self.lex.is_("negation", self.words[j]) and not (
                    j > a and self.lex.is_("determiner", self.words[j - 1]) and j + 1 < i)
                           or self.lex.is_("privative_preposition", self.words[j])):
                return True  # "keine Angriffe", "ein Austritt ohne Abkommen"; not "eine nicht genehmigte
                # Demonstration", whose adjective is negated
            if own:
                return False
            if j >= a and self.lex.is_("preposition", self.words[j]):
                b = i  # a prepositional object or adjunct: only a negation before it reaches it ("sich nicht auf
                # ein Abkommen geeinigt", not "Nach den Anschlägen … sind nicht alle Fragen geklärt")
        elif self.privative_clause(i, a, b):
            return True  # "ohne festgenommen zu werden", "without being arrested": what is done without it is not
        for j in range(a, b):
            if self.lex.is_("negation", self.words[j]):
                nxt = self.words[j + 1] if j + 1 < len(self.words) else ""
                if self.lex.is_("negation_limiter", nxt):
                    continue  # "nicht nur … sondern auch", "nicht zuletzt": no negation
                if noun and self.prevent_object(i, a, b):
                    continue  # "konnte den Anschlag nicht verhindern": the preventing is negated, the act happened
                if j > a and self.lex.is_("determiner", self.words[j - 1]) and j + 1 != i and adjective_before_noun(
                        self.doc, self.lex, j + 1) and not any(self.lex.is_(c, nxt) for c in NOT_ADJECTIVE_CLASSES):
                    continue  # "verurteilte das nicht rechtskräftige Urteil": between an article and its noun the
                    # adjective is negated (not "griff nicht zivile Ziele an")
                if j > a and self.lex.is_("predicative_as", self.words[j - 1]) and j + 1 != i \
                        and clause_range(self.doc, j - 1)[0] != j - 1:
                    continue  # "als nicht hilfreich kritisiert": the label is negated, not the act (not "Als nicht
                    # einmal die UNO … verurteilte": a clause; nor "gilt als nicht verhaftet": the label is the act)
                if self.parenthetical(j, i) and j + 1 < len(self.words) and self.doc.tokens[j + 1].kind == "word" \
                        and not self.lex.is_("preposition", nxt):
                    continue  # "(nicht rechtskräftig) zu drei Jahren Haft verurteilt": an aside about the verdict
                    # (not "hat die Sanktionen (noch nicht) aufgehoben", "(auch nicht im Zuge …)")
                if noun and j > i and (self.lex.is_("cessation_word", nxt) or self.lex.is_("completion_word", nxt)
                                       and ptype != "AGREE") and not self.attribute_of_noun(i, a):
                    continue  # "Der Krieg ist noch nicht vorbei", "Die Ermittlungen sind nicht abgeschlossen": not
                    # over, it goes on ("Die Gefahr eines Angriffs ist nicht vorüber" is about the danger; an
                    # agreement "nicht abgeschlossen" is not concluded)
                if noun and j > i and (has_word(self.doc, self.lex, "observance_verb", j + 1, b) or ptype == "AGREE"
                                       and has_word(self.doc, self.lex, "compliance_verb", j + 1, b)):
                    continue  # "Das Minsker Abkommen ist immer noch nicht vollständig umgesetzt", "Das
                    # Demonstrationsverbot wurde nicht eingehalten": the agreement or the ban was made, what is denied
                    # is keeping it (not "Die angekündigte Abschiebung wurde nicht umgesetzt": it was not done)
                if (j + 2 == i or noun and j > i) and self.lex.is_("manner_of_act", nxt):
                    continue  # "nicht rechtmäßig gestreikt": they struck, not lawfully; "habe die Drohung nicht
                    # ernst gemeint": there was a threat
                if j > i and any(self.lex.is_("contrast", self.words[c]) and (
                        self.words[c - 1] == "," or not self.lex.setting("verb_second")) for c in range(i + 1, j)):
                    continue  # "held talks but did not reach an agreement", "griff die Stadt an, aber nicht …": the
                    # next conjunct's (not the adverb "einigten sich aber nicht")
                if not noun and j > i and any(self.lex.is_("coordinator", self.words[c]) and self.verb_follows(c + 1, b)
                                              and not adjective_before_noun(self.doc, self.lex, c + 1)
                                              for c in range(i + 1, j)):
                    continue  # "kritisierte die USA und schloss einen Angriff nicht aus": the next predicate's
                if noun and j > i and self.definite(i) and any(
                        self.words[k] in self.lex.triggers and self.doc.tokens[k].text[:1].islower()
                        for k in range(j + 1, b)):
                    continue  # "hat den Angriff nicht verurteilt": the negation is the reaction's, the attack given
                if noun and self.lex.is_("negative_determiner", self.words[j]) and self.determined_noun(j, b) != i:
                    continue  # "sehen keine Verbindung zu den Anschlägen": "keine" negates its own noun ("griff
                    # keine Ziele an" negates the verb)
                return True
        return False

    def parenthetical(self, j: int, i: int) -> bool:
        """Whether token j stands inside parentheses of its sentence that do not hold token i."""
        tokens = self.doc.tokens
        s0, s1 = self.doc.sentence_tokens[self.doc.token_sentence[j]]
        left = next((k for k in range(j - 1, s0 - 1, -1) if tokens[k].text in ("(", ")")), None)
        right = next((k for k in range(j + 1, s1) if tokens[k].text in ("(", ")")), None)
        return left is not None and right is not None and tokens[left].text == "(" and tokens[right].text == ")" \
            and not left < i < right

    def unevidenced(self, i: int, a: int, b: int) -> bool:
        """Whether the event noun at token i stands in a phrase of a negated noun of evidence: "keine Hinweise auf
        einen Terroranschlag", "Für einen Anschlag gebe es keine Hinweise", "no sign of an attack"."""
        j = preposition_before(self.doc, self.lex, i, a)  # "auf einen *terroristischen* Anschlag"
        if j is None or not self.lex.is_("evidence_preposition", self.words[j]):
            return False
        return any(any(self.lex.is_("negation", self.words[j]) for j in range(max(a, k - 2), k))
                   for k in self.class_words("evidence_noun", a, b))

    def privative_clause(self, i: int, a: int, b: int) -> bool:
        """Whether the verb at token i is what a privative preposition says was not done: a German zu-infinitive or
        dass-clause it opens ("ohne festgenommen zu werden", "ohne dass jemand verletzt wurde"), an English gerund
        right after it ("without being arrested", "without firing"), a German verb right after it ("sich einigeln
        statt angreifen"); not a noun it governs ("ohne Haftbefehl festgenommen", "Ohne Vorwarnung griffen … an",
        "soldiers without insignia seized")."""
        lex, words = self.lex, self.words
        if not lex.setting("nouns_capitalised"):
            return i > a and (lex.is_("privative_preposition", words[i - 1]) and words[i].endswith("ing") or i - 1 > a
                              and lex.is_("privative_preposition", words[i - 2])
                              and lex.is_("gerund_auxiliary", words[i - 1]))
        if i > a and lex.is_("privative_preposition", words[i - 1]) and self.doc.tokens[i].text[:1].islower() \
                or i - 1 > a and lex.is_("privative_preposition", words[i - 2]) \
                and lex.is_("infinitive_marker", words[i - 1]):
            return True  # "sich einigeln statt angreifen", "statt zu verhandeln": the verb right after it
        if not lex.is_("privative_preposition", words[a]):
            return False
        return a + 1 < b and lex.is_("complementizer", words[a + 1]) or has_word(self.doc, lex, "infinitive_marker",
                                                                                  a, b) or self.infinitive(i, a)

    def determined_noun(self, j: int, b: int) -> int:
        """The token of the noun a determiner at j opens (adjectives and numbers between)."""
        k = j + 1
        while k < b - 1 and (self.doc.tokens[k].kind == "num" or self.doc.tokens[k].text[:1].islower()
                             and self.words[k].endswith(self.lex.endings("adjective_ending") or ("",))):
            k += 1
        return k

    def run(self) -> list[Event]:
        doc = self.doc
        for k, (s0, s1) in enumerate(doc.sentence_tokens):
            if k in doc.opinion_sentences:
                continue
            last_noun_end = -10
            for i, end, toks, trig in self.triggers_in(s0, s1):
                if trig.pos == "noun" and i - last_noun_end <= 2 and self.chain(last_noun_end, i):
                    last_noun_end = end  # "Austausch militärischer Unterstützung": one event, coded by its head
                    continue
                self.resolve_subject_pronoun(i)
                ev = self.code(i, end, toks, trig, k)
                if ev is None:
                    continue
                if self.noun_use(i, trig, s0):
                    self.noun_triggers.add(i)
                self.events.append(ev)
                if trig.pos != "noun":
                    sources = [ev, *self.inherit(ev, self.coordinated_sources(ev, i))]
                    self.events.extend(sources[1:])
                    self.events.extend(t for e in sources for t in self.inherit(ev, self.coordinated_targets(e, end)))
                elif not self.prepositional(i, ev.clause[0]) and (
                        more := self.inherit(ev, self.coordinated_sources(ev, i))):
                    # an event noun as the object of the clause's verb: "Großbritannien und Kanada verhängten
                    # Einreiseverbote" (each subject, when it is the noun's source); a mutual act's co-subject is its
                    # partner ("Russia and China began joint exercises")
                    if trig.args != "mutual" and ev.type not in MUTUAL_TYPES:
                        self.events.extend(more)
                    elif ev.target is None:
                        ev.target = more[0].source
                last_noun_end = end if trig.pos == "noun" else -10
        self.joint_exercises()
        self.speech_acts()
        self.coordinated_speakers()
        self.ruled_out_acts()
        self.threatened_acts()
        self.conditional_threats()
        self.accused_acts()
        self.demanded_acts()
        self.promised_acts()
        self.single_category()
        self.infer()
        for ev in self.events:  # "fordern aber weiterhin eine Änderung …", "Derzeit", "Gleichberechtigung": no one
            ev.source = None if self.no_one(ev.source, ev.sentence) else ev.source
            ev.target = None if self.no_one(ev.target, ev.sentence) or (
                ev.type not in TOWN_TARGET_TYPES and not ev.cameo.startswith(FORCE_CODES) and self.town(ev.target)) \
                else ev.target
            if ev.source is not None and ev.target is not None and ev.target.text in ev.source.text \
                    and not ev.target.inferred and (ev.target.entity != ev.source.entity
                                                    or ev.target.text == ev.source.text):
                ev.target = None  # "Caritas, Rotes Kreuz und Volkshilfe forderten": a part of the source is no target;
                # nor is the source itself ("Die Gewerkschaft hat sich geweigert zu verhandeln")
        # "Schüler besuchten Workshops", "Werbematerial wurde verteilt": without a known actor, after the
        # accusations, demands and inferences that fill participants in, no political act; what a known actor
        # says or asks for is one ("Selenskyj rief die Verbündeten auf, Flugabwehr zu liefern"); an act on or by
        # an animal is none ("Mehrfach wurden geschützte Greifvögel getötet")
        self.events = [ev for ev in self.events if (id(ev) not in self.needs_known or self.names_actor(ev)
                                                    and (_known(ev.source) or _known(ev.target))
                                                    or self.said_by_actor(ev))
                       and (id(ev) not in self.needs_both or _apart(ev.source, ev.target))
                       and (id(ev) not in self.needs_people or self.people(ev.source) and self.people(ev.target))
                       and (id(ev) not in self.needs_role or _described(ev.source) or _described(ev.target)
                            or ev.place is not None)  # "Bebaute Flächen blockieren das kühle Lüfterl": things block
                       # things; "Die Zensurbehörde blockiert …", "die Blockade des Gazastreifens" stay
                       and (id(ev) not in self.actor_bound or self.names_actor(ev))
                       and (id(ev) not in self.doer_bound or self.names_actor(ev)
                            or self.own_act_announced(ev) or self.spoken(ev))  # "Die Regierung kündigte an, …
                       # abzuziehen", "…, mahnte Thiele"
                       and not self.domestic_visit(ev) and not self.sporting(ev)
                       and not (id(ev) in self.backing and ev.modality == "actual" and not self.charged(ev))
                       and not (id(ev) in self.possible_mentions and (ev.modality == "hypothetical"
                                                                       or self.in_feared_claim(ev)))
                       # "Auch etwaige Angriffe seiner Parteikollegen wären schwierig", "Ein Schuldspruch könnte sich
                       # negativ auswirken", "da sie Unruhen befürchtete": a possibility named, no act told
                       and not (ev.cameo == RESIGN and ev.source is not None and ev.source.sector in PRIVATE_SECTORS)
                       and not (self.animal(ev.source) or self.animal(ev.target))
                       and not (not any(p is not None and (_known(p) or p.sector) for p in (ev.source, ev.target))
                                and self.animal_doer(ev))]
        sport, screen = self.sports_report(), screen_report(self.doc.words, self.lex)
        if sport or screen:
            # a match report's attacks, meetings, contracts and resignations are the game's, a film's or a video
            # game's are its plot: only acts of states, armies, police, courts, parties, armed groups and
            # international organisations stay, and violence more specific than an attack ("Selbstmordanschlag",
            # "getötet"): in sport always, in a film text where it has a place (a bombing at a premiere in Kabul)
            # (in sport a president or chairman whom the knowledge base does not know heads a club: "Neustadts
            # Präsident Hans Reinisch einigte sich mit seinem Sturm-Pendant")
            self.events = [ev for ev in self.events if any(
                p is not None and p.sector in POLITICAL_SECTORS and not (sport and (
                    self.unlisted_person(p) or self.team(p)))
                for p in (ev.source, ev.target))
                or ev.type == "ASSAULT" and ev.cameo != GENERIC_ATTACK and (sport or ev.place is not None)]
        emergency = {id(ev) for ev in self.events if ev.type == "COERCE" and ev.mode in EMERGENCY_MODES}
        if emergency and self.disaster_report():
            # PLOVER: "State of emergencies in relation to national disasters should generally not be coded as
            # COERCE": a curfew or state of emergency in a report on a flood, a storm or a quake protects people
            # (the article's words are counted only when it has such an event)
            self.events = [ev for ev in self.events if id(ev) not in emergency]
        # "Privatsender fordern Schadenersatz", "würden höhere Gebühren verlangen": a private claim for a charge is no
        # political demand; a state, party, union, public body, NGO, armed group or protesters that ask for money
        # make one ("Die Demonstranten verlangten höhere Entschädigungen"), and so do kidnappers asking a ransom
        self.events = [ev for ev in self.events if not self.private_money_claim(ev) and not self.business_act(ev)
                       and not self.generic_voice(ev)]
        if not sport and commerce_report(self.doc.words, self.lex):
            # a report on a company or a product: its demands, praise, talks and settlements are business; acts
            # with a state, a public body, a party, a union or an armed group stay, and so do strikes and violence
            self.events = [ev for ev in self.events if any(self.public(p) for p in (ev.source, ev.target))
                           or ev.type == "PROTEST" or ev.type == "ASSAULT" and ev.cameo != GENERIC_ATTACK]
        events = self.merge()
        for ev in events:
            if ev.source is not None and ev.target is not None and ev.source.inferred != ev.target.inferred and (
                    ev.source.entity is not None and ev.source.entity == ev.target.entity
                    or ev.source.text == ev.target.text):
                # one actor in both roles, one of them taken from elsewhere: that one goes ("Toifl ist …
                # beschuldigt", with the speaker of "er bestreitet den Vorwurf" inferred as the accuser)
                if ev.source.inferred:
                    ev.source = None
                else:
                    ev.target = None
        verdicts = [ev for ev in events if id(ev) in self.verdicts and ev.modality == "actual" and not ev.negated]
        if verdicts:
            # PLOVER: "When an accusation or allegation is also reported alongside a formal conviction, ACCUSE 'allege'
            # should not be coded": the charges on which a court convicted someone ("Holmes 165 Mal angeklagt" after
            # "zu lebenslanger Haft verurteilt"; "wurde Ehebruch vorgeworfen" after "zum Tode verurteilt")
            events = [ev for ev in events if not any(self.proven_charge(ev, v) for v in verdicts)]
            for k, ev in enumerate(events, 1):
                ev.id = f"V{k}"
        if (share := public_share(self.doc, self.lex)) is not None and share < PUBLIC_SHARE:
            # an article that names hardly any state, public body, party, armed group or other actor of public life
            # (a review, a product test, an anecdote): its praise, requests, threats and talks are private; acts with
            # such a participant stay, and so do violence, coercion and protests that have a place (a bombing in Kabul
            # recalled in a review; a game's or a novel's attacks have none); after coreference, so that a headline's
            # act keeps the union its lead names ("Demonstration vor der Konzernzentrale" and "Verdi will …")
            events = [ev for ev in events if any(self.public(p) or self.claimant(p) for p in (ev.source, ev.target))
                      or ev.type in ("ASSAULT", "COERCE", "PROTEST") and ev.place is not None]
            for k, ev in enumerate(events, 1):
                ev.id = f"V{k}"
        # "verteidigte Kerry auch das Atomabkommen mit dem Iran", "das Rückführungsabkommen vorziehen": after the
        # lead, a definite agreement noun that points back to no agreement the article tells is a treaty named, no
        # act of it (the headline and lead tell the news: "The agreement between Egypt and Qatar was announced")
        events = [ev for ev in events if not (ev.type == "AGREE" and ev.cameo == SIGN_AGREEMENT and not ev.mentions
                                              and ev.sentence > LEAD_SENTENCES and self.refers_back(ev)
                                              and not ev.negated)]
        for ev in events:
            self.compound_roles(ev)
        return events

    def private_money_claim(self, ev: Event) -> bool:
        """Whether a request asks for a charge (closed class ``charge_noun`` in its clause, :meth:`clause_holds`:
        "Gebühren", "Schadenersatz", "Mitgiftzahlung") with no participant of public life (:meth:`public`), no NGO,
        armed group or protesters, and no ransom (closed class ``ransom_word``, also as a compound's start: a
        kidnapper's demand is coercion). A sum alone may be a policy ("eine Kostengrenze von einer Million Euro")."""
        if ev.type != "REQUEST" or any(self.claimant(p) for p in (ev.source, ev.target)):
            return False
        a, b = ev.clause
        ransom = tuple(self.lex.closed.get("ransom_word", ())) or ("\0",)
        return (self.clause_holds("charge_noun", a, b) or self.price(ev, a, b)) and not any(
            w.startswith(ransom) for w in self.words[a:b])

    def proven_charge(self, charge: Event, verdict: Event) -> bool:
        """Whether an allegation is a charge that a verdict of the article proved (PLOVER codes the conviction only):
        an allegation of a crime (CAMEO 112x) that a prosecutor, the police or no one named makes, against no body of
        the state and no counted group ("hunderte Anhänger", "50 Demonstranten"), with no word before it in its clause
        that makes it another occurrence or an addition ("weitere", "zudem", "in einem anderen Verfahren"); against
        whom the verdict convicts: the same actor, a description that shares a word that names no role, or, where
        one names no one, a charge against no one named or against someone the verdict's sentence names; a bare
        "accuse" (112) only in the verdict's sentence or the next ("zum Tode verurteilt. Zwei von ihnen wurde Ehebruch
        vorgeworfen")."""
        doc, lex = self.doc, self.lex
        x, y = charge.target, verdict.target
        legal = charge.source is None or charge.source.sector in LEGAL_SECTORS
        if not charge.cameo.startswith(ALLEGATION_CODE) or not legal:
            return False
        if charge.cameo == ALLEGATION_CODE and not 0 <= charge.sentence - verdict.sentence <= 1:
            return False
        if x is not None and (x.sector in POLITICAL_SECTORS or _counted(lex, x) is not None):
            return False  # "Die Polizei wird beschuldigt, …", "Anklage gegen 50 Demonstranten"
        a, _b = charge.clause
        i = doc.token_at(charge.trigger[0])
        if any(lex.is_("additive_particle", w) or lex.is_("other_occurrence", w) for w in self.words[a:i]):
            return False
        if x is None:
            return not self.counted_people(a, charge.clause[1])  # not "hat hunderte Anhänger … angeklagt"
        if y is None:
            ent = doc.entity(x.entity) if x.entity else None
            return ent is not None and any(m.sentence == verdict.sentence for m in ent.mentions)
        return _same(x, y) or any(lex.roles.match([w.lower()], 0) is None for w in _shared_words(x.text, y.text))

    def counted_people(self, a: int, b: int) -> bool:
        """Whether tokens [a, b) count people: a number (figures or a number word) before a capitalised noun that
        counts no times (closed class ``iteration_noun``: "hunderte Anhänger", not "165 Mal")."""
        lex, toks = self.lex, self.doc.tokens

        def many(k: int) -> bool:  # a number over one ("hunderte", "50"; not the article "ein")
            got = lex.numbers.get(self.words[k])
            return toks[k].kind == "num" and self.words[k] != "1" or got is not None and max(
                got[0] or 0, got[1] or 0) > 1

        return any(many(k) and toks[k + 1].kind == "word" and toks[k + 1].text[:1].isupper()
                   and not lex.is_("iteration_noun", self.words[k + 1]) for k in range(a, b - 1))

    def generic_voice(self, ev: Event) -> bool:
        """Whether a speech act's source is an unnamed kind of people with no article, at most a quantifier (closed
        classes ``generic_group_noun``, ``generic_quantifier``: "Kritiker werfen Erdogan immer wieder vor, …", "Viele
        Experten fordern, …", "Critics accuse …"), or a quantifier alone ("Viele werfen der Partei vor, …"): a
        standing view in the background, no act of anyone named."""
        if ev.type not in SPEECH_ACT_TYPES or ev.source is None or ev.source.entity:
            return False
        words = [w.lower() for w in re.findall(r"\w+", ev.source.text or "")]
        if len(words) == 1 and self.lex.is_("generic_quantifier", words[0]):
            return True  # "Viele werfen der Partei vor, …": a quantifier alone, people of no kind
        if not (words and self.lex.is_("generic_group_noun", words[-1]) and all(
                self.lex.is_("generic_quantifier", w) for w in words[:-1])):
            return False
        s0, s1 = self.doc.sentence_tokens[ev.sentence]
        for k in range(s0, s1 - len(words)):
            if self.words[k:k + len(words)] == words:
                nxt = k + len(words)  # a phrase after it names whose or which ("Experten bei den Vereinten Nationen",
                # "Kritiker wie die Opposition", "Critics, such as Labour,"): no unnamed kind
                return not (self.doc.tokens[nxt].kind != "word" or any(self.lex.is_(c, self.words[nxt]) for c in (
                    "preposition", "genitive_marker", "subordinator")))
        return True

    def price(self, ev: Event, a: int, b: int) -> bool:
        """Whether a German request closes its clause right after a bare number, no time ("die für die Fahrt 6500
        verlangt hätten"): a price asked (not "Mehr als 10.000 forderten …", "forderten 8 Prozent mehr", a sum of
        money, which may be a wage or a public fund asked for)."""
        i = self.doc.token_at(ev.trigger[0])
        return bool(self.lex.setting("particle_at_clause_end")) and a < i and self.doc.tokens[i - 1].kind == "num" \
            and not self.in_time((i - 1, i)) and (i == last_word(self.doc, a, b) or self.final_before_auxiliaries(
                i, a, b))

    def domestic_visit(self, ev: Event) -> bool:
        """Whether a visit has no host: no one visited (or only a place), and its place lies in the visitor's own
        country ("Mikl-Leitner und Doskozil besuchen am Dienstag Grenze bei Spielfeld": ministers inspecting their own
        border; "Macron besuchte Lyon")."""
        if not self.visit(ev) or ev.source is None or not ev.source.country:
            return False  # (a visit to come, coded as the intent to meet, too)
        if ev.target is not None:  # the place itself as the one visited: "besuchte am Dienstag Lyon"
            return self.place_named(ev.target) and ev.target.country == ev.source.country
        place = self.place_of(ev)
        return place is not None and place.country == ev.source.country

    def visit(self, ev: Event) -> bool:
        """Whether an event is a visit: CAMEO 042, or the intent to meet (036) that a visit trigger still to come is
        coded as ("besucht am Dienstag Kiew")."""
        return ev.cameo == VISIT_CODE or ev.cameo == MEETING_INTENT and any(
            t.cameo == VISIT_CODE for t in self.lex.triggers.get(ev.trigger[2].split()[0].lower(), ()))

    def place_of(self, ev: Event) -> Place | None:
        """The place an event happens at, or None."""
        return next((p for p in self.doc.places if p.id == ev.place), None) if ev.place else None

    def business_act(self, ev: Event) -> bool:
        """Whether talks, a deal, a demand or a cooperation are a company's business: no participant of public
        life (:meth:`public`), no NGO, armed group or protesters, and a noun of companies in the clause (closed
        class ``company_noun``, in German also as a compound's end: "Verhandlungen zum Kauf des
        Speicherchip-Produzenten", "Bawag-Aktionär Cerberus")."""
        if ev.type not in BUSINESS_TYPES or any(self.claimant(p) or _known(p) and not self.company(p)
                                                for p in (ev.source, ev.target)):
            return False
        a, b = ev.clause
        return self.clause_holds("company_noun", a, b) and not any(
            (ent := self.doc.entity(r[2])) is not None and (ent.type == "country" or ent.sector in POLITICAL_SECTORS)
            for r in refs_between(self.doc, a, b))  # "bei seinem Treffen mit Xi … Unternehmen in den USA": leaders

    def claimant(self, p: Participant | None) -> bool:
        """Whether a participant's claims are political: one of public life (:meth:`public`), or an NGO, an armed
        group or protesters (``CLAIMING_SECTORS``)."""
        return self.public(p) or p is not None and p.sector in CLAIMING_SECTORS

    def company(self, p: Participant) -> bool:
        """Whether a participant's words name a company ("der US-Festplatten-Hersteller Western Digital")."""
        endings = tuple(self.lex.closed.get("company_noun", ())) or ("\0",)
        return any(w.lower().endswith(endings) for w in p.text.split()) if p.text else False

    def unlisted_person(self, p: Participant) -> bool:
        """Whether a participant is a person the knowledge base does not know, named by an office that also heads a
        club (closed class ``club_office``, also as a compound's end: "Präsident", "Sturm-Präsident", "Obmann")."""
        ent = self.entity_of(p)
        return ent is not None and ent.type == "person" and ent.kb is None and any(
            w.lower().endswith(self.lex.endings("club_office")) for w in re.findall(r"\w+", p.text or ""))

    def team(self, p: Participant) -> bool:
        """Whether a participant is named by a noun for a team (closed class ``team_noun``, also as a compound's end:
        "Chelseas Krisentruppe"), which in a sports report is no armed force."""
        words = re.findall(r"\w+", (p.text or "").lower())
        return bool(words) and words[-1].endswith(self.lex.endings("team_noun") or ("\0",))

    def joint_exercises(self) -> None:
        """PLOVER: "Joint military operations are coded as COOPERATE but single-country exercises should be coded as
        MOBILIZE": an exercise (CAMEO 150) of two countries, coordinated subjects ("Die USA und Südkorea begannen
        ein Großmanöver", each coded at first) or a coordinated genitive ("ein Großmanöver der USA und Südkoreas"), is
        one act of military cooperation (CAMEO 062) of the first with the second."""
        doc, lex = self.doc, self.lex
        drop: set[int] = set()
        for ev in self.events:
            if ev.cameo != EXERCISE or id(ev) in drop or ev.source is None or not ev.source.country:
                continue
            partner = next((o.source for o in self.events if o is not ev and o.cameo == EXERCISE
                            and o.trigger == ev.trigger and o.source is not None and o.source.country
                            and o.source.country != ev.source.country), None)
            if partner is not None:
                drop.update(id(o) for o in self.events if o is not ev and o.trigger == ev.trigger)
            else:
                k = doc.token_at(ev.trigger[0])
                s0, s1 = doc.sentence_tokens[doc.token_sentence[k]]
                refs = refs_between(doc, s0, s1)
                for r, nxt in zip(refs, refs[1:], strict=False):
                    if r[2] == ev.source.entity and r[1] + 1 == nxt[0] and lex.is_("coordinator", self.words[r[1]]):
                        other = self.participant(nxt)
                        if other.country and other.country != ev.source.country:
                            partner = other
                        break
            if partner is None:
                continue
            c = coding(JOINT_EXERCISE)
            ev.cameo, ev.type, ev.mode, ev.context, ev.intensity = JOINT_EXERCISE, c.type, c.mode, list(c.context), \
                c.intensity
            ev.target = partner
        self.events = [ev for ev in self.events if id(ev) not in drop]

    def names_actor(self, ev: Event) -> bool:
        """Whether an event has a participant that is no bare person (:meth:`bare`)."""
        return not (self.bare(ev.source) and self.bare(ev.target))

    def bare(self, p: Participant | None) -> bool:
        """Whether a participant is none, or a person named only by given and family name (entities stage, via
        "given-name"), of no role, body or country: such a person fills a role of an act that something else shows
        to be one, but does not make a political act of a word alone ("Iris Gerlach" beside "Plünderungen")."""
        if p is None:
            return True
        ent = self.entity_of(p)
        return ent is not None and not p.country and _bare_entity(ent)

    def sporting(self, ev: Event) -> bool:
        """Whether an event with a source and a target, one named by a person of sport (closed class
        ``sport_person``: "Schiedsrichter Bastian Dankert", "der Trainer"), and no other participant of public life
        (:meth:`public`) is the game's, no political act, whatever the article's genre (a coach's offer to a referee;
        "Die Regierung kritisierte den Schiedsrichter" stays)."""
        def sport(p: Participant) -> bool:  # (not an actor the knowledge base knows)
            ent = self.entity_of(p)
            return (ent is None or ent.kb is None) and any(
                self.lex.is_("sport_person", w) for w in re.findall(r"\w+", (p.text or "").lower()))

        if ev.source is None or ev.target is None or ev.type in ("ASSAULT", "COERCE"):
            return False  # (a player killed in a bombing is news; "Der Trainer rief zum Boykott … auf" may be)
        parts = (ev.source, ev.target)
        return any(sport(p) for p in parts) and not any(self.public(p) for p in parts if not sport(p))

    def public(self, p: Participant | None) -> bool:
        """A participant of public life: a political sector, a union, or a country."""
        if p is None:
            return False
        ent = self.entity_of(p)
        head = re.findall(r"\w+", (p.text or "").lower())[-1:]
        role = self.lex.roles.match(head, 0) if head else None
        if (ent.type if ent is not None else role[1].type if role is not None else "") == PEOPLE_TYPE:
            return False  # workers, farmers, students ("die griechischen Seeleute"): people, not a body of public life
        return p.sector in POLITICAL_SECTORS or p.sector == "LAB" or ent is not None and ent.type == "country"

    def town(self, p: Participant | None) -> bool:
        """Whether a participant is only the name of a place that is no country (a town, a province), with an article
        and a noun of ``place_noun`` before it at most ("in Linz festgenommen", "die Hauptstadt Brüssel"): where the
        act happens, no one acted on. A state is acted on ("warf Georgien vor"), and so is a bare capital, which names
        its government ("Washington kritisierte Peking"); a town is the site of an attack, a blockade, a visit, a
        deployment or aid (``TOWN_TARGET_TYPES``, ``FORCE_CODES``)."""
        if p is None or p.entity or p.sector or p.inferred:
            return False
        words, site = p.text.split(), False
        while words and (self.lex.is_("determiner", words[0].lower()) or self.lex.is_("place_noun", words[0].lower())):
            site = site or self.lex.is_("place_noun", words[0].lower())  # "die Hauptstadt Brüssel" is the town
            words = words[1:]
        name = " ".join(words)
        capitals = frozenset() if site else self.kb.capital_places
        return bool(name) and any(place.kind != "country" and place.kb not in capitals
                                  and any(m.text == name for m in place.mentions) for place in self.doc.places)

    def no_one(self, p: Participant | None, k: int) -> bool:
        """Whether a participant that names no actor is no one who acts or is acted on: a phrase that opens with a
        preposition, a conjunction, a modal or a question word ("Von T-Shirts und kurzen Hosen",
        "aber weiterhin eine Änderung der Finanzverfassung", "wer ein Papiertaschentuch … wirft"); an adverb that
        opens the sentence (a capitalised word the text also writes in lower case, or one of the closed classes
        ``sentence_adverb``, ``clause_adverb``: "Derzeit", "Mindestens") and a phrase whose head is an abstract noun
        (``abstract_noun_ending``: "eine Gesetzesänderung", "sachliche Diskussionen") unless it names a body of
        people or a thing (``not_abstract_noun``, also as a compound's end: "die Interessenvertretung", "Stellungen"),
        when no demonym or role in it names a country or a sector."""
        if p is None or p.entity or p.inferred:
            return False
        if p.text.endswith(tuple(DASHES)):
            return True  # "Straßen- und Eisenbahnlinien": a compound cut at its hyphen names no one
        span = self.participant_tokens(p, k)
        if span is None:
            return False
        a, b = span
        lex, words = self.lex, self.words
        if any(lex.is_(c, words[a]) for c in ("preposition", "coordinator", "clause_conjunction", "modal_verb",
                                                "question_word")):
            return True
        if p.country is not None or p.sector is not None:
            return False  # "russischen", "Unterhändler": a demonym or a role names someone
        if b - a == 1 and lex.pronoun_kind(words[a]) != "personal" and (
                lex.is_("sentence_adverb", words[a]) or lex.is_("clause_adverb", words[a])
                or words[a].endswith(lex.endings("adverb_ending")) or self.written_lower(words[a])):
            return True
        head = self.head_noun(a, b)
        return head is not None and self.ends_in(words[head], "abstract_noun_ending", 3) and lex.roles.match(
            [words[head]], 0) is None and not self.ends_in(words[head], "not_abstract_noun")

    def participant_tokens(self, p: Participant, k: int) -> tuple[int, int] | None:
        """The tokens of a participant's text in sentence k (its first occurrence there)."""
        doc = self.doc
        s0, s1 = doc.sentence_tokens[k]
        for j in range(s0, s1):
            start = doc.tokens[j].start
            if doc.text.startswith(p.text, start):
                stop = start + len(p.text)
                m = j
                while m < s1 and doc.tokens[m].end <= stop:
                    m += 1
                return (j, m) if m > j else None
        return None

    def head_noun(self, a: int, b: int) -> int | None:
        """The head of a noun phrase in tokens [a, b): in a language that capitalises nouns, the last capitalised
        word before a genitive or prepositional attribute ("der indigenen Bevölkerungsgruppe der Ixi"); else the
        last word before one."""
        lex, toks = self.lex, self.doc.tokens
        stop = b
        for j in range(a + 1, b):
            if toks[j].kind == "word" and (lex.is_("preposition", self.words[j]) or lex.genitive_article(
                    self.words[j])) and toks[j - 1].kind == "word" and toks[j - 1].text[:1].isupper():
                stop = j
                break
        for j in range(stop - 1, a - 1, -1):
            if toks[j].kind == "word" and (toks[j].text[:1].isupper() or not lex.setting("nouns_capitalised")):
                return j
        return None

    def ends_in(self, word: str, cls: str, stem: int = 0) -> bool:
        return ends_in(self.lex, word, cls, stem)

    def written_lower(self, word: str) -> bool:
        """Whether the text writes a word in lower case somewhere (in a language that capitalises nouns, then no
        noun: "Derzeit" at a sentence's start, "derzeit" inside one)."""
        if not self.lex.setting("nouns_capitalised"):
            return False
        if self.lower_words is None:
            self.lower_words = {t.text for t in self.doc.tokens if t.text[:1].islower()}
        return word in self.lower_words

    def location_phrase(self, k: int, a: int) -> bool:
        """Whether the noun at token k stands in a phrase that says where, after a noun or adverb of location (closed
        class ``locative_noun``: "in der Nähe von Casablanca", "westlich von Trient")."""
        j = preposition_before(self.doc, self.lex, k, a)
        return j is not None and self.after_locative(j, a)

    def noun_phrase_broken(self, end: int, k: int, b: int) -> bool:
        """Whether a German event noun ending at token end and a phrase at token k are parted by a verb (a lower-case
        predicate word: "will die ÖVP für Y votieren") or by a coordinator and another act ("und die Unterstützung
        Moskaus für …"); an act noun alone does not part them ("Waffenlieferungen trotz heftiger Kritik … an
        Saudi-Arabien")."""
        return any(self.doc.tokens[j].text[:1].islower() and self.verb_between(j, j + 1, b) for j in range(end, k)) \
            or any(self.lex.is_("coordinator", self.words[j]) and any(
                self.trigger_at(m, k) is not None for m in range(j + 1, min(j + 4, k))) for j in range(end, k))

    def bare_people(self, k: int) -> bool:
        """Whether token k opens a group of people with no article: a role noun, a demonym noun or a word of the
        closed class ``attitude_people`` ("Migranten", "Asylwerbern", "Ausländern")."""
        from .entities import _role_at

        return not self.lex.is_("determiner", self.words[k]) and (
            _role_at(self.doc, self.lex, k) is not None or bool(self.kb.demonyms.get(self.words[k]))
            or self.lex.is_("attitude_people", self.words[k]))

    def needed(self, i: int, a: int, b: int, main: bool) -> bool:
        """Whether German clause [a, b) says that the noun at token i is needed: a verb of ``need_verb`` in the active,
        before the noun in a main clause ("Dank der Hilfe der EU brauchen die Menschen nicht …" needs no help; not "wie
        lange die Hilfe benötigt wird": the help is given), not an adjective after an article ("die dringend
        benötigte Hilfe").
        English leaves it out: "needed" there is as often an adjective ("much needed relief")."""
        lex, doc = self.lex, self.doc
        return bool(lex.setting("nouns_capitalised")) and any(
            lex.is_("need_verb", self.words[k]) and not self.attributive(k, a) and (k < i or not main)
            for k in range(a, b)) and not has_word(doc, lex, "aux_passive", a, b)

    def attributive(self, k: int, a: int) -> bool:
        """Whether the German word at token k is an adjective inside a noun phrase: lower-case words back from it
        reach an article ("die dringend benötigte Hilfe"; not "Die Flüchtlinge brauchten Hilfe")."""
        j = k - 1
        while j >= a and self.doc.tokens[j].kind == "word" and self.doc.tokens[j].text[:1].islower() \
                and not self.lex.is_("determiner", self.words[j]):
            j -= 1
        return j >= a and self.lex.is_("determiner", self.words[j])

    def side_phrase(self, ref) -> bool:
        """Whether an actor reference names a side with no article and an adjective in the dative before it ("auf
        griechischer Seite", closed classes ``side_noun`` and ``side_adjective_ending``): where something happens,
        not whom it is aimed at ("Angriffe auf die ukrainische Seite", "das Feuer auf ukrainische Seite")."""
        ending = self.lex.endings("side_adjective_ending")
        side = next((k for k in range(ref[0] + 1, ref[1]) if self.lex.is_("side_noun", self.words[k])), None)
        return bool(ending) and side is not None and not self.lex.is_("determiner", self.words[ref[0]]) \
            and self.words[side - 1].endswith(ending)

    def after_locative(self, j: int, a: int) -> bool:
        """Whether the preposition at token j follows a word of the closed class ``locative_noun`` in clause [a, …)."""
        return j > a and self.lex.is_("locative_noun", self.words[j - 1])

    def animal_doer(self, ev: Event) -> bool:
        """Whether an animal does the act: the noun of a passive agent's phrase after the clause's finite verb ("von
        einem Bären angegriffen", "von Wölfen gerissen"), or the first noun of the act's clause, its subject, which
        for a relative clause is the noun before it ("Die Bärin Daniza, die … angegriffen hatte"): a word of the
        closed class ``animal_word`` (:meth:`animal_noun`)."""
        a, b = ev.clause
        doc, lex = self.doc, self.lex
        for k in range(self.finite_verb(a, b, a), b):
            if lex.is_("passive_agent", self.words[k]) and self.animal_noun(self.noun_after(k + 1, b)):
                return True
        if clause_range(doc, a)[2] == "rel" and a >= 2 and doc.tokens[a - 1].text == ",":
            return any(self.animal_noun(k) for k in range(max(0, a - 4), a - 1))
        return self.animal_noun(self.noun_after(a, b))

    def animal_noun(self, k: int | None) -> bool:
        """Whether token k is a noun of the closed class ``animal_word`` after an article or in a plural form, and
        no part of an actor's name ("von einem Bären", "Hunde"; not the names "von Wolf abgelehnt", "kritisiert Wolf
        Brandes", "von Bär und Söder")."""
        if k is None or not self.lex.is_("animal_word", self.words[k]) or any(
                r[0] <= k < r[1] for r in refs_between(self.doc, max(0, k - 3), k + 1)):
            return False
        return k > 0 and self.lex.is_("determiner", self.words[k - 1]) or self.words[k].endswith(("e", "n"))

    def noun_after(self, k: int, b: int) -> int | None:
        """The first capitalised word from token k on, over articles and lower-case words, up to 3 tokens; None
        where none comes or a preposition comes first (only for languages that capitalise nouns)."""
        if not self.lex.setting("nouns_capitalised"):
            return None
        for j in range(k, min(b, k + 4)):
            if self.lex.is_("preposition", self.words[j]):
                return None  # "Ein von Hunden begleiteter Mann": the noun of another phrase
            if self.doc.tokens[j].kind == "word" and self.doc.tokens[j].text[:1].isupper() \
                    and not self.lex.is_("determiner", self.words[j]):
                return j
        return None

    def animal(self, p: Participant | None) -> bool:
        """A participant that is an animal ("geschützte Greifvögel", "spiders"): no actor of a political event."""
        words = p.text.split() if p is not None and p.entity is None else []
        return bool(words) and self.lex.is_("animal_word", words[-1].lower().strip(".,;:"))

    def disaster_report(self) -> bool:
        """Whether the article reports a natural disaster or an accident: ``DISASTER_MENTIONS`` words of the closed
        class ``accident_or_disaster`` (or, in a language of compound nouns, compounds ending in one:
        "Überschwemmungen", "Sturmflut")."""
        return sum(1 for _k in self.class_words("accident_or_disaster", 0, len(self.words))) >= DISASTER_MENTIONS

    def sports_report(self) -> bool:
        """Whether the article reports sport (:func:`sports_report`)."""
        return sports_report(self.doc.words, self.lex)

    def said_by_actor(self, ev: Event) -> bool:
        """Whether the event is told inside what a known actor says (a claim with a linked speaker)."""
        at = ev.trigger[0]
        return any(c.speaker and c.content[0] <= at < c.content[1] and self.doc.entity(c.speaker) is not None
                   and not _bare_entity(self.doc.entity(c.speaker)) and not c.label
                   for c in self.doc.claims)  # (a person named by name alone says nothing political by that; a
        # headline's source label
        # reports what follows it; it does not make its acts a known actor's: "Wirtschaftskammerpräsident:
        # Vorgezogener Rückzug 'reine Spekulation'")

    def spoken(self, ev: Event) -> bool:
        """Whether the event's trigger is the cue of a claim whose speaker the text names ("…, mahnte Thiele")."""
        return any(c.cue is not None and c.cue[0] == ev.trigger[0] and c.speaker_span for c in self.doc.claims)

    def own_act_announced(self, ev: Event) -> bool:
        """Whether the event is the infinitive a named speaker announces or promises as its own act ("Die Regierung
        kündigte an, ihre Truppen … abzuziehen"; not "…, sagte Azevedo" after a clause of its own)."""
        at = ev.trigger[0]
        return any(c.speaker_span and c.content[0] <= at < c.content[1] and self.infinitive_content(c)
                   for c in self.doc.claims)

    def listed_before(self, a: int, s0: int) -> list:
        """Actors of a comma list that the clause segmentation cut off before clause start ``a``
        ("Spanien, | Irland und Norwegen erkannten …"), in text order."""
        out = []
        k = a
        while k - 1 > s0 and self.doc.tokens[k - 1].text == ",":
            ref = next((r for r in refs_between(self.doc, s0, k - 1) if r[1] == k - 1), None)
            start = ref[0] - 1 if ref is not None and ref[0] > s0 and self.lex.is_(
                "determiner", self.words[ref[0] - 1]) else (ref[0] if ref else -1)
            if ref is None or clause_range(self.doc, ref[0])[0] != start:
                break  # the clause before is more than one actor's name
            out.insert(0, ref)
            k = start
        return out

    def co_subjects(self, first, refs: list) -> list:
        """The actors joined to ``first`` by commas and coordinators ("Germany *and* France")."""
        out = []
        prev = first
        for ref in refs:
            gap = [w for w in self.words[prev[1]:ref[0]] if not self.lex.is_("determiner", w)]
            index = self.lex.closed_phrases.get("correlative_coordinator")
            m = index.match(self.words, prev[1]) if index is not None and gap else None
            correlative = m is not None and m[0] == len(gap)  # "sowohl Valls als auch Cazeneuve"
            if not correlative and not self.joins(prev[1], ref[0]):
                break
            out.append(ref)
            prev = ref
        return out

    def joins(self, k: int, ts: int) -> bool:
        """Whether tokens [k, ts) join two actors of a list: a comma, a coordinator or both ("Germany, France, and
        Italy"), then an article and up to two lower-case modifiers ("and the new Syrian government")."""
        j = k
        if j < ts and self.words[j] == ",":
            j += 1
        if j < ts and self.lex.is_("coordinator", self.words[j]):
            j += 1
        if j == k:
            return False
        if j < ts and self.lex.is_("determiner", self.words[j]):
            j += 1
        stop = j
        while j < ts and j - stop < 2 and _modifier(self.doc, self.lex, j):
            j += 1
        return j == ts

    def people(self, p: Participant | None) -> bool:
        """Whether a participant is a person or a body of people, named by the knowledge base or by a role phrase
        ("die Unterhändler der kolumbianischen Regierung"), not a country or a thing with a country ("die russische
        Rakete", "Der Boykott Chinas")."""
        if p is None:
            return False
        ent = self.entity_of(p)
        if ent is not None:
            return ent.type != "country"
        return p.sector is not None

    def charged(self, ev: Event) -> bool:
        """Whether an event is the content of a charge: it lies in a claim whose status is ``claimed`` ("warf er
        Unterstützung von Terroristen vor")."""
        return any(c.status == "claimed" and c.content and c.content[0] <= ev.trigger[0] < c.content[1]
                   for c in self.doc.claims)

    def inherit(self, ev: Event, copies: list[Event]) -> list[Event]:
        """Copies of an event for coordinated participants keep what its trigger needs (a known actor, a known
        source and target, an actor at all) and whether it was announced."""
        for flags in (self.needs_known, self.needs_both, self.needs_people, self.needs_role, self.actor_bound,
                      self.doer_bound, self.announced, self.possible_mentions, self.backing):
            if id(ev) in flags:
                flags.update(id(c) for c in copies)
        return copies

    def coordinated_sources(self, ev: Event, i: int) -> list[Event]:
        """One event per coordinated source: "Spanien, Irland und Norwegen erkannten Palästina an", "Germany and
        France sent tanks" — the first actor is the event's source, each further one gets its own event."""
        if ev.source is None or ev.source.inferred or ev.source.entity is None:
            return []
        a, _b = ev.clause
        s0 = self.doc.sentence_tokens[ev.sentence][0]
        bare = [r for r in refs_between(self.doc, a, i) if slot(self.doc, self.lex, r[0]) == "bare"]
        if not bare:
            return []
        listed = self.listed_before(a, s0)
        if bare[0][2] != ev.source.entity and not any(r[2] == ev.source.entity for r in listed):
            return []  # the source is not the clause's subject ("verlangte von Deutschland …")
        chain = [*listed, *bare[:1]] if bare[0][0] <= a + 1 else bare[:1]
        chain += self.co_subjects(bare[0], bare[1:])
        out = []
        for ref in chain:
            part = self.participant(ref)
            other = part.country != ev.source.country or self.named(part) and self.named(ev.source) \
                if part.country and ev.source.country else True  # two parties of one country are two actors ("SPÖ
            # und ÖVP kritisierten …"); a state and its army are one
            if part.entity != ev.source.entity and other and (
                    ev.target is None or part.country is None or part.country != ev.target.country) and not (
                    ev.target is not None and part.entity == ev.target.entity):  # "Europarat und UNHCR einigten sich":
                # the partner of a joint act is its target, no source of its own
                out.append(_copy_for(ev, source=part))
        return out

    def coordinated_targets(self, ev: Event, end: int) -> list[Event]:
        """One event per coordinated target after the verb: "restored ties with Egypt and Jordan", "attacked Ukraine
        and Georgia" — the first actor is the event's target, each further one gets its own event; not the subject
        of a clause that goes on ("attacked Ukraine and China condemned …")."""
        if ev.target is None or ev.target.inferred or ev.target.entity is None:
            return []
        b = self.doc.sentence_tokens[ev.sentence][1]  # a comma list goes on past the clause the segmentation cut
        after = refs_between(self.doc, end, b)
        first = next((n for n, r in enumerate(after) if r[2] == ev.target.entity and r[0] < ev.clause[1]), None)
        if first is None:
            return []
        chain = self.co_subjects(after[first], after[first + 1:])
        if chain and self.verb_follows(chain[-1][1], b):
            return []
        out = []
        for ref in chain:
            part = self.participant(ref)
            if part.entity != ev.target.entity and not _same(part, ev.source) and not _same(part, ev.target):
                out.append(_copy_for(ev, target=part))
        return out

    def verb_between(self, a: int, z: int, b: int) -> bool:
        """Whether a verb stands in tokens [a, z): a predicate word (``verb_follows``) or an irregular past form
        (`participle`: "put", "held")."""
        return any(self.verb_follows(k, b) or self.lex.is_("participle", self.words[k]) for k in range(a, z))

    def verb_follows(self, k: int, b: int) -> bool:
        """Whether token k, right after a noun phrase, starts a predicate (the phrase is a subject): an event
        trigger, a speech verb, a finite auxiliary, a past form (`past_ending`: "and China condemned")."""
        if k >= b or self.doc.tokens[k].kind != "word":
            return False
        w = self.words[k]
        if w in self.lex.cues or any(self.lex.is_(c, w) for c in FINITE_CLASSES) or (
                self.doc.tokens[k].text[:1].islower() and w.endswith(self.lex.endings("past_ending"))):
            return True
        trig = self.trigger_at(k, b)
        return trig is not None and trig[3].pos != "noun" or self.pattern_at(k, b) is not None

    def reported_by(self, h: Event, ev: Event) -> bool:
        """Whether event ev lies in what a claim whose cue is h's trigger says, after words of its own (a denial of
        reports about it: "hat Berichte über einen Truppenaufmarsch zurückgewiesen", or a denial's act itself: "hat die
        Tötung des Journalisten zurückgewiesen"); not the act the content of another cue names itself, which the cue
        promises or threatens ("hat ihre Kooperation … zugesagt")."""
        k = self.doc.token_at(ev.trigger[0])
        for c in self.doc.claims:
            if not (c.cue and c.cue[0] == h.trigger[0] and c.content[0] <= ev.trigger[0] < c.content[1]):
                continue
            if h.type == "REJECT":
                return True  # a denial's act stays, as denied ("hat die Tötung des Journalisten zurückgewiesen")
            c0 = self.doc.token_at(c.content[0])
            j = self.determined_start(k, c0)
            while j > c0 and (self.lex.is_("determiner", self.words[j - 1])
                              or self.lex.pronoun_kind(self.words[j - 1]) == "possessive"):
                j -= 1
            if j > c0:
                return True
        return False

    def attributing(self, ref: tuple) -> bool:
        """Whether an actor reference is the speaker of an attribution clause ("Wie die Nachrichtenagentur ANA-MPA
        berichtete, …"): it reports the sentence, it does not act in it."""
        at = self.doc.tokens[ref[0]].start
        return clause_range(self.doc, ref[0])[2].startswith("sub") and any(x <= at < y for x, y in self.source_spans)

    def closes_clause(self, i: int, a: int, b: int) -> bool:
        """Whether token i closes its German clause [a, b), alone or before auxiliaries (:meth:`clause_final`,
        :meth:`final_before_auxiliaries`)."""
        return self.clause_final(i, a, b) or self.final_before_auxiliaries(i, a, b)

    def final_before_auxiliaries(self, i: int, a: int, b: int) -> bool:
        """Whether only auxiliaries follow token i to the end of its German clause ("zu einer Geldbuße verurteilt
        worden", "festgenommen werden soll")."""
        last = last_word(self.doc, a, b)
        return bool(self.lex.setting("particle_at_clause_end")) and i < last and all(
            self.doc.tokens[j].kind != "word" or any(self.lex.is_(c, self.words[j]) for c in (
                *AUXILIARY_CORE, "perfect_infinitive", "modal_verb")) for j in range(i + 1, last + 1))

    def clause_final(self, i: int, a: int, b: int) -> bool:
        """Whether token i is the last word of clause a..b in a language that puts the verb last (German)."""
        last = last_word(self.doc, a, b)
        return bool(self.lex.setting("particle_at_clause_end")) and i == last

    def promised_acts(self) -> None:
        """A plain promise or offer (CAMEO 030, "bot an", "versprach", "sagte zu") whose infinitive clause after the
        comma tells the act announced is that act alone, PLOVER's single category: "Russland bot an, seine Truppen
        abzuziehen" is CONCEDE (an intent to yield), "sagte zu, Gespräche … zu führen" AGREE 036; the promiser is
        the announced act's source, and whom it was promised to its target, where it names none."""
        doc, lex = self.doc, self.lex
        dropped = set()
        for h in self.events:
            if h.type != "AGREE" or h.cameo != GENERIC_INTENT or h.negated or h.modality != "actual" \
                    or doc.token_at(h.trigger[0]) in self.noun_triggers:
                continue
            a, b = h.clause
            inf = next((c for c in doc.clauses if c[0] == b + 1 and b < len(self.words) and self.words[b] == ","
                        and self.infinitive(last_word(doc, c[0], c[1]), c[0])
                        and not lex.is_("infinitive_conjunction", self.words[c[0]])), None)
            if inf is None:
                continue
            told = [e for e in self.events if id(e) in self.announced
                    and inf[0] <= doc.token_at(e.trigger[0]) < inf[1]]
            if not told:
                continue
            dropped.add(id(h))
            for e in told:
                if e.source is None and h.source is not None:
                    e.source = dataclasses.replace(h.source, inferred=True)
                if e.target is None and h.target is not None and not _same(h.target, e.source) and not (
                        e.source is not None and e.source.country and e.source.country == h.target.country):
                    e.target = dataclasses.replace(h.target, inferred=True)  # "boten Israel an, Waffen zu liefern"
        self.events = [e for e in self.events if id(e) not in dropped]

    def single_category(self) -> None:
        """PLOVER's single category: what is threatened, rejected, suspended, promised or conceded is not a
        second event ("threatened to impose sanctions", "setzte die Militärhilfe aus", "pledged assistance")."""
        start = {id(e): self.doc.token_at(e.trigger[0]) for e in self.events}
        heads = [e for e in self.events if e.type in SINGLE_CATEGORY and start[id(e)] not in self.noun_triggers
                 and id(e) not in self.announced]
        if not heads:
            return
        def governed(ev: Event) -> bool:  # a noun, or an infinitive ("threatened to expel", "refused to allow")
            k = start[id(ev)]
            if k in self.noun_triggers and (self.after_action_noun(k, ev.clause[0]) or self.occasion(k, ev.clause[0])):
                return False  # "wies jede Beteiligung an dem Beschuss zurück": the shelling is not what is rejected;
                # nor is a visit a release came before ("kurz vor dem Besuch von Präsident Obama … entlassen worden")
            return k in self.noun_triggers or k > 0 and self.lex.is_("infinitive_marker", self.words[k - 1])

        def governs(h: Event, ev: Event) -> bool:  # a German verb closing its clause governs a noun before it
            d = start[id(ev)] - start[id(h)]
            return 0 < d <= OBJECT_WINDOW or d < 0 and start[id(ev)] in self.noun_triggers and ev.type != h.type \
                and self.closes_clause(self.doc.token_at(h.trigger[1] - 1), *h.clause) \
                and not self.reported_by(h, ev)  # "hat die Zusammenarbeit mit der IAEA ausgesetzt", "der einen
            # Rücktritt verweigert hatte" (before auxiliaries); not "hat
            # Berichte über einen Truppenaufmarsch zurückgewiesen" (a denied act stays, as denied)

        kept = []
        for ev in self.events:
            head = next((h for h in heads if h.clause == ev.clause and governs(h, ev)), None) if governed(ev) else None
            if head is None:
                kept.append(ev)
            elif not _known(head.target) and _known(ev.target) and not _same(ev.target, head.source):
                head.target = ev.target  # "threatened to impose sanctions on Lithuanian companies"
        self.events = kept

    def ruled_out_acts(self) -> None:
        """An act that someone does not rule out is threatened or offered; one ruled out is not to be done. A verb
        of ruling out (closed class ``rule_out_verb``) is a THREATEN trigger of its subject; its content is the
        events after it up to its particle (not an occasion: "nach dem Einmarsch"), or before it where it closes
        the clause, or in a dass- or infinitive clause right after it:
        - negated, by a state, government, army or armed group that would do the act itself, in the active and not
          with a modal of ability ("Kim schloss einen Atomangriff nicht aus", "Boehner schloss nicht aus, Obama zu
          verklagen"): a threat of a hostile act (``plover_threats.tsv``), with the act's mode and target; the offer
          of a cooperative act ("schließt Gespräche nicht aus": AGREE)
        - negated otherwise ("Die Polizei schließt nicht aus, dass es ein Anschlag war", "Weitere Angriffe können
          nicht ausgeschlossen werden"): the act is possible (hypothetical), not negated, and nobody threatens
        - not negated ("Russland schloss einen Angriff aus"): the act is negated and future, of the ruler, a
          cooperative act refused (REJECT)
        A separative phrase right before the verb's last part shuts someone out ("von allen Wettbewerben aus")."""
        doc, lex, words = self.doc, self.lex, self.words
        start = {id(e): doc.token_at(e.trigger[0]) for e in self.events}
        rulings = {start[id(e)]: e for e in self.events if e.type == "THREATEN" and lex.is_(
            "rule_out_verb", words[start[id(e)]])}
        drop = {id(e) for e in rulings.values()}  # a ruling is an event only as a threat
        for t, word in enumerate(words):
            ruling = rulings.get(t)
            if not lex.is_("rule_out_verb", word) or ruling is None and not any(
                    not tr.particle for tr in lex.triggers.get(word, ())):
                continue  # a form with a separated particle rules out only as a trigger ("schließt … aus"; not
                # "schließt die Grenze"); one without ("auszuschließen") also where no one rules out
            a, b, _kind = clause_range(doc, t)
            end = doc.token_at(ruling.trigger[1] - 1) if ruling is not None else t
            if self.excluded_from(a, end):
                continue  # "wurden von der Debatte ausgeschlossen": shut out, nothing ruled out
            negated = ruling.negated if ruling is not None else self.negated(t, a, b)
            content = self.ruled_out_content(t, end, a, b, start, drop)
            ruler = ruling.source if ruling is not None and self.active_ruler(ruling, t, a, b) else None
            offer = self.not_ruled_out(ruling, content, drop) if negated and ruler is not None else None
            for e in content:
                if id(e) in drop or e is offer:
                    continue
                e.negated = False  # the negation is the ruling's
                if negated:
                    if e.modality in ("actual", "future"):
                        e.modality = "hypothetical"  # possible, not announced
                    continue
                if not _known(e.source) and ruler is not None:
                    e.source = ruler  # "Scholz schloss die Lieferung von Taurus aus": his act is ruled out
                if not recode_announced(e, negated=True):
                    e.negated, e.modality = True, "future"
        self.events = [e for e in self.events if id(e) not in drop]

    def active_ruler(self, ruling: Event, t: int, a: int, b: int) -> bool:
        """Whether the subject of a verb of ruling out at token t rules out its own choice: a known actor in an
        active clause without a modal of ability (not "wird nicht ausgeschlossen", "können … nicht ausschließen")."""
        return _known(ruling.source) and not any(has_word(self.doc, self.lex, c, a, b) for c in (
            "ability_modal", "aux_passive", "modal_passive_be", "modal_passive_let"))

    def ruled_out_content(self, t: int, end: int, a: int, b: int, start: dict[int, int], drop: set[int]
                          ) -> list[Event]:
        """The events a verb of ruling out at token t (its particle at token end; clause [a, b)) is about: in its
        clause (after it up to its particle, or before it where it closes the clause, auxiliaries after it), or in a
        dass- or zu-infinitive clause after a comma right after it; not a noun after a preposition of time or reason,
        which the ruling takes as given ("schloss Russland nach dem Einmarsch aus"), nor a definite one that sets the
        scene ("dass Putin bei den Verhandlungen über Syrien einen Preis fordern wird")."""
        doc, lex = self.doc, self.lex
        closes = last_word(doc, a, b) == end or self.final_before_auxiliaries(end, a, b)
        after = next((c for c in doc.clauses if c[0] == b + 1 and self.words[b] == "," and closes and (
            lex.is_("complementizer", self.words[c[0]]) or self.infinitive(last_word(doc, c[0], c[1]), c[0])
            and not lex.is_("infinitive_conjunction", self.words[c[0]]))), None)
        lo, hi = (t + 1, end) if end != t else (a, t)
        return [e for e in self.events if id(e) not in drop and start[id(e)] != t and (
            lo <= start[id(e)] < hi or after is not None and after[0] <= start[id(e)] < after[1])
            and not (start[id(e)] in self.noun_triggers and (self.occasion(start[id(e)], e.clause[0])
                                                             or self.circumstance(start[id(e)], e.clause[0])))]

    def excluded_from(self, a: int, end: int) -> bool:
        """Whether a verb of ruling out whose last part is token end means shutting someone out: a
        ``separative_preposition`` whose phrase runs up to that part, no negation or comma between ("von der Debatte
        ausgeschlossen", "schloss Russland von allen Wettbewerben aus"; not "wird von den Behörden nicht
        ausgeschlossen")."""
        for j in range(end - 1, a - 1, -1):
            w = self.words[j]
            if self.lex.is_("negation", w) or w == "," or self.lex.is_("rule_out_verb", w):
                return False
            if self.lex.is_("separative_preposition", w):
                return True
            if self.lex.is_("preposition", w):
                return False  # another phrase stands last ("ein Angriff von Russland auf Litauen")
        return False

    def not_ruled_out(self, ruling: Event, content: list[Event], drop: set[int]) -> Event | None:
        """A ruling out that is negated by its actor: a threat of the first hostile act of its content that the
        ruler would do itself (by a state, government, army or armed group), or the offer of the first cooperative
        one (then the ruling is no event of its own)."""
        own = [e for e in content if not _known(e.source) or _same(e.source, ruling.source)
               or e.source.country is not None and e.source.country == ruling.source.country]
        threat = next((t for e in own if (t := threat_of(e.cameo)) is not None), None)
        if threat is not None and (self.armed_or_state(ruling.source) or ruling.source is not None
                                   and ruling.source.sector == "LAB" and threat.cameo.startswith(STRIKE_THREAT)):
            # a union threatens strikes ("Der Betriebsrat schließt Streiks nicht aus"), not force
            ruling.negated = False
            ruling.cameo, ruling.mode, ruling.context = threat.cameo, threat.mode, list(threat.context)
            ruling.intensity = threat.intensity
            ruling.target = next((e.target for e in own if _known(e.target) and not _same(e.target, ruling.source)),
                                 ruling.target)
            if _same(ruling.target, ruling.source):
                ruling.target = None
            drop.discard(id(ruling))
            drop.update(id(e) for e in own)
            return None
        offer = next((e for e in own if recode_announced(e, negated=False)), None)  # recodes the first it can
        if offer is not None:
            offer.source = offer.source if _known(offer.source) else ruling.source
            drop.update(id(e) for e in own if e is not offer)
        return offer

    @staticmethod
    def armed_or_state(part: Participant | None) -> bool:
        """Whether a participant can threaten force or sanctions: a state (no sector) or its government, army, a
        legislator or an armed group — not the police, a court, the media or an agency judging what is possible."""
        return part is not None and (part.sector is None and part.country is not None
                                     or part.sector in THREATENING_SECTORS)

    def threatened_acts(self) -> None:
        """What a threat threatens is not done: the THREATEN event codes it (and takes the threatened act's
        target when it has none), and an act named in its content is no event of its own ("drohte mit
        Luftangriffen auf Kiew", "damit gedroht, wöchentlich zu streiken", "threatened to impose sanctions on
        Lithuanian companies"). An act it refers back to with a definite article stays ("drohte mit Vergeltung für
        den Angriff"), and so does its condition ("if the United States attacked", "sollten sie … angreifen")."""
        doc = self.doc
        for c in doc.claims:
            if not (c.act and c.act.startswith(THREAT_CODES) and c.cue):
                continue
            threat = next((e for e in self.events if e.trigger[0] == c.cue[0] and e.type == "THREATEN"), None)
            content = [e for e in self.events if e is not threat and c.content[0] <= e.trigger[0] < c.content[1]
                       and not self.definite(doc.token_at(e.trigger[0]))
                       and not self.in_condition(doc.token_at(e.trigger[0]))]
            if threat is not None and threat.target is None:
                threat.target = next((e.target for e in content if _known(e.target)), None)
            if threat is not None and threat.cameo == GENERIC_THREAT:
                # PLOVER: the mode of a threat is its content ("drohte mit Sanktionen": 'restrict')
                told = next((t for e in content if (t := threat_of(e.cameo)) is not None), None)
                if told is not None:
                    threat.cameo, threat.mode, threat.context = told.cameo, told.mode, list(told.context)
                    threat.intensity = told.intensity
            dropped = {id(e) for e in content}
            self.events = [e for e in self.events if id(e) not in dropped]

    def conditional_threats(self) -> None:
        """A state's statement that it will act against another if a condition is met is a threat (PLOVER: "the
        coder should always return the single event category, not a category+auxiliary", THREATEN rather than
        ASSAULT + hypothetical): "Sollten die Separatisten weitere Gebiete erobern, werde dies Sanktionen für
        Russland nach sich ziehen, erklärte der Sprecher des US-Außenministeriums". The act must be a threat's
        content (``plover_threats.tsv``), hypothetical by a condition of its sentence, and not the condition
        itself; the speaker, a state or its government or military, is the source."""
        doc = self.doc
        for ev in self.events:
            if ev.modality != "hypothetical" or ev.negated or (told := threat_of(ev.cameo)) is None:
                continue
            i = doc.token_at(ev.trigger[0])
            if self.in_condition(i) or not self.conditioned(ev.sentence):
                continue
            c = next((c for c in doc.claims if c.cue and c.content[0] <= ev.trigger[0] < c.content[1]
                      and self.state_speaker(c)), None)
            if c is None:
                continue
            ent = doc.entity(c.speaker)
            speaker = Participant(c.speaker, ent.country, ent.sector, c.speaker_span[2] if c.speaker_span else "")
            if _same(ev.target, speaker):
                continue  # "sollte X angreifen, würde Russland getroffen": what the speaker's side would suffer
            ev.type, ev.cameo, ev.mode, ev.context = told.type, told.cameo, told.mode, list(told.context)
            ev.intensity, ev.modality = told.intensity, "actual"
            if not _same(ev.source, speaker):
                ev.source = speaker  # the state that threatens ("die USA" for the Pentagon stays as written)

    def conditioned(self, k: int) -> bool:
        """Whether sentence k names a condition: a clause opened by a condition word ("wenn …", "falls …", "if …"),
        one that opens the sentence (or its part after a colon) with a conditional verb ("Sollten die
        Separatisten …", "Should Russia …"), or one after a comma opened by a conditional modal of planning ("…,
        sollte Russland Litauen angreifen"; not "Syrer, die abgeschoben werden, hätten keine Chance")."""
        s0, s1 = self.doc.sentence_tokens[k]
        lex, words = self.lex, self.words
        for ca, _cb, kind in self.doc.clauses:
            if not s0 <= ca < s1:
                continue
            if kind.startswith("sub:") and lex.is_("condition_word", kind[4:]):
                return True
            if lex.is_("conditional_verb_first", words[ca]) and (
                    ca == s0 or words[ca - 1] in (":", ";")
                    or words[ca - 1] == "," and lex.is_("planning_modal", words[ca])):
                return True
        return False

    def in_condition(self, i: int) -> bool:
        """Whether token i stands in a conditional clause ("wenn …", "if …", "sollten sie …"); not in the
        consequence after one that opens with its verb ("Falls Iran …, würden die USA … angreifen")."""
        a, _b, kind = clause_range(self.doc, i)
        if kind.startswith("sub:") and self.lex.is_("condition_word", kind[4:]):
            return True
        if not self.lex.is_("conditional_verb_first", self.words[a]):
            return False
        before = next((c for c in self.doc.clauses if c[1] == a - 1 and self.words[a - 1] == ","), None)
        return before is None or not (before[2].startswith("sub:") and self.lex.is_("condition_word", before[2][4:])
                                      or self.lex.is_("conditional_verb_first", self.words[before[0]]))

    def speech_acts(self) -> None:
        """Claims whose cue is itself an event ("warf Russland vor", "threatened", "demanded") become events."""
        doc = self.doc
        for c in doc.claims:
            if c.cue is None or c.sentence in doc.opinion_sentences:
                continue
            i = doc.token_at(c.cue[0])
            if self.in_not_trigger_phrase(i):
                continue  # "wird zur Kasse gebeten": made to pay, asked for nothing
            a, b, _kind = clause_range(doc, i)
            speaker_tok = self.speaker_token(c) if c.speaker_span else -1
            coded = next((e for e in self.events if e.trigger[0] == c.cue[0]), None)
            if coded is None and not c.act:
                continue
            if coded is not None:
                # a cue the lexicon codes itself ("mahnte Thiele": no act of the claim's own) is its speaker's too,
                # where the span names a doer (:meth:`named_speaker`)
                if coded.source is None and (c.act and coded.type == coding(c.act).type or not c.act and (
                        self.named_speaker(c, i, a, b))) and c.speaker_span \
                        and a <= speaker_tok < b and self.speaker_in_place(c, i, a) \
                        and (c.speaker or self.words[speaker_tok] not in self.lex.pronouns) and not any(
                        o.content[0] <= c.cue[0] < o.content[1] and not o.content[0] <= c.speaker_span[0] < o.content[1]
                        for o in doc.claims if o is not c):
                    # "…, kritisiert Attac", "Gertrude Brinek kritisierte": the verb's subject, which the clause
                    # coder leaves to the claim, is the one who speaks (in the cue's own clause, and inside what
                    # another says only where that holds the speaker: "said she faced further calls for restraint");
                    # a pronoun that no actor resolves stays no one, as for any verb
                    spoken = self.speaker_participant(c, i)
                    tgt = coded.target
                    if spoken is None or not (tgt is not None and spoken.entity is not None
                                              and spoken.entity == tgt.entity and spoken.text != tgt.text
                                              and spoken.text.endswith(tgt.text)):
                        coded.source = spoken  # (not a span that runs from its head on to the clause's object:
                        # "Viele, die Kurz kritisiert hatten" read as one speaker "Viele, die Kurz")
                continue
            act, consequence = c.act, False
            if self.lex.is_("warning_cue", self.words[i]) and not self.announces_own_act(c):
                if not self.state_speaker(c) or self.danger_object(c):
                    continue  # economists "warnten vor den Folgen": a warning of consequences is no threat
                if not self.threat_marked(i):
                    act = WARNING_AGAINST  # "hat die Visegrád-Staaten davor gewarnt, … zu werden": disapproval of
                    # what the one warned may do, an accusation only with that one named (below)
                    consequence = self.consequence_told(c)  # or a threat, told to that one (below)
            source = self.speaker_participant(c, i)
            target = None
            lo, hi = doc.token_at(c.content[0]), doc.token_at(c.content[1] - 1) + 1
            parts = {p[2].lower() for p in c.cue_parts} | set(c.cue[2].lower().split())
            cue = next((x for x in self.lex.cues.get(self.words[i], ()) if x.event == act
                        and (not x.particle or x.particle in parts)), None)
            # the cue's own addressee phrase ("fordert vom Minister"), else an object in its clause or content; not
            # one who speaks with the speaker ("Sowohl Merkel als auch Gauck hätten ihn gebeten")
            clause_refs = refs_between(doc, a, b)
            spoken = next((r for r in clause_refs if r[0] == speaker_tok), None)
            fellows = set() if spoken is None else {
                r[0] for r in self.co_subjects(spoken, [r for r in clause_refs if r[0] > spoken[0]])}
            # an infinitive content names no addressee before the cue's own clause does ("rief den Westen auf, Russland
            # zu sanktionieren"), and none for an accusation, whose content tells what the accused did ("vorgeworfen,
            # die Organisation finanziert zu haben"); a threat's or a demand's content names whom it is aimed at when
            # the clause names no one ("drohte damit, Schweden den Beitritt zu verweigern")
            # (for a request only the subject that opens the content, who is to act: "Behörden haben … zu stehen,
            # fordert Wolff"; not whom the act befalls: "rief dazu auf, die Immunität der HDP-Abgeordneten aufzuheben")
            infinitive = self.infinitive_content(c)
            late = [r for r in refs_between(doc, lo, hi) if coding(act).type not in ADDRESSEE_TYPES or (
                self.content_subject(r, lo))] if infinitive and coding(act).type != "ACCUSE" else []
            own_refs = [r for r in clause_refs if not (infinitive and lo <= r[0] < hi)]
            for addressee in (cue.addressee if cue is not None else (), ("bare", "dat", "gen")):
                content_refs = [] if infinitive else refs_between(doc, lo, hi)
                target = next((self.participant(ref) for ref in [*own_refs, *content_refs]
                               if ref[0] != speaker_tok and ref[2] != c.speaker and ref[0] >= a
                               and ref[0] not in fellows and slot(doc, self.lex, ref[0]) in addressee
                               and not self.other_source(ref, c) and not self.of_action_noun(ref[0], i)
                               and not (ref[0] < speaker_tok and slot(doc, self.lex, ref[0]) == "bare"
                                        and not (self.lex.setting("verb_second") and ref[0] < i < speaker_tok))),
                              None)
                # (a bare actor before the speaker is the speaker's title: "UN Secretary-General Guterres urged"; not
                # one fronted before a German verb whose subject follows it: "Schäuble warf er vor, …")
                if target is not None:
                    break
            if target is None and cue is not None and cue.addressee:
                target = self.addressee_phrase(cue, i, b)  # "fordert vom amtierenden Minister"
            cod = coding(act)
            verb = Trigger("verb", act, cod.type, "", (), "agent", (), (), "", "")
            # a request without an addressee preposition asks its object ("rief beide Seiten auf")
            addressed = cod.type in ADDRESSEE_TYPES and cue is not None and not cue.addressee or act != c.act
            if target is None and cod.type in OBJECT_TYPES and (cod.type not in ACTOR_OBJECT_TYPES or addressed):
                # "forderte die Konfliktparteien zu einer Waffenruhe auf", "rief beide Seiten zur Mäßigung auf"; not
                # what is demanded ("forderte einen sofortigen Stopp")
                target = self.object_phrase(i, i + 1, verb, a, b, refs_between(doc, a, b), addressee=addressed)
                if target is not None and c.speaker_span and target.text and target.text in c.speaker_span[2]:
                    target = None  # "forderte der Papst die Regierung auf": the speaker after the verb, no object
            if target is None and late:
                target = next((self.participant(ref) for ref in late if ref[0] != speaker_tok and ref[2] != c.speaker
                               and slot(doc, self.lex, ref[0]) in ("bare", "dat", "gen")
                               and not self.other_source(ref, c)), None)
            if act != c.act and target is None:
                continue  # "Man dürfe nicht … stehen, warnte Faymann": a warning at no one named is no act (nor a
                # prediction of harm: "warned that the deletion … could harm the ability of key probes")
            if consequence:
                act, cod = c.act, coding(c.act)  # "warnte die Hisbollah, jeder Angriff werde … beantwortet"
            self.events.append(Event(
                "", cod.type, cod.mode, list(cod.context), act, c.cue, c.sentence, source=source, target=target,
                place=self.place_for(i, a, b), time=self.time_for(i, a, b, c.sentence), intensity=cod.intensity,
                clause=(a, b), modality=self.speech_modality(i, a, b),
            ))
        self.events.sort(key=lambda e: e.trigger[0])
        acts = [e for e in self.events if e.trigger[0] in {c.cue[0] for c in doc.claims if c.act and c.cue}]
        for ev in acts:  # "wirft Kiew vor … und hat mit Vergeltung gedroht": the same addressee
            if ev.target is None and ev.source is not None:
                mate = next((o for o in acts if o is not ev and o.sentence == ev.sentence and o.target
                             and o.source and o.source.entity == ev.source.entity), None)
                if mate is not None:
                    ev.target = Participant(mate.target.entity, mate.target.country, mate.target.sector,
                                            mate.target.text, inferred=True)

    def named(self, p: Participant) -> bool:
        """Whether a participant is an organisation or person of the knowledge base (not a country, not a role
        phrase)."""
        ent = self.entity_of(p)
        return ent is not None and bool(ent.kb) and ent.type not in ("country", "people")

    def coordinated_speakers(self) -> None:
        """One speech act per coordinated speaker: a claim's speaker span that joins several actors ("Die USA und
        Frankreich fordern Assads Rücktritt") gave its act the whole span as one source; the first actor keeps the
        act and each further one of another country or entity gets its own, as coordinated subjects of other verbs
        do (:meth:`coordinated_sources`)."""
        doc = self.doc
        for ev in list(self.events):
            c = next((c for c in doc.claims if c.cue and c.cue[0] == ev.trigger[0] and c.speaker_span), None)
            if c is None or ev.source is None or ev.source.inferred or ev.source.text != c.speaker_span[2] \
                    or not any(self.lex.is_("coordinator", w) for w in ev.source.text.lower().split()):
                continue
            k = self.speaker_token(c)
            s0, s1 = doc.sentence_tokens[ev.sentence]
            refs = refs_between(doc, s0, s1)
            spoken = next((r for r in refs if r[0] == k), None)
            span_end = doc.token_at(c.speaker_span[1] - 1) + 1
            fellows = [r for r in self.co_subjects(spoken, [r for r in refs if r[0] > k]) if r[1] <= span_end] \
                if spoken is not None else []
            if not fellows:
                continue
            ev.source = self.participant(spoken)
            copies = [_copy_for(ev, source=part)
                      for r in fellows if (part := self.participant(r)).entity != ev.source.entity
                      and not (part.country and part.country == ev.source.country and part.sector == ev.source.sector
                               and not (self.named(part) and self.named(ev.source)))  # two parties are two speakers
                      and not (ev.target is not None and part.entity == ev.target.entity)]
            self.events.extend(self.inherit(ev, copies))

    def content_subject(self, ref, lo: int) -> bool:
        """Whether an actor reference is the subject of a finite content that opens at token lo: it opens the
        content before its finite verb ("Behörden haben … zu stehen") or follows the finite verb in second place
        ("Jetzt hat die Türkei die Journalisten freizulassen")."""
        finite = [k for k in range(lo, min(ref[1] + 3, len(self.words)))
                  if any(self.lex.is_(f, self.words[k]) for f in FINITE_CLASSES)]
        if ref[0] <= lo + 1:
            return any(k >= ref[1] for k in finite)
        return any(lo < k < ref[0] and ref[0] - k <= 2 for k in finite) and slot(self.doc, self.lex, ref[0]) == "bare"

    def named_speaker(self, c, i: int, a: int, b: int) -> bool:
        """Whether the speaker span of a claim without an act of its own, whose cue at token i the lexicon codes, names
        who does that act: the cue is no passive ("was narrowly rejected by the Commons"), the span's last word no
        noun of what is said or denied (``accusation_noun``, ``anaphor_claim``: "Diese Darstellung weist Moskau
        zurück") and no word of the number or bound tables ("Rund 200 Insulaner protestierten"), and no coordinator
        stands between the cue and a speaker after it ("hat abgelehnt und … die Neujahrsbotschaft übermitteln
        lassen")."""
        words = c.speaker_span[2].split() if c.speaker_span else []
        lex = self.lex
        passive_cue = any(lex.is_("aux_passive", w) and not lex.is_("aux_perfect", w) for w in self.words[a:i]) or (
            i + 1 < b and lex.is_("aux_passive", self.words[i + 1])) or not lex.setting("verb_second") and (
            self.passive(i, a, b) or past_participle(lex, self.words[i]) and last_word(self.doc, a, b) == i)
        # "wurde … abgelehnt", "abgelehnt wurde", "was rejected", a headline's "Peace demo appeal rejected"
        if not words or passive_cue:
            return False
        last = words[-1].lower().strip(".,;:")
        if any(last.endswith(tuple(lex.closed.get(cls, ())) or ("\0",))
               for cls in ("accusation_noun", "anaphor_claim")) or last in lex.numbers or last in lex.bounds:
            return False
        k = self.speaker_token(c)
        return not (k > i and has_word(self.doc, lex, "coordinator", i + 1, k))

    def speaker_in_place(self, c, i: int, a: int) -> bool:
        """Whether a claim's speaker can be the subject of its cue at token i in clause [a, …): not where the cue is an
        attributive participle in a noun phrase that opens with an article ("Die von der Opposition kritisierte
        Reform"; not "Am Montag kritisierte Kickl"), nor after it where a personal pronoun, "man" or a subject question
        word holds the subject's place before it ("Man kritisiert die Regierung", "Er kritisierte die Opposition",
        "Wer die Regierung kritisiert"; a fronted "Das" or "Was" is an object), nor after a cue that opens its clause
        before what is said, whose subject is another verb's ("…, kritisieren die Videos als falsch"), unless what is
        said is reported speech or a quote ("Das sei falsch, kritisierte der Initiator", "Die Regierung, kritisierte
        Kickl, habe das Land ruiniert")."""
        doc, lex, words = self.doc, self.lex, self.words
        if lex.setting("nouns_capitalised") and i > a and doc.tokens[i - 1].text != "," \
                and (lex.is_("determiner", words[a]) or lex.is_("quantifier", words[a])) \
                and adjective_before_noun(doc, lex, i):
            return False
        for k in range(a, min(i, self.speaker_token(c))):  # before the cue and the speaker
            w = words[k]
            if lex.is_("subject_question_word", w) or lex.is_("speaker_pronoun", w) and not (
                    w in lex.pronouns and lex.pronouns[w][1] == {"n"}):
                return False
        if i == a and c.content[0] > c.cue[0] and a >= 2:
            pa, _pb, _kind = clause_range(doc, a - 2)  # what stands before: reported speech ("sehe … vor") or a quote
            lo, hi = doc.token_at(c.content[0]), doc.token_at(c.content[1] - 1) + 1
            return has_word(doc, lex, "subjunctive", pa, a) or has_word(doc, lex, "subjunctive", lo, hi) \
                or doc.tokens[a - 2].text in QUOTES
        return True

    def speaker_participant(self, c, i: int) -> Participant | None:
        """The one who speaks a claim whose cue at token *i* is itself an act: its known actor, else the phrase
        that names the speaker ("kritisierte der Initiator", "Die G7-Staaten forderten"), else a personal pronoun
        as written; none for a relative pronoun that no actor resolves."""
        doc = self.doc
        speaker_tok = self.speaker_token(c) if c.speaker_span else -1
        source = None
        relative = speaker_tok >= 0 and self.lex.is_("relative", self.words[speaker_tok]) \
            and doc.token_at(c.speaker_span[1] - 1) == speaker_tok  # the pronoun alone: "…, die … fordert"
        if c.speaker:
            ent = doc.entity(c.speaker)
            text = c.speaker_span[2] if c.speaker_span else ""
            if relative and ent is not None:
                text = ent.name  # "Grazers, der zum Kerzenmeer aufgerufen hatte": whom "der" stands for
            source = Participant(c.speaker, ent.country if ent else None, ent.sector if ent else None, text)
        elif c.speaker_span and not relative and self.words[speaker_tok] not in self.lex.pronouns and (
                speaker_tok < i or self.lex.setting("particle_at_clause_end")):
            # a speaker the text names without a known actor: "Die G7-Staaten forderten Russland auf" (after
            # the verb only where the subject may follow it: German verb-second order)
            source = self.phrase_participant(speaker_tok, doc.token_at(c.speaker_span[1] - 1) + 1)
        elif c.speaker_span and not relative and self.lex.pronoun_kind(self.words[speaker_tok]) == "personal" \
                and self.lex.pronouns[self.words[speaker_tok]][1] != {"n"} \
                and doc.token_at(c.speaker_span[1] - 1) == speaker_tok:
            source = Participant(None, None, None, c.speaker_span[2])  # "Sie fordert …": a pronoun that points
            # to someone the knowledge base does not know, as written
        return source

    def other_source(self, ref, c) -> bool:
        """Whether an actor reference lies in the speaker span of another claim: the source of a report that carries
        the speech act ("Dem Konzern wird nach Angaben der Nachrichtenagentur Anadolu vorgeworfen"), not its
        addressee; not a span that holds the speech act's own cue, which is no source phrase."""
        at = self.doc.tokens[ref[0]].start
        return any(o is not c and o.speaker_span and o.speaker_span[0] <= at < o.speaker_span[1]
                   and not o.speaker_span[0] <= c.cue[0] < o.speaker_span[1] for o in self.doc.claims)

    def speech_modality(self, i: int, a: int, b: int) -> str:
        """Whether a speech act at cue token i is done ("actual"), still to come ("werde die Regierung auffordern",
        "will urge": "future") or only possible ("könnte … auffordern", "would condemn": "hypothetical"). Only an
        infinitive cue has a modal of its own: in German one in its conjunct before it or right after it in a
        verb-final clause ("fordern wird"), in English one right before it; a backshifted "würde"/"would" inside
        reported speech is the report's mood, not a possibility ("wonach die Arbeitgeber … fordern würden")."""
        lex, words = self.lex, self.words
        if lex.setting("verb_second"):
            if bare_infinitive(lex, words[i]) is False:
                return "actual"  # "fordert …, und will …", "würde … anheften und fordert …": a finite cue
            near = list(range(self.conjunct_start(i, a), i)) + ([i + 1] if i + 1 < b else [])
        else:
            if words[i].endswith(lex.endings("past_ending") or ("\0",)):
                return "actual"
            near = [j for j in range(max(a, i - 3), i) if not any(
                lex.is_(c, words[k]) for k in range(j + 1, i) for c in ("coordinator", "preposition"))]
        modals = [j for j in near if lex.is_("hypothetical", words[j]) and not lex.is_("condition_word", words[j])]
        if modals and not all(lex.is_("backshift_modal", words[j]) for j in modals):
            return "hypothetical"
        at = self.doc.tokens[i].start
        reported = any(c.cue and c.kind != "author" and c.content[0] <= at < c.content[1] for c in self.doc.claims)
        if modals and not reported:
            return "hypothetical"
        if any(lex.is_("future", words[j]) or lex.is_("future_aux", words[j]) for j in near):
            return "future"
        return "actual"

    def addressee_phrase(self, cue, i: int, b: int) -> Participant | None:
        """The noun phrase after the cue's own addressee preposition, in its clause after the cue ("fordert vom
        amtierenden Minister einen Stopp"), when it names no known actor; not an amount ("eine Kostengrenze von
        einer Million Euro")."""
        for k in range(i + 1, b - 1):
            if "pp:" + self.words[k] in cue.addressee:
                if self.of_action_noun(k + 1, i):
                    return None  # the object has begun, and phrases after it are its own ("forderte eine Definition
                    # von Antisemitismus sowie Integrationsmaßnahmen von Migranten")
                span = phrase_at(self.doc, self.lex, k + 1, b, self.kb.demonyms)
                if span is None or any(self.doc.tokens[j].kind == "num" or self.words[j] in self.lex.numbers
                                       for j in range(span[0], min(span[1], span[0] + 3))):
                    return None
                return self.phrase_participant(*span)
        return None

    def danger_object(self, c) -> bool:
        """Whether a warning is of a danger named by a noun after the cue's own preposition ("warnte vor einer
        wachsenden Gefahr", "vor Unruhen", "vor einem Bürgerkrieg", "davor, dass Rechte umgangen werden"), not of
        what someone will do."""
        i = self.doc.token_at(c.cue[0])
        a = self.doc.token_at(c.content[0])
        before = (a - 2, a - 1, a) if a > 0 and self.words[a - 1] == "," else (a - 1, a)
        if any(self.lex.is_("warning_preposition", self.words[j]) for j in before if 0 <= j < len(self.words)
               and j != i):
            return True
        # the cue's own preposition right after it or after adverbs ("warnt vor einem Flächenbrand, den …", "warnte
        # auch vor einer Überforderung"); not after an addressee, warned against what it might do ("warnte die Nato
        # vor einer Erweiterung")
        s0, s1 = self.doc.sentence_tokens[self.doc.token_sentence[i]]
        for j in range(i + 1, min(s1, i + 1 + DANGER_REACH)):
            tok = self.doc.tokens[j]
            if self.lex.is_("warning_preposition", self.words[j]):
                # not a time or an audience ("warnte vor wenigen Tagen", "warnte vor dem Parlament"), nor a state's
                # retaliation or a condition, which it threatens ("warnte vor Vergeltung, falls …")
                after = range(j + 1, min(s1, j + 4))
                audience = any(r[0] == j + 1 or r[0] == j + 2 and self.lex.is_("determiner", self.words[j + 1])
                               for r in refs_between(self.doc, j + 1, min(s1, j + 3)))
                return not (self.in_time((j + 1, min(s1, j + 3))) or audience
                            or any(self.lex.is_("retaliation_noun", self.words[k]) for k in after)
                            or has_word(self.doc, self.lex, "condition_word", s0, s1))
            if tok.kind != "word" or not tok.text[:1].islower() or self.lex.is_("determiner", self.words[j]):
                return False
        return False

    def own_side(self, c, ref) -> bool:
        """Whether an actor reference names a claim's speaker or the speaker's state ("Putin warnte, Russland werde
        …")."""
        if ref[2] == c.speaker:
            return True
        ent, own = self.doc.entity(ref[2]), self.doc.entity(c.speaker) if c.speaker else None
        return ent is not None and own is not None and ent.type == "country" and ent.country == own.country

    def consequence_told(self, c) -> bool:
        """Whether a warning's content tells what will or would follow: a finite word of ``consequence_word`` ("jeder
        Angriff werde … beantwortet", "eine Unabhängigkeitserklärung bedeute Krieg", "would be met with force"), not
        after the infinitive marker ("davor gewarnt, … zu werden"). The caller asks it of a warning to someone named."""
        lo, hi = self.doc.token_at(c.content[0]), self.doc.token_at(c.content[1] - 1) + 1
        return any(self.lex.is_("consequence_word", self.words[k]) and not (
            k > lo and self.lex.is_("infinitive_marker", self.words[k - 1])) for k in range(lo, hi))

    def threat_marked(self, i: int) -> bool:
        """Whether a warning cue at token i threatens: a retaliation noun after it in its sentence or a condition word
        in the sentence ("warnte vor Konsequenzen", "warnte, man werde reagieren, falls …")."""
        s0, s1 = self.doc.sentence_tokens[self.doc.token_sentence[i]]
        return has_word(self.doc, self.lex, "retaliation_noun", i + 1, s1) or has_word(
            self.doc, self.lex, "condition_word", s0, s1)

    def state_speaker(self, c) -> bool:
        """Whether the speaker is a state or its government or military ("the Kremlin warned of escalation")."""
        ent = self.doc.entity(c.speaker) if c.speaker else None
        return ent is not None and (ent.type in ("country", "government", "military") or ent.sector in ("GOV", "MIL"))

    def announces_own_act(self, c) -> bool:
        """Whether a warning's content announces what the speaker will do ("Iran warned it would close the
        strait", "warnte, man werde reagieren", "Putin warnte, Russland werde …"): a personal pronoun or the speaker's
        own side (:meth:`own_side`) and a future or conditional word at its start."""
        a = self.doc.token_at(c.content[0])
        b = min(self.doc.token_at(c.content[1] - 1) + 1, a + 6)
        words = self.words[a:b]
        pronoun = any(self.lex.is_("speaker_pronoun", w) for w in words[:3]) or any(
            self.own_side(c, r) for r in refs_between(self.doc, a, min(b, a + 3)))  # "Russland werde … ausweisen"
        modal = any(any(self.lex.is_(cls, w) for cls in ("future", "future_aux", "hypothetical", "consequence_word"))
                    for w in words)  # (not a subjunctive of indirect speech alone: "Man dürfe nicht … stehen, warnte
        # Faymann" says what must not be; "man sei bereit, … anzugreifen" announces)
        return pronoun and modal

    def chain(self, prev_end: int, i: int) -> bool:
        """Whether only articles/adjectives stand between two noun triggers (a genitive chain); not a modal or an
        auxiliary ("Nach dem Treffen *sollen* neue Sanktionen …"), nor a preposition ("Forderung *nach* einem
        Einsatz": the demanded act is one of its own)."""
        return all(self.doc.tokens[j].kind == "word" and self.doc.tokens[j].text[:1].islower() and (any(
            self.lex.is_(c, self.words[j]) for c in ("determiner", "coordinator")) or _modifier(self.doc, self.lex, j)
            and not any(self.lex.is_(c, self.words[j]) for c in ("modal_verb", "obligation_modal")))
            for j in range(prev_end, i))

    def infer(self) -> None:
        """Fill participants the article makes clear: relative clauses about an agreement, partners."""
        doc = self.doc
        agreements = [e for e in self.events if e.type in ("AGREE", "COOPERATE") and e.source and e.target]
        for ev in self.events:
            a, b, kind = clause_range(doc, doc.token_at(ev.trigger[0]))
            if ev.source is None and (controller := self.controller(doc.token_at(ev.trigger[0]), a, b)) is not None \
                    and not (ev.target is not None and ev.target.entity == controller.entity):
                ev.source = controller  # "Russland versuchte am Montag, die Ukraine anzugreifen"
                self._link_country_entity(ev.source)
            if ev.source is None and kind == "rel":
                host = next((e for e in agreements if e.sentence == ev.sentence and e is not ev), None)
                if host is not None:
                    ev.source = _inferred(host.source)
                    ev.target = ev.target or _inferred(host.target)
                    for part in (ev.source, ev.target):
                        self._link_country_entity(part)
            if ev.source is not None and not _known(ev.target) and (
                    ev.type in PLACE_TARGETS or ev.cameo.startswith(VISIT_CODE) or self.visit(ev)) and not (
                    ev.type == "ASSAULT" and (ev.source.sector in ORGANISATION_SECTORS or self.individual(ev.source))) \
                    and not ev.cameo.startswith(DEPORT_CODES):
                # (nor a person's: "Der Franzose soll in Syrien gekämpft haben", "Mundlos und Böhnhardt sollen
                # Sprengstoffanschläge in Köln verübt haben" fall on people there, not on the state)
                # (a deportation's place is mostly where the deported go, no one it befalls: "Thailand hat über 100
                # Uiguren nach China abgeschoben", s36 line 32)
                # (an armed group's attack in a country falls on people there, not on that state: "Taliban-Angriffe
                # im pakistanischen Lahore")
                place = self.place_of(ev)
                if place is not None and place.country and place.country != ev.source.country:
                    holder = self.kb.actors.get(self.kb.countries.get(place.country, ""), {})
                    ev.target = _with_country(ev.target, Participant(
                        self.kb.countries.get(place.country), place.country, None, holder.get("name", place.country),
                        inferred=True))
                    self._link_country_entity(ev.target)
                    continue
                if ev.type not in ("AID", "MOBILIZE", "COOPERATE", "SUPPORT"):
                    continue
                for ag in agreements:
                    if ag.cameo.startswith(MEETING_INTENT):
                        continue  # who plans talks with X does not thereby support X
                    partner = ag.target if ag.source.country == ev.source.country else (
                        ag.source if ag.target.country == ev.source.country else None)
                    if partner is not None and partner.country != ev.source.country:
                        ev.target = _with_country(ev.target, _inferred(partner))
                        self._link_country_entity(ev.target)
                        break

    def individual(self, p: Participant) -> bool:
        """Whether a participant is a person: an entity of type person, or a description of no actor or sector that
        ends in a capitalised demonym noun ("Der Franzose"; not "die russischen Kampfjets", "türkischen")."""
        from .entities import demonym

        ent = self.entity_of(p)
        if ent is not None:
            return ent.type == "person"
        last = p.text.split()[-1] if p.text and p.text.split() else ""
        return not p.sector and last[:1].isupper() and demonym(last.lower(), self.doc, self.res) is not None

    def oblique_slot(self, ref) -> bool:
        """Whether an actor reference stands in a prepositional phrase or after a genitive article ("auf Antrag
        der USA"; not the apposition "die Partei Alternative für Deutschland")."""
        sl = slot(self.doc, self.lex, ref[0])
        return sl.startswith("pp:") or sl == "gen" and ref[0] > 0 and self.lex.genitive_article(self.words[ref[0] - 1])

    def controller(self, i: int, a: int, b: int) -> Participant | None:
        """The subject of the clause that governs a zu-infinitive verb, which has none of its own ("Russland
        versuchte am Montag, die Ukraine anzugreifen", "Die Regierung beschloss, Truppen zu verlegen"), marked as
        inferred: the one known actor of the main clause right before it, not in a prepositional phrase or a
        genitive, when that clause holds no request, no verb that has its object act and (outside a purpose clause
        "um … zu") no noun that takes the infinitive (closed class ``complement_noun``: "Forderung", "Beschluss").
        With two actors there ("forderte Russland auf, … abzuziehen", "bat Putin, … freizulassen") the object may be
        the one who is to act, and nothing is inferred."""
        doc = self.doc
        if not ((doc.tokens[i].text[:1].islower() or self.performed_in_infinitive(i, a, b))
                and self.infinitive_clause(a, b)) or doc.token_sentence[a - 2] != doc.token_sentence[i]:
            return None
        pa, pb, kind = self.governing_clause(a)
        if kind != "main" or any(e.type == "REQUEST" and pa <= doc.token_at(e.trigger[0]) < a for e in self.events) \
                or has_word(doc, self.lex, "object_control_verb", pa, a):
            return None  # "…, der als Agent absprang, um … zu verhaften"; "rief dazu auf, … zu unterzeichnen",
            # "befahl der Armee, … anzugreifen": the addressees are to act
        near = clause_range(doc, a - 2)
        if not self.lex.is_("purpose_opener", self.words[a]) and (
                self.clause_holds("complement_noun", pa, pb) or self.clause_holds("complement_noun", *near[:2])):
            return None  # "begrüßte den Beschluss der USA, die Sanktionen aufzuheben", "lehnte die Forderung der EU
            # ab, … freizulassen": the noun's infinitive (not "um … zu", whose purpose is the subject's), also in a
            # clause of its own with no actor ("werfen Schaunig vor, insbesondere die Weigerung, … zu verhandeln")
        refs = [r for r in _outermost(refs_between(doc, pa, pb)) if not self.oblique_slot(r)]
        if len({r[2] for r in refs}) != 1 and not (refs and len(self.co_subjects(refs[0], refs[1:])) == len(refs) - 1):
            return None  # one actor, perhaps named twice: "Alternative für Deutschland (AfD)"; or subjects joined
            # by "und": "Deutschland und Frankreich vereinbarten, … zu liefern" (the first of them)
        return dataclasses.replace(self.participant(refs[0]), inferred=True)

    def performed_in_infinitive(self, i: int, a: int, b: int) -> bool:
        """Whether the event noun at token i is the bare object of the verb of ``performing_verb`` that closes the
        zu-infinitive clause [a, b) ("…, Sanktionen gegen Russland zu verhängen", "…, der Ukraine Hilfe zu
        leisten"): whoever performs that verb does the noun's act. Not a definite noun ("…, die Sanktionen
        aufzuheben" may be another's), nor one after a preposition ("…, mit Russland über einen Waffenstillstand zu
        verhandeln")."""
        last = last_word(self.doc, a, b)
        return last > i and self.lex.is_("performing_verb", self.words[last]) and self.infinitive(last, a) \
            and preposition_before(self.doc, self.lex, i, a) is None and not self.definite(i) \
            and not self.genitive_attribute(i, a)

    def governing_clause(self, a: int) -> tuple[int, int, str]:
        """The clause that governs a zu-infinitive clause opening at token a: the nearest clause before it, or, where
        that one holds no actor that can be a subject, the nearest before it that does, over the infinitive's own
        phrases set off by commas and over relative clauses further back ("Russland gibt an, Stellungen von
        Terroristen, vor allem des IS, zu bombardieren"; "Die Regierung, die seit Mai im Amt ist, beschloss, …"; but
        "Die USA erklärten, Russland plane, die Ukraine anzugreifen": Russia plans). A relative or subordinate clause
        right before it governs it ("ein Täter, dessen Ziel es war, … umzubringen")."""
        doc = self.doc
        s0 = doc.sentence_tokens[doc.token_sentence[a]][0]
        nearest = clause = clause_range(doc, a - 2)
        while True:
            if clause is nearest and clause[2] != "main" or any(
                    slot(doc, self.lex, r[0]) == "bare" and doc.tokens[r[0] - 1].text != "("
                    for r in refs_between(doc, clause[0], clause[1])):
                return clause  # (an abbreviation in parentheses repeats its name: "des Islamischen Staates (IS)")
            if clause[2].startswith("sub:") or clause[0] <= s0 + 1 or doc.tokens[clause[0] - 1].text != ",":
                return nearest
            clause = clause_range(doc, clause[0] - 2)

    def accused_acts(self) -> None:
        """"warf der Armee vor, Stellungen beschossen zu haben": the accused did it, to the accuser's side unless the
        act benefits someone (not "warf Merkel Unterstützung von Terroristen vor": the aid goes to someone else)."""
        doc = self.doc
        for c in doc.claims:
            if c.act not in ("112", "1121", "1122", "1123", "1124", "1125") or c.cue is None:
                continue
            act = next((e for e in self.events if e.trigger[0] == c.cue[0]), None)
            if act is None or act.target is None:
                continue
            for ev in self.events:
                if ev is act or not (c.content[0] <= ev.trigger[0] < c.content[1]):
                    continue
                if _same(ev.source, act.source) and _same(ev.target, act.target):
                    ev.source, ev.target = None, None  # "Ukraine accused Russia of deporting …": not Ukraine's act
                if ev.source is None or ev.source.inferred:
                    ev.source = _inferred(act.target)
                    self._link_country_entity(ev.source)
                if not _known(ev.target) and ev.type not in BENEFIT_TYPES and act.source is not None \
                        and act.source.country != (ev.source.country if ev.source else None):
                    ev.target = _with_country(ev.target, _inferred(act.source))
                    self._link_country_entity(ev.target)

    def demanded_acts(self) -> None:
        """"forderte die Konfliktparteien zu einer Waffenruhe auf": the addressee of a demand is asked to act,
        so the demanded event's source is the addressee, not who demands it."""
        for c in self.doc.claims:
            if not c.act.startswith("10") or c.cue is None:
                continue
            req = next((e for e in self.events if e.trigger[0] == c.cue[0] and e.type == "REQUEST"), None)
            if req is None or req.target is None or req.source is None:
                continue
            # the addressee stands before the act asked of it (not "forderten … die Freilassung der Geiseln"), also
            # before the cue ("hatte Südafrika aufgerufen, den Staatschef zu verhaften")
            opens = self.doc.tokens[clause_range(self.doc, self.doc.token_at(c.cue[0]))[0]].start
            at = self.doc.text.find(req.target.text, opens) if req.target.text else -1
            for ev in self.events:
                if ev is not req and c.content[0] <= ev.trigger[0] < c.content[1] and 0 <= at < ev.trigger[0] and (
                        ev.source is None or _same(ev.source, req.source)) and not _same(ev.target, req.target) \
                        and not framing_clause(self.doc, self.lex, self.doc.token_at(ev.trigger[0]),
                                               self.doc.token_at(c.cue[0]), self.doc.token_at(c.content[0])):
                    self.asked_of(ev, req)  # not an act in a clause that frames the demand ("bevor die Gespräche …")
        for req in self.events:  # "mit der Bitte um Unterstützung an die internationale Gemeinschaft": a request noun
            # and the act in its phrase right after it
            if req.type != "REQUEST" or req.source is None or req.target is None or not self.noun_mention(req):
                continue
            for ev in self.events:
                gap = self.doc.token_at(ev.trigger[0]) - self.doc.token_at(req.trigger[1] - 1)
                if ev is not req and req.trigger[1] <= ev.trigger[0] and gap <= 3 \
                        and (ev.source is None or _same(ev.source, req.source)):
                    self.asked_of(ev, req)

    def asked_of(self, ev: Event, req: Event) -> None:
        """The act a request asks for is the addressee's; aid asked for, with no place to go to, goes to the
        country or body that asks ("Belgrad bat die EU um Unterstützung"; not to a person: Selenskyj asks for his
        country)."""
        ev.source = dataclasses.replace(req.target, inferred=True)
        if _same(ev.target, req.target):
            ev.target = None  # "mit der Bitte um Unterstützung an die EU": the an-phrase is the request's addressee
        asker = self.doc.entity(req.source.entity) if req.source.entity else None
        if ev.type == "AID" and ev.target is None and ev.place is None and asker is not None \
                and asker.type != "person":
            ev.target = dataclasses.replace(req.source, inferred=True)

    def _link_country_entity(self, part: Participant | None) -> None:
        if part is None:
            return
        described = part.text and part.text not in (part.country, self.kb.actors.get(
            self.kb.countries.get(part.country or "", ""), {}).get("name"))
        for ent in self.doc.entities:
            if ent.type == "country" and ent.country == part.country:
                part.entity = ent.id
                if not described:  # "eine Schule" (Ukraine) keeps its words
                    part.text = ent.name
                return
        part.entity = None

    def resolve_subject_pronoun(self, i: int) -> None:
        """Make the personal pronoun that is the subject of the main clause around a trigger a mention of the actor
        it continues (:meth:`previous_subject`): "Die Türkei hatte … gestartet. Zugleich griff sie … an". The subject
        opens the clause (after "und") or, in German, follows its finite verb; a neuter pronoun ("es", "it") is
        left alone, and so is one after a preposition."""
        doc, lex = self.doc, self.lex
        a, b, kind = clause_range(doc, i)
        if kind != "main":
            return  # "Weil sie … von den griechischen Behörden festgehalten wurden": a subordinate clause's pronoun
            # often stands for a noun of the sentence before other than its subject
        k = a + 1 if a + 1 < b and lex.is_("coordinator", self.words[a]) else a
        if lex.pronoun_kind(self.words[k]) != "personal" and lex.setting("verb_second"):
            k = next((j + 1 for j in range(a + 1, min(b - 1, i + 1)) if j == i or any(
                lex.is_(c, self.words[j]) for c in FINITE_CLASSES)), a)  # "In Kairo traf er", "Dann wurde sie"
        w = self.words[k]
        if k >= b or lex.pronoun_kind(w) != "personal" or set(lex.pronouns[w][1]) <= {"n"} or (
                k > a and lex.is_("preposition", self.words[k - 1])) or any(
                r[0] == k for r in refs_between(doc, k, k + 1)):
            return
        if not lex.setting("verb_second") and ("pl" in lex.pronouns[w][1] or not (k < i and all(any(
                lex.is_(c, self.words[j]) for c in (*FINITE_CLASSES, "negation", "sentence_adverb"))
                for j in range(k + 1, i)))):
            return  # English: "he" or "she" right before the trigger's verb group ("he has vetoed"), not the subject
            # of a clause the trigger's is part of ("he asked why the government was agreeing"); "they" stands for
            # people as often as for a country or a body ("Russia supports the rebels. They attacked …")
        if k > a and lex.is_("accusative_pronoun", w) and k + 1 < b and lex.is_("determiner", self.words[k + 1]):
            return  # "Dort nahm sie die Polizei fest": after the verb "sie" may be the object of the phrase after it
        if any(q0 <= k < q1 for q0, q1 in self.quote_spans):
            return  # inside a quote someone else speaks: "He accepted that …", said of another
        eid = self.previous_subject(k, lex.pronouns[w][1])
        if eid is not None:
            add_mention(doc, eid, k, k + 1, "pronoun")

    def previous_subject(self, k: int, genders: frozenset[str]) -> str | None:
        """The actor a pronoun at token ``k`` continues: the one that opens the sentence before as its subject (after
        a dateline; the finite verb follows), where its gender fits and no actor stands before the pronoun in its
        own sentence ("Die Türkei hatte … Angriffe auf den IS gestartet. Zugleich griff sie … an"). Only an actor
        named this way is taken: an antecedent that names no actor ("Die Organisation …. Sie wird …") is no
        mention, so the nearest actor of the right gender would often be the wrong one."""
        doc = self.doc
        sent = doc.token_sentence[k]
        s0 = doc.sentence_tokens[sent][0]
        german = self.lex.setting("nouns_capitalised")
        if sent == 0 or refs_between(doc, s0, k) or any(
                self.lex.is_("determiner", self.words[j]) and not (j > s0 and self.lex.is_(
                    "preposition", self.words[j - 1])) or not german and j > s0 and doc.tokens[j].text[:1].isupper()
                for j in range(s0, k)):
            return None  # "Die Touristen … hätten Rast gemacht, als sie … beschossen worden seien", "Mr Blunkett's
        # conduct is being looked at to establish whether he abused …": a noun phrase or name that may be the subject
        # stands before it (not a German one after a preposition: "In der Hauptstadt traf er")
        p0, p1 = doc.sentence_tokens[sent - 1]
        first = next((r for r in refs_between(doc, p0, p1) if not self.dateline(r)), None)
        if first is None or first[1] >= p1:
            return None
        start = next((j + 1 for j in range(first[0] - 1, p0 - 1, -1) if doc.tokens[j].text in DASHES), p0)
        if not all(self.dateline(r) for r in refs_between(doc, p0, start)) or not all(
                self.lex.is_("determiner", self.words[j]) or doc.tokens[j].text[:1].islower()
                for j in range(start, first[0])):
            return None  # "Die deutsche Regierung hat …", "Frankfurt/Brüssel – Die Regierung hat …"
        verb = doc.tokens[first[1]]
        ent = doc.entity(first[2])
        if verb.kind != "word" or not verb.text[:1].islower() or ent is None or ent.gender not in genders:
            return None  # (an actor of no known gender, as English countries, fits no pronoun: "Russia supports
            # the rebels. They attacked …")
        return first[2]

    def merge(self) -> list[Event]:
        """Event coreference: same type, compatible participants, place and time → one event."""
        out: list[Event] = []
        places = {p.id: p for p in self.doc.places}
        named = frozenset(e.id for e in self.doc.entities if e.kb)  # actors of the knowledge base, not role phrases
        headline_joined: set[int] = set()
        for ev in self.events:
            candidates = [o for o in out if _compatible(o, ev, places, named)]
            host = next((o for o in candidates if _share_actor(o, ev) and not (
                (self.before_or_after(ev) or self.before_or_after(o)) and ev.cameo != o.cameo)
                and not (ev.sentence > o.sentence + 1 and not self.refers_back(ev) and _adds_participant(o, ev))
                or o.sentence == ev.sentence and not (
                self.noun_mention(o) and self.noun_mention(ev)) and not (
                self.before_or_after(o) or self.before_or_after(ev))), None)  # "Luftangriff … getötet"; not "nach den
            # Terroranschlägen … befürchten Experten Angriffe auf Flüchtlingsquartiere"
            back = self.refers_back(ev)
            if host is None and (back or self.noun_mention(ev) and self.contracted(self.doc.token_at(ev.trigger[0]))):
                # "bei dem Angriff": the article's first (main) act told with the same noun ("Luftangriff"); after a
                # fused article ("beim Freispruch") only the article's one act of the code, below
                shared = [back and max(_same_noun(t[2], ev.trigger[2]) for t in (o.trigger, *o.mentions))
                          for o in candidates]
                if any(shared):  # the closest noun, the earliest act among equals
                    host = candidates[max(range(len(candidates)), key=lambda n: (shared[n], -n))]
                elif ev.source is None and ev.target is None and ev.time is None and not self.other_occurrence(ev):
                    # "Der Selbstmordanschlag beweist …" after "Terroranschlag": a definite noun naming no one is the
                    # article's one act of its CAMEO code, where there is only one
                    same_code = [o for o in out if o.cameo == ev.cameo]
                    if len(same_code) == 1 and same_code[0] in candidates and not _elsewhere(same_code[0], ev, places) \
                            and not any(_other_compound(t[2], ev.trigger[2]) for t in (same_code[0].trigger,
                                                                                     *same_code[0].mentions)):
                        host = same_code[0]
            if host is None and back and ev.type == "CONSULT" and ev.modality == "actual":
                # "Gespräche … an diesem Montag" coded as a meeting to come, then "Bei den Gesprächen in Brüssel …":
                # the same meeting, still to come
                # (or a meeting announced by another word in the two sentences before: "Merkel und Hollande kommen am
                # Mittwoch … zusammen. Bei den Gesprächen soll es um … gehen")
                host = next((o for o in reversed(out) if id(o) in self.announced and o.cameo.startswith(
                    MEETING_INTENT) and (_same_noun(o.trigger[2], ev.trigger[2]) or ev.sentence - 2 <= o.sentence
                                         < ev.sentence) and _compatible(
                    dataclasses.replace(o, type=ev.type, modality=ev.modality), ev, places, named)), None)
            if host is None and 0 < ev.sentence <= LEAD_SENTENCES:  # a headline's act told again in the lead
                host = next((o for o in candidates if o.sentence == 0 and id(o) not in headline_joined), None)
                if host is not None:
                    headline_joined.add(id(host))
            if host is None and ev.sentence == FIRST_LEAD + 1 and not self.noun_mention(ev):
                # the lead's act told again by a verb in the next sentence, in detail ("Ein Islamist ist … festgenommen
                # worden. Er sei am Samstag … festgenommen worden, berichtete die Agentur."); not a noun, which may
                # name an earlier act ("Vor 20 Jahren zwangen Massendemonstrationen …")
                host = next((o for o in candidates if o.sentence == FIRST_LEAD and o.cameo == ev.cameo
                             and id(o) not in headline_joined), None)
                if host is not None:
                    headline_joined.add(id(host))
            if host is None:
                out.append(ev)
                continue
            host.mentions.append(ev.trigger)
            if not _known(host.source) and (host.source is None or _known(ev.source)):
                host.source = ev.source or host.source
            if not _known(host.target) and (host.target is None or _known(ev.target)) and not (
                    ev.target and host.source and ev.target.text == host.source.text):
                host.target = ev.target or host.target  # not the host's own source ("sprengten sich in die Luft
                # oder wurden … getötet": the attackers killed are not the bombing's target)
            if host.source and host.source.inferred and _known(ev.source) and not ev.source.inferred:
                host.source = ev.source
            if host.target and host.target.inferred and _known(ev.target) and not ev.target.inferred:
                host.target = ev.target  # a read actor over an inferred one; a description does not replace either
            if not host.place or (ev.place and _nested(places, host.place, ev.place)
                                  and places[host.place].kind == "country"):
                host.place = ev.place or host.place
            host.time = host.time or ev.time
            host.given += ev.given
            host.quantities += [q for q in ev.quantities if q not in host.quantities]
            for c in ev.context:
                if c not in host.context:
                    host.context.append(c)
        self.objects(out)
        self.link_antecedents(out)
        for k, ev in enumerate(out, 1):
            ev.id = f"V{k}"
        return out

    def link_antecedents(self, events: list[Event]) -> None:
        """A definite event noun that names an earlier act again with its noun ("Neue Kämpfe im Donbass" … "Die
        Kämpfe haben zu einer Reaktion in Washington geführt", "Seit Beginn der Offensive …") but was not merged with
        it (another place, a participant of one sector described in other words) points back to it
        (``Event.antecedent``): the closest earlier event of the same type and mood whose trigger or a mention shares
        the noun (:func:`_same_noun`; the same noun or its head, not a narrower compound: "Selbstmordanschlag" after
        "Anschlag" may be another act), where no participant or time contradicts. Attribution lets the article's
        account of that act vouch for the later mention."""
        for ev in events:
            i = self.doc.token_at(ev.trigger[0])
            if i not in self.noun_triggers or not (self.definite(i) or self.contracted(i)) \
                    or self.other_occurrence(ev):
                continue
            end = self.doc.token_at(ev.trigger[1] - 1) + 1
            placed = end + 1 < len(self.words) and self.lex.is_("locative", self.words[end]) \
                and end + 1 in self.place_tokens
            # "Der Anschlag in Istanbul": a noun with its own place names the act there
            earlier = sorted((o for o in events if o.trigger[0] < ev.trigger[0] and not (
                placed and o.place and ev.place and o.place != ev.place)), key=lambda o: -o.trigger[0])
            ev.antecedent = next((o for o in earlier if (o.type, o.modality, o.negated) == (
                ev.type, ev.modality, ev.negated) and not _opposed(o, ev)
                and not (o.time and ev.time and ev.time != o.time)
                and any(_stem(t[2]).endswith(_stem(ev.trigger[2])) and _same_noun(t[2], ev.trigger[2])
                        for t in (o.trigger, *o.mentions))), None)

    def after_event_noun(self, ref, i: int) -> bool:
        """Whether an actor in a prepositional phrase belongs to another event noun before it ("griff nach einem
        Anschlag auf zwei Polizisten … an": the police were attacked in the other act)."""
        k = preposition_before(self.doc, self.lex, ref[0], i + 1)  # back to the preposition
        if k is None or k - 1 <= i:
            return False
        s1 = self.doc.sentence_tokens[self.doc.token_sentence[i]][1]
        got = self.trigger_at(k - 1, s1)
        offence = got is not None and got[3].cameo.startswith(KILLING_CODES) and (p := preposition_before(
            self.doc, self.lex, k - 1, i + 1)) is not None and self.lex.is_("offence_preposition", self.words[p])
        # "ermittelt wegen Mordes gegen den Ehemann": the charge's own
        return got is not None and got[3].pos in ("noun", "phrase") and self.doc.tokens[k - 1].text[:1].isupper() \
            and not offence

    def dateline(self, ref) -> bool:
        """Whether an actor reference is a dateline: the first words of a sentence before a dash ("Jerusalem –
        Erneut hat …"): where the report comes from, no participant."""
        dash = dateline_dash(self.doc, self.lex, self.doc.sentence_tokens[self.doc.token_sentence[ref[0]]][0])
        return dash is not None and ref[1] <= dash

    def of_action_noun(self, k: int, cue: int) -> bool:
        """Whether the phrase opening at token k (its article, or the noun after a preposition) is the attribute of
        an action noun (closed class ``action_noun_ending``) that heads an object phrase right before it or before its
        preposition ("forderte die bessere Integration *von Zuwanderern*", "eine Entpolitisierung *der
        Schulverwaltung*", or a bare noun right after the cue at token *cue*: "forderte Internierung *von Muslimen*"),
        not an addressee of the clause's cue."""
        j = k - 1
        if j > 0 and self.lex.is_("preposition", self.words[j]):
            j -= 1
        if j < 0 or not self.action_noun(j):
            return False
        if j - 1 == cue:
            return True  # a bare object right after the cue: "forderte Internierung von Muslimen"
        d = self.determined_start(j, 0) - 1  # before its adjectives ("die bessere Integration")
        # the head of an object phrase: an article that is no genitive's or dative's, with no preposition before it
        # (not "im Vorfeld der Tagung der griechischen Regierung … vorgeworfen", nor "in Richtung Mitterlehner")
        return d >= 0 and self.lex.is_("determiner", self.words[d]) and not self.lex.genitive_article(self.words[d]) \
            and not (d > 0 and self.lex.is_("preposition", self.words[d - 1]))

    def noun_between(self, end: int, k: int) -> bool:
        """Whether an action noun (closed class ``action_noun_ending``: "Zentralisierung") stands in tokens
        [end, k - 1): the agent preposition at k - 1 then belongs to it ("Proteste gegen Zentralisierung durch
        die Regierung"; not "Annexion der Krim durch Russland")."""
        return any(self.action_noun(j) for j in range(end, k - 1))

    def before_or_after(self, ev: Event) -> bool:
        """Whether an event noun follows a temporal preposition ("nach einem Anschlag", "seit den Angriffen",
        "after the attack"): another act, before or after the clause's own."""
        i = self.doc.token_at(ev.trigger[0])
        if not self.noun_mention(ev):
            return False
        j = i - 1
        while j > 0 and (self.lex.is_("determiner", self.words[j]) or self.doc.tokens[j].text[:1].islower()
                         and not self.lex.is_("preposition", self.words[j]) and self.doc.tokens[j].kind == "word"):
            j -= 1
        return j >= 0 and self.lex.is_("temporal_preposition", self.words[j])

    def noun_mention(self, ev: Event) -> bool:
        """Whether the event was told first by a noun."""
        return self.doc.token_at(ev.trigger[0]) in self.noun_triggers

    def other_occurrence(self, ev: Event) -> bool:
        return other_occurrence(self.doc, self.lex, ev)

    def refers_back(self, ev: Event) -> bool:
        """Whether an event mention points back to one told before: a definite event noun ("das Abkommen",
        "bei dem Angriff"). A verb tells a new act unless its participants say it is the same."""
        i = self.doc.token_at(ev.trigger[0])
        return i in self.noun_triggers and self.definite(i)

    def objects(self, events: list[Event]) -> None:
        """"verurteilten den Angriff": a reaction to an event targets that event's source (inferred)."""
        for ev in events:
            if _known(ev.target) or ev.type not in ("ACCUSE", "REJECT", "SUPPORT", "THREATEN", "SANCTION"):
                continue
            a, b = ev.clause
            lo, hi = self.doc.tokens[a].start, self.doc.tokens[b - 1].end
            for other in events:
                if other is ev or other.source is None:
                    continue
                spans = [other.trigger, *other.mentions]
                reacts = any(ev.trigger[1] <= s[0] < hi and s[0] >= lo for s in spans)
                if reacts and other.source.country != (ev.source.country if ev.source else None):
                        ev.target = _inferred(other.source)
                        self._link_country_entity(ev.target)
                        break


def announced_coding(ptype: str, context: list[str], cameo: str, negated: bool
                     ) -> tuple[str, str, str, list[str], bool, str] | None:
    """How PLOVER codes an act announced for the future: a cooperative act as AGREE, the CAMEO intent to do it ("will
    deliver", "wird … beraten", "kündigte Gespräche an"); one announced as not to be done as a refusal now ("werde
    nicht beraten": REJECT, CAMEO 12x); a retreat as CONCEDE, the intent to yield of its kind ("wird … freilassen").
    The new (cameo, type, mode, context, negated, modality), or None for other acts (an announced attack stays one)."""
    key = context[0] if context else ""
    if ptype in INTENT and negated:
        cameo = REFUSAL[ptype].get(key, REFUSAL[ptype][""])
        c = coding(cameo)
        return cameo, c.type, c.mode, list(c.context), False, "actual"
    if ptype in INTENT:
        cameo = INTENT[ptype].get(key, INTENT[ptype][""])
        c = coding(cameo)
        return cameo, c.type, "", list(c.context), negated, "future"
    if ptype == "RETREAT":
        cameo = next((v for k, v in FUTURE_CONCESSION if cameo.startswith(k)), "035")
        return cameo, "CONCEDE", "", list(coding(cameo).context), negated, "future"
    return None


def recode_announced(ev: Event, negated: bool) -> bool:
    """Recode an event as an announced act (:func:`announced_coding`, *negated*: announced as not to be done), its
    intensity with it; whether it was recoded."""
    recoded = announced_coding(ev.type, ev.context, ev.cameo, negated)
    if recoded is None:
        return False
    ev.cameo, ev.type, ev.mode, ev.context, ev.negated, ev.modality = recoded
    c = coding(ev.cameo)
    ev.intensity = c.intensity if c.type == ev.type else float(TYPE_SCORES.get(ev.type, 0.0))
    return True


# CAMEO codes of the intent to do a cooperative act, by the act's type and context (PLOVER's AGREE)
INTENT = {"CONSULT": {"": "036"}, "SUPPORT": {"": "032"},
          "COOPERATE": {"": "030", "economic": "0311", "military": "0312", "intelligence": "0314"},
          "AID": {"": "033", "economic": "0331", "military": "0332", "humanitarian": "0333"}}
#: CAMEO codes of refusing a cooperative act, announced as not to be done ("werde nicht beraten"), by its PLOVER type
REFUSAL = {"CONSULT": {"": "125"}, "SUPPORT": {"": "120"},
           "COOPERATE": {"": "121", "economic": "1211", "military": "1212"},
           "AID": {"": "122", "economic": "1221", "military": "1222", "humanitarian": "1223"}}
GENERIC_INTENT = "030"  # CAMEO "express intent to cooperate, not specified below": a plain promise or offer
#: CAMEO codes of an announced retreat, by the retreat's code prefix: the intent to yield of the same kind
#: (release → 0353, easing sanctions → 0354, allowing involvement → 0355, de-escalation → 0356, easing
#: curfews or emergency rule → 0351); PLOVER codes such announcements as CONCEDE.
FUTURE_CONCESSION = (("084", "0353"), ("085", "0354"), ("086", "0355"), ("087", "0356"), ("081", "0351"))
#: PLOVER types of acts between two parties: coordinated subjects of their event noun are partners
MUTUAL_TYPES = ("AGREE", "CONSULT", "COOPERATE")
#: types whose target may be a town: the site of an attack, a visit (also one announced, AGREE), a deployment or aid
#: ("Raketenangriff auf die Stadt Marat Numan", "besuchte Kiew"); in other acts a town is only where they happen ("in
#: Linz festgenommen")
TOWN_TARGET_TYPES = frozenset({"ASSAULT", "CONSULT", "AGREE", "MOBILIZE", "AID", "THREATEN"})
DEPORT_CODES = ("174",)  # CAMEO "expel or deport individuals"
FORCE_CODES = ("19",)  # CAMEO fight: a blockade or an occupation of a town (COERCE 191, 192) acts on it
#: speech acts addressed to someone: told to two addressees they are two acts
ADDRESSED_TYPES = ("REQUEST", "ACCUSE", "REJECT", "THREATEN")
PARTNER_REACH = 6  # tokens after an event noun in which a with-phrase names its partner
THREAT_CODES = ("13",)  # CAMEO threats: the acts they threaten are not done
EMERGENCY_MODES = ("curfew", "martial-law")  # COERCE modes of emergency measures
DISASTER_MENTIONS = 3  # disaster words that make an article a report on a disaster
GENERIC_THREAT = "130"  # a threat whose content the cue does not tell
STRIKE_THREAT = "133"  # CAMEO "threaten with political dissent, protest": what a union may threaten
#: sectors of actors who threaten by not ruling out an act of their own: governments, armies, legislators, armed groups
THREATENING_SECTORS = frozenset({"GOV", "MIL", "LEG", "REB", "INS", "SEP", "UAF", "PTY", "OPP"})
#: sectors of political actors: in a sports report only events with one of them as a participant stay
POLITICAL_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "IGO", "REB", "INS", "PTY", "OPP", "SEP",
                               "UAF"})
RESIGN = "0831"  # CAMEO "resign": PLOVER's RETREAT 'resign' is an official's; the head of an NGO or a firm who steps
# down is no political event ("trat der Chef von Transparency International … zurück")
PRIVATE_SECTORS = frozenset({"NGO", "BUS"})
#: sectors whose mentions make an article one on public affairs (:func:`public_share`)
PUBLIC_SECTORS = POLITICAL_SECTORS | {"LAB", "NGO", "CRM", "IMG"}
# acts done by saying them (AGREE: PLOVER's intents, "signalisierte Bereitschaft zu Verhandlungen")
#: Types of acts set for a day ahead of time: a meeting or a protest told in the present at a day is to come.
SCHEDULED_TYPES = frozenset({"CONSULT", "PROTEST"})
SPEECH_ACT_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE"})
PEOPLE_TYPE = "people"  # the entity type of roles.tsv's working people (workers, farmers, students): no public life
#: mentions of actors of public life per word under which an article's private acts are no events (one in about 80
#: words; measured on the hand-checked 10kGNAD events: docs/quality.md, sessions 26 and 29)
PUBLIC_SHARE = 0.012
PUBLIC_MIN_WORDS = 80  # words an article needs for its share of public actors to be measured
GENRE_SHARE = 0.015  # share of a genre's words (sport, screen) among an article's words that makes it of that genre
GENRE_WORDS = 4  # different words of the genre it needs as well
COMMERCE_SHARE = 0.02  # share of commerce words that makes an article one about companies and products
CYBER_ATTACK = "170"  # CAMEO's unspecified coercion, PLOVER COERCE with mode 'cyber': hacking and cyber attacks
BUSINESS_TYPES = frozenset({"CONSULT", "AGREE", "REQUEST", "COOPERATE"})  # acts that companies do among themselves
CLAIMING_SECTORS = {"CVL", "NGO", "IMG", "REB"}  # protesters, NGOs, armed groups: their claims for money are political
LEGAL_SECTORS = frozenset({"JUD", "COP"})  # prosecutors, courts and police: who brings charges
ALLEGATION_CODE = "112"  # CAMEO "accuse" and its allegations (1121 crime, 1122 rights abuses, … 1125 espionage)
CONVICT = "116"  # CAMEO "find guilty or liable (legally)": a court's verdict (PLOVER SANCTION 'convict')
INVESTIGATE_CODE = "09"  # CAMEO "investigate" (090–094): an inquiry by a body, not criticism
CRITICIZE = "111"  # CAMEO "criticize or denounce" (PLOVER ACCUSE, disapprove): an attack on a plan or a party
GENERIC_ATTACK = "190"  # CAMEO's unspecified use of force: "Angriff", "Offensive", "kämpfen" have a sports sense
MAIN_CLAUSE_SEPARATORS = (";",)  # punctuation between two main clauses of a sentence: a time of one is not the other's
#: CAMEO arrests and detentions (173, 174): after a storm, too, someone arrests
ARREST_CODES = ("173", "174")
GENERIC_ASSAULT = ("180", "190", "200")  # CAMEO's unspecified violence, force and mass violence: any kind joins them
CAPTURE = "181"  # CAMEO "abduct, hijack, take hostage": PLOVER ASSAULT 'abduct', also combatants captured in conflict
FIGHTER_SECTORS = frozenset({"REB", "INS", "SEP", "UAF"})  # armed groups: whom an army captures, not arrests
#: types of acts done, not said: a trigger that is also the cue of a claim is the speech verb, not one of these
MATERIAL_TYPES = ("ASSAULT", "COERCE", "MOBILIZE", "AID", "RETREAT", "SANCTION", "COOPERATE")
# cooperative and material acts between actors: an event noun of these types with no actor at all, once
# participants are complete, names a kind of act or a document, not an act ("Betriebsvereinbarungen",
# "das Dublin-Abkommen", "Hilfsgelder", "Sanktionen"); attacks, arrests, protests and talks are news without one
ACTOR_BOUND_TYPES = ("AGREE", "AID", "MOBILIZE", "SANCTION", "REQUEST", "SUPPORT", "COOPERATE")
#: types whose active verbs, too, count only with a source or target: agreeing, deploying, asking, working together,
#: threatening and conceding with no participant at all, once participants are complete, were mostly judged no
#: political act in the hand checks (a generic "verhandeln", a firm's "abziehen", a law firm's "abmahnen"; docs/
#: quality.md, session 28); attacks, arrests, protests, rejections and accusations are news without one
ACTOR_BOUND_VERB_TYPES = ("AGREE", "MOBILIZE", "REQUEST", "COOPERATE", "THREATEN", "CONCEDE")
#: CAMEO codes of acts whose target follows "gegen"/"against" as a verb's phrase (investigate, sue)
OPPOSED_CODES = ("09", "115")
#: CAMEO code of leaving an organisation (reduce relations; PLOVER's SANCTION 'withdraw')
LEAVE_ORGANISATION = "160"
SINGLE_CATEGORY = ("THREATEN", "REJECT", "SANCTION", "AGREE", "CONCEDE", "RETREAT")
#: Statuses of claims whose content is an act as done or not done (claimed, denied, …), not as intended.
REPORTED_ACT_STATUSES = ("claimed", "denied", "confirmed", "disputed")
#: CAMEO codes whose source is the host of a visit (043 "host a visit"); PLOVER's CONSULT visit has the visitor
#: as source and the host as target, so the roles are swapped.
HOST_CODES = ("043",)
#: CAMEO codes of unconventional violence (attacks, bombings, kidnappings, assassinations): planned, such an act is a
#: plot (:meth:`_Coder.plotted`), not an act to come as a state's planned offensive is.
PLOT_CODES = ("18",)
DATELINE_TOKENS = 6  # the most tokens of a dateline before its dash ("Vatikanstadt/Wien –", "Los Angeles –")
SEIZE_CODES = ("1711", "1721")  # CAMEO "confiscate property", "restrict freedoms" (censor): the object is a thing
# (goods, posts); only an owner or author named as actor is a target
ABDUCT_CODE = "181"  # CAMEO "abduct, hijack, or take hostage"
COMPOUND_END_MIN = 6  # the shortest word of a closed class that also counts as a compound's end
MILITARY_WITHDRAWAL = "0874"  # CAMEO "retreat or surrender militarily": needs armed force or a state in play
VISIT_CODE = "042"  # CAMEO "make a visit": the host country of the place visited is the target
BLOCKADE = "191"  # CAMEO "impose blockade, restrict movement" (PLOVER COERCE)
OBSTRUCT = "120"  # CAMEO "reject": a bill, a deal or a decision held up
CIVIL_OBSTRUCTION = "144"  # CAMEO "obstruct passage, block" (PLOVER PROTEST): civilians who block a road
EXERCISE = "150"  # CAMEO "demonstrate military or police power": a military exercise (PLOVER MOBILIZE)
JOINT_EXERCISE = "062"  # CAMEO "cooperate militarily" (PLOVER COOPERATE): a joint exercise
DEPLOY = "154"  # CAMEO "mobilize or increase armed forces" (PLOVER MOBILIZE): forces or weapons sent somewhere
WARNING_AGAINST = "111"  # CAMEO "criticize or denounce": a state's warning to one named, of what it may do
MEETING_INTENT = "036"  # CAMEO "express intent to meet or negotiate": AGREE for talks still to come
BENEFIT_TYPES = frozenset({"AID", "SUPPORT", "COOPERATE"})  # acts whose target is a beneficiary, not the accuser
ORGANISATION_SECTORS = {"PTY", "REB", "IMG", "OPP", "NGO"}  # actors inferred as themselves, not their country
HOSTILE_PREPOSITIONS = {"auf", "gegen", "on", "against", "at", "upon"}  # "Raketen auf Aschkelon", "strikes on Kharkiv"
#: CAMEO codes whose event nouns take who the act befalls as their genitive ("die Freilassung der Geiseln",
#: "the arrest of two journalists", "Entführung eines Reporters", "die Zerstörung Israels"): release, destruction of
#: property, a court's verdict ("die Verurteilung des Bloggers zu tausend Stockhieben"), arrest, expulsion,
#: abduction, killing (in any language); also where a context word picks the code ("Verurteilung" is a condemnation,
#: 111, unless a court or a sentence stands by).
PATIENT_NOUN_CODES = ("0841", "116", "1712", "173", "174", "181", "1823", "186", "20")
AGENT_SPAN = 6  # tokens after an event noun's genitive within which an agent ("durch …") makes it one act
AWAIT_REACH = 4  # tokens from a verb of waiting to the preposition of what is awaited ("warten die Forscher auf")
INSERTION_CLAUSES = 2  # insertions in commas between a German infinitive clause and the cue it depends on
STANCE_TYPES = ("REJECT", "ACCUSE", "SUPPORT", "REQUEST")  # acts whose possessive noun's owner takes a stance
KILLING_CODES = ("182",)  # CAMEO codes of killings: a gegen-phrase after one as an offence is the charge's
#: Slots of a prepositional phrase that names whom a hostile act is aimed at ("gegen Putin", "auf Demonstranten").
HOSTILE_SLOTS = ("pp:gegen", "pp:auf", "pp:against", "pp:on", "pp:at")
AGENT_REACH = 2  # tokens from an event noun to the name of its von-phrase ("Besuch *von dem* …"): the noun's agent
NEEDED_TYPES = ("AID", "SUPPORT", "COOPERATE")  # acts that a noun names as needed, not done ("brauchten Hilfe")
STEM_INFLECTION = 2  # letters an inflection may add after a specific code's stem that ends a word ("Gerichts")
SIGN_AGREEMENT = "057"  # CAMEO "sign formal agreement" (PLOVER AGREE): "Abkommen", "Vertrag", "Vereinbarung"
#: Sentences after the headline (sentence 0) that make up an article's lead, where the headline's act is told again.
LEAD_SENTENCES = 2
#: Units of the time table that make a time a period, not a day of an act told in the lead.
PERIOD_UNITS = ("week", "month", "year", "decade")
DANGER_REACH = 3  # words after a warning cue that may open what it warns of ("warnte die Regierung vor …")
TERM_UNITS = ("day", "week", "month", "year")  # units of a sentence's term ("zu 16 Jahren verurteilt")
PRISON_TERM = "173"  # CAMEO "arrest, detain": a prison term, as the lexicon codes "zu zehn Jahren Haft verurteilt"
#: The start of the adjective after a unit that gives an age ("30 Jahre alt", "years old").
AGE_STEM = ("alt", "old")
#: The lead's first sentence, after the headline; the sentence after it gives the lead's act in detail.
FIRST_LEAD = 1
#: Tokens a noun phrase may span at most (English: words up to a function word).
MAX_PHRASE = 6
#: Closed classes of finite auxiliaries and modals that hold the second place of a German main clause.
AUXILIARY_CLASSES = (*AUXILIARY_CORE, "modal_verb")
FINITE_CLASSES = (*AUXILIARY_CORE, "future")
#: closed classes of a clause's first word that is no finite verb ("und", "die", "mit", "dass")
NOT_VERB_OPENERS = ("coordinator", "determiner", "preposition", "subordinator", "relative", "sentence_adverb",
                    "clause_adverb")
#: Closed classes of adverbs that may open a report's content before its preposition ("zuvor von einem Massaker").
ADVERB_CLASSES = ("sentence_adverb", "clause_adverb")
#: Types of measures taken against people: against a class of possible people (``possibility_word`` before a role
#: noun) they are a rule or a proposal, no act told.
MEASURE_TYPES = {"COERCE", "SANCTION", "ASSAULT"}
#: Types whose object, when it is no known actor, is read as a noun phrase.
OBJECT_TYPES = {"ASSAULT", "COERCE", "SANCTION", "THREATEN", "ACCUSE", "AID", "RETREAT", "CONCEDE", "CONSULT",
                "REJECT", "REQUEST"}
#: Of these, types whose object is often a thing (aid given, a ban lifted, talks suspended, the charge of an
#: accusation, the topic of talks): an object phrase is their target only when it names people or a country (a
#: role noun or a demonym in it).
ACTOR_OBJECT_TYPES = {"AID", "SANCTION", "CONCEDE", "RETREAT", "ACCUSE", "CONSULT", "REQUEST", "REJECT"}
#: Types whose target is whom the speech act addresses (PLOVER: who is asked), so the object of a cue without an
#: addressee preposition is the target even when it names no role ("forderte die Konfliktparteien auf").
ADDRESSEE_TYPES = {"REQUEST"}
OBJECT_WINDOW = 5  # tokens from such a verb to the noun it governs
#: Tokens from a trigger (itself the first) in which a context word picks its specific code ("die Verurteilung des
#: Bloggers Raif Badawi zu tausend Stockhieben": a court's sentence).
SPECIFIC_REACH = 9
VERBAL_ATTACK_WINDOW = 6  # words after an attack in which a plan or policy it falls on is read
OBJECT_PHRASE = 12  # tokens an object phrase with its attachments spans at most ("the closure of … in Bree")


def _stem_in(stem: str, words: list[str], whole: list[bool]) -> bool:
    """Whether a stem of a trigger's specific codes occurs in words: anywhere in a word marked ``whole`` (the trigger
    itself, a German noun: "Freihandelsabkommen", "Strafgerichtshof"), else at a word's start, after a hyphen, or
    ending a word but for an inflection ("Jahren Haft"); not inside another word ("rechts*gericht*ete")."""
    if " " in stem:
        text = " ".join(words)
        at = text.find(stem)
        while at >= 0:
            end = at + len(stem)
            rest = len(text) - end if (space := text.find(" ", end)) < 0 else space - end
            if at == 0 or text[at - 1] in " -" or rest <= STEM_INFLECTION:
                return True
            at = text.find(stem, at + 1)
        return False
    for word, anywhere in zip(words, whole, strict=True):
        at = word.find(stem)
        if at >= 0 and (anywhere or at == 0 or word[at - 1] == "-" or len(word) - word.rfind(stem) - len(stem)
                        <= STEM_INFLECTION):
            return True
    return False


def _nested(places: dict, x: str, y: str) -> bool:
    """Whether one place lies in the other (a region in its country)."""
    px, py = places.get(x), places.get(y)
    if px is None or py is None:
        return False
    return (px.kind == "country" and px.country == py.country) or (py.kind == "country" and py.country == px.country)


def _compatible(a: Event, b: Event, places: dict, named: frozenset[str] = frozenset()) -> bool:
    if a.type != b.type or a.negated != b.negated or a.modality != b.modality:
        return False
    if a.type == "THREATEN" and a.mode and b.mode and a.mode != b.mode:
        return False  # the mode of a threat is what it threatens: sanctions and an attack are two threats
    if a.type == "ASSAULT" and (a.mode == "abduct") != (b.mode == "abduct") and not (
            a.cameo in GENERIC_ASSAULT or b.cameo in GENERIC_ASSAULT):
        return False  # "zerstörten zwei Camps und nahmen Kämpfer fest": taking people is another act than harm done
    for x, y in ((a.source, b.source), (a.target, b.target)):
        if x and y and x.country and y.country and x.country != y.country:
            return False
        if x and y and not x.country and not y.country and x.entity and y.entity and x.entity != y.entity:
            return False  # two organisations without a country ("the EU and NATO sent …")
    if a.type not in MUTUAL_TYPES and _crossed(a, b):
        return False  # "Ugandische Gruppe griff … an" and "Kämpfe … gegen ugandische Rebellen": not one act
    if a.place and b.place and a.place != b.place and not _nested(places, a.place, b.place):
        return False
    if a.time and b.time and a.time != b.time:
        return False
    for x, y in ((a.source, b.source), (a.target, b.target)):
        if x and y and not _known(x) and not _known(y) and not _shares_word(x.text, y.text):
            return False  # "a school" and "a hospital" are two targets
    x, y = a.source, b.source
    if x and y and x.sector != y.sector and (x.sector in UNALIGNED_SECTORS or y.sector in UNALIGNED_SECTORS
                                             or x.sector and y.sector and {x.sector, y.sector} & FIGHTER_SECTORS):
        return False  # "Militants attacked …" and "Gunmen attacked …": armed men of no known side and criminals are
        # no state, army or group named elsewhere (as targets they may be named either way: "Angreifer", "der Mann");
        # an armed group and the army of its country are two sides ("Soldaten zerstörten …", "Ansar Dine griff … an")
    if a.type in ADDRESSED_TYPES and x and y and x.sector and y.sector and (
            _two_named(x, y, named) or x.sector != y.sector and not _same(x, y)):
        return False  # "Die SPÖ wirft Schelling … vor" and "Die Grünen kritisieren den Minister": two speakers; so are
        # two sectors of one country ("Die Polizei forderte …" and "Ministerpräsident Horst Seehofer forderte …")
    if a.type in ADDRESSED_TYPES and a.target and b.target and _other_addressee(a.target, b.target, named):
        return False  # a demand to the residents and one to Russia are two demands, though the first names no country
    shared = {p.country for p in (a.source, a.target) if p and p.country} & {
        p.country for p in (b.source, b.target) if p and p.country} or {
        p.entity for p in (a.source, a.target) if p and p.entity} & {
        p.entity for p in (b.source, b.target) if p and p.entity}  # or one actor of no country: "EU-Ratspräsident Tusk"
    bare = any(not _known(x.source) and not _known(x.target) and x.place is None for x in (a, b))  # "der Einsatz"
    return bool(shared) or bare or a.place is not None and a.place == b.place or a.sentence == b.sentence


def dateline_dash(doc: Doc, lex: Lexicon, s0: int) -> int | None:
    """The dash that closes a dateline opening the sentence at token s0 ("Jerusalem – Erneut hat …", "Vatikanstadt/Wien
    –": capitalised words, or names joined by "/", no article), or None ("Die SPÖ – bisher für …" is none)."""
    tokens = doc.tokens
    for k in range(s0, min(s0 + DATELINE_TOKENS, len(tokens))):
        if tokens[k].text in DASHES:
            return k if k > s0 else None
        if not (tokens[k].text == "/" or tokens[k].kind == "word" and tokens[k].text[:1].isupper()
                and not lex.is_("determiner", doc.words[k])):
            return None
    return None


def _in_parties_country(a: Event, b: Event, places: dict) -> bool:
    """Whether an act that names no one (*b*) happens at a place the headline or the lead names, in the country of
    the other's participants, with the same type, mood and negation ("Kundgebungen in Duisburg" after "Duisburg –
    Tausende Stahlarbeiter sind auf die Straße gegangen"; not "in Lyon" after a protest in Paris)."""
    place = places.get(b.place) if b.place else None
    return b.source is None and b.target is None and place is not None and (a.type, a.modality, a.negated) == (
        b.type, b.modality, b.negated) and any(m.sentence <= LEAD_SENTENCES for m in place.mentions) \
        and place.country in {p.country for p in (a.source, a.target) if p and p.country}


def other_occurrence(doc: Doc, lex: Lexicon, ev: Event) -> bool:
    """Whether a word before an event noun sets it apart from an act told before (closed class
    ``other_occurrence``: "das *letzte* Telefonat", "in den *nächsten* Verhandlungsrunden", "die *neuen*
    Proteste")."""
    i = doc.token_at(ev.trigger[0])
    return any(lex.is_("other_occurrence", doc.words[j]) for j in range(max(0, i - 3), i))


def same_act(doc: Doc, lex: Lexicon, a: Event, b: Event, places: dict) -> bool:
    """Whether an event of the headline or the lead (*a*) and a later one (*b*, which may be the lead's next sentence
    telling the act in detail) tell one act that happened: the same CAMEO code, both actual and not negated,
    compatible participants, place and time (:func:`_compatible`), no time coarser than a day in the later one's clause
    where the first has no time (:func:`_period_in`: "Bereits im Januar sei ein Anschlag verübt worden", "Seit
    Jahresbeginn seien 100 Soldaten getötet worden"; a day is a detail of the same act: "am Sonntag gegen 14 Uhr
    erschossen"), no word that sets the later one apart (closed classes ``other_occurrence``, "das *letzte*
    Telefonat", and ``additive_particle`` in its clause before it, "*Auch* Bauern hätten protestiert"), no other
    number of people befallen ("300 Menschen" after "fünf Menschen"), and either a participant in common (the same
    actor, or descriptions that share a word), no known actor in either ("Kundgebungen" after "sind auf die Straße
    gegangen"; not "getötet" with no one named after "Atomphysiker … hingerichtet"), or no known actor in the later
    one, which names the first one's noun again (:func:`_same_noun`: "Laut Anklage" after "hat Anklage gegen den
    Bürgermeister erhoben"); a later act that names no one may also happen in the country of the first one's
    participants (:func:`_in_parties_country`: "Kundgebungen in Duisburg" after "Tausende Stahlarbeiter sind …
    gegangen")."""
    if not (a.sentence <= LEAD_SENTENCES and a.sentence < b.sentence and a.cameo == b.cameo
            and a.modality == "actual" and not a.negated
            and (_compatible(a, b, places) or _in_parties_country(a, b, places))
            and not other_occurrence(doc, lex, b)):
        return False
    i = doc.token_at(b.trigger[0])
    if not a.time and _period_in(doc, lex, *b.clause) or has_word(doc, lex, "additive_particle", b.clause[0], i) \
            or (x := _counted(lex, a.target)) is not None and (y := _counted(lex, b.target)) is not None and x != y:
        return False
    described = any(x and y and _shares_word(x.text, y.text) for x, y in ((a.source, b.source), (a.target, b.target)))
    unknown = not any(_known(p) for p in (a.source, a.target, b.source, b.target))
    named_again = not _known(b.source) and not _known(b.target) and _same_noun(a.trigger[2], b.trigger[2]) > 0
    return _share_actor(a, b) or described or unknown or named_again or _in_parties_country(a, b, places)


def _period_in(doc: Doc, lex: Lexicon, a: int, b: int) -> bool:
    """Whether tokens [a, b) name a time coarser than a day: a time expression of another precision ("im Januar"), a
    unit of the time table of a week or more that gives no age ("In diesem Jahr", "in den vergangenen Jahren"; not
    "30 Jahre alt"), or a word of the closed class ``period_preposition`` ("Seit Jahresbeginn")."""
    lo, hi = doc.tokens[a].start, doc.tokens[b - 1].end
    if any(t.start_char < hi and lo < t.end_char and t.precision != "day" for t in doc.times):
        return True
    for k in range(a, b):
        got = lex.time.get(doc.words[k])
        if got is not None and got[0] == "relunit" and got[1] in PERIOD_UNITS and not (
                k + 1 < b and doc.words[k + 1].startswith(AGE_STEM)) or lex.is_("period_preposition", doc.words[k]):
            return True
    return False


def _counted(lex: Lexicon, p: Participant | None) -> float | None:
    """The number that opens a participant's description ("300 Menschen" → 300, "fünf Menschen" → 5); None without
    one."""
    first = p.text.split()[0].lower() if p is not None and p.text.split() else ""
    if re.fullmatch(r"\d+(?:[.,]\d{3})*", first):
        return float(re.sub(r"[.,]", "", first))
    value = lex.numbers.get(first)
    return value[0] if value is not None and value[0] is not None else None


def _other_addressee(x: Participant, y: Participant, named: frozenset[str] = frozenset()) -> bool:
    """Whether two targets of speech acts are different addressees: of different countries or, in one country,
    of different sectors ("der Staatsführung" and "AKP"; "Iran" and "Teheran" are one addressee, the country standing
    for its government), or two actors of the knowledge base with a sector that the text names apart (``named``); where
    one names no country,
    neither the same entity nor sharing a word."""
    if x.sector and y.sector and _two_named(x, y, named):
        return True  # two actors of the knowledge base the text names apart: "warf Merkel … vor" and "kritisiert …
        # Steinmeier" (not a country and its capital, which has no sector of its own: "Iran" and "Teheran"; not a
        # role phrase, which may name one of them: "Biden" and "den US-Präsidenten")
    if x.country and y.country:
        return x.country != y.country or bool(x.sector and y.sector and x.sector != y.sector)
    return not _same(x, y) and not _shares_word(x.text, y.text)


def _two_named(x: Participant, y: Participant, named: frozenset[str]) -> bool:
    """Whether two participants are two actors of the knowledge base (``named``) that the text names apart: read, not
    inferred, and sharing no word."""
    return x.entity in named and y.entity in named and x.entity != y.entity and not (x.inferred or y.inferred) \
        and not _shares_word(x.text, y.text)


def _crossed(a: Event, b: Event) -> bool:
    """Whether one event's source is the other's target (or the reverse): the same entity, or without entities the
    same country where that event's other participant is of another country (two parties of one country say
    nothing by their country: "Trump wirft Cummings … vor", "warf er … vor")."""
    for x, y, other in ((a.source, b.target, a.target), (a.target, b.source, a.source)):
        if x is None or y is None:
            continue
        if x.entity and y.entity:
            if x.entity == y.entity:
                return True
        elif x.country and x.country == y.country and y.sector and (other is None or other.country != x.country):
            return True  # an actor of a kind ("ugandische Rebellen"), not a place ("Luftangriff auf Aleppo")
    return False


def _elsewhere(host: Event, ev: Event, places: dict) -> bool:
    """Whether an event's place lies in a country other than those of another event's place and participants
    ("den Terroranschlägen von Paris" is not the arson attacks on shelters in Saxony)."""
    where = places.get(ev.place) if ev.place else None
    if where is None or not where.country:
        return False
    theirs = {p.country for p in (host.source, host.target) if p and p.country}
    if host.place and (hp := places.get(host.place)) is not None and hp.country:
        theirs.add(hp.country)
    return bool(theirs) and where.country not in theirs


def _other_compound(x: str, y: str) -> bool:
    """Whether two trigger words are compounds of one head noun with different first parts ("G-7-Treffen" and
    "Bilderberg-Treffen", "Terroranschlägen" and "Brandanschläge"): two acts of a kind, named apart."""
    a, b = _stem(x), _stem(y)
    k = 0
    while k < min(len(a), len(b)) and a[-1 - k] == b[-1 - k]:
        k += 1
    return k >= 4 and k < len(a) and k < len(b)


def _same_noun(x: str, y: str) -> int:
    """Whether two trigger words share their head noun: one, less an inflection ending, ends the other
    ("Verteidigungsabkommen" and "Abkommens", "Luftangriff" and "Angriff"; not "Parteienbündnis" and
    "unterzeichneten"). The length of the shared noun, 0 when there is none: "Luftangriffen" is closer to
    "Luftangriffe" than to "Angriff". Diacritics are ignored, as a plural may add them ("Anschläge",
    "Anschlag")."""
    a, b = _stem(x), _stem(y)
    short, long_ = sorted((a, b), key=len)
    return len(short) if len(short) >= 4 and long_.endswith(short) else 0


def _stem(w: str) -> str:
    """A trigger's last word, lowercased, without diacritics and an inflection ending ("Anschlägen" → "anschlag")."""
    w = w.split()[-1].lower() if w.split() else ""
    w = "".join(ch for ch in unicodedata.normalize("NFKD", w) if not unicodedata.combining(ch))
    for ending in ("es", "en", "e", "s", "n"):
        if w.endswith(ending) and len(w) - len(ending) >= 4:
            return w[:-len(ending)]
    return w


def _adds_participant(host: Event, ev: Event) -> bool:
    """Whether a later act names a participant its host leaves open (or names only by description): "unterstützt das
    Regime mit Luftangriffen" and, sentences later, "bombardierten die russischen Kampfjets ein Krankenhaus" are the
    campaign and one strike in it, two acts (a verb or an indefinite noun tells a new act unless its participants say
    it is the same; a definite noun points back: "bei dem Angriff")."""
    if ev.target is not None and not _known(host.target):
        return True
    agree = host.target is not None and ev.target is not None and (
        host.target.entity is not None and host.target.entity == ev.target.entity
        or _shares_word(host.target.text, ev.target.text))
    return ev.source is not None and not _known(host.source) and not agree  # "nine French peacekeepers were
    # killed" and, later, "Gbagbo's bombing killed French soldiers": one act, the later mention names who


def _share_actor(a: Event, b: Event) -> bool:
    """Whether two events have a known actor in the same role (the same entity, else the same country): "Israel
    griff … an" and "Israels Armee griff … an"; not the recipient of one act as the giver of another."""
    if a.source and b.source and not _same(a.source, b.source) and not (
            a.source.country and a.source.country == b.source.country):
        return False  # two named attackers of one country are two acts ("kurdische Kämpfer" and Russia in Syria)
    return any(_same(x, y) or x and y and x.country and x.country == y.country
               for x, y in ((a.source, b.source), (a.target, b.target)))


def _with_country(described: Participant | None, inferred: Participant) -> Participant:
    """An inferred participant that keeps the words of a described one ("Stellungen" → Azerbaijan)."""
    if described is None:
        return inferred
    return Participant(inferred.entity, inferred.country, described.sector or inferred.sector, described.text,
                       inferred=True)


def _shares_word(x: str, y: str) -> bool:
    """Whether two descriptions share a word of four or more letters (case-insensitive), or one's word of six or more
    letters is the head of a compound in the other ("Tatverdächtiger" and "Ein Verdächtiger")."""
    xs, ys = set(re.findall(r"\w{4,}", x.lower())), set(re.findall(r"\w{4,}", y.lower()))
    return bool(_shared_words(x, y)) or any(len(short) >= 6 and long.endswith(short) for a, b in ((xs, ys), (ys, xs))
                                for short in a for long in b)


def _shared_words(x: str, y: str) -> set[str]:
    """The words of four or more letters two descriptions share (case-insensitive)."""
    return set(re.findall(r"\w{4,}", x.lower())) & set(re.findall(r"\w{4,}", y.lower()))


def _copy_for(ev: Event, **roles: Participant) -> Event:
    """An event for another coordinated participant (``source=`` or ``target=``): the same act with its own lists and
    no mentions or claims of its own."""
    return dataclasses.replace(ev, **roles, quantities=list(ev.quantities), context=list(ev.context), mentions=[],
                               claims=[])


def _opposed(a: Event, b: Event) -> bool:
    """Whether two events name different participants in one role: other known actors (other countries, other
    entities), or descriptions with no word and no sector in common ("einen Tanzclub", "den Atatürk-Flughafen"; not
    "die Rebellen", "die Aufständischen")."""
    return any(x and y and (_known(x) and _known(y) and not _same(x, y) or not _known(x) and not _known(y)
                            and not _shares_word(x.text, y.text) and not (x.sector and x.sector == y.sector))
               for x, y in ((a.source, b.source), (a.target, b.target)))


def _same(a: Participant | None, b: Participant | None) -> bool:
    """Two participants that stand for the same actor (the same entity, else the same country)."""
    if a is None or b is None:
        return False
    return a.entity == b.entity if a.entity and b.entity else bool(a.country) and a.country == b.country


def sports_report(words: list[str], lex: Lexicon) -> bool:
    """Whether an article (its lowercased words) reports sport: at least ``GENRE_WORDS`` different words of the
    closed class ``sport_word`` ("Tor", "Trainer", "Liga"; "goal", "coach", "league") making up ``GENRE_SHARE`` of
    its words (benchmarks/sports_reports.py measures it against the categories of 10kGNAD and BBC News)."""
    return genre_report(words, lex, "sport_word")


def screen_report(words: list[str], lex: Lexicon) -> bool:
    """Whether an article is about a film, a series, a novel or a video game, whose acts are fiction: the same
    measure over the closed class ``screen_word`` ("Regisseur", "Staffel", "Videospiel"; "director", "episode")."""
    return genre_report(words, lex, "screen_word")


def commerce_report(words: list[str], lex: Lexicon) -> bool:
    """Whether an article is about companies, their products and markets ("Konzern", "Aktionäre", "Smartphone";
    "shareholders", "devices"): the same measure over the closed class ``commerce_word``, with the higher share
    ``COMMERCE_SHARE`` (economic policy, trade talks and strikes use some of these words too)."""
    return genre_report(words, lex, "commerce_word", COMMERCE_SHARE)


def public_share(doc: Doc, lex: Lexicon) -> float | None:
    """Mentions of actors of public life (countries and actors of :data:`PUBLIC_SECTORS` that the knowledge base
    knows, and role nouns of those sectors: "Regierung", "Polizei", "MPs") per word of the article (punctuation not
    counted); None for a text under ``PUBLIC_MIN_WORDS`` words, too short for a share to say anything."""
    from .entities import _role_at

    words = sum(1 for w in doc.words if w[:1].isalnum())
    if words < PUBLIC_MIN_WORDS:
        return None
    mentions = sum(len(e.mentions) for e in doc.entities
                   if e.kb and (e.type == "country" or e.sector in PUBLIC_SECTORS))
    i = 0
    while i < len(doc.tokens):
        role = _role_at(doc, lex, i) if doc.tokens[i].kind == "word" else None
        if role is not None and role[1].sector in PUBLIC_SECTORS and role[1].type != PEOPLE_TYPE:
            mentions += 1
        i += role[0] if role is not None else 1
    return mentions / words


def genre_report(words: list[str], lex: Lexicon, cls: str, share: float = 0.0) -> bool:
    """Whether at least ``GENRE_WORDS`` different words of a closed class make up *share* (by default
    ``GENRE_SHARE``) of the words (punctuation and quotation marks not counted). A hyphenated compound counts by its
    first or last part ("Fußball-Bundesligisten")."""
    hits = [w for w in words if lex.is_(cls, w) or "-" in w and (
        lex.is_(cls, w.split("-", 1)[0]) or lex.is_(cls, w.rsplit("-", 1)[1]))]
    return len(set(hits)) >= GENRE_WORDS and len(hits) >= (share or GENRE_SHARE) * sum(
        1 for w in words if w[:1].isalnum())


def _apart(source: Participant | None, target: Participant | None) -> bool:
    """Whether two known participants are two sides: other countries, or other actors where one has no country
    ("Kerry traf die Unterhändler der kolumbianischen Regierung"; not "trifft das isolierte Nordkorea
    Vorbereitungen", where the subject came out as both)."""
    if not (_known(source) and _known(target)):
        return False
    if source.country and target.country:
        return source.country != target.country
    return source.entity != target.entity


def _bare_entity(ent: Entity) -> bool:
    """Whether an entity is a person named by given and family name only (entities stage, via "given-name"), of no
    knowledge-base record, role, country or sector."""
    return ent.type == "person" and ent.kb is None and not (ent.country or ent.sector) and all(
        m.via in ("given-name", "surname", "pronoun") for m in ent.mentions)


def _described(p: Participant | None) -> bool:
    """A participant that names an actor, a country or a role of some sector ("Die Zensurbehörde", "Demonstranten";
    not "die Wohnung")."""
    return p is not None and bool(p.entity or p.country or p.sector)


def _known(p: Participant | None) -> bool:
    """A participant with an entity or a country ("auf eine Schule" alone says nobody)."""
    return p is not None and bool(p.entity or p.country)


def _outermost(refs: list) -> list:
    """The actor references not inside a longer one ("Calenardhon" inside "the Calenardhon government")."""
    return [r for r in refs if not any(o[0] <= r[0] and r[1] <= o[1] and o[1] - o[0] > r[1] - r[0] for o in refs)]


def _inferred(p: Participant | None) -> Participant | None:
    """A participant carried over from another event, marked as inferred: the whole country, or the
    organisation itself when it is one of a country's parties or armed groups (an accused party leader's
    act is the party's, not Turkey's)."""
    if p is None:
        return None
    if p.entity and p.sector in ORGANISATION_SECTORS:
        return Participant(p.entity, p.country, p.sector, p.text, inferred=True)
    return Participant(None, p.country, None, p.country or p.text, inferred=True)



class EventCoder:
    name = "events"
    requires = ("tokens", "clauses", "opinion_sentences", "entities", "places", "times", "quantities", "claims")
    assigns = ("events",)

    def __call__(self, doc: Doc, res: Resources) -> None:
        doc.events = _Coder(doc, res).run()
