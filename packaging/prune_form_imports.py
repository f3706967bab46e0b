"""Keep only the names a generated form uses in its `from PySide6... import (...)` lines.

pyside6-uic imports a fixed list of classes into every form. PySide6 builds a class the first time it
is imported, and the `Qt` namespace alone takes about 12 ms, so unused names slowed the unlock window
noticeably. Reads uic's output on stdin, writes the pruned form on stdout (make forms, make check-forms).
"""

from __future__ import annotations

import ast
import sys


def prune(source: str) -> str:
    tree = ast.parse(source)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = source.splitlines(keepends=True)
    out: list[str] = []
    done_until = 0
    for node in tree.body:
        if not (isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6")):
            continue
        start, end = node.lineno - 1, node.end_lineno or node.lineno
        out.extend(lines[done_until:start])
        names = [alias.name for alias in node.names if (alias.asname or alias.name) in used]
        if names:
            out.append(f"from {node.module} import {', '.join(names)}\n")
        done_until = end
    out.extend(lines[done_until:])
    return "".join(out)


if __name__ == "__main__":
    sys.stdout.write(prune(sys.stdin.read()))
