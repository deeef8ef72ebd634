"""The bundled word vectors (resources/vectors/, tools/build_word_vectors.py)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from unspin.engine.word_vectors import WordVectors, word_vectors

ROOT = Path(__file__).resolve().parents[2]


def _build_tool():
    spec = importlib.util.spec_from_file_location("build_word_vectors", ROOT / "tools" / "build_word_vectors.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_bundled_table_loads_once_and_is_lowercase_words():
    table = word_vectors()
    assert table is word_vectors()
    assert len(table) > 100_000
    assert "money" in table and "Money" in table
    assert "the" in table and "," not in table


@pytest.mark.parametrize("word, near, far", [
    ("cash", "money", "volcano"),
    ("officers", "officials", "pancake"),
    ("attacks", "assaults", "violin"),
    ("legislation", "law", "banana"),
])
def test_a_swap_sits_closer_than_an_unrelated_word(word, near, far):
    table = word_vectors()
    assert table.similarity(word, near) > 0.6 > table.similarity(word, far)


def test_similarity_is_symmetric_and_unknown_words_have_none():
    table = word_vectors()
    assert table.similarity("cash", "money") == pytest.approx(table.similarity("money", "cash"))
    assert table.similarity("cash", "qzxvwkjh") is None
    assert table.similarity("cash", "cash") == pytest.approx(1.0, abs=1e-5)


def test_ranked_orders_candidates_and_skips_the_unknown():
    ranked = word_vectors().ranked("mystery", ["output", "hidden", "qzxvwkjh"])
    assert [w for w, _ in ranked] == ["hidden", "output"]
    assert word_vectors().ranked("qzxvwkjh", ["hidden"]) == []


def test_words_and_vectors_must_match_in_length():
    with pytest.raises(ValueError):
        WordVectors(np.zeros((3, 4), dtype=np.int8), ["a", "b"])


def test_quantised_vectors_keep_cosine_within_a_hundredth():
    rng = np.random.default_rng(7)
    floats = rng.normal(size=(200, 50)).astype(np.float32)
    table = WordVectors(_build_tool().quantise(floats), [f"w{i}" for i in range(200)])
    unit = floats / np.linalg.norm(floats, axis=1, keepdims=True)
    for i, j in [(0, 1), (5, 9), (17, 150), (42, 43)]:
        assert table.similarity(f"w{i}", f"w{j}") == pytest.approx(float(unit[i] @ unit[j]), abs=0.01)


def test_build_tool_keeps_only_plain_lowercase_words(tmp_path, monkeypatch):
    tool = _build_tool()
    words = ["the", ",", "money", "U.S.", "well-known", "don't", "cash"]
    data = tmp_path / "data"
    data.mkdir()
    np.save(data / "glove_6B_50d_emb.npy", np.eye(len(words), 50, dtype=np.float32) + 0.01)
    monkeypatch.setattr(tool, "read_vocabulary", lambda _: words)
    out = tmp_path / "out"
    assert tool.main(["--data", str(data), "--out", str(out)]) == 0
    table = WordVectors.load(out)
    assert (out / "glove50.words.txt").read_text().split() == ["the", "money", "well-known", "don't", "cash"]
    assert table.similarity("money", "money") == pytest.approx(1.0, abs=1e-5)
    assert "U.S." not in table


def test_within_asks_whether_a_word_is_among_the_nearest(monkeypatch):
    import unspin.engine.word_vectors as module
    monkeypatch.setattr(module, "WITHIN_BLOCK", 2)   # several blocks: the count runs across them
    table = WordVectors(np.array([[10, 0], [9, 2], [7, 7], [0, 10], [9, 1]], dtype=np.int8), ["a", "b", "c", "d", "e"])
    # nearest to "a": e, b, c, d
    assert table.within("a", "e", 1) and not table.within("a", "b", 1)
    assert table.within("a", "b", 2) and table.within("a", "c", 3) and not table.within("a", "d", 3)
    assert table.within("a", "a", 1) and not table.within("a", "zz", 10)
