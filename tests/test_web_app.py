"""The web app against a real SQLite store of the demo corpus: API, errors, security, pages."""

from __future__ import annotations

import shutil
import warnings

import pytest

warnings.filterwarnings("ignore", category=DeprecationWarning)
TestClient = pytest.importorskip("fastapi.testclient").TestClient

from lagebild.web.app import SECURITY_HEADERS, create_app  # noqa: E402

HTML = {"accept": "text/html"}


@pytest.fixture(scope="module")
def client(demo_db):
    return TestClient(create_app(demo_db))


def test_stats_and_stories(client):
    stats = client.get("/api/stats").json()
    assert stats["documents"] == 37 and stats["claim_links"] > 0
    stories = client.get("/api/stories").json()
    assert len(stories) == 9 and {"contradictions", "supports", "independent"} <= set(stories[0])


def test_events_filters_and_pagination(client):
    assault = client.get("/api/events", params={"type": "ASSAULT", "limit": 1000}).json()
    assert assault and {e["type"] for e in assault} == {"ASSAULT"}
    first = client.get("/api/events", params={"limit": 5}).json()
    second = client.get("/api/events", params={"limit": 5, "offset": 5}).json()
    assert len(first) == len(second) == 5
    assert not {(e["doc_id"], e["event"]) for e in first} & {(e["doc_id"], e["event"]) for e in second}
    march = client.get("/api/events", params={"actor": "RUS", "since": "2025-03-15", "until": "2025-03-31"}).json()
    assert march and all("2025-03-15" <= e["date"] <= "2025-03-31" for e in march)


def test_claims_documents_entities_links(client):
    denied = client.get("/api/claims", params={"status": "denied"}).json()
    assert denied and {c["status"] for c in denied} == {"denied"}
    docs = client.get("/api/documents", params={"q": "Tiflis OR Tbilisi"}).json()
    assert len(docs) >= 4
    doc = client.get(f"/api/documents/{docs[0]['id']}").json()
    assert doc["analysis"]["schema"] == "lagebild.analysis/1" and doc["text"]
    ents = client.get("/api/entities", params={"country": "UKR"}).json()
    assert ents and all(e["country"] == "UKR" for e in ents)
    contra = client.get("/api/links", params={"type": "contradicts"}).json()
    assert contra and all(link["type"] == "contradicts" for link in contra)


def test_board_map_network_timeline(client):
    stories = client.get("/api/stories").json()
    tbilisi = next(s for s in stories if "Tiflis" in s["label"])
    board = client.get(f"/api/stories/{tbilisi['story']}/board").json()
    assert any(p["proposition"] == "amount:protesters" and p["contradicted"] for p in board["board"])
    clusters = client.get("/api/map", params={"cell": 5}).json()
    assert clusters and sum(c["events"] for c in clusters) > 10
    net = client.get("/api/network").json()
    assert any(e["source"] == "RUS" and e["target"] == "UKR" and e["mean_intensity"] < 0 for e in net["edges"])
    tl = client.get("/api/timeline", params={"story": tbilisi["story"]}).json()
    assert tl["events"] and tl["claims"]


@pytest.mark.parametrize("url, status, message", [
    ("/api/documents/999999", 404, "no document"),
    ("/api/stories/999999/board", 404, "no story"),
    ("/api/events?limit=0", 422, "limit"),
    ("/api/events?limit=5000", 422, "limit"),
    ("/api/events?since=yesterday", 422, "since"),
    ("/api/events?type=1%3B%20DROP%20TABLE%20events", 422, "type"),
    ("/api/documents?q=%22unbalanced", 400, "full-text"),
    ("/api/nothing", 404, "Not Found"),
])
def test_one_json_error_shape(client, url, status, message):
    r = client.get(url)
    assert r.status_code == status
    body = r.json()
    assert set(body) == {"error"} and body["error"]["status"] == status and message in body["error"]["message"]


def test_sql_in_parameters_is_data(client):
    r = client.get("/api/claims", params={"speaker": "x' OR 1=1 --"})
    assert r.status_code == 200 and r.json() == []
    assert client.get("/api/stats").json()["documents"] == 37


def test_security_headers_and_no_cors_by_default(client):
    r = client.get("/", headers={**HTML, "Origin": "https://evil.example"})
    for key, value in SECURITY_HEADERS.items():
        assert r.headers[key] == value
    assert "access-control-allow-origin" not in r.headers
    assert "script-src" not in r.headers["Content-Security-Policy"] and "default-src 'none'" in \
        r.headers["Content-Security-Policy"]


def test_cors_only_for_configured_origins(demo_db):
    c = TestClient(create_app(demo_db, cors_origins=("https://analyst.example",)))
    ok = c.get("/api/stats", headers={"Origin": "https://analyst.example"})
    assert ok.headers["access-control-allow-origin"] == "https://analyst.example"
    other = c.get("/api/stats", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in other.headers


def test_ingest_needs_the_token(demo_db, tmp_path):
    copy = tmp_path / "copy.db"
    shutil.copy(demo_db, copy)
    body = {"articles": [{"text": "Russland hat am Montag nach ukrainischen Angaben 300 Soldaten an die Grenze"
                                  " verlegt, sagte ein Sprecher der ukrainischen Armee.", "source": "Isarpost",
                          "published": "2025-03-10"}]}
    closed = TestClient(create_app(copy))
    assert closed.post("/api/ingest", json=body).status_code == 403
    app = TestClient(create_app(copy, token="s3cret-token-for-tests"))
    assert app.post("/api/ingest", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert app.post("/api/ingest", json=body).status_code == 401
    r = app.post("/api/ingest", json=body, headers={"Authorization": "Bearer s3cret-token-for-tests"})
    assert r.status_code == 200 and r.json()["added"] == 1
    assert app.get("/api/stats").json()["documents"] == 38
    again = app.post("/api/ingest", json=body, headers={"Authorization": "Bearer s3cret-token-for-tests"})
    assert again.json()["added"] == 0 and again.json()["skipped"] == 1


def test_request_body_limit(demo_db):
    app = TestClient(create_app(demo_db, token="s3cret-token-for-tests"))
    r = app.post("/api/ingest", content=b"x" * 6_000_000, headers={"Authorization": "Bearer s3cret-token-for-tests",
                                                                    "Content-Type": "application/json"})
    assert r.status_code == 413 and r.json()["error"]["status"] == 413


def test_app_refuses_a_file_that_is_not_a_store(tmp_path):
    from lagebild.store import StoreError

    junk = tmp_path / "junk.db"
    junk.write_bytes(b"junk" * 1000)
    with pytest.raises(StoreError):
        create_app(junk)


@pytest.mark.parametrize("url, text", [
    ("/", "Stories"),
    ("/map", "Map of events"),
    ("/map?world=true&type=ASSAULT", "Frame the events"),
    ("/timeline", "Events per day"),
    ("/network", "RUS → UKR"),
    ("/events?type=PROTEST", "PROTEST"),
    ("/docs", "GET /api/events"),
    ("/?q=Pokrowsk", "Articles matching"),
    ("/map?type=&since=&until=&story=&cell=2.0", "Map of events"),  # empty form fields are no filter
])
def test_pages_render(client, url, text):
    r = client.get(url, headers=HTML)
    assert r.status_code == 200 and text in r.text and "<script" not in r.text


def test_claim_board_links_to_the_article_view(client):
    stories = client.get("/api/stories").json()
    belgorod = next(s for s in stories if "Belgorod" in s["label"])
    page = client.get(f"/stories/{belgorod['story']}", headers=HTML).text
    assert "how many personnel" in page and "contradicted" in page and "independent source" in page
    import re

    target = re.search(r'href="/documents/(\d+)#(C\d+)"', page)
    assert target
    article = client.get(f"/documents/{target.group(1)}", headers=HTML).text
    assert f'id="{target.group(2)}"' in article and '<mark class="entity"' in article


def test_html_errors_for_pages(client):
    r = client.get("/documents/999999", headers=HTML)
    assert r.status_code == 404 and "<h1>404</h1>" in r.text


def test_highlight_nests_marks_properly():
    from lagebild.web.pages import highlight

    a = {"entities": [{"id": "E1", "name": "Russia", "type": "country", "mentions": [[0, 8, "Russland"]]}],
         "places": [], "times": [], "quantities": [{"id": "Q1", "span": [15, 27, "4.000 Mann"], "kind": "personnel"}],
         "events": [], "claims": [{"id": "C1", "form": "indirect", "status": "reported", "content": [0, 27, "x"],
                                   "speaker_span": None}]}
    html = highlight("Russland meldet 4.000 Mann & <mehr>", a)
    assert html.count("<mark") == html.count("</mark>") == 3
    assert "&amp; &lt;mehr&gt;" in html


def test_chunked_uploads_are_refused(demo_db):
    app = TestClient(create_app(demo_db, token="s3cret-token-for-tests"))

    def chunks():
        yield b'{"articles": ['

    r = app.post("/api/ingest", content=chunks(), headers={"Authorization": "Bearer s3cret-token-for-tests",
                                                           "Content-Type": "application/json"})
    assert r.status_code == 411 and r.json()["error"]["status"] == 411


def test_map_cells_stay_on_the_globe(client):
    for cell in (7, 13, 29):
        for c in client.get("/api/map", params={"cell": cell}).json():
            w, s, e, n = c["bbox"]
            assert -180 <= w < e <= 180 and -90 <= s < n <= 90
