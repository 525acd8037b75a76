"""Exact and near-duplicate documents, and syndication: wire copies count as one source.

A new document's MinHash bands are looked up in the store; a stored document that shares a band
and whose estimated Jaccard similarity is at least :data:`NEAR_DUPLICATE` is a copy of the same
text. All copies form one group whose *original* is the copy published by the outlet the texts
credit ("(Capital Wire)", "BERLIN (dpa) –"), else the earliest published, else the first stored.
Every other member points to it (``documents.original_id``), so counting independent sources
counts a group once and keeps the original outlet.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from dataclasses import dataclass

from . import minhash

NEAR_DUPLICATE = 0.5
_NAME = r"[^\W\d_][^()\n\d]{1,38}"
_CREDIT_START = re.compile(rf"^\s*[^\W\d_][^()\n]{{0,40}}?\(({_NAME})\)\s*[-–—:]")
_CREDIT_END = re.compile(rf"\(({_NAME})\)\s*$")


def wire_credit(text: str) -> str | None:
    """The agency a text credits in a dateline or a closing parenthesis, if any."""
    for pattern in (_CREDIT_START, _CREDIT_END):
        m = pattern.search(text[:200] if pattern is _CREDIT_START else text[-120:])
        if m and len(m.group(1).split()) <= 4:
            return m.group(1).strip()
    return None


@dataclass
class Copy:
    doc_id: int
    similarity: float


def index(conn: sqlite3.Connection, doc_id: int, sig) -> None:
    conn.execute("INSERT INTO minhash_signatures VALUES (?, ?)", (doc_id, minhash.to_blob(sig)))
    conn.executemany("INSERT INTO minhash_bands VALUES (?, ?, ?)",
                     [(b, h, doc_id) for b, h in enumerate(minhash.bands(sig))])


def nearest_copy(conn: sqlite3.Connection, doc_id: int, sig) -> Copy | None:
    """The most similar stored document above the threshold (ties: the earliest stored)."""
    candidates: set[int] = set()
    for b, h in enumerate(minhash.bands(sig)):
        candidates.update(r[0] for r in conn.execute(
            "SELECT doc_id FROM minhash_bands WHERE band = ? AND hash = ? AND doc_id != ?", (b, h, doc_id)))
    best: Copy | None = None
    for cand in sorted(candidates):
        row = conn.execute("SELECT signature FROM minhash_signatures WHERE doc_id = ?", (cand,)).fetchone()
        sim = minhash.similarity(sig, minhash.from_blob(row[0]))
        if sim >= NEAR_DUPLICATE and (best is None or sim > best.similarity):
            best = Copy(cand, sim)
    return best


def link_copy(conn: sqlite3.Connection, doc_id: int, copy: Copy) -> int:
    """Join the new document to its copy's group and re-elect the group's original; returns it."""
    root = conn.execute("SELECT coalesce(original_id, id) FROM documents WHERE id = ?", (copy.doc_id,)).fetchone()[0]
    members = conn.execute(
        "SELECT d.id, d.published, d.credit, s.name FROM documents d LEFT JOIN sources s ON s.id = d.source_id"
        " WHERE d.id = ? OR d.original_id = ? OR d.id = ?", (root, root, doc_id)).fetchall()
    original = elect_original([(m[0], m[1], m[2], m[3]) for m in members])
    for m in members:
        if m[0] == original:
            conn.execute("UPDATE documents SET original_id = NULL, similarity = NULL WHERE id = ?", (m[0],))
        else:
            sim = copy.similarity if m[0] == doc_id else None
            conn.execute("UPDATE documents SET original_id = ?, similarity = coalesce(?, similarity) WHERE id = ?",
                         (original, sim, m[0]))
    if original == doc_id:  # the new document displaced the old original: keep the similarity on the old one
        conn.execute("UPDATE documents SET similarity = ? WHERE id = ?", (copy.similarity, root))
    return original


def elect_original(members: list[tuple[int, str | None, str | None, str | None]]) -> int:
    """(id, published, credit, source) → the id of the original: the credited outlet's copy, else the earliest."""
    members = sorted(members, key=lambda m: m[0])  # the same answer whatever order the members come in
    credits = Counter(m[2].casefold() for m in members if m[2])
    if credits:
        credited = min(credits, key=lambda c: (-credits[c], c))  # most credited; ties by name
        own = [m for m in members if m[3] and m[3].casefold() == credited]
        if own:
            members = own
    return min(members, key=lambda m: (m[1] or "9999", m[0]))[0]
