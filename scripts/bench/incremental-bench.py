#!/usr/bin/env python3
"""Incremental rebuild benchmark (issue 6).

usage (from the project root): scripts/bench/incremental-bench.py [N] [EDITS]

1. Writes a synthetic archive of N articles (default 10,000) to a temporary folder.
2. Times a cold `broadsheet build` and a second build of the unchanged archive.
3. Starts `broadsheet serve` on it, then EDITS times (default 5) inserts a paragraph after one article's lede and
   measures the time from the file write to the article's rebuilt page on disk containing it; then
   EDITS times changes that article's title (which changes every list, person, place and timeline page
   showing it; the commit renames the changed files within milliseconds of each other, so the article
   page showing the new title marks the rebuild's pages on disk).
"""
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
edits = int(sys.argv[2]) if len(sys.argv) > 2 else 5
launcher = os.path.join(root, "broadsheet")


def timed_build(site):
    t = time.monotonic()
    out = subprocess.run([launcher, "build", "--source", site], capture_output=True, text=True)
    return time.monotonic() - t, out.stdout.strip().splitlines()[-1] if out.stdout.strip() else out.stderr[-300:]


with tempfile.TemporaryDirectory() as site:
    subprocess.run([sys.executable, os.path.join(root, "scripts/bench/make-archive.py"), str(n), site], check=True)
    subprocess.run([launcher, "--version"], check=True, capture_output=True)
    cold, line = timed_build(site)
    print(f"cold build of {n} articles: {cold:.1f} s  ({line})")
    warm, line = timed_build(site)
    print(f"second build, nothing changed: {warm:.1f} s  ({line}); {cold / warm:.1f}x faster")

    serve = subprocess.Popen([launcher, "serve", "--source", site, "--port", "0"], stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True)
    try:
        for line in serve.stdout:
            if "Serving" in line:
                break
        article = next(os.path.join(d, f) for d, _, fs in sorted(os.walk(os.path.join(site, "content")))
                       for f in sorted(fs) if f.endswith(".md"))
        slug = os.path.splitext(os.path.basename(article))[0]
        page = os.path.join(site, "site-output", "articles", slug + ".html")

        def until_page_has(word, start):
            while True:
                try:
                    with open(page, encoding="utf-8") as f:
                        if word in f.read():
                            return (time.monotonic() - start) * 1000
                except FileNotFoundError:
                    pass
                if time.monotonic() - start > 60:
                    raise SystemExit("page never updated")
                time.sleep(0.002)

        def report(what, latencies):
            print(f"{what}, {len(latencies)} edits: median {statistics.median(latencies):.0f} ms, "
                  f"min {min(latencies):.0f} ms, max {max(latencies):.0f} ms (includes the watcher's 100 ms quiet period)")

        # 1. a new paragraph after the lede: only the article's body changes, and every quote, date and
        #    place after it moves
        latencies = []
        for i in range(edits):
            word = f"benchmarkword{i}x{int(time.time())}"
            with open(article, encoding="utf-8") as f:
                text = f.read()
            body_start = text.index("\n---\n", 4) + 5
            lede_end = text.index("\n\n", body_start)
            text = text[:lede_end] + f"\n\nA new paragraph with {word}." + text[lede_end:]
            with open(article, "w", encoding="utf-8") as f:
                f.write(text)
            latencies.append(until_page_has(word, time.monotonic()))
            time.sleep(1.5)     # let the search index of the last edit finish
        report("edit one article's body -> rebuilt page on disk", latencies)

        # 2. a new title: every list, person, place and timeline page showing the article changes
        latencies = []
        for i in range(edits):
            word = f"Retitled{i}x{int(time.time())}"
            with open(article, encoding="utf-8") as f:
                text = f.read()
            text = re.sub(r"^title: .*$", f"title: {word}", text, count=1, flags=re.M)
            with open(article, "w", encoding="utf-8") as f:
                f.write(text)
            latencies.append(until_page_has(word, time.monotonic()))
            time.sleep(4.0)
        report("edit one article's title -> all rebuilt pages on disk", latencies)
    finally:
        serve.terminate()
        serve.wait(10)
