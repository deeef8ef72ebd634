"""Errors about input and output files, each with a message fit to show a user."""


class InputError(Exception):
    """A file that cannot be opened as a document; str(exc) is a one-line message for the user."""


class OutputError(Exception):
    """A document that cannot be written; the text in memory is untouched."""


class EncodingError(OutputError):
    """The text has characters the file's encoding cannot hold; nothing was written. The caller
    asks (window) or refuses (CLI); the encoding is never changed silently."""

    def __init__(self, message: str, encoding: str = "", characters: str = ""):
        super().__init__(message)
        self.encoding = encoding
        self.characters = characters
