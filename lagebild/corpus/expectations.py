"""Check a store against expected cross-source findings (the demo corpus's ``expected/*.json``).

Each file names a story's articles, its syndicated copies and the links between claims that a
careful reader finds, a claim being named by an exact quote inside its content. The checker
reports every expectation with ``found`` true or false, for tests and for ``make demo``.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any


def _doc_ids(conn: sqlite3.Connection) -> dict[str, int]:
    return {Path(ext).name: i for i, ext in conn.execute("SELECT id, ext_id FROM documents")}


def _claims_quoting(conn: sqlite3.Connection, doc_id: int, quote: str) -> set[str]:
    rows = conn.execute("SELECT id, content_text FROM claims WHERE doc_id = ?", (doc_id,)).fetchall()
    found = {cid for cid, content in rows if quote in (content or "")}
    found |= {cid for (cid,) in conn.execute(
        "SELECT claim_id FROM proposition_claims WHERE doc_id = ? AND instr(evidence, ?) > 0", (doc_id, quote))}
    return found


def check(conn: sqlite3.Connection, expected_dir: Path) -> list[dict[str, Any]]:
    """One result per expectation: what was expected, and whether the store has it."""
    ids = _doc_ids(conn)
    story_of = {name: sid for name, sid in
                ((Path(e).name, s) for e, s in conn.execute("SELECT ext_id, story_id FROM documents"))}
    results: list[dict[str, Any]] = []
    stories: dict[str, set[int]] = {}
    for path in sorted(expected_dir.glob("*.json")):
        exp = json.loads(path.read_text(encoding="utf-8"))
        got = {story_of.get(a) for a in exp["articles"]}
        stories[exp["story"]] = got
        results.append({"story": exp["story"], "kind": "story", "expected": exp["articles"],
                        "found": len(got) == 1 and None not in got, "got": sorted(map(str, got))})
        for syn in exp.get("syndicated", []):
            row = conn.execute("SELECT original_id FROM documents WHERE id = ?", (ids.get(syn["copy"]),)).fetchone()
            results.append({"story": exp["story"], "kind": "syndicated", "expected": syn,
                            "found": bool(row) and row[0] == ids.get(syn["original"])})
        for rel in exp.get("relations", []):
            results.append({"story": exp["story"], "kind": rel["type"], "expected": rel,
                            "found": _linked(conn, ids, rel)})
    seen: dict[int, str] = {}
    for name, got in stories.items():  # no two expected stories merged into one
        for sid in got:
            if sid is not None and sid in seen and seen[sid] != name:
                results.append({"story": name, "kind": "separate", "expected": [seen[sid], name], "found": False})
            elif sid is not None:
                seen[sid] = name
    return results


def _linked(conn: sqlite3.Connection, ids: dict[str, int], rel: dict[str, Any]) -> bool:
    a_doc, b_doc = ids.get(rel["a"]["article"]), ids.get(rel["b"]["article"])
    if a_doc is None or b_doc is None:
        return False
    a_claims = _claims_quoting(conn, a_doc, rel["a"]["quote"])
    b_claims = _claims_quoting(conn, b_doc, rel["b"]["quote"])
    for x_doc, x_claims, y_doc, y_claims in ((a_doc, a_claims, b_doc, b_claims), (b_doc, b_claims, a_doc, a_claims)):
        for ca in x_claims:
            for cb in y_claims:
                if conn.execute("SELECT 1 FROM claim_links WHERE type = ? AND a_doc = ? AND a_claim = ? AND b_doc = ?"
                                " AND b_claim = ?", (rel["type"], x_doc, ca, y_doc, cb)).fetchone():
                    return True
    return False


def false_contradictions_between_copies(conn: sqlite3.Connection) -> list[tuple[int, int]]:
    """Contradiction links between two copies of one syndicated text (must be none)."""
    return conn.execute(
        "SELECT l.a_doc, l.b_doc FROM claim_links l JOIN documents a ON a.id = l.a_doc JOIN documents b"
        " ON b.id = l.b_doc WHERE l.type = 'contradicts'"
        " AND coalesce(a.original_id, a.id) = coalesce(b.original_id, b.id)").fetchall()
