"""Throughput and memory of `unspin scan` on generated documents.

Generates N documents of about 500 words (default 1,000) from templates in this file (news-like
sentences; every other document with typical spinner swaps), then scans them:
  1. the local pool with 1 worker, 2. with 2 workers, 3. a dask LocalCluster of 2 single-thread
worker processes. Each engine is started and warmed up before the clock starts (start-up is
reported separately), so the figures compare scanning, not loading spaCy. Prints documents per
second, the 2-worker speed-up over 1 (docs/s with 2 / docs/s with 1, the same documents), the
cluster's time against the local pool's, the peak resident memory (VmHWM) of every worker, the
CPU time of the workers per document and of this (the parent) process, the load average before
and after each run (the machine may be shared), and whether all runs gave identical records.

Every run happens in a fresh process of its own (started by this one, which only orchestrates and
compares): a dask client leaves threads behind in its process, after which a local pool there
could no longer fork its workers as ``unspin scan`` does, and would be measured spawned instead.

``--start-method`` picks how the local workers start (default: as ``unspin scan`` does, fork
where it can); ``--repeat N`` alternates the runs N times (local1, local2, ..., local1, local2)
and reports each run's median, so that a drift in the machine's load hits both sides alike.

    python bench/scan_speed.py [--docs 1000] [--words 500] [--skip-cluster] [--runs local1,local2,cluster]
                               [--start-method auto|fork|spawn] [--repeat 1]
"""
from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from pathlib import Path

SUBJECTS = ["The mayor", "Officials in the capital", "The health minister", "A spokesperson for the company",
            "The central bank", "Local police", "The school board", "Researchers at the university",
            "The energy regulator", "Union leaders", "The prime minister", "Residents of the district"]
VERBS = ["said", "announced", "warned", "confirmed", "reported", "argued", "told reporters"]
CLAUSES = ["that prices rose 4 percent last year", "that the climate summit would be a visit worth making",
           "that the new policy would take effect next month", "that the bridge will reopen after repairs",
           "that the budget gap had narrowed for the first time in a decade",
           "that more nurses are needed in rural hospitals", "that the investigation is still under way",
           "that the court would hear the case next year", "that exports fell sharply in the third quarter",
           "that the storm damaged hundreds of homes along the coast",
           "that the White House declined to comment on the report",
           "that the lawyers for the company plan to appeal the ruling"]
TAILS = ["", " on Tuesday", " in a statement", " during a press conference", " after the meeting",
         " according to people familiar with the matter", " in an interview"]
EXTRA = ["The figures were published in the annual report.", "Critics said the plan did not go far enough.",
         "Turnout was higher than expected.", "The decision was welcomed by business groups.",
         "Several of the projects have been delayed by rising costs.", "No one was injured in the incident.",
         "The committee will meet again in the spring.", "Officials did not give a timetable for the work."]
# Typical spinner swaps (the benchmark's own small list: it only has to make documents look spun).
SPIN = [("said", "mentioned"), ("percent", "p.c."), ("last year", "final 12 months"), ("Officials", "Officers"),
        ("climate", "local weather"), ("a visit", "a go to"), ("White House", "White Home"),
        ("lawyers", "legal professionals"), ("court", "courtroom"), ("next month", "subsequent month"),
        ("press conference", "press convention"), ("declined to comment", "declined to remark")]


def document(rng: random.Random, words: int, spun: bool) -> str:
    paras, para, n = [], [], 0
    while n < words:
        s = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(CLAUSES)}{rng.choice(TAILS)}."
        if rng.random() < 0.4:
            s += " " + rng.choice(EXTRA)
        if spun:
            for a, b in SPIN:
                if rng.random() < 0.7:
                    s = s.replace(a, b)
        para.append(s)
        n += len(s.split())
        if len(para) >= rng.randint(3, 5):
            paras.append(" ".join(para))
            para = []
    if para:
        paras.append(" ".join(para))
    return "\n\n".join(paras) + "\n"


def generate(folder: Path, n: int, words: int, seed: int = 11) -> None:
    rng = random.Random(seed)
    for i in range(n):
        (folder / f"doc{i:05d}.txt").write_text(document(rng, words, spun=i % 2 == 0), encoding="utf-8")


def vm_hwm_mb(pid: int | None = None) -> float:
    path = f"/proc/{pid or 'self'}/status"
    try:
        for line in open(path):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def cpu_seconds(pid: int) -> float:
    """user + system CPU time of a process so far (Linux /proc), NaN elsewhere."""
    try:
        fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("nan")


def _own_cpu() -> float:
    t = os.times()
    return t.user + t.system


def _comparable(rows):
    return sorted(({k: v for k, v in r.items() if k != "seconds"} for r in rows), key=lambda r: r["path"])


def run_local(folder: Path, spec, workers: int, start_method: str | None = None):
    from unspin.scan.command import Scan
    from unspin.scan.local import LocalPool
    pool = LocalPool(spec, workers, start_method=start_method)
    t0 = time.perf_counter()
    pool.warm_up()
    startup = time.perf_counter() - t0
    pids = [p.pid for p in (getattr(pool._pool, "_processes", None) or {}).values()]
    job = Scan([folder], pool)
    pool.close = lambda cancel=False: None      # keep the workers alive to read their peak memory
    cpu0 = [cpu_seconds(pid) for pid in pids]
    own0 = _own_cpu()
    t0 = time.perf_counter()
    rows = job.run()
    elapsed = time.perf_counter() - t0
    own = _own_cpu() - own0
    cpu = sum(cpu_seconds(pid) - c for pid, c in zip(pids, cpu0))
    peaks = [vm_hwm_mb(pid) for pid in pids]
    LocalPool.close(pool)
    return rows, startup, elapsed, peaks, {"workers_cpu": cpu, "parent_cpu": own, "method": pool.started_with}


def run_cluster(folder: Path, spec, workers: int):
    import distributed
    from unspin.scan.cluster import DaskRunner
    from unspin.scan.command import Scan
    t0 = time.perf_counter()
    with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                  dashboard_address=None, silence_logs=40) as cluster, \
            distributed.Client(cluster) as client:
        runner = DaskRunner(spec, client)
        runner.warm_up()
        startup = time.perf_counter() - t0
        t0 = time.perf_counter()
        own0 = _own_cpu()
        cpu0 = client.run(_own_cpu)
        rows = Scan([folder], runner).run()
        elapsed = time.perf_counter() - t0
        own = _own_cpu() - own0
        cpu = sum(v - cpu0.get(k, 0.0) for k, v in client.run(_own_cpu).items())
        peaks = list(client.run(vm_hwm_mb).values())
    return rows, startup, elapsed, peaks, {"workers_cpu": cpu, "parent_cpu": own, "method": "dask"}


def _child(conn, fn, args):
    try:
        conn.send(("ok", fn(*args)))
    except BaseException as exc:  # noqa: BLE001 - reported by the parent
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def isolated(fn, *args):
    """``fn(*args)`` in a fresh (spawned) process that is alone in its threads, as the command line
    is when it starts a scan; its result comes back through a pipe."""
    import multiprocessing
    ctx = multiprocessing.get_context("spawn")
    here, there = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(there, fn, args))
    proc.start()
    there.close()
    try:
        status, value = here.recv()
    except EOFError:
        status, value = "error", f"the run's process stopped (exit code {proc.join() or proc.exitcode})"
    proc.join()
    if status != "ok":
        raise RuntimeError(value)
    return value


def _median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2] if len(xs) % 2 else (xs[len(xs) // 2 - 1] + xs[len(xs) // 2]) / 2


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--words", type=int, default=500)
    ap.add_argument("--skip-cluster", action="store_true")
    ap.add_argument("--runs", default="local1,local2,cluster",
                    help="which runs, comma-separated (local1, local2, cluster); ratios need both sides")
    ap.add_argument("--start-method", choices=("auto", "fork", "spawn"), default="auto",
                    help="how the local workers start (auto: as unspin scan does)")
    ap.add_argument("--repeat", type=int, default=1, help="alternate the runs this many times; medians reported")
    args = ap.parse_args()
    from unspin.scan.worker import ScanSpec
    spec = ScanSpec.build()
    method = None if args.start_method == "auto" else args.start_method
    print(f"load average before: {_load()}; cores: {os.cpu_count()}")
    with tempfile.TemporaryDirectory(prefix="unspin-scan-speed-") as tmp:
        folder = Path(tmp)
        generate(folder, args.docs, args.words)
        total_words = sum(len(p.read_text().split()) for p in folder.glob("*.txt"))
        print(f"{args.docs} documents, {total_words} words ({total_words / args.docs:.0f} a document)")
        runs: dict[str, list] = {}
        cpu_doc: dict[str, list] = {}   # CPU seconds a document, every process of the run
        wanted = set(args.runs.split(",")) - ({"cluster"} if args.skip_cluster else set())
        plan = [("local1", "local, 1 worker", run_local, 1), ("local2", "local, 2 workers", run_local, 2),
                ("cluster", "dask LocalCluster, 2 workers", run_cluster, 2)]
        for _ in range(max(1, args.repeat)):
            for key, name, fn, n in (p for p in plan if p[0] in wanted):
                rows, startup, elapsed, peaks, cpu = (isolated(fn, folder, spec, n, method) if fn is run_local
                                                      else isolated(fn, folder, spec, n))
                runs.setdefault(name, []).append((rows, elapsed))
                cpu_doc.setdefault(name, []).append((cpu["workers_cpu"] + cpu["parent_cpu"]) / len(rows))
                errors = sum(1 for r in rows if r["error"])
                print(f"{name:<30} {len(rows) / elapsed:6.2f} docs/s  {total_words / elapsed:7.0f} words/s  "
                      f"{elapsed:6.1f} s (+{startup:.1f} s start-up, {cpu['method']})  peak RSS per worker: "
                      + ", ".join(f"{p:.0f} MB" for p in peaks) + (f"  errors: {errors}" if errors else "")
                      + f"  CPU: workers {1000 * cpu['workers_cpu'] / len(rows):.0f} ms/doc, "
                        f"parent {cpu['parent_cpu']:.2f} s  load {_load()}", flush=True)
    med = {name: _median([e for _, e in rs]) for name, rs in runs.items()}
    if args.repeat > 1:
        for name, e in med.items():
            print(f"median of {len(runs[name])}: {name:<30} {args.docs / e:6.2f} docs/s  {e:6.1f} s")
    one = med.get("local, 1 worker")
    two = med.get("local, 2 workers")
    if one and two:
        print(f"speed-up from the second worker: {one / two:.2f}x (target >= 1.7x)")
    if two and "dask LocalCluster, 2 workers" in med:
        c = med["dask LocalCluster, 2 workers"]
        print(f"LocalCluster time / local pool time (2 workers): {c / two:.2f}x (target <= 1.3x)")
        # On a loaded machine the wall-clock ratio also says which run got more of the cores (the
        # cluster has more processes to be scheduled); the CPU both need for the same documents
        # (workers, and this process: the client, for a LocalCluster also its scheduler and nannies)
        # depends much less on the load.
        cc, lc = _median(cpu_doc["dask LocalCluster, 2 workers"]), _median(cpu_doc["local, 2 workers"])
        print(f"CPU a document, all processes: LocalCluster {1000 * cc:.0f} ms, local pool {1000 * lc:.0f} ms: "
              f"{cc / lc:.2f}x")
    all_rows = [r for rs in runs.values() for r, _ in rs]
    base = _comparable(all_rows[0])
    same = all(_comparable(r) == base for r in all_rows)
    print(f"identical records in every run: {same}")
    print(f"load average after: {_load()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
