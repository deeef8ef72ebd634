"""The local process pool and a dask LocalCluster give the records the in-process scan gives."""
from __future__ import annotations

import sys
import threading

import pytest

from scan_fixtures import make_corpus
from unspin.scan.command import Scan
from unspin.scan.local import LocalPool

VOLATILE = ("seconds",)


def _comparable(rows):
    return sorted(({k: v for k, v in r.items() if k not in VOLATILE} for r in rows), key=lambda r: r["path"])


@pytest.fixture
def local_cluster(monkeypatch):
    """A dask cluster inside this process (in-process transport, no sockets). dask asks the
    network for this machine's address (a UDP 'connect' to a public address, which the tests'
    network guard refuses); in process, the loopback address does."""
    distributed = pytest.importorskip("distributed")
    monkeypatch.setattr("distributed.comm.inproc.get_ip", lambda *a, **k: "127.0.0.1")

    def start(n):
        cluster = distributed.LocalCluster(n_workers=n, threads_per_worker=1, processes=False, dashboard_address=None)
        return cluster, distributed.Client(cluster)
    made = []
    yield lambda n: made.append(start(n)) or made[-1][1]
    for cluster, client in made:
        client.close()
        cluster.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    make_corpus(folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "broken.odt").write_bytes(b"PK\x03\x04 nope")
    return folder


@pytest.fixture(scope="module")
def expected(corpus, scan_spec):
    return _comparable(Scan([corpus], LocalPool(scan_spec, workers=0)).run())


@pytest.mark.parametrize("start_method", ["fork", "spawn"])
def test_process_pool_matches_in_process(corpus, scan_spec, expected, start_method):
    if start_method == "fork" and not sys.platform.startswith("linux"):
        pytest.skip("workers are forked on Linux only")
    pool = LocalPool(scan_spec, workers=2, start_method=start_method)
    rows = Scan([corpus], pool).run()
    assert pool.started_with == start_method
    assert _comparable(rows) == expected
    assert sum(1 for r in rows if r["error"]) == 2


def test_workers_are_forked_only_from_the_main_thread_alone(monkeypatch):
    from unspin.scan.local import can_fork
    qt = sys.modules.get("PySide6.QtCore")
    if qt is not None and qt.QCoreApplication.instance() is not None:
        # A window test ran earlier in this process: pytest-qt keeps its application for the whole
        # session (no thread of its own lingers), and a process holding one never forks. The checks
        # below then run as in a process without it, whatever order the modules ran in.
        assert can_fork() is False
        monkeypatch.delitem(sys.modules, "PySide6.QtCore")
    alone = can_fork()
    assert alone == (sys.platform.startswith("linux") and threading.active_count() == 1)
    seen = []
    t = threading.Thread(target=lambda: seen.append(can_fork()))   # the window scans from a thread
    t.start()
    t.join()
    assert seen == [False]
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)          # another thread running beside the caller
    other.start()
    try:
        assert can_fork() is False
    finally:
        stop.set()
        other.join()
    with pytest.raises(ValueError):
        LocalPool(None, 1, start_method="forkserver")


def test_a_scan_worker_analyses_single_process(tmp_path, scan_spec, monkeypatch):
    """The engine's own process pool (for big texts) must stay off inside a scan worker: the scan's
    pool already has one worker per core. Made to trigger on a small text here."""
    from unspin.engine import analyzer
    from unspin.scan import worker
    monkeypatch.setattr(analyzer, "PARALLEL_MIN_WORDS", 1)
    monkeypatch.setattr(analyzer, "_can_fork", lambda: True)
    monkeypatch.setenv("UNSPIN_PROCESSES", "2")
    started = []
    monkeypatch.setattr(analyzer.Engine, "_worker_pool", lambda self, n: started.append(n))
    doc = tmp_path / "doc.txt"
    doc.write_text("The officers mentioned that prices rose 5 p.c. final 12 months.\n" * 20)
    rec = worker.scan_one(scan_spec, str(doc))
    assert rec["error"] is None and rec["suggestions"] > 0
    assert started == [] and worker.engine_for(scan_spec).processes == 1


def test_warm_worker_has_the_language_model_loaded_and_no_loader_thread(scan_spec):
    from unspin.engine import langmodel
    from unspin.scan import worker
    worker.warm(scan_spec)
    assert langmodel.is_loaded()
    assert not any(t.name == "unspin-langmodel" and t.is_alive() for t in threading.enumerate())


@pytest.mark.parametrize("send_files", [False, True], ids=["shared-paths", "bytes-sent"])
def test_dask_local_cluster_matches_local(corpus, scan_spec, expected, send_files, local_cluster):
    from unspin.scan.cluster import DaskRunner
    runner = DaskRunner(scan_spec, local_cluster(2), send_files=send_files)
    rows = Scan([corpus], runner).run()
    assert runner.send_files is send_files
    assert _comparable(rows) == expected


def test_dask_decides_sharing_by_what_workers_see(corpus, scan_spec, tmp_path, local_cluster, monkeypatch):
    from unspin.scan.cluster import DaskRunner
    runner = DaskRunner(scan_spec, local_cluster(1))
    assert runner.decide_sharing([corpus / "spun.txt"]) is False   # same machine: workers read
    runner.send_files = None
    assert runner.decide_sharing([tmp_path / "nowhere.txt"]) is False   # nothing to probe
    runner.send_files = None
    # A worker on another machine does not see the file (or sees another one of that name).
    monkeypatch.setattr("unspin.scan.cluster._sees", lambda probe: False)
    assert runner.decide_sharing([corpus / "spun.txt"]) is True


def test_missing_dask_gives_the_install_hint(monkeypatch, scan_spec):
    import builtins
    real = builtins.__import__

    def no_dask(name, *a, **kw):
        if name == "distributed" or name.startswith("distributed."):
            raise ImportError(name)
        return real(name, *a, **kw)
    monkeypatch.setattr(builtins, "__import__", no_dask)
    from unspin.scan.cluster import ClusterUnavailable, DaskRunner
    with pytest.raises(ClusterUnavailable, match=r"unspin\[cluster\]"):
        DaskRunner(scan_spec, "tcp://127.0.0.1:8786")


def test_workers_with_another_unspin_are_refused_plainly(scan_spec, local_cluster, monkeypatch, corpus):
    from unspin.scan.cluster import ClusterUnavailable, DaskRunner
    runner = DaskRunner(scan_spec, local_cluster(1))
    runner.check_workers()        # same process, same version
    monkeypatch.setattr("unspin.scan.cluster._import_check", lambda: "0.0.1")
    with pytest.raises(ClusterUnavailable, match=r"different Unspin.*0\.0\.1"):
        list(runner.results([[corpus / "spun.txt"]]))


def test_dask_scan_pauses_the_workers_profiler_and_restarts_it(corpus, scan_spec, expected, local_cluster):
    """dask samples every worker thread's stack every 10 ms for its dashboard; a scan pauses that on
    the workers it uses and restarts it when it ends, also when two scans overlap."""
    from unspin.scan.cluster import PROFILER_CALLBACKS, DaskRunner
    client = local_cluster(2)

    def profiling():
        def running(dask_worker=None):
            return all(dask_worker.periodic_callbacks[n].is_running() for n in PROFILER_CALLBACKS)
        return set(client.run(running).values())

    assert profiling() == {True}
    first, second = DaskRunner(scan_spec, client), DaskRunner(scan_spec, client)
    first.warm_up()
    assert profiling() == {False}
    second.prepare_workers()
    first.prepare_workers()           # again: still one hold per runner
    rows = Scan([corpus], first).run()  # closes the first runner
    assert _comparable(rows) == expected
    assert profiling() == {False}     # the second scan still holds the workers
    second.close()
    assert profiling() == {True}
    second.close()                    # closing twice releases nothing twice
    assert profiling() == {True}


def test_a_worker_uses_the_thesauri_the_caller_read_even_where_their_files_are_not(tmp_path):
    """A dask worker on another machine does not see the caller's --thesaurus files: the synonym
    groups travel in the spec, as the lexicon entries do (was: the worker's engine looked for the
    files, found none, and scanned without them, saying nothing)."""
    from unspin.engine import EngineSettings
    from unspin.scan import worker
    text = ("The senators said the ultimate vote on the invoice would come next week. The ultimate passage of the "
            "invoice needs a majority. Leaders said the invoice had support, and the ultimate tally was close.\n")
    doc = tmp_path / "doc.txt"
    doc.write_text(text, encoding="utf-8")
    thesaurus = tmp_path / "spinner.txt"
    thesaurus.write_text("bill|invoice|measure\nfinal|ultimate|last\n", encoding="utf-8")
    spec = worker.ScanSpec.build(EngineSettings(thesauri=[thesaurus], neural=False))
    assert spec.synonyms
    thesaurus.unlink()          # as on a worker that cannot see the caller's disk
    assert worker.scan_one(spec, str(doc))["error"] is None
    engine = worker.engine_for(spec)
    rules = [s.rule for s in engine.analyse(text).suggestions]
    assert any("thesaurus:" in r for r in rules), rules
    # an edited thesaurus is another set-up: the worker does not keep the engine of the old one
    thesaurus.write_text("bill|invoice\n", encoding="utf-8")
    assert worker.ScanSpec.build(EngineSettings(thesauri=[thesaurus], neural=False)).token != spec.token
