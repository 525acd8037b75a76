"""API requests per second while an ingest writes to the same store, against the same without.

    python benchmarks/load.py INPUT [--seconds 10]

Starts `lagebild serve` on a fresh store holding the demo corpus, measures GET /api/events,
/api/stories and the map aggregate for SECONDS from one client, then again while `lagebild
ingest INPUT` writes into the same store. Every answer must be 200.
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
URLS = ["/api/events?limit=50", "/api/stories", "/api/map?cell=2", "/api/stats"]


def measure(client, base: str, seconds: float, until=None) -> tuple[int, float, set]:
    n, statuses, start = 0, set(), time.monotonic()
    while time.monotonic() - start < seconds and (until is None or until()):
        statuses.add(client.get(base + URLS[n % len(URLS)]).status_code)
        n += 1
    elapsed = time.monotonic() - start
    return n, n / elapsed, statuses


def main() -> int:
    import httpx

    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("--seconds", type=float, default=10)
    args = ap.parse_args()
    cli = [sys.executable, "-m", "lagebild.cli"]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "load.db"
        subprocess.run([*cli, "ingest", str(ROOT / "examples/demo-corpus/articles"), "--db", str(db),
                        "--no-progress"], check=True, capture_output=True)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = subprocess.Popen([*cli, "serve", "--db", str(db), "--port", str(port)], stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        with httpx.Client(timeout=30) as client:
            for _ in range(100):
                try:
                    client.get(base + "/api/stats")
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            n, rate, statuses = measure(client, base, args.seconds)
            print(f"idle store: {n} requests, {rate:.1f} requests/s, statuses {sorted(statuses)}")
            ingest = subprocess.Popen([*cli, "ingest", args.input, "--db", str(db), "--no-progress"],
                                      stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
            time.sleep(2.5)  # past the ingest's start-up, into its writing
            n, rate, statuses = measure(client, base, args.seconds, until=lambda: ingest.poll() is None)
            print(f"during ingest: {n} requests, {rate:.1f} requests/s, statuses {sorted(statuses)}")
            ingest.wait()
            print("ingest:", ingest.stdout.read().strip())
        server.terminate()
        server.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
