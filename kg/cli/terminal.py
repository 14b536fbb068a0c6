"""Text from articles on the terminal: never markup, never control sequences, always one line.

>>> one_line("a\\nb\\x1b[31m\\ud800")
'a\\\\nb\\\\x1b[31m\\\\ud800'
>>> cell("[/bold] [link=https://x.example]x[/link]").plain
'[/bold] [link=https://x.example]x[/link]'
"""

from __future__ import annotations

import re

from rich.text import Text

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def one_line(value: object) -> str:
    """``value`` as one printable line: control characters and lone surrogates shown as escapes."""
    return _CONTROL.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), str(value))


def cell(value: object) -> Text:
    """A Rich table cell that shows ``value`` literally (Rich markup such as ``[/bold]`` stays text)."""
    return Text(one_line(value))
