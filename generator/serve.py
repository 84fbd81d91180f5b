"""Preview server on 127.0.0.1 that rebuilds when seeds, content or themes change."""

from __future__ import annotations

import dataclasses
import errno
import functools
import http.server
import threading
import time
from pathlib import Path

from . import build as pipeline
from .config import CONFIG_NAME, Config, load_config
from .errors import ConfigError, GeneratorError

WATCHED = ("seeds_dir", "content_dir", "overrides_dir")


def serve(config: Config, options: pipeline.Options, port: int, watch: bool = True, config_path: Path | None = None,
          overrides: dict | None = None) -> int:
    """Build, then serve the site; with ``watch``, rebuild (re-reading the configuration,
    with the command line's ``overrides`` applied again) whenever a source changes. A
    failed rebuild keeps the last good site served."""
    server = _bind(config, port)  # before the build: a port in use is told at once
    try:
        summary = pipeline.build(config, options)
    except BaseException:
        server.server_close()
        raise
    options.say(f"build: {summary.line()}")
    if watch:  # the first stamp is taken before anyone is told the site is up
        first = _stamp(config, config_path)
        threading.Thread(target=_watch, args=(config, options, config_path, first, overrides or {}), daemon=True).start()
    options.say(f"serving {config.output_dir}/ on http://127.0.0.1:{server.server_port}/index.html (Ctrl-C stops)")
    try:
        server.serve_forever()
    finally:
        server.server_close()
    return 0


def _bind(config: Config, port: int) -> http.server.ThreadingHTTPServer:
    handler = functools.partial(_SiteHandler, directory=str(config.path("output_dir")))
    try:
        return http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise ConfigError(f"serve: port {port} on 127.0.0.1 is in use by another program: "
                              f"stop it or choose another port with --port") from None
        if exc.errno == errno.EACCES:
            raise ConfigError(f"serve: port {port} needs administrator rights: choose one above 1023 with --port") from None
        raise ConfigError(f"serve: cannot listen on 127.0.0.1:{port}: {exc.strerror or exc}") from None


def _stamp(config: Config, config_path: Path | None) -> tuple:
    folders = [config.path(d) for d in WATCHED] + [config.root / "themes"]
    files = [p for d in folders if d.is_dir() for p in d.rglob("*") if p.is_file()]
    config_file = config_path or config.root / CONFIG_NAME
    files += [config_file] if config_file.is_file() else []
    return tuple(sorted((str(p), p.stat().st_mtime_ns) for p in files if not p.name.startswith(".ingest")))


def _watch(config: Config, options: pipeline.Options, config_path: Path | None, last: tuple, overrides: dict) -> None:
    while True:
        time.sleep(1)
        if _stamp(config, config_path) == last:
            continue
        try:
            config = dataclasses.replace(load_config(config.root, config_path), **overrides)
            summary = pipeline.build(config, options)
            options.say(f"rebuilt: {summary.line()}")
        except GeneratorError as exc:
            options.say(f"error: {exc} (the last good site is still served)")
        except Exception as exc:  # noqa: BLE001 - a watcher that dies silently is worse
            options.say(f"error: rebuild failed: {type(exc).__name__}: {exc} (the last good site is still served)")
        last = _stamp(config, config_path)


class _SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site quietly; a missing page gets the site's own 404.html, with a
    ``<base>`` so that its styles and links work at any depth."""

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        if b"<base " not in body:
            body = body.replace(b"<head>", b'<head>\n<base href="/">', 1)
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
