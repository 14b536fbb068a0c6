"""Graph analytics for criminal-network analysis.

Each analysis is a pure function of a networkx graph that returns plain data
(dicts, lists, numbers, strings), so it can be called from Python, written to
JSON or CSV, or drawn; its rows are typed as ``TypedDict``s declared beside it
(``CentralityRow``, ``CountryReach``, ...). :func:`kg.analytics.pipeline.analyze`
runs them all into one frozen :class:`~kg.analytics.pipeline.Analysis`, a typed
field per analysis; the ``kg analyze`` command only wires it to files.

Graphs are the ``KnowledgeGraph.nx`` multigraph (node attribute ``node``, edge
attribute ``edge``) or any plain networkx graph, whose nodes may carry ``type``
and ``name`` attributes and whose edges may carry a ``weight``.
"""
