"""Fill the report template in one pass, each value escaped for where it goes.

Values are never scanned again after they are placed, so a name such as ``{{network}}``
stays text. Data for the page's script travels as JSON inside
``<script type="application/json">`` with ``<``, ``>``, ``&`` and U+2028/U+2029 escaped,
so no text can close the element or open a comment. The inline style and script are
allowed by their SHA-256 hashes in the Content-Security-Policy: no ``'unsafe-inline'``,
so markup that slipped through could still run nothing.

>>> script_json({"name": "</script><!--"})
'{"name":"\\\\u003c/script\\\\u003e\\\\u003c!--"}'
>>> fill("<p>{{a}}</p>{{b}}", {"a": "{{b}}", "b": "x"})
'<p>{{b}}</p>x'
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import re
from collections.abc import Mapping
from html import escape
from typing import Any

_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")
_SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_SCRIPT_UNSAFE = re.compile("[<>&\u2028\u2029]")


def fill(template: str, values: Mapping[str, str]) -> str:
    """Replace every ``{{key}}`` of ``template`` by ``values[key]`` in a single pass."""
    return _PLACEHOLDER.sub(lambda match: values[match.group(1)], template)


def finite(value: Any) -> Any:
    """``value`` with every NaN or infinite float replaced by ``None`` (JSON has no such numbers)."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {key: finite(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [finite(item) for item in value]
    return value


def script_json(value: Any) -> str:
    """JSON text that is safe as the content of a ``<script>`` element."""
    text = json.dumps(finite(value), ensure_ascii=False, separators=(",", ":"), default=str, allow_nan=False)
    return _SCRIPT_UNSAFE.sub(lambda match: _SCRIPT_ESCAPES[match.group(0)], text)


def csp_hash(content: str) -> str:
    """The CSP source expression that allows exactly this inline ``<style>`` or ``<script>``."""
    digest = hashlib.sha256(content.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def content_security_policy(style: str, script: str) -> str:
    """Nothing from the network; only the page's own style, script and ``data:`` images."""
    return (
        f"default-src 'none'; img-src data:; style-src {csp_hash(style)}; "
        f"script-src {csp_hash(script)}; base-uri 'none'; form-action 'none'"
    )


def text(value: object) -> str:
    """``value`` as HTML text or a quoted attribute value."""
    return escape(str(value), quote=True)
