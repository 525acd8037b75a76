"""Errors the library raises; the CLI turns each into a one-line message and an exit code."""


class LagebildError(Exception):
    """Base class: anything a user can cause and should read as one clear line."""

    exit_code = 1


class InputError(LagebildError):
    """Input that cannot be read as an article (missing, empty, binary, undecodable, malformed)."""

    exit_code = 2


class PipelineError(LagebildError):
    """A pipeline assembled wrongly (a stage requires what no earlier stage assigns)."""

    exit_code = 3
