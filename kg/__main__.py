"""``python -m kg`` runs the command line, like the ``kg`` command.

Example: python -m kg build seeds --out output
"""

from kg.cli import app

if __name__ == "__main__":
    app()
