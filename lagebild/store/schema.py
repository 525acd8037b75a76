"""The store's SQLite schema and its migrations.

The schema version is SQLite's ``user_version``. Each migration is a script that takes the store
from one version to the next; :func:`migrate` applies the missing ones in one transaction, so a
store is never left half-migrated. A store written by a newer lagebild is refused, not guessed at.
The tables are documented in ``docs/store.md``.
"""

from __future__ import annotations

import sqlite3

from ..errors import LagebildError

V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    domain TEXT
);

CREATE TABLE stories (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    first_date TEXT,
    last_date TEXT,
    documents INTEGER NOT NULL DEFAULT 0,
    languages TEXT NOT NULL DEFAULT ''
);

CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    text_sha256 TEXT NOT NULL,
    ext_id TEXT,
    source_id INTEGER REFERENCES sources(id),
    title TEXT,
    url TEXT,
    published TEXT,
    lang TEXT,
    chars INTEGER NOT NULL,
    credit TEXT,
    original_id INTEGER REFERENCES documents(id),
    similarity REAL,
    story_id INTEGER REFERENCES stories(id),
    analyser TEXT NOT NULL,
    text TEXT NOT NULL,
    analysis TEXT NOT NULL
);
CREATE INDEX documents_sha ON documents(text_sha256);
CREATE INDEX documents_story ON documents(story_id);
CREATE INDEX documents_original ON documents(original_id);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_ext_id ON documents(ext_id);
CREATE INDEX documents_url ON documents(url);

CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id');
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, coalesce(new.title, ''), new.text);
END;

CREATE TABLE minhash_bands (
    band INTEGER NOT NULL,
    hash INTEGER NOT NULL,
    doc_id INTEGER NOT NULL REFERENCES documents(id)
);
CREATE INDEX minhash_bands_lookup ON minhash_bands(band, hash);
CREATE TABLE minhash_signatures (
    doc_id INTEGER PRIMARY KEY REFERENCES documents(id),
    signature BLOB NOT NULL
);

CREATE TABLE story_features (
    story_id INTEGER NOT NULL REFERENCES stories(id),
    feature TEXT NOT NULL,
    weight REAL NOT NULL,
    PRIMARY KEY (story_id, feature)
);
CREATE INDEX story_features_feature ON story_features(feature);
CREATE TABLE feature_df (
    feature TEXT PRIMARY KEY,
    documents INTEGER NOT NULL
);

CREATE TABLE entities (
    doc_id INTEGER NOT NULL REFERENCES documents(id),
    id TEXT NOT NULL,
    kb TEXT, name TEXT NOT NULL, type TEXT, country TEXT, sector TEXT, code TEXT,
    PRIMARY KEY (doc_id, id)
);
CREATE INDEX entities_kb ON entities(kb);
CREATE INDEX entities_code ON entities(code);

CREATE TABLE places (
    doc_id INTEGER NOT NULL REFERENCES documents(id),
    id TEXT NOT NULL,
    name TEXT NOT NULL, kind TEXT, geonames INTEGER, country TEXT, lat REAL, lon REAL,
    PRIMARY KEY (doc_id, id)
);
CREATE INDEX places_geonames ON places(geonames);

CREATE TABLE mentions (
    doc_id INTEGER NOT NULL REFERENCES documents(id),
    ref TEXT NOT NULL,
    start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL
);
CREATE INDEX mentions_doc ON mentions(doc_id, ref);

CREATE TABLE times (
    doc_id INTEGER NOT NULL REFERENCES documents(id),
    id TEXT NOT NULL,
    start TEXT, end TEXT, precision TEXT, span_start INTEGER, span_end INTEGER, text TEXT,
    PRIMARY KEY (doc_id, id)
);

CREATE TABLE quantities (
    doc_id INTEGER NOT NULL REFERENCES documents(id),
    id TEXT NOT NULL,
    value REAL, min REAL, max REAL, unit TEXT, kind TEXT, currency TEXT, approximate INTEGER,
    span_start INTEGER, span_end INTEGER, text TEXT,
    PRIMARY KEY (doc_id, id)
);

CREATE TABLE events (
    doc_id INTEGER NOT NULL REFERENCES documents(id),
    id TEXT NOT NULL,
    type TEXT NOT NULL, mode TEXT, context TEXT, cameo TEXT, intensity REAL,
    source_entity TEXT, source_country TEXT, source_sector TEXT, source_text TEXT,
    target_entity TEXT, target_country TEXT, target_sector TEXT, target_text TEXT,
    place_id TEXT, time_id TEXT, date_start TEXT, date_end TEXT,
    trigger_start INTEGER, trigger_end INTEGER, trigger_text TEXT, sentence INTEGER,
    negated INTEGER, modality TEXT, status TEXT, quantities TEXT, claims TEXT,
    PRIMARY KEY (doc_id, id)
);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_actors ON events(source_country, target_country);
CREATE INDEX events_date ON events(date_start);

CREATE TABLE claims (
    doc_id INTEGER NOT NULL REFERENCES documents(id),
    id TEXT NOT NULL,
    speaker TEXT, speaker_name TEXT, speaker_kb TEXT, speaker_country TEXT, speaker_sector TEXT,
    speaker_text TEXT, cue_text TEXT,
    content_start INTEGER, content_end INTEGER, content_text TEXT,
    status TEXT NOT NULL, form TEXT, hedges TEXT, events TEXT, sentence INTEGER,
    PRIMARY KEY (doc_id, id)
);
CREATE INDEX claims_speaker ON claims(speaker_kb);
CREATE INDEX claims_status ON claims(status);

CREATE TABLE relations (
    doc_id INTEGER NOT NULL REFERENCES documents(id),
    type TEXT NOT NULL, from_claim TEXT NOT NULL, to_claim TEXT NOT NULL, reason TEXT,
    evidence_start INTEGER, evidence_end INTEGER, evidence_text TEXT
);
CREATE INDEX relations_doc ON relations(doc_id);

CREATE TABLE claim_positions (
    doc_id INTEGER PRIMARY KEY REFERENCES documents(id),
    positions TEXT NOT NULL
);

CREATE TABLE propositions (
    id INTEGER PRIMARY KEY,
    story_id INTEGER NOT NULL REFERENCES stories(id),
    key TEXT NOT NULL,
    label TEXT NOT NULL,
    UNIQUE (story_id, key)
);

CREATE TABLE proposition_claims (
    proposition_id INTEGER NOT NULL REFERENCES propositions(id),
    doc_id INTEGER NOT NULL REFERENCES documents(id),
    claim_id TEXT NOT NULL,
    side INTEGER NOT NULL,
    source_key TEXT NOT NULL,
    source_label TEXT NOT NULL,
    min REAL, max REAL, evidence TEXT
);
CREATE INDEX proposition_claims_prop ON proposition_claims(proposition_id);
CREATE INDEX proposition_claims_claim ON proposition_claims(doc_id, claim_id);

CREATE TABLE claim_links (
    story_id INTEGER NOT NULL REFERENCES stories(id),
    proposition_id INTEGER NOT NULL REFERENCES propositions(id),
    type TEXT NOT NULL,
    a_doc INTEGER NOT NULL, a_claim TEXT NOT NULL,
    b_doc INTEGER NOT NULL, b_claim TEXT NOT NULL,
    reason TEXT NOT NULL,
    a_sources INTEGER NOT NULL, b_sources INTEGER NOT NULL
);
CREATE INDEX claim_links_story ON claim_links(story_id);
"""

MIGRATIONS: list[str] = [V1]
SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(LagebildError):
    """The store cannot be opened or used (not SQLite, newer schema, locked)."""

    exit_code = 2


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the store to :data:`SCHEMA_VERSION`; returns the number of migrations applied."""
    current = schema_version(conn)
    if current > SCHEMA_VERSION:
        raise StoreError(f"the store has schema version {current}; this lagebild knows up to {SCHEMA_VERSION}"
                         " (upgrade lagebild)")
    if current == SCHEMA_VERSION:
        return 0
    with conn:
        conn.execute("BEGIN IMMEDIATE")
        current = schema_version(conn)  # again under the write lock: another process may have migrated
        if current == SCHEMA_VERSION:
            return 0
        if current == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            raise StoreError("this SQLite file is not a lagebild store (it has other tables)")
        for version in range(current, SCHEMA_VERSION):
            for statement in _statements(MIGRATIONS[version]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
    return SCHEMA_VERSION - current


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (triggers keep their inner semicolons)."""
    out, buf = [], []
    for line in script.strip().splitlines():
        buf.append(line)
        joined = "\n".join(buf).strip()
        if joined.endswith(";") and sqlite3.complete_statement(joined):
            out.append(joined)
            buf = []
    if "\n".join(buf).strip():
        out.append("\n".join(buf).strip())
    return out
