"""PDF: the text layer is read and analysed; the PDF itself is never rewritten.

Text comes from pypdf's extraction, page by page. Lines wrapped by the layout are joined back
into paragraphs (a line that ends a sentence well short of the page's usual line length ends a
paragraph; so does a blank line and a page break), paragraphs are separated by a blank line. The
repaired text can be saved as .txt, .md, .docx or .odt; saving as .pdf is refused. A PDF without a
text layer (a scan) and an encrypted PDF are refused with a clear message.
"""
from __future__ import annotations

import io
import logging
import re
import warnings
from pathlib import Path

from unspin.formats.errors import InputError
from unspin.formats.package import MAX_PACKAGE_BYTES, read_file_bytes
from unspin.formats.registry import Format, Source, register

MAX_PAGES = 5000
IDLE_CONTENT_BYTES = 16 * 1024 * 1024   # pages' drawing instructions beyond what their text accounts for
CONTENT_PER_CHARACTER = 64
NOTE = "The PDF itself is not rewritten: save the repaired text as .txt, .md, .docx or .odt."
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")
_ENDS_SENTENCE = re.compile(r"[.!?:;\"”’)\]]$")


def _reflow(page_text: str) -> list[str]:
    lines = [ln.strip() for ln in _CONTROL.sub(" ", page_text).replace("\r", "\n").split("\n")]
    widths = sorted(len(ln) for ln in lines if ln)
    if not widths:
        return []
    typical = widths[int(len(widths) * 0.8)] if len(widths) > 2 else widths[-1]
    paragraphs: list[str] = []
    current = ""
    prev = ""
    for ln in lines:
        if not ln:
            if current:
                paragraphs.append(current)
            current = prev = ""
            continue
        if current and _ENDS_SENTENCE.search(prev) and len(prev) < 0.8 * typical:
            paragraphs.append(current)
            current = ""
        if not current:
            current = ln
        elif current.endswith("-") and current[-2:-1].isalpha() and ln[:1].islower():
            current += ln          # a word broken at the line end: keep the hyphen, drop the gap
        else:
            current += " " + ln
        prev = ln
    if current:
        paragraphs.append(current)
    return [re.sub(r"[ \t]{2,}", " ", p) for p in paragraphs]


def _page_texts(pdf, path: Path) -> list[str]:
    """Each page's text, with the work bounded across pages: pypdf bounds one page, but all the pages
    may draw one content stream (4,000 pages of one 200 KB stream took a quarter of an hour before the
    text limit refused the result; 300 pages of 950,000 empty operators, 25 minutes, for no text).
    Reading stops when the text passes the documents' limit, or when the pages' content (parsed at
    about 1 MB a second) passes IDLE_CONTENT_BYTES more than CONTENT_PER_CHARACTER bytes a character
    of the text it gave (a page of text draws a few bytes a character; vector figures draw more)."""
    from unspin.formats.registry import MAX_BYTES
    pages, chars, content = [], 0, 0
    for number, page in enumerate(pdf.pages, 1):
        drawn = page.get_contents()
        content += len(drawn.get_data()) if drawn is not None else 0
        if content > IDLE_CONTENT_BYTES + CONTENT_PER_CHARACTER * chars:
            raise InputError(f"{path} draws {content / 1048576:.0f} MiB of page content for {chars:,} characters of "
                             f"text by page {number} of {len(pdf.pages)}; the limit is {IDLE_CONTENT_BYTES // 1048576} "
                             f"MiB more than {CONTENT_PER_CHARACTER} bytes a character, so that a PDF of drawings "
                             f"cannot stall the reader; a PDF made mostly of figures can be saved as text by another "
                             f"program first")
        pages.append(page.extract_text() or "")
        chars += len(pages[-1])
        if chars > MAX_BYTES:
            raise InputError(f"{path} holds over {MAX_BYTES // 1048576} million characters of text by page {number} "
                             f"of {len(pdf.pages)}; the limit is {MAX_BYTES // 1048576} MiB of text")
    return pages


def read_pdf(path: Path) -> Source:
    data = read_file_bytes(path, MAX_PACKAGE_BYTES, "PDF files")
    if b"%PDF-" not in data[:1024]:
        raise InputError(f"{path} is not a PDF file (it has no PDF header)")
    try:
        from pypdf import PdfReader
        from pypdf.errors import PyPdfError
    except ImportError:
        raise InputError("opening PDF files needs the pypdf package (reinstall Unspin: pip install unspin)") from None
    log = logging.getLogger("pypdf")
    level = log.level
    log.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                pdf = PdfReader(io.BytesIO(data), strict=False)
                if pdf.is_encrypted:
                    try:
                        opened = pdf.decrypt("")
                    except Exception:
                        opened = 0
                    if not opened:
                        raise InputError(f"{path} is password-protected (encrypted); Unspin cannot read it")
                if len(pdf.pages) > MAX_PAGES:
                    raise InputError(f"{path} has {len(pdf.pages)} pages; the limit is {MAX_PAGES}")
                pages = _page_texts(pdf, path)
            except InputError:
                raise
            except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
                    AssertionError, OSError, ZeroDivisionError, RecursionError) as exc:
                detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                raise InputError(f"{path} is not a readable PDF ({detail})") from None
    finally:
        log.setLevel(level)
    paragraphs = [p for page in pages for p in _reflow(page)]
    text = "\n\n".join(paragraphs)
    if not re.search(r"\w\w", text):
        raise InputError(f"{path} has no text layer (it looks like a scan); Unspin reads only PDFs that "
                         "contain text, so run it through OCR first")
    return Source(path, text, "pdf", None, notes=[NOTE])


# Read only: the repair is saved as text or a word-processing document, never as a PDF.
register(Format("pdf", "PDF", (".pdf",), read_pdf))
