"""The service under load: throughput, latency, errors and memory, against the CLI batch on the same forms.

Usage: .venv/bin/python benchmarks/service.py [--clients 8 32] [--seconds 20] [--workers 0] [--requests N]

Starts `jxcheck serve` (its own processes), then for each number of clients drives that many concurrent
clients for a fixed time, each uploading one real form per request (the corpus of tests/fixtures/forms, and
the reference form as a workbook) to POST /api/v1/validate, and prints requests per second, p50/p95/p99
latency, errors (any answer but 200, or a broken connection) and the server's peak memory (resident memory of
all its processes, sampled every 0.2 s). Then the same forms through `jxcheck validate FOLDER --format json`,
and the service's throughput as a share of the CLI batch's. With --requests N, it also sends N requests at 8
clients and prints the memory at each tenth of them: flat memory means nothing is kept between requests.
The clients run on the same machine and take their share of its cores."""
from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
FORMS = ROOT / "tests" / "fixtures" / "forms"
JXCHECK = Path(sys.executable).with_name("jxcheck")


def forms(folder: Path) -> list[tuple[str, bytes]]:
    from jxcheck.engine.readers import read
    from template_forms import template_grid, write_xlsx
    out = [(p.name, p.read_bytes()) for p in sorted(FORMS.glob("*.txt"))]
    workbook = write_xlsx(template_grid(read(FORMS / "000_36c23adddff5d972.txt").form), folder / "reference.xlsx")
    out.append((workbook.name, workbook.read_bytes()))
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def tree_rss(pid: int) -> int:
    """Resident memory (bytes) of a process and its children, from /proc."""
    total, pids = 0, [pid]
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().split(")")[-1].split()
                if int(fields[1]) == pid:
                    pids.append(int(entry.name))
            except OSError:
                continue
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            continue
    return total


class Sampler:
    def __init__(self, pid: int) -> None:
        self.pid, self.peak, self.running = pid, 0, True

    async def run(self) -> None:
        while self.running:
            self.peak = max(self.peak, tree_rss(self.pid))
            await asyncio.sleep(0.2)


async def load(url: str, payloads: list[tuple[str, bytes]], clients: int, seconds: float | None,
               requests: int | None = None, each: int = 0, on_each=None) -> tuple[list[float], dict, int]:
    latencies: list[float] = []
    errors: dict[str, int] = {}
    sent = 0
    deadline = time.monotonic() + seconds if seconds else None
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, timeout=120, limits=limits) as http:
        async def client(n: int) -> None:
            nonlocal sent
            k = n
            while True:
                if deadline is not None and time.monotonic() >= deadline:
                    return
                if requests is not None:
                    if sent >= requests:
                        return
                    sent += 1
                    if on_each and each and sent % each == 0:
                        on_each(sent)
                name, data = payloads[k % len(payloads)]
                k += clients
                started = time.monotonic()
                try:
                    answer = await http.post("/api/v1/validate", files={"files": (name, data)})
                    kind = None if answer.status_code == 200 else f"HTTP {answer.status_code}"
                except httpx.HTTPError as exc:
                    kind = type(exc).__name__
                latencies.append(time.monotonic() - started)
                if kind:
                    errors[kind] = errors.get(kind, 0) + 1
        await asyncio.gather(*(client(n) for n in range(clients)))
    return latencies, errors, sent


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


def cli_batch(payloads: list[tuple[str, bytes]], folder: Path, copies: int) -> float:
    """Forms per second of `jxcheck validate FOLDER` over `copies` copies of the same forms."""
    tree = folder / "batch"
    for n in range(copies):
        sub = tree / f"县{n:02d}"
        sub.mkdir(parents=True)
        for name, data in payloads:
            (sub / name).write_bytes(data)
    count = copies * len(payloads)
    started = time.monotonic()
    subprocess.run([str(JXCHECK), "validate", str(tree), "--format", "json", "-o", str(folder / "out.json")],
                   capture_output=True, check=False)
    return count / (time.monotonic() - started)


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, nargs="+", default=[8, 32])
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--workers", type=int, default=0)
    parser.add_argument("--requests", type=int, default=0)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="jxcheck-bench-"))
    try:
        payloads = forms(folder)
        port = free_port()
        env = {**os.environ, "JXCHECK_QUEUE": "256"}
        server = subprocess.Popen([str(JXCHECK), "serve", "--port", str(port), "--workers", str(args.workers)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        url = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                urllib.request.urlopen(url + "/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        try:
            await load(url, payloads, 2, 3)  # warm up: every worker loads its rules once
            best = 0.0
            print(f"service: {len(payloads)} real forms, {args.workers or os.cpu_count()} server processes, "
                  f"{os.cpu_count()} cores (the clients share them)")
            for clients in args.clients:
                sampler = Sampler(server.pid)
                task = asyncio.create_task(sampler.run())
                started = time.monotonic()
                latencies, errors, _ = await load(url, payloads, clients, args.seconds)
                elapsed = time.monotonic() - started
                sampler.running = False
                await task
                rate = len(latencies) / elapsed
                best = max(best, rate)
                print(f"{clients:3d} clients: {len(latencies):6d} requests {rate:7.1f}/s  "
                      f"p50 {percentile(latencies, .5) * 1000:6.0f} ms  p95 {percentile(latencies, .95) * 1000:6.0f} ms  "
                      f"p99 {percentile(latencies, .99) * 1000:6.0f} ms  errors {sum(errors.values())}"
                      f"{' ' + str(errors) if errors else ''}  "
                      f"peak memory {sampler.peak / 2**20:6.1f} MiB")
            if args.requests:
                marks: list[str] = []
                step = max(1, args.requests // 10)
                await load(url, payloads, 8, None, args.requests, step,
                           lambda n: marks.append(f"{n}:{tree_rss(server.pid) / 2**20:.0f}"))
                print(f"memory over {args.requests} requests (MiB after n): " + "  ".join(marks))
        finally:
            server.terminate()
            server.wait(10)
        cli = cli_batch(payloads, folder, 8)
        print(f"CLI batch: {cli:.1f} forms/s over {8 * len(payloads)} files; service/CLI = {best / cli:.0%}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    asyncio.run(main())
