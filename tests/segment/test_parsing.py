"""Bylines, datelines, continuation marks and headlines, with exact expected values."""

from __future__ import annotations

import pytest

from generator.segment.bylines import Byline, is_byline, parse_byline
from generator.segment.headlines import (
    Piece,
    Roles,
    assign_roles,
    derive_title,
    is_furniture,
    is_large,
    label_name,
    looks_like_headline,
    split_pieces,
)
from generator.segment.marks import Dateline, Marks, find_marks, opens_with_continuation, page_number, parse_dateline, take_marks
from generator.segment.similarity import Weights


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("□记者 董梅雪 报道", Byline("□记者 董梅雪 报道", ("董梅雪",))),
        ("□本报记者 陈蔚\u3000本报通讯员 魏晓", Byline("□本报记者 陈蔚\u3000本报通讯员 魏晓", ("陈蔚",), ("魏晓",))),
        (
            "□本报记者 陈蔚\u3000本报通讯员 胡全福 王孜祎",
            Byline("□本报记者 陈蔚\u3000本报通讯员 胡全福 王孜祎", ("陈蔚",), ("胡全福", "王孜祎")),
        ),
        ("□青岛日报/观海新闻记者 薛华飞", Byline("□青岛日报/观海新闻记者 薛华飞", ("薛华飞",), (), "青岛日报")),
        ("□记者\u00a0宋迎迎\u00a0报道", Byline("□记者 宋迎迎 报道", ("宋迎迎",))),
        ("□记者董梅雪 报道", Byline("□记者董梅雪 报道", ("董梅雪",))),
    ],
)
def test_parse_byline(line, byline):
    assert parse_byline(line) == byline


def test_is_byline():
    assert is_byline("□记者 仪博文 报道")
    assert not is_byline("□ 附件")
    assert not is_byline("记者从唐岛湾金融科创区获悉，")


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("本报9月9日讯 今天上午，", Dateline("本报9月9日讯", 9, 9)),
        ("本报讯 近日，", Dateline("本报讯")),
        ("本报5月30日讯 根据", Dateline("本报5月30日讯", 5, 30)),
        ("新华社北京9月9日电 记者", Dateline("新华社北京9月9日电", 9, 9)),
        ("本报记者 陈蔚", None),
        ("会议指出，本报讯", None),
    ],
)
def test_parse_dateline(text, dateline):
    assert parse_dateline(text) == dateline


NUMERALS = [("一", 1), ("三", 3), ("十", 10), ("十二", 12), ("二十", 20), ("二十一", 21), ("12", 12)]


@pytest.mark.parametrize(("numeral", "number"), NUMERALS)
def test_page_number(numeral, number):
    assert page_number(numeral) == number


def test_take_marks():
    assert take_marks("（上接第一版）也是西海岸") == Marks("也是西海岸", 1, None, ("（上接第一版）",))
    assert take_marks('设立"个转企"服务(下转第三版)') == Marks('设立"个转企"服务', None, 3, ("(下转第三版)",))
    both = Marks("委员会……服务", 1, 3, ("(上接第一版)", "（下转第 3 版）"))
    assert take_marks("(上接第一版)委员会……服务（下转第 3 版）") == both
    assert take_marks("正文中提到（上接第一版）的字样") == Marks("正文中提到（上接第一版）的字样")


def test_find_and_open_marks():
    assert find_marks("（上接第一版）甲\n乙(下转第三版)") == ["（上接第一版）", "(下转第三版)"]
    assert opens_with_continuation(" (上接第二版)乙")
    assert not opens_with_continuation("甲(下转第三版)")


def test_headline_shapes():
    assert looks_like_headline(["城投创投公司荣获", "AAA主体信用评级"])
    assert not looks_like_headline(["面对商品车业务发展呈现出的强劲势头,"])
    assert not looks_like_headline(["一", "二", "三", "四"])
    assert split_pieces(["深化政务公开工作 提升政务服务水平", "市12345政务服务便民热线", "开展“政府开放日”活动"]) == [
        ("深化政务公开工作 提升政务服务水平",),
        ("市12345政务服务便民热线", "开展“政府开放日”活动"),
    ]
    assert split_pieces(["“点线面”发力，办实事解难题", "西海岸新区“三条战线”推动为民服务走深走实"]) == [
        ("“点线面”发力，办实事解难题",),
        ("西海岸新区“三条战线”推动为民服务走深走实",),
    ]


def test_furniture_and_labels():
    assert label_name(">>推动深度融合<<") == "推动深度融合"
    assert label_name("【区县传真】") == "区县传真"
    assert label_name("【 聚焦两会 】") == "聚焦两会"
    assert label_name("金融与科技双向赋能") == ""
    assert label_name("【编者按】") == "编者按"
    assert not is_furniture(">>推动深度融合<<")
    assert is_furniture("学思想 强党性 重实践 建新功")
    assert not is_furniture("报记者 高建国 通讯员")  # the middle of a byline a narrow column wrapped
    assert not is_furniture("深化政务公开工作 提升政务服务水平")
    assert not is_furniture("金融与科技双向赋能")


def test_roles():
    kicker = Piece(("新区政务服务党建联盟以平台思维推动营商环境持续优化",), wide=True)
    title = Piece(("画好政务服务同心圆", "办好惠企便民暖心事"), large=True)
    assert assign_roles([kicker, title]) == Roles(kicker.lines[0], "画好政务服务同心圆 办好惠企便民暖心事")
    assert assign_roles([Piece(("区人大常委会视察", "中外企业联合会工作"), large=True), Piece(("佟海燕带队",))]) == Roles(
        title="区人大常委会视察中外企业联合会工作", subtitle="佟海燕带队"
    )
    long_kicker = Piece(("区行政审批服务局开展“我陪群众走流程”活动，推动", "行政审批提速增效、提质升级"), wide=True)
    assert assign_roles([long_kicker, Piece(("肩并肩走流程，心贴心优服务",))]).title == "肩并肩走流程，心贴心优服务"
    dash = Piece(("聚力推进64个重点水务项目建设,编制现代水网建设规划——",))
    assert assign_roles([dash, Piece(("青岛积极创建全省市级现代水网示范区",))]).title == "青岛积极创建全省市级现代水网示范区"
    pair = [Piece(("山东港口青岛港商品车码头揭牌",)), Piece(("拥有2个专用泊位和6个通用泊位,可供4艘大型滚装船同时作业",))]
    assert assign_roles(pair) == Roles(title="山东港口青岛港商品车码头揭牌", subtitle=pair[1].lines[0])
    assert assign_roles([Piece(("建立联建机制 变“独角戏”为“大合唱”",))]) == Roles(title="建立联建机制 变“独角戏”为“大合唱”")
    assert assign_roles([Piece(("引",)), Piece(("主",)), Piece(("副",))]) == Roles("引", "主", "副")


def test_large_type():
    assert is_large(("画好政务服务同心圆", "办好惠企便民暖心事"), 16)
    assert not is_large(("区行政审批服务局开展“我陪群众走流程”活动，推动", "行政审批提速增效"), 30)
    assert not is_large(("佟海燕带队",), 16)
    assert is_large(("市12345政务服务便民热线", "开展“政府开放日”活动"), 0)


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        ("今天上午，区第三届人大常委会第三十一次主任会议召开，听取有关情况汇报", "区第三届人大常委会第三十一次主任会议召开"),
        ("“春雨行动”为主线，扩大信贷投放", "“春雨行动”为主线"),
        ("等方式，深入一线进行督导检查，积极主动发现问题", "深入一线进行督导检查"),
        ("委员会2023年第一次会议,深入学习贯彻", "委员会2023年第一次会议"),
        ("区人大常委会党组成员、副主任及副区级领导干部，区政府党组成员", "区人大常委会党组成员、副主任及副区级领导干部"),
        ("在第40个教师节来临之际，今天上午，区政协主席逯鹰到新区太行山路小学走访慰问，向学校教职员工致以节日的问候",
         "区政协主席逯鹰到新区太行山路小学走访慰问"),
        ("近日，经联合资信评估股份有限公司对青岛城投集团一级子公司、城投创投公司信用状况、青岛城投创业投资有限公司进行综合分析",
         "经联合资信评估股份有限公司对青岛城投集团一级子公司、城投创投公司信用状况"),
        ("新区召开未成年人重点工作推进会 会议总结交流了2023年工作情况", "新区召开未成年人重点工作推进会"),
        ("青岛市黄岛区西海岸新区工委党校二〇二四年秋季学期开学典礼举行", "青岛市黄岛区西海岸新区工委党校二〇二四年秋季学期开学典礼举行"),
    ],
)
def test_derive_title(lead, title):
    assert derive_title(lead) == title


def test_likeness_of_passages():
    passages = ["政务服务党建联盟开展活动", "党建联盟成员单位开展活动", "城投创投公司荣获信用评级"]
    like = Weights.of(passages).likeness(passages)
    assert all(abs(like[i][i] - 1.0) < 1e-9 for i in range(3))
    assert all(like[i][j] == like[j][i] for i in range(3) for j in range(3))
    assert like[0][1] > like[0][2] == 0.0


def test_marks_of_lettered_pages_and_one_sided_marks():
    assert take_marks("（上接A1版）给予最高") == Marks("给予最高", 1, None, ("（上接A1版）",))
    assert take_marks("对进度滞后的（下转A2版）") == Marks("对进度滞后的", None, 2, ("（下转A2版）",))
    assert take_marks("（转第3版）") == Marks("", None, 3, ("（转第3版）",))  # 转 alone: where it goes on
    assert take_marks("（紧接第1版）正文") == Marks("正文", 1, None, ("（紧接第1版）",))  # 接: where it came from


def test_serial_marks_end_a_part_and_name_no_one():
    from generator.segment.articles import is_cut_short
    from generator.segment.bylines import end_byline
    from generator.segment.marks import ends_part

    assert ends_part("灯一直亮到很晚。\n（未完待续）") and ends_part("（全文完）")
    assert not ends_part("（记者 张明）") and not ends_part("他说（待续的工作）还多")
    assert end_byline("那天夜里，灯一直亮到很晚。（未完待续）") == ""
    assert not is_cut_short("那天夜里，灯一直亮到很晚。（未完待续）")
    assert not is_cut_short("让村民真正分享发展红利。\n（作者系临溪市社会科学院研究员）")
    assert is_cut_short("老旧小区改造，直接关系到市民")


def test_a_reader_signs_with_the_place_in_brackets_only():
    assert parse_byline("（城东区锦绣社区\u3000何家明）") == Byline("（城东区锦绣社区\u3000何家明）", ("何家明",))
    assert is_byline("（城东区锦绣社区\u3000何家明）")
    assert not is_byline("城东区锦绣社区 何家明")  # unbracketed, a place and a name are text
    assert is_byline("□ 章敏之")  # □ marks a writer, whatever the surname
    assert not is_byline("■ 章程")  # other marks label things; only the commonest surnames sign after them


def test_a_sentence_is_no_dispatch():
    assert parse_dateline("我所在的锦绣社区有四百多辆电动自行车") is None
    assert parse_dateline("人民日报北京3月5日电 记者") == Dateline("人民日报北京3月5日电", 3, 5)


def test_headlines_may_ask_a_question():
    assert looks_like_headline(["老旧小区加装电梯", "补贴怎么申请？"])
    assert not looks_like_headline(["多次沟通无果后，她该怎么办？"])  # a sentence of the text
    assert not looks_like_headline(["问：申请表在哪里领取？"])  # a question put in an interview
    assert not looks_like_headline(["（未完待续）"])  # a mark in brackets, printed with a text


def test_masthead_weather_and_lettered_page():
    from generator.segment.pagehead import parse_header

    assert parse_header("今日天气：多云转雷阵雨\u300024℃～32℃\u3000南风2～3级") is not None
    assert parse_header("今日天气：多云转雷阵雨\u300024℃～32℃A1\u3000要闻") is None  # the page's field is apart
    assert parse_header("A1\u3000要闻", edge=True).page == 1
    assert parse_header("32010500123") is None  # a number the wrap cut from a licence, no phone
    assert parse_header("0532-88886666") is not None
