"""One error root for every layer: a kind and its parameters, never a sentence for people.

Every error a person can cause derives from :class:`AnnotatorError`. ``domain`` names the layer
(``storage``, ``ingest``, ``mt``, ``exchange``, ``taxonomy``, ``project``, ``cli``), ``kind`` says
what went wrong within it, and ``params`` carry the values a message needs (a path, a line, a
limit). Sentences are made only where people read them, from the one catalogue in
:mod:`annotator.messages`: the CLI prints the English, the GUI passes the same template through
Qt's ``translate`` so the Turkish interface speaks Turkish. ``str(error)`` is the English text, for
logs and tracebacks.
"""

from __future__ import annotations

from typing import Any, ClassVar


class AnnotatorError(Exception):
    """An error with a ``kind`` and parameters; subclasses set the ``domain`` of their layer."""

    domain: ClassVar[str] = "annotator"

    def __init__(self, kind: str, /, **params: Any) -> None:
        super().__init__(kind)
        self.kind = str(kind)
        self.params: dict[str, Any] = params

    @property
    def key(self) -> str:
        """``domain.kind``: the catalogue entry and the CLI's exit-code table use it."""
        return f"{self.domain}.{self.kind}"

    def __str__(self) -> str:
        from annotator.messages import render

        return render(self)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.kind!r}, {self.params!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Errors cross process boundaries (worker pools); keyword params need this to pickle.
        return (_rebuild, (type(self), self.kind, self.params, self.__dict__))


def _rebuild(cls: type[AnnotatorError], kind: str, params: dict[str, Any],
             state: dict[str, Any]) -> AnnotatorError:
    error = cls.__new__(cls)
    Exception.__init__(error, kind)
    error.__dict__.update(state)
    error.kind, error.params = kind, params
    return error


class ProjectError(AnnotatorError):
    """An operation of the project layer could not be carried out (the project is unchanged)."""

    domain = "project"


class CancelledError(ProjectError):
    """The person stopped a long operation; what was saved before stays saved."""

    def __init__(self, kind: str = "cancelled", /, **params: Any) -> None:
        super().__init__(kind, **params)


class InternalError(AnnotatorError):
    """A fault in Annotator itself (a bug), wrapped so that it reaches the person as text."""

    domain = "internal"
