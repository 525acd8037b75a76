"""Response times of the web app's aggregate endpoints and pages on a large store.

    python benchmarks/web.py STORE [--events N]

With --events, a copy of STORE is padded to N events first (each event of the store repeated with
a new id and shifted dates), so the server-side aggregation is measured at that scale.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

warnings.filterwarnings("ignore")

URLS = ["/api/map?cell=2", "/api/network", "/api/timeline", "/api/events?type=ASSAULT&limit=100",
        "/api/stories", "/api/links?type=contradicts", "/map", "/timeline", "/network", "/events?actor=RUS", "/"]


def pad(path: Path, target: int) -> int:
    conn = sqlite3.connect(path)
    have = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    n = 1
    while have < target:
        conn.execute(f"""INSERT INTO events SELECT doc_id, id || 'r{n}', type, mode, context, cameo, intensity,
            source_entity, source_country, source_sector, source_text, target_entity, target_country, target_sector,
            target_text, place_id, time_id, date(date_start, '+{n % 365} days'), date_end, trigger_start, trigger_end,
            trigger_text, sentence, negated, modality, status, quantities, claims FROM events
            WHERE id NOT LIKE '%r%' LIMIT ?""", (target - have,))  # noqa: S608
        conn.commit()
        have = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        n += 1
    conn.execute("ANALYZE")
    conn.commit()
    return have


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("store", type=Path)
    ap.add_argument("--events", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    from fastapi.testclient import TestClient

    from lagebild.web.app import create_app

    with tempfile.TemporaryDirectory() as tmp:
        db = args.store
        if args.events:
            db = Path(tmp) / "padded.db"
            shutil.copy(args.store, db)
            print(f"padded to {pad(db, args.events):,} events")
        client = TestClient(create_app(db))
        events = sqlite3.connect(db).execute("SELECT count(*) FROM events").fetchone()[0]
        print(f"{events:,} events; median of {args.repeat} requests (ms)")
        for url in URLS:
            times = []
            for _ in range(args.repeat):
                t = time.perf_counter()
                r = client.get(url, headers={"accept": "text/html"})
                times.append((time.perf_counter() - t) * 1000)
                assert r.status_code == 200, (url, r.status_code)
            print(f"{statistics.median(times):8.1f}  {len(r.content):>9,} bytes  {url}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
