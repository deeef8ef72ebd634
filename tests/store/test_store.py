"""The store: autosaves (one writer), remembered decisions, change detection, and its place in the layers."""
from __future__ import annotations

import ast
import json
import os
from pathlib import Path

from unspin.core.model import Document, Suggestion
from unspin.formats.registry import load_document
from unspin.store import autosave, jsonfile, remembered, watch

PACKAGE = Path(__file__).resolve().parents[2] / "app" / "unspin"


# -- change detection -----------------------------------------------------------------------------------
def test_changed_on_disk(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_bytes(b"Some text.\n")
    src = load_document(path)
    assert not watch.changed_on_disk(src)
    os.utime(path, ns=(1, 1))                       # touched, same content
    assert not watch.changed_on_disk(src)
    path.write_bytes(b"Some text!\n")               # same size, other content
    os.utime(path, ns=(2, 2))
    assert watch.changed_on_disk(src)
    watch.refresh(src)
    assert not watch.changed_on_disk(src)
    path.unlink()
    assert watch.changed_on_disk(src)


# -- autosave -----------------------------------------------------------------------------------------
def test_autosave_round_trip(tmp_path, monkeypatch):
    monkeypatch.setenv("UNSPIN_CONFIG_DIR", str(tmp_path / "config"))
    doc_path = tmp_path / "thesis.txt"
    doc_path.write_text("A go to here.\n", encoding="utf-8")
    assert autosave.read_autosave(doc_path) is None
    doc = Document("A go to here.\n", [Suggestion(2, 7, "go to", "visit")])
    doc.accept(0)
    saved = autosave.write_autosave(doc_path, doc.repaired_text(), doc.decisions(), {"cursor": 4})
    assert saved == autosave.autosave_path(doc_path)
    assert saved.parent == tmp_path / "config" / "autosave" and "thesis.txt" in saved.name
    data = autosave.read_autosave(doc_path)
    assert data["text"] == "A visit here.\n" and data["extra"] == {"cursor": 4}
    assert data["doc_fingerprint"]["size"] == doc_path.stat().st_size
    fresh = Document("A go to here.\n", [Suggestion(2, 7, "go to", "visit")])
    assert fresh.restore_decisions(data["decisions"]) == 1 and fresh.repaired_text() == "A visit here.\n"
    assert [d["doc_path"] for d in autosave.list_autosaves()] == [str(doc_path)]
    autosave.autosave_path(tmp_path / "other.txt").write_text("{broken", encoding="utf-8")
    assert autosave.read_autosave(tmp_path / "other.txt") is None
    autosave.clear_autosave(doc_path)
    assert autosave.read_autosave(doc_path) is None
    autosave.clear_autosave(doc_path)  # clearing twice is fine


def test_autosave_paths_differ_per_document(tmp_path, monkeypatch):
    monkeypatch.setenv("UNSPIN_CONFIG_DIR", str(tmp_path / "config"))
    assert autosave.autosave_path(tmp_path / "a" / "x.txt") != autosave.autosave_path(tmp_path / "b" / "x.txt")



def test_autosave_bytes_are_plain_json_whatever_the_size(tmp_path, monkeypatch):
    monkeypatch.setenv("UNSPIN_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setattr(jsonfile, "LIST_PIECE", 3)
    monkeypatch.setattr(jsonfile, "TEXT_PIECE", 7)
    text = 'A "quoted" text\\ with \u00e9, \u2028 and \U0001F600 emoji, long enough to be cut in pieces.'
    decisions = [{"start": k, "end": k + 1, "original": "x", "replacement": "y\n", "status": "accepted",
                  "edited_text": None} for k in range(10)]
    extra = {"spans": [[k, k + 1] for k in range(8)], "dropped": [], "signature": "s", "sample": False}
    payload = autosave.autosave_payload(tmp_path / "d.txt", text, decisions, extra, {"size": 1, "sha256": "x"})
    pauses = []
    data = autosave.autosave_bytes(payload, pause=lambda: pauses.append(1))
    assert data == json.dumps(payload, ensure_ascii=False).encode("utf-8")
    assert len(pauses) > 10                 # encoded a piece at a time
    assert json.loads(data) == payload


def test_a_lone_surrogate_is_escaped_not_an_error(tmp_path, monkeypatch):
    monkeypatch.setenv("UNSPIN_CONFIG_DIR", str(tmp_path / "config"))
    saved = autosave.write_autosave(tmp_path / "d.txt", "bad \ud800 half", [], doc_fingerprint={"size": 0})
    assert json.loads(saved.read_text(encoding="utf-8"))["text"] == "bad \ud800 half"


def test_remembered_decisions_round_trip(tmp_path, monkeypatch):
    monkeypatch.setenv("UNSPIN_CONFIG_DIR", str(tmp_path / "config"))
    doc_path = tmp_path / "a.txt"
    text = "A go to here.\n"
    decisions = [{"start": 2, "end": 7, "original": "go to", "replacement": "visit", "status": "accepted",
                  "edited_text": None}]
    saved = remembered.save_remembered(doc_path, text, decisions)
    assert saved.parent == tmp_path / "config" / "sessions"
    assert remembered.load_remembered(doc_path, text)["decisions"] == decisions
    moved = remembered.load_remembered(doc_path, "New: " + text)
    assert moved["relocated"] and moved["decisions"][0]["start"] == 7


def _imports(path: Path) -> set[str]:
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.add(node.module)
            out.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return out


def test_layers_do_not_import_upwards():
    """core <- engine, formats <- store <- gui <- cli: nothing imports a layer above it."""
    above = {"core": ("unspin.engine", "unspin.formats", "unspin.store", "unspin.gui", "unspin.cli"),
             "engine": ("unspin.formats", "unspin.store", "unspin.gui", "unspin.cli"),
             "formats": ("unspin.engine", "unspin.store", "unspin.gui", "unspin.cli", "unspin.settings"),
             "store": ("unspin.engine", "unspin.gui", "unspin.cli", "PySide6")}
    wrong = []
    for package, forbidden in above.items():
        for path in sorted((PACKAGE / package).glob("*.py")):
            for name in _imports(path):
                if name.startswith(forbidden):
                    wrong.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert wrong == []
