"""Unspin's bundled data (lexicons, icons, samples), installed as the package ``unspin.resources``.

This file makes it a regular package, so ``importlib.resources.files("unspin.resources")`` is a
plain folder path in an installed wheel (a namespace package would give a MultiplexedPath).
"""
