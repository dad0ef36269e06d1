"""Values parsed per second: cold (no cache) and with caching (values recur across forms).

Usage: .venv/bin/python benchmarks/values.py [--repeat N]
Corpus: every value of tests/fixtures/values.yaml, repeated N times (default 50) in shuffled order,
which is how values recur across a prefecture's forms.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jxcheck.engine.values import parse  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=50)
    args = ap.parse_args()
    table = yaml.safe_load((ROOT / "tests/fixtures/values.yaml").read_text(encoding="utf-8"))
    distinct = [row["text"] for row in table]
    corpus = distinct * args.repeat
    random.Random(7).shuffle(corpus)

    cold = parse.parse_value.__wrapped__  # the uncached function
    start = time.perf_counter()
    for text in corpus:
        cold(text)
    cold_s = time.perf_counter() - start

    parse.parse_value.cache_clear()
    start = time.perf_counter()
    for text in corpus:
        parse.parse_value(text)
    cached_s = time.perf_counter() - start

    print(f"values: {len(corpus)} ({len(distinct)} distinct)")
    print(f"cold:   {len(corpus) / cold_s:12,.0f} values/s  ({cold_s * 1000:.0f} ms)")
    print(f"cached: {len(corpus) / cached_s:12,.0f} values/s  ({cached_s * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
