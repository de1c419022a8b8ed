"""The rule registry: names, switching off, tracing."""

from __future__ import annotations

import pytest

from briefreader.extraction import rules


@rules.rule("test.always", "claims", "a rule for this test only")
def _always(x: int) -> int | None:
    return x


def test_a_rule_that_fires_is_traced_and_can_be_switched_off():
    with rules.tracing() as trace:
        assert _always(3) == 3
    assert trace == ["test.always"]
    with rules.switched_off(["test.always"]), rules.tracing() as trace:
        assert _always(3) is None
    assert trace == []
    assert rules.applies("test.always")


def test_unknown_rule_names_are_refused():
    with pytest.raises(KeyError, match="no-such-rule"), rules.switched_off(["no-such-rule"]):
        pass
    with pytest.raises(ValueError, match="two extraction rules"):
        rules.register("test.always", "claims", "another description")
