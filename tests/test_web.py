"""Feeds, URLs and WARC archives: fetched from a local server (no network), safely."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from lagebild.errors import InputError
from lagebild.io.fetch import address_allowed, fetch
from lagebild.io.readers import Article, read_inputs, read_path
from lagebild.io.web import WebOptions, feed_articles

ROOT = Path(__file__).resolve().parent.parent

PAGE = """<!doctype html><html><head><title>{title}</title><meta property="og:site_name" content="Isarpost">
</head><body><nav>Menu Home Politik</nav><article><h1>{title}</h1>
<p>Russland hat nach Angaben des ukrainischen Militärgeheimdienstes bis zu 40.000 Soldaten in der Region
Belgorod zusammengezogen. Das teilte ein Sprecher des Geheimdienstes am Montag in Kiew mit.</p>
<p>Das russische Verteidigungsministerium wies die Berichte zurück. In der Region hielten sich rund 4.000
Soldaten für eine routinemäßige Übung auf, hieß es in Moskau. Beobachter rechnen mit weiteren Verlegungen.</p>
</article><footer>Impressum</footer></body></html>"""


def feed(base: str, items: list[tuple[str, str]], entity: bool = False) -> str:
    decl = '<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>' if entity else ""
    entries = "".join(f"<item><title>{t}</title><link>{base}{link}</link>"
                      f"<pubDate>Tue, 04 Mar 2025 08:00:00 GMT</pubDate><description>Kurz.</description></item>"
                      for link, t in items)
    return (f'<?xml version="1.0" encoding="utf-8"?>{decl}<rss version="2.0"><channel>'
            f"<title>Isarpost Politik</title><link>{base}</link>{entries}</channel></rss>")


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:  # quiet
        pass

    def send(self, body: bytes, ctype: str = "text/html; charset=utf-8", code: int = 200) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        base = f"http://127.0.0.1:{self.server.server_port}"
        if self.path == "/feed.xml":
            self.send(feed(base, [("/a1", "Truppen an der Grenze"), ("/a2", "Zweiter Bericht"),
                                  ("/missing", "Verschwunden")]).encode(), "application/rss+xml")
        elif self.path == "/bomb.xml":
            self.send(feed(base, [("/a1", "x")], entity=True).encode(), "application/rss+xml")
        elif self.path in ("/a1", "/a2"):
            self.send(PAGE.format(title=f"Bericht {self.path}").encode())
        elif self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop2")
            self.end_headers()
        elif self.path == "/loop2":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
        elif self.path == "/huge":
            self.send(b"<html><body>" + b"x" * 200_000 + b"</body></html>")
        elif self.path == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(600):
                    self.wfile.write(b"<p>more</p>" * 10)
                    self.wfile.flush()
                    time.sleep(0.01)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif self.path == "/file-redirect":
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.end_headers()
        else:
            self.send(b"not found", "text/plain", 404)


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


def test_loopback_is_refused_unless_allowed(server):
    with pytest.raises(InputError, match="--allow-private"):
        fetch(f"{server}/a1")
    assert b"Belgorod" in fetch(f"{server}/a1", allow_private=True).body


@pytest.mark.parametrize("address, allowed", [
    ("127.0.0.1", False), ("10.1.2.3", False), ("192.168.0.1", False), ("169.254.169.254", False),
    ("::1", False), ("fe80::1", False), ("::ffff:127.0.0.1", False), ("0.0.0.0", False),
    ("8.8.8.8", True), ("2a00:1450:4001::1", True),
])
def test_address_classes(address, allowed):
    assert address_allowed(address) is allowed


@pytest.mark.parametrize("path, message", [
    ("/loop", "too many redirects"),
    ("/huge", "too large"),
    ("/missing", "HTTP 404"),
    ("/file-redirect", "only http and https"),
])
def test_bad_responses_are_one_line_errors(server, path, message):
    with pytest.raises(InputError, match=message):
        fetch(f"{server}{path}", allow_private=True, max_bytes=100_000, timeout=5)


def test_a_response_that_never_ends_is_cut_off_in_time(server):
    started = time.monotonic()
    with pytest.raises(InputError, match="no complete answer|too large"):
        fetch(f"{server}/endless", allow_private=True, timeout=1.0)
    assert time.monotonic() - started < 4


def test_other_schemes_are_refused():
    with pytest.raises(InputError, match="only http and https"):
        fetch("file:///etc/passwd")
    assert isinstance(next(read_inputs(["ftp://example.org/x"])), InputError)


def test_feed_entries_become_articles_with_the_feed_as_outlet(server):
    got = list(read_inputs([f"{server}/feed.xml"], web=WebOptions(allow_private=True, timeout=5)))
    arts = [a for a in got if isinstance(a, Article)]
    errors = [a for a in got if isinstance(a, InputError)]
    assert [a.url for a in arts] == [f"{server}/a1", f"{server}/a2"]
    assert all(a.source == "Isarpost Politik" and a.published == "2025-03-04" for a in arts)
    assert "Belgorod" in arts[0].text and "Menu" not in arts[0].text
    assert len(errors) == 1 and "404" in str(errors[0])


def test_feed_with_entity_declarations_is_refused(server):
    got = list(read_inputs([f"{server}/bomb.xml"], web=WebOptions(allow_private=True, timeout=5)))
    assert len(got) == 1 and "XML entities" in str(got[0])


def test_local_feed_file_without_fetching_uses_the_entries_text(tmp_path):
    body = "<p>" + "Die Armee zog sich nach Angaben des Ministeriums aus der Stadt zurück. " * 5 + "</p>"
    xml = ('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Spreebote</title>'
           '<entry><title>Rückzug</title><link href="https://spreebote.example/a"/>'
           '<updated>2025-03-27T10:00:00Z</updated>'
           f'<content type="html"><![CDATA[{body}]]></content></entry></feed>')
    (tmp_path / "f.atom").write_text(xml, encoding="utf-8")
    arts = list(read_path(tmp_path / "f.atom"))
    assert len(arts) == 1 and arts[0].source == "Spreebote" and arts[0].published == "2025-03-27"
    assert arts[0].text.startswith("Die Armee zog sich")
    assert list(feed_articles(b"<rss><channel></channel></rss>", "empty", None))[0].args[0].startswith("empty: no")


def test_warc_html_responses_become_articles(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for n, (ctype, body) in enumerate([("text/html; charset=utf-8", PAGE.format(title="Archiv").encode()),
                                           ("image/png", b"\x89PNG....")]):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(f"https://isarpost.example/{n}", "response",
                                               payload=io.BytesIO(body), http_headers=headers)
            writer.write_record(record)
    arts = list(read_path(path))
    assert len(arts) == 1 and arts[0].url == "https://isarpost.example/0" and "Belgorod" in arts[0].text
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(gzip.compress(b"this is not a warc record\r\n\r\n"))
    got = list(read_path(bad))
    assert len(got) == 1 and isinstance(got[0], InputError) and "not a readable WARC" in str(got[0])


def test_ingest_a_feed_url_twice_fetches_nothing_new(server, tmp_path):
    db = tmp_path / "web.db"
    cmd = [sys.executable, "-m", "lagebild.cli", "ingest", f"{server}/feed.xml", "--db", str(db),
           "--allow-private", "--format", "json", "--timeout", "5"]
    first = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    assert first.returncode == 2 and "404" in first.stderr  # one entry's page is missing
    assert json.loads(first.stdout)["added"] == 2
    second = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    summary = json.loads(second.stdout)
    assert summary["added"] == 0 and summary["skipped"] == 2
    refused = subprocess.run([a for a in cmd if a != "--allow-private"], capture_output=True, text=True, cwd=ROOT)
    assert refused.returncode == 2 and "--allow-private" in refused.stderr


def test_shared_address_space_is_refused():
    assert address_allowed("100.100.100.200") is False  # carrier-grade NAT, cloud metadata services
    assert address_allowed("192.0.2.10") is False  # documentation range
