"""Screening a corpus: rank many documents by how spun they look (``unspin scan``).

Detection only: nothing is rewritten. No Qt here; the window's scan table drives the same code.

- :mod:`walk`     which files a scan covers
- :mod:`score`    the document-level scan score and the tortured-phrase verdict
- :mod:`record`   one document's result (a plain dict, the JSONL line)
- :mod:`worker`   the per-process engine and the batch function the pools run
- :mod:`local`    the local process pool
- :mod:`cluster`  the same job on a dask.distributed cluster (optional extra ``unspin[cluster]``)
- :mod:`results`  the append-only JSONL journal, resume, ranking, CSV and HTML
- :mod:`progress` the progress bar on stderr
- :mod:`command`  the ``unspin scan`` command
"""
