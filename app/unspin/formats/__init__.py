"""Reading and writing documents. Imports no Qt.

The API the window and the command line use:

    from unspin.formats.registry import load_document, analyse_source, save_document, check_can_save
    source = load_document(path)              # Source; InputError with a one-line message if refused
    source.notes                               # tell the user (e.g. "the PDF itself is not rewritten")
    analysis = analyse_source(engine, source)  # engine.analyse minus suggestions on protected text
    doc = analysis.to_document()
    check_can_save(source, target)             # OutputError early, e.g. for .pdf
    save_document(source, doc, target, backup=(target == source.path))   # atomic; keeps target~

    unspin.formats.report.write_report(doc, "changes.html" | "changes.csv", title=...)

    registry.open_types() / save_types()       # (label, patterns) for file dialogs
    registry.save_as_name(source, folder)      # the name Save As proposes
    registry.with_suffix_of(path, fmt)         # a bare name gets the chosen format's suffix
    registry.rebuilt_in_place(source, target)  # saving patches the original package (docx, odt)

Each format module registers one :class:`unspin.formats.registry.Format` record: .txt (any
encoding, BOM and line endings kept), .md/.markdown (syntax protected), .docx and .odt (edited in
place: only the changed words differ), .pdf (read only). Settings, autosaves and file watching
are in :mod:`unspin.store`, above this package.
"""
