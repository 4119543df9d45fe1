"""Prefects' recueils: text extraction speed (pypdfium2, and pdfminer.six for
comparison), a 500-page recueil read and split, and peak memory whatever the PDF's size.

    pip install -e ".[bench]" && python -m tests.benchmarks.bench_raa

Targets (issue 15): extraction >= 50 pages/s on one core; a 500-page recueil read and
split in under 20 s; memory bounded whatever the PDF's size.
"""
from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bot.sandbox.recueils import build_recueil
from tests.raa_labels import load

_CHILD = """
import json, sys, time
from bot.sources.acts import split_recueil
from bot.sources.pdftext import pdf_text
start = time.perf_counter()
text = pdf_text(sys.argv[1])
read = time.perf_counter() - start
acts = split_recueil(text.pages)
total = time.perf_counter() - start
# VmHWM: this process's own peak (ru_maxrss would carry the parent's over exec).
peak = next(int(line.split()[1]) for line in open("/proc/self/status")
            if line.startswith("VmHWM"))
print(json.dumps({"pages": len(text.pages), "acts": len(acts), "read_s": read,
                  "total_s": total, "peak_mb": peak / 1024}))
"""


def recueil(folder: Path, pages: int) -> Path:
    """A recueil of the labelled acts, repeated, padded to about `pages` pages."""
    acts = [a.text for a in load("dev") + load("heldout")]
    copies = max(1, pages // 150)
    return build_recueil(folder / f"r{pages}.pdf", acts * copies,
                         filler_pages=max(0, pages - len(acts) * copies - 3))


def measure(path: Path) -> dict:
    """Read and split in a fresh process (one core), with its peak memory."""
    done = subprocess.run([sys.executable, "-c", _CHILD, str(path)], capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout)


def pdfminer_pages_per_second(path: Path, pages: int = 50) -> float | None:
    try:
        from pdfminer.high_level import extract_text
    except ImportError:
        return None
    start = time.perf_counter()
    extract_text(str(path), maxpages=pages)
    return pages / (time.perf_counter() - start)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        folder_path = Path(folder)
        small, big = recueil(folder_path, 100), recueil(folder_path, 500)
        huge = recueil(folder_path, 3000)
        for label, path in (("100 pages", small), ("500 pages", big), ("3000 pages", huge)):
            figures = measure(path)
            print(f"{label:10} {path.stat().st_size / 1e6:5.1f} MB  {figures['pages']} pages, "
                  f"{figures['acts']} acts: read {figures['read_s']:.2f} s "
                  f"({figures['pages'] / figures['read_s']:.0f} pages/s), read and split "
                  f"{figures['total_s']:.2f} s, peak memory {figures['peak_mb']:.0f} MB")
        miner = pdfminer_pages_per_second(big)
        if miner is not None:
            print(f"pdfminer.six, same recueil: {miner:.0f} pages/s (first 50 pages)")
        print(f"this process: peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}"
              " MB (building the PDFs)")


if __name__ == "__main__":
    main()
