"""Command line: ``python -m generator build|ingest|render|serve|clean``.

Exit codes: 0 ok, 1 build error, 2 bad usage or configuration.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import traceback
from importlib import metadata
from pathlib import Path

from . import build as pipeline
from .config import SCHEMA, Config, load_config
from .errors import ConfigError, GeneratorError

EXAMPLES = {
    "build": ("examples:\n  python -m generator build\n  python -m generator build --root ~/archive --quiet\n"
              "  python -m generator build --strict   # exit 1 when a bad file was skipped (CI)"),
    "ingest": ("examples:\n  python -m generator ingest\n"
               "  python -m generator ingest --force seeds/2024-09-10-p02.txt   # regenerate, even edited files"),
    "render": "examples:\n  python -m generator render\n  python -m generator render --config other.yml",
    "serve": "examples:\n  python -m generator serve\n  python -m generator serve --port 8080 --no-watch",
    "clean": "examples:\n  python -m generator clean",
}
DESCRIPTIONS = {
    "build": "Ingest new or changed seed pages into content/, render content/ into site/ and bake the search index.",
    "ingest": "Segment seed pages into articles and write them to content/ (edited files are kept).",
    "render": "Render content/ into site/ with the theme, and bake the search index.",
    "serve": "Build, then preview the site on 127.0.0.1, rebuilding when seeds, content or themes change.",
    "clean": "Remove the built site/ (content/ is never touched).",
}


def program_name() -> str:
    """How the user called us: ``newspaper-archive`` or ``python -m generator``."""
    name = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else ""
    return "python -m generator" if name in ("", "__main__.py", "-c") else name


def version() -> str:
    try:
        return metadata.version("newspaper-archive-generator")
    except metadata.PackageNotFoundError:
        return "unknown (not installed)"


def port_number(text: str) -> int:
    """A TCP port for ``--port``: 0 (any free port) to 65535."""
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a port number from 0 to 65535, got {text!r}") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"expected a port number from 0 to 65535, got {port}")
    return port


def base_url_option(value: str) -> str:
    """``--base-url`` checked as ``base_url`` is in archive.yml."""
    try:
        return SCHEMA["base_url"](value)
    except ValueError as exc:
        raise ConfigError(f"--base-url: expected {exc}") from None


def parser() -> argparse.ArgumentParser:
    prog = program_name()
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--root", type=Path, default=Path("."), help="project folder (default: current folder)")
    common.add_argument("--config", type=Path, help="configuration file (default: ROOT/archive.yml)")
    noise = common.add_mutually_exclusive_group()
    noise.add_argument("-q", "--quiet", action="store_true", help="print only errors")
    noise.add_argument("-v", "--verbose", action="store_true", help="say what each stage does")
    top = argparse.ArgumentParser(
        prog=prog, description="Turn raw newspaper page texts into a browsable, searchable static archive.",
        epilog=f"examples:\n  {prog} build\n  {prog} serve --port 8000\n"
               f"run '{prog} COMMAND --help' for a command's options",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    top.add_argument("--version", action="version", version=f"%(prog)s {version()}")
    commands = top.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, text in DESCRIPTIONS.items():
        sub = commands.add_parser(name, parents=[common], help=text, description=text,
                                  epilog=EXAMPLES[name].replace("python -m generator", prog),
                                  formatter_class=argparse.RawDescriptionHelpFormatter)
        if name in ("build", "render", "serve"):
            sub.add_argument("--base-url", metavar="URL", help="the site's address, e.g. https://archive.example.org/ "
                             "(overrides base_url in archive.yml; empty: none)")
        if name in ("build", "ingest"):
            sub.add_argument("--force", metavar="PAGE", nargs="+", default=[],
                             help="re-ingest these seed pages, overwriting edited content files")
        if name in ("build", "ingest", "render"):
            sub.add_argument("--strict", action="store_true", help="exit 1 when a bad file was skipped")
        if name == "serve":
            sub.add_argument("--port", type=port_number, default=8000, help="port on 127.0.0.1 (default: 8000; 0: any free port)")
            sub.add_argument("--no-watch", action="store_true", help="do not rebuild on changes")
    return top


def main(argv: list[str] | None = None) -> int:
    try:
        args = parser().parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 on --help
        return int(exc.code or 0)
    try:
        if not args.root.is_dir():
            raise ConfigError(f"--root: no such folder: {args.root}")
        config = load_config(args.root.resolve(), args.config)
        if getattr(args, "base_url", None) is not None:
            config = dataclasses.replace(config, base_url=base_url_option(args.base_url))
        options = pipeline.Options(quiet=args.quiet, verbose=args.verbose, force=_force(config, getattr(args, "force", [])),
                                   strict=getattr(args, "strict", False))
        return run(args, config, options)
    except GeneratorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - a bug or a system error: a message, not a traceback
        if args.verbose:
            traceback.print_exc()
        print(f"error: {args.command}: {type(exc).__name__}: {exc} (run with --verbose for the traceback)", file=sys.stderr)
        return 1


def _force(config: Config, pages: list[str]) -> tuple[str, ...]:
    """Seed paths as the content state names them (relative to the root)."""
    out = []
    for page in pages:
        path = Path(page)
        path = path if path.is_absolute() else Path.cwd() / path
        if not path.is_file():
            path = config.root / page
        if not path.is_file():
            raise ConfigError(f"--force: no such seed page: {page}")
        path = path.resolve()
        if not path.is_relative_to(config.path("seeds_dir").resolve()):
            raise ConfigError(f"--force: {page} is not in the seed folder {config.seeds_dir}/")
        out.append(path.relative_to(config.root.resolve()).as_posix())
    return tuple(out)


def run(args: argparse.Namespace, config: Config, options: pipeline.Options) -> int:
    if args.command == "clean":
        pipeline.clean(config, options)
        return 0
    if args.command == "serve":
        from .serve import serve

        overrides = {"base_url": config.base_url} if getattr(args, "base_url", None) is not None else {}
        return serve(config, options, args.port, watch=not args.no_watch, config_path=args.config, overrides=overrides)
    step = {"build": pipeline.build, "ingest": pipeline.ingest, "render": pipeline.render}[args.command]
    summary = step(config, options)
    options.say(f"{args.command}: {summary.line()}")
    if summary.skipped and options.strict:
        print(f"error: {pipeline.plural(len(summary.skipped), 'bad file')} skipped (--strict)", file=sys.stderr)
        return 1
    return 0
