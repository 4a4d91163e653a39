"""In-process measurements: search latency and indicator switching (each prints one JSON line).

Run by benchmarks/run.py in a fresh interpreter per measurement:
``python -m benchmarks.inproc search`` / ``python -m benchmarks.inproc switch``.
"""

from __future__ import annotations

import dataclasses
import json
import os
import statistics
import sys
import time

QUERIES = ("media", "journalists", "social media", "government", "disinformation",
           "access to information", "tele", "Kazakhstan", "freedom of speech", "internet")


def _bundled_report():  # type: ignore[no-untyped-def]
    from vibe_desktop.core.loader import load_report
    from vibe_desktop.paths import bundled_report_files

    return load_report(bundled_report_files()[0])


def _time_ms(fn, repeat: int) -> list[float]:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def search(repeat: int = 30, limit: int = 500) -> dict[str, object]:
    """Median and worst-query latency of search_all_counted (the search panel's call)."""
    from vibe_desktop.core.search import SearchIndex, search_all_counted

    report = _bundled_report()
    one = [SearchIndex.build(report)]
    started = time.perf_counter()
    hundred = [
        SearchIndex.build(dataclasses.replace(report, id=f"country{i:03d}-2022",
                                              country=f"Country {i}"))
        for i in range(100)
    ]
    build_100 = time.perf_counter() - started
    result: dict[str, object] = {"index_build_100_s": round(build_100, 2)}
    for label, indexes in (("1", one), ("100", hundred)):
        per_query = {}
        for query in QUERIES:
            samples = _time_ms(
                lambda q=query, ix=indexes: search_all_counted(ix, q, limit=limit), repeat)
            per_query[query] = statistics.median(samples)
        result[f"search_{label}_median_ms"] = round(statistics.median(per_query.values()), 3)
        result[f"search_{label}_worst_query_ms"] = round(max(per_query.values()), 3)
        result[f"search_{label}_worst_query"] = max(per_query, key=per_query.__getitem__)
    return result


def switch(rounds: int = 5) -> dict[str, object]:
    """Time from open_anchor(indicator) to the page painted, vs. a bare QTextBrowser.setHtml."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QTextBrowser

    from vibe_desktop.render import pages
    from vibe_desktop.ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication(["bench"])
    window = MainWindow(install_features=True)
    window.persist = False
    window.resize(1100, 760)
    window.show()
    report = _bundled_report()
    window.open_anchor(f"{report.id}/summary")
    window.ensure_features()
    app.processEvents()
    anchors = [f"{report.id}/i{n}" for n in range(1, 21)]

    def app_switch(anchor: str) -> None:
        window.open_anchor(anchor)
        window.detail.viewport().repaint()

    browser = QTextBrowser()
    browser.resize(window.detail.size())
    browser.show()
    html = {a: pages.render_page(report, a).html for a in anchors}

    def bare_switch(anchor: str) -> None:
        browser.setHtml(html[anchor])
        browser.viewport().repaint()

    app_ms, bare_ms = [], []
    for _ in range(rounds):
        for anchor in anchors:  # alternate A/B
            bare_ms += _time_ms(lambda a=anchor: bare_switch(a), 1)
            app_ms += _time_ms(lambda a=anchor: app_switch(a), 1)
            app.processEvents()
    window.close()
    browser.close()
    return {
        "switch_median_ms": round(statistics.median(app_ms), 2),
        "switch_p90_ms": round(statistics.quantiles(app_ms, n=10)[-1], 2),
        "switch_max_ms": round(max(app_ms), 2),
        "switch_bare_median_ms": round(statistics.median(bare_ms), 2),
        "switch_samples": len(app_ms),
    }


def main() -> int:
    what = sys.argv[1] if len(sys.argv) > 1 else ""
    if what not in ("search", "switch"):
        print("usage: python -m benchmarks.inproc search|switch", file=sys.stderr)
        return 2
    print(json.dumps(search() if what == "search" else switch()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
