"""Cross-document work, done incrementally as each document is stored.

:func:`add_document` runs inside the document's write transaction: near-duplicate and syndication
links (:mod:`.syndication`), the document's story (:mod:`.stories`) and the story's claim
alignment (:mod:`.align`). Since every step depends only on the documents stored before, the
same inputs in the same order give the same store, whether ingested in one run or resumed.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from . import minhash
from .align import align_story, store_positions
from .stories import assign
from .syndication import index, link_copy, nearest_copy


def store_analysed(store, text: str, analysis: dict[str, Any], *, ext_id: str | None, analyser: str) -> int | None:
    """Write one analysed document and link it to the corpus, in one transaction; returns its id, or
    None when the store already holds it (another process may have stored it meanwhile)."""
    from ..store import document_key
    from .syndication import wire_credit

    with store.transaction() as conn:
        if store.has(document_key(text, analysis["doc"].get("source"))):
            return None
        doc_id = store.insert_document(text, analysis, ext_id=ext_id, analyser=analyser, credit=wire_credit(text))
        add_document(conn, doc_id, text, analysis)
    return doc_id


def add_document(conn: sqlite3.Connection, doc_id: int, text: str, analysis: dict[str, Any]) -> int:
    """Link a just-inserted document to the corpus; returns its story id."""
    sig = minhash.signature(text)
    copy = nearest_copy(conn, doc_id, sig)
    index(conn, doc_id, sig)
    story_id = None
    if copy is not None:
        link_copy(conn, doc_id, copy)
        story_id = conn.execute("SELECT story_id FROM documents WHERE id = ?", (copy.doc_id,)).fetchone()[0]
    story_id = assign(conn, doc_id, analysis, story_id)
    store_positions(conn, doc_id, text, analysis)
    align_story(conn, story_id)
    return story_id
