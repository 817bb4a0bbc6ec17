"""Frozen, compared-by-value classes without dataclasses' cost at import.

``@dataclass(frozen=True)`` writes each class's methods as source and compiles
it: a millisecond or two per class, paid at every start of `release-desk
validate`, which loads a handful of them. ``Frozen`` gives the same behaviour
written out once: fields set in ``__init__`` (with ``set_field``), then read-only;
equal and hashed by their values (``_compared``, in order); shown with their
names; pickled by value.
"""

from __future__ import annotations

#: How an ``__init__`` sets a field of a Frozen class (plain assignment is refused).
set_field = object.__setattr__


class Frozen:
    __slots__ = ()
    _fields: tuple[str, ...] = ()  # every field, in the order of __init__'s arguments
    _compared: tuple[str, ...] | None = None  # the fields equality and the hash look at (None: all)

    def _values(self, names: tuple[str, ...] | None = None) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in (names or self._fields))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values(self._compared) == other._values(self._compared)  # type: ignore[attr-defined, no-any-return]

    def __hash__(self) -> int:
        return hash(self._values(self._compared))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{self.__class__.__qualname__}({shown})"

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return self.__class__, self._values()
