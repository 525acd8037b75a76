"""Story clustering: articles about the same situation, in any language, grouped as they arrive.

A document is described by language-neutral features from its analysis — places (GeoNames ids),
actors (knowledge-base ids), countries, event types, and event types at a place — each with a
weight: specific features weigh more, and more when mentioned often or in the lead sentence. A
story keeps the summed features of its documents. Similarity is the cosine of TF-IDF vectors, the
document frequency of each feature counted over the store as documents arrive (Moscow and Kyiv
say less about a story than Belgorod). A new document joins the most similar story (at least
:data:`JOIN_AT`) that shares a specific feature with it and whose dates lie within
:data:`WINDOW_DAYS` of the document's date; otherwise it founds a new story. A syndicated copy
joins its original's story.
"""

from __future__ import annotations

import math
import sqlite3
from datetime import date, timedelta
from typing import Any

JOIN_AT = 0.3
WINDOW_DAYS = 4
MAX_CANDIDATES = 25
SPECIFIC = ("p:", "a:")  # features that can propose a candidate story
COUNTRY_LEVEL = {"country", "government", "military", "state_media", "intelligence", "police", "legislature",
                 "judiciary"}


def features(analysis: dict[str, Any]) -> dict[str, float]:
    """Weighted, language-neutral features of one analysed document."""
    out: dict[str, float] = {}
    lead_end = analysis["sentences"][0][1] if analysis.get("sentences") else 0

    def put(key: str, weight: float) -> None:
        out[key] = max(out.get(key, 0.0), weight)

    def salience(item: dict[str, Any]) -> float:
        mentions = item.get("mentions") or []
        lead = any(m[0] < lead_end for m in mentions)
        return (1.0 + math.log(max(len(mentions), 1))) * (2.0 if lead else 1.0)

    places = {p["id"]: p for p in analysis["places"]}
    for p in analysis["places"]:
        if p.get("kind") == "country" and p.get("country"):
            put(f"c:{p['country']}", 1.0)
        elif p.get("geonames"):
            put(f"p:{p['geonames']}", 2.0 * salience(p))
            if p.get("country"):
                put(f"c:{p['country']}", 1.0)
    for e in analysis["entities"]:
        if e.get("kb") and e.get("type") not in COUNTRY_LEVEL:
            put(f"a:{e['kb']}", (1.5 if e.get("type") == "person" else 1.0) * salience(e))
        if e.get("country"):
            put(f"c:{e['country']}", 1.0)
    for ev in analysis["events"]:
        put(f"v:{ev['type']}", 1.0)
        place = places.get(ev.get("place") or "")
        if place and place.get("geonames") and place.get("kind") != "country":
            put(f"v:{ev['type']}@{place['geonames']}", 2.0)
    return out


def cosine(a: dict[str, float], b: dict[str, float], idf: dict[str, float] | None = None) -> float:
    """Cosine similarity, each feature scaled by its inverse document frequency when given."""
    if not a or not b:
        return 0.0
    if idf:
        a = {k: w * idf.get(k, 1.0) for k, w in a.items()}
        b = {k: w * idf.get(k, 1.0) for k, w in b.items()}
    dot = sum(w * b[k] for k, w in a.items() if k in b)
    return dot / (math.sqrt(sum(w * w for w in a.values())) * math.sqrt(sum(w * w for w in b.values())))


def idf_of(conn: sqlite3.Connection, keys: set[str]) -> dict[str, float]:
    """Smoothed inverse document frequency of features over the store."""
    n = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    df: dict[str, int] = {}
    ordered = sorted(keys)
    for i in range(0, len(ordered), 500):
        chunk = ordered[i:i + 500]
        df.update(conn.execute(f"SELECT feature, documents FROM feature_df WHERE feature IN"  # noqa: S608
                               f" ({','.join('?' * len(chunk))})", chunk).fetchall())
    return {k: math.log((n + 1) / (df.get(k, 0) + 1)) + 1.0 for k in keys}


def _within(day: str | None, first: str | None, last: str | None) -> bool:
    if not day or not first or not last:
        return True
    try:
        d, lo, hi = date.fromisoformat(day[:10]), date.fromisoformat(first[:10]), date.fromisoformat(last[:10])
    except ValueError:
        return True
    window = timedelta(days=WINDOW_DAYS)
    return lo - window <= d <= hi + window


def story_features(conn: sqlite3.Connection, story_id: int) -> dict[str, float]:
    return {f: w for f, w in conn.execute("SELECT feature, weight FROM story_features WHERE story_id = ?",
                                          (story_id,))}


def best_story(conn: sqlite3.Connection, feats: dict[str, float], day: str | None) -> tuple[int, float] | None:
    """The most similar story that may take the document (ties: the older story). Candidates are the
    :data:`MAX_CANDIDATES` stories in the date window sharing the most specific weight with it."""
    specific = sorted(f for f in feats if f.startswith(SPECIFIC))
    if not specific:
        return None
    shared: dict[int, float] = {}
    for i in range(0, len(specific), 500):
        chunk = specific[i:i + 500]
        for sid, feature in conn.execute(
                f"SELECT story_id, feature FROM story_features WHERE feature IN ({','.join('?' * len(chunk))})",  # noqa: S608
                chunk):
            shared[sid] = shared.get(sid, 0.0) + feats[feature]
    in_window = []
    for sid in sorted(shared):
        first, last = conn.execute("SELECT first_date, last_date FROM stories WHERE id = ?", (sid,)).fetchone()
        if _within(day, first, last):
            in_window.append(sid)
    candidates = sorted(in_window, key=lambda sid: (-shared[sid], sid))[:MAX_CANDIDATES]
    stories = {sid: story_features(conn, sid) for sid in candidates}
    idf = idf_of(conn, set(feats).union(*stories.values()))
    best: tuple[int, float] | None = None
    for sid in sorted(candidates):
        score = cosine(feats, stories[sid], idf)
        if score >= JOIN_AT and (best is None or score > best[1]):
            best = (sid, score)
    return best


def assign(conn: sqlite3.Connection, doc_id: int, analysis: dict[str, Any], story_id: int | None = None) -> int:
    """Put a document into a story (the given one, the best match, or a new one); returns the story id."""
    feats = features(analysis)
    meta = analysis["doc"]
    day = meta.get("published")
    if story_id is None:
        found = best_story(conn, feats, day)
        story_id = found[0] if found else None
    if story_id is None:
        label = (meta.get("title") or _first_sentence(analysis, conn, doc_id))[:120]
        story_id = conn.execute("INSERT INTO stories(label, first_date, last_date) VALUES (?, ?, ?)",
                                (label, day, day)).lastrowid
    conn.executemany("INSERT INTO feature_df VALUES (?, 1)"
                     " ON CONFLICT(feature) DO UPDATE SET documents = documents + 1", [(f,) for f in sorted(feats)])
    conn.executemany(
        "INSERT INTO story_features VALUES (?, ?, ?) ON CONFLICT(story_id, feature)"
        " DO UPDATE SET weight = weight + excluded.weight", [(story_id, f, w) for f, w in sorted(feats.items())])
    conn.execute("UPDATE documents SET story_id = ? WHERE id = ?", (story_id, doc_id))
    langs = {r[0] for r in conn.execute("SELECT DISTINCT lang FROM documents WHERE story_id = ? AND lang IS NOT NULL",
                                        (story_id,))}
    conn.execute(
        "UPDATE stories SET documents = documents + 1, languages = ?,"
        " first_date = CASE WHEN ? IS NOT NULL AND (first_date IS NULL OR ? < first_date) THEN ? ELSE first_date END,"
        " last_date = CASE WHEN ? IS NOT NULL AND (last_date IS NULL OR ? > last_date) THEN ? ELSE last_date END"
        " WHERE id = ?", (",".join(sorted(langs)), day, day, day, day, day, day, story_id))
    return story_id


def _first_sentence(analysis: dict[str, Any], conn: sqlite3.Connection, doc_id: int) -> str:
    text = conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()[0]
    if analysis.get("sentences"):
        a, b = analysis["sentences"][0]
        return " ".join(text[a:b].split())
    return " ".join(text.split())[:120]
