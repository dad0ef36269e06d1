"""A real browser on the page: headless Chromium (Debian's chromium and chromium-driver, driven by selenium)
uploads the bundled reference form as a workbook, and finds STR-06 marked on its cell and explained on click.
With JXCHECK_SCREENSHOT=path the page is photographed there (the README's picture is taken this way)."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import REFERENCE
from template_forms import template_grid, write_xlsx

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER),
                                reason="no browser: the page's browser test needs Debian's chromium and chromium-driver "
                                       "(.ci/run installs them)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    pytest.importorskip("selenium")
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "jxcheck", "serve", "--port", str(port), "--workers", "1"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(url + "/healthz", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    else:
        process.kill()
        pytest.fail("the service did not start: " + process.stderr.read().decode())
    yield url
    process.terminate()
    process.wait(10)


@pytest.fixture
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    options = Options()
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1100", "--lang=zh-CN"):
        options.add_argument(arg)
    options.binary_location = CHROMIUM
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    yield driver
    driver.quit()


def test_the_page_marks_the_missing_value_on_its_cell(server, browser, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ready
    from selenium.webdriver.support.ui import WebDriverWait
    from jxcheck.engine.readers import read
    workbook = write_xlsx(template_grid(read(REFERENCE).form), tmp_path / "绩效目标表.xlsx")
    browser.get(server + "/")
    assert "绩效表检查" in browser.title
    browser.find_element(By.ID, "pick").send_keys(str(workbook))
    browser.find_element(By.ID, "go").click()
    WebDriverWait(browser, 60).until(ready.presence_of_element_located((By.CSS_SELECTOR, ".banner")))
    assert browser.find_element(By.CSS_SELECTOR, ".banner .verdict").text == "退回"
    row = next(tr for tr in browser.find_elements(By.CSS_SELECTOR, "table.findings tr.f") if "STR-06" in tr.text)
    cell_name = row.find_elements(By.TAG_NAME, "td")[2].text.split("!")[-1]  # 绩效目标表!E87 -> E87
    cell = browser.find_element(By.CSS_SELECTOR, f'table.grid td[data-k="S绩效目标表!{cell_name}"]')
    assert "error" in cell.get_attribute("class").split()
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", cell)
    cell.click()
    detail = browser.find_element(By.ID, "detail-body")
    WebDriverWait(browser, 10).until(lambda _: "STR-06" in detail.text)
    assert "指标值未填写" in detail.text
    if os.environ.get("JXCHECK_SCREENSHOT"):
        browser.save_screenshot(os.environ["JXCHECK_SCREENSHOT"])


def test_the_page_speaks_english_on_request(server, browser):
    from selenium.webdriver.common.by import By
    browser.get(server + "/")
    browser.find_element(By.ID, "lang-en").click()
    assert browser.find_element(By.ID, "go").text == "Check"
    assert "Drop forms here" in browser.find_element(By.ID, "drop").text
