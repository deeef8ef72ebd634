"""`unspin scan` over a folder of bad inputs: every file gets its row, the scan reaches the end.

The folder holds a readable spun document and: an unreadable (damaged) .docx, .odt and .pdf, an
empty file, a blank one, binary data named .txt, a 30 MiB (sparse) text file, a 2 MiB one-line
text, invalid UTF-8, a folder named like a document (walked into: not a file), a dangling symbolic link, and a
permission-denied file. Run as root (where permissions do not stop reading), the permission error
is simulated where the reader opens that file, so the scan runs in this process (workers=0); as
another user the file really is chmod 000 and the local pool is used.

    python bench/scan_bad_inputs.py
"""
from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

SPUN = ("The officers mentioned on Tuesday that the local weather summit would be a go to for world leaders. "
        "Prices rose 5 p.c. final 12 months, the report mentioned.\n")


def build(folder: Path) -> Path:
    (folder / "good.txt").write_text(SPUN, encoding="utf-8")
    (folder / "damaged.docx").write_bytes(b"PK\x03\x04" + os.urandom(400))
    (folder / "damaged.odt").write_bytes(b"not a zip at all")
    (folder / "damaged.pdf").write_bytes(b"%PDF-1.7\n" + os.urandom(300))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.md").write_text("  \n\n\t\n")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 64)
    with open(folder / "huge.txt", "wb") as fh:
        fh.truncate(30 * 1024 * 1024)
    (folder / "one-long-line.txt").write_text(("word " * 400_000).strip())
    (folder / "latin1.txt").write_bytes("Caf\xe9 officers mentioned the r\xe9sum\xe9.\n".encode("latin-1"))
    (folder / "invalid-utf8.md").write_bytes(b"# Title\n\nSome \xff\xfe\xfa bytes that are not UTF-8 \xc3\x28.\n")
    (folder / "folder.txt").mkdir()
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    locked = folder / "locked.txt"
    locked.write_text(SPUN)
    return locked


def main() -> int:
    from unspin.scan.command import Scan
    from unspin.scan.local import LocalPool
    from unspin.scan.worker import ScanSpec
    root = os.geteuid() == 0
    with tempfile.TemporaryDirectory(prefix="unspin-scan-bad-") as tmp:
        folder = Path(tmp)
        locked = build(folder)
        if root:
            real = os.open

            def open_(name, *args, **kwargs):     # os.open refusing that file, as for a normal user
                if os.fspath(name) == str(locked.absolute()):
                    raise PermissionError(13, "Permission denied", os.fspath(name))
                return real(name, *args, **kwargs)
            os.open = open_
            workers = 0
        else:
            locked.chmod(0)
            workers = None
        t0 = time.perf_counter()
        job = Scan([folder], LocalPool(ScanSpec.build(), workers))
        rows = job.run()
        elapsed = time.perf_counter() - t0
        print(f"{len(rows)} rows for {job.total} files in {elapsed:.1f} s "
              f"({'permission error simulated: running as root' if root else 'real chmod 000'})")
        for r in rows:
            name = Path(r["path"]).name
            print(f"  {name:<20} " + (f"ERROR {r['error'].replace(tmp, '…')}" if r["error"]
                                       else f"score {r['score']:.3f} {r['level']}, {r['words']} words"))
        ok = len(rows) == job.total and not job.interrupted
        print("scanned to the end with every file on its row:", ok)
        return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
