"""Markdown links (issue 13, defect 10): link text is prose and is repaired like any other words;
the address, the title, reference definitions and images are never touched. The README says so."""
from __future__ import annotations

from pathlib import Path

from unspin.formats.registry import analyse_source, load_document, save_document

MD = ('Officials discussed [the local weather talks](https://example.com/local-weather "local weather") '
      "on Monday.\n\n"
      "See [local weather][notes] and ![local weather chart](img/local-weather.png) for more.\n\n"
      '[notes]: https://example.org/local_weather "local weather notes"\n')


def test_link_text_is_repaired_and_addresses_are_not(engine, tmp_path):
    path = tmp_path / "doc.md"
    path.write_text(MD, encoding="utf-8")
    source = load_document(path)
    doc = analyse_source(engine, source).to_document()
    starts = [s.start for s in doc]
    link_text = MD.index("the local weather talks") + len("the ")
    ref_text = MD.index("[local weather][notes]") + 1
    assert link_text in starts and ref_text in starts, [(s.start, s.original) for s in doc]
    doc.accept_all(0.0)
    out = tmp_path / "out.md"
    save_document(source, doc, out)
    result = out.read_text(encoding="utf-8")
    assert '[the climate talks](https://example.com/local-weather "local weather")' in result
    assert "[climate][notes]" in result
    assert "![local weather chart](img/local-weather.png)" in result
    assert '[notes]: https://example.org/local_weather "local weather notes"' in result


def test_readme_says_what_the_markdown_reader_does():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert "links and markup are never touched" not in readme
    assert "link text is prose" in readme
