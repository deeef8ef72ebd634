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
    assert [len(b) for b in batches(paths, max_files=2)] == [2, 2, 1]
    assert [len(b) for b in batches(paths, max_files=10, max_bytes=500)] == [2, 1, 2]   # the big file goes alone
