"""No ``triggered``/``clicked`` connection lands its ``checked`` boolean in a parameter meant for something else.

PySide6 passes a signal's arguments to as many parameters as the slot accepts, so
``action.triggered.connect(self.import_roster)`` with ``def import_roster(self, path=None)``
calls ``import_roster(False)`` (县级 › 导入花名册 crashed that way). The rule checked here over the
GUI's source: a slot connected to ``triggered`` or ``clicked`` either takes no argument, or its
first parameter is the flag (annotated ``bool`` or named like one); a slot that is only a variable
(a helper's ``slot`` parameter) is wrapped in ``lambda _checked=False: slot()``.
"""

from __future__ import annotations

import ast
from pathlib import Path

GUI = Path(__file__).resolve().parents[2] / "fupin_desktop" / "gui"
BOOL_SIGNALS = {"triggered", "clicked"}
FLAG_NAMES = {"checked", "_checked", "on", "_on", "_", "checked_"}


def _first_param(args: ast.arguments, is_method: bool):
    """The first parameter a signal argument would fill, and whether it has a default."""
    positional = list(args.posonlyargs) + list(args.args)
    first = 1 if is_method else 0
    if len(positional) <= first:
        return None, False
    return positional[first], first >= len(positional) - len(args.defaults)


def _takes_flag_wrongly(args: ast.arguments, is_method: bool) -> str:
    """Why this signature would swallow the flag, or ""."""
    param, optional = _first_param(args, is_method)
    if param is None or not optional:  # none, or a required one: the signal is meant to fill it
        return ""
    annotation = ast.unparse(param.annotation) if param.annotation is not None else ""
    if param.arg in FLAG_NAMES or annotation == "bool":
        return ""
    return f"its optional parameter “{param.arg}” would receive the checked flag"


def wiring_problems(source: str, filename: str) -> list[str]:
    tree = ast.parse(source, filename)
    methods: dict[str, list[ast.FunctionDef]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef):
                    methods.setdefault(item.name, []).append(item)
    problems = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        if (node.func.attr == "connect" and isinstance(node.func.value, ast.Attribute)
                and node.func.value.attr in BOOL_SIGNALS and node.args):
            slot = node.args[0]
        elif node.func.attr == "addAction" and len(node.args) >= 2:  # menu.addAction(text, slot): triggered(bool)
            slot = node.args[-1]
        else:
            continue
        where = f"{filename}:{node.lineno} {ast.unparse(node)}"
        if isinstance(slot, ast.Lambda):
            why = _takes_flag_wrongly(slot.args, is_method=False)
        elif isinstance(slot, ast.Name):
            why = "a slot passed in a variable may take a parameter: wrap it as lambda _checked=False: slot()"
        elif isinstance(slot, ast.Attribute) and isinstance(slot.value, ast.Name) and slot.value.id == "self":
            why = next((w for f in methods.get(slot.attr, []) if (w := _takes_flag_wrongly(f.args, True))), "")
        else:
            why = ""
        if why:
            problems.append(f"{where}: {why}")
    return problems


def test_the_rule_sees_the_bug_that_crashed_the_roster_import():
    source = '''
class CountyActions:
    def __init__(self):
        self._add("import", "导入花名册", self.import_roster)
        self.browse.clicked.connect(self.choose)
        self.ok.clicked.connect(self.fine)
        self.box.clicked.connect(lambda path=None: self.choose(path))
        self.box.clicked.connect(lambda _=False, w=1: self.choose(w))
        self.tile.clicked.connect(self.show)
        menu.addAction("导入", self.import_roster)

    def _add(self, key, text, slot):
        action.triggered.connect(slot)

    def import_roster(self, path=None): ...
    def choose(self, path: str | None = None): ...
    def fine(self, checked: bool = False): ...
    def show(self, metric: str, node=None): ...
'''
    problems = wiring_problems(source, "example.py")
    assert sorted(p.split(" ", 1)[0] for p in problems) == [
        "example.py:10", "example.py:13", "example.py:5", "example.py:7"], problems


def test_no_connection_takes_the_checked_flag_for_something_else():
    files = sorted(GUI.rglob("*.py"))
    assert len(files) > 50  # the whole GUI package was read
    problems = [p for path in files for p in wiring_problems(path.read_text(encoding="utf-8"),
                                                              str(path.relative_to(GUI)))]
    assert not problems, "\n".join(problems)
