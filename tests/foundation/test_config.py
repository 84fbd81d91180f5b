"""The configuration schema: defaults with no file, and exact messages for each mistake."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main
from generator.config import load_config
from generator.errors import ConfigError


def write(root: Path, text: str) -> Path:
    (root / "themes" / "default").mkdir(parents=True, exist_ok=True)
    (root / "themes" / "minimal").mkdir(parents=True, exist_ok=True)
    (root / "archive.yml").write_text(text, encoding="utf-8")
    return root


def error_of(root: Path) -> str:
    with pytest.raises(ConfigError) as exc:
        load_config(root)
    return str(exc.value)


def test_no_config_file_gives_working_defaults(tmp_path):
    config = load_config(tmp_path)
    assert config.theme == "default"
    assert config.language == "zh-CN"
    assert config.output_dir == "site"
    assert "营商环境" in config.topics and "海洋" in config.topics
    assert all(config.topics.values())


def test_values_are_converted(tmp_path):
    config = load_config(write(tmp_path, "base_url: https://example.org/archive\ntheme: minimal\n"))
    assert config.base_url == "https://example.org/archive/"
    assert config.theme == "minimal"


def test_unknown_key_is_rejected_with_a_suggestion(tmp_path):
    assert error_of(write(tmp_path, "tittle: 档案\n")) == "archive.yml: unknown key 'tittle' (did you mean 'title'?)"


def test_unknown_key_without_a_near_name_lists_the_known_keys(tmp_path):
    message = error_of(write(tmp_path, "colour: red\n"))
    assert message.startswith("archive.yml: unknown key 'colour'; known keys: title, description, base_url,")


def test_every_error_is_reported_at_once(tmp_path):
    message = error_of(write(tmp_path, "title: ''\nbase_url: example.org\nlatest_issues: 0\nlanguage: en\n"))
    assert message.splitlines() == [
        "archive.yml: 'title': expected a non-empty string, got ''",
        "archive.yml: 'base_url': expected an http:// or https:// URL, got 'example.org'",
        "archive.yml: 'latest_issues': expected a whole number of at least 1, got 0",
        "archive.yml: 'language': expected a Chinese language tag such as 'zh-CN', got 'en'",
    ]


def test_unknown_theme_names_the_themes_there_are(tmp_path):
    assert error_of(write(tmp_path, "theme: fancy\n")) == (
        "archive.yml: 'theme': expected one of ['default', 'minimal'], got 'fancy'"
    )


def test_output_folder_must_stay_inside_the_project(tmp_path):
    assert error_of(write(tmp_path, "output_dir: ../elsewhere\n")) == (
        "archive.yml: 'output_dir': expected a folder inside the project (relative, no '..'), got '../elsewhere'"
    )


def test_topics_must_map_names_to_keyword_lists(tmp_path):
    assert error_of(write(tmp_path, "topics:\n  海洋: 海洋经济\n")) == (
        "archive.yml: 'topics': expected a list of keywords for topic '海洋', got '海洋经济'"
    )


def test_invalid_yaml_names_the_file(tmp_path):
    assert error_of(write(tmp_path, "title: [unclosed\n")) == "archive.yml:2: invalid YAML: did not find expected ',' or ']'"


def test_a_list_instead_of_a_mapping(tmp_path):
    assert error_of(write(tmp_path, "- title\n")) == "archive.yml: expected a mapping of settings, got list"


def test_cli_exits_2_on_bad_config_and_prints_the_message(tmp_path, capsys):
    write(tmp_path, "tittle: x\n")
    assert main(["build", "--root", str(tmp_path)]) == 2
    assert "archive.yml: unknown key 'tittle' (did you mean 'title'?)" in capsys.readouterr().err


def test_cli_exits_2_on_bad_usage(capsys):
    assert main(["publish"]) == 2
    assert "invalid choice: 'publish'" in capsys.readouterr().err


def test_explicit_config_file_that_does_not_exist(tmp_path, capsys):
    assert main(["render", "--root", str(tmp_path), "--config", str(tmp_path / "nope.yml")]) == 2
    assert f"{tmp_path / 'nope.yml'}: no such configuration file" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["build", "ingest", "render", "serve", "clean"])
def test_every_command_has_help_with_examples(command, capsys):
    assert main([command, "--help"]) == 0
    out = capsys.readouterr().out
    assert "examples:" in out and f"python -m generator {command}" in out and "--root" in out


@pytest.mark.parametrize(("value", "message"), [
    (".", "archive.yml: 'output_dir': expected a folder of its own, got '.' (the project folder itself)"),
    ("content", "archive.yml: 'output_dir': expected a folder apart from content_dir ('content'), got 'content'"),
    ("seeds/site", "archive.yml: 'output_dir': expected a folder apart from seeds_dir ('seeds'), got 'seeds/site'"),
    ("themes", "archive.yml: 'output_dir': expected a folder apart from themes ('themes'), got 'themes'"),
])
def test_the_output_folder_may_not_hold_sources(tmp_path, value, message):
    assert error_of(write(tmp_path, f"output_dir: {value}\n")) == message


def test_a_separate_output_folder_is_fine(tmp_path):
    assert load_config(write(tmp_path, "output_dir: public/archive\n")).output_dir == "public/archive"
