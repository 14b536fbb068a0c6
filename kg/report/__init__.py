"""Writing the results of ``kg analyze``: metrics files, PNG plots and a self-contained HTML report.

:func:`kg.report.outputs.write_outputs` writes everything into one directory.
"""
