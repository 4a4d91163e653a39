"""Run every benchmark against the bare PySide6 window and print the ratios vs the targets.

One command, from the repository root: ``.venv/bin/python -m benchmarks`` (or
``python benchmarks/run.py``). Options: ``--runs N`` (starts per variant, default 11),
``--no-frozen`` (skip building and timing the bundles), ``--rebuild`` (build the bundles
even if build/dist has them). Writes benchmarks/out/results.json and prints a Markdown
table for benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
DIST = ROOT / "build" / "dist"
TAG = "VIBE_FIRST_PAINT"


class Starter:
    """Starts a command many times with rusage; Popen.wait reaps the child, so use wait4."""

    def __init__(self, cmd: list[str], env: dict[str, str]) -> None:
        self.cmd, self.env = cmd, env

    def __call__(self) -> tuple[float, float]:
        with tempfile.TemporaryFile() as errors:  # a file: a full stderr pipe cannot block
            start = time.monotonic()
            proc = subprocess.Popen(self.cmd, env=self.env, stdout=subprocess.PIPE,
                                    stderr=errors)
            assert proc.stdout is not None
            with proc.stdout:
                out = proc.stdout.read().decode()
            _pid, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
            errors.seek(0)
            err = errors.read().decode(errors="replace")
        painted = [line for line in out.splitlines() if line.startswith(TAG)]
        if not painted or proc.returncode != 0:
            raise RuntimeError(f"{' '.join(self.cmd)}: no {TAG} or exit {proc.returncode}\n{err}")
        return float(painted[0].split()[1]) - start, usage.ru_maxrss / 1024


def compare_starts(
    bare: Callable[[], tuple[float, float]], app: Callable[[], tuple[float, float]], runs: int
) -> dict[str, float]:
    """Alternate bare/app starts (ABBA order against drift); medians of time and peak RSS."""
    bare(), app()  # warm the page cache; not counted
    times: dict[str, list[float]] = {"bare": [], "app": []}
    rss: dict[str, list[float]] = {"bare": [], "app": []}
    for i in range(runs):
        order = (("bare", bare), ("app", app)) if i % 2 == 0 else (("app", app), ("bare", bare))
        for name, start in order:
            seconds, mib = start()
            times[name].append(seconds)
            rss[name].append(mib)
    b, a = statistics.median(times["bare"]), statistics.median(times["app"])
    return {
        "bare_start_ms": round(b * 1000, 1), "app_start_ms": round(a * 1000, 1),
        "start_ratio": round(a / b, 3),
        "bare_rss_mib": round(statistics.median(rss["bare"]), 1),
        "app_rss_mib": round(statistics.median(rss["app"]), 1),
        "rss_extra_mib": round(statistics.median(rss["app"]) - statistics.median(rss["bare"]), 1),
        "runs": runs,
    }


def bench_env(home: Path, platform_name: str = "offscreen", **extra: str) -> dict[str, str]:
    """Offscreen (or xcb), a throw-away home, the first-paint probe on, and compiled
    bytecode as an installed app has it: pip compiles .pyc files at install time, an
    editable checkout with PYTHONDONTWRITEBYTECODE=1 recompiles every module at every start
    (that alone made the app look 3x slower). The warm-up start writes them to OUT/pycache.
    """
    env = dict(os.environ, QT_QPA_PLATFORM=platform_name, VIBE_DESKTOP_HOME=str(home),
               VIBE_DESKTOP_BENCH_EXIT_AFTER_PAINT="1", PYTHONPYCACHEPREFIX=str(OUT / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(extra)
    return env


def fill_library(home: Path, count: int) -> None:
    """Put ``count`` copies of the bundled report (new ids) in the user's report folder."""
    source = (ROOT / "data" / "reports" / "kazakhstan-2022.yaml").read_text(encoding="utf-8")
    folder = home / "data" / "reports"
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        rid = f"country{i:03d}-2022"
        text = source.replace("id: kazakhstan-2022", f"id: {rid}", 1)
        text = text.replace("country: Kazakhstan", f"country: Country {i:03d}", 1)
        (folder / f"{rid}.yaml").write_text(text, encoding="utf-8")


def folder_mib(folder: Path) -> float:
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 2**20


def build(variant: str) -> None:
    cmd = [sys.executable, str(ROOT / "packaging" / "build.py"), "--variant", variant,
           "--no-deb"]
    print(f"building the {variant} bundle ...", flush=True)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)


def tar_mib(variant: str) -> float:
    found = sorted(DIST.glob(f"{variant}-*-linux-*.tar.gz"))
    if not found:
        raise FileNotFoundError(f"no tar.gz for {variant} in {DIST}")
    return found[-1].stat().st_size / 2**20


def inproc(what: str, home: Path) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VIBE_DESKTOP_HOME=str(home))
    out = subprocess.run([sys.executable, "-m", "benchmarks.inproc", what], cwd=ROOT, env=env,
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def xvfb() -> tuple[subprocess.Popen[bytes], str] | None:
    """A private X server for the xcb measurements, if Xvfb is installed."""
    if shutil.which("Xvfb") is None:
        return None
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as ready:
        number = ready.readline().strip().decode()
    if not number.isdigit():
        server.kill()
        return None
    return server, f":{number}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="VIBE Desktop benchmarks")
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--no-frozen", action="store_true")
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args(argv)
    results: dict[str, object] = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "machine": f"{platform.node()} {platform.machine()} {os.cpu_count()} CPUs, "
                   f"{platform.system()} {platform.release()}, Python {platform.python_version()}",
    }
    py = sys.executable
    bare_py = [py, str(ROOT / "benchmarks" / "bare_app.py")]
    app_py = [py, "-m", "vibe_desktop"]
    server = xvfb()
    with tempfile.TemporaryDirectory(prefix="vibe-bench-") as tmp:
        home, big = Path(tmp) / "home", Path(tmp) / "big"
        fill_library(big, 100)
        platforms: list[tuple[str, dict[str, str]]] = [("offscreen", {})]
        if server:
            platforms.append(("xcb", {"DISPLAY": server[1]}))
        try:
            for name, extra in platforms:
                env = bench_env(home, name, **extra)
                print(f"start-up, venv, {name} ...", flush=True)
                results[f"venv_{name}"] = compare_starts(
                    Starter(bare_py, env), Starter(app_py, env), args.runs)
            print("start-up, venv, 100-report library ...", flush=True)
            results["venv_library100"] = compare_starts(
                Starter(app_py, bench_env(home)), Starter(app_py, bench_env(big)), args.runs)
            if not args.no_frozen and sys.platform.startswith("linux"):
                for variant in ("bare-window", "vibe-desktop"):
                    if args.rebuild or not (DIST / variant / variant).exists():
                        build("bare" if variant == "bare-window" else "app")
                for name, extra in platforms:
                    env = bench_env(home, name, **extra)
                    print(f"start-up, frozen, {name} ...", flush=True)
                    results[f"frozen_{name}"] = compare_starts(
                        Starter([str(DIST / "bare-window" / "bare-window")], env),
                        Starter([str(DIST / "vibe-desktop" / "vibe-desktop")], env), args.runs)
                bare_dir = folder_mib(DIST / "bare-window")
                app_dir = folder_mib(DIST / "vibe-desktop")
                results["bundle"] = {
                    "bare_folder_mib": round(bare_dir, 1), "app_folder_mib": round(app_dir, 1),
                    "folder_ratio": round(app_dir / bare_dir, 3),
                    "bare_tar_mib": round(tar_mib("bare-window"), 1),
                    "app_tar_mib": round(tar_mib("vibe-desktop"), 1),
                    "tar_ratio": round(tar_mib("vibe-desktop") / tar_mib("bare-window"), 3),
                }
        finally:
            if server:
                server[0].terminate()
                server[0].wait(timeout=10)
        print("search ...", flush=True)
        results["search"] = inproc("search", home)
        print("indicator switch ...", flush=True)
        results["switch"] = inproc("switch", home)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(report(results))
    return 0


def _row(label: str, value: str, target: str, ok: bool | None) -> str:
    mark = "n/a" if ok is None else ("met" if ok else "**missed**")
    return f"| {label} | {value} | {target} | {mark} |"


def report(r: dict[str, object]) -> str:
    """The results as a Markdown table against the issue's targets."""
    lines = [f"Measured {r['date']} on {r['machine']}.", "",
             "| measure | result | target | |", "|---|---|---|---|"]
    for key in ("venv_offscreen", "venv_xcb", "frozen_offscreen", "frozen_xcb"):
        s = r.get(key)
        if isinstance(s, dict):
            lines.append(_row(
                f"start to first paint, {key.replace('_', ', ')}",
                f"{s['app_start_ms']} ms vs bare {s['bare_start_ms']} ms = {s['start_ratio']}x",
                "<= 1.15x", s["start_ratio"] <= 1.15))
            lines.append(_row(
                f"peak RSS, {key.replace('_', ', ')}",
                f"{s['app_rss_mib']} MiB vs bare {s['bare_rss_mib']} MiB"
                f" = +{s['rss_extra_mib']} MiB",
                "<= bare + 20 MiB", s["rss_extra_mib"] <= 20))
    lib = r.get("venv_library100")
    if isinstance(lib, dict):
        lines.append(_row("start, 100 more reports in the library vs none",
                          f"{lib['app_start_ms']} ms vs {lib['bare_start_ms']} ms = "
                          f"{lib['start_ratio']}x", "flat (~1.0x)", lib["start_ratio"] <= 1.05))
    b = r.get("bundle")
    if isinstance(b, dict):
        lines.append(_row("bundle folder", f"{b['app_folder_mib']} MiB vs bare "
                          f"{b['bare_folder_mib']} MiB = {b['folder_ratio']}x", "<= 1.1x",
                          b["folder_ratio"] <= 1.1))
        lines.append(_row("bundle tar.gz", f"{b['app_tar_mib']} MiB vs bare {b['bare_tar_mib']} "
                          f"MiB = {b['tar_ratio']}x", "<= 1.1x", b["tar_ratio"] <= 1.1))
    s = r.get("search")
    if isinstance(s, dict):
        lines.append(_row("search, bundled report (median / worst query)",
                          f"{s['search_1_median_ms']} / {s['search_1_worst_query_ms']} ms",
                          "< 2 ms", s["search_1_worst_query_ms"] < 2))
        lines.append(_row("search, 100 reports (median / worst query)",
                          f"{s['search_100_median_ms']} / {s['search_100_worst_query_ms']} ms "
                          f"({s['search_100_worst_query']!r})", "< 50 ms",
                          s["search_100_worst_query_ms"] < 50))
    w = r.get("switch")
    if isinstance(w, dict):
        lines.append(_row("indicator switch (median / p90 / max)",
                          f"{w['switch_median_ms']} / {w['switch_p90_ms']}"
                          f" / {w['switch_max_ms']} ms"
                          f" (bare setHtml {w['switch_bare_median_ms']} ms)", "< 16 ms",
                          w["switch_p90_ms"] < 16))
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
