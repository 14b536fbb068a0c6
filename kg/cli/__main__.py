"""``python -m kg.cli ...``, and the script ``spark-submit`` runs (``spark-submit .../kg/cli/__main__.py build ...``)."""

from kg.cli import main

if __name__ == "__main__":
    main()
