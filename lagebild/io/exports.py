"""Exports of a store: JSON Lines of analyses, CSV and Parquet of every table, GDELT-style event
TSV and GeoJSON of events. Each writer streams rows from SQLite and returns the number written.

Columns are documented in ``docs/store.md``; the GDELT-style TSV has the columns of
:data:`GDELT_COLUMNS` in that order, with a header line.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import LagebildError

TABLES = ("documents", "sources", "stories", "entities", "mentions", "places", "times", "quantities", "events",
          "claims", "relations", "propositions", "proposition_claims", "claim_links")

GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code", "IsRootEvent", "EventCode",
    "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources",
    "NumArticles", "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat",
    "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL",
    # lagebild's own columns after GDELT's
    "PloverType", "PloverMode", "Status", "Negated", "Modality", "DocumentId", "EventId", "StoryId",
    "Outlet", "Trigger",
)
GEO_TYPES = {"country": 1, "admin1": 5, "admin2": 5, "city": 4}


class ExportError(LagebildError):
    exit_code = 2


def _query(conn: sqlite3.Connection, sql: str, params: tuple = ()) -> Iterator[dict[str, Any]]:
    cur = conn.execute(sql, params)
    names = [c[0] for c in cur.description]
    for row in cur:
        yield dict(zip(names, row, strict=True))


def quad_class(cameo: str | None) -> int | None:
    """GDELT's QuadClass from the CAMEO root: verbal/material cooperation, verbal/material conflict."""
    if not cameo or not cameo[:2].isdigit():
        return None
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def write_jsonl(conn: sqlite3.Connection, out: Path) -> int:
    """One line per document: its analysis (the contract) with the store's story and copy links."""
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for row in _query(conn, "SELECT id, analysis, story_id, original_id, similarity FROM documents ORDER BY id"):
            analysis = json.loads(row["analysis"])
            analysis["store"] = {"document": row["id"], "story": row["story_id"], "original": row["original_id"],
                                 "similarity": row["similarity"]}
            fh.write(json.dumps(analysis, ensure_ascii=False) + "\n")
            n += 1
    return n


def write_csv(conn: sqlite3.Connection, out_dir: Path, tables: tuple[str, ...] = TABLES) -> int:
    """One CSV file per table (UTF-8, header line); returns the number of rows."""
    out_dir.mkdir(parents=True, exist_ok=True)
    n = 0
    for table in tables:
        cur = conn.execute(f"SELECT * FROM {table}")  # noqa: S608 - table names from TABLES only
        with (out_dir / f"{table}.csv").open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow([c[0] for c in cur.description])
            for row in cur:
                writer.writerow(row)
                n += 1
    return n


def gdelt_rows(conn: sqlite3.Connection) -> Iterator[list[Any]]:
    sql = """
        SELECT e.*, d.published, d.url, d.story_id, s.name AS outlet, p.name AS place_name, p.kind AS place_kind,
               p.country AS place_country, p.lat, p.lon, p.geonames,
               se.code AS source_code, se.name AS source_name, te.code AS target_code, te.name AS target_name,
               coalesce(m.n, 1) AS mentions
        FROM events e JOIN documents d ON d.id = e.doc_id
        LEFT JOIN (SELECT doc_id, ref, count(*) AS n FROM mentions GROUP BY doc_id, ref) m
            ON m.doc_id = e.doc_id AND m.ref = e.id
        LEFT JOIN sources s ON s.id = d.source_id
        LEFT JOIN places p ON p.doc_id = e.doc_id AND p.id = e.place_id
        LEFT JOIN entities se ON se.doc_id = e.doc_id AND se.id = e.source_entity
        LEFT JOIN entities te ON te.doc_id = e.doc_id AND te.id = e.target_entity
        ORDER BY e.doc_id, e.id"""
    for n, r in enumerate(_query(conn, sql), 1):
        day = (r["date_start"] or r["published"] or "")[:10].replace("-", "")
        cameo = r["cameo"] or ""
        yield [
            n, day,
            r["source_code"] or ((r["source_country"] or "") + (r["source_sector"] or "")),
            r["source_name"] or r["source_text"] or "", r["source_country"] or "", r["source_sector"] or "",
            r["target_code"] or ((r["target_country"] or "") + (r["target_sector"] or "")),
            r["target_name"] or r["target_text"] or "", r["target_country"] or "", r["target_sector"] or "",
            1 if r["sentence"] == 0 else 0, cameo, cameo[:3], cameo[:2], quad_class(cameo) or "",
            r["intensity"] if r["intensity"] is not None else "", r["mentions"], 1, 1,
            GEO_TYPES.get(r["place_kind"] or "", 0) if r["place_name"] else 0, r["place_name"] or "",
            r["place_country"] or "", r["lat"] if r["lat"] is not None else "",
            r["lon"] if r["lon"] is not None else "", r["geonames"] or "", (r["published"] or "").replace("-", ""),
            r["url"] or "", r["type"], r["mode"] or "", r["status"] or "", int(bool(r["negated"])),
            r["modality"] or "", r["doc_id"], r["id"], r["story_id"] or "", r["outlet"] or "",
            " ".join((r["trigger_text"] or "").split()),
        ]


def write_gdelt(conn: sqlite3.Connection, out: Path) -> int:
    """GDELT-2.0-style event table (tab-separated, one header line)."""
    n = 0
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(GDELT_COLUMNS)
        for row in gdelt_rows(conn):
            writer.writerow(row)
            n += 1
    return n


def geojson(conn: sqlite3.Connection) -> dict[str, Any]:
    """Events that have a place with coordinates, as a GeoJSON FeatureCollection (RFC 7946)."""
    features = []
    sql = """
        SELECT e.doc_id, e.id, e.type, e.mode, e.cameo, e.intensity, e.status, e.negated, e.modality,
               e.source_country, e.target_country, e.trigger_text, coalesce(e.date_start, d.published) AS date,
               p.name AS place, p.geonames, p.lat, p.lon, d.title, d.url, d.story_id, s.name AS outlet
        FROM events e JOIN places p ON p.doc_id = e.doc_id AND p.id = e.place_id
        JOIN documents d ON d.id = e.doc_id LEFT JOIN sources s ON s.id = d.source_id
        WHERE p.lat IS NOT NULL AND p.lon IS NOT NULL ORDER BY e.doc_id, e.id"""
    for r in _query(conn, sql):
        lat, lon = r.pop("lat"), r.pop("lon")
        r["negated"] = bool(r["negated"])
        features.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
                         "properties": r})
    return {"type": "FeatureCollection", "features": features}


def write_geojson(conn: sqlite3.Connection, out: Path) -> int:
    data = geojson(conn)
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return len(data["features"])


def write_parquet(conn: sqlite3.Connection, out_dir: Path, tables: tuple[str, ...] = TABLES) -> int:
    """One Parquet file per table (pyarrow, the ``parquet`` extra)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ExportError("Parquet export needs pyarrow: pip install 'lagebild[parquet]'") from None
    out_dir.mkdir(parents=True, exist_ok=True)
    n = 0
    for table in tables:
        cur = conn.execute(f"SELECT * FROM {table}")  # noqa: S608 - table names from TABLES only
        names = [c[0] for c in cur.description]
        columns: dict[str, list[Any]] = {name: [] for name in names}
        for row in cur:
            for name, value in zip(names, row, strict=True):
                columns[name].append(value)
            n += 1
        arrays = {}
        for name, values in columns.items():
            kind = _arrow_type(values)
            if kind == pa.string():
                values = [v if v is None or isinstance(v, str) else str(v) for v in values]
            arrays[name] = pa.array(values, type=kind)
        pq.write_table(pa.table(arrays), out_dir / f"{table}.parquet")
    return n


def _arrow_type(values: list[Any]):
    import pyarrow as pa

    kinds = {type(v) for v in values if v is not None}
    if not kinds:
        return pa.string()
    if kinds <= {int}:
        return pa.int64()
    if kinds <= {int, float}:
        return pa.float64()
    if kinds <= {bytes}:
        return pa.binary()
    return pa.string()
