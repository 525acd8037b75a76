"""The store's per-document tables as Spark DataFrames, exploded from the analyses.

Column names and types come from the store's own schema (an in-memory SQLite store), so the Parquet
tables of the Spark job, the store and its exports agree by construction.
"""

from __future__ import annotations

import json
import sqlite3
from functools import cache

SPARK_TYPES = {"INTEGER": "long", "REAL": "double", "TEXT": "string", "BLOB": "binary", "": "string"}


@cache
def columns(table: str) -> tuple[tuple[str, str], ...]:
    """(name, Spark type) of a store table's columns, in order."""
    from ..store.schema import MIGRATIONS, _statements

    conn = sqlite3.connect(":memory:")
    for script in MIGRATIONS:
        for statement in _statements(script):
            conn.execute(statement)
    info = conn.execute(f"PRAGMA table_info({table})").fetchall()  # noqa: S608
    if not info:
        raise KeyError(table)
    return tuple((name, SPARK_TYPES.get(kind.upper(), "string")) for _cid, name, kind, *_ in info)


def ddl(table: str) -> str:
    return ", ".join(f"`{name}` {kind}" for name, kind in columns(table))


def explode(spark, docs, table: str):
    """The rows of ``table`` for every document (columns ``id`` and ``analysis`` of ``docs``)."""
    names = [name for name, _ in columns(table)]

    def rows_of(batches):
        import pyarrow as pa

        from ..store.store import analysis_rows

        for batch in batches:
            cols: dict[str, list] = {n: [] for n in names}
            for doc_id, analysis in zip(batch.column("id").to_pylist(), batch.column("analysis").to_pylist(),
                                        strict=True):
                for row in analysis_rows(doc_id, json.loads(analysis))[table]:
                    for n, v in zip(names, row, strict=True):
                        cols[n].append(v)
            yield pa.RecordBatch.from_pydict(cols, schema=_arrow_schema(table))

    return docs.select("id", "analysis").mapInArrow(rows_of, ddl(table))


def _arrow_schema(table: str):
    import pyarrow as pa

    kinds = {"long": pa.int64(), "double": pa.float64(), "string": pa.string(), "binary": pa.binary()}
    return pa.schema([(n, kinds[k]) for n, k in columns(table)])
