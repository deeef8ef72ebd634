"""Errors about input and output files, each with a message fit to show a user."""


class InputError(Exception):
    """A file that cannot be opened as a document; str(exc) is a one-line message for the user."""


class OutputError(Exception):
    """A document that cannot be written; the text in memory is untouched."""
