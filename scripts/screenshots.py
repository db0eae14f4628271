#!/usr/bin/env python3
"""Regenerate the screenshots in docs/ from the seed articles (a script, not a test).

Usage: python scripts/screenshots.py [--out docs]

Renders each seed's HTML report and the seeds' briefing note with the offline
engine, loads them in headless Chromium and saves PNGs. Headless Chromium draws
a blank page when it scrolls to an anchor, so a view with an open tooltip is
taken as one tall screenshot and cropped; cropping needs Pillow (a tool for
this script only: `pip install Pillow`), without it the tall picture is kept.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WIDTH = 1100
TOOLTIP = (29, 35, 42)  # the tooltip's background, #1d232a in html_assets.CSS


def shoot(page: Path, png: Path, height: int, fragment: str = "") -> None:
    """Screenshot `page` (plus a #fragment) at WIDTH x height into `png`."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        raise SystemExit("needs chromium (apt-get install -y chromium)")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
             "--no-first-run", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", "--hide-scrollbars", f"--user-data-dir={profile}",
             f"--window-size={WIDTH},{height}", "--virtual-time-budget=3000",
             f"--screenshot={png}", page.as_uri() + fragment],
            capture_output=True, check=True, timeout=120,
        )


def crop_around_tooltip(png: Path, above: int = 260, below: int = 640) -> None:
    """Crop `png` around the open tooltip (the first wide run of its dark colour)."""
    try:
        from PIL import Image  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        print(f"{png}: Pillow missing, kept uncropped", file=sys.stderr)
        return
    with Image.open(png) as image:
        rgb = image.convert("RGB")
        row = next((y for y in range(0, rgb.height, 4) if _longest_run(rgb, y) >= 60), 0)
        top = max(0, row - above)
        rgb.crop((0, top, rgb.width, min(rgb.height, row + below))).save(png, optimize=True)


def shrink(png: Path) -> None:
    """Re-save `png` with a 256-colour palette (a third of the size), when Pillow is there."""
    try:
        from PIL import Image  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return
    with Image.open(png) as image:
        small = image.convert("RGB").quantize(colors=256)
    small.save(png, optimize=True)


def _longest_run(image: object, y: int) -> int:
    """Longest run of tooltip-coloured samples (every 5 px) on row y: text never makes one."""
    best = run = 0
    for x in range(0, WIDTH, 5):
        run = run + 1 if image.getpixel((x, y)) == TOOLTIP else 0  # type: ignore[attr-defined]
        best = max(best, run)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from summarizer.briefing.build import build_digest
    from summarizer.inputs.article import read_article
    from summarizer.offline.engine import analyze_offline
    from summarizer.render.digest import render_digest
    from summarizer.render.html import render_html

    seeds = sorted(Path("seeds").glob("*.txt")) if Path("seeds").is_dir() else []
    if not seeds:
        raise SystemExit("run it from the repository root (it reads seeds/*.txt)")
    reports = [analyze_offline(read_article(p)) for p in seeds]
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for path, report in zip(seeds, reports, strict=True):
            page = folder / f"{path.stem}.html"  # a temp folder: page.as_uri() is absolute
            page.write_text(render_html(report), encoding="utf-8")
            top = args.out / f"report-{path.stem[:3]}-top.png"
            shoot(page, top, 1500)
            allegation = next((s for s in report.sentences[len(report.sentences) // 2:]
                               if s.category.value == "unsupported_allegation"), None)
            if allegation is not None:
                tip = args.out / f"report-{path.stem[:3]}-tooltip.png"
                shoot(page, tip, 8000, f"#{allegation.id}")
                crop_around_tooltip(tip)
            print(f"wrote {top}")
        page = folder / "digest.html"
        page.write_text(render_digest(build_digest(reports), "html", reports), encoding="utf-8")
        shoot(page, args.out / "digest-seeds.png", 2300)
        print(f"wrote {args.out / 'digest-seeds.png'}")
    for png in sorted(args.out.glob("*.png")):
        shrink(png)
    return 0



if __name__ == "__main__":
    sys.exit(main())
