"""Packaged lexicons: ``<name>.tsv`` files read by :mod:`kg.lexicons`."""
