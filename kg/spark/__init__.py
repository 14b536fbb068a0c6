"""The Spark engine: loading and extraction as Spark tasks, resolution as the local engine does it.

Needs the optional extra: ``pip install 'tco-kg[spark]'`` (PySpark) and Java 17.
"""
