"""What Unspin keeps on disk besides the documents themselves (Qt-free; the window drives it).

Everything lives under :func:`unspin.store.settings.config_dir` and is written atomically:

- :mod:`unspin.store.settings`: the user's settings (``settings.json``) and lexicon folder;
- :mod:`unspin.store.autosave`: crash autosaves (``autosave/``), one JSON file per document, built
  by one writer (:func:`unspin.store.autosave.autosave_bytes`) whether written at once or in a thread;
- :mod:`unspin.store.remembered`: the decisions remembered on a clean close (``sessions/``);
- :mod:`unspin.store.watch`: has a document's file changed on disk since it was read?

The layers: ``store`` uses ``formats`` (atomic writes, fingerprints) and ``core``; nothing below
it imports it. For convenience the autosave and remembered-decision functions are re-exported
here, so callers write ``from unspin import store; store.read_autosave(path)``.
"""
from unspin.store.autosave import (  # noqa: F401
    VERSION, autosave_bytes, autosave_dir, autosave_key, autosave_matches, autosave_path, autosave_payload,
    clear_autosave, fingerprint_dict, in_use_elsewhere, list_autosaves, read_autosave, set_aside,
    write_autosave)
from unspin.store.remembered import (  # noqa: F401
    REMEMBERED_VERSION, load_remembered, remembered_path, save_remembered, suggestions_signature, text_hash)
