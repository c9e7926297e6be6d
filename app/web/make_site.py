#!/usr/bin/env python3
"""Writes the static site: the program (painatlas.js, .wasm, .data), the page and its script,
the web app manifest, icons drawn from the SVG with rsvg-convert, the accessible web pages under
pages/ (Help > Open as a web page), and the service worker with the list of files to keep offline
and a version that changes with any of them."""

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

PROGRAM_FILES = ["painatlas.js", "painatlas.wasm", "painatlas.data"]
PAGE_FILES = ["index.html", "start.js", "manifest.webmanifest"]
ICON_SIZES = [32, 192, 512]
PAGES_FOLDER = "pages"


def write_if_changed(path: Path, data: bytes) -> None:
    """Leaves an unchanged file alone, so that its time stamp does not trigger more work."""
    if path.exists() and path.read_bytes() == data:
        return
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(data)
    temporary.replace(path)


def draw_icons(svg: Path, out: Path) -> None:
    for size in ICON_SIZES:
        target = out / f"icon-{size}.png"
        if target.exists() and target.stat().st_mtime >= svg.stat().st_mtime:
            continue
        subprocess.run(["rsvg-convert", "--width", str(size), "--height", str(size),
                        "--output", str(target), str(svg)], check=True)
    write_if_changed(out / "favicon.svg", svg.read_bytes())


def copy_pages(pages: Path, out: Path) -> None:
    """The exporter's pages, without its marker file; pages it no longer writes are removed."""
    wanted = {path.relative_to(pages) for path in pages.rglob("*")
              if path.is_file() and not path.name.startswith(".")}
    for relative in wanted:
        target = out / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        write_if_changed(target, (pages / relative).read_bytes())
    for stale in sorted(out.rglob("*"), reverse=True):  # files before their folders
        relative = stale.relative_to(out)
        if stale.is_file() and relative not in wanted:
            stale.unlink()
        elif stale.is_dir() and not any(stale.iterdir()):
            stale.rmdir()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--program", type=Path, required=True, help="folder of painatlas.js")
    parser.add_argument("--shell", type=Path, required=True, help="app/web/site")
    parser.add_argument("--icon", type=Path, required=True, help="assets/icons/painatlas.svg")
    parser.add_argument("--pages", type=Path, required=True, help="the exported web pages")
    parser.add_argument("--version", required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()

    args.out.mkdir(parents=True, exist_ok=True)
    for name in PROGRAM_FILES:
        write_if_changed(args.out / name, (args.program / name).read_bytes())
    for name in PAGE_FILES:
        write_if_changed(args.out / name, (args.shell / name).read_bytes())
    draw_icons(args.icon, args.out)
    copy_pages(args.pages, args.out / PAGES_FOLDER)

    offline = ["./"] + PAGE_FILES + PROGRAM_FILES + ["favicon.svg"] + [
        f"icon-{size}.png" for size in ICON_SIZES]
    digest = hashlib.sha256(args.version.encode())
    for name in offline[1:]:
        digest.update((args.out / name).read_bytes())
    worker = (args.shell / "sw.js").read_text(encoding="utf-8")
    worker = worker.replace("@VERSION@", args.version + "-" + digest.hexdigest()[:12])
    worker = worker.replace("@FILES@", json.dumps(offline))
    write_if_changed(args.out / "sw.js", worker.encode("utf-8"))
    # Whatever an older build left behind and this one does not write.
    keep = set(offline[1:]) | {"sw.js", PAGES_FOLDER}
    for stale in args.out.iterdir():
        if stale.name not in keep:
            shutil.rmtree(stale) if stale.is_dir() else stale.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
