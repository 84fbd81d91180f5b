"""Errors that say who must act and where: file, line and stage."""


class GeneratorError(Exception):
    """Base class: the message is shown to the user as it is."""

    exit_code = 1


class ConfigError(GeneratorError):
    """The configuration or the command line is wrong: the user must fix it."""

    exit_code = 2


class BuildError(GeneratorError):
    """A stage failed on an input file; the message names the stage and the file."""

    exit_code = 1
