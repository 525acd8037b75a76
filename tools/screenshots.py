"""Screenshots of the web app over the demo corpus for the README (docs/screenshots/*.png).

Run with `make screenshots` (needs Debian's chromium and chromium-driver and the test extras).
"""

from __future__ import annotations

import shutil
import socket
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = [("stories", "/"), ("claim-board", "/stories/{protest}"), ("article", "/documents/{protest_doc}"),
         ("map", "/map"), ("timeline", "/timeline"), ("network", "/network")]


def main(db: Path, out: Path) -> int:
    import sqlite3

    import uvicorn
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    from lagebild.web.app import create_app

    conn = sqlite3.connect(db)
    protest = conn.execute("SELECT id FROM stories WHERE label LIKE '%Tiflis%'").fetchone()[0]
    protest_doc = conn.execute("SELECT min(id) FROM documents WHERE story_id = ?", (protest,)).fetchone()[0]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    options = Options()
    options.binary_location = shutil.which("chromium") or "chromium"
    for arg in ("--headless=new", "--no-sandbox", "--window-size=1366,900", "--hide-scrollbars"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    out.mkdir(parents=True, exist_ok=True)
    try:
        for name, url in PAGES:
            driver.get(f"http://127.0.0.1:{port}" + url.format(protest=protest, protest_doc=protest_doc))
            driver.save_screenshot(str(out / f"{name}.png"))
            print(out / f"{name}.png")
    finally:
        driver.quit()
        server.should_exit = True
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
