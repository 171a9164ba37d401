"""Errors the user can read: each carries a one-line reason."""


class KompassError(Exception):
    """Base for every error shown to the user as a one-line reason.

    The message is English (the `kompass` command, logs); `sv` is the same reason for the
    Swedish workbench, where the service knows one. `text(swedish)` picks."""

    def __init__(self, *args, sv: str | None = None):
        super().__init__(*args)
        self.sv = sv

    def text(self, swedish: bool = True) -> str:
        return self.sv if swedish and self.sv else str(self)


class FrameworkError(KompassError):
    """A framework file is invalid; `problems` lists every finding."""

    def __init__(self, source: str, problems: list[str]):
        self.source = source
        self.problems = problems
        first = problems[0] if problems else "invalid"
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(f"{source}: {first}{more}")


class InputError(KompassError):
    """Bad user input (CSV, values); nothing was changed."""


class PointsError(InputError):
    """A point value that is refused; `reason` says why, so a UI can word it in its own
    language: "not_a_number", "decimals", "negative" or "above_max"."""

    def __init__(self, message: str, reason: str):
        super().__init__(message)
        self.reason = reason
