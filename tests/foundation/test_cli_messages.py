"""What the command line says: its own name, its version, plurals, and errors that say
what to do instead of tracebacks."""

from __future__ import annotations

import socket
import sys

import pytest

from generator.build import Summary
from generator.cli import main
from generator.site.render import NO_BASE_URL

from ..conftest import make_project


def test_version(monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["/x/generator/__main__.py"])
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == "python -m generator 0.1.0\n"


def test_help_uses_the_name_it_was_called_by(monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["/usr/local/bin/newspaper-archive"])
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: newspaper-archive [-h] [--version] COMMAND ...\n")
    assert "run 'newspaper-archive COMMAND --help' for a command's options" in out
    assert main(["build", "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: newspaper-archive build ")
    assert "  newspaper-archive build --root ~/archive --quiet" in out and "python -m" not in out


def test_summary_counts_in_correct_english():
    one = Summary(pages=1, ingested=1, articles=1, issues=1, topics=1, files=1, changed=1)
    assert one.line().startswith("1 page (1 ingested), 1 article, 1 issue, 1 topic, 1 file (1 changed) in ")
    two = Summary(pages=2, ingested=0, articles=2, issues=0, topics=2, files=2, changed=0, kept_edited=["a"])
    assert two.line().startswith("2 pages (0 ingested), 2 articles, 0 issues, 2 topics, 2 files (0 changed), 1 edited file kept in ")


def test_a_root_that_does_not_exist_is_an_error(tmp_path, capsys):
    assert main(["build", "--root", str(tmp_path / "nope")]) == 2
    assert capsys.readouterr().err == f"error: --root: no such folder: {tmp_path / 'nope'}\n"
    assert not (tmp_path / "nope").exists()


def test_clean_says_when_there_is_nothing_to_remove(tmp_path, capsys):
    assert main(["clean", "--root", str(tmp_path)]) == 0
    assert capsys.readouterr().err == "nothing to remove: there is no site/\n"
    (tmp_path / "site").mkdir()
    assert main(["clean", "--root", str(tmp_path)]) == 0
    assert capsys.readouterr().err == "removed site/\n"


@pytest.mark.parametrize("port", ["99999", "-1", "http"])
def test_a_port_out_of_range_is_a_usage_error(port, capsys):
    assert main(["serve", f"--port={port}"]) == 2
    shown = port if port == "http" else int(port)
    shown = repr(shown) if port == "http" else shown
    assert capsys.readouterr().err.endswith(
        f"serve: error: argument --port: expected a port number from 0 to 65535, got {shown}\n")


def test_a_port_in_use_is_a_message_not_a_traceback(tmp_path, capsys):
    root = make_project(tmp_path / "p", fixture="mini")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", "--root", str(root), "--port", str(port), "--no-watch"]) == 2
    assert capsys.readouterr().err == (
        f"error: serve: port {port} on 127.0.0.1 is in use by another program: stop it or choose another port with --port\n")
    assert not (root / "site").exists()  # told before building


def test_without_base_url_the_build_says_once_what_is_left_out(tmp_path, capsys):
    root = make_project(tmp_path / "p", fixture="mini")
    assert main(["render", "--root", str(root)]) == 0
    err = capsys.readouterr().err
    assert err.count(NO_BASE_URL) == 1 and err.startswith(f"render: {NO_BASE_URL}\nrender: ")
    assert NO_BASE_URL == (
        "no base_url (set it in archive.yml or pass --base-url): sitemap.xml is left out, permalinks, citations and feeds "
        "use relative links, and a host can show 404.html with its styles and links only for missing pages at the top "
        "level (serve shows it at any depth)")
    assert main(["render", "--root", str(root), "--base-url", "https://archive.example.org"]) == 0
    assert NO_BASE_URL not in capsys.readouterr().err
    assert (root / "site" / "sitemap.xml").is_file()


def test_a_bad_base_url_option(tmp_path, capsys):
    assert main(["render", "--root", str(tmp_path), "--base-url", "archive.example.org"]) == 2
    assert capsys.readouterr().err == (
        "error: --base-url: expected an http:// or https:// URL, got 'archive.example.org'\n")
