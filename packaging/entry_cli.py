"""Entry point of the bundled ``unspin`` command (PyInstaller runs this file, not a console script)."""
from unspin.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
