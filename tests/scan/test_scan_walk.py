from pathlib import Path

from scan_fixtures import make_corpus
from unspin.scan.walk import batches, walk


def test_walk_finds_readable_formats_skips_hidden_and_keeps_named_files(tmp_path):
    files = make_corpus(tmp_path / "c")
    odd = tmp_path / "named.json"
    odd.write_text("{}")
    found = list(walk([tmp_path / "c", odd, tmp_path / "c" / "spun.txt", tmp_path / "missing"]))
    assert found == [files["spun"].absolute(), files["clean"].absolute(), files["tortured"].absolute(),
                     odd.absolute(), (tmp_path / "missing").absolute()]


def test_batches_close_on_count_and_size(tmp_path):
    paths = []
    for i in range(5):
        p = tmp_path / f"{i}.txt"
        p.write_bytes(b"x" * (100 if i != 2 else 1000))
        paths.append(p)
    # An iterator (length unknown): every batch as large as the limits allow.
    assert [len(b) for b in batches(iter(paths), max_files=2)] == [2, 2, 1]
    assert [len(b) for b in batches(iter(paths), max_files=10, max_bytes=500)] == [2, 1, 2]   # the big file goes alone


def test_batches_shrink_towards_the_end_so_workers_finish_together(tmp_path):
    paths = [tmp_path / f"{i}.txt" for i in range(200)]     # sizes unknown (missing): count only
    sizes = [len(b) for b in batches(paths, workers=2)]
    assert [p for b in batches(paths, workers=2) for p in b] == paths    # each once, in order
    assert sizes[0] == 16 and sizes[-1] == 1
    assert sizes == sorted(sizes, reverse=True)
    # what is left after each batch: a batch is never more than about an eighth of it (4 per worker)
    left = 200
    for n in sizes:
        assert n <= max(1, -(-left // 8))
        left -= n
    one = [len(b) for b in batches(paths, workers=1)]
    assert one[0] == 16 and len(one) < len(sizes)            # one worker: fewer, larger batches
    assert [len(b) for b in batches(paths[:3], workers=4)] == [1, 1, 1]
