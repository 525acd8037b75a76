"""Every page in headless Chromium (Debian's chromium and chromium-driver, driven by Selenium),
against the demo corpus: filters used, links followed from the claim board to the article view,
screenshots saved and checked. Skipped where Chromium or its driver is not installed."""

from __future__ import annotations

import shutil
import socket
import threading
import time

import pytest

webdriver = pytest.importorskip("selenium.webdriver")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="chromium and chromium-driver are not installed")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def base_url(demo_db):
    import uvicorn

    from lagebild.web.app import create_app

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(demo_db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(100):
        if server.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(5)


@pytest.fixture(scope="module")
def browser():
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1366,900"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    yield driver
    driver.quit()


def _href(element, base_url: str) -> str:
    """An anchor's target (SVG anchors keep it in the DOM attribute only)."""
    href = element.get_dom_attribute("href") or element.get_attribute("href")
    return href if href.startswith("http") else base_url + href


def _wait_for(browser, text: str) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, 10).until(lambda d: text in d.current_url)


def _shot(browser, path) -> None:
    browser.save_screenshot(str(path))
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000  # a rendered page, not a blank one


def _console_errors(browser) -> list:
    try:
        return [e for e in browser.get_log("browser") if e.get("level") == "SEVERE"]
    except Exception:  # some drivers do not keep logs
        return []


@pytest.mark.parametrize("name, url, heading", [
    ("overview", "/", "Stories"),
    ("map", "/map", "Map of events"),
    ("timeline", "/timeline", "Timeline"),
    ("network", "/network", "Actor network"),
    ("events", "/events", "Events"),
    ("api", "/docs", "JSON API"),
])
def test_every_page_loads(browser, base_url, tmp_path, name, url, heading):
    from selenium.webdriver.common.by import By

    browser.get(base_url + url)
    assert browser.find_element(By.TAG_NAME, "h1").text == heading
    _shot(browser, tmp_path / f"{name}.png")
    assert _console_errors(browser) == []


def test_filters_on_map_and_events(browser, base_url, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    browser.get(base_url + "/map")
    Select(browser.find_element(By.ID, "type")).select_by_visible_text("PROTEST")
    browser.find_element(By.CSS_SELECTOR, "form.filters button").click()
    _wait_for(browser, "type=PROTEST")
    circles = browser.find_elements(By.CSS_SELECTOR, "svg.map a.cluster")
    assert circles
    _shot(browser, tmp_path / "map-protest.png")
    browser.get(_href(circles[0], base_url))
    rows = browser.find_elements(By.CSS_SELECTOR, "table.events tbody tr")
    assert rows and all("PROTEST" in r.text for r in rows)

    browser.get(base_url + "/events")
    browser.find_element(By.ID, "actor").send_keys("RUS")
    browser.find_element(By.CSS_SELECTOR, "form.filters button").click()
    _wait_for(browser, "actor=RUS")
    assert browser.find_elements(By.CSS_SELECTOR, "table.events tbody tr")


def test_claim_board_links_to_the_article_view(browser, base_url, tmp_path):
    from selenium.webdriver.common.by import By

    browser.get(base_url + "/")
    browser.find_element(By.PARTIAL_LINK_TEXT, "Tiflis").click()
    assert browser.find_elements(By.CSS_SELECTOR, "section.proposition")
    assert "contradicted" in browser.page_source
    _shot(browser, tmp_path / "board.png")
    link = browser.find_element(By.CSS_SELECTOR, "li.position a")
    fragment = link.get_attribute("href").split("#")[1]
    link.click()
    _wait_for(browser, "/documents/")
    target = browser.find_element(By.ID, fragment)
    assert target.tag_name == "mark" and "claim" in target.get_attribute("class")
    _shot(browser, tmp_path / "article.png")


def test_network_edge_leads_to_its_events(browser, base_url):
    from selenium.webdriver.common.by import By

    browser.get(base_url + "/network")
    browser.get(_href(browser.find_element(By.CSS_SELECTOR, "svg.network a.edge"), base_url))
    assert "source=" in browser.current_url and browser.find_elements(By.CSS_SELECTOR, "table.events tbody tr")


def test_keyboard_reaches_the_content(browser, base_url):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    browser.get(base_url + "/")
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    active = browser.switch_to.active_element
    assert active.text == "Skip to content"
    active.send_keys(Keys.ENTER)
    assert browser.current_url.endswith("#main")
