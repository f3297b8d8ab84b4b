"""Shared helpers for dossier's end-to-end tests (python3 standard library only).

Each test script is one meson test: it gets the dossier binary as argv[1], exits 0 when
all its checks pass, 1 when one fails (after printing every failed check), 77 to skip.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

SOURCE_DIR = os.environ.get("DOSSIER_SOURCE_DIR", os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))
BUILD_DIR = os.environ.get("DOSSIER_BUILD_DIR", os.path.join(SOURCE_DIR, "build"))
REFERENCE = os.path.join(SOURCE_DIR, "examples", "articles", "trump-kim-talks.txt")
SHARED = os.path.abspath(os.path.join(SOURCE_DIR, "..", "shared"))
SKIP = 77


class Checks:
    """Collects failed checks so that one run reports all of them."""

    def __init__(self, name):
        self.name = name
        self.failures = []

    def check(self, ok, what):
        if not ok:
            self.failures.append(what)
            print(f"FAIL: {what}", flush=True)
        return ok

    def done(self):
        if self.failures:
            print(f"{self.name}: {len(self.failures)} check(s) failed")
            sys.exit(1)
        print(f"{self.name}: all checks passed")
        sys.exit(0)


def dossier():
    if len(sys.argv) < 2:
        sys.exit("usage: TEST DOSSIER-BINARY")
    return os.path.abspath(sys.argv[1])


def run(argv, **kwargs):
    kwargs.setdefault("capture_output", True)
    kwargs.setdefault("text", True)
    kwargs.setdefault("timeout", 300)
    return subprocess.run(argv, **kwargs)


def tempdir():
    return tempfile.mkdtemp(prefix="dossier-e2e-")


def pdf_text(path):
    return run(["pdftotext", "-layout", path, "-"]).stdout


def pdf_pages(path):
    info = run(["pdfinfo", path]).stdout
    for line in info.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return 0


def need_tools(*tools):
    missing = [t for t in tools if not shutil.which(t)]
    if missing:
        print(f"skipping: missing {', '.join(missing)}")
        sys.exit(SKIP)


def read_jsonl(text):
    return [json.loads(line) for line in text.splitlines() if line.strip()]
