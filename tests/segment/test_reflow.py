"""Reflow and spacing, with exact expected values."""

from __future__ import annotations

import pytest

from generator.segment.lines import dropped_marks, split_lines
from generator.segment.reflow import clean, drop_join_spaces, drop_letter_spacing, join_lines, reflow


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["社区党", "委摸索出了"], "社区党委摸索出了"),
        (["总院（规划建筑设计有限公司）BIM", "+X研究中心主任"], "总院（规划建筑设计有限公司）BIM+X研究中心主任"),
        (["基金认缴", "规模1095.38亿元"], "基金认缴规模1095.38亿元"),
        (["a cloud", "platform"], "a cloud platform"),
        (["  ", "青岛", ""], "青岛"),
    ],
)
def test_join_lines(lines, joined):
    assert join_lines(lines) == joined


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("区 人 大 常 委 会 党 组 成员 、副 主 任", "区人大常委会党组成员、副主任"),
        ("改 革 开 放 新高 地、城 市 建设 新 标杆、作 出 更大 贡献。", "改革开放新高地、城市建设新标杆、作出更大贡献。"),
        ("中国特色社会主义思想 ，以更高标准", "中国特色社会主义思想，以更高标准"),
        ("开展‘我为群众办实事 第一书记见行动’活动", "开展‘我为群众办实事 第一书记见行动’活动"),
        ("探索创新‘红领南昌 爱满格’党建品牌", "探索创新‘红领南昌 爱满格’党建品牌"),
        ("云上Park企业服务平台 and Open Data", "云上Park企业服务平台 and Open Data"),
        ("专员——— 薛家岛街道", "专员———薛家岛街道"),
    ],
)
def test_clean(text, cleaned):
    assert clean(text) == cleaned


def test_join_spaces_opening_a_paragraph():
    text = '一是创新体制机制和业务模式。 发挥董家口经济区区港"联建共建"联 席会议平台协调作用'
    assert drop_join_spaces(text) == '一是创新体制机制和业务模式。发挥董家口经济区区港"联建共建"联席会议平台协调作用'


def test_join_spaces_further_on_need_a_run():
    long = '全面落实市场准人负面清单,实行"非禁即人",企业登记线上云端集成、一 网通办。'
    run = '建立区、镇街、社区三级"就近 云办"服务体系,实现远程视频就近 办。开设线下"开办企业一窗式服务专 区",设立'
    assert drop_join_spaces(long + run) == long + run.replace(" ", "")
    pair = "开展‘我为群众办实事 第一书记见行动’‘千名干部进千企 精准服务促发展’‘万名党员入万户 办好群众身边事’"
    assert drop_join_spaces(pair) == pair


def test_letter_spacing_keeps_phrases():
    assert drop_letter_spacing("学思想 强党性") == "学思想 强党性"
    assert drop_letter_spacing("检 察 院") == "检察院"


def test_reflow_keeps_the_dateline_space():
    assert reflow(["本报8月18日讯  今天下午，", "“西海岸大讲堂”"], keep=8) == "本报8月18日讯 今天下午，“西海岸大讲堂”"
    assert reflow(["本报讯\u00a0近日，区人大常委会"], keep=3) == "本报讯 近日，区人大常委会"


def test_split_lines_marks_indents_and_splits_inner_bylines():
    lines = split_lines(" \u3000\u3000目前，联盟\n人次。 \u3000\u3000□记者 董梅雪 报道\n\n- (2)着力解决\n- (175.) 二是推动")
    assert [(ln.text, ln.indented, ln.marked) for ln in lines] == [
        ("目前，联盟", True, False),
        ("人次。", False, False),
        ("□记者 董梅雪 报道", True, False),
        ("", False, False),
        ("(2)着力解决", False, True),
        ("二是推动", False, True),
    ]


def test_dropped_marks():
    assert dropped_marks("- (2)着力\n- (175.) 二是\n正文 - 不是") == "--(175.)"
