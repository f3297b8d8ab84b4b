"""Benchmarks of the whole dossier binary: briefing render time and extraction throughput.

    python3 bench/bench_pipeline.py build/src/cli/dossier [--corpus-mb 100]

Prints, for the reference article and for a 30-article Wikinews briefing (when
../shared is there): page count and the median wall time of `dossier run` over 5 runs;
then `dossier extract --separate` throughput over a corpus made by repeating the
available articles up to --corpus-mb, in tokens (whitespace-separated words) per second,
with the peak resident memory of that run.
"""
import argparse
import glob
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

here = os.path.dirname(os.path.abspath(__file__))
source = os.path.dirname(here)
shared = os.path.join(source, "..", "shared")


def timed(argv, runs=5):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        r = subprocess.run(argv, capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        if r.returncode != 0:
            sys.exit(f"failed: {' '.join(argv[:4])}...: {r.stderr}")
    return statistics.median(times), r


def pages(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    return next((l.split()[1] for l in out.splitlines() if l.startswith("Pages:")), "?")


def bench_run(exe, name, articles, tmp):
    pdf = os.path.join(tmp, name + ".pdf")
    median, _ = timed([exe, "run", "-o", pdf] + articles)
    print(f"run {name}: {len(articles)} article(s), {pages(pdf)} pages, median {median * 1000:.0f} ms over 5 runs")


def bench_extract(exe, tmp, corpus_mb):
    sources = sorted(glob.glob(os.path.join(shared, "samples", "wikinews", "*", "*.txt")) +
                     glob.glob(os.path.join(shared, "eval", "dev", "conll-dev", "articles", "*.txt")))
    if not sources:
        sources = [os.path.join(source, "examples", "articles", "trump-kim-talks.txt")]
    texts = [open(p, encoding="utf-8").read() for p in sources]
    corpus = os.path.join(tmp, "corpus")
    os.makedirs(corpus)
    size = words = n = 0
    paths = []
    while size < corpus_mb * 1024 * 1024:
        text = texts[n % len(texts)]
        path = os.path.join(corpus, f"a{n:06}.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace("\nid: ", f"\nid: r{n}-", 1))
        paths.append(path)
        size += len(text.encode("utf-8"))
        words += len(text.split())
        n += 1
    # argv limits: feed the files in chunks of 2000 through one process each; sum the time.
    total = 0.0
    for i in range(0, len(paths), 2000):
        start = time.perf_counter()
        r = subprocess.run([exe, "extract", "--separate", "--skip-invalid", "--date", "2024-01-01"] + paths[i:i + 2000], stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, text=True)
        total += time.perf_counter() - start
        if r.returncode != 0:
            sys.exit(f"extract failed: {r.stderr}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"extract: {n} articles, {size / 1e6:.1f} MB, {words} tokens in {total:.2f} s: "
          f"{words / total:,.0f} tokens/s, {size / 1e6 / total:.1f} MB/s, peak RSS {peak:.0f} MB")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("exe")
    parser.add_argument("--corpus-mb", type=float, default=20)
    args = parser.parse_args()
    tmp = tempfile.mkdtemp(prefix="dossier-bench-")
    try:
        bench_run(args.exe, "reference", [os.path.join(source, "examples", "articles", "trump-kim-talks.txt")], tmp)
        apple = sorted(glob.glob(os.path.join(shared, "samples", "wikinews", "apple", "*.txt")))
        if apple:
            bench_run(args.exe, "wikinews-apple", apple, tmp)
        bench_extract(args.exe, tmp, args.corpus_mb)
    finally:
        shutil.rmtree(tmp)


main()
