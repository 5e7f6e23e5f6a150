#!/usr/bin/python3
"""The report page (`export --format html`) in headless Chromium, driven through WebDriver.

Usage: report_page.py BINARY SOURCE_DIR OUTPUT_DIR

Ingests the bundled corpus, writes the page, opens it from the file as a reader would and checks,
with the snapshot as the independent answer: every programme is a row; typing a search shows exactly
the rows holding the words; a fact opens to its evidence sentence; the administration and year
filters keep exactly the programmes the snapshot says; sorting by year orders the rows; the zoom
buttons zoom the diagram. A page with hostile labels runs no script of theirs. A second browser
with JavaScript off finds every table and opens evidence. Screenshots stay in OUTPUT_DIR for a
person to look at; their paths are printed. Exit 77 (skipped) when Chromium or Selenium is missing.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
CHROMIUM = "/usr/bin/chromium"
DRIVER = "/usr/bin/chromedriver"

try:
    from selenium import webdriver
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select
except ImportError:
    print("SKIP: python3-selenium missing (scripts/install-deps.sh test)")
    sys.exit(SKIP)
if not (os.access(CHROMIUM, os.X_OK) and os.access(DRIVER, os.X_OK)):
    print("SKIP: chromium or chromium-driver missing (scripts/install-deps.sh test)")
    sys.exit(SKIP)

binary, source, output = (os.path.abspath(a) for a in sys.argv[1:4])
os.makedirs(output, exist_ok=True)
failures = []
checks = 0


def check(condition, what):
    global checks
    checks += 1
    if not condition:
        failures.append(what)
        print("FAIL: " + what, file=sys.stderr)


def run(*args):
    result = subprocess.run([binary, *args], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit("policygraph %s failed: %s" % (" ".join(args), result.stderr.strip()))
    return result.stdout


def browser(javascript=True):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    # CI runs as root: Chromium's sandbox needs a user namespace it does not get there.
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1400,1300", "--force-device-scale-factor=1", "--lang=en-GB"):
        options.add_argument(argument)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    return webdriver.Chrome(service=Service(DRIVER), options=options)


def rows(driver):
    return driver.find_elements(By.CSS_SELECTOR, "#pg-programme-table tbody tr")


def shown_labels(driver):
    # The name cell as the page shows it; hidden rows are skipped by the browser's own notion of shown.
    return {row.find_element(By.CSS_SELECTOR, ".pg-name").text for row in rows(driver) if row.is_displayed()}


def rendered(element):
    """Whether the browser shows the element: Selenium 4.8's is_displayed counts the inside of a closed
    <details> as shown, Chromium's own checkVisibility does not. WebDriver's scripts run with the
    page's JavaScript off too."""
    return element.parent.execute_script("return arguments[0].checkVisibility()", element)


def set_value(driver, element_id, text):
    element = driver.find_element(By.ID, element_id)
    element.clear()
    element.send_keys(text)


def node_years(snapshot, programme_id):
    """The years a programme covers, as graph/subgraph.cpp reads them (for the year filter)."""
    nodes = {n["id"]: n for n in snapshot["nodes"]}
    best = None
    for edge in snapshot["edges"]:
        if edge["relation"] != "introduced" or edge["target"] != programme_id:
            continue
        if "year" in edge:
            span = (edge["year"], edge["year"])
        else:
            attributes = nodes[edge["source"]].get("attributes", {})
            if "start" not in attributes:
                continue
            span = (int(attributes["start"][:4]), int(attributes["end"][:4]) if "end" in attributes else 9999)
        if best is None or span[0] < best[0]:
            best = span
    return best


def corpus_page(work):
    snapshot_path = os.path.join(work, "policygraph.json")
    run("-g", snapshot_path, "ingest", "--fresh", os.path.join(source, "data", "corpus"))
    page = os.path.join(output, "report.html")
    run("-g", snapshot_path, "export", "--format", "html", "-o", page)
    with open(snapshot_path, encoding="utf-8") as f:
        return page, json.load(f)


def check_scripted(page, snapshot):
    nodes = {n["id"]: n for n in snapshot["nodes"]}
    programmes = {n["id"]: n for n in snapshot["nodes"] if n["kind"] == "programme"}
    driver = browser()
    try:
        driver.get("file://" + page)
        check(len(rows(driver)) == len(programmes), "%d rows for %d programmes" % (len(rows(driver)), len(programmes)))
        check(shown_labels(driver) == {p["label"] for p in programmes.values()}, "every programme label is shown")
        check(driver.find_element(By.ID, "pg-count").text == "all %d programmes" % len(programmes), "count line")
        check(driver.find_element(By.ID, "pg-controls").is_displayed(), "the controls show with JavaScript")

        # The diagram is there, fitted to the box; + zooms by a quarter.
        svg = driver.find_element(By.CSS_SELECTOR, "#pg-diagram svg")
        before = svg.size["width"]
        check(svg.find_elements(By.CSS_SELECTOR, "g.node"), "the diagram has nodes")
        driver.find_element(By.CSS_SELECTOR, "#pg-zoom button[data-zoom='in']").click()
        after = svg.size["width"]
        check(abs(after / before - 1.25) < 0.02, "zoom in: %s -> %s" % (before, after))
        driver.find_element(By.CSS_SELECTOR, "#pg-zoom button[data-zoom='fit']").click()
        driver.save_screenshot(os.path.join(output, "report.png"))

        # A search as one types: the rows shown are exactly those holding the word.
        word = "technopark"
        target = next(p for p in programmes.values() if word in p["label"].lower())
        driver.find_element(By.ID, "pg-search").send_keys("Technopark")
        shown = 0
        for row in rows(driver):
            holds = word in row.get_attribute("textContent").lower()
            check(row.is_displayed() == holds, "search: row %s shown=%s holds=%s" % (row.get_attribute("id"), row.is_displayed(), holds))
            shown += row.is_displayed()
        check(target["label"] in shown_labels(driver), "search finds " + target["label"])
        check(driver.find_element(By.ID, "pg-count").text == "%d of %d programmes" % (shown, len(programmes)), "count after search")

        # One fact opens to its evidence sentence, the one the snapshot holds for that edge.
        row = next(r for r in rows(driver) if r.is_displayed() and r.find_element(By.CSS_SELECTOR, ".pg-name").text == target["label"])
        introduced = row.find_elements(By.CSS_SELECTOR, "td:nth-of-type(1) details")
        check(bool(introduced), target["label"] + " has an introducer with evidence")
        if introduced:
            quote = introduced[0].find_element(By.TAG_NAME, "blockquote")
            check(not rendered(quote), "evidence starts closed")
            introduced[0].find_element(By.TAG_NAME, "summary").click()
            check(rendered(quote) and introduced[0].get_attribute("open") is not None, "evidence opens")
            sentences = {e["text"] for edge in snapshot["edges"] if edge["relation"] == "introduced" and edge["target"] == target["id"]
                         for e in edge["evidence"]}
            check(quote.text.strip("\u201c\u201d") in sentences, "the evidence is the edge's sentence: " + quote.text)
            driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", row)
            driver.save_screenshot(os.path.join(output, "report-search.png"))

        # The administration filter keeps exactly what that administration introduced.
        driver.find_element(By.CSS_SELECTOR, "#pg-controls button[type='reset']").click()
        check(len(shown_labels(driver)) == len({p["label"] for p in programmes.values()}), "clear shows every row again")
        introduced_by = {}
        for edge in snapshot["edges"]:
            if edge["relation"] == "introduced" and edge["target"] in programmes:
                introduced_by.setdefault(edge["source"], set()).add(programmes[edge["target"]]["label"])
        busiest = max(sorted(introduced_by), key=lambda a: len(introduced_by[a]))
        Select(driver.find_element(By.ID, "pg-administration")).select_by_visible_text(nodes[busiest]["label"])
        check(shown_labels(driver) == introduced_by[busiest],
              "administration filter: %s" % (shown_labels(driver) ^ introduced_by[busiest]))

        # The year range keeps what overlaps it, as --from and --to do.
        Select(driver.find_element(By.ID, "pg-administration")).select_by_value("")
        set_value(driver, "pg-from", "2008")
        set_value(driver, "pg-to", "2012")
        expected = set()
        for pid, p in programmes.items():
            span = node_years(snapshot, pid)
            if span and span[1] >= 2008 and span[0] <= 2012:
                expected.add(p["label"])
        check(bool(expected) and shown_labels(driver) == expected, "year filter: %s" % (shown_labels(driver) ^ expected))

        # Sorting by year: numbers ascending, rows without a year last.
        driver.find_element(By.CSS_SELECTOR, "#pg-controls button[type='reset']").click()
        year_header = driver.find_element(By.XPATH, "//table[@id='pg-programme-table']//th[.//button[text()='Year']]")
        year_header.find_element(By.TAG_NAME, "button").click()
        keys = [r.find_elements(By.CSS_SELECTOR, "td")[1].get_attribute("data-sort") for r in rows(driver)]
        years = [int(k) for k in keys if k]
        check(years == sorted(years) and keys == [k for k in keys if k] + [k for k in keys if not k], "sorted by year")
        check(year_header.get_attribute("aria-sort") == "ascending", "aria-sort says ascending")
        severe = [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]
        check(not severe, "no errors in the console: %s" % severe)
    finally:
        driver.quit()


def check_without_javascript(page, snapshot):
    programmes = [n for n in snapshot["nodes"] if n["kind"] == "programme"]
    driver = browser(javascript=False)
    try:
        driver.get("file://" + page)
        check(not driver.find_element(By.ID, "pg-controls").is_displayed(), "no controls without JavaScript")
        check(not driver.find_element(By.ID, "pg-zoom").is_displayed(), "no zoom buttons without JavaScript")
        note = driver.find_elements(By.XPATH, "//noscript/p | //p[contains(., 'need JavaScript')]")
        check(any(n.is_displayed() for n in note), "the note says what needs JavaScript")
        check(sum(r.is_displayed() for r in rows(driver)) == len(programmes), "every programme row without JavaScript")
        check(driver.find_element(By.CSS_SELECTOR, "#pg-diagram svg").is_displayed(), "the diagram without JavaScript")
        for table in ("#pg-administrations table", "#pg-documents table"):
            check(len(driver.find_elements(By.CSS_SELECTOR, table + " tbody tr")) > 0, table + " has rows")
        details = driver.find_element(By.CSS_SELECTOR, "#pg-programme-table details")
        quote = details.find_element(By.TAG_NAME, "blockquote")
        check(not rendered(quote), "evidence starts closed without JavaScript")
        details.find_element(By.TAG_NAME, "summary").click()
        check(rendered(quote), "evidence opens without JavaScript")
        driver.save_screenshot(os.path.join(output, "report-no-javascript.png"))
    finally:
        driver.quit()


HOSTILE = "</script><script>alert(\"x\")</script> & 'q' <b>bold</b>"


def hostile_page(work):
    def evidence(text):
        return [{"document": "evil", "sentence": 0, "begin": 0, "end": len(text), "text": text, "rule": "rule.test",
                 "confidence": 0.9}]

    snapshot = {
        "format": "policygraph", "version": 1,
        "documents": [{"id": "evil", "path": "evil.txt", "title": HOSTILE, "date": "2019", "sha256": "00"}],
        "nodes": [
            {"id": "administration/evil", "kind": "administration", "label": HOSTILE + " government", "aliases": [],
             "attributes": {"start": "2013-02-25", "end": "2017-03-10"}, "evidence": evidence("Said " + HOSTILE)},
            {"id": "programme/evil", "kind": "programme", "label": HOSTILE, "aliases": [], "attributes": {},
             "evidence": evidence("Said " + HOSTILE)}],
        "edges": [{"source": "administration/evil", "target": "programme/evil", "relation": "introduced", "year": 2014,
                   "attributes": {}, "evidence": evidence("Said " + HOSTILE)}]}
    path = os.path.join(work, "hostile.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(snapshot, f)
    page = os.path.join(work, "hostile.html")
    run("-g", path, "export", "--format", "html", "--title", HOSTILE, "-o", page)
    return page


def check_hostile(page):
    driver = browser()
    try:
        driver.get("file://" + page)
        try:
            driver.switch_to.alert.dismiss()
            check(False, "a label ran a script (an alert opened)")
        except NoAlertPresentException:
            check(True, "no alert")
        check(driver.execute_script("return document.scripts.length") == 1, "one script element, the page's own")
        check(driver.execute_script("return document.querySelectorAll('b').length") == 0, "no <b> from a label")
        check(driver.title == HOSTILE, "the title is the text: " + driver.title)
        check(shown_labels(driver) == {HOSTILE}, "the label is the text")
        driver.find_element(By.ID, "pg-search").send_keys("</script>")
        check(shown_labels(driver) == {HOSTILE}, "searching '</script>' finds the row")
    finally:
        driver.quit()


def main():
    work = tempfile.mkdtemp(prefix="policygraph-browser-")
    try:
        page, snapshot = corpus_page(work)
        check_scripted(page, snapshot)
        check_without_javascript(page, snapshot)
        check_hostile(hostile_page(work))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for name in ("report.png", "report-search.png", "report-no-javascript.png"):
        print("screenshot: " + os.path.join(output, name))
    print("page: " + page)
    print("%d passed, %d failed" % (checks - len(failures), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
