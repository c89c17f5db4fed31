"""Plain ``--help`` for the ``kg`` commands: ``FILE`` and ``[DIR]``, not typer's ``{file}``/``<path>`` markers.

Arguments show as their upper-case name (``kg validate [OPTIONS] GRAPH``), flags show no type, and
options show their metavar or click's type name (``INTEGER``). Used as ``@app.command(cls=PlainCommand)``.

>>> _usage_name("sources", None, required=False, nargs=-1)
'[SOURCES]...'
"""

from __future__ import annotations

from typing import Any

from typer.core import TyperArgument, TyperCommand, TyperOption

_TYPE_WORDS = {"str": "TEXT", "int": "INTEGER", "float": "FLOAT", "path": "PATH", "Path": "PATH"}


def _usage_name(name: str, metavar: str | None, *, required: bool, nargs: int) -> str:
    """``FILE``, ``[DIR]`` or ``[SOURCES]...`` for the usage line."""
    word = metavar or name.upper()
    if not required and not word.startswith("["):
        word = f"[{word}]"
    return word + ("..." if nargs != 1 and not word.endswith("...") else "")


class PlainArgument(TyperArgument):
    """An argument named in upper case, without a type marker."""

    @property
    def display_name_raw(self) -> str:
        return (self.metavar or self.name or "").strip("[]").upper()

    def _usage_display_name(self) -> str:
        return _usage_name(self.name or "", self.metavar, required=self.required, nargs=self.nargs)

    def display_type_rich(self, ctx: Any) -> str | None:
        return None


class PlainOption(TyperOption):
    """An option showing its metavar or click's type name; a flag shows none."""

    def display_type_rich(self, ctx: Any) -> str | None:
        if getattr(self, "is_flag", False) or getattr(self, "count", False):
            return None
        if self.metavar:
            return self.metavar
        bare = str(self.bare_type()) if hasattr(self, "bare_type") else "text"
        return _TYPE_WORDS.get(bare, bare.upper())


class PlainCommand(TyperCommand):
    """A typer command whose parameters render plainly in ``--help``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            if isinstance(param, TyperArgument):
                param.__class__ = PlainArgument
            elif isinstance(param, TyperOption):
                param.__class__ = PlainOption

    def get_help_option(self, ctx: Any) -> Any:
        """The ``--help`` flag, shown without a type."""
        option = super().get_help_option(ctx)
        if isinstance(option, TyperOption):
            option.__class__ = PlainOption
        return option
