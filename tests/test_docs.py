"""The README is checked: its test command is what CI runs, and its commands exist."""

from __future__ import annotations

import re

from dateline.cli import build_parser
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
SHELL_BLOCKS = re.findall(r"```sh\n(.*?)```", README, re.S)


def test_docs_quick_start_is_the_job_the_workbench_and_the_tests() -> None:
    quick_start = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```sh\n(.*?)\n```", quick_start, re.S)
    assert len(commands) == 3
    assert "dateline ingest examples/" in commands[0]
    assert commands[1].startswith("dateline serve")
    assert commands[2].endswith("python -m pytest")
    for picture in re.findall(r"!\[[^]]*\]\(([^)]+)\)", quick_start):
        assert (ROOT / picture).is_file(), picture


def test_docs_ci_runs_the_readme_test_command() -> None:
    quick_start = README.split("## Quick start", 1)[1]
    test_command = re.findall(r"```sh\n(.*?)\n```", quick_start, re.S)[2]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci.splitlines()


def test_docs_every_listed_command_exists() -> None:
    listed = {
        m.group(1) for block in SHELL_BLOCKS for m in re.finditer(r"^dateline (\w+)", block, re.M)
    }
    subparsers = build_parser()._subparsers
    assert subparsers is not None
    known = set(subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    assert listed <= known
    assert {
        "analyze",
        "ingest",
        "search",
        "show",
        "quotes",
        "entities",
        "export",
        "events",
        "relations",
        "schema",
    } <= listed


def test_docs_every_error_code_is_in_the_table() -> None:
    import dateline.errors as errors

    codes = {
        cls.code
        for cls in vars(errors).values()
        if isinstance(cls, type) and issubclass(cls, errors.DatelineError)
    } - {"E000", "E100"}
    table = README.split("| code | meaning |", 1)[1].split("\n\n", 1)[0]
    listed = set()
    for first, last in re.findall(r"^\| (E\d{3})(?:–(E\d{3}))?", table, re.M):
        listed.update(f"E{n}" for n in range(int(first[1:]), int((last or first)[1:]) + 1))
    assert codes <= listed
