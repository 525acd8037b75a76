"""Actors: knowledge-base names, role phrases, metonymy and possessive references, grouped into entities.

Mentions come from four sources, tried in this order inside each sentence:

1. role phrases — a role noun (``lang/<xx>/roles.tsv``) with a demonym ("das ukrainische
   Militär"), a country genitive ("die Armee Russlands", "Russia's army"), a possessive that
   points back to a country ("seiner Truppen", "der Armee ihres Landes") or a name after it
   ("die Nachrichtenagentur KCNA", "Präsident Wladimir Putin");
2. knowledge-base names of countries, persons and organisations (one Aho-Corasick pass, see
   :mod:`match`);
3. metonymy — a capital or a seat of power ("Moskau", "der Kreml") that is the subject of a
   speech or event verb stands for the government;
4. pronouns are resolved on demand by :func:`antecedent` (attribution uses it for speakers).

Mentions with the same knowledge-base record, or the same country/group and sector, form one entity.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..kb.kb import FAMILY_NAME_FIRST
from ..lang.lexicon import Lexicon, Role
from ..model import Doc, Entity, Mention
from ..pipeline import Resources
from .match import Candidate, candidate_at
from .readings import region_homes, region_reading, town_of_another_region
from .segment import DASHES
from .syntax import NOT_ADJECTIVE_CLASSES, follows_common_noun

GOVERNMENT = Role("GOV", "government", "n", "government", False)
ORGANISATION = Role("", "organisation", "n", "organisation", False)
#: the label of role nouns for a counterpart ("Amtskollege", "counterpart"): a possessive names whose counterpart,
#: so it gives no country (the counterpart is of the other side)
COUNTERPART_LABEL = "counterpart"
#: Sectors of people whose country the article's focus does not tell: criminals, who act for no state or body
#: ("Unbekannte", "die Täter"), armed men of no known side ("Bewaffnete", "gunmen": CAMEO's unaligned armed forces)
#: and clergy, whose church crosses borders ("Cardinal criticises Iraq war cost"); only a demonym, a genitive or a
#: possessive gives them one ("ein palästinensischer Angreifer").
UNAFFILIATED_SECTORS = frozenset({"CRM", "UAF", "REL"})
#: Sectors of people who act for no state, body or known armed side (criminals, armed men of no known side): their
#: acts are not another sector's.
UNALIGNED_SECTORS = frozenset({"CRM", "UAF"})
PEOPLE_PLACE_REACH = 6  # tokens from working people to a place that gives them the focus country ("Seeleute in Piräus")
JOURNALIST_LABEL = "journalist"  # roles.tsv label of a journalist, correspondent or reporter
#: roles.tsv labels of people who are mostly not of the country an article names most (refugees in Greece, people at
#: large): they take no country from the article's focus, only from a demonym, a genitive or a possessive
UNPLACED_LABELS = frozenset({"refugees", "people"})
# role labels that name the institution as a whole (merged with the knowledge base's record for it)
GENERIC_LABELS = {"government", "leadership", "authorities", "military", "intelligence services", "police", "media"}


@dataclass(slots=True)
class ActorRef:
    """One actor mention before grouping into entities."""

    tok_start: int
    tok_end: int
    key: tuple
    kb: str | None
    name: str
    type: str
    country: str | None
    sector: str | None
    gender: str
    via: str
    head: str
    name_start: int | None = None  # where the name starts when a classifier phrase before it is part of the reference


def demonym(word: str, doc: Doc, res: Resources) -> tuple[str | None, str] | None:
    """(country code or None, label) for a demonym or group adjective, else None."""
    for lang, iso in res.kb.demonyms.get(word, ()):
        if lang == doc.lang:
            return iso, ""
    group = res.lex(doc.lang).groups.get(word)
    if group is not None:
        return group[0], group[1] or ""
    return None


OWNER = Role("", "person", "m", "owner", False)  # closed class owner_noun: "Chef" of "FPÖ-Chef"


def _role_at(doc: Doc, lex: Lexicon, i: int) -> tuple[int, Role] | None:
    m = lex.roles.match(doc.words, i)
    if m is None and "-" in doc.words[i] and doc.words[i] not in lex.closed.get("not_role_compound", ()):
        head = doc.words[i].rsplit("-", 1)[1]
        m = lex.roles.match([head], 0)  # "US-Regierung", "Kreml-Sprecher": the role is the last part
        if m is not None and m[0] != 1:
            m = None
        if m is None and lex.is_("owner_noun", head) and (c := candidate_at(doc, i)) is not None and c.compound \
                and c.actors:
            m = (1, OWNER)  # "FPÖ-Chef": a person of the organisation named first
    if m is None and lex.setting("compound_nouns") and doc.tokens[i].text[:1].isupper() and len(doc.words[i]) > 8 \
            and not any(part in doc.words[i] for part in lex.endings("not_role_compound")):
        w = doc.words[i]
        for k in range(3, len(w) - 4):  # compounds: "Regierungstruppen", "Widerstandskämpfer"
            m = lex.roles.match([w[k:]], 0)
            if m is not None and m[0] == 1:
                break
    if m is None:
        return None
    n, role = m
    if not doc.tokens[i].text[:1].isupper() and lex.setting("nouns_capitalised"):
        return None  # German role nouns are capitalised; "seite" in "beiseite" is not one
    return n, role


def role_adjective(doc: Doc, lex: Lexicon, i: int, role: tuple[int, Role], end: int) -> bool:
    """Whether the role word of an unaffiliated sector at token i (``role``: its length and role, as
    :func:`_role_at` gives them) is the adjective of another role noun right after it ("Bewaffnete Polizisten")."""
    n, found = role
    return found.sector in UNAFFILIATED_SECTORS and i + n < end and doc.tokens[i + n].text[:1].isupper() \
        and _role_at(doc, lex, i + n) is not None


def person_role(record: dict, when: date | None, international: bool = False) -> tuple[str | None, str | None]:
    """Country and sector of a person on a date: the role valid then; on a date no role covers, the country alone
    (a former or future office holder holds no office then: "Van der Bellen" in 2016 is no president yet); with no
    date, the record's own (the latest role), unless the text names the person with the title of an office in an
    international organisation (``international``: "EU-Ratspräsident Donald Tusk"), which then picks the latest of
    the person's roles in one."""
    roles = record.get("roles") or []
    offices = [r for r in roles if r.get("sector") == "IGO"]
    if when is None and international and offices:
        r = max(offices, key=lambda r: r.get("start") or "")
        return r.get("country"), "IGO"
    if when is not None and roles:
        iso = when.isoformat()
        valid = [r for r in roles if (r.get("start") or "0000") <= iso <= (r.get("end") or "9999")]
        if valid:
            r = max(valid, key=lambda r: r.get("start") or "")
            return r.get("country"), r.get("sector")
        return record.get("country") or next((r.get("country") for r in roles if r.get("country")), None), None
    return record.get("country"), record.get("sector")


class _Builder:
    """Finds actor mentions in one document."""

    def __init__(self, doc: Doc, res: Resources):
        self.doc = doc
        self.res = res
        self.kb = res.kb
        self.lex = res.lex(doc.lang)
        self.refs: list[ActorRef] = []
        self.cand_at: dict[int, Candidate] = {c.tok_start: c for c in doc.candidates}
        self.name_tokens = {k for c in doc.candidates for k in range(c.tok_start, c.tok_end)}
        self.covered = bytearray(len(doc.tokens) + 1)
        self.surnames: dict[str, ActorRef] = {}
        self.in_office: set[str] = set()  # known persons the text names as holders of an international office
        self.relayed: ActorRef | None = None
        self.relaying = False
        self.country_counts: dict[str, int] = {}
        self.dateline_focus = False  # whether the focus country is the dateline's (set by focus_country)
        self.focus = self.focus_country()
        self.owner_at: dict[int, int] = {}  # first token of a name → first token of the genitive country before it

    # -- helpers -----------------------------------------------------------------
    def focus_country(self) -> str | None:
        """The country the article is about: its dateline ("WASHINGTON —"), else the most named one."""
        doc = self.doc
        for s0, _s1 in doc.sentence_tokens[:3]:
            c = self.cand_at.get(s0)
            if c is not None and c.text.isupper() and c.tok_end < len(doc.tokens) and doc.tokens[
                    c.tok_end].text in ("—", "–", "-", "(", ","):
                iso = self.capital_country(c) or self.country_of_candidate(c) or next(
                    (self.kb.places[p].get("country") for p in c.places), None)
                if iso:
                    self.dateline_focus = True
                    return iso
        counts = self.country_counts
        for c in doc.candidates:
            iso = self.country_of_candidate(c) or self.capital_country(c)
            readings = {iso} if iso else {self.kb.places[p].get("country") for p in c.places if p in self.kb.places}
            if not readings and c.actors and all(self.kb.actors.get(a, {}).get("type") == "party" for a in c.actors):
                # a party of one country ("ÖVP", "SPÖ"): national politics is about that country
                owners = {self.kb.actors.get(a, {}).get("country") for a in c.actors}
                readings = owners if len(owners) == 1 else set()
            for code in sorted(readings - {None}):  # sorted: the result must not depend on hash order
                counts[code] = counts.get(code, 0) + 1
        for w in doc.words:
            for lang, iso in self.kb.demonyms.get(w, ()):
                if lang == doc.lang and iso in self.kb.countries:
                    counts[iso] = counts.get(iso, 0) + 1
        return max(counts, key=lambda k: counts[k]) if counts else None

    def sentence_range(self, i: int) -> tuple[int, int]:
        return self.doc.sentence_tokens[self.doc.token_sentence[i]]

    def country_of_candidate(self, c: Candidate) -> str | None:
        for aid in c.actors:
            rec = self.kb.actors.get(aid, {})
            if rec.get("type") == "country":
                return rec.get("country")
        return None

    def country_gender(self, c: Candidate) -> str:
        low = c.text.lower().rstrip("s") if c.genitive else c.text.lower()
        for g, cls in (("f", "country_f"), ("m", "country_m"), ("pl", "country_pl")):
            if low in self.lex.closed_phrases.get(cls, ()) or self.lex.is_(cls, low):
                return g
        return "n"

    def add(self, ref: ActorRef) -> ActorRef:
        self.refs.append(ref)
        for k in range(ref.tok_start, ref.tok_end):
            self.covered[k] = 1
        return ref

    # -- role phrases ---------------------------------------------------------------
    def role_phrase(self, i: int, n: int, role: Role) -> ActorRef | None:
        """Build the actor of a role noun at tokens [i, i+n) from what stands left and right of it."""
        doc, lex, words = self.doc, self.lex, self.doc.words
        s0, s1 = self.sentence_range(i)
        start, end = i, i + n
        country: str | None = None
        own_name = False
        prefix = self.cand_at.get(i) if "-" in words[i] else None
        follows = self.cand_at.get(i + n)  # a name right after the role noun, and whether the base knows it as a person
        known_person = follows is not None and any(
            self.kb.actors.get(a, {}).get("type") == "person" for a in follows.actors)
        office = False  # the title of an office in an international organisation before a known person
        if prefix is not None and prefix.compound:
            prefix.used = True
            country = self.country_of_candidate(prefix) or self.capital_country(prefix)
            # "die deutsche EU-Abgeordnete Julia Reda": a person of her own, of no country the organisation gives
            international = bool(prefix.actors) and not self.kb.actors.get(prefix.actors[0], {}).get("country")
            named_to = self.unknown_name(i + n, s1)
            own_name = role.type == "person" and international and named_to > i + n
            # "der israelische UNO-Botschafter": a state's envoy to the organisation, of the demonym's country
            envoy_of = international and lex.is_("envoy_noun", words[i].rsplit("-", 1)[-1]) and i > s0 and (
                dem := demonym(words[i - 1], doc, self.res)) is not None and not dem[1]
            if country is None and prefix.actors and not own_name and not envoy_of and not known_person:
                # "NATO-Truppen", "Hisbollah-Sprecher Afif": that organisation; "HDP-Chef Demirtaş": that person
                return self.name_ref(prefix, i, named_to, role)
            office = international and known_person and not envoy_of  # "Nato-Generalsekretär Jens Stoltenberg"
        if role is OWNER and prefix is not None and prefix.compound and known_person and not follows.used:
            follows.used = True  # "forderte CDU-Chef Friedrich Merz …": the known person, named with the head of
            # the party before the name (one mention, as "Parteichef Friedrich Merz")
            return self.name_ref(follows, i, follows.tok_end, role)
        if role is OWNER:
            return None  # an owner noun names no actor but through its organisation ("Österreich-Chef" of a firm)
        group: tuple[str | None, str] | None = None
        possessive: tuple[int, frozenset[str]] | None = None
        linked: Candidate | None = None
        j = i - 1
        while j >= s0 and doc.tokens[j].kind == "word":
            w = words[j]
            dem = demonym(w, doc, self.res)
            if j - 1 >= s0 and (two := demonym(words[j - 1] + " " + w, doc, self.res)) is not None:
                dem, j = two, j - 1  # "North Korean troops"
            if dem is not None:
                if dem[1]:
                    group = dem
                else:
                    country = country or dem[0]
                start = j
            elif lex.pronoun_kind(w) == "possessive":
                possessive = (j, lex.pronouns[w][1])
                start = j
                break
            elif lex.is_("determiner", w):
                start = j
                break
            elif self.adjective(j):
                pass  # an ordinary adjective inside the noun phrase ("die russische militärische Führung")
            else:
                cand = self.cand_ending(j + 1)
                if cand is not None and self.country_of_candidate(cand) and (
                        cand.genitive or not self.lex.setting("compound_nouns")):
                    country = self.country_of_candidate(cand)  # "Russlands Armee", "Russia's army", "Kosovo police"
                    start = cand.tok_start
                    cand.used = True
                elif cand is not None and j == i - 1 and role.label == JOURNALIST_LABEL and not self.lex.setting(
                        "compound_nouns"):
                    # "BBC correspondent Gary O'Donoghue", "The BBC's Moscow correspondent Steve Rosenberg": the
                    # medium, as a German compound ("BBC-Korrespondent"); the beat before the role noun is none
                    employer = cand if self.medium(cand) else self.cand_ending(cand.tok_start)
                    if self.medium(employer) and not employer.used:
                        employer.used = True
                        return self.name_ref(employer, employer.tok_start, self.unknown_name(i + n, s1), role)
                break
            j -= 1
        if start < i and start - 1 >= s0 and lex.is_("partitive", words[start - 1]) and lex.is_(
                "genitive_marker", words[start]):
            start -= 1  # "Teile der Armee"
        # right: a name ("Nachrichtenagentur KCNA"), a genitive ("der Armee Russlands"), "in <capital>"
        k = end
        cand = self.cand_at.get(k)
        if cand is not None and cand.actors and k < s1:
            rec_type = self.kb.actors.get(cand.actors[0], {}).get("type")
            if rec_type != "country":
                linked = cand
                end = cand.tok_end
        if linked is None and country is None and group is None and k < s1:
            self.relayed = None
            got = self.genitive_complement(k, s1, role)
            if got is not None and self.relayed is not None and role.relay:
                inner = self.relayed
                self.refs.remove(inner)
                return self.add(ActorRef(start, inner.tok_end, inner.key, inner.kb, inner.name, inner.type,
                                         inner.country, inner.sector, inner.gender, "relay", doc.tokens[i].text))
            if got is not None:
                country, end, relay_sector = got
                if relay_sector and role.relay:
                    role = Role(relay_sector, role.type, role.gender, role.label, role.relay)
        if linked is None and country is None and group is None and possessive is not None \
                and role.label != COUNTERPART_LABEL:  # "mit seinem Amtskollegen": of the other side, not his
            country = self.resolve_possessive(possessive[0], possessive[1])
        stationed = k < s1 and lex.is_("stationed_force", words[end - 1]) and lex.is_("stationed_preposition", words[k])
        # "der Truppen in Afghanistan", "troops in Iraq": forces stationed there, mostly another state's
        if linked is None and country is None and group is None and role.sector in ("GOV", "MIL", "COP") \
                and k + 1 < s1 and words[k] in ("in", "aus", "von", "in", "of") and not stationed:
            c2 = self.cand_at.get(k + 1)  # "die Regierung in Kiew", "das Gesundheitsministerium in Gaza"
            if c2 is not None:
                country = self.capital_country(c2) or self.country_of_candidate(c2) or self.place_country(c2)
                if country:
                    end = c2.tok_end
                    c2.used = True
        if linked is not None:
            linked.used = True
            return self.name_ref(linked, start, end, role, office)
        while end < s1 and (more := _role_at(doc, lex, end)) is not None and doc.tokens[end].text[:1].isupper():
            end += more[0]  # a title chain: "Deputy Treasury Secretary"
            role = more[1]
        name_end = self.unknown_name(end, s1)
        via = "demonym-role"
        if country is None and group is None and role.relay and name_end == end:
            host = self.recent_institution(i)
            if host is not None:  # "ein Sprecher des Büros": speaks for the institution named before
                gen_end = end
                if gen_end < s1 and lex.is_("genitive_marker", words[gen_end]):
                    gen_end += 1
                    while gen_end < s1 and doc.tokens[gen_end].text[:1].islower():
                        gen_end += 1
                    gen_end = gen_end + 1 if gen_end < s1 and doc.tokens[gen_end].text[:1].isupper() else end
                return self.add(ActorRef(start, gen_end, host.key, host.kb, host.name, host.type, host.country,
                                         host.sector, host.gender, "relay", doc.tokens[i].text))
        if name_end == end and role.type == "person":
            name_end, end = self.apposition_name(end, s1)  # "Der Gouverneur der Region, Wjatscheslaw Gladkow,"
        if country is None and group is None and name_end == end and self.definite_np(start, i):
            same = self.same_head(i, end) or self.same_sector(i, role)
            if same is not None:  # "das Ministerium" after "…ministeriums"; "die Miliz" after "Hisbollah"
                return self.add(ActorRef(start, end, same.key, same.kb, same.name, same.type, same.country,
                                         same.sector, same.gender, "definite", doc.tokens[end - 1].text))
        if name_end > end and role.type == "organisation":
            own_name = True  # "Die Meeresschutzorganisation Oceana": a body with a name of its own takes no
            # country from the article's focus (a dateline) or the last institution
        if name_end == end and self.unknown_acronym_genitive(end, s1) and not self.focus_placed(i, dateline=False):
            own_name = True  # "Rebellen der FSA haben russische Vorschläge abgelehnt": the people of a body the
            # knowledge base does not know, where no place of the sentence puts them in the focus country ("Rebellen
            # der ELN haben in Kolumbien …" stay; a dateline does not: "Beirut – Kämpfer der FSA griffen … an")
        officials = role.type == "person" and role.sector == "GOV"
        pair = any(lex.is_("pair_word", words[j]) for j in range(max(s0, start - 1), i))  # "die beiden Minister"
        several = officials and self.plural_role(start, end, role)  # "die Regierungschefs": of several states, mostly
        unplaced = several or role.label in UNPLACED_LABELS  # (and refugees, people at large)
        elsewhere = unplaced or stationed or officials and pair or any(
            lex.is_("foreign_adjective", words[j]) for j in range(start, i))
        if country is None and group is None and not elsewhere:  # "100 ausländische Beamte": of no country named
            if role.relay and not own_name:
                country = self.recent_country(i)
                via = "context"
            if country is None and not own_name and role.sector not in UNAFFILIATED_SECTORS \
                    and role.label != JOURNALIST_LABEL and (  # a correspondent reports from the focus, for others
                    role.type != "people" or self.focus_placed(i, dateline=True, reach=PEOPLE_PLACE_REACH)) \
                    and (name_end > end or self.definite_np(start, i)):  # working people ("die Seeleute"): the focus
                # only where a dateline or a place of the sentence lies in it ("Wien – Die Bauern protestierten")
                country = self.focus
                via = "focus"
        if name_end > end:
            return self.named_ref(start, end, name_end, role, country, group)
        if country is None and group is None and not (
                unplaced and self.definite_np(start, i) and not pair and not role.relay):
            return None
        # (a definite phrase of officials of several states or of refugees is an actor of no country: "Die
        # Regierungschefs einigten sich", "die Flüchtlinge in Idomeni"; not a pair, which the clause's other party
        # may belong to, "die beiden Minister", nor envoys, who speak for whom their complement names, "die Vertreter
        # der FARC")
        return self.role_ref(start, end, role, country, group, via=via)

    def plural_role(self, start: int, end: int, role: Role) -> bool:
        """Whether a role phrase names several persons by its article and head: German "die Regierungschefs",
        "den Regierungschefs" (a masculine role after a plural article, not a feminine form: "die Kanzlerin"; an
        oblique plural article with an oblique plural ending: closed classes ``plural_article``,
        ``oblique_plural_article``, ``oblique_plural_ending``, ``feminine_person_ending``, empty in English, whose
        role nouns are listed in the singular)."""
        lex, head, article = self.lex, self.doc.words[end - 1], self.doc.words[start]
        if role.gender != "m" or start == end - 1:
            return False
        if lex.is_("plural_article", article):
            return not head.endswith(lex.endings("feminine_person_ending") or ("\0",))
        return lex.is_("oblique_plural_article", article) and head.endswith(
            lex.endings("oblique_plural_ending") or ("\0",))

    def people_ref(self, i: int, s0: int) -> ActorRef | None:
        """A people named by the plural of its demonym noun after a definite plural article: "die Russen", "die
        Palästinenser", "den Ukrainern", a genitive after a noun "der Israelis" ("Vormarsch der Russen"): the country's
        people, an actor of that country with no sector. Not a woman ("die Russin": ``feminine_person_ending``), a
        counted group ("zwei Russen", no article) or a singular ("der Russe"; "den Russen" may be one man: "den" only
        with an ending of the dative plural, ``oblique_plural_demonym_ending``, "den Ukrainern"; "die" only with a
        plural ending, ``plural_demonym_ending``: not "die Deutsche Bank"). Closed classes ``plural_article``,
        ``oblique_plural_article``; empty in English."""
        doc, lex = self.doc, self.lex
        tok, w = doc.tokens[i], doc.words[i]
        if i <= s0 or not tok.text[:1].isupper() or w not in self.kb.demonym_nouns or self.cand_at.get(i) is not None \
                or i + 1 < len(doc.tokens) and (doc.tokens[i + 1].text == "-" or _role_at(doc, lex, i + 1) is not None):
            return None
        codes = self.kb.demonym(w)
        if len(codes) != 1 or codes[0] not in self.kb.countries:
            return None
        nxt = self.cand_at.get(i + 1)
        if i + 1 < len(doc.tokens) and (doc.tokens[i + 1].text in self.kb.given_names or nxt is not None and any(
                self.kb.actors.get(a, {}).get("type") == "person" for a in nxt.actors)):
            return None  # "den Franzosen Reda Kriket": one man named after it
        article = doc.words[i - 1]
        woman = w.endswith(lex.endings("feminine_person_ending") or ("\0",))  # "die Russin"
        if lex.is_("plural_article", article):
            plural = w.endswith(lex.endings("plural_demonym_ending") or ("\0",)) and not woman  # not "die Deutsche"
        elif lex.is_("oblique_plural_article", article):
            # a genitive after a noun ("Vormarsch der Kurden", "Führer der Palästinenser"), or a dative plural ending
            after_noun = lex.genitive_article(article) and i - 2 >= s0 and doc.tokens[i - 2].kind == "word" \
                and doc.tokens[i - 2].text[:1].isupper() \
                and not any(lex.is_(c, doc.words[i - 2]) for c in ("determiner", "preposition", "subordinator"))
            plural = w.endswith(lex.endings("oblique_plural_demonym_ending") or ("\0",)) or after_noun and not woman
        else:
            return None
        if not plural:
            return None
        country = codes[0]
        rec = self.kb.actors.get(self.kb.countries.get(country, ""), {})
        return self.add(ActorRef(i - 1, i + 1, ("people", country), None, f"people of {rec.get('name') or country}",
                                 "people", country, None, "pl", "demonym-noun", tok.text))

    def adjective(self, j: int) -> bool:
        """An attributive adjective inside a noun phrase (German: inflected lowercase word)."""
        w = self.doc.words[j]
        tok = self.doc.tokens[j]
        if self.cand_at.get(j) is not None or not tok.text[:1].islower() or any(
                self.lex.is_(c, w) for c in ("preposition", "subordinator", "negation", "aux_passive",
                                             "aux_perfect", "relative", "contrast", "determiner")):
            return False
        if w in self.lex.cues or w in self.lex.triggers:
            return False
        return self.lex.setting("nouns_capitalised") and w.endswith(self.lex.endings("adjective_ending"))

    def definite_np(self, start: int, head: int) -> bool:
        """A definite role phrase ("the interior ministry", "die Polizei"), or a bare role noun opening a
        clause ("Rebellen melden …", "Riot police used …"): both refer to actors of the article's country."""
        w = self.doc.words[start]
        if w in ("the", "der", "die", "das", "den", "dem", "des"):
            return True
        c = self.doc.token_clause[start]
        clause_start = self.doc.clauses[c][0] if c >= 0 else self.sentence_range(head)[0]
        return start == clause_start and self.doc.tokens[start].text[:1].isupper()

    def role_in(self, a: int, b: int) -> Role | None:
        """The longest role noun inside a name ("National Bureau of Investigation" → police)."""
        best = None
        for k in range(a, b):
            m = self.lex.roles.match(self.doc.words, k)
            if m is not None and k + m[0] <= b and (best is None or m[0] > best[0]):
                best = m
        return best[1] if best else None

    def same_head(self, i: int, end: int) -> ActorRef | None:
        """An earlier actor whose head noun ends like this one ("Verteidigungsministeriums" … "Ministerium"); a person
        only where the earlier one is described, not named ("ein französischer Journalist" … "Der Journalist"; "der
        Präsident" after "Präsident Putin" may be another president)."""
        head = self.doc.words[end - 1].rstrip("s")
        sent = self.doc.token_sentence[i]
        for ref in sorted(self.refs, key=lambda r: -r.tok_start):
            if ref.tok_start < i and self.doc.token_sentence[ref.tok_start] >= sent - 3 and len(head) >= 4 \
                    and ref.head.lower().rstrip("s").endswith(head) and (
                        ref.type != "person" or ref.kb is None and ref.via == "demonym-role"):
                return ref
        return None

    def same_sector(self, i: int, role: Role) -> ActorRef | None:
        """The nearest earlier organisation of the role's sector ("die Miliz" after "die Hisbollah")."""
        if not role.sector or role.type in ("person", "government") or role.sector == "GOV":
            return None
        sent = self.doc.token_sentence[i]
        for ref in sorted(self.refs, key=lambda r: -r.tok_start):
            if ref.tok_start < i and self.doc.token_sentence[ref.tok_start] >= sent - 3 \
                    and ref.sector == role.sector and ref.type not in ("country", "person"):
                return ref
        return None

    def apposition_name(self, end: int, s1: int) -> tuple[int, int]:
        """(name end, role end) for "<role> [der Region], Vorname Name," — a name set off by commas."""
        doc, lex, words = self.doc, self.lex, self.doc.words
        k = end
        if k < s1 and lex.is_("genitive_marker", words[k]):  # skip a short genitive: "der Region"
            m = k + 1
            while m < s1 and m < k + 4 and doc.tokens[m].kind == "word" and doc.tokens[m].text != ",":
                m += 1
            k = m
        if k < s1 and words[k] == ",":
            name_end = self.unknown_name(k + 1, s1)
            if name_end - (k + 1) >= 2 and name_end < s1 and words[name_end] in (",", "."):
                return name_end, k + 1
        return end, end

    def focus_placed(self, i: int, dateline: bool, reach: int | None = None) -> bool:
        """Whether a place or country the sentence of token i names lies in the article's focus country; with
        ``dateline`` a dateline counts ("Wien – Die Bauern …"), without it not ("Beirut – Kämpfer der FSA …"); with
        ``reach`` only a place that many tokens from token i."""
        if self.focus is None:
            return False
        if dateline and self.dateline_focus:
            return True
        s0, s1 = self.sentence_range(i)
        for k in range(s0, s1):
            c = self.cand_at.get(k)
            if c is None:
                continue
            at_dateline = c.tok_end < s1 and self.doc.tokens[c.tok_end].text in DASHES
            if at_dateline and not dateline or not at_dateline and reach is not None and abs(k - i) > reach:
                continue  # "Beirut – Kämpfer der FSA griffen in Syrien …"; a place near the role: "Seeleute in Piräus"
            if self.country_of_candidate(c) == self.focus or any(
                    self.kb.places[p].get("country") == self.focus for p in c.places if p in self.kb.places):
                return True
        return False

    def unknown_acronym_genitive(self, k: int, s1: int) -> bool:
        """Whether a genitive of an acronym that names no known actor follows token k ("der FSA", "of the SDF")."""
        doc, lex = self.doc, self.lex
        if k >= s1 or not lex.is_("genitive_marker", doc.words[k]):
            return False
        j = k + 1
        while j < s1 and lex.is_("determiner", doc.words[j]):
            j += 1  # "of the SDF"
        if j >= s1:
            return False
        text = doc.tokens[j].text
        cand = self.cand_at.get(j)
        return len(text) >= 2 and text.isalpha() and text.isupper() and (cand is None or not cand.actors)

    def unknown_name(self, k: int, s1: int) -> int:
        """End of a proper name not in the knowledge base right after a role noun ("Sprecher Lin Jian")."""
        doc, words = self.doc, self.doc.words
        end = k
        while end < s1 and end - k < 6:
            if self.name_word(end, first=end == k):
                end += 1
            elif end > k and self.lex.is_("name_particle", words[end]) and end + 1 < s1 \
                    and self.name_word(end + 1, first=False):
                end += 1  # "Coalition for Change", "Ursula von der Leyen"
            else:
                break
        while end > k and not doc.tokens[end - 1].text[:1].isupper():
            end -= 1
        return end

    def given_name_ref(self, i: int, s1: int) -> ActorRef | None:
        """A person the knowledge base does not know, named by a given name and a family name ("Martina Schröck",
        "Hans Jörg Schelling", "Ursula von der Leyen"); the family name alone names the person again later."""
        doc, words, lex = self.doc, self.doc.words, self.lex
        names = getattr(self.kb, "given_names", {})
        first = doc.tokens[i].text
        if first not in names or lex.is_("name_homograph", words[i]) or self.lexical(words[i]):
            return None
        prev = words[i - 1] if i > 0 and doc.token_sentence[i - 1] == doc.token_sentence[i] else None
        if prev is not None and not lex.setting("nouns_capitalised") and doc.tokens[i - 1].kind == "word" \
                and doc.tokens[i - 1].text[:1].isupper():
            return None  # "The Saint Laurent Museum", "Yves Saint Laurent": inside a longer name
        if prev is not None and (lex.is_("place_only_preposition", prev) or any(
                prev.endswith(lex.endings(c) or ("\0",)) for c in (
                    "name_classifier", "body_classifier", "eponym_classifier"))):
            return None  # "die Stadt Marat Numan", "die Gruppe Ansar Dine", "die Liste Peter Pilz", "in Maria
            # Enzersdorf": a place's or a body's name
        j = i + 1
        while j < s1 and j - i < 3 and doc.tokens[j].text in names and not self.lexical(words[j]) \
                and not (j + 1 < s1 and lex.is_("surname_particle", words[j + 1])):
            j += 1  # "Hans Jörg", "Karl Heinz"
        k = j
        while k + 1 < s1 and k - j < 2 and lex.is_("surname_particle", words[k]) and not (
                k == j and lex.is_("determiner", words[k])):
            k += 1  # "von der Leyen", "De Masi", "Van der Bellen" (not "Martin den Vertrag": an article opens none)
        if k < s1 and (self.name_word(k, first=False) or self.other_bearer(k, first)):
            end = k + 1
        elif k == j and j - i >= 2:
            end = j  # "Martin Thomas": the last given name is the family name
        else:
            return None
        nxt = doc.tokens[end] if end < s1 else None
        if nxt is not None and (nxt.text == "-" or nxt.kind == "word" and nxt.text[:1].isupper()) \
                or words[end - 1].endswith(lex.endings("possessive_suffix") or ("\0",)):
            return None  # part of a longer name ("Martin Luther King Boulevard", "Saint Laurent Museum", "John F
            # Kennedy airport", "Karl Marx Straße"), or an owner ("Michael Howard's aide")
        name = doc.text[doc.tokens[i].start:doc.tokens[end - 1].end]
        ref = self.add(ActorRef(i, end, ("name", name), None, name, "person", None, None,
                                names[first], "given-name", name))  # gender "" (unknown): no pronoun points to it
        if len(doc.tokens[end - 1].text) > 1:  # not an initial ("Elisabeth S."), which names no one alone
            self.surnames.setdefault(words[end - 1], ref)
        return ref

    def journalist_at(self, k: int) -> bool:
        """Whether a journalist's role noun ("correspondent", "reporter") stands at token k of a language that does
        not join it with the name before it into one word (German writes "BBC-Korrespondent")."""
        if self.lex.setting("compound_nouns") or k >= len(self.doc.tokens):
            return False
        got = _role_at(self.doc, self.lex, k)
        return got is not None and got[1].label == JOURNALIST_LABEL

    def cand_ending(self, k: int) -> Candidate | None:
        """The name that ends right before token k."""
        return next((c for c in self.doc.candidates if c.tok_end == k), None)

    def medium(self, cand: Candidate | None) -> bool:
        """Whether a name is a medium's ("BBC", "Reuters")."""
        return cand is not None and bool(cand.actors) and self.kb.actors.get(cand.actors[0], {}).get("type") == "media"

    def before_journalist(self, cand: Candidate) -> bool:
        """Whether a name stands before a journalist's role noun, as the employer or the beat ("BBC correspondent",
        "Moscow correspondent", "The BBC's Moscow correspondent"): the role phrase takes the employer, the beat is
        no actor (:meth:`role_phrase`)."""
        if self.journalist_at(cand.tok_end):
            if not self.medium(cand):
                cand.used = True  # the beat: "Moscow correspondent", "White House correspondent"
            return True
        beat = self.cand_at.get(cand.tok_end)
        return self.medium(cand) and beat is not None and not self.medium(beat) and self.journalist_at(beat.tok_end)

    def other_bearer(self, k: int, first: str) -> bool:
        """Whether the word at k is the family name of known people none of whom bears the given name before it
        ("Konrad Kogler" is not Werner Kogler, "Theresia Babler" not Andreas Babler): a person of their own."""
        cand = self.cand_at.get(k)
        return cand is not None and cand.tok_end == k + 1 and bool(cand.actors) and all(
            (rec := self.kb.actors.get(a, {})).get("type") == "person" and first not in rec.get("name", "").split()
            for a in cand.actors)

    def name_word(self, k: int, first: bool) -> bool:
        """A capitalised word that can be part of an unknown name (English names may contain common words)."""
        tok, w = self.doc.tokens[k], self.doc.words[k]
        if tok.kind != "word" or not tok.text[:1].isupper():
            return False
        cand = self.cand_at.get(k)
        if cand is not None:  # a place name as a first name: "Jonas Feldhuber" (not Jona + s); as a family name
            # after a first name: "Julia Reda" (the town Reda)
            nxt = k + 1
            return not cand.actors and (not first and cand.tok_end == nxt or nxt < len(self.doc.tokens)
                                        and self.doc.tokens[nxt].text[:1].isupper()
                                        and self.cand_at.get(nxt) is None and not self.lexical(self.doc.words[nxt]))
        if not self.lexical(w):
            return True
        return not self.lex.setting("nouns_capitalised") and not first and w not in self.lex.time

    def lexical(self, w: str) -> bool:
        """Whether a word is known to the lexicon (then it is not part of a proper name)."""
        lex = self.lex
        return (w in lex.cues or w in lex.triggers or w in lex.time or w in lex.numbers or w in lex.roles
                or lex.units.match([w], 0) is not None or w in lex.pronouns
                or any(lex.is_(c, w) for c in ("determiner", "preposition", "subordinator", "relative")))

    def recent_institution(self, i: int) -> ActorRef | None:
        """The nearest earlier institution (not a country, not a person) in this or the last two sentences."""
        sent = self.doc.token_sentence[i]
        for ref in sorted(self.refs, key=lambda r: -r.tok_start):
            if ref.tok_start < i and self.doc.token_sentence[ref.tok_start] >= sent - 2 and ref.type not in (
                    "country", "person"):
                return ref
        return None

    def recent_country(self, i: int) -> str | None:
        """Country of the nearest earlier non-country actor (a spokesperson speaks for the last institution)."""
        sent = self.doc.token_sentence[i]
        for ref in sorted(self.refs, key=lambda r: -r.tok_start):
            if ref.tok_start < i and self.doc.token_sentence[ref.tok_start] >= sent - 2 and ref.type != "country" \
                    and ref.country:
                return ref.country
        return None

    def named_ref(self, start: int, end: int, name_end: int, role: Role, country: str | None,
                  group: tuple[str | None, str] | None) -> ActorRef:
        """A person or organisation the knowledge base does not know, named after its role noun."""
        doc = self.doc
        name = doc.text[doc.tokens[end].start:doc.tokens[name_end - 1].end]
        kind = "person" if role.type == "person" else (role.type or "organisation")
        known = self.surnames.get(doc.words[end]) if name_end - end == 1 and kind == "person" else None
        if known is not None and known.type == "person":
            # "Landeshauptmann Platter" after "Günther Platter": the person named in full before
            return self.add(ActorRef(start, name_end, known.key, known.kb, known.name, known.type,
                                     known.country or country, known.sector or role.sector or None, known.gender,
                                     "surname", doc.text[
                                         doc.tokens[start].start:doc.tokens[name_end - 1].end]))
        code = group[0] if group else country
        ref = self.add(ActorRef(start, name_end, ("name", name), None, name, kind, code, role.sector or None,
                                role.gender if kind != "person" else "m", "role-name", name))
        if kind == "person":
            self.surnames[doc.words[name_end - 1]] = ref
        return ref

    def genitive_complement(self, k: int, s1: int, role: Role) -> tuple[str | None, int, str] | None:
        """Country (and the complement's sector) of "der Armee Russlands", "des Landes", "of Russia"."""
        doc, lex, words = self.doc, self.lex, self.doc.words
        if k < s1 and (cand := self.cand_at.get(k)) is not None and cand.genitive:
            iso = self.country_of_candidate(cand)
            if iso:
                cand.used = True
                return iso, cand.tok_end, ""
        if k + 1 < s1 and lex.is_("genitive_marker", words[k]):  # "der Gouverneur der Region Odessa"
            place = self.cand_at.get(k + 1)
            if place is None and lex.is_("region_word", words[k + 1]):
                place = self.cand_at.get(k + 2)
            if place is not None and place.places and not place.actors:
                return self.place_country(place), place.tok_end, ""
        if not (lex.is_("genitive_marker", words[k]) or words[k] in lex.pronouns):
            return None
        m = k if words[k] in lex.pronouns else k + 1
        possessive = lex.pronoun_kind(words[k]) == "possessive"
        while m < s1 and m < k + 4:
            cand = self.cand_at.get(m)
            if cand is not None and m - 1 > k and lex.is_("passive_agent", words[m - 1]):
                m = cand.tok_end  # "der von Russland unterstützten Regierung": a participle's agent, not whose
                continue
            if cand is not None:
                iso = self.country_of_candidate(cand)
                if iso:
                    cand.used = True
                    name_end = self.unknown_name(cand.tok_end, s1) if cand.genitive and role.relay else cand.tok_end
                    if name_end > cand.tok_end:  # "the spokesman for Finland's National Bureau of Investigation"
                        inner_role = self.role_in(cand.tok_end, name_end) or ORGANISATION
                        self.relayed = self.named_ref(m, cand.tok_end, name_end, inner_role, iso, None)
                        return iso, name_end, inner_role.sector
                    return iso, cand.tok_end, ""
                if role.relay and cand.actors:  # "ein Sprecher der RSF": speaks for that organisation
                    cand.used = True
                    self.relayed = self.name_ref(cand, cand.tok_start, cand.tok_end)
                    return self.relayed.country, cand.tok_end, self.relayed.sector or ""
            if lex.is_("country_noun", words[m]):
                iso = self.resolve_possessive(k, lex.pronouns[words[k]][1]) if possessive else self.nearest_country(k)
                return (iso, m + 1, "") if iso else None
            inner = _role_at(doc, lex, m)
            if inner is not None and role.relay and not self.relaying:
                self.relaying = True  # one level only: "der Sprecher des Sprechers des …" does not recurse
                try:
                    ref = self.role_phrase(m, inner[0], inner[1])
                finally:
                    self.relaying = False
                if ref is not None:
                    self.relayed = ref  # "ein Sprecher der Rebellen" speaks for the rebels
                    return ref.country, ref.tok_end, ref.sector or ""
                return None
            if doc.tokens[m].kind != "word":
                return None
            m += 1
        return None

    def place_country(self, c: Candidate) -> str | None:
        """Country of the likeliest place an alias names: not a town where the name also names regions it is not
        in, then the most populous, then one the article names most."""
        recs = [self.kb.places[p] for p in c.places if p in self.kb.places]
        if not recs:
            return None
        homes = region_homes(self.kb, c.places)
        best = max(recs, key=lambda r: (not town_of_another_region(r, homes), r.get("population") or 0,
                                        self.country_counts.get(r.get("country"), 0)))
        return best.get("country")

    def actor_country(self, c: Candidate) -> str | None:
        """Country (or IGO code) of the first actor an alias names."""
        for aid in c.actors:
            rec = self.kb.actors.get(aid, {})
            if rec.get("country") or rec.get("code"):
                return rec.get("country") or rec.get("code")
        return None

    def capital_country(self, c: Candidate) -> str | None:
        for pid in c.places:
            for iso, cap in self.kb.capitals.items():
                if cap == pid:
                    return iso
        return None

    def resolve_possessive(self, tok: int, genders: frozenset[str]) -> str | None:
        """Country of the nearest earlier actor (same or previous sentence) whose gender fits."""
        sent = self.doc.token_sentence[tok]
        fitting = [ref for ref in sorted(self.refs, key=lambda r: -r.tok_start)
                   if ref.tok_start < tok and self.doc.token_sentence[ref.tok_start] >= sent - 1
                   and ref.country and (not ref.gender or ref.gender in genders)]
        # a subject is a likelier antecedent than an actor inside a source or genitive phrase
        subjects = [ref for ref in fitting if not self.embedded(ref.tok_start)]
        best = subjects[0] if subjects else (fitting[0] if fitting else None)
        return best.country if best else None

    def embedded(self, k: int) -> bool:
        """Whether a mention at token k stands after a preposition or a noun (a PP or a genitive)."""
        s0 = self.sentence_range(k)[0]
        if k == s0:
            return False
        prev, tok = self.doc.words[k - 1], self.doc.tokens[k - 1]
        if self.lex.is_("preposition", prev) and not self.lex.is_("subordinator", prev):
            return True
        return self.lex.setting("nouns_capitalised") and tok.kind == "word" and tok.text[:1].isupper() and k - 1 > s0

    def nearest_country(self, tok: int) -> str | None:
        for ref in sorted(self.refs, key=lambda r: -r.tok_start):
            if ref.tok_start < tok and ref.type == "country":
                return ref.country
        return None

    # -- references -------------------------------------------------------------
    def role_ref(self, start: int, end: int, role: Role, country: str | None,
                 group: tuple[str | None, str] | None, via: str) -> ActorRef:
        sector = role.sector or None
        if group is None and country and country not in self.kb.countries:
            label = next((g[1] for g in self.lex.groups.values() if g[0] == country), None)
            group = (country, label or country)
        if group is not None:
            code = group[0]
            holder = group[1]
            key = ("group", code or holder, sector, role.type if role.type == "person" else "")
            name = f"{holder} {role.label}".strip()
            country = code
        else:
            rec = self.kb.actors.get(self.kb.countries.get(country or "", ""), {})
            holder = rec.get("name") or country or ""
            generic = role.label in GENERIC_LABELS
            key = ("role", country, sector, "" if generic and role.type != "person" else role.label)
            name = f"{role.label} of {holder}" if holder else role.label
        canon = self.canonical(country, sector) if role.type != "person" and role.label in GENERIC_LABELS else None
        if canon is not None:
            key = ("kb", canon["id"])
            name = canon["name"]
        head = self.doc.tokens[end - 1].text
        return self.add(ActorRef(start, end, key, canon["id"] if canon else None, name,
                                 role.type if role.type != "person" else "person", country, sector,
                                 role.gender, via, head))

    def canonical(self, country: str | None, sector: str | None) -> dict | None:
        """The knowledge base's own record for a country's sector (e.g. its army), if it has one."""
        if not country or not sector:
            return None
        return getattr(self.kb, "canonical_by_sector", {}).get((country, sector))

    def name_ref(self, c: Candidate, start: int, end: int, role: Role | None = None,
                 office: bool = False) -> ActorRef:
        """The reference of a known name; ``office``: the text names the person with the title of an office in an
        international organisation (:func:`person_role`), which holds for the person's later mentions too."""
        rec = self.kb.actors[c.actors[0]]
        for aid in c.actors:  # prefer a person or organisation over a country sharing an alias
            r = self.kb.actors[aid]
            if r.get("type") == "person":
                rec = r
                break
        else:
            # one name, several organisations ("Grünen", "Bundesregierung" in Austria, Germany, Switzerland): the
            # article's country; where it names none of theirs, the largest country that writes the language
            same = [self.kb.actors[a] for a in c.actors if self.kb.actors[a].get("type") == rec.get("type")]
            if len(same) > 1:
                home = self.lex.home_countries()
                rec = max(same, key=lambda r: (r.get("country") == self.focus,
                                               self.country_counts.get(r.get("country") or "", 0),
                                               -home.index(r["country"]) if r.get("country") in home else -len(home)))
        country, sector = rec.get("country"), rec.get("sector")
        if rec.get("type") == "person":
            if office:
                self.in_office.add(rec["id"])
            country, sector = person_role(rec, self.doc.published, rec["id"] in self.in_office)
            sector = sector or (role.sector if role is not None else None) or None  # "Finanzminister Hans Jörg
            # Schelling" on a date the base has him in no office: the text's role noun says what he is
        gender = role.gender if role else ("n" if rec.get("type") != "country" else self.country_gender(c))
        if rec.get("type") == "person":
            gender = "m" if not role else role.gender
        ref = self.add(ActorRef(start, end, ("kb", rec["id"]), rec["id"], rec.get("name", c.text),
                                rec.get("type", "organisation"), country, sector, gender, "name", c.text))
        if rec.get("type") == "person":
            parts = c.text.split()
            family = [parts[-1]] + ([parts[0]] if country in FAMILY_NAME_FIRST and len(parts) == 2 else [])
            for part in family:  # later "Lawrow" (or "Wang" of Wang Yi) alone is the same person
                if len(part) >= 3 and part[:1].isupper() and part.lower() not in self.lex.roles:
                    self.surnames.setdefault(part.lower(), ref)
        return ref

    def affiliation(self, c: Candidate, s0: int, s1: int) -> bool:
        """A party in parentheses right after a name ("Schelling (ÖVP)", "Lugar (Team Stronach)"): it says
        whom the person belongs to; the person, not the party, is who acts. A person named by a role phrase or by
        name alone takes the party's country."""
        toks = self.doc.tokens
        if not (s0 < c.tok_start - 1 and c.tok_end < s1 and toks[c.tok_start - 1].text == "("
                and toks[c.tok_end].text == ")" and toks[c.tok_start - 2].text[:1].isupper()):
            return False
        rec = next((self.kb.actors[a] for a in c.actors if self.kb.actors.get(a, {}).get("type") == "party"), None)
        if rec is None:
            return False
        before = next((r for r in self.refs if r.tok_end == c.tok_start - 1), None)
        if before is not None and (before.country is None or before.type == "person" and rec.get("country")):
            before.country = rec.get("country")  # "seinem Amtskollegen Wolfgang Sobotka (ÖVP)" in a report from Rome:
            # the party says more than the article's focus
        return True

    def metonym_ref(self, c: Candidate) -> ActorRef | None:
        """A capital that is not in a locative phrase stands for its government ("Moskau spricht von …",
        "Ottawa's offer", "rejected by Washington").

        It stays a place after a preposition ("in Kiew", but not "zwischen Kiew und Moskau"), after an
        article or a possessive ("the Paris attacks", "a London doctor", "Prate's Paris office"),
        before another name ("London City airport"), as the object of an event verb ("struck Kyiv"),
        before a comma and a region ("Paris, Texas") and as a dateline ("WASHINGTON —").
        """
        iso = self.capital_country(c)
        if iso is None or region_reading(self.doc, self.lex, self.kb, c):
            return None  # "Utah, Washington and Wisconsin": the state
        doc, words, lex = self.doc, self.doc.words, self.lex
        i = c.tok_start
        s0, _ = self.sentence_range(i)
        if c.text.isupper() and len(c.text) > 3:
            return None
        j = i - 1
        if j >= s0 and lex.is_("coordinator", words[j]):
            prev_cand = next((x for x in doc.candidates if x.tok_end == j), None)
            if prev_cand is None:
                return None
            return self.role_ref(c.tok_start, c.tok_end, GOVERNMENT, iso, None, via="metonymy") if any(
                r.tok_start == prev_cand.tok_start and r.via == "metonymy" for r in self.refs) else None
        if j >= s0 and lex.is_("determiner", words[j]):
            article = not any(lex.is_(cls, words[j]) for cls in ("subordinator", "relative", "complementizer"))
            j -= 1
            if article and (j < s0 or not lex.is_("preposition", words[j])):
                return None  # "the Paris attacks", "a London doctor"; not "adding that Washington bore"
        elif j >= s0 and doc.tokens[j].text.endswith(("'s", "’s")):
            return None  # "Prate's Paris office"
        by_actor = False
        if j >= s0:
            prev = words[j]
            locative = lex.is_("preposition", prev) and not lex.is_("subordinator", prev)
            by_actor = lex.is_("actor_preposition", prev)
            if locative and not by_actor:
                return None
            if by_actor and follows_common_noun(doc, lex, j, self.name_tokens):
                return None  # "den Attentätern von Paris": the city, not "Kritik von Moskau"
            if lex.is_("place_noun", prev):
                return None  # "in der Hauptstadt Khartum": the city
            if any(t.pos in ("verb", "phrase") for t in lex.triggers.get(prev, ())):
                return None
        if not (by_actor or c.genitive) and (self.name_follows(c.tok_end) or self.region_follows(c.tok_end)):
            return None
        return self.role_ref(c.tok_start, c.tok_end, GOVERNMENT, iso, None, via="metonymy")

    def owned_name(self, cand: Candidate) -> bool:
        """Whether a country in the genitive stands right before the name of an organisation of that country
        ("Spaniens Linkspartei Podemos"), which it only qualifies."""
        country = self.country_of_candidate(cand)
        k = cand.tok_end
        while k < len(self.doc.tokens) and (nxt := self.cand_at.get(k)) is not None and nxt.actors:
            rec = self.kb.actors.get(nxt.actors[0], {})
            if rec.get("type") not in (None, "country", "person") and rec.get("country") == country:
                return True
            k = nxt.tok_end
        return False

    def name_follows(self, k: int) -> bool:
        """Whether another name follows inside the sentence, which the capital modifies (a capitalised
        word: "London City airport")."""
        if k >= self.sentence_range(k - 1)[1] or self.doc.tokens[k].kind != "word":
            return False
        if self.lex.setting("nouns_capitalised"):  # every German noun is capitalised: a name must follow
            return self.cand_at.get(k) is not None
        return self.doc.tokens[k].text[:1].isupper()

    def region_follows(self, k: int) -> bool:
        """A comma and a first-level region after the name: "Paris, Texas"."""
        if k + 1 >= len(self.doc.tokens) or self.doc.tokens[k].text != ",":
            return False
        nxt = self.cand_at.get(k + 1)
        return nxt is not None and any(
            self.kb.places[pid].get("kind") == "admin1" for pid in nxt.places) and not nxt.actors

    # -- driver -------------------------------------------------------------------
    def run(self) -> list[ActorRef]:
        doc = self.doc
        for s0, s1 in doc.sentence_tokens:
            i = s0
            while i < s1:
                if self.covered[i]:
                    i += 1
                    continue
                got = _role_at(doc, self.lex, i)
                named = self.cand_at.get(i)
                if got is not None and named is not None and named.actors and not named.compound \
                        and named.tok_end >= i + got[0]:
                    got = None  # the knowledge base knows the whole name ("US-Außenministerium")
                if got is not None and role_adjective(doc, self.lex, i, got, s1):
                    i += got[0]  # "Bewaffnete Polizisten": the police
                    continue
                if got is not None:
                    ref = self.role_phrase(i, got[0], got[1])
                    if ref is not None:
                        i = max(ref.tok_end, i + 1)
                        continue
                    i += got[0]
                    continue
                known_name = self.cand_at.get(i) is not None and bool(self.cand_at[i].actors)
                if doc.words[i] in self.surnames and doc.tokens[i].text[:1].isupper() and not known_name:
                    known = self.surnames[doc.words[i]]
                    start, parts = i, known.name.split()[:-1]
                    while parts and start - 1 >= s0 and not self.covered[start - 1] and doc.words[
                            start - 1] == parts[-1].lower() and self.lex.is_("surname_particle", doc.words[start - 1]):
                        start, parts = start - 1, parts[:-1]  # "Van der Bellen" after "Alexander Van der Bellen"
                    self.add(ActorRef(start, i + 1, known.key, None, known.name, known.type, known.country,
                                      known.sector, known.gender, "surname", doc.text[
                                          doc.tokens[start].start:doc.tokens[i].end]))
                    i += 1
                    continue
                if self.people_ref(i, s0) is not None:
                    i += 1
                    continue
                cand = self.cand_at.get(i)
                if (cand is None or not cand.actors and cand.tok_end == i + 1) and (
                        ref := self.given_name_ref(i, s1)) is not None:  # not "Sidi Bouzid", "Santiago de Chile"
                    i = ref.tok_end
                    continue
                if cand is not None and cand.compound:
                    i = cand.tok_end  # "EU-Mission": a modifier inside a compound, not an actor mention
                    continue
                if cand is not None and not cand.used and self.affiliation(cand, s0, s1):
                    cand.used = True  # "Finanzminister Hans Jörg Schelling (ÖVP)": the person's party, no actor
                    i = cand.tok_end
                    continue
                if cand is not None and not cand.used:
                    if cand.tok_end < s1 and self.before_journalist(cand):
                        i = cand.tok_end  # "BBC correspondent Gary O'Donoghue": the role phrase takes the name
                        continue
                    if cand.genitive and cand.tok_end < s1 and (_role_at(doc, self.lex, cand.tok_end) is not None
                                                                 or self.owned_name(cand)):
                        # "Russia's embassy": the role phrase takes the country; "Spaniens Linkspartei Podemos": the
                        # organisation's name, which the mention then starts with
                        self.owner_at[cand.tok_end] = cand.tok_start
                        i = cand.tok_end
                        continue
                    if cand.actors and region_reading(doc, self.lex, self.kb, cand):
                        pass  # "Atlanta, Georgia": the US state, a place (see the places stage)
                    elif cand.actors and self.kb.actors.get(cand.actors[0]):
                        self.name_ref(cand, self.owner_at.get(cand.tok_start, cand.tok_start), cand.tok_end)
                        cand.used = True
                    elif cand.places and self.metonym_ref(cand) is not None:
                        cand.used = True
                    i = cand.tok_end
                    continue
                i += 1
        self.earlier_full_names()
        return self.refs

    def earlier_full_names(self) -> None:
        """A person whom a role noun introduces ("Der TV-Journalist Wolfgang Herles") may be named in full before,
        in the headline or the lead ("Wolfgang Herles kritisiert …"): that full name is a mention of the person too
        (only the whole name, so that a surname that is also a noun stays what it is)."""
        doc = self.doc
        for ref in [r for r in self.refs if r.via == "role-name" and r.type == "person"]:
            parts = ref.name.split()
            n = len(parts)
            if n < 2:
                continue
            for i in range(ref.tok_start - n + 1):
                if not any(self.covered[i:i + n]) and all(doc.tokens[i + j].text == parts[j] for j in range(n)):
                    self.add(ActorRef(i, i + n, ref.key, None, ref.name, ref.type, ref.country, ref.sector,
                                      ref.gender, "role-name", ref.name))


class EntityLinker:
    name = "entities"
    requires = ("tokens", "words", "sentences", "clauses", "candidates")
    assigns = ("entities", "actor_refs")

    def __call__(self, doc: Doc, res: Resources) -> None:
        refs = _Builder(doc, res).run()
        by_key: dict[tuple, Entity] = {}
        doc.actor_refs = []
        refs = _merge_appositions(doc, sorted(refs, key=lambda r: r.tok_start))
        refs = _classified_names(doc, res.lex(doc.lang), refs)
        for ref in refs:
            ent = by_key.get(ref.key)
            if ent is None:
                code = (ref.country or "") + (ref.sector or "") or None
                ent = Entity(f"E{len(by_key) + 1}", ref.kb, ref.name, ref.type, ref.country, ref.sector,
                             code, gender=ref.gender)
                by_key[ref.key] = ent
            elif ent.kb is None and not (ent.country or ent.sector) and (ref.country or ref.sector):
                # "Tobias Wendrich kritisiert …", then "Der TV-Journalist Tobias Wendrich": the role phrase tells
                # what the bare name did not
                ent.country, ent.sector = ref.country, ref.sector
                ent.code = (ref.country or "") + (ref.sector or "") or None
            first = ref.tok_start if ref.name_start is None else ref.name_start  # the mention is the name itself
            a, b = doc.tokens[first].start, doc.tokens[ref.tok_end - 1].end
            m = Mention(a, b, doc.text[a:b], doc.token_sentence[ref.tok_start], ref.head, ref.via, first, ref.tok_end)
            ent.mentions.append(m)
            doc.actor_refs.append((ref.tok_start, ref.tok_end, ent.id, m))
        doc.entities = list(by_key.values())


def _merge_appositions(doc: Doc, refs: list[ActorRef]) -> list[ActorRef]:
    """Adjacent mentions of one actor are one mention: "des UN-Nothilfebüros OCHA", and so is a name with its
    abbreviation in parentheses: "der Jihadistenmiliz Islamischer Staat (IS)" (which is then no second party). A
    person named by given and family name after a role phrase and a comma takes the role's country and sector."""
    out: list[ActorRef] = []
    toks = doc.tokens
    for ref in refs:
        if out and out[-1].key == ref.key and out[-1].tok_end == ref.tok_start:
            out[-1].tok_end = ref.tok_end
            continue
        if out and out[-1].key == ref.key and out[-1].tok_end + 1 == ref.tok_start \
                and toks[out[-1].tok_end].text == "(" and ref.tok_end < len(toks) and toks[ref.tok_end].text == ")":
            out[-1].tok_end = ref.tok_end + 1
            continue
        if out and _classifier(doc, out[-1], ref):
            ref.tok_start = out[-1].tok_start
            out[-1] = ref
            continue
        if out and ref.via == "given-name" and not (ref.country or ref.sector) and out[-1].via != "name" \
                and out[-1].type not in ("country", "people") and out[-1].tok_end + 1 == ref.tok_start \
                and toks[out[-1].tok_end].text == ",":
            # "Der stellvertretende Fraktionsvorsitzende der Grünen, Konstantin von Notz, …": the role in apposition
            # says whose the person is
            ref.country, ref.sector = out[-1].country, out[-1].sector
        out.append(ref)
    return out


# actor types of bodies with names of their own, one of which may classify another ("die Linkspartei Podemos")
NAMED_BODY_TYPES = frozenset({"party", "organisation", "armed_group", "igo", "media"})


def _classifier(doc: Doc, first: ActorRef, name: ActorRef) -> bool:
    """Whether an organisation's one-word reference right before another organisation's name classifies that name
    ("die Linkspartei Podemos": the knowledge base's alias of the German party Die Linke names what Podemos is;
    "Spaniens Linkspartei Podemos")."""
    word = doc.tokens[first.tok_end - 1].text  # after a country in the genitive: "Spaniens Linkspartei Podemos"
    return first.tok_end == name.tok_start and first.tok_end - first.tok_start <= 2 and first.key != name.key \
        and first.type in NAMED_BODY_TYPES and name.type in NAMED_BODY_TYPES and first.country != name.country \
        and word[1:].islower()


#: the shortest first part of a compound that ends in a classifier noun ("Nachbar|land"; not "Aus|land", "In|land")
CLASSIFIER_PREFIX = 4
#: closed classes of nouns that class a name after them, and the actor types each classes
CLASSIFIERS = (("country_classifier", frozenset({"country"})), ("person_classifier", frozenset({"person"})),
               ("body_classifier", frozenset(NAMED_BODY_TYPES | {"government", "military", "intelligence"})))


def _classified_names(doc: Doc, lex: Lexicon, refs: list[ActorRef]) -> list[ActorRef]:
    """A name after a noun that classes it is one reference with that noun's phrase (its mention stays the name):
    "die Gruppe Ansar Dine", "im Bürgerkriegsland Syrien", "der UN-Generalsekretär Ban Ki Moon", "die
    Islamistengruppe Boko Haram" (a role reference of its own before, which is then no second party). The noun (also
    a compound's end) is of a closed class of the name's type (``country_classifier``, ``person_classifier``,
    ``body_classifier``) or a role noun (roles.tsv) of that type; not a name in the genitive ("die Truppen
    Russlands"), one of another type ("schickte die Partei Merkel einen Brief"), a name ("dass Deutschland Russland
    gedroht habe") or a bare noun that points back ("das Land")."""
    out: list[ActorRef] = []
    for ref in refs:
        j = ref.tok_start - 1
        tok = doc.tokens[j] if j >= 0 else None
        if tok is None or tok.kind != "word" or not tok.text[:1].isupper() or not lex.setting("nouns_capitalised") \
                or doc.token_sentence[j] != doc.token_sentence[ref.tok_start] or _genitive_form(doc, lex, ref) \
                or lex.is_("determiner", doc.words[ref.tok_start]) or not _classes(lex, doc.words[j], ref.type):
            out.append(ref)
            continue
        ref.name_start = ref.tok_start
        if out and out[-1].tok_end == ref.tok_start and out[-1].kb is None and not any(
                lex.is_(c, doc.words[k]) for k in range(out[-1].tok_start + 1, j)
                for c in ("preposition", "determiner")):
            # (not a phrase with a complement of its own: "den Truppen von Syriens Staatschef Bashar al-Assad" are
            # the troops)
            ref.tok_start = out[-1].tok_start  # "die Islamistengruppe Boko Haram": the role reference is the name's
            out[-1] = ref
            continue
        if any(r.tok_start <= j < r.tok_end for r in out) or "-" not in tok.text and candidate_at(doc, j) is not None:
            out.append(ref)  # "dass Deutschland Russland gedroht habe": a name is no classifier (a compound with one
            continue  # is: "UNO-Generalsekretär Ban Ki Moon")
        k, s0 = j, doc.sentence_tokens[doc.token_sentence[j]][0]
        while k - 1 >= s0 and j - k < 3 and doc.tokens[k - 1].text[:1].islower() \
                and doc.words[k - 1].endswith(lex.endings("adjective_ending") or ("\0",)) \
                and not any(lex.is_(c, doc.words[k - 1]) for c in (*NOT_ADJECTIVE_CLASSES, "coordinator")):
            k -= 1  # "im *umkämpften* Bürgerkriegsland"
        if k == j and ref.type == "country" and _bare_classifier(lex, doc.words[j]):
            out.append(ref)  # "schickte das Land Russland Hilfe": a bare "Land" points back, the name is the object
            continue
        if k - 1 >= s0 and lex.is_("determiner", doc.words[k - 1]) and not lex.is_("preposition", doc.words[k - 1]):
            k -= 1
        ref.tok_start = k
        out.append(ref)
    return out


def _bare_classifier(lex: Lexicon, word: str) -> bool:
    """Whether a classifier noun without a modifier points back to a country named before (closed class
    ``anaphoric_classifier``: "das Land", not "das Nachbarland", "das afrikanische Land")."""
    return lex.is_("anaphoric_classifier", word)


def _classes(lex: Lexicon, word: str, actor_type: str) -> bool:
    """Whether a noun (or a compound ending in one) classes names of an actor type."""
    tail = word.rsplit("-", 1)[-1]
    if any(actor_type in types and tail.endswith(ends := lex.endings(cls) or ("\0",)) and (
            tail in ends or len(tail) - max(len(e) for e in ends if tail.endswith(e)) >= CLASSIFIER_PREFIX)
           for cls, types in CLASSIFIERS):
        return True  # a compound with a short first part is another word ("Ausland", "Inland")
    role = lex.roles.match([tail], 0)
    return role is not None and role[0] == 1 and (role[1].type == "person") == (actor_type == "person") \
        and actor_type not in ("country",)


def _genitive_form(doc: Doc, lex: Lexicon, ref: ActorRef) -> bool:
    """Whether a name reference ends in the ``genitive_suffix`` its name does not have ("Russlands", not "Hamas")."""
    last = doc.words[ref.tok_end - 1]
    suffix = lex.endings("genitive_suffix")
    return bool(suffix) and last.endswith(suffix) and last != ref.name.lower().rsplit(" ", 1)[-1]


def add_mention(doc: Doc, entity_id: str, tok_start: int, tok_end: int, via: str) -> Mention:
    """Attach a further mention (e.g. a resolved pronoun) to an entity."""
    ent = doc.entity(entity_id)
    a, b = doc.tokens[tok_start].start, doc.tokens[tok_end - 1].end
    m = Mention(a, b, doc.text[a:b], doc.token_sentence[tok_start], doc.tokens[tok_start].text, via,
                tok_start, tok_end)
    if ent is not None and all(x.start != a for x in ent.mentions):
        ent.mentions.append(m)
        doc.actor_refs.append((tok_start, tok_end, entity_id, m))
        doc.actor_refs.sort(key=lambda r: r[0])
    return m


#: A plural pronoun's genders, and the types of actor it cannot stand for ("Sie fordern" after "Slowakei und Ungarn").
PLURAL = frozenset({"pl"})
SINGULAR_TYPES = frozenset({"country", "person"})


def antecedent(doc: Doc, tok: int, genders: frozenset[str], persons_only: bool = False,
               same_clause: bool = False) -> str | None:
    """Entity id of the nearest earlier actor mention (this or the previous two sentences) that fits; not one of the
    pronoun's own clause, which a personal pronoun does not stand for ("Schäuble warf er vor": he is someone else),
    unless ``same_clause`` (a possessive may: "Seiner Meinung nach")."""
    sent = doc.token_sentence[tok]
    clause = doc.token_clause[tok] if doc.token_clause and not same_clause else None
    for ts, _te, eid, m in sorted(doc.actor_refs, key=lambda r: -r[0]):
        if ts >= tok or doc.token_sentence[ts] < sent - 2:
            continue
        if clause is not None and doc.token_clause[ts] == clause:
            continue
        ent = doc.entity(eid)
        if ent is None:
            continue
        if m.via == "relay" and genders & {"m", "f"}:
            return eid  # "the spokesman … he added": he speaks for the institution
        if persons_only and ent.type != "person":
            continue
        if genders == PLURAL:
            if ent.type not in SINGULAR_TYPES:
                return eid  # "Die Ermittler … Sie baten": a body or a group, whatever its noun's gender
            continue
        if not ent.gender or ent.gender in genders:
            return eid
    return None
