"""Bring the Spark job's documents into a SQLite store, exactly as ``ingest`` would have stored them.

Each analysed document is written with :func:`lagebild.corpus.store_analysed` in input order, so
the store's cross-document steps (copies, stories, claim links) run incrementally as in an ingest,
and documents already in the store are skipped. Needs pyarrow only, not Spark.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..errors import InputError


def load_parquet(folder: Path, store, *, on_error=None) -> dict[str, int]:
    try:
        import pyarrow.dataset as ds
    except ImportError:
        raise InputError("load-parquet needs pyarrow: pip install 'lagebild[parquet]'") from None
    from ..corpus import store_analysed

    path = folder / "documents"
    if not path.is_dir():
        raise InputError(f"{folder}: no 'documents' table (the output folder of lagebild spark run)")
    try:
        table = ds.dataset(str(path), format="parquet").to_table(
            columns=["id", "key", "ext_id", "text", "analysis", "analyser", "error"]).sort_by("id")
    except Exception as exc:  # pyarrow raises many kinds for broken files
        raise InputError(f"{path}: not a readable Parquet table ({type(exc).__name__}: {exc})") from None
    known = store.keys()
    added = skipped = failed = 0
    for batch in table.to_batches(max_chunksize=256):
        for row in batch.to_pylist():
            if row["error"]:
                failed += 1
                if on_error:
                    on_error(f"{row['ext_id']}: {row['error']}")
                continue
            if row["key"] in known:
                skipped += 1
                continue
            known.add(row["key"])
            if store_analysed(store, row["text"], json.loads(row["analysis"]), ext_id=row["ext_id"],
                              analyser=row["analyser"]) is None:
                skipped += 1
            else:
                added += 1
    return {"added": added, "skipped": skipped, "failed": failed}
