"""Subheads piled away from their sections head the paragraphs that tell their story."""

from __future__ import annotations

import pytest

from .conftest import WIDTHS


def section_of(body: str, phrase: str) -> str:
    """The subhead of the section holding ``phrase`` ("" before the first subhead)."""
    head = ""
    for block in body.split("\n\n"):
        if block.startswith("## "):
            head = block[3:]
        elif phrase in block:
            return head
    raise AssertionError(f"{phrase!r} not in the body")


SPOT = "点上变革，打通为民服务堵点"
LINES = "“三线”引领，锻造为民服务先锋"
SURFACE = "面上推进，高效解决共性难题"
# (opening words of a paragraph, the subhead it belongs under), seed 004's feature
EXPECTED_004 = (
    ("当“三条战线”不断推进时", SPOT),
    ("在王台街道，青岛文武英杰", SPOT),
    ("“我们要求17个审批业务科室", SPOT),  # the 行政审批服务局's 角色置换 told on
    ("而在辛安街道，“流动办公桌”", SPOT),
    ("“下楼就能办，我连老花镜都没用上。”在辛安街道", SPOT),
    ("据了解，为保证各单位的实施方案", SPOT),
    ("“暴雨天气过桥让人提心吊胆", LINES),
    ("类似的故事在新区频频上演。", LINES),
    ("列清单、建台账", LINES),
    ("随着实践活动的推进", SURFACE),
    ("通过三线引领、点上变革、面上推进", SURFACE),
)


def _feature(page):
    return next(a for a in page.articles if a.title == "“点线面”发力，办实事解难题")


@pytest.mark.parametrize(("phrase", "subhead"), EXPECTED_004)
def test_feature_paragraphs_follow_their_subheads(seeds, phrase, subhead):
    assert section_of(_feature(seeds["004"]).body, phrase) == subhead


@pytest.mark.parametrize("label", [f"width{w}" for w in WIDTHS])
def test_feature_sections_survive_rewrapping(variants, label):
    body = _feature(variants[("004", label)]).body
    assert [section_of(body, phrase) for phrase, _ in EXPECTED_004] == [s for _, s in EXPECTED_004]


def test_lead_stays_before_every_section(seeds):
    assert section_of(_feature(seeds["004"]).body, "在党史学习教育中，为切实解决百姓难题") == ""
