"""Geoparsing against gold toponyms: TR-News and GeoVirus XML (Gritta et al.'s formats).

A gold toponym is *found* when a predicted toponym overlaps its character span. It is *resolved*
within 161 km when the prediction names the same GeoNames record or its coordinates lie within
161 km (100 miles) of the gold coordinates — the field's accuracy@161km. It is resolved to the
*same place* when, in addition, a predicted area (a country, a first-level region, a world region)
bears the title of the gold toponym's Wikipedia page (GeoVirus gives pages, not GeoNames ids): a
country or a state is one place whatever point each gazetteer gives it (GeoVirus puts the United
States at 40° N 100° W, the countries file lagebild uses at 38° N 97° W, 340 km apart). Cities
are judged by distance only, since a title such as "Paris" does not tell Paris, Texas apart.

GeoVirus counts offsets from 1; the offset base of a file is detected from its toponym names, and
a toponym whose offsets miss its name by a few characters (TR-News has some) is moved to the
nearest occurrence of the name.

Predictions are the analysis's place mentions, the mentions of country actors ("Russia's") and
the demonyms inside actor mentions ("A Turkish policeman"), which TR-News annotates as toponyms of
their country; each carries its record's coordinates and GeoNames id.

* recall: found gold toponyms / gold toponyms;
* precision: predicted toponyms that overlap a gold toponym / predicted toponyms;
* accuracy@161km: resolved within 161 km / found gold toponyms that have coordinates;
* accuracy: resolved to the same place (GeoNames id, Wikipedia title of an area) or within 161 km
  / found gold toponyms that have coordinates.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET  # noqa: S405 - local gold files given by the user, not fetched input
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError

RADIUS_KM = 161.0
#: Kinds of place whose point is a convention of the gazetteer, so that identity is judged by name.
AREA_KINDS = frozenset({"country", "admin1", "region"})
#: How far (characters) a toponym's offsets may be off its name before it is left as it is.
REALIGN_WINDOW = 12


@dataclass
class Toponym:
    start: int
    end: int
    text: str
    lat: float | None
    lon: float | None
    geonames: int | None = None
    title: str | None = None  # gold: the Wikipedia page's title; prediction: the record's name
    kind: str | None = None  # prediction: the record's kind (country, admin1, region, city, …)
    country: str | None = None  # prediction: the record's country (ISO3)


@dataclass
class GoldArticle:
    id: str
    text: str
    toponyms: list[Toponym] = field(default_factory=list)


def _float(node, tag: str) -> float | None:
    el = node.find(tag)
    try:
        return float(el.text) if el is not None and el.text else None
    except ValueError:
        return None


def read_gold(path: Path) -> list[GoldArticle]:
    """Articles of a TR-News or GeoVirus XML file."""
    try:
        root = ET.parse(path).getroot()  # noqa: S314
    except (ET.ParseError, OSError) as exc:
        raise InputError(f"{path}: not a readable gold file ({exc})") from None
    raw = []
    for n, art in enumerate(root.iter("article"), 1):
        text_el = art.find("text")
        if text_el is None or not text_el.text:
            continue
        tops = []
        for top in [*art.iter("toponym"), *art.iter("location")]:
            start, end = _float(top, "start"), _float(top, "end")
            if start is None or end is None:
                continue
            gaz = top.find("gaztag")
            where = gaz if gaz is not None else top
            name_el = top.find("phrase") if top.find("phrase") is not None else top.find("name")
            gid = gaz.get("geonameid") if gaz is not None else None
            tops.append((int(start), int(end), (name_el.text or "") if name_el is not None else "",
                         _float(where, "lat"), _float(where, "lon"), int(gid) if gid and gid.isdigit() else None,
                         _page_title(top.findtext("page"))))
        raw.append((art.get("docid") or f"{path.name}:{n}", text_el.text, tops))
    if not raw:
        raise InputError(f"{path}: no <article> with <text> in this file")
    shift = _offset_base(raw)
    out = []
    for doc_id, text, tops in raw:
        doc = GoldArticle(doc_id, text)
        for start, end, name, lat, lon, gid, title in tops:
            a, b = _realign(text, name, start - shift, end - shift)
            doc.toponyms.append(Toponym(a, b, text[a:b], lat, lon, gid, title))
        out.append(doc)
    return out


def _page_title(url: str | None) -> str | None:
    """'https://en.wikipedia.org/wiki/United_States' -> 'United States'."""
    if not url or "/wiki/" not in url:
        return None
    from urllib.parse import unquote

    return unquote(url.rsplit("/wiki/", 1)[1]).replace("_", " ").strip() or None


def _realign(text: str, name: str, a: int, b: int) -> tuple[int, int]:
    """The offsets of the occurrence of *name* nearest to (a, b), when (a, b) misses it slightly."""
    name = name.strip()
    if not name or text[a:b].strip() == name:
        return a, b
    lo = max(0, a - REALIGN_WINDOW)
    window = text[lo:b + REALIGN_WINDOW + len(name)]
    spots = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", window)]  # not "Iran" in "Iranian"
    if not spots:
        return a, b
    start = lo + min(spots, key=lambda s: abs(lo + s - a))
    return start, start + len(name)


def _offset_base(raw: list) -> int:
    """0 or 1: the offset base under which the most toponym names match the text."""
    def hits(shift: int) -> int:
        return sum(1 for _i, text, tops in raw for s, e, name, *_ in tops
                   if name and text[s - shift:e - shift].strip() == name.strip())
    return max((0, 1), key=lambda shift: (hits(shift), -shift))


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def country_names(kb, lang: str) -> dict[tuple[str, ...], str]:
    """Country names of the knowledge base as lowercased word tuples → ISO3 ("south korea" → KOR)."""
    cache = getattr(kb, "_eval_country_names", {})
    if lang not in cache:
        names: dict[tuple[str, ...], str] = {}
        for alias, kind, rid, alang in kb.aliases:
            if kind == "actor" and rid.startswith("country:") and alang in ("*", lang) and alias[:1].isupper():
                names[tuple(alias.lower().split())] = rid.split(":", 1)[1]
        cache[lang] = names
        kb._eval_country_names = cache
    return cache[lang]


def predictions(analysis: dict[str, Any], kb) -> list[Toponym]:
    out = []
    for p in analysis["places"]:
        for m in p["mentions"]:
            out.append(Toponym(m[0], m[1], m[2], p.get("lat"), p.get("lon"), p.get("geonames"), p.get("name"),
                               p.get("kind"), p.get("country")))
    lang = analysis["doc"].get("lang") or "en"
    for e in analysis["entities"]:
        for m in e["mentions"]:
            if e.get("type") == "country" and e.get("country") and m[2][:1].isupper():  # "Turkey", not "it"
                out.append(_at_place(m[0], m[1], m[2], kb.country_place(e["country"])))
                continue
            capital = _capital_named(kb, e, m[2])
            if capital is not None:  # "Ottawa's latest offer": the capital names its government
                out.append(_at_place(m[0], m[1], m[2], capital))
                continue
            # "A Turkish policeman", "Russia's foreign ministry", "U.S. officials": a demonym or a country's name
            # inside an actor phrase is a toponym
            words = list(re.finditer(r"[^\W\d_](?:[\w-]|\.(?=\w))*\.?", m[2]))
            names = country_names(kb, lang)
            k = 0
            while k < len(words):
                token = words[k].group()
                iso = next((c for lg, c in kb.demonyms.get(token.lower(), ()) if lg == lang), None)
                n = 1
                for size in (3, 2, 1):
                    key = tuple(w.group().lower() for w in words[k:k + size])
                    if len(key) == size and key in names:
                        iso, n = names[key], size
                        break
                if token[:1].isupper() and iso:
                    a, b = m[0] + words[k].start(), m[0] + words[k + n - 1].end()
                    out.append(_at_place(a, b, m[2][words[k].start():words[k + n - 1].end()], kb.country_place(iso)))
                k += n
    return out


def _at_place(start: int, end: int, text: str, place: dict | None) -> Toponym:
    place = place or {}
    return Toponym(start, end, text, place.get("lat"), place.get("lon"), place.get("geonames"), place.get("name"),
                   place.get("kind"), place.get("country"))


def _capital_named(kb, entity: dict, surface: str) -> dict | None:
    """The capital place record when a government's mention is its capital's name ("Ottawa's")."""
    iso = entity.get("country")
    if entity.get("type") != "government" or not iso or iso not in kb.capitals or not surface[:1].isupper():
        return None
    from ..stages.match import automaton, fold

    reading = automaton(kb).get(fold(re.sub(r"['’]s?$", "", surface)), None)
    return kb.places.get(kb.capitals[iso]) if reading and kb.capitals[iso] in reading[2] else None


def same_place(gold: Toponym, hit: Toponym, countries: dict[tuple[str, ...], str] | None = None) -> bool:
    """The prediction names the gold's GeoNames record, or is an area bearing its Wikipedia title
    (for a country, any of the country's names in *countries*: "Democratic Republic of the Congo"
    is the record called "DR Congo")."""
    if gold.geonames is not None and gold.geonames == hit.geonames:
        return True
    if not (gold.title and hit.title and hit.kind in AREA_KINDS):
        return False
    if gold.title.lower() == hit.title.lower():
        return True
    return hit.kind == "country" and bool(countries) and countries.get(tuple(gold.title.lower().split())) == hit.country


def near(gold: Toponym, hit: Toponym) -> bool:
    """The prediction lies within 161 km of the gold point."""
    return hit.lat is not None and haversine_km((gold.lat, gold.lon), (hit.lat, hit.lon)) <= RADIUS_KM


def _overlaps(a: Toponym, b: Toponym) -> bool:
    return a.start < b.end and b.start < a.end


def evaluate(path: Path, limit: int | None = None) -> dict[str, Any]:
    from ..pipeline import analyze, default_resources, normalise_text

    kb = default_resources().kb
    articles = read_gold(path)[:limit] if limit else read_gold(path)
    gold_n = pred_n = pred_ok = found = resolvable = resolved = same = 0
    misses: list[str] = []
    for art in articles:
        text = normalise_text(art.text)
        if text != art.text:  # offsets must stay valid: analyse the text as given (only \r differs)
            text = art.text
        analysis = analyze(text, lang="en", doc_id=art.id).to_json()
        preds = predictions(analysis, kb)
        pred_n += len(preds)
        pred_ok += sum(1 for p in preds if any(_overlaps(p, g) for g in art.toponyms))
        for g in art.toponyms:
            gold_n += 1
            hit = next((p for p in preds if _overlaps(p, g)), None)
            if hit is None:
                if len(misses) < 30:
                    misses.append(g.text)
                continue
            found += 1
            if g.lat is not None and g.lon is not None:
                resolvable += 1
                within = near(g, hit) or (g.geonames is not None and g.geonames == hit.geonames)
                resolved += within
                same += within or same_place(g, hit, country_names(kb, "en"))
    recall = found / gold_n if gold_n else 0.0
    precision = pred_ok / pred_n if pred_n else 0.0
    return {
        "file": str(path), "articles": len(articles), "gold_toponyms": gold_n, "predicted_toponyms": pred_n,
        "precision": round(precision, 3), "recall": round(recall, 3),
        "f1": round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0,
        "accuracy_161km": round(resolved / resolvable, 3) if resolvable else 0.0,
        "accuracy": round(same / resolvable, 3) if resolvable else 0.0,
        "resolved": resolved, "same_place": same, "resolvable": resolvable, "missed_examples": misses,
    }


def format_report(r: dict[str, Any]) -> str:
    return (f"{r['file']}: {r['articles']} articles, {r['gold_toponyms']} gold toponyms, "
            f"{r['predicted_toponyms']} predicted\n"
            f"recognition: precision {r['precision']:.3f}, recall {r['recall']:.3f}, F1 {r['f1']:.3f}\n"
            f"resolution: accuracy@161km {r['accuracy_161km']:.3f} ({r['resolved']}/{r['resolvable']} found toponyms"
            f" with coordinates); same place or within 161 km {r['accuracy']:.3f}"
            f" ({r['same_place']}/{r['resolvable']})\n"
            f"missed, e.g.: {', '.join(r['missed_examples'][:15])}")
