"""Named extraction rules: a small registry, in the spirit of spaCy's registered components.

Every decision extraction makes is a rule with a name, a stage and a one-line description. A rule
is a plain function registered with ``@rule``. While an item is being built, the rules that fire
are noted in the current trace (``tracing()``), and the item keeps their names in ``rules``: "why
is this a claim?" has an answer (``briefreader extract --explain``). A rule can be switched off by
name (``switched_off(...)``, ``--without``): it then answers ``off``, the value that means "this
rule does not apply", so the stage goes on as though the rule did not exist.

A rule "fires" when it returns something other than ``off``, ``None`` and ``False``. Decisions
made inline (a branch too small to be its own function) call ``applies(name)`` to ask whether the
rule is on, and note themselves with ``note(name)`` when they act.

Adding a rule: write it as a small function in its stage's package, decorated with
``@rule("stage.what-it-does", "stage", "one line with an example")``, returning the "does not
apply" value (``None``/``False``, or the ``off`` you give) when it does not act; call it where the
stage decides; write its test with a sentence of your own (tests/extraction/test_<stage>.py).
``tests/extraction/test_rules.py`` switches every rule off in turn, and
``bench/rule_ablation.py`` shows what it changes on the dev material. Word lists go to
``extraction/lexicon/``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

STAGES = ("actors", "claims", "casualties")  # the order the pipeline runs them in


@dataclass(frozen=True)
class Rule:
    name: str
    stage: str
    description: str


_REGISTRY: dict[str, Rule] = {}
_off: ContextVar[frozenset[str]] = ContextVar("briefreader_rules_off", default=frozenset())
_trace: ContextVar[list[str] | None] = ContextVar("briefreader_rule_trace", default=None)


def register(name: str, stage: str, description: str) -> Rule:
    """Register a rule applied inline (no function of its own); returns it."""
    if stage not in STAGES:
        raise ValueError(f"unknown extraction stage {stage!r}")
    known = _REGISTRY.get(name)
    if known is not None and known != Rule(name, stage, description):
        raise ValueError(f"two extraction rules are named {name!r}")
    _REGISTRY[name] = Rule(name, stage, description)
    return _REGISTRY[name]


def rule(name: str, stage: str, description: str, *, off: object = None
         ) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Register the decorated function as the rule ``name`` of ``stage``."""
    register(name, stage, description)

    def decorate(function: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(function)
        def run(*args: P.args, **kwargs: P.kwargs) -> R:
            if name in _off.get():
                return off  # type: ignore[return-value]
            result = function(*args, **kwargs)
            if result is not off and result is not None and result is not False:
                note(name)
            return result

        run.rule = _REGISTRY[name]  # type: ignore[attr-defined]
        return run

    return decorate


def applies(name: str) -> bool:
    """Is the rule ``name`` switched on? (For rules applied inline.)"""
    if name not in _REGISTRY:
        raise KeyError(f"no extraction rule is named {name!r}")
    return name not in _off.get()


def note(name: str) -> None:
    """Record that the rule ``name`` made or changed the item being built."""
    trace = _trace.get()
    if trace is not None and name not in trace:
        trace.append(name)


@contextmanager
def tracing() -> Iterator[list[str]]:
    """Collect the names of the rules that fire inside the block, in the order they fire."""
    names: list[str] = []
    token = _trace.set(names)
    try:
        yield names
    finally:
        _trace.reset(token)


def noted(names: Iterable[str]) -> None:
    """Carry rules already recorded on an earlier item into the current trace."""
    for name in names:
        note(name)


@contextmanager
def switched_off(names: Iterable[str]) -> Iterator[None]:
    """Run extraction with the named rules switched off; an unknown name is an error."""
    names = frozenset(names)
    unknown = sorted(names - _REGISTRY.keys())
    if unknown:
        raise KeyError(f"no extraction rule is named {', '.join(map(repr, unknown))}")
    token = _off.set(_off.get() | names)
    try:
        yield
    finally:
        _off.reset(token)


def all_rules() -> list[Rule]:
    """The rules registered so far, by stage in pipeline order, then by name. Each stage's
    modules register theirs when imported: ``pipeline.known_rules()`` imports them all first."""
    return sorted(_REGISTRY.values(), key=lambda r: (STAGES.index(r.stage), r.name))
