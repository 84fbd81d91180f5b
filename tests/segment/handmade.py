"""Hand-set test pages (``pages/*.txt``) and what an editor cuts from each, written by reading them.

The pages are invented local news (pages 01–37 of one paper but for a Macau paper in
traditional characters, pages 38–67 each of a paper of its own), set in hard-wrapped columns
as a PDF text extractor emits them at widths from 8 to 28 characters, each showing one
printing convention (some several). Pages 14–67 were written in nine batches by someone who
had not read the segmenter. Articles are written as in ``expected.py``; a
``HandPage`` adds what the page itself says: its date, page number, section (版名) and
editors, and the printed lines that belong to no article (``furniture_phrases``: page
header and footer, column banners and labels, which the articles under them name in
``column``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from generator.ingest.reader import decode_text

from .expected import Expected
from .rewrap import rewrap
from .variants import ENCODINGS, encode

PAGES_DIR = Path(__file__).resolve().parent / "pages"
PAPER = "东滨日报"
WIDTHS = range(8, 31)


@dataclass(frozen=True)
class HandPage:
    """One hand-set page: its column width (``lead_width`` for a wider lead paragraph above
    the columns), the paper (pages 01–37 but 29_traditional, a Macau paper that prints its name
    in every page header, are of one paper, whose front page alone prints its name; pages 38–67
    are each of another paper, named where the page prints it), ISO
    ``date`` ('' when the page does not print one), ``page`` number (0 when not printed),
    ``section`` ('' when none), ``editors`` by role, articles in printed order, and the
    convention the page is about (``focus``)."""

    name: str
    width: int
    paper: str
    date: str
    page: int
    section: str
    editors: dict[str, str]
    articles: list[Expected]
    furniture_phrases: tuple[str, ...] = ()
    lead_width: int = 0
    focus: str = ""

    @property
    def path(self) -> Path:
        return PAGES_DIR / f"{self.name}.txt"

    def text(self) -> str:
        """The page's text, decoded as the reader decodes it."""
        return decode_text(self.path.read_bytes(), self.path.name)


BENBAO = "本报讯"


def _page(name: str, width: int, date: str, page: int, section: str, editors: dict[str, str], articles: list[Expected], **kw) -> HandPage:
    return HandPage(name, width, PAPER, date, page, section, editors, articles, **kw)


PAGES = [
    _page(
        "01_dispatch",
        14,
        "2024-03-06",
        3,
        "要闻",
        {"责任编辑": "王芳", "美术编辑": "李强"},
        [
            Expected(
                key="全国春季农业生产科技服务工作会议在北京召开",
                title="全国春季农业生产科技服务工作会议召开",
                dateline="新华社北京3月5日电",
                byline="（记者 周立新 韩雪）",
                authors=("周立新", "韩雪"),
                contains=("今年春播面积预计稳中有增，小麦主产区苗情总体好于上年。", "把良种良法送到农户手中", "培训高素质农民八十万人次。"),
            ),
            Expected(
                key="在京出席全国两会的我市代表委员",
                title="在京代表委员热议政府工作报告",
                dateline="本报北京3月5日电",
                byline="（记者 孙海鹰）",
                authors=("孙海鹰",),
                contains=("东滨港务集团技术总监吴志强", "“我们今年将继续推进自动化码头改造，让更多岸桥实现远程操控。”"),
            ),
            Expected(
                key="海川区十二座灌溉泵站全部开机运行",
                titles=("海川区十二座泵站开机春灌", "六万亩小麦喝上“及时水”"),
                dateline=BENBAO,
                byline="（记者 张晓东 通讯员 李慧敏）",
                authors=("张晓东",),
                correspondents=("李慧敏",),
                contains=("对老旧泵站和斗渠进行了改造，灌溉效率比去年提高两成以上。", "区水利局负责人介绍"),
            ),
            Expected(
                key="首趟“东滨—阿拉木图”铁海联运班列",
                title="东滨港首条至中亚铁海联运班列开行",
                dateline=BENBAO,
                byline="（记者 陈静）",
                authors=("陈静",),
                contains=("3月5日上午，满载汽车配件", "逐步形成稳定的中亚物流通道。"),
            ),
        ],
        furniture_phrases=("2024年3月6日　星期三　第3版　要闻　责任编辑：王芳　美术编辑：李强",),
        focus="dispatch datelines with their bylines in brackets",
    ),
    _page(
        "02_endbyline",
        16,
        "",
        0,
        "",
        {"编辑": "赵明辉", "校对": "钱小燕"},
        [
            Expected(
                key="杨柳镇中心小学五年级的学生们",
                title="青禾县三所乡村学校用上智慧教室",
                dateline=BENBAO,
                byline="（记者 林小雨）",
                authors=("林小雨",),
                contains=("并与县城优质学校结成帮扶对子，每周开设同步课堂不少于六节。", "学生王一诺说。"),
            ),
            Expected(
                key="海川区老城街区改造工程启动仪式",
                title="海川区启动“老城烟火”街区改造",
                dateline=BENBAO,
                byline="（本报记者 高建国 通讯员 苏婷）",
                authors=("高建国",),
                correspondents=("苏婷",),
                contains=("施工期间将采取分段封闭、错时作业的方式", "尽量减少对沿街商户和居民出行的影响。"),
            ),
            Expected(
                key="记者从市气象台获悉",
                title="本周后期我市有明显降温",
                dateline=BENBAO,
                byline="（记者 何文博 通讯员 郑佳）",
                authors=("何文博",),
                correspondents=("郑佳",),
                contains=("已出苗的蔬菜大棚要及时加盖草帘，城区市民外出注意添衣保暖，驾车注意路面湿滑。",),
            ),
            Expected(
                key="以七十八比六十九战胜来访的江城队",
                title="东滨女篮主场两连胜",
                dateline=BENBAO,
                byline="（本报记者 邵锋）",
                authors=("邵锋",),
                contains=("主教练马永刚赛后表示，球队防守轮转越来越默契",),
            ),
        ],
        furniture_phrases=("编辑：赵明辉　校对：钱小燕",),
        focus="bylines in brackets at the end of the article; a page with neither date nor number",
    ),
    _page(
        "03_byline_open",
        12,
        "2024-05-14",
        3,
        "综合新闻",
        {},
        [
            Expected(
                key="青禾县云雾山上的茶园一片繁忙",
                title="青禾县茶农合作社走出增收新路子",
                kicker="从“单打独斗”到“抱团发展”",
                byline="本报记者 黄丽娟\u3000本报通讯员 田野",
                authors=("黄丽娟",),
                correspondents=("田野",),
                contains=("统一品牌销售，去年社员户均增收一万二千元。", "带动茶农三千余户。"),
            ),
            Expected(
                key="与东滨港务集团签约共建智慧港口产业学院",
                title="东滨职业技术学院与港口企业共建产业学院",
                byline="■本报记者 罗晓峰",
                authors=("罗晓峰",),
                contains=("企业技术骨干将走上讲台担任兼职教师。", "学生毕业后可直接进入港区工作。"),
            ),
            Expected(
                key="一块闲置多年的空地变成了居民们的",
                title="老街坊的“共享菜园”",
                byline="文/图 记者 宋佳",
                authors=("宋佳",),
                photographers=("宋佳",),
                captions=("■居民在“共享菜园”里给蔬菜浇水。",),
                contains=("收获的蔬菜一部分送给辖区的独居老人，邻里之间也因为这块菜园熟络了起来。",),
            ),
            Expected(
                key="第十届东滨月季花展在市民公园开幕",
                title="市民公园月季花展开幕",
                byline="本报记者 韩冰",
                authors=("韩冰",),
                photographers=("郑国梁",),
                captions=("■市民在花展上拍照留念。（记者 郑国梁 摄）",),
                contains=("本届花展持续至6月10日，期间还将举办月季摄影比赛和园艺知识讲座。",),
            ),
            Expected(
                key="东滨海关在对一批出口货物查验时",
                title="东滨海关查获一批侵权商品",
                dateline=BENBAO,
                photographers=("郑国梁",),
                captions=("■海关关员清点查获的侵权商品。记者 郑国梁 摄",),
                contains=("目前案件已移交相关部门进一步处理。",),
            ),
        ],
        furniture_phrases=("A3　2024年5月14日　星期二　综合新闻",),
        focus="bylines opening the article (本报记者/本报通讯员, ■本报记者, 文/图) and photo credits",
    ),
    _page(
        "04_briefs",
        10,
        "",
        5,
        "",
        {},
        [
            Expected(
                key="南湖湿地公园二期工程正式开工",
                title="南湖湿地公园二期工程开工",
                dateline=BENBAO,
                byline="（记者 谢文杰）",
                authors=("谢文杰",),
                contains=("观鸟平台三处，并对湖岸进行生态修复。", "成为城区最大的生态公园。"),
            ),
            Expected(
                key="二万三千亩小麦秋播全面展开",
                title="岚山镇启动秋播",
                column="简讯",
                dateline=BENBAO,
                contains=("镇农技站组织技术人员分片包村", "预计十月上旬完成全部播种任务。"),
            ),
            Expected(
                key="市图书馆周末开放时间延长至晚上九点",
                title="市图书馆延长开放时间",
                column="简讯",
                dateline=BENBAO,
                contains=("自习区座位可通过微信公众号提前预约。",),
            ),
            Expected(
                key="为期一个月的消防安全大检查",
                title="海川区开展消防安全大检查",
                column="简讯",
                dateline=BENBAO,
                contains=("对发现的隐患当场督促整改。",),
            ),
            Expected(
                key="8月份东滨港完成集装箱吞吐量",
                title="东滨港集装箱吞吐量创新高",
                column="简讯",
                dateline=BENBAO,
                contains=("同比增长百分之九点六，创单月历史新高。",),
            ),
            Expected(
                key="石门乡第三届农民丰收节在乡文化广场举行",
                title="石门乡举办丰收节",
                column="简讯",
                dateline=BENBAO,
                contains=("吸引不少游客参与。",),
            ),
        ],
        furniture_phrases=("第5版", "简 讯", "本版邮箱：dbrb5@dbrb.com.cn"),
        focus="a 简讯 column of five items, headlines run in (■…　本报讯) or on their own line",
    ),
    _page(
        "05_editor_note",
        18,
        "2024-06-03",
        4,
        "教育",
        {"责任编辑": "孙悦"},
        [
            Expected(
                key="石门乡中心小学的操场上总是格外热闹",
                title="一所山村小学的“第二课堂”",
                editor_note="今起，本版推出“乡村教师”系列报道",
                byline="□本报记者 林小雨",
                authors=("林小雨",),
                contains=("学校有近一半学生是留守儿童，放学后缺少陪伴，老师们便自发利用课余时间", "音乐老师许文静，第一次带合唱队"),
            ),
            Expected(
                key="今年全市共有四万三千六百名考生",
                title="我市中考报名人数比去年增加两千余人",
                dateline=BENBAO,
                byline="（记者 叶青）",
                authors=("叶青",),
                contains=("手机等电子设备一律不得带入考场。",),
            ),
            Expected(
                key="智能海洋装备、数字经济和康复治疗学",
                title="东滨大学新增三个本科专业",
                dateline=BENBAO,
                byline="（记者 叶青 通讯员 魏安琪）",
                authors=("叶青",),
                correspondents=("魏安琪",),
                contains=("实行校企双导师制培养。",),
            ),
        ],
        furniture_phrases=("2024年6月3日　星期一　第4版　教育　责任编辑：孙悦",),
        focus="an 编者按 between headline and byline",
    ),
    _page(
        "06_commentary",
        15,
        "2024-07-08",
        6,
        "评论",
        {},
        [
            Expected(
                key="城区见缝插针建起了一批",
                title="让“口袋公园”真正装进群众口袋",
                column="短评",
                byline="（马骏）",
                authors=("马骏",),
                contains=("座椅破损无人修，绿植枯死无人补，有的甚至被圈起来堆放杂物。",),
            ),
            Expected(
                key="全市经济运行稳中有进",
                title="以实干笃定推动高质量发展",
                byline="本报评论员",
                contains=("坚定信心，把各项政策落到实处。", "以实实在在的成效检验工作。"),
            ),
            Expected(
                key="全市中小学暑期安全工作会议召开",
                title="全市部署中小学暑期安全工作",
                dateline=BENBAO,
                byline="（记者 叶青）",
                authors=("叶青",),
                contains=("并向家长发放安全告知书。",),
            ),
            Expected(
                key="各区夜市人气渐旺",
                title="夜市要“热闹”也要“规矩”",
                column="短评",
                byline="文/刘思远",
                authors=("刘思远",),
                contains=("让夜市既有烟火气，又守住秩序，才能红火得长久。",),
            ),
        ],
        furniture_phrases=("评论　2024年7月8日　星期一　第6版", "短评"),
        focus="commentaries: 短评 with the author at the end, a 本报评论员 article",
    ),
    _page(
        "07_photo",
        20,
        "2024-08-20",
        7,
        "视觉",
        {"责任编辑": "胡蓉", "图片编辑": "邹平"},
        [
            Expected(
                key="岚山渔港数百艘渔船鸣笛出海",
                title="渔港开海 千帆竞发",
                kind="photo",
                photographers=("郑国梁",),
                contains=("标志着为期三个半月的伏季休渔期结束。本报记者 郑国梁 摄",),
            ),
            Expected(
                key="二十个社区将在垃圾分类",
                title="我市启动第二批“无废社区”创建",
                dateline=BENBAO,
                byline="（记者 高建国）",
                authors=("高建国",),
                contains=("开展试点，力争年底前生活垃圾回收利用率达到百分之四十以上。",),
            ),
            Expected(
                key="用五种彩色水稻种出的",
                title="稻田画里看丰收",
                kind="photo",
                photographers=("冯敏",),
                contains=("吸引游客驻足观赏。（通讯员 冯敏 摄）",),
            ),
            Expected(
                key="报名通道于8月19日正式开启",
                title="东滨国际马拉松报名开启",
                dateline=BENBAO,
                byline="（本报记者 邵锋 通讯员 唐宁）",
                authors=("邵锋",),
                correspondents=("唐宁",),
                contains=("名额超出时将以抽签方式确定参赛选手。",),
            ),
            Expected(
                key="暑期托管班的孩子们在老师指导下制作风筝",
                title="暑期托管班里乐趣多",
                kind="photo",
                photographers=("宋佳",),
                contains=("制作风筝。记者 宋佳 摄",),
            ),
        ],
        furniture_phrases=("2024年8月20日　星期二　第7版　视觉　责任编辑：胡蓉　图片编辑：邹平",),
        focus="photo news: headline and caption with credit, no body",
    ),
    _page(
        "08_front",
        11,
        "2024-09-10",
        1,
        "",
        {"责任编辑": "周红", "校对": "钱小燕"},
        [
            Expected(
                key="通报今年以来重点项目建设情况",
                title="全市重点项目建设推进会召开",
                kicker="聚力建设现代化海洋城市",
                dateline=BENBAO,
                byline="（记者 孙海鹰）",
                authors=("孙海鹰",),
                continued_to=3,
                contains=(
                    "以项目建设的加速度推动经济发展的高质量。",
                    "作为稳增长的“压舱石”，一批打基础、利长远的重大项目加快推进。",
                    "截至8月底",
                ),
            ),
            Expected(
                key="随着最后一片钢箱梁吊装就位",
                title="东滨湾跨海大桥主体工程完工",
                dateline="本报9月9日讯",
                byline="□记者 何文博 报道",
                authors=("何文博",),
                continued_to=3,
                contains=("全长十一点六公里，是连接主城区与东岸新城的重要通道", "建设单位攻克了海上超深水桩基础施工"),
            ),
            Expected(
                key="市领导分别走访慰问部分学校的一线教师",
                title="市领导走访慰问教师",
                dateline=BENBAO,
                byline="（记者 叶青）",
                authors=("叶青",),
                contains=("了解他们的工作和生活情况，勉励他们潜心教书育人。",),
            ),
        ],
        furniture_phrases=("东滨日报　2024年9月10日　星期二　农历八月初八　第1版", "责任编辑：周红　校对：钱小燕"),
        lead_width=24,
        focus="front page: articles jumping to page 3, a wide lead paragraph above narrow columns",
    ),
    _page(
        "09_jump",
        17,
        "2024-09-10",
        3,
        "要闻",
        {"责任编辑": "吴涛"},
        [
            Expected(
                key="高于序时进度八个百分点",
                title="全市重点项目建设推进会召开",
                kind="continuation",
                continued_from=1,
                contains=("对用地、用能、资金等方面的难题实行清单化管理，逐项明确责任单位和完成时限", "观摩评比结果。"),
            ),
            Expected(
                key="获得国家发明专利六项",
                title="东滨湾跨海大桥主体工程完工",
                kind="continuation",
                continued_from=1,
                contains=("预计明年上半年建成通车。",),
            ),
            Expected(
                key="一千三百余名应征青年",
                title="秋季征兵体检工作启动",
                dateline=BENBAO,
                byline="（记者 何文博 通讯员 郑佳）",
                authors=("何文博",),
                correspondents=("郑佳",),
                contains=("体检站实行预约分时段进站，尽量减少应征青年的等候时间。",),
            ),
            Expected(
                key="六十余家餐饮企业",
                title="海鲜美食节在渔人码头开幕",
                dateline=BENBAO,
                byline="（记者 宋佳）",
                authors=("宋佳",),
                contains=("其间每个周末都有厨艺展示和民俗表演。",),
            ),
        ],
        furniture_phrases=("2024年9月10日　星期二　第3版　要闻　责任编辑：吴涛",),
        focus="page 3 of 08_front: continuations under their repeated headlines",
    ),
    _page(
        "10_labels",
        9,
        "2024-03-08",
        2,
        "要闻",
        {},
        [
            Expected(
                key="“东滨+”客户端正式上线",
                title="区融媒体中心“东滨+”客户端上线",
                column="推动深度融合",
                dateline=BENBAO,
                byline="（记者 罗晓峰）",
                authors=("罗晓峰",),
                contains=("互动四大板块，市民可在线查询社保、公积金等五十余项便民信息。", "多元发布。"),
            ),
            Expected(
                key="岚山镇渔业合作社理事长许海生",
                title="我市代表建议加快发展海洋牧场",
                column="聚焦两会",
                dateline="本报北京3月7日电",
                byline="（记者 孙海鹰）",
                authors=("孙海鹰",),
                contains=("又能带动渔民转产增收，建议加大对深远海养殖装备的扶持力度。",),
            ),
            Expected(
                key="东滨职业技术学院院长钱卫东",
                title="委员热议职业教育发展",
                column="聚焦两会",
                dateline="本报北京3月7日电",
                byline="（记者 孙海鹰）",
                authors=("孙海鹰",),
                contains=("职业院校专业设置和课程开发，让学生在校期间就能接触真实生产场景。",),
            ),
            Expected(
                key="今年一季度全区新建公共充电桩三百个",
                title="海川区新增公共充电桩三百个",
                dateline=BENBAO,
                contains=("主要分布在居民小区、商业综合体和公园停车场。",),
            ),
        ],
        furniture_phrases=("2024年3月8日　星期五　第2版　要闻", ">>推动深度融合<<", "【聚焦两会】"),
        focus="labels above headlines (>>推动深度融合<<, 【聚焦两会】) in a 9-character column",
    ),
    _page(
        "11_subheads",
        22,
        "2024-04-16",
        8,
        "理论·实践",
        {"编辑": "梁静", "校对": "何平"},
        [
            Expected(
                key="原来按部门设置的几十个窗口",
                title="让企业办事像网购一样方便",
                subtitle="海川区深化“一件事”集成改革",
                byline="本报记者 黄丽娟\u3000本报通讯员 苏婷",
                authors=("黄丽娟",),
                correspondents=("苏婷",),
                subheads=("审批流程再精简 一窗受理", "企业开办更便捷 当天领照", "项目落地加速度 拿地即开工"),
                contains=(
                    "作为改革的切入点，对涉及多个部门的事项进行流程再造",
                    "平均开办时间压缩至四小时以内，绝大多数企业当天即可领到执照。",
                    "企业拿到土地后即可申领施工许可证。",
                ),
            ),
            Expected(
                key="居民遇到邻里纠纷、物业矛盾等问题",
                title="全市首家“共享法庭”在鼓楼街道挂牌",
                dateline=BENBAO,
                byline="（记者 罗晓峰 通讯员 孔丽）",
                authors=("罗晓峰",),
                correspondents=("孔丽",),
                contains=("直接联系法官，在线调解、在线立案。",),
            ),
            Expected(
                key="全市农业农村系统围绕粮食安全和乡村振兴两条主线",
                title="关于2024年一季度农业农村重点工作推进情况的报告",
                subheads=("一、主要工作进展", "二、存在的问题和下一步打算"),
                level2=("（一）春耕生产有序推进", "（二）高标准农田建设加快实施", "1.抓好春季田间管理", "2.壮大村级集体经济"),
                contains=(
                    "储备化肥四点五万吨，春耕所需农资供应充足、价格总体稳定。",
                    "重点抓好以下工作：",
                    "年内力争集体经营性收入十万元以上的村占比达到百分之六十。",
                    "东滨市农业农村局二〇二四年四月十日",
                ),
            ),
        ],
        furniture_phrases=("第8版　理论·实践　2024年4月16日　编辑：梁静　校对：何平",),
        focus="subheads in two parts on two lines; 一、 headings with （一） and 1. under them; a 〇 date",
    ),
    _page(
        "12_mixed",
        19,
        "2024-10-22",
        5,
        "区县新闻",
        {},
        [
            Expected(
                key="一排排蔬菜大棚的温度、湿度和光照数据",
                title="青禾县建成5G智慧农业示范区",
                kicker="数字赋能产业升级——",
                subtitle="全县农产品网络销售额突破十二亿元",
                byline="□本报记者 黄丽娟\u3000本报通讯员 田野",
                authors=("黄丽娟",),
                correspondents=("田野",),
                contains=(
                    "全县主要农业园区实现5G信号全覆盖",
                    "《青禾县数字农业发展三年行动方案（二〇二四—二〇二六年）》，扶持建设农产品直播基地九个。",
                    "农产品加工增加值占GDP的百分之十八点三",
                ),
            ),
            Expected(
                key="东岸新城首座“零碳”公交场站正式投入使用",
                title="东岸新城首座“零碳”公交场站投用",
                dateline=BENBAO,
                truncated=True,
                contains=("光伏发电除满足场站自身用电外，多余电量还可",),
            ),
            Expected(
                key="海川区二〇二三年启动的老旧小区改造工程",
                title="海川区老旧小区改造进入收尾阶段",
                dateline=BENBAO,
                byline="（记者 罗晓峰）",
                authors=("罗晓峰",),
                contains=("涉及的三十七个小区中已有三十一个完成竣工验收", "“楼里亮堂了，下雨也不漏了，住着舒心多了。”"),
            ),
            Expected(
                key="首批十二台风机并网发电",
                title="岚山镇海上风电项目并网发电",
                column="区县传真",
                dateline=BENBAO,
                byline="（记者 何文博）",
                authors=("何文博",),
                contains=("可满足约四十万户家庭一年的用电需求。",),
            ),
            Expected(
                key="石门乡八千亩板栗园迎来丰收",
                title="石门乡板栗喜获丰收",
                column="区县传真",
                dateline=BENBAO,
                contains=("栗农们的收入有了保障。",),
            ),
            Expected(
                key="六十余家外贸企业参加跨境电商专题培训",
                title="海川区举办外贸企业培训会",
                column="区县传真",
                dateline=BENBAO,
                contains=("一位曾经服务APEC工商领导人峰会的专家",),
            ),
            Expected(
                key="挑担接力、玉米脱粒",
                title="青禾县第十届农民运动会闭幕",
                column="区县传真",
                dateline=BENBAO,
                contains=("本届运动会已于2024年10月19日开幕",),
            ),
        ],
        furniture_phrases=("A5　2024年10月22日　星期二　区县新闻　本版邮箱：qxxw@dbrb.com.cn", "【区县传真】"),
        focus=(
            "mixed: kicker/title/subtitle stack, Latin words and numbers broken across lines (5 G, G DP, AP EC, "
            "20 24年), 〇 dates, a truncated article, a headline after its body, a 【区县传真】 column"
        ),
    ),
    _page(
        "13_mixed",
        21,
        "2024-12-03",
        6,
        "社会",
        {"本版编辑": "何晴", "美术编辑": "李强"},
        [
            Expected(
                key="市供热服务热线值班室里电话铃声此起彼伏",
                title="供热热线的三个夜晚",
                kicker="一条热线连着万家冷暖——",
                subtitle="全市已受理供暖诉求一万一千余件，办结率百分之九十八",
                editor_note="本报记者连续三个夜晚跟随供热热线工作人员入户",
                byline="■本报记者 高建国\u3000通讯员 唐宁",
                authors=("高建国",),
                correspondents=("唐宁",),
                subheads=("接诉即办 半小时到现场", "回访到户 问题不过夜"),
                contains=(
                    "室温十四度……”不到十分钟，这条诉求就被派到了片区维修班组。",
                    "居民家里的暖气很快热了起来。",
                    "截至12月1日，热线共受理供暖诉求一万一千余件",
                ),
            ),
            Expected(
                key="记者2日从公安部获悉",
                titles=("公安部提醒", "雪天出行注意交通安全"),
                dateline="新华社北京12月2日电",
                byline="（记者 王立群 赵敏）",
                authors=("王立群", "赵敏"),
                contains=("提醒广大驾驶人雪天减速慢行，保持安全车距", "确保群众出行安全。"),
            ),
            Expected(
                key="三十个户外劳动者“暖心驿站”开放",
                title="全市首批“暖心驿站”开放",
                column="新闻速览",
                dateline=BENBAO,
                byline="（记者 邵锋）",
                authors=("邵锋",),
                contains=("在驿站内取暖、喝热水、给手机充电。",),
            ),
            Expected(
                key="东滨港至东南亚的冷链集装箱专线日前开通",
                title="东滨港开通冷链专线",
                column="新闻速览",
                dateline=BENBAO,
                contains=("这是东滨港今年开通的第五条外贸航线。",),
            ),
            Expected(
                key="一千二百余户困难家庭",
                title="青禾县发放冬季救助金",
                column="新闻速览",
                dateline=BENBAO,
                contains=("共计三百六十万元，确保困难群众温暖过冬。",),
            ),
            Expected(
                key="二十名志愿者获此称号",
                title="海川区评选年度“最美志愿者”",
                column="新闻速览",
                dateline=BENBAO,
                contains=("组织开展的海川区2024年度“最美志愿者”评选结果日前揭晓",),
            ),
            Expected(
                key="这些看似平常的举措",
                title="暖气热起来，服务也要热起来",
                column="短评",
                byline="（林一帆）",
                authors=("林一帆",),
                contains=("从根子上减少“不热”的烦恼。",),
            ),
            Expected(
                key="环卫工人在海川区人民路上清扫积雪",
                title="雪后清扫忙",
                kind="photo",
                photographers=("宋佳",),
                contains=("保障市民出行。（记者 宋佳 摄）",),
            ),
        ],
        furniture_phrases=("2024年12月3日　星期二　第6版　社会", "新闻速览", "短评", "本版编辑：何晴　美术编辑：李强"),
        focus=(
            "mixed: 编者按 printed above the headline stack, two-line subheads, a dispatch with its headline after "
            "the body, a 新闻速览 column, a 短评 and a photo, 20 24年 broken across lines"
        ),
    ),
    _page(
        "14_noindent",
        23,
        "2025-01-06",
        5,
        "城乡",
        {"责任编辑": "许静"},
        [
            Expected(
                key="青禾县桃源乡文化站的教室里坐满了人",
                title="青禾县农民夜校让冬闲变“冬忙”",
                dateline=BENBAO,
                byline="记者 王晓东 通讯员 李春燕",
                authors=("王晓东",),
                correspondents=("李春燕",),
                contains=(
                    "四十多位村民围在一台植保无人机旁",
                    "这是桃源乡今冬夜校的第一课。入冬以来",
                    "也有返乡创业的“土专家”。",  # across a column break
                    "去年他在夜校学会了直播卖红薯",
                    "培训农民一万人次以上。",
                ),
            ),
            Expected(
                key="东岸新城首条无人驾驶公交线路开始试运行",
                title="东岸新城首条无人驾驶公交线路试运行",
                dateline=BENBAO,
                byline="记者 罗晓峰",
                authors=("罗晓峰",),
                contains=("沿途设站点十二个", "一辆白色小型公交车缓缓驶入站台", "将根据客流情况调整班次和站点。"),
            ),
            Expected(
                key="鼓楼街道二百一十名“小巷管家”正式上岗",
                title="海川区两百余名“小巷管家”上岗",
                dateline=BENBAO,
                byline="通讯员 孔丽 记者 高建国",
                authors=("高建国",),
                correspondents=("孔丽",),
                contains=("可通过手机小程序拍照上报", "也花不了多少工夫。", "家住银杏巷的退休教师刘桂兰说。"),
            ),
            Expected(
                key="三处冰场将于1月10日起陆续开放",
                title="南湖公园等三处冬季冰场将开放",
                subtitle="门票价格与去年持平",
                dateline=BENBAO,
                byline="记者 宋佳",
                authors=("宋佳",),
                contains=("成人每人次三十元", "凭有效证件半价", "滑冰、垂钓。"),
            ),
        ],
        furniture_phrases=("第5版　城乡　2025年1月6日　星期一　责任编辑：许静",),
        focus=(
            "paragraphs with no indent at all (a paragraph ends where its line is short and ends a sentence), "
            "unmarked bylines 记者 X 通讯员 Y on their own line right above the body (one naming the 通讯员 first), "
            "a column break inside an unindented paragraph, 1 0日 broken across lines"
        ),
    ),
    _page(
        "15_interview",
        26,
        "2025-01-07",
        7,
        "人物",
        {"责任编辑": "梁静"},
        [
            Expected(
                key="岸桥司机从几十米高的驾驶室走进了中控室",
                title="吴志强：让老码头跑出“智慧速度”",
                byline="□本报记者 孙海鹰",
                authors=("孙海鹰",),
                contains=(
                    "东滨港集装箱吞吐量首次突破七百万标准箱",
                    "记者：一期改造完成后，码头作业发生了哪些变化？",
                    "弯着腰盯吊具十来个小时",  # across a column break
                    "老码头是边生产边改造",
                    "记者：今年还有哪些打算？",
                    "让老码头也能跑出新速度。",
                ),
            ),
            Expected(
                key="将走访慰问困难职工、劳动模范",
                title="市总工会启动“两节”送温暖活动",
                dateline=BENBAO,
                byline="（记者 邵锋）",
                authors=("邵锋",),
                contains=("一线职工一万二千余人次", "送去年货和团圆饭。"),
            ),
            Expected(
                key="五十三岁的电焊高级技师潘志海",
                title="钢板上的“绣花匠”",
                subtitle="——记东滨造船厂高级技师潘志海",
                column="身边的匠人",
                byline="□本报记者 黄丽娟\u3000通讯员 苏婷",
                authors=("黄丽娟",),
                correspondents=("苏婷",),
                subheads=("“焊缝就是船的命”", "啃下“卡脖子”的硬骨头", "把绝活传给年轻人"),
                contains=(
                    "焊枪喷出的蓝色弧光沿着焊缝缓缓移动",
                    "一次探伤合格率始终保持在百分之九十九以上",
                    "差一丝都不行。”这句话他记了三十多年",
                    "“短弧慢走”操作法",
                    "“手艺不能带走，得留在船上。”潘志海说。",
                ),
            ),
            Expected(
                key="城乡居民基本医疗保险集中缴费期将于1月31日结束",
                title="城乡居民医保集中缴费本月底结束",
                dateline=BENBAO,
                byline="（记者 叶青）",
                authors=("叶青",),
                contains=(
                    "问：今年的个人缴费标准是多少？",
                    "答：2025年度我市城乡居民医保个人缴费标准为每人每年四百元",
                    "问：可以通过哪些渠道缴费？",
                    "也可以到社区便民服务站现场办理。",
                ),
            ),
        ],
        furniture_phrases=("2025年1月7日　星期二　第7版　人物　责任编辑：梁静", "◆身边的匠人◆"),
        focus=(
            "an interview in 记者：/吴志强： turns under a headline that itself reads 吴志强：…; a 人物 feature with a "
            "——记 subtitle and one-line subheads (one in quotes); a policy Q&A in 问：/答： with its headline after the body"
        ),
    ),
    _page(
        "16_newstyle",
        28,
        "2025-01-08",
        2,
        "要闻",
        {"编辑": "刘晓", "校对": "陈敏"},
        [
            Expected(
                key="从市场开拓、贸易便利、金融支持、新业态培育等方面",
                title="我市出台稳外贸“十二条”",
                kicker="支持企业稳订单拓市场",
                dateline=BENBAO,
                byline="（通讯员 魏安琪 记者 孙海鹰）",
                authors=("孙海鹰",),
                correspondents=("魏安琪",),
                contains=(
                    "《关于进一步稳定外贸发展的若干措施》",
                    "中东等方向的外贸航线，对新开通的航线给予运营补助。",  # across a column break
                    "2024年全市外贸进出口总额",
                    "今年将力争保持稳中有进。",
                ),
            ),
            Expected(
                key="2025年铁路春运自1月14日开始",
                title="2025年铁路春运1月14日启动",
                dateline="新华社北京1月7日电",
                byline="（记者 王立群、赵敏）",
                authors=("王立群", "赵敏"),
                captions=("■1月7日，旅客在北京南站候车大厅排队检票进站。（新华社发）",),
                contains=("节后客流高峰期增开旅客列车", "12306网站和手机客户端购票"),
            ),
            Expected(
                key="市第一人民医院东岸院区正式开诊",
                title="市第一人民医院东岸院区开诊",
                subtitle="设置床位八百张，开设临床科室三十二个",
                dateline=BENBAO,
                byline="（记者 叶青）",
                authors=("叶青",),
                contains=("东岸新城居民今后在家门口就能看上三甲医院专家门诊。",),
            ),
            Expected(
                key="海川区2025年第一批重点项目集中开工",
                title="海川区新年首批重点项目集中开工",
                dateline=BENBAO,
                byline="（记者 何文博 通讯员 郑佳）",
                authors=("何文博",),
                correspondents=("郑佳",),
                photographers=("唐宁",),
                captions=("■海川智能装备产业园项目开工现场。（通讯员 唐宁 摄）",),
                contains=("二十三个项目总投资一百二十六亿元", "建成后可年产工业机器人一万台套。"),
            ),
        ],
        furniture_phrases=("A2 │ 要闻 │ 2025年1月8日 星期三 │ 编辑：刘晓 │ 校对：陈敏", "本版图片除署名外均由记者 郑国梁 摄"),
        focus=(
            "another house style: a │-ruled header with edition letter, a footer crediting the page's photos, "
            "本报讯（通讯员 X 记者 Y）, a 新华社 dispatch whose reporters are joined by 、, a （新华社发） caption "
            "credit, and a headline after its body and caption"
        ),
    ),
    _page(
        "17_roundup",
        13,
        "2025-01-09",
        3,
        "综合",
        {"责任编辑": "胡蓉"},
        [
            Expected(
                key="地铁2号线东延段开通初期运营",
                title="地铁2号线东延段开通",
                column="城事速递",
                contains=("东岸新城至市中心的通勤时间缩短约二十分钟。",),
            ),
            Expected(
                key="面向中小学生的寒假推荐书单",
                title="市图书馆推出“寒假书单”",
                column="城事速递",
                contains=("共分四个年龄段一百二十种图书。", "预约送书上门。"),
            ),
            Expected(
                key="三千亩大棚草莓进入采摘旺季",
                title="青禾县大棚草莓进入采摘季",
                column="城事速递",
                contains=("每天吸引上千名游客前来采摘。",),
            ),
            Expected(
                key="东滨港至韩国釜山的集装箱快航航线首航",
                title="东滨港开通至釜山快航",
                column="城事速递",
                byline="（记者 陈静 通讯员 唐宁）",
                authors=("陈静",),
                correspondents=("唐宁",),
                contains=("单程航行时间约二十六小时", "主要运输电子产品和汽车零部件。"),
            ),
            Expected(
                key="银杏巷社区的“邻里食堂”里已经坐满了老人",
                title="鼓楼街道“邻里食堂”开到家门口",
                kicker="小饭桌连着大民生——",
                byline="□本报记者 高建国\u3000本报通讯员 孔丽",
                authors=("高建国",),
                correspondents=("孔丽",),
                contains=(
                    "两荤两素一汤，六十岁以上老人每餐只需十二元。",
                    "经常凑合一顿。现在每天走几步路就能吃上热乎饭",
                    "八十一岁的居民钱淑珍说。",
                    "食堂还安排志愿者送餐上门。",
                ),
            ),
        ],
        furniture_phrases=("第3版　综合　2025年1月9日　星期四　责任编辑：胡蓉", "城 事 速 递"),
        focus=(
            "a 城 事 速 递 roundup (spaced banner) of items with a headline line and no dateline, the last ending in "
            "a bracketed byline broken across lines; then a feature whose byline is set on two lines"
        ),
    ),
    _page(
        "18_narrow",
        8,
        "2025-01-10",
        4,
        "区县",
        {"责任编辑": "何晴"},
        [
            Expected(
                key="全镇二十六个行政村已全部实现5G信号覆盖",
                title="岚山镇5G基站实现行政村全覆盖",
                dateline="本报1月9日讯",
                byline="□本报记者 何文博 本报通讯员 郑佳",
                authors=("何文博",),
                correspondents=("郑佳",),
                contains=(
                    "最后一座5G基站在海岛村开通",
                    "2024年以来，镇里联合通信运营商新建5G基站四十一座",
                    "就能在网上卖出去了。”",
                ),
            ),
            Expected(
                key="渔民在岚山渔港分拣海鱼",
                title="渔港冬捕忙",
                kind="photo",
                photographers=("郑国梁",),
                contains=("渔民在岚山渔港分拣海鱼。（记者 郑国梁 摄）",),
            ),
            Expected(
                key="2024年全县实现地区生产总值三百二十六亿元",
                title="青禾县经济运行稳中向好",
                dateline=BENBAO,
                byline="（记者 黄丽娟）",
                authors=("黄丽娟",),
                contains=(
                    "同比增长5.8%",
                    "增速高于全市平均水平0.6个百分点。",
                    "消费品零售总额增长3.5%。",
                    "2025年青禾县将围绕农产品加工",
                    "力争全县GDP突破三百五十亿元。",
                ),
            ),
            Expected(
                key="桃源乡红薯粉条加工厂投产",
                title="红薯加工厂投产",
                dateline=BENBAO,
                byline="（通讯员 田野）",
                correspondents=("田野",),
                contains=("年可加工鲜薯一万吨", "带动周边三百余户农户增收。"),
            ),
        ],
        furniture_phrases=("第4版　区县　2025年1月10日　星期五", "责任编辑：何晴"),
        focus=(
            "an 8-character column: a headline wrapped onto two lines, a byline on three lines, a dateline broken "
            "inside (本报1月9 日讯), 5 G, G DP, 2 025年 and 3. 5% broken across lines, a photo whose credit wraps"
        ),
    ),
    _page(
        "19_opinion",
        25,
        "2025-01-13",
        6,
        "评论",
        {"责任编辑": "周岚"},
        [
            Expected(
                key="构成了群众对城市最真切的感受",
                title="让便民生活圈圈出更多幸福感",
                subtitle="——二论建设人民满意城市",
                byline="本报评论员",
                subheads=("相关链接",),  # the box under it is part of its body, under its own heading
                contains=(
                    "修鞋配钥匙不用跑远路",
                    "重建设轻运营、重数量轻质量",
                    "让便民生活圈真正圈住烟火气、圈出幸福感。",
                    "截至2024年底，我市已建成一刻钟便民生活圈四十二个",
                    "重点补齐早餐店、家政服务和社区养老等短板。",
                ),
            ),
            Expected(
                key="这是一个以步行时间衡量公共服务可及性的好办法",
                title="“15分钟”之外，也要看见“最后100米”",
                column="来论",
                byline="□ 周文涛",
                authors=("周文涛",),
                contains=(
                    "小区路面坑洼不平",
                    "适老化改造和人行道治理一并纳入生活圈建设的考核指标。",  # across a column break
                    "城市的温度才能被每个人感受到。",
                    "（作者单位：东滨大学公共管理学院）",
                ),
            ),
            Expected(
                key="我家住在光明小区五号楼六楼",
                title="老旧小区加装电梯别再“卡”在一楼",
                column="读者来信",
                editor_note="本报收到海川区光明小区居民王秀芬的来信",
                byline="（海川区读者 王秀芬）",
                authors=("王秀芬",),
                contains=("编辑同志：", "一个月也难得下楼几次。", "担心影响采光、噪声大", "让加装电梯这件好事早日办成。"),
            ),
            Expected(
                key="不少家长又开始为孩子的看护发愁",
                title="寒假托管要“托”得住也要“管”得好",
                column="短评",
                byline="□ 陈思远",
                authors=("陈思远",),
                contains=("为双职工家庭解了燃眉之急。", "少些变相补课"),
            ),
        ],
        furniture_phrases=("评论　2025年1月13日　星期一　第6版　责任编辑：周岚", "来论", "读者来信", "短评"),
        focus=(
            "opinion page: a 本报评论员 article with a ——二论 subtitle and a 相关链接 box under it, a 来论 with □ byline "
            "and （作者单位：…） at its end, a 读者来信 with 编者按, a salutation and the writer in brackets at the end, "
            "a 短评 signed □ at its end"
        ),
    ),
    _page(
        "20_front",
        15,
        "2025-02-18",
        1,
        "",
        {"责任编辑": "许静", "校对": "何平"},
        [
            Expected(
                key="总结去年经济社会发展成绩",
                title="全市高质量发展大会召开",
                kicker="锚定目标抓落实\u3000凝心聚力开新局",
                subtitle="全年安排市级重点项目三百个\u3000总投资一千八百亿元",
                dateline=BENBAO,
                byline="（记者 孙海鹰）",
                authors=("孙海鹰",),
                continued_to=2,
                contains=(
                    "2月17日，全市高质量发展大会召开",
                    "奋力推动经济实现质的有效提升和量的合理增长。",
                    "外贸进出口总额等主要指标增速位居全省前列",
                    "持续深化“放管服”改革，在项目审批、要素保障、企业服务等方面",  # across a column break
                    "让各类经营主体在东滨",
                ),
            ),
            Expected(
                key="项目经理陈永刚一边查看施工进度表",
                title="东岸新城百余个在建项目全面复工",
                kicker="开局就是决战\u3000起步就要冲刺",
                subtitle="——节后复工复产一线见闻",
                byline="□本报记者 罗晓峰\u3000本报通讯员 郑佳",
                authors=("罗晓峰",),
                correspondents=("郑佳",),
                contains=(
                    "东岸新城滨海科技园二期工地上",
                    "正月初八就开了工，现在到岗工人已经超过九成。”他说。",
                    "从青禾县等地“点对点”接回务工人员一千二百余人。",  # across a column break
                    "东岸新城一百一十二个在建项目已全部复工",
                    "复工率和到岗率均创近年同期新高。",
                ),
            ),
            Expected(
                key="新增学位一万二千个",
                title="我市今年将新建改扩建城乡公办幼儿园四十所",
                dateline=BENBAO,
                byline="（记者 叶青）",
                authors=("叶青",),
                contains=("其中青禾县、岚山镇等农村地区占一半以上。", "全市公办园在园幼儿占比将提高到百分之六十以上。"),
            ),
            Expected(
                key="记者从东滨火车站、东滨汽车总站获悉",
                title="全市春运返程客流高峰预计本周末到来",
                dateline=BENBAO,
                byline="（记者 何文博 通讯员 唐宁）",
                authors=("何文博",),
                correspondents=("唐宁",),
                contains=("两日发送旅客九万余人次。", "汽车总站增开夜班车和定制客运线路。"),
            ),
        ],
        furniture_phrases=("东滨日报", "2025年2月18日　星期二　农历乙巳年正月廿一　第1版", "责任编辑：许静　校对：何平"),
        focus=(
            "front page set headline first: the masthead on a line of its own, two three-deck headline stacks "
            "(kicker / title / subtitle, one subtitle opening with ——) wider than the column, a lead article that "
            "jumps (（下转第2版） mid-sentence after a column break), a byline set a line per role, and two short "
            "articles whose one-sentence headlines wrap onto two lines because they are longer than the column"
        ),
    ),
    _page(
        "21_halfwidth",
        24,
        "2025-02-19",
        4,
        "社会",
        {"责任编辑": "梁静", "美术编辑": "邹平"},
        [
            Expected(
                key="惠及居民一万余户",
                title="老旧小区加装电梯今年计划再装三百部",
                dateline=BENBAO,
                byline="(记者 高建国 通讯员 孔丽)",
                authors=("高建国",),
                correspondents=("孔丽",),
                contains=(
                    "2月18日,记者从市住房和城乡建设局获悉,2024年全市老旧小区共加装电梯二百六十八部",
                    "优先支持有六十周岁(含)以上老人居住的单元,并将加装电梯与老旧小区改造同步设计、同步施工。",
                    "简化审批流程:由街道牵头组织业主协商",
                    "审批时限由四十个工作日压缩至二十个工作日;对低层住户担心的采光、噪声等问题,设计单位",  # across a column break
                ),
            ),
            Expected(
                key="外卖骑手刘海涛推门进来",
                title="“小哥驿站”里的温暖",
                byline="本报记者 宋佳",
                authors=("宋佳",),
                contains=(
                    "接了一杯热水:“跑了一晚上,进来歇十分钟,手机电也充满了。”",
                    "服务快递员、外卖骑手等新就业群体四万余人次。",
                    "对小区里的情况最熟悉;街道组建了一支八十多人的“骑手志愿队”",
                    "骑手志愿队还帮社区给独居老人送去年货一百多份。",
                ),
            ),
            Expected(
                key="可以通过发送短信向市急救中心求助",
                title="市急救中心开通听障人士短信报警服务",
                dateline=BENBAO,
                byline="(记者 叶青)",
                authors=("叶青",),
                contains=(
                    "2月18日起,听障人士遇到紧急情况时",
                    "短信内容需包括:姓名、所在位置和主要症状;急救中心收到短信后",
                    "这项服务的短信号码为12120,全市户籍和常住的听障人士均可使用。",
                    "非紧急情况请勿占用这一号码。",
                ),
            ),
            Expected(
                key="一百二十家企业提供就业岗位三千余个",
                title="青禾县举办春季大型招聘会",
                dateline=BENBAO,
                byline="(记者 黄丽娟)",
                authors=("黄丽娟",),
                contains=("青禾县2025年春季大型招聘会在县体育馆举行", "当天初步达成就业意向九百余人。"),
            ),
        ],
        furniture_phrases=("2025年2月19日 星期三 第4版 社会", "责任编辑：梁静 美术编辑：邹平"),
        focus=(
            "an extractor's output: paragraphs indented with four ASCII spaces (the first line of a paragraph holds "
            "two characters fewer), half-width , : ; ( ) in the body text (。、“” stay full-width), datelines "
            "本报讯(记者 X 通讯员 Y) and a byline (记者 X) at the end in ASCII brackets, a (含) that is no byline, "
            "an opening byline 本报记者 X, and a header whose parts are parted by ASCII spaces"
        ),
    ),
    _page(
        "22_notice",
        27,
        "2025-02-20",
        7,
        "服务",
        {"责任编辑": "何晴"},
        [
            Expected(
                key="因人民路雨污分流改造工程施工需要",
                title="关于人民路部分路段封闭施工的公告",
                # the numbered items are indented paragraphs of the notice, not headings; the signature
                # (two issuing bodies and the date, a line each) closes the notice
                contains=(
                    "《中华人民共和国道路交通安全法》",
                    "现将有关事项公告如下：",
                    "一、封闭时间：2025年2月24日0时至4月30日24时。",
                    "行人可沿施工围挡内侧的临时通道通行，沿线单位和居民车辆凭通行证从中山路口进出。",
                    "三、途经该路段的3路、15路、27路公交车临时绕行解放路、中山路",
                    "具体站点调整情况详见公交站牌公告或“东滨公交”微信公众号。",
                    "因施工给大家带来的不便，敬请谅解。",
                    "特此公告。",
                    "东滨市公安局交通警察支队海川大队",
                    "东滨市海川区住房和城乡建设局",
                    "2025年2月19日",
                ),
            ),
            Expected(
                # a weather box: its heading is its title, its short lines and the issuing line its body
                key="北风转南风2到3级",
                title="天气预报",
                contains=("今天夜间：晴转多云", "最低气温-1℃", "后天：阴有小雨", "市气象台2月19日17时发布"),
            ),
            Expected(
                key="即可生成乘车码",
                title="市民卡新增乘车码功能",
                dateline=BENBAO,
                byline="（记者 陈静）",
                authors=("陈静",),
                contains=(
                    "市民打开“东滨市民卡”手机应用",
                    "在全市公交车、地铁和轮渡上扫码乘车，无需再单独下载各家运营企业的应用程序。",
                    "扫码乘车同样享受免费或半价优惠。",
                    "图书借阅等各类服务八十余项，注册用户突破三百万。",
                ),
            ),
            Expected(
                key="海川区解放路以东、海滨路以北区域将暂停供水",
                title="海川区部分区域周六停水",
                dateline=BENBAO,
                byline="（记者 罗晓峰）",
                authors=("罗晓峰",),
                contains=(
                    "因供水管网改造施工，2月22日8时至20时",
                    "请居民提前做好储水准备。",
                    "供水公司将在受影响的六个小区设置临时供水点。",
                ),
            ),
        ],
        furniture_phrases=("第7版　服务　2025年2月20日　星期四　责任编辑：何晴", "本版邮箱：fuwu@dbrb.com.cn"),
        focus=(
            "a service page: a 公告 whose 一、二、三、四、 items are indented paragraphs and whose 落款 (two issuing "
            "bodies and a date, each on its own unindented line) closes it right above a weather box of short "
            "unindented lines under its heading; a short item from a line end wrapped inside a time (4月30日 / 24时)"
        ),
    ),
    _page(
        "23_sports",
        18,
        "2025-02-24",
        8,
        "体育",
        {"责任编辑": "马骏", "图片编辑": "邹平"},
        [
            Expected(
                key="终结三连败",
                title="东滨男篮98比87击败江城队",
                kicker="CBA常规赛第三十五轮",
                dateline=BENBAO,
                byline="（记者 邵锋）",
                authors=("邵锋",),
                contains=(
                    "2024—2025赛季CBA常规赛第三十五轮在东滨体育中心进行。",
                    "以98比87战胜江城队",
                    "连续命中三分球，以28比19领先。",
                    "东滨队后卫王一鸣连续命中两记三分球，锁定胜局。全场比赛，琼斯得到31分12个篮板",  # across a column break
                    "王一鸣贡献18分7次助攻。",
                    "“这场胜利对提振士气很重要”。",
                ),
            ),
            Expected(
                key="市民在冰场上体验冰壶运动",
                title="冰壶初体验",
                kind="photo",
                column="图片新闻",
                photographers=("郑国梁",),
                contains=("东滨市第十二届全民健身冰雪季在南湖公园开幕", "体验冰壶运动。（记者 郑国梁 摄）"),
            ),
            Expected(
                key="东滨队以3∶1战胜江城队",
                title=None,
                kind="photo",
                column="图片新闻",
                photographers=("宋佳",),
                contains=("在2025年全国U17女子足球锦标赛南方赛区比赛中", "取得小组赛两连胜。（记者 宋佳 摄）"),
            ),
            Expected(
                key="来自全镇二十六个行政村的十八支球队",
                title="岚山镇首届“村BA”开赛",
                dateline=BENBAO,
                byline="（通讯员 唐宁）",
                correspondents=("唐宁",),
                contains=("岚山镇首届“村BA”篮球联赛在镇文体广场开赛", "曾在NBA发展联盟效力的东滨籍球员李浩然"),
            ),
            Expected(
                key="结束了在昆明为期四十天冬训",
                title="东滨海港队结束冬训回到主场",
                dateline=BENBAO,
                byline="（记者 何文博）",
                authors=("何文博",),
                contains=("取得6胜2平2负的战绩。", "2025赛季中甲联赛将于3月15日开幕", "本赛季球队引进了三名U21球员"),
            ),
        ],
        furniture_phrases=("2025年2月24日　星期一　第8版　体育　责任编辑：马骏　图片编辑：邹平", "图片新闻"),
        focus=(
            "sports page: scores as 98比87, 28比19, 47平 and 3∶1 (ratio sign), Latin names (CBA, NBA, U17, U21, "
            "村BA) and a year span 2024—2025; a kicker naming the round over the title; a 图片新闻 banner over two "
            "photos, one with a headline and one without, each caption with its credit （记者 X 摄）; a report "
            "whose byline is a 通讯员 alone at the end"
        ),
    ),
    _page(
        "24_noblank",
        20,
        "2025-02-25",
        3,
        "综合新闻",
        {"责任编辑": "胡蓉"},
        [
            Expected(
                key="利用边角地、闲置地新建改造口袋公园六十个",
                title="海川区启动“口袋公园”建设三年行动",
                dateline=BENBAO,
                byline="（记者 罗晓峰）",
                authors=("罗晓峰",),
                contains=("2月24日，海川区召开城市更新工作会议", "让居民出门五分钟就能见到绿。", "并由社区志愿者参与日常管护。"),
            ),
            Expected(
                key="一辆辆满载西红柿、黄瓜的货车",
                title="青禾县农产品冷链物流中心投用",
                kicker="从“种得好”到“卖得好”",
                byline="本报记者 黄丽娟\u3000本报通讯员 田野",
                authors=("黄丽娟",),
                correspondents=("田野",),
                contains=(
                    "分拣线上，工人们按大小、成色把蔬菜分级装箱",
                    "我们可以挑价钱好的时候再卖。”桃源乡种植户周德明说。",
                    "冷库容量三万吨，年分拣配送能力二十万吨。",
                    "每年可为农户增收五千万元以上。",
                ),
            ),
            Expected(
                key="记者24日从教育部获悉",
                title="教育部部署春季学期开学工作",
                dateline="新华社北京2月24日电",
                byline="（记者 赵敏）",
                authors=("赵敏",),
                contains=("扎实做好2025年春季学期开学各项工作", "严禁以任何形式提前开学或组织集体补课。"),
            ),
            Expected(
                key="三百二十套拎包入住的公寓",
                title="东岸新城首批人才公寓交付",
                dateline=BENBAO,
                byline="（记者 陈静）",
                authors=("陈静",),
                contains=("优先租给园区企业引进的高校毕业生和技术人才。", "园区企业已提交入住申请四百余份。"),
            ),
            Expected(
                key="市民在青禾县云雾山梅园赏梅拍照",
                title="梅园春意浓",
                kind="photo",
                photographers=("冯敏",),
                contains=("梅园里的三千余株梅花竞相开放", "吸引不少游客前来踏青。（通讯员 冯敏 摄）"),
            ),
        ],
        furniture_phrases=("2025年2月25日　星期二　第3版　综合新闻　责任编辑：胡蓉", "本版邮箱：zhxw@dbrb.com.cn"),
        focus=(
            "an extraction that dropped every blank line: headlines, a kicker, an opening byline, 　　-indented "
            "paragraphs, a 新华社 dispatch, a byline wrapped at the end (（记者 / 陈静）) and a photo with its "
            "caption and credit all follow one another line after line, the footer right under the last credit"
        ),
    ),
    _page(
        "25_feature",
        22,
        "2025-02-26",
        5,
        "基层治理",
        {"责任编辑": "周岚", "美术编辑": "李强"},
        [
            Expected(
                key="鼓楼街道银杏巷社区网格员张慧",
                title="小网格里的“大民生”",
                kicker="海川区鼓楼街道探索“网格+”治理模式",
                byline="■本报记者 韩冰\u3000通讯员 苏婷",
                authors=("韩冰",),
                correspondents=("苏婷",),
                # three subheads in the flow, then the 记者手记 box closing the feature, under its own heading
                subheads=("小网格撬动大治理", "服务清单对准群众需求", "数字平台让诉求“秒响应”", "记者手记"),
                contains=(
                    "独居老人孙大爷约了上门量血压",
                    "每个网格三百户左右，网格员、楼栋长、党员志愿者和物业人员组成“网格服务团”",  # across a column break
                    "银杏巷社区党委书记程立伟说",
                    "化解邻里纠纷四百三十多起。",
                    "网格里的“四点半课堂”就开进了楼栋活动室。",
                    "共受理各类事件二万一千余件，按时办结率达到百分之九十七。",
                    "让小网格更好地托起大民生。",
                    "她的手机响了十一次。",
                    "网格才能真正织密、织暖。",
                ),
            ),
            Expected(
                key="一千二百余名干部群众栽下侧柏、黄栌等苗木",
                title="青禾县义务植树活动启动",
                dateline=BENBAO,
                contains=("青禾县2025年春季义务植树活动在桃源乡荒山造林点启动", "新建村庄绿化示范村十五个。"),
            ),
            Expected(
                key="岚山镇海岛巡回医疗船从岚山渔港启航",
                title="岚山镇海岛巡回医疗船启航",
                dateline=BENBAO,
                byline="（通讯员 郑佳 记者 何文博）",
                authors=("何文博",),
                correspondents=("郑佳",),
                contains=("为镇辖五个海岛村的六百余名居民送医送药。", "医疗船配备B超机、心电图机和常用药品"),
            ),
        ],
        furniture_phrases=("第5版　基层治理　2025年2月26日　星期三　责任编辑：周岚　美术编辑：李强",),
        focus=(
            "a page-long 通讯: kicker and title, byline ■本报记者 X　通讯员 Y, six paragraphs with three one-line "
            "subheads set in the flow (no blank lines round them), a 记者手记 box closing the feature, then two short "
            "unrelated items, the last signed （通讯员 X 记者 Y） at its end"
        ),
    ),
    _page(
        "26_fukan",
        17,
        "2025-03-03",
        8,
        "副刊·海风",
        {"责任编辑": "苏晓岚"},
        [
            Expected(
                key="常年立着一只半人高的腌菜坛",
                title="外婆的腌菜坛",
                byline="◎ 陈素云",
                authors=("陈素云",),
                contains=(
                    "碗沿上还缺了一个小口。小时候，我总以为那只坛子里装着吃不完的东西。",
                    "菜一棵棵洗净，挂在院里的竹竿上晾晒。晒到叶子发软",
                    "用拳头一下一下地压实。那“咚咚”的声音，是我童年冬天里最熟悉的节拍。",  # across a column break
                    "外婆就在一旁笑，说我是坛子里长大的孩子。",
                    "那坛子里装着的，原来是一个人对一家人绵长的惦念。",
                ),
            ),
            Expected(
                # a modern poem: its short unpunctuated lines and stanzas are its body (a line each, so the
                # phrases below are whole lines, none across a wrap), its title and □ author above it
                key="滩涂上长出细碎的光",
                title="写给东滨湾的春天",
                byline="□ 林晓帆",
                authors=("林晓帆",),
                contains=("轻轻挪进了三月", "像一棵不肯弯腰的桅杆", "数着新城亮起的灯火", "从东滨湾出发"),
            ),
            Expected(
                key="雨过茶园鸟乱鸣",
                title="七绝·岚山春早",
                byline="□ 郑秋生",
                authors=("郑秋生",),
                contains=("岚山晓色入帘青，", "一篙新水趁潮生。"),
            ),
            Expected(
                key="近日由东滨人民出版社出版",
                title="长篇小说《东滨湾往事》出版",
                column="书讯",
                byline="（苏文）",
                authors=("苏文",),
                contains=("东滨籍作家何立群的长篇小说《东滨湾往事》", "讲述了三代渔民从摇橹出海到远洋捕捞", "全书三十二万字。"),
            ),
        ],
        furniture_phrases=("2025年3月3日　星期一　第8版　副刊·海风　责任编辑：苏晓岚", "【书讯】", "投稿邮箱：haifeng@dbrb.com.cn"),
        focus=(
            "a 副刊 page: a 散文 signed ◎ under its title; a modern poem under its title and □ author, short "
            "unpunctuated unindented lines in three stanzas parted by blank lines; a 七绝 of four short punctuated "
            "lines; a 【书讯】 item signed with a bracketed name at its end"
        ),
    ),
    _page(
        "27_notices",
        11,
        "2025-03-04",
        11,
        "分类信息",
        {"责任编辑": "何晴"},
        [
            Expected(
                key="一次提交注销申请",
                title="企业注销可“一网通办”",
                dateline=BENBAO,
                byline="（记者 陈静）",
                authors=("陈静",),
                contains=(
                    "记者3日从市市场监管局获悉",
                    "公告期由四十五天压缩为二十天。今年以来，全市已有三百二十余家企业通过简易程序办结注销。",  # across a column break
                ),
            ),
            Expected(
                key="鑫源五金经营部",
                title="遗失声明",
                contains=("遗失营业执照正本一份", "统一社会信用代码：92370102MA3C8K2X1P，声明作废。"),
            ),
            Expected(
                key="李志华遗失东滨职业技术学院",
                title="遗失声明",
                contains=("2023届毕业证书一本", "证书编号：135341202306001234，声明作废。"),
            ),
            Expected(
                # the notice's last lines (its 特此公告 and its date, unindented) close it
                key="禾丰农业科技有限公司",
                title="注销公告",
                contains=(
                    "请债权人自本公告发布之日起四十五日内向本公司清算组申报债权。",
                    "清算组地址：青禾县桃源乡工业园8号",
                    "2025年3月3日",
                ),
            ),
            Expected(
                # the 落款 (issuing body and date, a line each) closes it
                key="需迁移工程红线范围内的坟墓",
                title="迁坟公告",
                contains=(
                    "请坟主于2025年4月30日前到所在村委会登记",
                    "逾期未登记、未迁移的，按无主坟墓依法处理。",
                    "岚山镇人民政府",
                    "2025年3月1日",
                ),
            ),
            Expected(
                key="可容纳渔船六百艘",
                title="更正",
                contains=("本报3月3日第2版《岚山镇新建渔港避风锚地》一文中", "应为“可容纳渔船八百艘”。特此更正。"),
            ),
        ],
        furniture_phrases=("第11版　分类信息　2025年3月4日　星期二　责任编辑：何晴", "广告热线：86012345"),
        focus=(
            "a notices page in an 11-character column: a short news item, then 遗失声明 (twice, the same title), "
            "注销公告, 迁坟公告 and 更正, each a notice of its own under a one-line title; registration and "
            "certificate numbers broken across lines; unindented date and 落款 lines closing two notices; a 更正 "
            "that names another page (本报3月3日第2版) in its text"
        ),
    ),
    _page(
        "28_wire",
        20,
        "2025-03-02",
        6,
        "综合新闻",
        {"编辑": "刘晓", "校对": "陈敏"},
        [
            Expected(
                key="记者1日从水利部获悉",
                title="今年水利建设投资将超一万亿元",
                subtitle="在建项目四万三千余个\u3000施工人员超一百五十万",
                dateline="据新华社北京3月1日电",
                byline="（记者 赵敏）",
                authors=("赵敏",),
                contains=(
                    "完成水利建设投资一万亿元以上。",
                    "同步推进中小河流治理和病险水库除险加固，确保汛前完成主体工程。",  # across a column break
                ),
            ),
            Expected(
                key="多地密集出台提振消费的新举措",
                title="多地出台新举措提振消费",
                dateline="本报综合",
                contains=("北京推出新一轮以旧换新补贴", "广东则将汽车置换补贴延长至年底。", "带动一季度社会消费品零售总额稳步增长。"),
            ),
            Expected(
                # a wire item credited at its end: the credit is its byline, naming no one
                key="记者从国家铁路局获悉",
                title="春运全国铁路发送旅客超5亿人次",
                byline="（据新华社）",
                contains=("2025年春运已于2月22日结束", "日均发送1275万人次，同比增长5.6%。", "创单日历史新高。"),
            ),
            Expected(
                key="我国北方多地迎来入春后首场降雨",
                title="北方多地迎来入春首场降雨",
                byline="（来源：央视新闻）",
                contains=("山东、河南部分地区降雨量超过20毫米", "各地要注意防范倒春寒对农业生产的不利影响。"),
            ),
            Expected(
                key="首批十二家企业集中签约入驻",
                title="东岸新城智能制造产业园首批企业入驻",
                dateline=BENBAO,
                byline="记者 何文博 通讯员 郑佳 报道：",
                authors=("何文博",),
                correspondents=("郑佳",),
                contains=("涵盖工业机器人、新能源汽车零部件和智能传感器等领域", "首批企业最快可在一个月内投产。"),
            ),
        ],
        furniture_phrases=("A6　2025年3月2日　星期日　综合新闻　编辑：刘晓　校对：陈敏",),
        focus=(
            "wire copy and sources, every headline set after its body: 据新华社北京3月1日电 with the reporter in "
            "brackets and a title/subtitle pair under the body, a 本报综合 roundup, items credited （据新华社） and "
            "（来源：央视新闻） at their end, and 本报讯 记者 X 通讯员 Y 报道： with the byline inside the dateline, "
            "wrapped before its 报道"
        ),
    ),
    HandPage(
        "29_traditional",
        16,
        "濠海日報",
        "2025-03-02",
        4,
        "澳聞",
        {"責任編輯": "梁嘉欣", "美術編輯": "黃子健"},
        [
            Expected(
                key="今年一月訪澳旅客達312萬人次",
                title="一月訪澳旅客按年升一成二",
                subtitle="國際旅客增幅最大\u3000內地旅客佔七成",
                dateline="本報訊",
                byline="（記者 陳家明）",
                authors=("陳家明",),
                contains=(
                    "旅遊局昨日（1日）公佈",
                    "按年大升35%，增幅為各客源市場之首。",
                    "並聯同業界推出更多「旅遊+」產品，延長旅客留澳時間。",
                ),
            ),
            Expected(
                key="記者1日從農業農村部獲悉",
                title="全國冬小麥長勢總體良好",
                dateline="新華社北京3月1日電",
                byline="（記者 王立群）",
                authors=("王立群",),
                contains=("一二類苗比例為近五年較高水平", "指導各地抓好麥田春季管理和病蟲害防控。"),
            ),
            Expected(
                key="本澳流感活躍程度仍處於較高水平",
                title="流感活躍期料持續至三月底",
                dateline="本報訊",
                byline="（記者 何嘉欣）",
                authors=("何嘉欣",),
                contains=("「目前各衛生中心疫苗供應充足，市民毋須預約即可接種。」", "出現發燒、咳嗽等症狀時應佩戴口罩並及早求醫。"),
            ),
            Expected(
                key="路環石排灣郊野公園",
                title="市政署九日舉辦植樹日活動",
                dateline="本報訊",
                contains=("市政署將於本月九日（星期日）上午", "預計栽種樹苗五百棵。", "名額三百個，額滿即止。"),
            ),
        ],
        furniture_phrases=("濠海日報　2025年3月2日　星期日　A4　澳聞　責任編輯：梁嘉欣　美術編輯：黃子健",),
        focus=(
            "a Macau paper in traditional characters: its name in the page header with the A4 page and 澳聞 "
            "section, 本報訊（記者 X） and 新華社北京3月1日電（記者 X） wrapped inside the bracket, 「」 quotes, "
            "a title over a two-phrase subtitle, a （1日） and a （星期日） that are no bylines"
        ),
    ),
    _page(
        "30_theory",
        26,
        "2025-03-05",
        7,
        "理论",
        {"责任编辑": "周岚", "美术编辑": "邹平"},
        [
            Expected(
                key="也是东滨最大的资源禀赋和发展优势",
                title="以新质生产力引领海洋经济高质量发展",
                subtitle="——东滨建设现代化海洋城市的实践与思考",
                byline="□ 张立新",
                authors=("张立新",),
                subheads=(
                    "一、深刻把握发展海洋新质生产力的重大意义",
                    "二、东滨发展海洋新质生产力的实践探索",
                    "三、加快发展海洋新质生产力的路径选择",
                ),
                level2=(
                    "（一）发展海洋新质生产力是破解发展瓶颈的关键所在",
                    "（二）发展海洋新质生产力是塑造竞争新优势的必然要求",
                    "（一）以科技创新催生海洋新产业",
                    "（二）以数字技术改造提升传统海洋产业",
                    "（三）以改革创新激发海洋发展活力",
                    "（一）强化海洋科技创新策源功能",
                    "（二）构建现代化海洋产业体系",
                    "（三）营造良好创新生态",
                ),
                contains=(
                    "推动海洋经济高质量发展，必须牢牢抓住科技创新这个“牛鼻子”",
                    "推动海洋产业由“规模扩张”向“质量效益”转变",
                    "东滨海洋科技园已集聚涉海科研机构二十八家、高新技术企业一百六十余家",  # across a column break
                    "2024年，全市海洋新兴产业增加值同比增长百分之十二点六",
                    "有效打通了科技成果从“实验室”走向“生产线”的堵点。",
                    "推动港口、渔业、船舶制造等传统产业向高端化、智能化、绿色化转型",  # across a column break
                    "东滨一定能够在建设现代化海洋城市的新征程上迈出更加坚实的步伐。",
                    "（作者系东滨市委党校教授）",
                ),
            ),
            Expected(
                key="农村饮水、村道照明",
                title="从“小切口”读懂“大民生”",
                column="学习札记",
                byline="□ 刘书文",
                authors=("刘书文",),
                contains=(
                    "逐项明确责任单位和完成时限，一季度就解决了一百二十余件群众急难愁盼问题。",
                    "把群众的“问题清单”变成工作的“履职清单”",
                    "（作者单位：青禾县委党校）",
                ),
            ),
            Expected(
                key="市社科联发布2025年度社会科学规划课题指南",
                title="市社科联发布年度社科规划课题指南",
                column="理论动态",
                dateline=BENBAO,
                byline="（记者 罗晓峰）",
                authors=("罗晓峰",),
                contains=("设置重点选题四十项。", "推动研究成果转化为决策参考。"),
            ),
        ],
        furniture_phrases=("第7版　理论　2025年3月5日　星期三　责任编辑：周岚　美术编辑：邹平", "学习札记", "理论动态"),
        focus=(
            "a theory page: a long article with a —— subtitle and □ author under its title, 一、 sections (a blank "
            "line above each) over （一） sub-sections, no blank lines round the （一） headings, long paragraphs "
            "broken by column breaks and 202 4年, an author note （作者系…） closing it; a 学习札记 signed □ with "
            "（作者单位：…） at its end; a 理论动态 item"
        ),
    ),
    _page(
        "31_widths",
        14,
        "2025-03-06",
        2,
        "要闻",
        {"责任编辑": "吴涛", "校对": "钱小燕"},
        [
            Expected(
                key="五个单位获评优秀",
                title="全市优化营商环境大会召开",
                kind="continuation",
                continued_from=1,
                contains=("是生产力，也是竞争力。", "聚焦企业办事的难点堵点", "会议通报了2024年度全市营商环境评价结果"),
            ),
            Expected(
                key="东岸新城召开2025年重点项目建设动员会",
                title="东岸新城今年将实施重点项目一百二十个",
                subtitle="总投资超过八百亿元\u3000产业项目占六成",
                dateline=BENBAO,
                byline="（记者 罗晓峰）",
                authors=("罗晓峰",),
                contains=(
                    "今年，新城将实施重点项目一百二十个，总投资八百二十六亿元",
                    "对项目审批、用地、用能等问题实行清单化管理、销号式推进。",
                    "力争上半年完成年度投资计划的百分之五十五以上。",
                ),
            ),
            Expected(
                # the caption stands between two lines of its second paragraph ("增长三成" / "以上。"), which
                # runs on across it
                key="“海洋之梦”号邮轮",
                title="邮轮母港迎来今年首航",
                dateline=BENBAO,
                byline="（记者 宋佳）",
                authors=("宋佳",),
                photographers=("郑国梁",),
                captions=("■3月5日，游客在东滨国际邮轮母港排队登船。（记者 郑国梁 摄）",),
                contains=(
                    "拉开了东滨今年邮轮旅游季的序幕。",
                    "预计接待出入境游客十五万人次，航次和客流量均比去年增长三成",
                    "母港今年还新增自助通关通道十二条，游客通关时间缩短至二十分钟以内。",
                ),
            ),
            Expected(
                key="岚山镇渔业安全培训班",
                title="岚山镇开展渔民安全培训",
                dateline=BENBAO,
                byline="（通讯员 唐宁）",
                correspondents=("唐宁",),
                contains=("一百二十名渔船船长和船员参加培训。", "海事部门工作人员还在渔船上进行了现场演示。"),
            ),
            Expected(
                key="海川区新开通社区公交121路、122路、123路",
                title="海川区新开三条社区公交线路",
                dateline=BENBAO,
                byline="（记者 高建国）",
                authors=("高建国",),
                contains=("串联起鼓楼街道、银杏巷等十四个社区", "早晚高峰发车间隔十五分钟。"),
            ),
        ],
        furniture_phrases=("2025年3月6日　星期四　第2版　要闻　责任编辑：吴涛　校对：钱小燕",),
        lead_width=28,
        focus=(
            "columns of two widths: a （上接第1版） continuation under its repeated headline at the top, a lead set "
            "across two columns (28 characters) under a title and subtitle, then 14-character columns: a story whose "
            "second paragraph is cut by its photo caption ■…（记者 X 摄） set between blank lines, a story signed "
            "（通讯员 X） at its end, and a story whose headline comes after its body at the foot of the page"
        ),
    ),
    _page(
        "32_oneline",
        # no column to measure: every paragraph is one long line, so the width the page-form test
        # finds is that of its most common short line, three headlines of 15 characters
        15,
        "2025-03-07",
        3,
        "城市",
        {"责任编辑": "宋雨桐"},
        [
            Expected(
                key="几十位居民正在打太极",
                title="海川区新建改建社区健身点八十处",
                kicker="家门口添了健身好去处",
                byline="本报记者 韩冰\u3000本报通讯员 苏婷",
                authors=("韩冰",),
                correspondents=("苏婷",),
                contains=(
                    "3月6日清晨，海川区鼓楼街道滨河社区的健身广场上",
                    "退休职工周秀英说。",
                    "城区“15分钟健身圈”覆盖率达到百分之九十五。",
                    "开展科学健身指导。",
                ),
            ),
            Expected(
                key="随着滨河段最后一座人行桥合龙",
                title="东滨环城绿道全线贯通",
                dateline=BENBAO,
                byline="记者 罗晓峰",
                authors=("罗晓峰",),
                contains=("沿线设置驿站二十四个。", "届时向市民全面开放。"),
            ),
            Expected(
                # runs on right under the greenway story, no blank line between, its headline under its body
                key="市住房公积金管理中心发布通知",
                title="公积金贷款额度最高提至一百万元",
                dateline=BENBAO,
                byline="（记者 陈静）",
                authors=("陈静",),
                contains=("还可在此基础上上浮百分之二十。", "有力支持了职工的刚性和改善性住房需求。"),
            ),
            Expected(
                key="市民在东岸湿地公园赏樱拍照",
                title="春日樱花俏",
                kind="photo",
                photographers=("郑国梁",),
                contains=("粉白相间的花海吸引不少市民前来踏青。记者 郑国梁 摄",),
            ),
            Expected(
                # its headline follows the photo's credit line with no blank line between
                key="东滨港至越南海防的集装箱直航航线开通",
                title="东滨港开通至越南海防集装箱航线",
                dateline=BENBAO,
                byline="（记者 何文博 通讯员 唐宁）",
                authors=("何文博",),
                correspondents=("唐宁",),
                contains=("单程航行时间约五天。",),
            ),
        ],
        furniture_phrases=("2025年3月7日　星期五　第3版　城市　责任编辑：宋雨桐", "本版邮箱：chengshi@dbrb.com.cn"),
        focus=(
            "an extraction with no hard wrapping: each paragraph one long unindented line, headlines, kicker and "
            "bylines (本报记者 X　本报通讯员 Y; 记者 X over a 本报讯 body) on short lines of their own, no blank lines "
            "inside an article and only some between articles (a story runs on under the one before it with its "
            "headline after its body; a headline follows a photo credit 记者 X 摄 directly)"
        ),
    ),
    _page(
        "33_endsign",
        19,
        "2025-03-10",
        4,
        "综合新闻",
        {"责任编辑": "许静"},
        [
            Expected(
                key="高标准农田建设项目集中开工",
                title="青禾县今年新建高标准农田八万亩",
                dateline=BENBAO,
                byline="记者 黄丽娟 通讯员 田野",
                authors=("黄丽娟",),
                correspondents=("田野",),
                contains=(
                    "今年全县计划新建高标准农田八万亩",
                    "配套安装土壤墒情监测站和智能灌溉设备。",
                    "县农业农村局负责人介绍，建成后项目区亩均粮食产能可提高一百斤以上",  # across a column break
                    "占耕地面积的六成以上。",
                ),
            ),
            Expected(
                key="大竹岛村村民陈阿贵拧开新装的水龙头",
                title="岚山镇五个海岛村通上自来水",
                dateline=BENBAO,
                byline="本报记者 韩冰",
                authors=("韩冰",),
                contains=(
                    "“以前吃水靠船运，一吨水要花三十多块钱，遇上刮大风，船好几天过不来。”陈阿贵说。",
                    "把城区自来水引上海岛。",
                    "水价与城区居民同价。",
                ),
            ),
            Expected(
                # a 中新社 dispatch closed by the wire's end mark （完）: no byline, part of the text as printed
                key="泰国林查班两条航线近日相继开通",
                title="东滨港外贸航线增至六十八条",
                dateline="中新社东滨3月9日电",
                byline="（记者 梁晓薇）",
                authors=("梁晓薇",),
                contains=("通达全球四十多个国家和地区的一百三十余个港口。", "同比增长百分之八点七。", "助力外贸企业稳订单、拓市场。（完）"),
            ),
            Expected(
                key="青少年校园足球联赛在市体育中心开幕",
                title="全市青少年校园足球联赛开幕",
                dateline=BENBAO,
                byline="本报记者 邵锋 报道",
                authors=("邵锋",),
                contains=(
                    "三百二十支球队、五千余名学生运动员",
                    "首次增设女子初中组和女子高中组。",
                    "比赛采用主客场制，周末在各参赛学校的校园球场进行",  # across a column break
                    "让更多孩子在绿茵场上享受运动的快乐。",
                ),
            ),
            Expected(
                # the byline line, then the headline, both after the body at the foot of the page
                key="智能垃圾回收柜在鼓楼街道十个小区投用",
                title="海川区智能回收柜进社区",
                dateline=BENBAO,
                byline="记者 罗晓峰",
                authors=("罗晓峰",),
                contains=(
                    "系统自动称重并按重量给予积分",
                    "“一个月下来攒了三百多分，换了一桶油。”银杏巷社区居民孙桂芳说。",
                    "区城市管理局计划年内在全区布设智能回收柜二百台。",
                ),
            ),
        ],
        furniture_phrases=("第4版　综合新闻　2025年3月10日　星期一　责任编辑：许静", "本版邮箱：zhxw@dbrb.com.cn"),
        focus=(
            "bylines without brackets on a line of their own at the end of the article (记者 X 通讯员 Y, 本报记者 X, "
            "and 记者 X over a headline set after the body), a 中新社 dispatch ending （完）, and 本报记者 X 报道 on "
            "its own line under a headline, over a 本报讯 body"
        ),
    ),
    _page(
        "34_xinhua",
        23,
        "2025-03-09",
        2,
        "要闻",
        {"责任编辑": "吴涛", "美术编辑": "李强"},
        [
            Expected(
                key="惊蛰过后，广袤田野春潮涌动",
                title="春回大地农事忙",
                subtitle="——各地扎实推进春季农业生产",
                dateline="新华社北京3月8日电",
                byline="新华社记者 王立群 赵敏",
                authors=("王立群", "赵敏"),
                contains=(
                    "一台台水肥一体化设备为返青的小麦送去“营养餐”",
                    "南方早稻育秧已陆续展开",
                    # across a column break
                    "“过去浇地凭经验，现在看数据，一亩地能省水三成。”他告诉记者，今年合作社又添置了两台北斗导航播种机。",
                    "主要农资价格保持平稳。",
                    "为农民安心种粮吃下“定心丸”。",
                ),
            ),
            Expected(
                key="春耕春管春播由南向北梯次展开",
                title="牢牢端稳中国人的饭碗",
                subtitle="——抓好春季农业生产",
                byline="人民日报评论员",
                contains=(
                    "对于稳定全年粮食生产、保障重要农产品供给",
                    "越要把饭碗牢牢端在自己手上，以国内稳产保供的确定性应对外部环境的不确定性。",  # across a column break
                    "让农民种粮有钱挣、得实惠",
                    "以春天的实干，换来秋天的满仓。",
                ),
            ),
            Expected(
                key="不少种粮农民都在算一笔账",
                title="让种粮农民“吃下定心丸”",
                column="新华时评",
                byline="（新华社记者 周立新）",
                authors=("周立新",),
                contains=(
                    "化肥涨没涨价",
                    "完善最低收购价政策；另一方面，要发展多种形式的适度规模经营",  # across a column break
                    "广袤田野才能长出好收成。",
                ),
            ),
            Expected(
                key="青禾县桃源乡农技站站长许红梅",
                title="我市代表建议加大种业创新支持力度",
                dateline="本报北京3月8日电",
                byline="（记者 孙海鹰）",
                authors=("孙海鹰",),
                contains=(
                    "“种子是农业的‘芯片’，我们这样的农业大县更要在种业上下功夫。”",
                    "支持县级农技推广机构与科研院所共建试验示范基地",
                    "让好品种更快走进农民的田里。",
                ),
            ),
            Expected(
                key="全市已储备春耕化肥六万八千吨",
                title="全市春耕农资储备充足",
                dateline=BENBAO,
                byline="（记者 黄丽娟）",
                authors=("黄丽娟",),
                contains=("各类农机具检修率达到百分之九十五以上", "深入田间地头指导农户科学施肥、适时播种。"),
            ),
        ],
        furniture_phrases=("2025年3月9日　星期日　第2版　要闻　责任编辑：吴涛　美术编辑：李强", "新华时评"),
        focus=(
            "a 要闻 page of wire copy: a 新华社 long dispatch under a title and —— subtitle with its byline "
            "新华社记者 X Y on a line of its own and a body opening 新华社北京3月8日电 (no bracket), a 人民日报评论员 "
            "article under title and —— subtitle, a 新华时评 label over a commentary signed （新华社记者 X） at its "
            "end, a 本报北京3月8日电（记者 X） story with its headline after its body, and a 本报讯 item"
        ),
    ),
    _page(
        "35_runin",
        13,
        "2025-03-11",
        5,
        "区县",
        {"责任编辑": "何晴", "美术编辑": "邹平"},
        [
            Expected(
                key="改造一新的海川区鼓楼老街重新开街",
                title="海川区鼓楼老街焕新开街",
                kicker="修旧如旧留住老城记忆",
                dateline=BENBAO,
                byline="（记者 高建国）",
                authors=("高建国",),
                contains=(
                    "青石板路、木格花窗和修缮后的骑楼",
                    "改造中，海川区坚持“修旧如旧”",  # across a column break
                    "对二十八栋历史建筑进行了加固修缮",
                    "德顺斋第四代传人李玉珍说。",
                ),
            ),
            # the briefs print no headline: each opens with its place as a run-in tag (【海川区】, ◆石门乡：),
            # which is neither a title nor a dateline and stays at the head of the item's text
            Expected(
                key="首家“共享图书驿站”在鼓楼街道银杏巷社区开放",
                title=None,
                column="区县联播",
                dateline=BENBAO,
                byline="（通讯员 孔丽）",
                correspondents=("孔丽",),
                contains=("居民凭身份证即可免费借阅图书三千余册。",),
            ),
            Expected(
                key="五百亩设施大棚里的早春黄瓜陆续上市",
                title=None,
                column="区县联播",
                dateline=BENBAO,
                contains=("每天发往周边城市的鲜菜超过二十吨", "菜农亩均收入有望突破四万元。"),
            ),
            Expected(
                key="企业服务中心日前开设“周末不打烊”窗口",
                title=None,
                column="区县联播",
                dateline=BENBAO,
                byline="（记者 罗晓峰）",
                authors=("罗晓峰",),
                contains=("企业在周六、周日也可办理开办登记、社保开户等二十八项业务。",),  # across a column break
            ),
            Expected(
                key="对全镇三百二十艘渔船开展安全检查",
                title=None,
                column="区县联播",
                dateline=BENBAO,
                byline="（通讯员 唐宁）",
                correspondents=("唐宁",),
                contains=("排查整改消防、救生设备隐患四十余处。",),
            ),
            Expected(
                key="开展板栗树春季修剪培训",
                title=None,
                column="乡镇快讯",
                contains=("石门乡组织农技人员深入八个村", "发放技术资料六百余份。"),
            ),
            Expected(
                key="启动农村人居环境整治春季行动",
                title=None,
                column="乡镇快讯",
                contains=("清理河道沟渠十二公里", "拆除残垣断壁三十余处。"),
            ),
        ],
        furniture_phrases=("2025年3月11日　星期二　第5版　区县", "区县联播", "乡镇快讯", "责任编辑：何晴　美术编辑：邹平"),
        focus=(
            "district briefs with no headlines, each opening with its place as a run-in tag: four 【X】本报讯 items "
            "under a 区县联播 banner (three signed in brackets at the end, one byline wrapped （通讯 / 员 X）) and two "
            "◆X： items under a 乡镇快讯 banner; above them an ordinary story under kicker and title"
        ),
    ),
    _page(
        "36_gongshi",
        21,
        "2025-03-12",
        6,
        "民生",
        {"责任编辑": "周岚"},
        [
            Expected(
                key="基础养老金最低标准由每人每月二百一十元提高到二百三十元",
                title="我市城乡居民基础养老金每月提高二十元",
                dateline=BENBAO,
                byline="（记者 叶青）",
                authors=("叶青",),
                contains=(
                    "增加部分将于3月底前补发到位。",
                    "市人社局提醒，养老金发放不需要缴纳任何费用",  # across a column break
                    "请及时向公安机关报案。",
                ),
            ),
            Expected(
                # a data box: its label names it, its heading is its title, its short unindented lines
                # (the source line last) its body
                key="城镇居民人均可支配收入",
                title="去年我市居民收入和消费",
                column="数说",
                contains=(
                    "全市居民人均可支配收入",
                    "48615元",
                    "农村居民人均可支配收入",
                    "增长6.9%",
                    "全市居民人均消费支出",
                    "数据来源：东滨市统计局",
                ),
            ),
            Expected(
                # a 公示: one indented paragraph, the list of names and units a line each (unindented), two
                # more paragraphs, then the issuing body and the date, a line each, closing it
                key="拟推荐以下八名同志为省劳动模范候选人",
                title="东滨市2025年劳动模范拟推荐对象公示",
                contains=(
                    "公示期为2025年3月12日至3月18日。",
                    "东滨市第一人民医院护士长",
                    "东滨造船厂高级技师",
                    "海川区鼓楼街道银杏巷社区党委书记",
                    "岚山镇大竹岛村党支部书记",
                    "可通过来信、来电或来访方式向市总工会反映。",
                    "联系电话：86023456",
                    "东滨市总工会",
                    "2025年3月11日",
                ),
            ),
            Expected(
                key="海川区第三家普惠托育中心在鼓楼街道开园",
                title="海川区今年新增普惠托位一千个",
                dateline=BENBAO,
                byline="（记者 高建国 通讯员 孔丽）",
                authors=("高建国",),
                correspondents=("孔丽",),
                contains=("比周边同类机构低四成左右。", "缓解双职工家庭“带娃难”。"),
            ),
        ],
        furniture_phrases=("第6版　民生　2025年3月12日　星期三　责任编辑：周岚", "数说", "本版邮箱：minsheng@dbrb.com.cn"),
        focus=(
            "a public list: a 公示 of one paragraph, eight unindented lines of name　unit (one nearly a column "
            "wide), two short paragraphs and its 落款 (body and date, a line each); a 数说 box of short data lines "
            "under its own heading with a 数据来源 line last; a story above it and one with its headline after its "
            "body, 2 025年 broken across lines"
        ),
    ),
    _page(
        "37_continued",
        16,
        "2025-03-14",
        2,
        "要闻",
        {"本版编辑": "胡蓉", "校对": "何平"},
        [
            Expected(
                # the front page ran it as 我市出台支持民营经济高质量发展二十条措施; the jump headline is a
                # shorter form of that title, printed here as its headline
                key="对首次纳入规模以上统计的民营工业企业",
                title="民营经济二十条",
                kind="continuation",
                continued_from=1,
                contains=(
                    "融资、人才等方面给予支持。",
                    "给予一次性奖励二十万元",
                    "扩大“首贷续贷服务中心”覆盖面，力争今年全市民营企业贷款余额增长百分之十以上。",  # across a column break
                    "做到企业“免申即享”。",
                ),
            ),
            Expected(
                key="东滨港自动化集装箱码头二期工程在东港区开工",
                title="东滨港自动化码头二期工程开工",
                dateline=BENBAO,
                byline="（记者 陈静 通讯员 唐宁）",
                authors=("陈静",),
                correspondents=("唐宁",),
                continued_to=6,
                contains=(
                    "建成后东滨港年集装箱通过能力将新增四百万标准箱。",
                    "并首次引入氢能集卡，建成后将成为国内单体规模最大的",  # across a column break, then the jump mark
                ),
            ),
            Expected(
                key="第十二届南湖公园樱花节将于3月15日开幕",
                title="南湖公园樱花节明日开幕",
                dateline=BENBAO,
                byline="（记者 宋佳）",
                authors=("宋佳",),
                contains=("持续至4月6日。", "今年公园新栽植染井吉野、八重樱等品种樱花三百余株", "建议市民乘坐公共交通出行。"),
            ),
            Expected(
                key="海川区启动“春游海川”文旅消费季",
                title="海川区发放一千万元文旅消费券",
                dateline=BENBAO,
                byline="（记者 罗晓峰）",
                authors=("罗晓峰",),
                contains=("市民可通过“东滨+”客户端领取", "在全区八十余家景区、酒店、剧场和民宿使用。"),
            ),
        ],
        furniture_phrases=("2025年3月14日　星期五　第2版　要闻", "本版编辑：胡蓉　校对：何平"),
        focus=(
            "a continuation page: at its top （上接第1版） under a jump headline that is a shorter form of the "
            "front-page title (民营经济二十条), a story that stops mid-sentence after a column break with （下转第6版） "
            "on a line of its own, a story signed at its end, a story with its headline after its body, and a footer "
            "本版编辑：X　校对：Y"
        ),
    ),
    HandPage(
        "38_evening",
        17,
        "云州晚报",
        "2025-04-09",
        7,
        "社会新闻",
        {"责任编辑": "蒋红梅", "美编": "陶然"},
        [
            Expected(
                key="在中山路一家银行办完事的市民陈先生",
                title="“我的车被贴了‘绿色罚单’”",
                subtitle="——云州交警对轻微违停试行“首违提醒”",
                byline="本报记者 周蔚\u3000实习生 林可欣",
                # an 实习生 has no field of its own: the paper's own trainee reporter, so an author
                authors=("周蔚", "林可欣"),
                subheads=("新闻链接",),  # the box closing the story is part of its body, under its own heading
                contains=(
                    "“挡风玻璃上夹着一张绿色的单子，我心里咯噔一下，以为又要被罚两百块。”4月8日上午",
                    "这是一张“温馨提示单”，上面写着：“您的车辆停放在禁停路段，本次不予处罚，请尽快驶离。”",
                    "从4月1日起，主城区对首次轻微违停",
                    "九成以上的车主在收到短信后十分钟内就把车挪走了。",  # across a column break
                    "“以前送货的三轮车在门口停一会儿就可能被罚，现在民警先提醒，我们也自觉多了。”",
                    "仍将依法处罚。",
                    "2021年修订的行政处罚法明确了这一原则",
                    "试行“首违不罚”清单制度。",
                ),
            ),
            Expected(
                # its headline follows the last line of its body, no blank line between
                key="18路驾驶员孙建国",
                title="公交司机拾得两万元\u3000苦等失主两小时",
                dateline=BENBAO,
                byline="（记者 郭晓彤 通讯员 石磊）",
                authors=("郭晓彤",),
                correspondents=("石磊",),
                contains=(
                    "在车厢后排座位下发现一个黑色挎包",
                    "和同事守着那部手机等失主来电。",
                    "“谁丢了这么多钱都着急，这是我应该做的。”",
                ),
            ),
            Expected(
                # the 热线 item: a reader's call to the paper's hotline, its headline right above its text
                key="杏花里小区的刘女士",
                title="小区路灯“罢工”一个多月",
                column="热线追踪",
                dateline=BENBAO,
                byline="（记者 郭晓彤）",
                authors=("郭晓彤",),
                contains=("拨打本报热线9682266反映", "此前因维修资金审批耽搁了时间。", "当晚路灯全部恢复照明。"),
            ),
            Expected(
                key="在城南汽车站附近徘徊了一个多小时",
                title="八旬老人迷路\u3000民警一路护送回家",
                dateline=BENBAO,
                byline="（记者 周蔚 通讯员 何明）",
                authors=("周蔚",),
                correspondents=("何明",),
                contains=("根据老人口袋里的一张药店收据", "并开车将老人安全送回家中。"),
            ),
        ],
        furniture_phrases=(
            "云州晚报　A7　社会新闻　2025年4月9日　星期三",
            "热线追踪",
            "责任编辑：蒋红梅　美编：陶然",
            "新闻热线：9682266　投稿邮箱：shxw@yzwb.cn",
        ),
        focus=(
            "an evening paper's 社会新闻 page: its name in the page header with an A7 page; a headline in quotes "
            "with quotes inside (“…‘绿色罚单’”) over a —— subtitle, a byline 本报记者 X　实习生 Y (the trainee an "
            "author), a column break, a 新闻链接 box closing the story under its own heading; a story with its "
            "headline right after its body; a 热线追踪 label over an item whose headline sits right above its text "
            "and whose reader called 本报热线9682266; a short item signed at its end; a footer of editors, then "
            "新闻热线 and 投稿邮箱"
        ),
    ),
    HandPage(
        "39_county_front",
        14,
        "柳溪报",
        "2025-04-08",
        1,
        "",
        {"责任编辑": "孟庆华", "校对": "陈芳"},
        [
            Expected(
                key="河湾村集中育秧工厂",
                title="柳溪县二十八万亩早稻育秧全面铺开",
                kicker="春耕正当时\u3000田间农事忙",
                subtitle="投入农机三千余台（套）\u3000集中育秧率超七成",
                dateline=BENBAO,
                byline="（记者 方国平 通讯员 谢春林）",
                authors=("方国平",),
                correspondents=("谢春林",),
                continued_to=2,
                contains=(
                    "清明过后，柳溪大地春意正浓。",
                    "“一条线一天能播四千盘，够两百亩大田用。”育秧工厂负责人邓志刚说。",
                    "全县投入插秧机、植保无人机等农机三千余台（套），集中育秧率超过七成。",  # across a column break
                    "县农业农村局组织八十名农技人员组成十二个服务队",
                    "同时做好倒春寒等灾害性天气的防范",  # stops mid-sentence over a bare 下转2版
                ),
            ),
            Expected(
                key="柳溪县城至青松镇快速通道正式建成通车",
                title="县城至青松镇快速通道建成通车",
                dateline=BENBAO,
                byline="（记者 黎晓婷）",
                authors=("黎晓婷",),
                continued_to=2,
                contains=("通车后县城到青松镇的车程由五十分钟缩短至二十分钟。", "道路两侧还同步建设了"),  # then 下转2版〉〉
            ),
            # the briefs: unindented ■ paragraphs, one after another, each with its headline run in before 本报讯
            Expected(
                key="县长周明远主持召开县政府第二十七次常务会议",
                title="县政府召开第二十七次常务会议",
                column="要闻简报",
                dateline=BENBAO,
                contains=("研究部署一季度经济运行调度、森林防火和安全生产等工作。",),
            ),
            Expected(
                key="县人大常委会执法检查组深入城区学校食堂",
                title="县人大常委会开展食品安全执法检查",
                column="要闻简报",
                dateline=BENBAO,
                contains=("对食品安全法贯彻实施情况开展执法检查。",),
            ),
            Expected(
                key="省农业农村厅公布2025年省级农产品区域公用品牌名单",
                title="柳溪米粉获评省级区域公用品牌",
                column="要闻简报",
                dateline=BENBAO,
                contains=("“柳溪米粉”榜上有名。", "年产值突破十亿元。"),
            ),
            Expected(
                # its headline fills its line, so 本报讯 opens the next
                key="分赴十四个乡镇开展义诊",
                title="全县启动春季义诊进乡村活动",
                column="要闻简报",
                dateline=BENBAO,
                byline="（记者 黎晓婷）",
                authors=("黎晓婷",),
                contains=("县卫健局组织县人民医院、县中医院的六十名医生", "发放健康宣传资料。"),
            ),
        ],
        furniture_phrases=(
            "柳溪报",
            "LIUXI BAO",
            "中共柳溪县委主办",
            "国内统一连续出版物号 CN41-0127",
            "第3586期　今日4版",
            "2025年4月8日　星期二　农历三月十一",
            "要闻简报",
            "第1版　责任编辑：孟庆华　校对：陈芳",
        ),
        focus=(
            "a county paper's front page: a masthead a line per part (name, pinyin name, 主办单位, 国内统一连续出版物号 "
            "CN…, 第…期　今日4版, date with its 农历 date); a lead under 引题/主题/副题 stopping mid-sentence over a bare "
            "下转2版 line; a story jumping 下转2版〉〉; a 要闻简报 banner over four unindented ■ paragraphs, no blank "
            "lines between, each opening with a run-in headline before 本报讯 (one headline filling its line); the "
            "page number only in the footer"
        ),
    ),
    HandPage(
        "40_economy",
        25,
        "嘉平日报",
        "2025-04-18",
        3,
        "经济",
        {"责任编辑": "谭嘉宁", "美术编辑": "鲁畅"},
        [
            Expected(
                # the front page's story goes on under its repeated headline: 上接第1版 on a line of its own, the text
                # unindented, going on mid-sentence
                key="其中装备制造业增加值增长9.1%",
                title="一季度我市经济运行开局良好",
                kind="continuation",
                continued_from=1,
                contains=(
                    "规模以上工业增加值同比增长7.2%",
                    "金融机构本外币存款余额1.2万亿元，同比增长8.6%。",
                    "为全年经济稳定增长打下坚实基础。",
                ),
            ),
            Expected(
                # an interview inside a story: 记者： questions and 答： answers, each an indented paragraph; the chart
                # box under it (its title, then its source and maker) is its caption. 制图 names the chart's maker, for
                # whom there is no field: no photographer, nobody's byline
                key="记者采访了市统计局局长孔繁星",
                title="稳中有进\u3000向新而行",
                subtitle="——市统计局负责人解读一季度经济数据",
                byline="本报记者 颜子墨",
                authors=("颜子墨",),
                captions=("图表：一季度全市主要经济指标同比增速（%）数据来源：嘉平市统计局\u3000制图：林小珊",),
                contains=(
                    "一季度全市实现地区生产总值（GDP）二千八百六十五亿元",
                    "同比增长5.6%，增速比全省平均水平高0.4个百分点。",
                    "记者：一季度经济运行有哪些亮点？",
                    "答：最突出的是新动能加快成长。",
                    "全市高技术制造业增加值同比增长12.5%",
                    "快递业务量增长21.7%。",
                    "记者：外贸形势怎么样？",
                    "对共建“一带一路”国家进出口占比提高到四成以上",  # across a column break
                    "记者：下一步经济走势如何？",
                    "3月份全市工业用电量增长9.8%",
                    "保持经济持续回升向好的态势。",
                ),
            ),
            Expected(
                # its headline follows the last line of its body
                key="一季度全市新登记经营主体一万六千三百户",
                title="一季度全市新增经营主体1.63万户",
                dateline=BENBAO,
                byline="（记者 曹敏 通讯员 龙海燕）",
                authors=("曹敏",),
                correspondents=("龙海燕",),
                contains=("同比增长9.4%", "全市实有经营主体突破六十万户。", "数字经济相关企业增长明显。"),
            ),
            Expected(
                key="一季度嘉平港完成货物吞吐量五千一百万吨",
                title="嘉平港一季度集装箱吞吐量增长8.3%",
                dateline=BENBAO,
                byline="（记者 曹敏）",
                authors=("曹敏",),
                contains=("完成集装箱吞吐量八十六万标准箱，同比增长8.3%", "外贸航线总数达到二十三条。"),
            ),
        ],
        furniture_phrases=("2025年4月18日　星期五　第3版　经济　责任编辑：谭嘉宁　美术编辑：鲁畅", "本版邮箱：jingji@jprb.com.cn"),
        focus=(
            "an 经济 page of figures: percentages (同比增长12.5%, 0.4个百分点), money (1.2万亿元), 1.63万户 and GDP, "
            "numbers broken across lines (1.2 万亿元, 2 1.7%, 9. 8%); at its top a continuation under its repeated "
            "headline, 上接第1版 bare on a line of its own over unindented text going on mid-sentence; an interview "
            "inside a story (记者：/答： paragraphs, a column break in an answer) under title and —— subtitle, a chart "
            "box 图表：… / 数据来源：…　制图：X after it; a story with its headline after its body"
        ),
    ),
    HandPage(
        "41_culture",
        20,
        "澄阳日报",
        "2025-04-11",
        6,
        "文化·教育",
        {"编辑": "付雨桐", "校对": "贺兰"},
        [
            Expected(
                # a photo story: one headline over three captions in a row, each closed by its own credit; its body
                # is the three captions, credits included
                key="学习竹编技艺",
                title="非遗进校园\u3000课堂“活”起来",
                kind="photo",
                photographers=("沈秋", "唐一鸣"),
                contains=(
                    "4月10日，澄阳市实验小学的学生在竹编艺人指导下学习竹编技艺。（记者 沈秋 摄）",
                    "澄阳花鼓戏传承人向学生们示范“矮子步”等表演动作。（记者 沈秋 摄）",
                    "学生们展示自己制作的剪纸作品。（记者 唐一鸣 摄）",
                ),
            ),
            Expected(
                key="澄阳市第三十家“城市书房”开放",
                title="全市“城市书房”增至三十家",
                dateline=BENBAO,
                byline="（记者 田雨萌）",
                authors=("田雨萌",),
                contains=("实行二十四小时自助借还", "让乡村群众就近读书看报。"),
            ),
            Expected(
                key="初读《河湾纪事》",
                title="在河湾的褶皱里读懂乡愁",
                subtitle="——读散文集《河湾纪事》",
                column="读书",
                byline="□ 吴静秋",
                authors=("吴静秋",),
                contains=(
                    "写祠堂前的老樟树，也写那些一辈子没有离开过河湾的人。",
                    "撑了四十年渡船的周老倌",
                    "全书分“水”“土”“人”三辑，共四十二篇。",
                    "心里那一份说不清、道不明的牵挂。",
                ),
            ),
            Expected(
                # a 招生简章: its 1．…5． items (full-width dots) are indented paragraphs of it, not headings; a
                # 咨询电话 paragraph and the 落款 (the school and the date, a line each) close it
                key="澄阳市艺术职业学校是省级重点中等职业学校",
                title="澄阳市艺术职业学校2025年招生简章",
                contains=(
                    "现将我校招生有关事项公布如下：",
                    "1．招生专业：舞蹈表演、音乐表演（声乐、器乐）、戏曲表演（花鼓戏）、美术绘画",
                    "2．报名条件：2025年初中应届毕业生",
                    "3．报名时间：2025年4月15日至5月20日。",
                    "也可通过“澄阳招考”微信公众号网上报名，报名费全免。",
                    "4．专业测试：5月31日在学校进行",
                    "5．资助政策：在校生全部免除学费",
                    "咨询电话：5526601",
                    "澄阳市艺术职业学校2025年4月10日",
                ),
            ),
        ],
        furniture_phrases=(
            "第6版　文化·教育　2025年4月11日　星期五　编辑：付雨桐　校对：贺兰",
            "读书",
            "本版邮箱：wenjiao@cyrb.com.cn",
        ),
        focus=(
            "a culture and education page: a photo story, one headline over three ■ captions in a row, each closed "
            "by its own （记者 X 摄） (two photographers; one credit hung at a line's end, one wrapped); a 读书 banner "
            "over a book review under title and —— subtitle, signed □ X; a 招生简章 whose numbered items 1．…5． "
            "(full-width dots) are indented paragraphs, closed by a 咨询电话 paragraph and its 落款 (school and date, "
            "a line each)"
        ),
    ),
    HandPage(
        "42_side_by_side",
        12,
        "鹤川日报",
        "2025-04-14",
        5,
        "乡村振兴",
        {"责任编辑": "覃思远", "美术编辑": "石晓蕾"},
        [
            Expected(
                # set beside the next story; the extractor left its headline (title and —— subtitle) after its text
                # and caption. Its byline, a line per role above its text, credits the text and the photo apart:
                # the photographer is named in the byline's 图/ part, and the caption carries no credit
                key="茶农罗秀英已经架好手机支架",
                title="茶山上的“云端课堂”",
                subtitle="——石门村茶农学直播见闻",
                byline="文/记者 宋杰\u3000图/记者 韦丹",
                authors=("宋杰",),
                photographers=("韦丹",),
                captions=("■茶农罗秀英在茶园里直播销售春茶。",),
                contains=(
                    "订单提示音不时响起。",
                    "没想到真能把茶叶卖到全国去。",
                    "2023年起，区里在村里建起电商服务站",
                    "村党支部书记覃志坚说",  # across a column break
                    "把“卖茶叶”变成“卖风景”。",
                ),
            ),
            Expected(
                # beside the story before: its photo caption first (right under that story's headline), then its
                # text, its byline wrapped onto two lines, and its headline last; 文/图 credits both names with text
                # and photo
                key="竹山村的老粮站",
                title="老粮站变身“共享厨房”",
                byline="记者 林涛 通讯员 蒋文 文/图",
                authors=("林涛",),
                correspondents=("蒋文",),
                photographers=("林涛", "蒋文"),
                captions=("■村民在“共享厨房”里制作艾叶米粿。",),
                contains=(
                    "这里曾是闲置了十多年的粮站仓库",
                    "“以前家家户户做米粿，一做就是一整天",
                    "去年卖出米粿、腊肉等农家特产五十多万元。",
                    "一年能为村集体增收八万多元。",
                ),
            ),
            Expected(
                key="春风行动农村劳动力专场招聘会",
                title="鹤川区举办春风行动专场招聘会",
                dateline=BENBAO,
                byline="（记者 欧阳岚）",
                authors=("欧阳岚",),
                contains=("鹤川区2025年春风行动", "当天有六百余人达成就业意向。"),
            ),
            Expected(
                key="小天鹅、白琵鹭等三十余种",
                title="白鹭湖湿地迎来候鸟北迁高峰",
                dateline=BENBAO,
                byline="（通讯员 蒋文）",
                correspondents=("蒋文",),
                contains=("提醒游客文明观鸟，不要惊扰鸟群。",),
            ),
        ],
        furniture_phrases=("2025年4月14日　星期一　第5版　乡村振兴", "责任编辑：覃思远　美术编辑：石晓蕾"),
        focus=(
            "two stories set side by side in 12-character columns, each left with its headline after its text: the "
            "first with its byline 文/记者 X / 图/记者 Y a line per role above its text, a column break inside a name "
            "(覃志 / 坚), an uncredited ■ caption, then title and —— subtitle; the second opening with its ■ caption "
            "right under the first's subtitle, then its text, its byline 记者 X 通讯员 / Y 文/图 wrapped, its "
            "headline; two ordinary items under them"
        ),
    ),
    HandPage(
        "43_footer_header",
        22,
        "金原晚报",
        "2025-04-02",
        8,
        "体育",
        {"责任编辑": "马腾", "美术编辑": "孙琪", "校对": "彭蕾"},
        [
            Expected(
                key="金原城市队在先失一球的情况下",
                title="金原城市队主场2比1逆转昌平队",
                kicker="中甲联赛第三轮",
                dateline=BENBAO,
                byline="（记者 解振宇）",
                authors=("解振宇",),
                contains=(
                    "2025赛季中甲联赛第三轮在金原奥体中心进行",
                    "替补登场的U21小将姚子健在禁区外远射破门，帮助球队锁定胜局。",  # across a column break
                    "“下半场的调整很成功，年轻球员的表现让人惊喜”。",
                    "金原城市队下一轮将于4月6日客场挑战南陵队。",
                ),
            ),
            Expected(
                key="2025金原马拉松组委会公布报名情况",
                title="金原马拉松报名人数创新高",
                dateline=BENBAO,
                byline="（记者 祝佳音）",
                authors=("祝佳音",),
                contains=("共有六万八千余人报名", "抽签结果于4月8日公布。"),
            ),
            Expected(
                # right under the 广告 label (the advertisement itself an image, no text), its headline after its body
                key="金原市青少年乒乓球锦标赛在市体育馆举行",
                title="金原市青少年乒乓球锦标赛落幕",
                dateline=BENBAO,
                byline="（通讯员 詹小龙）",
                correspondents=("詹小龙",),
                contains=("男女单打、双打和团体等八个项目的角逐", "金原市第七中学代表队获得团体总分第一名。"),
            ),
            Expected(
                key="2025年金原市全民健身节将于4月6日启动",
                title="全民健身节4月6日启动",
                dateline=BENBAO,
                byline="（记者 祝佳音）",
                authors=("祝佳音",),
                contains=("气排球、门球等二十余项群众性赛事活动", "预计参与人数超过十万人次。"),
            ),
        ],
        furniture_phrases=(
            "责任编辑：马腾　美术编辑：孙琪　校对：彭蕾",
            "广告",
            "第8版　2025年4月2日　星期三　体育",
            "8",
        ),
        focus=(
            "furniture out of its usual place: the editors' line at the top of the page, the page header (第8版　date"
            "　体育) at its bottom over a last line holding the page number alone (8), and a 广告 label line between "
            "two stories (the advertisement an image); a kicker over a score headline (2比1), U21, a column break, "
            "bylines in brackets after 本报讯 and at a story's end, a story with its headline after its body right "
            "under the label"
        ),
    ),
    HandPage(
        "44_city_news",
        19,
        "泉陵日报",
        "2025-05-06",
        2,
        "要闻",
        {"责任编辑": "郑雅文", "美术编辑": "杜衡"},
        [
            Expected(
                # kicker, title and subtitle a line each, the byline on a line of its own, a column break inside a
                # paragraph, and a credited ■ caption between two of its paragraphs
                key="泉陵市2025年二季度重大项目集中开工活动",
                title="泉陵二季度集中开工重大项目四十六个",
                kicker="聚焦项目建设\u3000攻坚二季度",
                subtitle="总投资三百一十八亿元\u3000涵盖先进制造、城市更新等领域",
                byline="本报记者 钟立言\u3000通讯员 孟繁宇",
                authors=("钟立言",),
                correspondents=("孟繁宇",),
                photographers=("韦嘉禾",),
                captions=("■5月5日，高新区主会场内，施工机械整装待命。（记者 韦嘉禾 摄）",),
                contains=(
                    "全市46个重大项目同时开工，总投资三百一十八亿元。",
                    "基础设施项目十三个、民生项目十二个。",
                    "建成后年产值可达六十亿元。",  # across a column break
                    "“项目开工只是第一步，我们将为每个项目配备一名服务专员，全程帮办代办。”",
                    "平均审批时间压缩至二十个工作日以内。",
                    "一季度已完成投资一百三十八亿元，占年度计划的24.6%。",
                ),
            ),
            Expected(
                # its headline follows the last line of its body
                key="市长贺明川主持召开市政府第四十二次常务会议",
                title="市政府召开第四十二次常务会议",
                dateline=BENBAO,
                byline="（记者 田思远 通讯员 黄映雪）",
                authors=("田思远",),
                correspondents=("黄映雪",),
                contains=(
                    "研究部署防汛备汛、安全生产和城市精细化管理等工作。",
                    "加强水库、堤防和地质灾害隐患点巡查",
                    "审议通过了《泉陵市城市道路挖掘管理办法（修订稿）》。",
                ),
            ),
            Expected(
                key="全市今年计划改造老旧小区一百二十个",
                titles=("泉陵今年改造老旧小区一百二十个", "惠及居民两万三千余户"),
                dateline=BENBAO,
                byline="（记者 葛晓棠）",
                authors=("葛晓棠",),
                contains=(
                    "涉及楼栋八百六十栋，惠及居民两万三千余户。",
                    "同步增设养老托育、便民菜店等服务设施。",
                    "已有四十五个小区完成设计招标，预计6月底前全面开工。",
                ),
            ),
            Expected(
                key="泉陵站将新增至省城的动车组列车六对",
                title="泉陵站新增至省城动车六对",
                dateline=BENBAO,
                byline="（记者 葛晓棠）",
                authors=("葛晓棠",),
                contains=("每日往返省城的动车增至十八对，最快一小时十分钟可达。", "车站同步增开两个自助进站通道，方便旅客快速乘车。"),
            ),
        ],
        furniture_phrases=("2025年5月6日　星期二　第2版　要闻　责任编辑：郑雅文　美术编辑：杜衡",),
        focus=(
            "a 要闻 page of city-government stories: a lead under kicker, title and subtitle (each a line, wider than "
            "the column) with its byline 本报记者 X　通讯员 Y on a line of its own, a column break and a ■ caption "
            "（记者 X 摄） between its paragraphs; a story with its headline after its body (its byline wrapped inside "
            "a name, 黄映 / 雪); a two-line headline of two parts; a short item signed at its end, the page ending "
            "on it"
        ),
    ),
    HandPage(
        "45_county",
        13,
        "桐江日报",
        "2025-05-08",
        5,
        "区县",
        {"责任编辑": "卢晓岚", "校对": "严明"},
        [
            Expected(
                key="在临溪区石桥镇油菜种植基地",
                title="临溪区五千亩油菜开镰收割",
                subtitle="——机收率超过九成",
                dateline=BENBAO,
                byline="（记者 朱伟成 通讯员 易春华）",
                authors=("朱伟成",),
                correspondents=("易春华",),
                contains=(
                    "三台联合收割机来回穿梭，金黄的油菜籽源源不断装进运粮车。",
                    "通过推广“稻油轮作”模式和机械直播技术",
                    "全区油菜机收率超过九成。",  # across a column break
                    "种植大户彭家旺说，收完油菜他就要抓紧灌水整田",
                ),
            ),
            Expected(
                # its headline follows the last line of its body, right above the 区县短波 banner
                key="第六届白沙县茶文化旅游节在云台山茶园开幕",
                title="白沙县茶文化旅游节开幕",
                dateline=BENBAO,
                byline="（记者 戴茗）",
                authors=("戴茗",),
                contains=("吸引周边游客一万余人次。", "举办茶叶评比、茶山徒步等十余项活动，持续至5月底。"),
            ),
            Expected(
                key="白沙县首条城乡公交环线正式开通",
                title="白沙县开通首条城乡公交环线",
                column="区县短波",
                dateline=BENBAO,
                byline="（通讯员 管丽华）",
                correspondents=("管丽华",),
                contains=("全程票价两元，每天发车四十班次。",),
            ),
            Expected(
                key="岩前镇在镇文化站举办农民技能培训班",
                title="岩前镇举办农民技能培训班",
                column="区县短波",
                dateline=BENBAO,
                byline="（记者 朱伟成）",
                authors=("朱伟成",),
                contains=("讲授果树嫁接、病虫害防治等技术", "一百二十余名农民参加培训。"),
            ),
            Expected(
                key="在居民小区、商业综合体和高速服务区",
                title="临溪区新建公共充电桩三百个",
                column="区县短波",
                dateline=BENBAO,
                byline="（记者 戴茗）",
                authors=("戴茗",),
                contains=("全区公共充电桩总数突破一千二百个", "基本实现乡镇全覆盖。"),
            ),
        ],
        furniture_phrases=("第5版　区县　2025年5月8日　星期四", "区县短波", "责任编辑：卢晓岚　校对：严明"),
        focus=(
            "a 区县 page in 13-character columns: a story under title and —— subtitle with a column break, a story "
            "with its headline after its body right above a 区县短波 banner, and under the banner three short items, "
            "each headline right above its 本报讯 text, each signed in brackets at its end (one byline wrapped "
            "（记者 / 朱伟成）)"
        ),
    ),
    HandPage(
        "46_minsheng",
        22,
        "青川都市报",
        "2025-05-12",
        6,
        "民生",
        {"责任编辑": "邓可欣", "美编": "罗杰"},
        [
            Expected(
                # a Q&A explainer: an opening paragraph, then 问：/答： paragraphs, each indented; a column break
                # inside the last answer
                key="进一步简化异地就医备案手续",
                title="异地就医直接结算，这些事项要知道",
                kicker="医保政策问答",
                byline="本报记者 宁静远",
                authors=("宁静远",),
                contains=(
                    "参保人员在省内跨市就医无需备案",
                    "记者采访了市医疗保障局有关负责人。",
                    "问：哪些人需要办理异地就医备案？",
                    "答：省内跨市就医不再需要备案。",
                    "异地长期居住人员、常驻异地工作人员和异地转诊人员需要提前备案",
                    "问：备案可以通过哪些渠道办理？",
                    "国家医保服务平台APP、“青川医保”微信公众号办理",
                    "问：异地就医报销比例会降低吗？",
                    "未按规定备案的，报销比例下降十个百分点。",  # across a column break
                    "公众号查询定点医院名单。",
                ),
            ),
            Expected(
                key="家住江北街道柳岸小区的市民夏先生",
                title="楼道堆满杂物\u3000社区连夜清理",
                column="民生热线",
                dateline=BENBAO,
                byline="（记者 包晓雯）",
                authors=("包晓雯",),
                contains=(
                    "“楼道里堆满了纸箱和旧家具，万一着火人都跑不出去。”",
                    "拨打本报民生热线8835110反映。",
                    "清理楼道杂物三车，并在各楼栋张贴了消防安全提示。",
                ),
            ),
            Expected(
                # signed at its end, its headline after its body
                key="全市新设的二十处“家门口”便民服务点",
                title="全市新增二十处便民服务点",
                dateline=BENBAO,
                byline="（记者 包晓雯 通讯员 苗雨）",
                authors=("包晓雯",),
                correspondents=("苗雨",),
                contains=("已全部投入使用", "居住证申领等六十余项高频事项。"),
            ),
        ],
        furniture_phrases=(
            "青川都市报　A6　民生　2025年5月12日　星期一",
            "民生热线",
            "责任编辑：邓可欣　美编：罗杰",
            "民生热线：8835110",
        ),
        focus=(
            "a 民生 page: a Q&A explainer (kicker over title, byline on its own line, 问：/答： paragraphs, APP broken "
            "across lines, a column break in an answer); a 民生热线 banner over a reader's hotline item; a short item "
            "signed at its end with its headline after its body; a footer of editors and the hotline number"
        ),
    ),
    HandPage(
        "47_keji",
        16,
        "岳安日报",
        "2025-05-15",
        7,
        "科教",
        {"编辑": "苗佳", "校对": "韩松"},
        [
            Expected(
                # its headline wrapped onto two lines; a ■ caption with its credit wrapped after its second paragraph
                key="该校高二学生组成的“星火”团队",
                title="岳安一中学生团队获全国青少年机器人大赛一等奖",
                dateline=BENBAO,
                byline="（记者 柯思妤 通讯员 庞立）",
                authors=("柯思妤",),
                correspondents=("庞立",),
                photographers=("聂远",),
                captions=("■“星火”团队成员调试分拣机器人。（记者 聂远 摄）",),
                contains=(
                    "在第二十四届全国青少年机器人大赛中获得一等奖。",
                    "一台能自动识别垃圾种类的分拣机器人",
                    "最难的是让机器人准确分辨外形相似的塑料瓶和玻璃瓶",  # across a column break
                    "已有一百五十余名学生在省级以上科技创新比赛中获奖。",
                ),
            ),
            Expected(
                key="该院水稻研究团队历时八年",
                title="我市培育出耐盐碱水稻新品系",
                subtitle="——在盐碱地试种亩产突破五百公斤",
                byline="本报记者 沙文博\u3000通讯员 龚玉婷",
                authors=("沙文博",),
                correspondents=("龚玉婷",),
                contains=(
                    "培育出耐盐碱水稻新品系“岳稻12号”",
                    "亩产达到五百二十公斤。",
                    "而新品系能耐受千分之六的含盐量。",
                    "将在全市扩大示范种植至三千亩。",
                ),
            ),
            Expected(
                key="2025年岳安市中小学科技节",
                title="全市中小学科技节启动",
                dateline=BENBAO,
                byline="（记者 柯思妤）",
                authors=("柯思妤",),
                contains=("在市青少年活动中心启动。", "全市一百八十余所中小学参加。"),
            ),
        ],
        furniture_phrases=("2025年5月15日　星期四　第7版　科教", "编辑：苗佳　校对：韩松"),
        focus=(
            "a 科教 page: a campus story under a headline wrapped onto two lines, a column break and a ■ caption "
            "（记者 X 摄） wrapped before its credit; a science item under title and —— subtitle with its byline "
            "本报记者 X　通讯员 Y on a line of its own and no dateline; a short item with its headline after its body "
            "(5月1 / 4日 broken)"
        ),
    ),
    HandPage(
        "48_sports",
        24,
        "汀州日报",
        "2025-05-19",
        8,
        "体育",
        {"责任编辑": "范毅", "美术编辑": "秦朗"},
        [
            Expected(
                key="汀州雄鹰队凭借三粒进球",
                title="汀州雄鹰队主场3比0完胜临海队",
                kicker="中乙联赛第六轮",
                dateline=BENBAO,
                byline="（记者 邵振华）",
                authors=("邵振华",),
                contains=(
                    "2025赛季中乙联赛第六轮在汀州市体育中心进行",
                    "取得三连胜，积分升至小组第二。",
                    "但始终未能攻破雄鹰队的防线。",  # across a column break
                    "替补登场的梁子豪单刀推射得分，锁定胜局。",
                    "“球员们执行战术很坚决，防守端也很稳固。”",
                ),
            ),
            Expected(
                # an away report: 本报宁川5月18日电 with its byline in brackets, its headline after its body
                key="2025年全省女子篮球锦标赛18日在宁川市落幕",
                title="汀州女篮险胜宁川夺得省锦标赛冠军",
                dateline="本报宁川5月18日电",
                byline="（记者 姜宇航）",
                authors=("姜宇航",),
                contains=(
                    "汀州女篮以76比74险胜宁川女篮，夺得冠军。",
                    "后卫白雪晴突破上篮得手",
                    "白雪晴全场拿下26分，当选本届比赛最有价值球员。",
                ),
            ),
            Expected(
                key="汀州市龙舟协会的队员在汀江上进行训练",
                title="龙舟下水备战端午",
                kind="photo",
                column="图片新闻",
                photographers=("程曦",),
                contains=("备战端午节期间举行的全市龙舟邀请赛。（记者 程曦 摄）",),
            ),
            Expected(
                key="汀州市青少年游泳锦标赛在市游泳馆开赛",
                title="全市青少年游泳锦标赛开赛",
                dateline=BENBAO,
                byline="（通讯员 武晓晨）",
                correspondents=("武晓晨",),
                contains=("来自全市二十二所学校的四百余名选手", "蝶泳等四十二个项目的比赛。"),
            ),
        ],
        furniture_phrases=("2025年5月19日　星期一　第8版　体育　责任编辑：范毅　美术编辑：秦朗", "图片新闻"),
        focus=(
            "a 体育 page of two match reports: a kicker naming the round over a score headline (3比0) with a column "
            "break, and an away report opening 本报宁川5月18日电（记者 X） with its headline after its body; a 图片新闻 "
            "banner over a photo item (headline right above its ■ caption, the credit wrapped); a short item signed "
            "at its end"
        ),
    ),
    HandPage(
        "49_fazhi",
        10,
        "澧阳日报",
        "2025-05-22",
        6,
        "法治",
        {"责任编辑": "汤文静"},
        [
            Expected(
                # its headline wrapped onto two lines in the 10-character column
                key="澧阳市岚溪区人民法院审结这起诈骗案",
                title="男子冒充快递客服诈骗获刑四年",
                dateline=BENBAO,
                byline="（记者 柏青 通讯员 卢安）",
                authors=("柏青",),
                correspondents=("卢安",),
                contains=(
                    "以“理赔”为名骗走老人积蓄六万余元。",
                    "以诈骗罪判处被告人钟某有期徒刑四年，并处罚金三万元。",
                    "2024年9月，钟某冒充快递公司客服",
                    "骗取其银行卡内存款六万三千元。",  # across a column break
                    "更不会索要银行卡密码和验证码。",
                ),
            ),
            Expected(
                # a police notice: no dateline, signed at its end
                key="我市发生多起“刷单返利”诈骗案件",
                title="“高薪兼职”背后藏陷阱",
                column="警方提示",
                byline="（通讯员 汪洋）",
                correspondents=("汪洋",),
                contains=(
                    "骗子以“动动手指日赚数百元”为诱饵",
                    "再以“连单”“任务未完成”为由诱骗其不断转账。",
                    "所有刷单都是诈骗",
                    "请及时拨打110或反诈专线96110咨询。",
                ),
            ),
            Expected(
                # a 普法 item: the question put in its first paragraph, the lawyer's answer in its second
                key="镜头正对着她家大门",
                title="邻居监控对着我家门怎么办",
                column="以案说法",
                byline="□ 方明远",
                authors=("方明远",),
                contains=(
                    "家人进出都被拍得一清二楚。",
                    "律师说法：民法典规定",
                    "任何组织或者个人不得以",
                    "侵害他人的私密空间和私密活动。",
                    "应当避开他人住宅门口等私密区域。",  # across a column break
                    "要求对方调整监控角度并停止侵害。",
                ),
            ),
        ],
        furniture_phrases=("第6版　法治　2025年5月22日　星期四", "警方提示", "以案说法", "责任编辑：汤文静"),
        focus=(
            "a 法治 page in 10-character columns, every headline wrapped onto two lines: a court case story with its "
            "bracketed byline wrapped inside a name (柏 / 青) and a column break, 2 024年 and 1 10 broken; a 警方提示 "
            "banner over a police notice signed at its end; a 以案说法 banner over a 普法 item signed □ X on a line "
            "of its own, with a column break"
        ),
    ),
    HandPage(
        "50_guoji",
        17,
        "衡江日报",
        "2025-06-03",
        5,
        "国际",
        {"责任编辑": "邝雨薇", "版式": "雷振东"},
        [
            Expected(
                # the lead dispatch: its two reporters in one bracket wrapped after （记者, its kicker and headline
                # printed after the last line of its body, no blank line between
                key="过去十年全球与极端高温相关的死亡人数明显上升",
                title="极端高温正成为全球健康“隐形杀手”",
                kicker="世卫组织呼吁各国建立高温健康预警系统",
                dateline="新华社日内瓦6月2日电",
                byline="（记者 林思远 苏曼）",
                authors=("林思远", "苏曼"),
                contains=(
                    "世界卫生组织2日在日内瓦发布《全球高温与健康评估报告》",
                    "司长埃琳娜·马丁内斯在发布会上说",
                    "世界卫生组织（WHO）将于今年下半年发布技术指南",  # W H / O broken across a wrap
                    "非洲联盟卫生事务专员约瑟夫·恩科莫也出席了发布会。",  # the name broken after 恩
                    "贫困社区尤其脆弱，希望国际社会在资金和技术上给予更多支持。",  # across a column break
                ),
            ),
            Expected(
                # 据新华社电 with no place and no reporter, its headline before its body; the 背景链接 box under it
                # (two paragraphs on the index the story reports) belongs to it, under its own heading
                key="联合国粮食及农业组织近日发布报告说",
                title="全球粮食价格指数连续两个月回落",
                dateline="据新华社电",
                subheads=("背景链接",),
                contains=(
                    "指数平均为126.3点，比4月下降0.8%，连续第二个月回落。",
                    "高级经济学家安娜·科瓦尔奇克表示",
                    "2025年全球谷物产量将达到28.5亿吨，创历史新高。",
                    "粮农组织食品价格指数创立于1996年",
                    "2022年3月，该指数曾升至接近160点",
                ),
            ),
            Expected(
                key="日本气象厅2日宣布",
                title="日本九州南部进入梅雨季",
                column="国际简讯",
                dateline="新华社东京6月2日电",
                contains=("比常年晚五天左右。", "今后一段时间上述地区可能出现强降雨", "民众需注意防范山体滑坡。"),
            ),
            Expected(
                key="工作组第二次会议2日在南非",
                title="G20数字经济工作组会议开幕",
                column="国际简讯",
                dateline="新华社开普敦6月2日电",
                contains=(
                    "来自G20成员和受邀国家",  # G / 20 broken across a wrap
                    "约一百五十名代表出席。",
                    "会议将围绕人工智能治理、数字基础设施建设等议题展开讨论。",
                ),
            ),
            Expected(
                # no dateline: the wire is credited at the end, the credit its byline naming no one
                key="智利国家天文研究中心2日宣布",
                title="智利新型射电望远镜投入使用",
                column="国际简讯",
                byline="（据新华社）",
                contains=("一座新型射电望远镜正式投入使用。", "项目负责人卡洛斯·门多萨说", "观测银河系中心区域的星际分子云。"),
            ),
        ],
        furniture_phrases=("2025年6月3日　星期二　第5版　国际　责任编辑：邝雨薇　版式：雷振东", "国际简讯"),
        focus=(
            "a 国际 page of wire copy only, editors (责任编辑, 版式) in the header line: a lead dispatch opening "
            "新华社日内瓦6月2日电（记者 X Y） with the bracket wrapped after （记者, a column break, and its kicker and "
            "headline set right after its body; a 据新华社电 story (no place, no reporter) under its headline with a "
            "背景链接 box of two paragraphs that belongs to it; a 国际简讯 banner over three items each under its own "
            "headline, two opening 新华社东京/开普敦6月2日电 and one credited （据新华社） at its end; foreign names "
            "broken at or after the middle dot (约瑟夫·恩 / 科莫, 卡洛斯· / 门多萨), WH / O and G / 20 broken across wraps"
        ),
    ),
    HandPage(
        "51_pinglun",
        22,
        "临溪日报",
        "2025-06-10",
        4,
        "评论",
        {"本版编辑": "沈若兰", "美编": "陆一鸣", "校对": "韩小雪"},
        [
            Expected(
                # the paper's editorial: 本报评论员 on a line of its own under the headline and its —— subtitle
                key="据市气象台预测，今年我市入梅时间",
                title="把防汛责任压实到每一个环节",
                subtitle="——一论扎实做好今年防汛备汛工作",
                byline="本报评论员",
                contains=(
                    "汛期降水总体偏多。防汛形势不容乐观，备汛工作一刻也不能放松。",
                    "关键时刻往往就容易掉链子。2024年汛期",  # 20 / 24年 broken across a wrap
                    "转移群众名单更新不及时等问题，教训值得记取。",  # across a column break
                    "做到人员在岗、责任在肩。",
                    "病险水库、城市易涝点和在建工程开展拉网式排查，发现问题立即整改",
                    "把责任压实在每一个环节，才能在汛期来临时从容应对、安全度汛。",
                ),
            ),
            Expected(
                # a 来论 banner over the headline, the author "□ 章敏之" on the line right under it;
                # the note on the writer (作者系…), set as an indented line of its own, closes the piece
                key="城区新建的口袋体育公园里",
                title="让“家门口的运动场”多起来",
                column="来论",
                byline="□ 章敏之",
                authors=("章敏之",),
                contains=(
                    "打篮球的年轻人、跳广场舞的阿姨各得其乐，折射出群众对健身场地的迫切需求。",
                    "学校操场开放时段有限，老旧小区更是难以找到一块空地。",
                    "都可以改造成百姓身边的运动场；学校体育场地应在节假日有序向社会开放。",
                    "（作者系临溪师范学院体育学院副教授）",
                ),
            ),
            Expected(
                # a short 今日谈 column piece, its writer in brackets at the end of its last paragraph
                key="百余名出租车和网约车司机",
                title="为“爱心送考”点赞",
                column="今日谈",
                byline="（林清源）",
                authors=("林清源",),
                contains=(
                    "自发组成爱心送考车队；交警在各考点周边增派警力疏导交通……一桩桩暖心事",
                    "往往就体现在这些不起眼的小事里。",
                    "不只在高考时出现，更能融入城市生活的日常。",
                ),
            ),
            Expected(
                # the second 来论, under a banner of its own; its 作者系 note is an unindented (right-set) line
                key="全市登记在册的已有三百二十余家",
                title="乡村民宿不能只靠“颜值”",
                column="来论",
                byline="□ 许秋阳",
                authors=("许秋阳",),
                contains=(
                    "临溪乡村民宿发展势头强劲，全市登记在册的已有三百二十余家，去年接待游客八十六万人次。",
                    "游客住一次就不想再来。",  # across a column break
                    "收益大头流向外来经营者，村集体和农户获益有限。",
                    "并通过入股分红、带动就业等方式，让村民真正分享发展红利。",
                    "（作者系临溪市社会科学院研究员）",
                ),
            ),
            Expected(
                # the 编者按 under the 市民议事厅 banner is printed ABOVE the headline and belongs to this reader's
                # piece; the reader's place and name close it on a line of their own
                key="我所在的锦绣社区有四百多辆电动自行车",
                title="充电棚建在哪，不妨让居民一起商量",
                column="市民议事厅",
                editor_note="反映部分小区电动自行车充电难",
                byline="（城东区锦绣社区\u3000何家明）",
                authors=("何家明",),
                contains=(
                    "却只有四十个充电口。每到晚上，充电口一位难求",
                    "可附近住户担心噪声和火灾隐患，项目一直没能落地。",
                    "应当召开居民议事会，把方案摆到桌面上",  # across a column break
                    "对老旧小区建设充电设施给予补贴，让好事办得更顺、更快。",
                ),
            ),
        ],
        furniture_phrases=(
            "临溪日报\u30002025年6月10日\u3000星期二\u3000第4版\u3000评论",
            "来论",
            "今日谈",
            "市民议事厅",
            "本版编辑：沈若兰\u3000美编：陆一鸣\u3000校对：韩小雪",
        ),
        focus=(
            "a 评论 page in 22-character columns, headlines before their bodies, the editors' line (本版编辑/美编/校对) at the "
            "FOOT of the page and the paper/date/page/section line at the top: a 本报评论员 editorial with a ——一论 subtitle, "
            "its byline on a line of its own, 20 / 24年 broken and a column break; two 来论 pieces, each under its own 来论 "
            "banner with □ author right under the headline and a （作者系…） note closing it (one indented, one an unindented "
            "line); a 今日谈 piece signed （林清源） at the end of its last paragraph; a 市民议事厅 banner over an unindented "
            "编者按 printed above the headline of the reader's piece it introduces, the reader's place and name in brackets "
            "on the piece's last line"
        ),
    ),
    HandPage(
        "52_caijing",
        19,
        "望城晚报",
        "2025-06-12",
        7,
        "财经",
        {"责任编辑": "龚雪芹", "美术编辑": "易斌"},
        [
            Expected(
                # kicker and title a line each; the 【核心提示】 box printed between the headline and the byline is the
                # story's own summary paragraph, so part of its body (its label included); the byline 本报记者 X　实习生 Y
                # on a line of its own (the trainee an author); a column break inside a paragraph, 683 / 0份 broken
                key="记者来到城东的星河家电卖场",
                title="以旧换新前5月拉动消费31.6亿元",
                kicker="政策红利持续释放\u3000消费市场加快回暖",
                byline="本报记者 贺知秋\u3000实习生 童语嫣",
                authors=("贺知秋", "童语嫣"),
                contains=(
                    "【核心提示】今年以来，望城市加力扩围实施消费品以旧换新政策，截至6月10日，",
                    "带动汽车、家电、手机数码等产品实现销售31.6亿元。",  # 31.6亿 / 元
                    "“换新”正成为市民消费的新热点。",
                    "门店参与以旧换新的订单占六成，销售额同比增长34.7%。",  # 3 / 4.7%
                    "前5月全市汽车报废更新和置换更新补贴申请达到6830份",  # across a column break, then 683 / 0份
                    "让政策红利更好惠及市民。",
                ),
            ),
            Expected(
                # a 见习记者 (the paper's own trainee reporter) signs on a line of his own under the headline; the chart
                # printed between its first and second paragraphs (title, 数据来源 line, 制图 line) is its caption, and the
                # story goes on after it. 制图 names the chart's maker, for whom there is no field
                key="记者从人民银行望城市分行获悉",
                title="前5月全市新增贷款236.4亿元",
                byline="本报见习记者 姚一帆",
                authors=("姚一帆",),
                captions=("图表：5月末重点领域贷款增速（%）数据来源：人民银行望城市分行制图：庞晓",),
                contains=(
                    "全市本外币各项贷款余额达4528.3亿元",  # 452 / 8.3亿元
                    "同比多增21.7亿元。",  # 21.7 / 亿元
                    "从投向看，信贷资金持续流向重点领域和薄弱环节。",
                    "普惠小微贷款余额同比增长15.4%",
                    "同比下降0.38个百分点。",
                ),
            ),
            Expected(
                # the market data box is an article of its own: its headline 行情速递, a one-line lead-in paragraph, then
                # short unindented lines of index names and figures (no byline)
                key="深证成指",
                title="行情速递",
                contains=(
                    "6月11日，沪深两市股指集体收涨。",
                    "上证指数\u30003402.66点\u3000涨0.52%",
                    "创业板指\u30002061.87点\u3000涨1.21%",
                    "两市成交额\u30001.29万亿元",
                    "望城板块\u300016家上涨\u30003家下跌",
                ),
            ),
            Expected(
                # a 特约记者 (a special correspondent titled 记者) signs at its end in brackets, the byline wrapped
                # （特 / 约记者 卜文涛）; 6月11 / 日 broken
                key="专项产品首月已为83户茶农和茶企发放贷款",
                title="望城农商银行“茶园贷”首月放款1260万元",
                dateline=BENBAO,
                byline="（特约记者 卜文涛）",
                authors=("卜文涛",),
                contains=(
                    "本报讯 望城农村商业银行于6月11日发布消息",
                    "发放贷款1260万元。",
                    "该产品以茶园经营权和未来收益作为增信",
                    "无需抵押担保，最快3个工作日放款。",
                ),
            ),
            Expected(
                # the front page's story goes on here under its headline printed again: （上接A1版） opens its first,
                # unindented line and the text goes on mid-sentence; no byline on this page
                key="给予最高500万元的风险补偿",
                title="我市出台金融支持科技型企业十条措施",
                kind="continuation",
                continued_from=1,
                contains=(
                    "鼓励银行机构设立科技金融专营支行，对科技型企业实行差异化授信",
                    "力争到今年年底，全市科技型企业贷款余额突破三百亿元。",
                    "对成功上市的企业分阶段给予总额不超过800万元的奖励。",
                    "十条措施自发布之日起施行，有效期三年。",
                ),
            ),
        ],
        furniture_phrases=(
            "望城晚报\u3000A7\u3000财经\u30002025年6月12日\u3000星期四\u3000责任编辑：龚雪芹\u3000美术编辑：易斌",
            "本版邮箱：caijing@wcwb.com.cn",
        ),
        focus=(
            "an evening paper's 财经 page (A7, editors in the header line): a lead under kicker and title with a 【核心提示】 "
            "summary box between headline and byline that belongs to the story, its byline 本报记者 X　实习生 Y on a line "
            "of its own, a column break, 3 / 4.7%, 31.6亿 / 元 and 683 / 0份 broken; a 见习记者's story whose chart "
            "caption (图表：… / 数据来源：… / 制图：X, a line each) sits between its paragraphs, 452 / 8.3亿元 and 21.7 / "
            "亿元 broken; a 行情速递 market box of short unindented lines of index names and figures, an article of its "
            "own; a 本报讯 item signed （特约记者 X） at its end, the byline wrapped, 6月11 / 日 broken; a story continued "
            "from A1 under its headline printed again, （上接A1版） opening its unindented first line; an 本版邮箱 footer"
        ),
    ),
    HandPage(
        "53_front",
        13,
        "白鹭洲报",
        "2025-06-15",
        1,
        "要闻",
        {"责任编辑": "陈思敏", "美编": "邬佳", "校对": "曹晶"},
        [
            Expected(
                # the lead: its first paragraph set across two columns (26 characters), the rest in 13-character
                # columns with a column break; it stops mid-sentence before （下转A2版） on its last line
                key="记者从全市城市更新工作推进会上获悉",
                title="全市今年实施城市更新项目一百零八个",
                kicker="补短板\u3000惠民生\u3000提品质",
                subtitle="总投资二百六十亿元\u3000惠及居民十二万户",
                dateline=BENBAO,
                byline="（记者 汪子谦 通讯员 黎芳）",
                authors=("汪子谦",),
                correspondents=("黎芳",),
                continued_to=2,
                contains=(
                    "涵盖老旧小区改造、背街小巷整治、城市管网更新等七大类，惠及居民十二万户。",
                    "同步推进加装电梯、适老化改造和“一老一小”服务设施建设。",
                    "对中山路、胜利路等二十条易涝路段实施排涝改造，力争主汛期前完成主体工程。",  # across a column break
                    "做到“改不改、改什么、怎么改”由群众说了算。",
                    "各县区将实行项目“周调度、月通报”，对进度滞后的",  # then （下转A2版）
                ),
            ),
            Expected(
                # photo news: a headline over an unindented ■ caption whose credit sits on a line of its own
                key="游客在白鹭洲湿地公园观赏荷花",
                title="湿地荷花映日红",
                kind="photo",
                photographers=("聂远航",),
                contains=("入夏以来，公园内三百余亩荷花次第开放，吸引众多市民前来赏荷拍照。（本报记者 聂远航 摄）",),
            ),
            Expected(
                key="一头连着城市发展",
                title="让城市更新既有“面子”更有“里子”",
                byline="本报评论员",
                contains=(
                    "今年我市铺开的这批更新项目，既有看得见的外立面改造",
                    "居民心里最有数。只有把“问需于民”贯穿项目始终",  # across a column break
                    "才能把好事办到群众心坎上。",
                ),
            ),
            Expected(
                key="我市快速公交BRT2号线开通试运营",
                title="快速公交BRT2号线今起试运营",
                dateline=BENBAO,
                byline="（记者 罗嘉琪）",
                authors=("罗嘉琪",),
                contains=("6月15日起，我市快速公交", "线路自市民中心至白鹭洲高铁站", "设站二十一座，高峰时段发车间隔三分钟。"),
            ),
            Expected(
                # its headline comes after its body (signed at its end, the byline wrapped 通 / 讯员), just above the footer
                key="高校毕业生专场招聘会在市人才市场举行",
                title="三百二十家企业现场揽才",
                dateline=BENBAO,
                byline="（记者 包晓琳 通讯员 万琦）",
                authors=("包晓琳",),
                correspondents=("万琦",),
                contains=(
                    "6月14日，2025年白鹭洲市“百企千岗”",  # 2 / 025年 broken across the wrap
                    "三百二十家企业提供就业岗位六千八百余个",
                    "当天达成初步就业意向一千九百余人。",
                ),
            ),
        ],
        furniture_phrases=(
            "白鹭洲报",
            "白鹭洲日报社主办",
            "国内统一连续出版物号 CN36-0158",
            "今日12版\u3000第5123期",
            "2025年6月15日\u3000星期日\u3000农历乙巳年五月二十",
            "今日天气：多云转雷阵雨\u300024℃～32℃\u3000南风2～3级",
            "A1\u3000要闻",
            # the 今日导读 box: teasers pointing to inside pages, not articles
            "今日导读",
            "老旧小区加装电梯今年再提速……A3",
            "滨江夜市开街首周客流破十万\u3000详见A5版",
            "“非遗”市集周末亮相古城……A6",
            "责任编辑：陈思敏\u3000美编：邬佳\u3000校对：曹晶",
        ),
        lead_width=26,
        focus=(
            "an evening paper's front page in 13-character columns: a masthead a line per part (name, 主办单位, CN line, "
            "今日12版　第5123期, date with 星期 and 农历, weather, A1　要闻); a 今日导读 box of three teaser lines pointing "
            "to A3/A5/A6 (……A3, 详见A5版), furniture not articles; a lead under 引题/主题/副题 opening 本报讯（记者 X 通讯员 Y）, "
            "its first paragraph 26 characters wide, then narrow columns with a column break, stopping mid-sentence "
            "before （下转A2版）; a photo headline over a ■ caption with the credit （本报记者 X 摄） on its own line; a "
            "本报评论员 piece with a column break; a short item with its headline above; a last item signed at its end "
            "(byline wrapped 通 / 讯员, 2 / 025年 broken) with its headline after its body, then the editors' footer"
        ),
    ),
    HandPage(
        "54_shendu",
        26,
        "雁栖日报",
        "2025-06-18",
        6,
        "深度",
        {"责任编辑": "温如海", "美术编辑": "邵岚"},
        [
            Expected(
                # the page's lead feature (about half the page): kicker over title, its byline 文/图 on a line of its own
                # crediting both reporters with text and pictures (so both are photographers too; the caption's credit
                # names one of them). Its three subheads are printed after a ◎ mark on lines of their own (written here
                # without the mark, as a banner's name is written without its ◆ marks); the ■ caption with its credit
                # sits between two paragraphs; the 记者手记 box closing the feature belongs to it, under its own heading
                key="青崖镇石嘴村的公交站台上",
                title="山路弯弯，公交开到家门口",
                kicker="雁栖市推进城乡客运一体化调查",
                byline="文/图\u3000本报记者 乔映雪 葛晓川",
                authors=("乔映雪", "葛晓川"),
                photographers=("乔映雪", "葛晓川"),
                subheads=("“以前赶趟集要走两个钟头”", "小票价背后的大账本", "让车开得进、留得住", "记者手记"),
                captions=("■6月12日，石嘴村村民在家门口的站点乘坐城乡公交Y206路。本报记者 葛晓川 摄",),
                contains=(
                    "提着土鸡进城的村民，都在等同一趟车",
                    "山区群众出行从“等班车”变成了“坐公交”。",
                    "以“肥瘦搭配”保证企业不亏本。",
                    "今年前5个月，仅Y206路就代运快递一万二千余件",  # across a column break
                    "驾驶员田海峰在这条线上开了三年车",
                    "线路开通只是起点，让它长久地跑下去，还需要各方久久为功。",  # in the 记者手记 box
                ),
            ),
            Expected(
                # numbered subheads 一、二、三、 on lines of their own, then the 相关链接 box closing the article: it
                # belongs to it, under its own heading
                key="城东街道柳荫社区食堂里已经坐满了人",
                title="社区食堂如何“叫好又叫座”",
                subtitle="——我市社区食堂运营情况调查",
                byline="本报记者 褚文澜",
                authors=("褚文澜",),
                subheads=("一、从“吃饭难”到“家门口吃好”", "二、微利运营怎样持续", "三、扩面提质还需发力", "相关链接"),
                contains=(
                    "记者近日走访了城区多家社区食堂",
                    "水电气按居民价收取，对老年人的优惠部分由政府按每餐两元给予补助。",  # across a column break
                    "白天服务老人，傍晚向上班族推出平价套餐",
                    "推动食堂与养老服务站点联动",
                    "运营满一年且评估合格的，按就餐人次给予运营补贴。",  # in the 相关链接 box
                ),
            ),
            Expected(
                key="计划为老旧小区加装电梯",
                title="今年全市将为老旧小区加装电梯三百一十部",
                dateline=BENBAO,
                byline="（记者 谭慕青）",
                authors=("谭慕青",),
                contains=(
                    "记者从市住房和城乡建设局获悉",
                    "目前已有一百四十二部完成审批",
                    "全市推行“一窗受理、并联审批”，审批时限压缩至十五个工作日。",
                ),
            ),
        ],
        furniture_phrases=(
            "2025年6月18日　星期三　第6版　深度　责任编辑：温如海　美术编辑：邵岚",
            "本版邮箱：shendu@yqrb.com.cn",
        ),
        focus=(
            "a 深度 page in wide 26-character columns: a half-page feature under kicker and title with its byline "
            "文/图　本报记者 X Y on a line of its own (both reporters credited with the pictures), three ◎ subheads on lines "
            "of their own (◎ also marks authors on some pages), a ■ caption credited 本报记者 X 摄 between paragraphs (Y/206 "
            "broken across the wrap), a column break, and a 记者手记 box closing it; an investigation under title and —— "
            "subtitle with numbered subheads 一、二、三、 on lines of their own, a column break, and a 相关链接 box closing it; "
            "a short 本报讯 sidebar under its own headline whose words its text repeats; the page's mailbox as footer"
        ),
    ),
    HandPage(
        "55_shequ",
        11,
        "溧川都市报",
        "2025-06-20",
        9,
        "社区",
        {"责任编辑": "沈若岚"},
        [
            Expected(
                # a hotline Q&A under the 民生热线 banner: 市民问：/部门答： paragraphs, each indented, a column break inside
                # the first answer; its headline wrapped onto two lines; signed at its end, the signature wrapped
                # （记者 邹明珠 / 整理）
                key="我家住在春晖苑小区",
                title="老旧小区加装电梯补贴怎么申请？",
                column="民生热线",
                byline="（记者 邹明珠 整理）",
                authors=("邹明珠",),
                contains=(
                    "市民问：我家住在春晖苑小区，邻居们想出资加装电梯",
                    "部门答：市住建局相关负责人介绍",
                    "由业主代表向街道提出申请。",  # across a column break
                    "每台电梯可获补贴二十万元，个人分摊部分可提取住房公积金支付。",
                    "市民问：申请表在哪里领取？",
                    "部门答：可在“溧川住建”微信公众号下载，也可到各街道便民服务中心领取。",
                ),
            ),
            Expected(
                # a serial under the 连载 banner: title, author line □ X, then the instalment mark （连载之十二） on a line of
                # its own (part of the article's head, no field of its own); a column break in its second paragraph; it
                # ends with （未完待续）, which is part of its text
                key="裁缝铺的门帘还是那块洗得发白的蓝布",
                title="老街裁缝铺",
                column="连载",
                byline="□ 林知秋",
                authors=("林知秋",),
                contains=(
                    "陈师傅坐在案板前，拆着一件旧棉袄。",
                    "“师傅，这件外套还补得好吗？”门口站着个背书包的小姑娘",  # across a column break
                    "“补得好，明天放学来拿。”陈师傅从抽屉里摸出一块颜色相近的布头",
                    "那天夜里，裁缝铺的灯一直亮到很晚。（未完待续）",
                ),
            ),
            Expected(
                # a notice: its 特此通知 paragraph and its 落款 (the company and the date, unindented, a line each) close it
                key="因供水主管道维修施工",
                title="停水通知",
                contains=(
                    "我公司定于6月22日8时至20时暂停对东湖路以东",
                    "涉及锦绣家园等十一个小区。",
                    "恢复供水初期水质可能浑浊，请提前储水。",
                    "特此通知。",
                    "溧川市自来水有限公司",
                    "2025年6月19日",
                ),
            ),
            # two small ads under the same title 遗失声明, each a statement of its own; numbers broken across lines
            Expected(
                key="惠民便利店",
                title="遗失声明",
                contains=("遗失食品经营许可证正本一份", "编号：JY13201050012345，特此声明。"),
            ),
            Expected(
                key="周海燕遗失其子",
                title="遗失声明",
                contains=("吴思远的出生医学证明一份", "编号：P320456789，特此声明。"),
            ),
            Expected(
                # its headline wrapped onto two lines; the bracketed byline wrapped inside a name (葛 / 晓岚)
                key="翠竹社区老年助餐点开门迎客",
                title="城南街道新开六家老年助餐点",
                dateline=BENBAO,
                byline="（通讯员 葛晓岚）",
                correspondents=("葛晓岚",),
                contains=(
                    "6月18日，城南街道翠竹社区",
                    "至此，街道六家助餐点全部投入运营",
                    "辖区六十岁以上老人每餐可享受三元补贴。",
                ),
            ),
        ],
        furniture_phrases=(
            "溧川都市报　第9版　社区　2025年6月20日　星期五　责任编辑：沈若岚",
            "民生热线",
            "连载",
        ),
        focus=(
            "a 社区 page in very narrow 11-character columns under a header line with the paper's name and 责任编辑: a "
            "民生热线 banner over a Q&A item (市民问：/部门答： paragraphs) whose headline wraps onto two lines, with a "
            "column break in an answer and a signature （记者 X 整理） at its end wrapped before 整理）; a 连载 banner over a "
            "serial instalment (title, □ author line, （连载之十二） on a line of its own, a column break, ending "
            "（未完待续）); a 停水通知 closed by 特此通知 and its 落款 (company and date, unindented); two small ads both "
            "titled 遗失声明, each its own article ending 特此声明, with licence numbers broken across lines (JY1 / "
            "32010500123 / 45); a short 本报讯（通讯员 X） item under a two-line headline, its byline wrapped inside the name"
        ),
    ),
    HandPage(
        "56_wenyu",
        15,
        "沂州晚报",
        "2025-07-08",
        2,
        "文体",
        {"责任编辑": "程雪松", "美术编辑": "葛晴"},
        [
            Expected(
                # kicker and title a line each, the byline split 文/… 图/… on a line of its own (the photographer named in
                # its 图/ part, the ■ caption uncredited); a column break inside a quote; the results box (four short
                # unindented lines of event, winner and mark) is printed between its paragraphs and belongs to it
                key="田径比赛在市奥体中心体育场开赛",
                title="市运会田径赛场首日决出十二金",
                kicker="沂州市第十届运动会",
                byline="文/本报记者 邢晓峰\u3000图/本报记者 鲁振宇",
                authors=("邢晓峰",),
                photographers=("鲁振宇",),
                captions=("■男子100米决赛中，沂河区选手孔令航（中）率先冲过终点。",),
                contains=(
                    "来自全市十个县区的六百余名运动员参加角逐。",
                    "男子100米决赛成为全场焦点。",
                    "“今年冬训主要练后程加速，效果比预想的还要好。”孔令航在赛后接受采访时说。",  # across a column break
                    "男子100米\u3000冠军 孔令航\u300010秒21",  # in the results box
                    "女子铅球\u3000冠军 隋晓萌\u300014米05",
                    "共设四十六个小项，赛事首次引入电子计时和视频回放系统。",  # the paragraph after the box
                ),
            ),
            Expected(
                # a source in the dateline position (据《泰平晨报》报道), no reporter; its headline after its body
                key="由沂州籍导演纪明川执导",
                title="电视剧《沂河人家》杀青",
                dateline="据《泰平晨报》报道",
                contains=(
                    "该剧以沂河沿岸三代人的生活变迁为主线",
                    "在沂州古城和沂阳县石泉村取景。",
                    "剧中不少群众演员由当地村民担任。",
                    "该剧预计年底播出。",
                ),
            ),
            Expected(
                # the 演出信息 box closing the preview (时间：/地点：/票价：/购票： lines, unindented) belongs to it, under
                # its own heading
                key="市民族乐团将于7月26日晚上演",
                title="“沂水流韵”民族音乐会月底上演",
                dateline=BENBAO,
                byline="（记者 乔婉清）",
                authors=("乔婉清",),
                subheads=("演出信息",),
                contains=(
                    "音乐会分为“山”“水”“人”三个篇章",  # across a column break
                    "其中五首为乐团今年的新创作品。",
                    "让观众感受民间音乐的魅力。",
                    "时间：7月26日19:30",
                    "票价：80元至280元",
                    "购票：“沂州大剧院”微信公众号",
                ),
            ),
            Expected(
                # photo news: headline over a ■ caption whose credit (本报记者 X　摄, no brackets) ends its last line;
                # N / BA broken across the wrap
                key="美籍篮球教练、前NBA球员",
                title="外教来到篮球夏令营",
                kind="photo",
                photographers=("韩东旭",),
                contains=(
                    "前NBA球员德里克·曼宁在沂州市青少年篮球夏令营",
                    "指导小队员练习运球。本报记者 韩东旭\u3000摄",
                ),
            ),
            Expected(
                # signed at its end （实习生 X　记者 Y）, the byline wrapped inside a name (苗嘉 / 怡); the trainee is an
                # author; 3 / x3 and C / BA broken across wraps
                key="篮球城市联赛在万象广场开赛",
                title="沂州3x3篮球城市联赛开赛",
                dateline=BENBAO,
                byline="（实习生 苗嘉怡\u3000记者 尹浩然）",
                authors=("苗嘉怡", "尹浩然"),
                contains=(
                    "2025沂州3x3篮球城市联赛",
                    "全市六十四支队伍参赛。",
                    "各组冠军队将代表沂州参加全省3x3篮球联赛总决赛。",
                    "开赛前，CBA球员、沂州籍后卫邵一凡为球迷送上签名篮球。",
                ),
            ),
        ],
        furniture_phrases=(
            "沂州晚报\u3000B2\u3000文体\u30002025年7月8日\u3000星期二\u3000责任编辑：程雪松\u3000美术编辑：葛晴",
            "B叠\u3000第2版",  # the folio at the foot: the stack and the page's number in it
        ),
        focus=(
            "an evening paper's 文体 page B2 in 15-character columns, the editors in the header line: a match report under "
            "kicker and title with its byline 文/本报记者 X　图/本报记者 Y on a line of its own, a column break inside a "
            "quote, a results box of short unindented lines (男子100米　冠军 X　10秒21) between its paragraphs that belongs "
            "to it, and an uncredited ■ caption; an entertainment item opening 据《泰平晨报》报道 (a source as dateline, no "
            "reporter) with its headline after its body; a concert preview 本报讯（记者 X） with a column break and a 演出信息 "
            "box (时间：/地点：/票价：/购票： lines) closing it; a photo item whose ■ caption ends 本报记者 X　摄 without "
            "brackets, N / BA broken; a short item signed （实习生 X　记者 Y） at its end, wrapped inside a name, with 3 / x3 "
            "and C / BA broken; a folio B叠　第2版 at the foot"
        ),
    ),
    HandPage(
        "57_jiankang",
        23,
        "汾河日报",
        "2025-07-10",
        11,
        "健康",
        {"责任编辑": "乔丽萍"},
        [
            Expected(
                # a 专家答疑 column: 读者问：/专家答： paragraphs in turn, closed by the expert's details in brackets, a
                # paragraph of its own wrapped before the name. The expert answers, he did not write the piece: no byline,
                # no authors; the bracket is part of the text
                key="患高血压已有八年",
                title="天热血压降了，降压药能不能停？",
                column="专家答疑",
                contains=(
                    "一直按时服用降压药。入夏以来，在家量血压常常只有110/70毫米汞柱左右",
                    "但血压降低不等于高血压治好了",  # across a column break
                    "读者问：像我这种情况，应该怎么办？",
                    "如果血压持续低于90/60毫米汞柱",
                    "室内外温差最好控制在7℃以内。",
                    "（答疑专家：市第一人民医院心内科主任医师贺建军）",  # wrapped before the name: no space printed
                ),
            ),
            Expected(
                # the byline on a line of its own under the headline names the correspondent first; no dateline
                key="全市二十六家中医医院和基层医疗机构",
                title="冬病夏治“三伏贴”可提前预约",
                byline="通讯员 范晓东\u3000记者 牛丽娜",
                authors=("牛丽娜",),
                correspondents=("范晓东",),
                contains=(
                    "今年入伏时间为7月20日",
                    "市民可通过“汾城健康”微信公众号提前预约",
                    "市中医医院治未病科主任杜秀梅介绍",  # across a column break (市中 / 医医院)
                    "孕妇、皮肤过敏者以及发热",
                    "儿童不超过一小时，贴敷当天不宜食用生冷、辛辣食物。",
                ),
            ),
            Expected(
                # a 科普 piece by a doctor: □ author under the headline, two subheads printed in 【】 on lines of their own
                # (written here without the brackets, the mark as a label's), and the unbracketed 作者单位 line closing it,
                # which is part of its text
                key="眼科门诊里前来验光配镜的孩子",
                title="孩子暑假“宅”出近视？这些习惯要改",
                byline="□ 郝文静",
                authors=("郝文静",),
                subheads=("户外活动是最好的“防近药”", "电子屏幕要“限时限距”"),
                contains=(
                    "长时间近距离用眼、户外活动减少",
                    "建议孩子每天户外活动不少于两小时",  # across a column break
                    "之后远眺6米外的景物20秒以上",
                    "要保持“一尺一拳一寸”的正确姿势",
                    "建立屈光发育档案",
                    "作者单位：市第二人民医院",
                ),
            ),
            Expected(
                # a 小贴士 box right after the 科普 piece: an article of its own under its own headline, three numbered
                # short lines (1. 2. 3., each a whole line), no byline
                key="少量多次饮水",
                title="夏季防中暑小贴士",
                contains=(
                    "1.避开11时至16时的高温时段外出。",
                    "2.少量多次饮水，别等口渴了再喝。",
                    "3.出现头晕、恶心，马上到阴凉处休息。",
                ),
            ),
            Expected(
                key="城区四个爱心献血屋",
                title="市中心血站献血屋延长服务时间",
                dateline=BENBAO,
                byline="（记者 闫晓宇）",
                authors=("闫晓宇",),
                contains=("为应对夏季临床用血紧张", "方便市民下班后献血。", "当天要吃早餐，不要空腹献血。"),
            ),
        ],
        furniture_phrases=("2025年7月10日　星期四", "第11版　健康　责任编辑：乔丽萍", "专家答疑"),
        focus=(
            "a 健康 page under a header split over two lines (date and 星期; 第11版　健康　责任编辑：X): a 专家答疑 banner over "
            "a Q&A column (读者问：/专家答： paragraphs, a column break in an answer, 110/70 and 90/60 readings) closed by "
            "（答疑专家：… X） wrapped onto two lines, no byline; a story with the byline 通讯员 X　记者 Y (correspondent "
            "first) on a line of its own under its headline, a column break inside a name (市中 / 医医院); a 科普 piece by a "
            "doctor, □ X under its headline, two 【】 subheads on lines of their own with no blank lines round them, a "
            "column break, closed by an unbracketed 作者单位：…医院 line; a 小贴士 box as an article of its own, three "
            "numbered short lines 1. 2. 3.; a short 本报讯（记者 X） item under its headline"
        ),
    ),
    HandPage(
        "58_xianbao",
        12,
        "青溪县报",
        "2025-07-04",
        2,
        "乡镇",
        {"本版编辑": "蒋慧敏"},
        [
            Expected(
                # signed by a correspondent alone, "□本报通讯员 X" on a line of its own (indented, as in the seeds) at the
                # top of its text; no dateline; its headline printed after its body; a column break inside a paragraph
                key="青溪县木樨镇山塘村的竹编工坊里",
                title="山塘村竹编工坊“编”出好日子",
                byline="□本报通讯员 陶丽君",
                correspondents=("陶丽君",),
                contains=(
                    "二十多位村民围坐在一起劈篾编织",
                    "“以前农闲时只能打零工，现在在家门口就能挣钱。”村民黄秋菊说。",
                    "2024年，镇里引进一家竹制品企业",  # 20 / 24年 broken
                    "在村里设立竹编工坊，由企业统一设计款式",  # across a column break
                    "今年上半年，工坊产值达到130余万元，村集体增收8万元。",
                    "镇里还计划在附近三个村推广这一模式。",
                ),
            ),
            Expected(
                # its byline "□本报通讯员 X" unindented on a line of its own right under the previous story's headline;
                # its own headline after its body
                key="青溪县柳河乡荷塘村",
                title="稻田里游出“致富鱼”",
                byline="□本报通讯员 许文斌",
                correspondents=("许文斌",),
                contains=(
                    "沟渠里不时有鱼儿跃出水面。村民周建军正在田埂上巡查。",
                    "一亩田能多收一千多元。”周建军说",
                    "他今年流转了八十亩稻田，投放禾花鱼苗一万二千尾。",  # across a column break
                    "推广“稻鱼共生”种养模式",
                    "全乡稻田养鱼面积已达2600亩，带动农户三百五十余户。",  # 260 / 0亩 broken
                ),
            ),
            Expected(
                # 本报讯 story signed at its end, the bracketed byline wrapped inside the reporter's name (杨子 / 涵); its
                # headline after its body, right above the 乡镇动态 banner
                key="在黄沙镇沿河地段举行",
                title="青溪县举行防汛应急演练",
                dateline=BENBAO,
                byline="（记者 杨子涵 通讯员 吴磊）",
                authors=("杨子涵",),
                correspondents=("吴磊",),
                contains=(
                    "2025年防汛抢险应急演练",
                    "黄沙镇应急分队二百余人参加。",
                    "抢筑子堤、管涌封堵等科目",
                    "检验了多部门协同作战和快速处置能力。",
                ),
            ),
            Expected(
                # a ▲ item with no headline: its place tag (石桥镇：) is neither a title nor a dateline and stays at the
                # head of its text, as the 35_runin items do
                key="完成早稻收割一万二千余亩",
                title=None,
                column="乡镇动态",
                contains=("石桥镇：完成早稻收割", "机收率达百分之九十五", "晚稻插秧将于7月15日前完成。"),
            ),
            Expected(
                # a ▲ item with a run-in headline on the same line as its text, then 本报讯 (broken 本 / 报讯); a column
                # break inside it
                key="柳河乡组织挖掘机二十台",
                title="柳河乡启动河道清淤",
                column="乡镇动态",
                dateline=BENBAO,
                contains=("对柳河干流及支流开展清淤疏浚", "计划清理淤泥三万立方米，提升河道行洪能力。"),
            ),
            Expected(
                # a run-in headline before 本报讯 (broken 本 / 报讯), signed at its end, the byline wrapped inside the name
                key="“暑期爱心课堂”开班",
                title="龙潭村暑期课堂开班",
                column="乡镇动态",
                dateline=BENBAO,
                byline="（通讯员 胡佳）",
                correspondents=("胡佳",),
                contains=("十二名大学生志愿者为五十余名留守儿童辅导作业", "教授书法和美术。"),
            ),
        ],
        furniture_phrases=("第2版　乡镇　2025年7月4日　星期五", "乡镇动态", "本版编辑：蒋慧敏"),
        focus=(
            "a county weekly's 乡镇 page in 12-character columns, every headline printed after its body: two features "
            "signed by a correspondent alone, □本报通讯员 X on a line of its own at the top of the text (one indented, one "
            "flush right under the previous headline), each with a column break and numbers broken (20 / 24年, 260 / 0亩); "
            "a 本报讯 story signed at its end with its bracketed byline wrapped inside the name (杨子 / 涵), its headline "
            "right above a 乡镇动态 banner; under the banner three ▲ run-in items, a place-tagged one (▲石桥镇：) with no "
            "headline and two whose short headline runs in before 本报讯 on the same line (本 / 报讯 broken), one with a "
            "column break, one signed （通讯员 胡 / 佳）; a footer 本版编辑：X"
        ),
    ),
    HandPage(
        "59_jiaoyu",
        20,
        "澜沧江报",
        "2025-09-10",
        7,
        "教育",
        {"责任编辑": "罗映雪", "校对": "钟立"},
        [
            Expected(
                # kicker and headline above the text; the bracketed byline fills the first line (its ） pulled back onto it);
                # a column break inside a quotation
                key="澜沧市庆祝第41个教师节暨优秀教师表彰大会",
                title="全市表彰一百五十名优秀教师",
                kicker="第41个教师节来临之际",
                dateline=BENBAO,
                byline="（记者 刀雅琴\u3000通讯员 普文杰）",
                authors=("刀雅琴",),
                correspondents=("普文杰",),
                contains=(
                    "在市民中心举行，一百五十名优秀教师、优秀班主任和教育工作者受到表彰。",
                    "十二名在乡村学校从教三十年以上的教师获颁“乡村教育贡献奖”",
                    "来自勐岗镇中心小学的赵德明老师",
                    "看着山里娃一批批走出大山，再苦再累也值得。",  # across a column break
                    "其中三百一十名充实到乡村学校，年内还将新建周转宿舍六百套。",
                ),
            ),
            Expected(
                # a student essay under the 校园作文 banner: its title above it, the student's signature (school, grade and
                # class, then the name) on a line of its own at its end, and 指导老师：X on the line under it. The student
                # is the author and the signature line the byline; the supervising teacher (陈丽华) is in no field: neither
                # author nor correspondent, and the 指导老师 line is not counted among the phrases below
                key="周老师有一支红笔",
                title="老师的红笔",
                column="校园作文",
                byline="澜沧市实验小学五年级（3）班\u3000王若溪",
                authors=("王若溪",),
                contains=(
                    "我的作文本上到处是它的痕迹：写得好的句子下面画着波浪线",
                    "有一次，我的作文只得了“良”，本子最后一页却多了一行红字",
                    "要是能写写它怎么玩毛线球就更好了。”那天晚上，我把作文又写了一遍。",
                    "那支红笔里装着的，是周老师满满的耐心。",
                ),
            ),
            Expected(
                # the second essay under the same banner, signed the same way; its 指导老师 (罗建平) is in no field either
                key="我们学校在半山腰上",
                title="我们的新教室",
                column="校园作文",
                byline="云岭乡中心小学六年级（1）班\u3000李思甜",
                authors=("李思甜",),
                contains=(
                    "以前，教室的窗户漏风，下雨天屋顶还会滴水。",
                    "教室里有了明亮的灯，还有一块会“变魔术”的大屏幕。",
                    "屏幕那头是城里学校的老师，她教我们画澜沧江，我们教她唱山歌。",
                    "总有一天，我也要站在这样的讲台上，给山里的孩子上课。",
                ),
            ),
            Expected(
                # a teacher profile: kicker and title, the byline 本报记者 X on a line of its own under them; two subheads
                # printed after a ■ mark on lines of their own (written here without the mark, as 54_shendu writes its ◎
                # subheads); the first subhead's words come back in a quotation of the text; a column break in a paragraph
                key="从云岭乡政府出发",
                title="何秀珍：大山深处的“守灯人”",
                kicker="扎根山村教学点二十六年",
                byline="本报记者 杨晓帆",
                authors=("杨晓帆",),
                subheads=("“孩子们在，我就在”", "教室里亮起了“新灯”"),
                contains=(
                    "一位老师——这就是何秀珍守了二十六年的地方。",
                    "那时教学点没有通电，晚上批改作业全靠一盏煤油灯。",  # across a column break
                    "把辍学的孩子一个个劝回了课堂。",
                    "“孩子们在，我就在。”她说，芒坪离不开老师，她也离不开芒坪。",
                    "何秀珍又学起了电脑，每天晚上备课到十点多。",
                    "其中六人回到家乡当了老师。",
                ),
            ),
            Expected(
                # the 教育简讯 banner over two items, each headline right above its 本报讯 text; this one signed at its end
                key="澜沧市第一中学北城校区正式投入使用",
                title="市一中北城校区投入使用",
                column="教育简讯",
                dateline=BENBAO,
                byline="（通讯员 张子航）",
                correspondents=("张子航",),
                contains=("新校区占地一百二十亩，可容纳学生三千人", "今年秋季学期首批招收高一新生一千二百名。"),
            ),
            Expected(
                key="记者从市公安局交警支队获悉",
                title="全市启动“护苗”交通安全宣传月",
                column="教育简讯",
                dateline=BENBAO,
                contains=("我市在全市中小学启动“护苗”交通安全宣传月活动", "交警将走进二百余所学校讲好开学“交通安全第一课”。"),
            ),
        ],
        furniture_phrases=(
            "澜沧江报\u30002025年9月10日\u3000星期三\u3000第7版\u3000教育\u3000责任编辑：罗映雪\u3000校对：钟立",
            "校园作文",
            "教育简讯",
            "本版邮箱：jiaoyu@lcjb.com.cn",
        ),
        focus=(
            "a 教育 page on 教师节 in 20-character columns under a header line with the paper's name and its editors: a news "
            "story under kicker and title, its bracketed byline 本报讯（记者 X　通讯员 Y） filling the first line, a column break "
            "inside a quotation; a 校园作文 banner over two student essays, each under its own title and closed by the "
            "student's signature (school, grade and class, name) on a line of its own and 指导老师：X on the next (the student "
            "the author, the teacher in no field); a teacher profile under kicker and title with its byline 本报记者 X on a "
            "line of its own and two ■ subheads on lines of their own (one echoed by a quotation in the text), a column "
            "break; a 教育简讯 banner over two items, each headline right above its 本报讯 text, one signed at its end; the "
            "page's mailbox as footer"
        ),
    ),
    HandPage(
        "60_lvyou",
        25,
        "蓉城商报",
        "2025-08-16",
        14,
        "文旅周刊",
        {"责任编辑": "罗青禾", "美术编辑": "唐一帆"},
        [
            Expected(
                # a travel essay: title, —— subtitle, then 文/图 X on a line of its own (the writer took the pictures, so
                # X is photographer too); two ▲ captions without credits sit between its paragraphs and belong to it; a
                # column break inside its third paragraph
                key="从蓉城出发，向西南行驶三个多小时",
                title="雾起桐子坪",
                subtitle="——岷溪县茶马古道古村行记",
                byline="文/图\u3000沈予安",
                authors=("沈予安",),
                photographers=("沈予安",),
                captions=("▲ 晨雾中的桐子坪古村，青瓦木楼依山而建。", "▲ 古道旁的老茶树下，村民在晾晒新采的茶青。"),
                contains=(
                    "再转入一条盘山公路，车窗外的竹林越来越密。",
                    "一条青石板路从村口蜿蜒而上，石面上还留着当年骡马踩出的蹄窝。",
                    "“一碗茶、一袋烟，歇够了脚再上路。”如今古道不再走马帮",
                    "可村里人喝茶、留客的习惯一直没变。",  # across a column break
                    "去年仅茶叶一项就为村民带来了两百多万元收入。",
                    "我站在古道高处回望，恍惚间像是听见了远处的马铃声。",
                ),
            ),
            Expected(
                # a book review under the 书香 banner, signed □ X right under its title; the book-information box at its end
                # (《书名》 / 作者：… / 出版社：…, three unindented lines) belongs to it
                key="扑面而来的是一股潮湿的水汽",
                title="在一条河里读懂一座城",
                column="书香",
                byline="□ 韩若溪",
                authors=("韩若溪",),
                contains=(
                    "这部非虚构作品以锦水河为线索，从码头、渡口写到老茶铺",
                    "走访了沿河四十多位老船工、老茶客和手艺人。",
                    "一分钱坐一趟，船老大能叫出每一位熟客的名字。",  # across a column break
                    "一条河的变迁，正是一座城的成长。",
                    "《锦水流年》作者：苏望川",  # the box's first two lines
                    "出版社：蓉江文艺出版社",
                ),
            ),
            # three items under the 文旅资讯 banner: each a one-line headline over one paragraph, no dateline, no byline
            Expected(
                key="桐江夜游航线新增柳岸",
                title="桐江夜游航线新增三处停靠点",
                column="文旅资讯",
                contains=("南门码头、东湖口三处停靠点，全程由9.6公里延长至12.5公里。", "游船每晚19时30分至22时30分运营，每半小时一班。"),
            ),
            Expected(
                key="城南老街非遗市集每周六、周日开市",
                title="城南老街非遗市集周末开市",
                column="文旅资讯",
                contains=("蜀绣、竹编、糖画等30余个非遗项目集中展示。", "市集还设置了亲子体验区，市民可现场学习非遗技艺。"),
            ),
            Expected(
                # 8月18日 and 1.5 broken across the wraps
                key="青岚山景区决定自8月18日起",
                title="青岚山景区暑期实行分时预约",
                column="文旅资讯",
                contains=("实行分时段预约入园，每日最大承载量控制在1.5万人次。", "未预约游客可在入口现场扫码登记。"),
            ),
            Expected(
                # a modern poem: title, □ poet, then short unpunctuated unindented lines in three stanzas parted by blank
                # lines; the lines are its body (phrases below are whole lines from each stanza), the poem one article
                key="青石板上的雨",
                title="古镇听雨",
                byline="□ 温小棠",
                authors=("温小棠",),
                contains=("落得很慢", "在翻一本旧书", "摇醒了半条街", "把一只凤凰递给孩子", "替我照亮归途"),
            ),
        ],
        furniture_phrases=(
            "2025年8月16日　星期六　第14版　文旅周刊　责任编辑：罗青禾　美术编辑：唐一帆",
            "书香",
            "文旅资讯",
            "本版邮箱：wenlv@rcsb.com.cn",
        ),
        focus=(
            "a 文旅周刊 page in 25-character columns: a travel essay under title and —— subtitle with its byline 文/图　X on a "
            "line of its own (writer and photographer) and two uncredited ▲ captions between its paragraphs, a column break "
            "inside it; a book review under a 书香 banner signed □ X under its title, a column break inside it, closed by a "
            "three-line book-information box (《书名》 / 作者：… / 出版社：…) that belongs to it; a 文旅资讯 banner over three "
            "items, each a one-line headline over one paragraph with no dateline or byline (8月1/8日 and 1./5 broken across "
            "wraps); a modern poem under its title and □ poet, short unindented lines in three stanzas; the page's mailbox as footer"
        ),
    ),
    HandPage(
        "61_shizheng",
        18,
        "黔江日报",
        "2025-07-02",
        3,
        "时政",
        {"责任编辑": "向红梅", "校对": "冉晓峰"},
        [
            Expected(
                # title and a 讲话/主持 subtitle, then three reporters on a line of their own under it; the column
                # breaks inside the third paragraph, and the page number "- 3 -" printed between the columns sits
                # in that break: the paragraph goes on after it
                key="全市优化营商环境工作推进会召开，总结上半年工作",
                title="全市优化营商环境工作推进会召开",
                subtitle="向国华讲话\u3000田明远主持",
                byline="本报记者 冉思远 谭晓雯 龚一凡",
                authors=("冉思远", "谭晓雯", "龚一凡"),
                contains=(
                    "市委书记向国华出席会议并讲话，市长田明远主持会议。",
                    # a trailing space, 12 / 368
                    "今年以来，全市企业开办时间压缩至半个工作日，上半年新登记经营主体12368户，同比增长11.6%。",
                    # the page number splits 企业制 / 度: a phrase cannot run across it (it is not whitespace), so the
                    # two sides are held apart, one ending and one starting at the page number
                    "要健全政企沟通机制，完善领导干部联系服务企业制",
                    "度，对企业反映的问题建立台账、限时办结。",
                    "市领导石春林、冉丽萍、彭卫东、杨志强、何建平、龙海波、陈秀英、滕子谦出席会议。",
                    "市大数据发展局、正阳区、城西区、黔江高新区作交流发言。",  # 黔江 + two trailing spaces / 高新区
                    "市级有关部门、市属国有企业主要负责同志参加会议。",
                ),
            ),
            Expected(
                # a government decision printed in full: its headline (a trailing space after it), a preamble, three
                # 第X条 articles as indented paragraphs, and its 落款 (the issuing body, then the date, a line each,
                # unindented) closing it, a paragraph of its own (黔江市人民政府 is also in the headline: the 落款 is
                # held by the issuer and the date read together)
                key="经市人民政府研究，决定取消和调整一批行政权力事项",
                title="黔江市人民政府关于取消和调整一批行政权力事项的决定",
                contains=(
                    "第一条\u3000取消“建筑垃圾运输车辆备案”“户外广告设置初审”等行政权力事项12项。",  # 1 / 2项
                    "市级有关部门要加强事中事后监管，防止出现管理真空。",  # a trailing space after 要加
                    "第二条\u3000将“二级建造师执业资格注册初审”等8项行政权力事项下放至各区县（开发区）实施。",
                    "第三条\u3000本决定自公布之日起施行。",
                    "由市司法局在市人民政府门户网站公布。",
                    "黔江市人民政府2025年7月1日",
                ),
            ),
            Expected(
                # its second paragraph is indented with four plain spaces, not two ideographic ones; a column break
                # in its last paragraph, which stops mid-sentence at （下转第4版）
                key="市人大常委会执法检查组分赴正阳区",
                title="市人大常委会开展优化营商环境条例执法检查",
                dateline=BENBAO,
                byline="（记者 吴佳敏 通讯员 杨帆）",
                authors=("吴佳敏",),
                correspondents=("杨帆",),
                continued_to=4,
                contains=(
                    "对《黔江市优化营商环境条例》贯彻实施情况开展执法检查。",
                    "检查组实地察看了政务服务中心、企业服务驿站和部分重点项目建设现场",
                    "面对面听取企业意见建议。",
                    "检查组要求，有关部门要对照条例规定逐条梳理",  # across a column break
                    "对检查中发现的问题实行清单化管理，明确整改时限和责任",
                ),
            ),
            Expected(
                # under the 短评 banner, signed by its writer in brackets on the last line
                key="营商环境好不好，企业最有发言权。",
                title="把“店小二”精神落到细处",
                column="短评",
                byline="（何清扬）",
                authors=("何清扬",),
                contains=(
                    "企业开办只要半天、项目审批“拿地即开工”，变化看得见。",  # a trailing space after the comma
                    "一些窗口“门好进、脸好看”，事情却不好办。",
                    "各级干部要当好服务企业的“店小二”",
                    "把企业的烦心事当成自己的分内事，让企业在黔江投资放心、发展安心。",
                ),
            ),
        ],
        # the page header is printed twice, at the top and again as the page's last line; "- 3 -" is the page
        # number printed alone between two columns, in the middle of the meeting story
        furniture_phrases=(
            "黔江日报\u30002025年7月2日\u3000星期三\u3000第3版\u3000时政\u3000责任编辑：向红梅\u3000校对：冉晓峰",
            "- 3 -",
            "短评",
        ),
        focus=(
            "a 时政 page from a poorer extraction: some lines carry plain trailing spaces (one or two: inside a sentence "
            "of figures, inside 黔江 / 高新区, after a headline, after a comma), one paragraph is indented with four plain "
            "spaces instead of two ideographic ones, the page number - 3 - sits alone between two columns inside a "
            "paragraph of the lead story (no phrase can run across it, so that paragraph is held by a phrase ending at "
            "it and one starting after it), and the page header (paper, date, page, section, editors) is printed again "
            "as the page's last line; a meeting story under title and 讲话/主持 subtitle with three reporters 本报记者 X Y Z "
            "on a line of their own and a long 、-separated list of attendees; a government 决定 printed in full "
            "(preamble, 第一条…第三条 paragraphs, 落款 of body and date 2025年7月1日 a line each); a story ending "
            "mid-sentence with （下转第4版）; a 短评 signed （X） on its last line"
        ),
    ),
    HandPage(
        "62_rexian",
        16,
        "滦河晚报",
        "2025-08-05",
        6,
        "热线",
        {"责任编辑": "钟雅琴", "美编": "齐伟"},
        [
            Expected(
                # a 热线追踪 investigation: headline and —— subtitle (one long line), the byline 本报记者 X on a line of its own,
                # three subheads printed as 【读者反映】【记者调查】【部门回应】 on lines of their own (written without the brackets);
                # two column breaks inside it, and 2024 broken across a wrap (2 / 024年)
                key="城西区槐荫里小区居民",
                title="小区门口“僵尸车”一停两年谁来管",
                subtitle="——记者调查发现车主难寻清拖无门，交警部门承诺本月底前清理完毕",
                byline="本报记者 柴晓峰",
                authors=("柴晓峰",),
                column="热线追踪",
                subheads=("读者反映", "记者调查", "部门回应"),
                contains=(
                    "一停就是两年，占着消防通道也没人管。”",
                    "拨打本报热线6512345，反映小区东门外停着多辆“僵尸车”。",
                    "从2023年夏天起，路边陆续停了五辆车",
                    "一辆白色轿车前挡风玻璃上的挪车通知已经褪色，落款时间为2024年3月。",  # across a column break
                    "拖移至指定停车场保管，本月底前完成清理。",  # across a column break
                    "本报将继续关注此事进展。",
                ),
            ),
            Expected(
                # the first of three 热线快递 items: a one-line headline right above its text, no dateline, signed at its end,
                # the signature wrapped inside the name (尹佳 / 慧）)
                key="建设路与北新道交叉口",
                title="建设路公交站候车亭修好了",
                column="热线快递",
                byline="（记者 尹佳慧）",
                authors=("尹佳慧",),
                contains=("公交站候车亭顶棚被大风掀开一角。", "于8月2日上午更换了顶棚板材", "并检查了沿线十二座候车亭。"),
            ),
            Expected(
                # the signature wrapped at its space: （记者 / 尹佳慧）
                key="文化路西段七八盏路灯",
                title="文化路西段路灯恢复照明",
                column="热线快递",
                byline="（记者 尹佳慧）",
                authors=("尹佳慧",),
                contains=("市城市照明管理处排查发现是地下电缆老化破损", "连夜更换电缆两百余米，3日晚路灯已全部恢复照明。"),
            ),
            Expected(
                key="入夏以来高层住户水压偏低",
                title="龙泉小区高层住户水压恢复正常",
                column="热线快递",
                byline="（记者 付玉洁）",
                authors=("付玉洁",),
                contains=("热水器时常无法启动。", "更换了小区二次供水泵房内一台老化水泵", "目前高层住户用水已恢复正常。"),
            ),
            Expected(
                # a 更正 notice under its one-word headline, signed 本报编辑部 on a line of its own at its end: the signature
                # is its byline, like 本报评论员, and names no one (no authors). It names page A6 of an earlier day in its text
                key="南湖公园东门停车场",
                title="更正",
                byline="本报编辑部",
                contains=(
                    "本报8月1日A6版《南湖公园东门停车场8月起实行分时收费》一文中",
                    "“首小时收费2元”应为“首小时收费3元”。",
                    "特此更正，并向读者致歉。",
                ),
            ),
            Expected(
                # 本报讯（通讯员 X）: a correspondent only, no reporter; its headline printed right after its body, then the footer
                key="60岁以上老年人拨通热线后",
                title="12345热线开通“长者专线”",
                dateline=BENBAO,
                byline="（通讯员 甘露）",
                correspondents=("甘露",),
                contains=("市12345政务服务便民热线开通“长者专线”", "按“0”键，即可直接转接人工客服", "免去逐级语音选择。"),
            ),
        ],
        furniture_phrases=(
            "滦河晚报　A6　热线　2025年8月5日　星期二　责任编辑：钟雅琴　美编：齐伟",
            "热线追踪",
            "热线快递",
            "本报新闻热线：6512345　投稿邮箱：lhwbrx@163.com",
        ),
        focus=(
            "a 热线 page (A6) in a 16-character column under one header line carrying paper, page, section, date and editors: "
            "a 热线追踪 banner over an investigation (headline, long —— subtitle, 本报记者 X on its own line, subheads printed "
            "in 【】 on lines of their own, two column breaks, 2 / 024年 broken); a 热线快递 banner over three short items, "
            "each a one-line headline over undated text signed （记者 X） at its end (one signature wrapped inside the name, "
            "one at its space); a 更正 notice signed 本报编辑部 on a line of its own (no author) that names an earlier A6 in "
            "its text; a 本报讯（通讯员 X） item whose headline follows its body, then a footer with the hotline number"
        ),
    ),
    HandPage(
        "63_shenghuo",
        21,
        "雁门日报",
        "2025-08-09",
        12,
        "服务",
        {"责任编辑": "温晓岚", "美术编辑": "贾立峰"},
        [
            Expected(
                # the page's lead: kicker over headline, both before its body; the dateline and bracketed byline fill the
                # first line exactly, so the body starts on the next one; 1187 broken across a wrap (11 / 87件), a
                # column break inside its second paragraph (郝女士 / 今年3月)
                key="市消费者协会发布上半年消费投诉分析报告",
                title="预付式消费纠纷居投诉首位",
                kicker="市消协发布上半年消费投诉分析",
                dateline=BENBAO,
                byline="（记者 乔慧芳 通讯员 段立新）",
                authors=("乔慧芳",),
                correspondents=("段立新",),
                contains=(
                    "为消费者挽回经济损失312.6万元。",
                    "其中，预付式消费纠纷1187件，占投诉总量的28.8%，居各类投诉首位。",
                    "家住云中区的郝女士今年3月在一家健身房办了两年的会员卡",  # across the column break
                    "“三千多元的卡费，到现在也没退回来。”",
                    "一旦发生纠纷，可拨打12315热线或通过全国12315平台投诉。",
                    "对存在“跑路”风险的经营者及时约谈，督促其依法履约。",
                ),
            ),
            # two items under the 便民提示 banner: each is one article, a one-line headline right over its one paragraph
            # (no blank line between them), no dateline, no byline; a blank line parts the two items
            Expected(
                key="因北关路供水管道改造施工",
                title="城区部分区域今晚停水",
                column="便民提示",
                contains=(
                    "8月9日22时至10日6时",  # 22 / 时 broken across the wrap
                    "迎宾街以西区域暂停供水",
                    "青年路、文庙街一带的居民小区将受影响。",
                    "恢复供水初期如水质浑浊，放水片刻即可正常使用。",
                ),
            ),
            Expected(
                key="市公交公司开通青峰山景区",
                title="暑期公交开通两条旅游专线",
                column="便民提示",
                contains=(
                    "古城墙两条暑期旅游专线，每日8时至18时运营",
                    "每40分钟一班，票价2元，持老年卡、学生卡乘车可享受优惠",
                    "运营至8月31日。",
                ),
            ),
            Expected(
                # a weather box, one article: its only headline is 未来三天天气; the three unindented forecast rows (one a
                # line, set wider than the text column, as the box's table is) and the indented advice sentence under them
                # are all its body: the rows are data, not headlines, and the advice speaks of the forecast above it
                key="午后多雷阵雨",
                title="未来三天天气",
                contains=(
                    "8月9日\u3000晴转多云\u300022℃～33℃\u3000南风2级",
                    "8月10日\u3000多云转雷阵雨\u300021℃～31℃\u3000东南风3级",
                    "8月11日\u3000阵雨转多云\u300020℃～29℃\u3000北风2级",
                    "近期我市气温较高，午后多雷阵雨，市民外出请做好防暑降温，雷雨时段尽量减少户外活动，",
                    "并注意防范局地短时强降水。",
                ),
            ),
            Expected(
                # a TV listings box, one article under its one headline 今日荧屏: the channel names printed on lines of
                # their own are its subheads (labels inside the listing, not headlines of stories), and the unindented
                # "time　programme" rows under them are its body; nothing in the box is a story of its own
                key="早安雁门",
                title="今日荧屏",
                subheads=("雁门新闻综合频道", "雁门影视文艺频道"),
                contains=(
                    "08:00\u3000朝闻天下",
                    "19:30\u3000电视剧：山河长歌（12）",
                    "21:30\u3000民生直通车",
                    "09:00\u3000电视剧：边城往事（25—27）",
                    "22:00\u3000雁门大舞台",
                ),
            ),
        ],
        furniture_phrases=(
            "雁门日报\u30002025年8月9日\u3000星期六\u3000第12版\u3000服务\u3000责任编辑：温晓岚\u3000美术编辑：贾立峰",
            "便民提示",
            "本版邮箱：ymrbfuwu@163.com",
        ),
        focus=(
            "a 生活服务 page (版名 服务) in 21-character columns under a one-line header (paper, date, 星期, page, section, two "
            "editors) and over a mailbox footer: a consumer story 本报讯（记者 X 通讯员 Y） whose kicker and headline come before "
            "its body, the dateline and byline filling its first line exactly, 11 / 87件 broken across a wrap and a column "
            "break inside a paragraph; a 便民提示 banner over two items, each a one-line headline right over one paragraph, no "
            "dateline or byline; a weather box, 未来三天天气 over three unindented forecast rows (date　weather　temperatures　"
            "wind, set wider than the column) and one indented advice sentence, all one article; a TV listings box, 今日荧屏 over "
            "two channel names on lines of their own (its subheads), each over unindented 'HH:MM　programme' rows, one article"
        ),
    ),
    HandPage(
        "64_lianghui",
        19,
        "漳浦日报",
        "2026-01-15",
        3,
        "两会特刊",
        {"责任编辑": "郑丽娟", "美术编辑": "许文彬"},
        [
            Expected(
                # the lead: kicker and title a line each above the text, 本报讯 with two reporters in brackets; 1月 / 14日
                # broken at the first wrap, a column break inside its third paragraph (同比增 / 长6.2%), 96. / 8亿元 and
                # 20 / 26年 broken across wraps
                key="在市会堂隆重开幕",
                title="凝心聚力开新局\u3000实干争先谱新篇",
                kicker="市十七届人大五次会议隆重开幕",
                dateline=BENBAO,
                byline="（记者 林清源 蔡雅婷）",
                authors=("林清源", "蔡雅婷"),
                contains=(
                    "应出席代表三百二十六名，实到代表三百一十一名，符合法定人数。",
                    "全年地区生产总值预计达到1286亿元，同比增长6.2%；一般公共预算收入完成96.8亿元",  # across the column break
                    "地区生产总值增长6%左右，一般公共预算收入增长5%",
                    "全年实施重点项目二百六十个，年度计划投资四百二十亿元。",
                    "执行情况与2026年计划草案的报告",
                    "市政协主席林素芬等在主席台就座。市政协委员列席会议。",
                ),
            ),
            Expected(
                # the 代表委员声音 box is ONE article: its own headline printed under the banner, three quotes each a
                # paragraph of its own opened by ■ (unindented) with the speaker's office and name before the quote,
                # and the compiler's byline （记者 X 整理） on a line of its own at its end. The people quoted are neither
                # authors nor correspondents
                key="闽光电子科技有限公司董事长",
                title="为高质量发展建言献策",
                column="代表委员声音",
                byline="（记者 蔡雅婷 整理）",
                authors=("蔡雅婷",),
                contains=(
                    "闽光电子科技有限公司董事长 黄志鹏：“报告提出加快建设光电信息产业集群",
                    "力争产值突破十亿元，也希望有关部门在人才引进、用地保障上给予更多支持。”",
                    "市政协委员、市第二医院副院长 吴秀琴：“群众看病就医是最关心的事。",
                    "让优质医疗资源下沉到乡镇，让群众在家门口就能看好病。”",
                    "沙岭镇后湖村党支部书记 杨国栋：“报告里关于乡村振兴的内容很实在。",  # the space dropped at the wrap
                    "今年还想把冷链仓储建起来，让农产品卖出好价钱。”",
                ),
            ),
            Expected(
                # a short 本报讯 item on the group discussions, its headline printed after its body, right above the
                # 数说两会 banner (and its headline's words come back in its first sentence)
                key="出席市十七届人大五次会议的代表分组",
                title="代表分组审议政府工作报告",
                dateline=BENBAO,
                byline="（记者 林清源）",
                authors=("林清源",),
                contains=(
                    "1月14日下午，出席市十七届人大五次会议的代表分组审议政府工作报告。",
                    "报告实事求是、重点突出，提出的目标任务切实可行。",
                    "围绕营商环境优化、老旧小区改造、教育资源均衡等话题踊跃发言",
                    "共提出意见建议四十余条。",
                ),
            ),
            Expected(
                # the 数说两会 box is ONE article under its own headline: five pairs of short unindented lines, a figure
                # (1286亿元, 6%左右 …) over the line saying what it counts; no dateline, no byline; the page ends on it.
                # Each phrase below is a figure line and the line under it read together
                key="今年计划实施市重点项目",
                title="政府工作报告中的“关键数”",
                column="数说两会",
                contains=(
                    "1286亿元2025年全市地区生产总值",
                    "6%左右今年地区生产总值预期增长目标",
                    "260个今年计划实施市重点项目",
                    "2.2万人今年城镇新增就业目标",
                    "12件今年确定的为民办实事项目",
                ),
            ),
        ],
        furniture_phrases=(
            "漳浦日报\u30002026年1月15日\u3000星期四\u3000第3版\u3000两会特刊\u3000责任编辑：郑丽娟\u3000美术编辑：许文彬",
            "聚焦两会\u3000共谋发展",  # a slogan banner across the top of the page: no article's column
            "代表委员声音",
            "数说两会",
        ),
        focus=(
            "a 两会特刊 page in 19-character columns under a header line with the paper's name and its editors and a slogan "
            "banner (聚焦两会　共谋发展) that is no article's column: the opening of the city's 人代会 under kicker and title, "
            "本报讯 with two reporters in brackets, a column break inside a paragraph of figures and numbers broken across "
            "wraps (1月 / 14日, 96. / 8亿元, 20 / 26年); a 代表委员声音 banner over a box that is one article, its headline "
            "under the banner, three ■ quotes each a paragraph of its own (■ office and name：“…”), closed by （记者 X 整理） "
            "on a line of its own; a short 本报讯 item on the 分组讨论 with its headline after its body, right above a 数说两会 "
            "banner over a box that is one article: its headline, then short unindented lines in pairs, a figure over what "
            "it counts"
        ),
    ),
    HandPage(
        "65_zonghe",
        14,
        "邵陵日报",
        "2025-11-02",
        4,
        "综合",
        {"责任编辑": "谭雅文", "校对": "石磊"},
        [
            Expected(
                # a formal obituary: headline 某某同志逝世 over one long paragraph (death, 享年, then the life summary, with a
                # column break inside the list of posts) and a closing paragraph; its 落款 (the funeral committee, then the
                # date in 〇 digits, unindented, a line each) closes it and belongs to it; no byline
                key="因病医治无效",
                title="贺启明同志逝世",
                contains=(
                    "于2025年10月29日在邵陵逝世，享年九十一岁。",  # 10月2 / 9日
                    "1951年7月参加工作，1953年6月加入中国共产党",
                    "历任龙溪县供销合作社主任，龙溪县委副书记、县长，邵陵市计划委员会主任",  # across a column break
                    "等职，1996年3月离职休养。",
                    "遗体告别仪式定于11月3日上午在邵陵市殡仪馆举行。",
                    "贺启明同志治丧委员会二〇二五年十月三十一日",
                ),
            ),
            Expected(
                # headline before its body; the date is broken 1 / 1月1日 right after the byline, the year 20 / 26年
                key="随着最后一片T梁在资水特大桥架设到位",
                title="邵陵至青岩高速公路主线贯通",
                dateline=BENBAO,
                byline="（记者 龙晓岚）",
                authors=("龙晓岚",),
                contains=(
                    "11月1日，随着最后一片T梁",
                    "该项目于2023年3月开工建设，全长68.4公里",
                    "全线预计于2026年上半年建成通车。",
                    "车程将由目前的两个半小时缩短至五十分钟左右",  # across a column break
                    "力争年底前完成路面主体工程。",
                ),
            ),
            Expected(
                # photo news: a headline over an indented caption whose credit 通讯员 舒雨桐 is broken across two lines
                key="龙溪县石门乡的农民在田间抢收晚稻",
                title="秋收冬种两不误",
                kind="photo",
                photographers=("舒雨桐",),
                contains=("10月31日，龙溪县石门乡", "全市已完成油菜播种四十二万亩。（通讯员 舒雨桐 摄）"),
            ),
            Expected(
                # its headline printed after its body, straight under the last line; the year broken 20 / 24年 just before a
                # column break
                key="第八批农业产业化国家重点龙头企业名单",
                title="我市3家企业入选国家重点龙头企业",
                dateline=BENBAO,
                byline="（记者 卢嘉禾）",
                authors=("卢嘉禾",),
                contains=(
                    "记者从市农业农村局获悉",
                    "我市湘岭茶业、丰谷米业、龙溪牧业3家企业入选。",
                    "带动作用明显。2024年，全市规模以上农产品加工企业实现营业收入486亿元",  # 20 / 24年 + column break
                    "同比增长7.2%；今年前三季度，全市农产品加工业总产值同比增长6.8%。",
                ),
            ),
            Expected(
                # a 更正启事 under its own headline, signed 本报编辑部 and dated on two unindented lines after its paragraph;
                # the signer is the newsroom, not a person, so no byline
                key="湘岭茶文化节开幕",
                title="更正启事",
                contains=(
                    "本报10月30日第2版《湘岭茶文化节开幕》一文中",
                    "“现场签约项目十二个”应为“现场签约项目二十一个”。",
                    "特此更正，并向读者致歉。",
                    "本报编辑部2025年11月1日",
                ),
            ),
        ],
        furniture_phrases=(
            "邵陵日报\u3000二〇二五年十一月二日\u3000星期日\u3000第4版\u3000综合\u3000责任编辑：谭雅文\u3000校对：石磊",
            # the page's last line, a footer that gives the date again in Arabic figures
            "邵陵日报社出版\u30002025年11月2日\u3000第4版",
        ),
        focus=(
            "a 综合 page in a 14-character column whose header prints the date in 〇 digits (二〇二五年十一月二日 星期日) with "
            "page, section and editors; a formal obituary (某某同志逝世 headline, a 享年 paragraph with the life summary "
            "broken by a column break, a closing paragraph, and the 落款 of 治丧委员会 and a 〇 date on two unindented lines); a "
            "本报讯 story with its headline before it (date broken 1 / 1月1日, year 20 / 26年); a photo item whose caption "
            "credit （通讯员 舒雨桐 摄） is broken across lines; a 本报讯 story whose headline follows its body (year 20 / 24年 "
            "before a column break); a 更正启事 signed 本报编辑部 with an Arabic date on the next line; a footer line repeating "
            "the date in Arabic figures and the page number"
        ),
    ),
    HandPage(
        "66_zongshu",
        24,
        "北洋时报",
        "2025-10-21",
        8,
        "综述",
        {"责任编辑": "贺云舟", "美术编辑": "左晓岚", "校对": "齐慕白"},
        [
            Expected(
                # a roundup with no dateline, its headline above it; the sources in brackets close its last paragraph
                # (wrapped after （综): the credit is its byline, naming no one
                key="各地抢抓晴好天气推进秋粮收获",
                title="全国秋粮收获进度过七成",
                byline="（综合新华社、人民网报道）",
                contains=(
                    "截至10月19日，全国秋粮已收获七成二，进度同比快2.3个百分点",  # 10月1 / 9日 broken across a wrap
                    "今年合作社新添了6台智能收获机",
                    "一天能收玉米400多亩，比过去快了近一倍。",
                    "本周后期北方部分地区将有一次降温降雨过程",  # across a column break
                    "将继续指导各地做好机具调度、烘干仓储和收购衔接，确保颗粒归仓。",
                ),
            ),
            Expected(
                # a foreign agency as its source in the dateline position, no reporter; its headline set right after
                # the last line of its body, no blank line between, and right before the next story's headline
                key="欧盟委员会公布的数据显示",
                title="欧盟天然气储存率提前超过九成",
                dateline="据路透社10月20日报道",
                contains=(
                    "储存率已达到91.4%，提前完成冬季来临前储存率达到90%的目标。",
                    "加之工业用气需求偏弱，储气进度好于市场预期。",
                    "德国、意大利等主要消费国的储存率均已超过九成。",
                    "能源咨询机构分析师托马斯·范德林登认为",
                    "欧洲基准天然气期货价格20日小幅下跌，收于每兆瓦时31欧元左右。",
                ),
            ),
            Expected(
                # a Xinhua dispatch under its headline; the 新闻链接 box closing it (its label on a line of its own, then
                # one paragraph on the migration routes the story is about) is part of its body, under its own heading
                key="记者20日从国家林业和草原局获悉",
                title="各地加强秋冬季候鸟迁徙保护",
                dateline="新华社北京10月20日电",
                byline="（记者 宋嘉禾）",
                authors=("宋嘉禾",),
                subheads=("新闻链接",),
                contains=(
                    "随着气温下降，我国进入秋冬季候鸟迁徙高峰期。",
                    "重点排查农贸市场、花鸟市场和网络交易平台。",  # across a column break
                    "今年以来各地已救护受伤候鸟1.3万余只",
                    "全球共有9条主要的候鸟迁飞路线，其中4条经过我国",  # in the 新闻链接 box
                    "鄱阳湖、洞庭湖、黄河三角洲等地是它们重要的停歇地和越冬地。",
                ),
            ),
            Expected(
                # the paper's compiled news: 本报综合消息 opens it as its dateline, its headline above it
                key="多地铁路部门陆续推出冬季旅游专列",
                title="多地开行冬季旅游专列",
                dateline="本报综合消息",
                contains=(
                    "计划于11月至明年2月开行“冰雪专列”40余列，串联雪场、温泉和民俗村落",
                    "海南、云南等地则推出“南下避寒”主题列车",
                    "旅客可通过官方购票平台提前15天购票。",
                ),
            ),
            Expected(
                # a 数字 box under its banner: a headline over three short unindented lines, each a big figure then what
                # it counts; the three lines are its body, the box one article
                key="新能源乘用车零售渗透率",
                title="数说前三季度消费市场",
                column="数字",
                contains=(
                    "3.2万亿元\u3000全国网上实物商品零售额",
                    "46.5%\u3000新能源乘用车零售渗透率",
                    "8.9亿人次\u3000国庆中秋假期国内出游人次",
                ),
            ),
        ],
        furniture_phrases=(
            "北洋时报\u30002025年10月21日\u3000星期二\u3000第8版\u3000综述\u3000责任编辑：贺云舟\u3000美术编辑：左晓岚\u3000校对：齐慕白",
            "数字",
        ),
        focus=(
            "a 国内国际 roundup page (综述) in 24-character columns under one header line with the paper's name, date, page, "
            "section and three editors: a roundup with no dateline under its headline, closed by its sources in brackets "
            "（综合新华社、人民网报道） wrapped after （综, 10月1 / 9日 broken and a column break inside a paragraph; a story "
            "opening 据路透社10月20日报道， (a foreign agency as source, no reporter) with its headline set right after its "
            "body and right before the next story's headline; a 新华社北京10月20日电（记者 X） dispatch under its headline "
            "with a column break and a 新闻链接 box (label on a line of its own, one paragraph) closing it; a short 本报综合消息 "
            "item under its headline; a 数字 banner over a box of a headline and three short unindented lines, each opening "
            "with a big figure (3.2万亿元　…), one article"
        ),
    ),
    HandPage(
        "67_tupian",
        27,
        "临沧江报",
        "2025-09-28",
        16,
        "视觉",
        {"责任编辑": "俸晓梅", "美术编辑": "罗永昌"},
        [
            Expected(
                # a photo story (组图): one headline, a short unsigned intro paragraph, then three ■ captions right under one
                # another, each closed by its own credit. Because an intro paragraph of text is printed with it, it is not a
                # "photo" article in expected.py's sense (headline and caption only) but an article with captions: its body
                # is the intro, its captions the three ■ paragraphs. The third picture is credited to an office
                # (图片由临沧市文旅局提供): no photographer is named for it, so only the two reporters of the 摄 credits are
                # photographers; nobody signs the text, so there is no byline and no author
                key="稻谷飘香，果满枝头",
                title="金秋临沧\u3000遍地丰收",
                photographers=("杨晓岚", "李振华"),
                captions=(
                    "■9月25日，耿马县孟允镇南岗村，村民驾驶收割机在稻田里收割稻谷。（本报记者 杨晓岚 摄）",
                    "■9月26日，凤庆县新华乡一处核桃初加工点，工人在分拣新采收的核桃。（本报记者 李振华 摄）",
                    "■双江县勐勐镇城郊，金黄的稻田与远处的茶山相映成趣。（图片由临沧市文旅局提供）",
                ),
                contains=(
                    "连日来，全市各地抢抓晴好天气开展秋收",
                    "截至9月26日，全市已收获水稻二十八万亩",
                    "核桃、咖啡等特色作物也陆续进入采收旺季",
                    "丰收的喜悦写在群众的笑脸上。",
                ),
            ),
            Expected(
                # single photo news: headline over an unindented ■ caption; the 通讯员 is named only in the 摄 credit (no
                # byline), so he is the photographer, not a correspondent
                key="南汀河特大桥施工现场",
                title="南汀河特大桥主桥合龙",
                kind="photo",
                photographers=("赵明轩",),
                contains=(
                    "建设者进行主桥合龙段混凝土浇筑。",
                    "该桥全长一千二百六十米，主跨一百八十米",
                    "合龙后全桥将转入桥面系及附属工程施工。（通讯员 赵明轩 摄）",
                ),
            ),
            Expected(
                key="园林工人正在布置国庆主题花坛",
                title="鲜花扮靓迎国庆",
                kind="photo",
                photographers=("刀玉香",),
                contains=("临翔区环城东路与南屏街交叉口", "城区主要街道将摆放各类时令鲜花二十余万盆。（通讯员 刀玉香 摄）"),
            ),
            Expected(
                # the page's only text story, at its foot, headline before it; a column break inside its second paragraph
                key="从临沧市文化和旅游局获悉",
                title="国庆假期我市推出三十余项文旅活动",
                dateline=BENBAO,
                byline="（记者 段文清）",
                authors=("段文清",),
                contains=(
                    "我市将围绕“秋游临沧·茶香四溢”主题",
                    "三十余项文旅活动，并在各县（区）景区同步开展门票优惠。",
                    "全市二十六家A级旅游景区将对现役军人",
                    "临翔区将在玉龙湖畔连续举办七晚茶文化夜市",  # across a column break
                    "错峰出行、文明旅游。",
                    "确保游客玩得安全、玩得舒心。",
                ),
            ),
        ],
        furniture_phrases=("临沧江报　2025年9月28日　星期日　第16版　视觉　责任编辑：俸晓梅　美术编辑：罗永昌",),
        focus=(
            "a 图片新闻 (视觉) page: a photo story (组图) of one headline, a short unsigned intro paragraph and three ■ captions "
            "right under one another, two credited （本报记者 X 摄）, the third （图片由临沧市文旅局提供） naming no "
            "photographer, cut as one article with captions; two single photo news items (headline over ■ caption ending "
            "（通讯员 X 摄）), each after a blank line; a 本报讯（记者 X） text story at the foot with its headline before "
            "it and a column break inside a paragraph"
        ),
    ),
    HandPage(
        "70_shiping",
        23,
        "沅州日报",
        "2025-11-06",
        4,
        "时评",
        {"责任编辑": "龙晓帆", "版式": "彭子衡"},
        [
            Expected(
                # the paper's editorial: headline, then 本报评论员 alone on a line of its own, then the body
                key="《沅州市沅水流域保护条例》正式施行",
                title="守护一江碧水，贵在久久为功",
                byline="本报评论员",
                contains=(
                    "这是我市首部流域保护方面的地方性法规，标志着沅水保护迈入了有法可依、依法治水的新阶段。",
                    "截至2025年9月底，全市已建成美丽河湖十八条。",  # 202 / 5年 broken across a wrap
                    "一些河段“清了又脏”的问题时有反弹。",
                    "在联合执法、信息共享上下真功夫；对偷排偷放、非法采砂等行为",  # across a column break
                    "让条例真正“长出牙齿”。",
                    "人人都是护河人，沅水才能永葆清澈、奔流不息。",
                ),
            ),
            Expected(
                # a cartoon: its title over the credit line 作者：X, no text of its own; the body is the credit (a
                # picture's credit is its text, not a byline), and the cartoonist, printed as 作者, is its author (a 漫画
                # is not photographed: no photographer)
                key="作者：欧阳帆",
                title="“留痕”比干事还忙",
                kind="photo",
                authors=("欧阳帆",),
            ),
            Expected(
                # under the 【沅水时评】 banner, headline before the body; the writer is named at the END, "■ X" on a line
                # of its own, then the unindented （作者系…） note on the next line, which closes the piece
                key="今年我市启动改造老旧小区八十六个",
                title="老旧小区改造，别落下那“一米扶手”",
                column="沅水时评",
                byline="■ 向晓岚",
                authors=("向晓岚",),
                contains=(
                    "但走访中也听到一些老人的“小烦恼”：楼道里没有扶手",
                    "单元门口几级台阶没有坡道，轮椅推不出去。",
                    "改造不能只顾“面子”，更要顾及“里子”。",
                    "列为“必选项”，多听听老年居民的意见，让改造的每一分钱都花在群众最需要的地方。",
                    "（作者系沅州市委党校讲师）",
                ),
            ),
            Expected(
                # the first of two short pieces under one 今日快评 banner: headline before the body, signed ■ X at its end
                key="市里推出第二批“免申即享”惠企政策清单",
                title="“免申即享”要让企业真正“免跑”",
                column="今日快评",
                byline="■ 舒远",
                authors=("舒远",),
                contains=(
                    "符合条件的企业无需申报，补贴资金直接拨付到账。",
                    "仍要求企业“补充材料”“线下确认”",
                    "政策好不好，企业说了算。",
                    "减少人为环节，让政策红利直达快享。",
                ),
            ),
            Expected(
                # the second 今日快评 piece, in the same box: its body right after the blank line under ■ 舒远, its
                # signature ■ X, and its headline printed LAST, straight under the signature
                key="不少古村落迎来旅游旺季",
                title="古村走红，别丢了“古”味",
                column="今日快评",
                byline="■ 田雨禾",
                authors=("田雨禾",),
                contains=(
                    "个别村子为吸引游客，拆掉老屋建起仿古“网红街”，引来的却是“千村一面”的吐槽。",
                    "在于原汁原味的历史风貌和乡土人情。",
                    "与其一窝蜂地追“网红”，不如静下心来讲好自己的故事。",
                ),
            ),
            Expected(
                # a reader's letter under the 读者来信 banner: the salutation 编辑同志： as a paragraph of its own, the
                # writer's place and name in brackets on a line of their own, and the headline printed AFTER all of it,
                # just above the editors' line; a column break inside its first paragraph (险 / 情)
                key="我家住在城西区桃源路",
                title="学校门口盼装一盏红绿灯",
                column="读者来信",
                byline="（沅州市城西区 读者 蒋秀英）",
                authors=("蒋秀英",),
                contains=(
                    "编辑同志：",
                    "上下学高峰时车流量大，孩子们过马路全靠家长“护送”，险情时有发生。",  # across a column break
                    "有关部门能在学校门口设置信号灯和斑马线",
                    "上下学时段安排交警或志愿者疏导，为孩子们撑起一把“安全伞”。",
                ),
            ),
        ],
        furniture_phrases=(
            "【沅水时评】",
            "今日快评",
            "读者来信",
            "责任编辑：龙晓帆\u3000版式：彭子衡",
            # the page header, printed at the BOTTOM of the page text: date (Arabic), page and section, then the paper's
            # name with the date again in 〇 digits
            "2025年11月6日\u3000星期四\u3000第4版\u3000时评",
            "沅州日报\u3000二〇二五年十一月六日",
        ),
        focus=(
            "a 时评 page in 23-character columns whose header comes at the very BOTTOM of the text (editors' line 责任编辑/版式, "
            "then 2025年11月6日 星期四 第4版 时评, then the paper's name with the date in 〇 digits 二〇二五年十一月六日); a "
            "本报评论员 editorial with its byline alone on a line under the headline, the year broken 202 / 5年 and a column "
            "break; a 漫画 of a title over the credit 作者：X and nothing else; a 【沅水时评】 banner over one piece signed at its "
            "END by ■ X on a line of its own plus an unindented （作者系…） line; a 今日快评 banner over two short pieces, each "
            "signed ■ X at its end, the second with its headline printed after its signature; a 读者来信 with the salutation "
            "编辑同志：, a column break mid-word, the writer （沅州市城西区 读者 X） on its own line and the headline after it"
        ),
    ),
    HandPage(
        "71_yizhou",
        15,
        "潮汐都市报",
        "2025-07-14",
        3,
        "一周要闻",
        {"编辑": "许嘉禾", "组版": "蓝一鸣"},
        [
            Expected(
                # an ordinary lead: headline above, 本报讯（记者 X） opening its first line, 7月 / 13日 and 4. / 2公里 broken
                # across wraps, a column break inside its second paragraph
                key="澜州银滩跨海隧道主体结构全线贯通",
                title="澜州首条跨海隧道主体贯通",
                dateline=BENBAO,
                byline="（记者 钱慕远）",
                authors=("钱慕远",),
                contains=(
                    "7月13日上午10时许，随着最后一环管片拼装完成",
                    "其中海底段长4.2公里，是我市第一条跨海通道。",
                    "建设者先后攻克了海底软弱地层、高水压等多项技术难题",  # across a column break
                    "高峰期得一个多小时，隧道通车后十几分钟就能到。”在北湖新区上班的市民郑晓岚说。",
                    "计划明年6月底前建成通车。",
                ),
            ),
            Expected(
                # a 图片新闻 label over a photo headline and an unindented ■ caption; the credit 记者 X 摄 set on a line of its own
                key="市民在北湖湿地公园荷花池边赏荷拍照",
                title="满塘荷花迎客来",
                kind="photo",
                column="图片新闻",
                photographers=("林一帆",),
                contains=("公园内三百余亩荷花进入盛花期，引来不少游客驻足观赏。", "记者 林一帆 摄"),
            ),
            # the 一周要闻速览 roundup: four numbered items, each one article; the 【】 run-in at the head of each item is its
            # headline (written without the brackets), the number and the headline sit before its text on the same line
            Expected(
                key="市公交集团新开通K12、K15两条公交快线",  # K / 12 broken across a wrap
                title="市区再添两条公交快线",
                column="一周要闻速览",
                contains=(
                    "分别连接高铁澜州南站与银滩商务区、北湖新区。",
                    "两条快线高峰时段发车间隔为8分钟，沿途只停靠大站。",
                    "日均客流已超过6000人次。",  # 600 / 0人次
                ),
            ),
            Expected(
                # the headline itself wraps (高温 / 橙色预警】); a column break inside the item; signed at its end
                key="市气象台发布今年首个高温橙色预警信号",
                title="我市发布今年首个高温橙色预警",
                column="一周要闻速览",
                byline="（记者 温若楠）",
                authors=("温若楠",),
                contains=(
                    "当天市区最高气温达37.6℃。",
                    "用人单位应当停止当日室外露天作业。目前，全市已开放68处“清凉驿站”",  # across a column break
                    "供环卫工人、快递小哥等户外劳动者免费歇脚、饮水。",
                ),
            ),
            Expected(
                # its last line is followed by 扫码看视频, the label of a QR code printed beside the item: furniture, not text
                key="2025澜州澜江龙舟邀请赛",
                title="澜江龙舟邀请赛开赛",
                column="一周要闻速览",
                contains=(
                    "来自省内外的24支队伍同场竞技。",
                    "比赛设200米直道竞速和500米环绕赛两个项目",
                    "吸引近万名市民沿江观赛。本次赛事将持续至7月20日。",
                ),
            ),
            Expected(
                # follows 扫码看视频 with no blank line; its headline wraps (补贴 / 提高】); its signature on a line of its own
                key="市住建局发布新修订的既有住宅加装电梯补助办法",
                title="老旧小区加装电梯补贴提高",
                column="一周要闻速览",
                byline="（记者 高澄）",
                authors=("高澄",),
                contains=(
                    "每台电梯的财政补贴由20万元提高至28万元。",
                    "新办法还简化了审批流程",
                    "符合条件的项目最快15个工作日即可取得施工许可。",
                ),
            ),
            Expected(
                # an agency story: 据新华社电 then an ideographic space opens it (no reporter named); its headline is set right
                # after the last line of its body, no blank line between, then the footer
                key="记者13日从中国国家铁路集团有限公司获悉",
                title="暑运首周全国铁路发送旅客1.1亿人次",
                dateline="据新华社电",
                contains=(
                    "暑运首周（7月1日至7日），全国铁路累计发送旅客1.1亿人次",
                    "日均开行旅客列车1.2万列以上。",
                    "暑运期间学生流、旅游流、探亲流叠加",
                    "在热门车站增设“爱心通道”和母婴候车区，方便旅客出行。",
                ),
            ),
        ],
        furniture_phrases=(
            "A03\u3000一周要闻\u30002025年7月14日\u3000星期一",
            "图片新闻",
            "一周要闻速览",
            "扫码看视频",
            "潮汐都市报第3版\u3000编辑：许嘉禾\u3000组版：蓝一鸣",  # the footer repeats paper and page (第3版) with the editors
        ),
        focus=(
            "a city tabloid's 一周要闻 page (A03) in 15-character columns: a lead under its headline opening 本报讯（记者 X） on "
            "its first line, numbers broken across wraps and a column break; a 图片新闻 label over a photo headline, an unindented "
            "■ caption and the credit 记者 X 摄 on a line of its own; a 一周要闻速览 banner over four numbered items (1. 2. 3. 4.), "
            "each one article whose headline is a run-in 【】 at its head (two of them wrapped inside the brackets), two signed "
            "（记者 X） at the end (one on a line of its own), one with a column break, one followed by the QR label 扫码看视频 "
            "(furniture) right before the next item; a 据新华社电 story with its headline set right after its body; a footer "
            "repeating paper and page (潮汐都市报第3版, the header printing A03) with 编辑 and 组版"
        ),
    ),
    HandPage(
        "72_renwu",
        28,
        "梧桐日报",
        "2025-03-28",
        6,
        "人物",
        {"责任编辑": "沈书航", "视觉": "易秋池"},
        [
            Expected(
                # the page's long profile. Its 【编者按】 box is printed ABOVE the headline and belongs to it; title, then a
                # —— subtitle, then the byline 文/… 图/… on a line of its own (the photographer named in its 图/ part). Three
                # subheads on lines of their own, no blank lines round them. The 人物名片 sidebar (unindented 姓名：/出生：/
                # 身份：/荣誉： field lines about the craftsman) sits between two sections at a column break, the 大事记
                # timeline box (year lines) follows the body, and the 记者手记 box (the reporter's note on the same visit)
                # closes it: all three boxes belong to the profile, each under its own heading (listed with the subheads)
                key="桐溪老街还没完全醒来",
                title="老街锡匠葛守成：一把锤子敲了三十八年",
                subtitle="——记市级非遗项目“桐溪锡雕”代表性传承人葛守成",
                editor_note="走近那些在街巷深处坚守技艺的普通人",
                byline="文/本报记者 林照溪\u3000图/本报记者 隋方舟",
                authors=("林照溪",),
                photographers=("隋方舟",),
                subheads=("十八岁，走进锡器车间", "人物名片", "厂子散了，手艺没散", "把老手艺带进新日子", "大事记", "记者手记"),
                contains=(
                    "街尾一间不足二十平方米的作坊里",
                    "从十八岁进厂当学徒算起",
                    "头三个月，师傅不让他碰锡料",
                    "出生：1969年生于梧桐市桐溪镇",  # in the 人物名片 box
                    "为了省钱，他自己琢磨改装熔锡炉，把烧煤的老炉子改成了电炉",  # across a column break
                    "只要有人愿意学，这门手艺就断不了。",
                    "1987年\u3000进厂当学徒",  # in the 大事记 box
                    "所谓匠心，不过是把一件事做上千遍万遍",  # in the 记者手记 box
                ),
            ),
            Expected(
                key="七十二岁的退休教师邵敏华",
                title="退休教师十年义务为社区修旧书",
                dateline=BENBAO,
                byline="（记者 宁可欣）",
                authors=("宁可欣",),
                contains=(
                    "在城南街道梧荫社区图书室看到",
                    "用糨糊和皮纸修补一本卷了边的《新华字典》",
                    "“书旧了不要紧，补一补还能接着读。”邵敏华说。",
                ),
            ),
            Expected(
                # a short item signed at its end: （通讯员 X） closes its last line
                key="市总工会日前发布通知",
                title="2025年度“梧桐工匠”评选启动",
                dateline=BENBAO,
                byline="（通讯员 蒋一帆）",
                correspondents=("蒋一帆",),
                contains=(
                    "面向全市各行业一线职工和传统技艺从业者",
                    "拟评选“梧桐工匠”二十名，获评者将获得一次性奖励两万元",
                    "详情可咨询各区总工会。",
                ),
            ),
        ],
        furniture_phrases=("2025年3月28日\u3000星期五\u3000第6版\u3000人物\u3000责任编辑：沈书航\u3000视觉：易秋池",),
        focus=(
            "a 人物 page in wide 28-character columns: a long profile with a 【编者按】 box printed before its headline, a —— "
            "subtitle, the byline 文/本报记者 X　图/本报记者 Y on a line of its own, three one-line subheads, a 人物名片 sidebar "
            "of field lines between two sections at a column break, a column break mid-paragraph, a 大事记 box of year lines "
            "and a 记者手记 box closing it (all belonging to the profile); then two short 本报讯 items under their own "
            "headlines, one with （记者 X） after 本报讯, the last signed （通讯员 X） at its end"
        ),
    ),
    HandPage(
        "73_beishan",
        12,
        "北山日报",
        "2025-02-10",
        1,
        "要闻",
        {"责任编辑": "贺明远", "编辑": "孔令萱", "校对": "杜文清"},
        [
            Expected(
                # the lead: a 新华社 dispatch under 引题 / 主题 / 副题; its dateline line is cut before the bracketed
                # byline, which fills the next line on its own; a column break inside its second paragraph
                key="冬小麦陆续进入返青期",
                title="各地抓紧抓实冬小麦春季田间管理",
                kicker="抢抓农时\u3000不误农事",
                subtitle="农资储备充足\u3000农技服务下沉田间",
                dateline="新华社北京2月9日电",
                byline="（记者 温立诚\u3000章雨桐）",
                authors=("温立诚", "章雨桐"),
                contains=(
                    "立春过后，冬小麦陆续进入返青期",
                    "各地抢抓有利天气，组织农民开展镇压划锄、追肥浇水等田间管理。",
                    "“去年秋播墒情好，今年苗情比往年壮。”一位种粮大户告诉记者。",
                    "各地春耕农资储备总体充足，农技人员已下沉一线开展技术指导。",  # across a column break
                ),
            ),
            Expected(
                # stops mid-sentence before （下转第二版） on its last line
                key="我省召开优化营商环境大会",
                title="全省优化营商环境大会在省城召开",
                dateline=BENBAO,
                byline="（记者 乔思远）",
                authors=("乔思远",),
                continued_to=2,
                contains=(
                    "2月9日，我省召开优化营商环境大会",
                    "总结去年工作，部署今年重点任务。",
                    "推进涉企行政检查规范化，让企业在北山",
                ),
            ),
            Expected(
                # the 本报评论员 piece: title, then the signature on a line of its own, then the text with a column break
                key="新春伊始，省委、省政府",
                title="把企业的“烦心事”当成“心头事”",
                byline="本报评论员",
                contains=(
                    "释放出以一流环境聚人气、增动能的鲜明信号。",
                    "各地各部门要把企业的“烦心事”当成自己的“心头事”",
                    "在“放”上更彻底，在“服”上更贴心，让各类经营主体在北山安心发展、放心投资。",  # across a column break
                ),
            ),
            Expected(
                # its headline wrapped onto two lines shorter than the column (北岭经济开发区新春 / 集中签约项目四十二个),
                # joined as one title; the byline wrapped at its ideographic space before 通讯员
                key="北岭经济开发区举行新春重点项目集中签约活动",
                title="北岭经济开发区新春集中签约项目四十二个",
                dateline=BENBAO,
                byline="（记者 聂晓帆\u3000通讯员 郁成林）",
                authors=("聂晓帆",),
                correspondents=("郁成林",),
                contains=(
                    "2月8日，北岭经济开发区举行新春重点项目",
                    "四十二个项目现场签约，总投资三百一十亿元。",
                    "开发区将为签约企业配备专人全程帮办，力争项目年内开工率达到八成以上。",
                ),
            ),
            Expected(
                # signed at its end, its headline printed right after its last line (no blank line between)
                key="记者从省文化和旅游厅获悉",
                title="北山古城元宵灯会12日开幕",
                dateline=BENBAO,
                byline="（记者 樊佳音）",
                authors=("樊佳音",),
                contains=("第三十届北山古城元宵灯会将于12日晚开幕", "共设置大型灯组六十余组。"),
            ),
            Expected(
                # photo news under a 图片新闻 label: headline right above a ■ caption, the credit on a line of its own
                key="游客在北山市松湖冰雪乐园体验雪圈滑道",
                title="冰雪乐园游人多",
                kind="photo",
                column="图片新闻",
                photographers=("邵一鸣",),
                contains=("春节假期过后，冰雪游热度不减。本报记者 邵一鸣 摄",),
            ),
        ],
        furniture_phrases=(
            "北山日报",
            "BEISHAN DAILY",
            "中共北山省委机关报",
            "国内统一连续出版物号 CN 00-0000",
            "2025年2月10日\u3000星期一\u3000农历乙巳年正月十三",
            "今日8版",
            "图片新闻",
            "第1版\u3000要闻\u3000责任编辑：贺明远\u3000编辑：孔令萱\u3000校对：杜文清",
        ),
        focus=(
            "a provincial daily's front page in 12-character columns: a masthead a line per part (name, pinyin name, "
            "机关报 line, CN line, date with 星期 and 农历, 今日8版); a 新华社 lead under 引题/主题/副题 whose dateline "
            "新华社北京2月9日电 and bracketed byline （记者 X　Y） sit on two lines, with a column break; a 本报讯（记者 X） "
            "story stopping mid-sentence before （下转第二版）; a 本报评论员 piece signed under its title, with a column "
            "break; a story under a headline wrapped onto two lines shorter than the column, its byline （记者 X　通讯员 Y） "
            "wrapped before 通讯员; a 本报讯 item signed at its end with its headline printed after its body; a 图片新闻 "
            "label over a photo headline, a ■ caption and the credit 本报记者 X 摄 on its own line; the editors' footer "
            "with 第1版　要闻"
        ),
    ),
    HandPage(
        "68_nongye",
        21,
        "丹霞日报",
        "2025-09-17",
        5,
        "乡村振兴",
        {"责任编辑": "龚晓岚", "美术编辑": "屈振宇"},
        [
            Expected(
                # the lead: 引题 / 主题 / —— 副题 printed before its body, the byline 本报记者 X　通讯员 Y on a line of its
                # own between blank lines, then a body opening 本报讯　(ideographic space); a column break inside its
                # second paragraph
                key="千亩高标准农田示范区",
                title="全市四十二万亩中稻开镰收割",
                kicker="抢抓晴好天气\u3000加快机收进度",
                subtitle="——高标准农田亩均增产五十余公斤",
                dateline=BENBAO,
                byline="本报记者 伍思源\u3000通讯员 柯婷",
                authors=("伍思源",),
                correspondents=("柯婷",),
                contains=(
                    "全市四十二万亩中稻进入收获期。",
                    "组织收割机、烘干机等农机具全力开展秋收作业。",
                    "截至9月15日，全市已收割中稻十七万亩",
                    "比去年多了五十多公斤。”种粮大户鲁家旺算起了丰收账。",  # across a column break
                    "在主产乡镇布设烘干点五十二个，确保稻谷及时烘干、颗粒归仓。",
                ),
            ),
            Expected(
                # a 蹲点日记 series piece under its 【蹲点日记】 banner: title, then the diary's date-weather-place line
                # (9月12日　晴　小河村) on a line of its own, which is part of the diary's text, not a dateline; written in
                # the first person and signed at its end, the bracketed signature wrapped onto a line of its own
                key="凌晨五点半",
                title="烘干房里的“丰收账”",
                column="蹲点日记",
                byline="（本报记者 单晓舟）",
                authors=("单晓舟",),
                contains=(
                    "9月12日\u3000晴\u3000小河村",
                    "我跟着小河村党支部书记杨德厚走进村里的粮食烘干房",
                    "两台烘干机已经转了一整夜。",
                    "稻子晒不干就发芽。”老杨一边查看出粮口",
                    "今年周边三个村的稻谷也拉到这里烘干，村集体预计能增收十五万元。",
                    "笑着说：“干透了，能卖个好价钱。”那一刻，我读懂了一个村支书的丰收账。",
                ),
            ),
            Expected(
                # a short item whose headline the extractor put right after its last line
                key="在石门乡茶果小镇开幕",
                title="丹溪区首届农民丰收节开幕",
                dateline=BENBAO,
                byline="（记者 邹文杰）",
                authors=("邹文杰",),
                contains=(
                    "9月14日，丹溪区首届农民丰收节在石门乡茶果小镇开幕。",
                    "活动设置农产品展销、农耕趣味运动会等环节",
                    "现场销售农特产品一百八十余万元。",
                ),
            ),
            Expected(
                # Latin words and figures broken across wraps: 5 / G, A / I, 20 / 25年, G / DP
                key="青禾智慧农场",
                title="赤岭县智慧农场用上“AI农技员”",
                dateline=BENBAO,
                byline="（记者 詹雨桐\u3000通讯员 盛立）",
                authors=("詹雨桐",),
                correspondents=("盛立",),
                contains=(
                    "田间新建的5G基站和传感器正实时采集土壤墒情等数据",
                    "AI病虫害识别系统十秒内就能给出防治建议。",
                    "农场负责人指着手机上跳动的数据告诉记者，2025年以来，农场水稻亩均用药量减少三成。",
                    "已建成智慧农业示范基地十二个。",
                    "全县第一产业增加值约占GDP的百分之二十一。",
                ),
            ),
            Expected(
                # photo news: headline over an unindented ■ caption; the 通讯员 is named only in the 摄 credit, so he is
                # the photographer, not a correspondent
                key="村民在晒场上翻晒新收的稻谷和辣椒",
                title="晒场秋色浓",
                kind="photo",
                photographers=("骆明",),
                contains=("9月15日，丹溪区石门乡古樟村", "红黄相间的晒场成了一道亮丽的风景。（通讯员 骆明 摄）"),
            ),
            Expected(
                # a short item whose headline the extractor put right after its last line
                key="市供销合作社联合邮政、快递企业",
                title="村级寄递物流服务站实现全覆盖",
                dateline=BENBAO,
                byline="（通讯员 覃蔚）",
                correspondents=("覃蔚",),
                contains=("建成村级寄递物流服务站三百一十个", "实现行政村全覆盖，农产品寄递时间平均缩短一天。"),
            ),
            Expected(
                # continued on page 7: stops mid-sentence before （下转第7版） on its last line
                key="稻田里养鱼虾",
                title="“稻渔共生”亩均增收两千元",
                dateline=BENBAO,
                byline="（记者 阮嘉禾）",
                authors=("阮嘉禾",),
                continued_to=7,
                contains=(
                    "一田收两季。记者从市农业农村局获悉",
                    "今年全市推广“稻渔共生”综合种养八万六千亩，比上年增加两万亩。",
                    "种粮大户邱海平流转三百亩稻田发展稻虾共作。",
                    "小龙虾吃田里的杂草和害虫，水稻基本不用打农药",
                    "产出的大米价格比普通大米高出",
                ),
            ),
        ],
        furniture_phrases=(
            "丹霞日报\u30002025年9月17日\u3000星期三\u3000第5版\u3000乡村振兴",
            "责任编辑：龚晓岚\u3000美术编辑：屈振宇",
            "【蹲点日记】",
        ),
        focus=(
            "a 乡村振兴 page in 21-character columns under a one-line header (paper, date, 星期, 第5版, section) and an "
            "editors' line: a lead under 引题 / 主题 / —— 副题 with its byline 本报记者 X　通讯员 Y on a line of its own "
            "before a 本报讯　body and a column break; a 【蹲点日记】 banner over a first-person diary whose date-weather-"
            "place line (9月12日　晴　小河村) stands alone after its title and whose bracketed signature ends it; two "
            "本报讯 items with their headlines printed after their bodies; a story with 5 / G, A / I, 20 / 25年 and G / DP "
            "broken across wraps; a photo item (headline over an unindented ■ caption with （通讯员 X 摄）); a story "
            "stopping mid-sentence before （下转第7版）"
        ),
    ),
    HandPage(
        "69_wenzheng",
        9,
        "松岭晚报",
        "2025-04-22",
        8,
        "问政",
        {"责任编辑": "乔慕白", "校对": "庄晓棠"},
        [
            Expected(
                # the desk's short intro at the top of the page: its body first, signed （问政工作室） on a line of its own
                # (the desk's signature is its byline and names no one), then its headline, printed AFTER the body and
                # right above the 民声直通车 banner
                key="不少网友通过“松岭问政”平台留言",
                title="留言件件有着落",
                byline="（问政工作室）",
                contains=(
                    "春雨过后，不少网友",
                    "反映积水、公交、摊贩等烦心事。",
                    "本期选登的四条留言，三条已获部门答复",
                    "一条仍在督办，本版将一追到底。",
                ),
            ),
            Expected(
                # one petition item = the citizen's message (网友留言：) and the department's reply (部门回复：), two indented
                # paragraphs under a one-line question headline printed right above them (no blank line); the reply is
                # signed by the department on a line of its own at its end, which is the item's byline (no person named);
                # a column break inside the reply (新增收水 / 井两座); 120 and 5月10日 whole
                key="我家住在南岭区桦林路锦华小区",
                title="小区门口积水何时能解决？",
                column="民声直通车",
                byline="（松岭市住建局）",
                contains=(
                    "网友留言：我家住在南岭区桦林路锦华小区，南门外路面低洼，一下雨就积水",
                    "最深处没过脚踝，希望尽快解决。",
                    "部门回复：网友“青松”您好！经现场勘查，积水系桦林路雨水管道淤堵所致。",
                    "我局已安排疏通管道120米，新增收水井两座，5月10日前完工。",  # across the column break
                ),
            ),
            Expected(
                # the message opens with a number broken across the wrap (网友留言：12 / 路公交车); 4月28 / 日 and 12 / 路 broken
                key="我们在经开区上班的职工经常加班",
                title="12路末班车能否晚一点？",
                column="民声直通车",
                byline="（松岭市交通运输局）",
                contains=(
                    "网友留言：12路公交车晚上8点就收车",
                    "只能打车回家。末班时间能否往后延？",
                    "部门回复：网友“晚归人”您好！",
                    "市公交集团自4月28日起将12路末班车发车时间由20时调整至21时30分。",
                ),
            ),
            Expected(
                # a column break inside the message (接 / 孩子的家长); the reply runs over two paragraphs, the second opening
                # 下一步 without any label, before the department's signature
                key="向阳街道育才幼儿园门口",
                title="幼儿园门口摊贩谁来管？",
                column="民声直通车",
                byline="（南岭区向阳街道办事处）",
                contains=(
                    "就有流动摊贩占道经营，接孩子的家长和车辆挤成一团",  # across the column break
                    "存在安全隐患。",
                    "部门回复：网友“小雨点妈妈”您好！街道综合执法队已在放学时段安排队员定点值守",
                    "劝离流动摊贩11户。",
                    "下一步，我们将引导商贩到附近便民市场经营，并建立长效巡查机制。",
                ),
            ),
            Expected(
                # the item still without a reply: the message, then a note by the paper, signed （记者 X 整理） at its end,
                # the signature wrapped at its space (邢雨桐 / 整理）); the footer line follows
                key="东风农贸市场西侧公厕",
                title="东风市场公厕何时开放？",
                column="民声直通车",
                byline="（记者 邢雨桐 整理）",
                authors=("邢雨桐",),
                contains=(
                    "去年年底开始改造，至今大门紧锁",
                    "赶早市的居民如厕很不方便。请问何时能重新开放？",
                    "截至发稿时，网友“老街坊”的这条留言已转至市城市管理局办理",
                    "尚未收到答复，本报将持续关注。",
                ),
            ),
        ],
        furniture_phrases=(
            "松岭晚报　2025年4月22日　星期二　第8版　问政　责任编辑：乔慕白　校对：庄晓棠",
            "民声直通车",
            "问政热线：0431-86275110　本版邮箱：slwbwenzheng@163.com",
        ),
        focus=(
            "an evening paper's 网络问政 page in a very narrow 9-character column, under one header line carrying paper, date, "
            "page, section and editors (责任编辑, 校对), with a footer of the section's hotline and e-mail: a short intro by the "
            "desk whose body comes first, signed （问政工作室） on its own line, its headline printed after it; then a "
            "民声直通车 banner over four petition items, each ONE article made of a 网友留言： paragraph and a 部门回复： "
            "paragraph (one reply in two paragraphs) under a one-line question headline wider than the column and printed "
            "with no blank line under it, the reply signed by the department in brackets on a line of its own (its byline, "
            "no person); citizens named only by nicknames (网友“青松”); column breaks inside a reply and inside a message; "
            "the last item has no reply yet and ends with the paper's note signed （记者 X 整理）, wrapped at its space; "
            "numbers broken across wraps (网友留言：12 / 路公交车, 4月28 / 日)"
        ),
    ),
    HandPage(
        "78_dushu",
        18,
        "湘楚晚报",
        "2025-04-23",
        15,
        "读书",
        {"编辑": "苏映雪", "版式": "黎晓帆"},
        [
            Expected(
                # a 书评 under a 书评 banner: title, —— subtitle naming the book, □ X right under it (no blank line), a column
                # break inside its second paragraph. The book information box after its last paragraph (unindented 书名：/作者：/
                # 出版社：/定价： lines, no heading of its own) belongs to the review and closes its text
                key="拿到《渡口往事》时",
                title="一条江，半部城市的心事",
                subtitle="——读长篇非虚构《渡口往事》",
                column="书评",
                byline="□ 曾若溪",
                authors=("曾若溪",),
                contains=(
                    "如今大多已被大桥取代，只剩下几块刻着名字的石碑。",
                    "只是把他们说过的话原原本本记下来。",  # across a column break
                    "谁也没有先走。作者只写了江面上的一只水鸟，“绕着空船飞了三圈，才往下游去了”。",
                    "《渡口往事》正是替一座城市留住了它的来处。",
                    "书名：《渡口往事》",  # in the book information box
                    "出版社：湘楚文艺出版社",
                    "定价：58.00元",
                ),
            ),
            Expected(
                # its headline printed after the last line of its body (no blank line between); 20 / 24年度 broken
                key="第三届湘楚全民阅读节在市图书馆开幕",
                title="第三届湘楚全民阅读节开幕",
                dateline=BENBAO,
                byline="（记者 莫晓岚）",
                authors=("莫晓岚",),
                contains=(
                    "为主题，将持续至5月底",
                    "其间将举办名家讲座、旧书交换等六十余场活动。",
                    "市图书馆正式发布了2024年度全市阅读报告。",
                    "共接待读者四百二十万人次，外借图书一百六十万册次",
                    "人均到馆次数比上年增长近两成。",
                ),
            ),
            # under the 新书速递 banner three book notices, each an article of its own whose title is the book title printed
            # in 【】 (the 书名号 kept, the 【】 dropped): the first and third on a line of their own above the item's indented
            # text, the second run into the head of its first sentence. The books' writers named in the text are no bylines
            Expected(
                key="作家龙晓禾的最新长篇小说",
                title="《山茶花开的村庄》",
                column="新书速递",
                contains=("讲述湘西一个苗寨三代人守护古茶园的故事。", "小说语言清新质朴，字里行间弥漫着山野的茶香。"),
            ),
            Expected(
                # its title run in: 【《湘楚老街巷》】本书由……
                key="本书由湘楚市地方志办公室编撰",
                title="《湘楚老街巷》",
                column="新书速递",
                contains=("收录全市一百二十条老街巷的由来与变迁。", "书中配有三百余幅新老照片对照，可作市民手边的“城市记忆手册”。"),
            ),
            Expected(
                key="天文科普作者蒋一舟",
                title="《给孩子的星空课》",
                column="新书速递",
                contains=("为小学生写的星空入门读物", "从北斗七星讲到太阳系八大行星。", "书中附有四季星图，适合亲子共读。"),
            ),
            Expected(
                # a 读者征文 essay: □ X right under its headline, a column break inside its second paragraph, and the
                # bracketed （作者单位：…） line closing it, part of its text
                key="外婆家的堂屋角落里",
                title="外婆的那只旧书箱",
                column="读者征文",
                byline="□ 石语桐",
                authors=("石语桐",),
                contains=(
                    "放着一只掉了漆的樟木箱。",
                    "还有几本封面用牛皮纸包了又包的小说。",
                    "一本一本地读，遇到生字就查那本翻烂了的字典。",  # across a column break
                    "“书里的字会说话，你对它好，它就对你好。”",
                    "我与书的故事，就是从这只旧书箱开始的。",
                    "（作者单位：湘楚市第一中学）",
                ),
            ),
        ],
        furniture_phrases=(
            "湘楚晚报\u30002025年4月23日\u3000星期三\u3000第15版\u3000读书",
            "书评",
            "新书速递",
            "读者征文",
            "编辑：苏映雪\u3000版式：黎晓帆",
        ),
        focus=(
            "a 读书 page for 世界读书日 in 18-character columns: a 书评 banner over a review under title and —— subtitle, "
            "□ X right under them, a column break, and a book information box (书名：/作者：/出版社：/定价： lines) closing it; "
            "a 本报讯（记者 X） story with its headline printed after its body (20 / 24年 broken); a 新书速递 banner over three "
            "book notices, each titled by its 【《书名》】 tag, two on a line of their own and one run into its first "
            "sentence; a 读者征文 banner over an essay signed □ X under its headline, with a column break, closed by "
            "（作者单位：…）; the editors' footer 编辑：X　版式：Y"
        ),
    ),
    HandPage(
        "79_weiquan",
        24,
        "汾阳晚报",
        "2025-03-15",
        6,
        "消费维权",
        {"责任编辑": "薛雅婷", "美编": "侯志刚"},
        [
            Expected(
                # the lead: kicker over title; a table of five unindented rows (category, count, share) printed between
                # its paragraphs, introduced by "……的类别如下：", belongs to it; numbers broken across wraps (600 / 9件,
                # 418. / 5万元) and a column break inside its third paragraph
                key="汾阳市消费者协会发布2024年度消费投诉分析报告",
                title="预付式消费投诉连续两年居首位",
                kicker="市消协发布2024年度消费投诉分析报告",
                dateline=BENBAO,
                byline="（记者 梁思琪）",
                authors=("梁思琪",),
                contains=(
                    "共受理消费投诉6009件，办结5873件，为消费者挽回经济损失418.5万元。",
                    "三类投诉合计占投诉总量的五成以上。投诉量居前五位的类别如下：",
                    "预付式消费\u30001286件\u3000占比21.4%",  # a row of the table
                    "餐饮住宿\u3000530件\u3000占比8.8%",  # the table's last row
                    "网络购物投诉多涉及直播带货虚假宣传、七天无理由退货执行不到位等。",  # across a column break
                    "推动更多经营者作出线下无理由退货承诺，持续畅通维权渠道。",
                ),
            ),
            Expected(
                # one article: a 维权案例 banner over its headline, the byline on a line of its own, an intro paragraph,
                # three cases each under its own 案例一：/案例二：/案例三： subhead on a line of its own (a column break inside
                # the second case), and the 律师说法 box closing it under its own heading (the lawyer is quoted, no author)
                key="记者从市消协近期调解的案件中选取三起案例",
                title="消费遇“坑”别慌，依法维权有招",
                column="维权案例",
                byline="本报记者 阎书琪",
                authors=("阎书琪",),
                subheads=(
                    "案例一：健身房停业，卡费退回来了",
                    "案例二：羊绒大衣“含绒量”缩水",
                    "案例三：自带酒水被收“开瓶费”",
                    "律师说法",
                ),
                contains=(
                    "商家“跑路”、网购货不对板、吃饭被收“开瓶费”怎么办？",
                    "花3680元办理了两年会员卡。",
                    "最终商家退还货款1299元，并赔偿田先生3897元。",  # across a column break
                    "结账时被收取“开瓶费”200元。饭店事先未作告知",
                    "消费者可以要求增加赔偿，金额为价款或者服务费用的三倍",  # in the 律师说法 box
                    "消费者要保存好合同、发票和聊天记录等证据，及时投诉。",
                ),
            ),
            Expected(
                # the regulator's notice under its one-word heading: an intro, numbered 1. 2. 3. indented paragraphs (items of
                # the notice, not headings), a closing paragraph, and its 落款 (issuer and date, a line each, unindented)
                key="为引导广大消费者理性消费、依法维权",
                title="消费提示",
                contains=(
                    "“3·15”国际消费者权益日即将到来",
                    "1.谨慎办理预付卡。选择证照齐全、信誉良好的经营者",
                    "2.网购认准正规平台。直播购物时注意保存商品链接和订单截图",
                    "老年朋友要警惕“免费体检”“专家讲座”等营销套路，保健食品不能代替药物治疗疾病。",
                    "汾阳市市场监督管理局",
                    "2025年3月14日",
                ),
            ),
            Expected(
                # signed in brackets at its end, its headline set right after its body, above the footer
                key="在府前广场开展“3·15”消费维权宣传咨询活动",
                title="“3·15”宣传咨询活动走进府前广场",
                dateline=BENBAO,
                byline="（记者 郝明轩 通讯员 武丽娜）",
                authors=("郝明轩",),
                correspondents=("武丽娜",),
                contains=(
                    "设置投诉受理、食品快检、计量检定等服务台，为市民检测蔬菜农药残留",
                    "“在菜市场买菜总担心秤不准，今天校准了心里踏实。”市民冯大爷说。",
                    "当天共受理咨询和投诉120余件。",
                ),
            ),
        ],
        furniture_phrases=(
            "汾阳晚报\u30002025年3月15日\u3000星期六\u3000第6版\u3000消费维权\u3000责任编辑：薛雅婷\u3000美编：侯志刚",
            "维权案例",
            "维权热线：0358-12315\u3000本版邮箱：fywbwq@163.com",
        ),
        focus=(
            "a 消费维权 page on 3·15 in 24-character columns, paper, date, page, section and editors in one header line, "
            "a hotline and mailbox footer: a lead under kicker and title, 本报讯（记者 X）, with a table of five unindented "
            "rows (预付式消费　1286件　占比21.4%) between its paragraphs that belongs to it, numbers broken (600 / 9件, 418. "
            "/ 5万元) and a column break; a 维权案例 banner over one feature whose byline stands on its own line, three "
            "案例一：/二：/三： subheads on lines of their own, a column break inside a case and a 律师说法 box closing it; a "
            "消费提示 notice of numbered 1. 2. 3. paragraphs signed by the regulator and a date on two unindented lines "
            "(落款); a story signed in brackets at its end with its headline after its body"
        ),
    ),
    HandPage(
        "76_kechuang",
        26,
        "鹭岛科技报",
        "2025-05-09",
        3,
        "科创前沿",
        {"本版编辑": "许晴岚", "校对": "黄一舟"},
        [
            Expected(
                # a feature under title and —— subtitle, its byline on a line of its own; 一、二、三、 section heads each on a
                # line of their own (a blank line above each), two （一）（二） heads under 二、 with no blank lines round them;
                # numbers and Latin words broken by the wrap (2 / 000PFLOPS, 1. / 15, 1.2T / B, ISO 900 / 1, V3. / 0,
                # ChatGP / T) and two column breaks (八成以 / 上, 下 / 一步)
                key="走进鹭岛软件园三期的智算中心",
                title="从“算得快”到“用得好”",
                subtitle="——鹭岛人工智能产业发展观察",
                byline="本报记者 林沐阳\u3000通讯员 陈思涵",
                authors=("林沐阳",),
                correspondents=("陈思涵",),
                subheads=(
                    "一、算力先行：从“一卡难求”到“按需调度”",
                    "二、模型落地：大模型走进车间和诊室",
                    "三、生态培育：让创新要素加速流动",
                ),
                level2=("（一）制造业：质检效率提升三成", "（二）医疗：辅助诊断覆盖二十家医院"),
                contains=(
                    "一排排机柜指示灯闪烁，数千块GPU正昼夜不停地训练着各类模型。",
                    "去年投用的鹭岛智算中心一期总算力达到2000PFLOPS",
                    "PUE值降至1.15以下，单台训练服务器配备的高速内存容量达1.2TB，全年可用率达到99.9%，并已通过ISO 9001质量管理体系认证。",
                    "目前，中心算力使用率稳定在八成以上，服务企业和科研团队三百四十余家。",  # across a column break
                    "系统升级到V3.0版本后，还能自动生成缺陷分析报告。",
                    "用法和ChatGPT相似，支持多轮追问。",
                    "每年培养复合型人才两千余人。下一步，我市将加快建设智算中心二期，力争到2026年全市总算力突破5000PFLOPS。",  # across a column break  # noqa: E501
                ),
            ),
            Expected(
                # the front page's story goes on here under its headline printed again: （上接第1版） opens its unindented
                # first line and the text goes on mid-sentence; 100G / bps and Wi- / Fi 7 broken
                key="经第三方测试，峰值速率达到每秒",
                title="我市首个6G试验网在软件园开通",
                kind="continuation",
                continued_from=1,
                contains=(
                    "峰值速率达到每秒100Gbps，空口时延低于0.1毫秒，每平方公里可同时接入1000万台设备。",
                    "园区内的写字楼和地下车库同步升级了Wi-Fi 7网络",
                    "空天地一体。”研究院院长吴启明表示",
                    "力争三年内形成一批示范应用。",
                ),
            ),
            Expected(
                # a story reprinted from another paper: the （原标题：…） line under its last paragraph is part of its text, the
                # （来源：科技日报） line after it is its credit (its byline, naming no one); 1 / C broken
                key="记者近日从东海新能源实验室获悉",
                title="全固态电池能量密度突破500Wh/kg",
                byline="（来源：科技日报）",
                contains=(
                    "能量密度达到每公斤500瓦时，在1C倍率下循环1000次后容量保持率仍在90%以上。",
                    "从3万余种候选配方中锁定了新型电解质，研发周期缩短了近一半。",
                    "预计2027年前后实现小批量装车。",
                    "（原标题：固态电池迈过“500”门槛）",
                ),
            ),
            # under the 科技快讯 banner three items, each an article of its own: a short (bold) headline on a line of its
            # own, then an indented paragraph of two sentences, no dateline, no byline, no blank line between the items
            Expected(
                key="鹭岛大学人工智能研究院发布",
                title="“鹭问GPT”升级至2.0版本",
                column="科技快讯",
                contains=("发布“鹭问GPT”2.0版本，参数规模达700亿，中文理解能力较上一版本提升约40%。", "市民可通过“i鹭岛”App免费体验。"),
            ),
            Expected(
                key="我市首批3条无人机低空物流航线",
                title="首批低空物流航线开通",
                column="科技快讯",
                contains=("在翔云区开通，单架无人机最大载重5公斤。", "山区村镇的快递送达时间将由半天缩短至30分钟以内。"),
            ),
            Expected(
                key="市科技局联合市税务局举办科技企业政策宣讲会",
                title="研发费用加计扣除政策宣讲会举行",
                column="科技快讯",
                contains=("举办科技企业政策宣讲会，二百余家企业参加。", "全市已有1860家企业享受研发费用加计扣除，减免税额12.6亿元。"),
            ),
        ],
        furniture_phrases=(
            "鹭岛科技报\u30002025年5月9日\u3000星期五\u3000第3版\u3000科创前沿",
            "科技快讯",
            "本版编辑：许晴岚\u3000校对：黄一舟",
        ),
        focus=(
            "a science weekly's 科创前沿 page in 26-character columns, full of Latin words, abbreviations, versions and "
            "numbers broken by the wrap (2 / 000PFLOPS, 1. / 15, 1.2T / B, ISO 900 / 1, V3. / 0, ChatGP / T, 100G / bps, "
            "Wi- / Fi 7, 1 / C): a feature under title and —— subtitle with its byline on a line of its own, 一、二、三、 "
            "section heads on lines of their own and （一）（二） heads under 二、, two column breaks; a story continued from "
            "page 1 under its repeated headline, （上接第1版） opening its unindented first line mid-sentence; a reprint "
            "closed by a （原标题：…） line (its text) and a （来源：科技日报） credit line; a 科技快讯 banner over three items, each "
            "a short headline line over a two-sentence paragraph; the header line above and the 本版编辑/校对 footer below"
        ),
    ),
    HandPage(
        "74_loushi",
        20,
        "江陵都市报",
        "2025-10-15",
        12,
        "楼市",
        {"主编": "祁海澜", "责编": "闵若晴"},
        [
            Expected(
                # the lead 记者调查 feature under its banner: kicker over title, the byline on a line of its own, three subheads
                # printed after a ◎ mark on lines of their own (written without the mark), a column break inside a paragraph.
                # The table box 九月主要城区二手房成交均价 (its heading, four unindented rows 区名　均价　环比, a 数据来源 line) sits
                # between its second and third sections and belongs to the feature, its heading kept among the subheads as a
                # box heading is; the 链接 box closing the feature belongs to it too, under its own heading
                key="国庆假期后的第一个周末",
                title="“以价换量”之后，二手房市场稳住了吗",
                kicker="九月全市二手住宅网签量环比增长一成多",
                column="记者调查",
                byline="本报记者 单雨霏",
                authors=("单雨霏",),
                subheads=(
                    "刚需和改善客户回来了",
                    "挂牌量高位 房价仍在磨底",
                    "九月主要城区二手房成交均价",
                    "买卖双方都要算好账",
                    "链接",
                ),
                contains=(
                    "“九月以来，来店咨询的客户明显多了，一周能带看二十多组。”他说。",
                    "9月全市二手住宅网签成交4120套，环比增长12.6%。",
                    "靠近学校和地铁站的房源最受欢迎，平均成交周期从半年前的110天左右缩短到70天左右。",  # across a column break
                    "部分老旧小区挂牌半年以上仍无人问津。",
                    "江北区\u300012350元/㎡\u3000环比-0.8%",  # the table's first row
                    "高新区\u300011470元/㎡\u3000环比+0.2%",  # the table's last row
                    "数据来源：江陵市房地产交易中心",
                    "购房者要查清房屋产权、抵押等情况，通过资金监管账户交易。",
                    "最高额度由60万元提高至80万元。购买二手房的，还可申请“带押过户”，无需先还清原贷款即可办理转移登记。",  # in the 链接 box
                ),
            ),
            Expected(
                # a short policy story under its headline; 本报讯 with reporter and 实习生 in brackets (the trainee an author)
                key="出台《江陵市支持住房“以旧换新”若干措施》",
                title="“卖旧买新”最高可获补贴三万元",
                dateline=BENBAO,
                byline="（记者 蓝若岑 实习生 俞可心）",
                authors=("蓝若岑", "俞可心"),
                contains=(
                    "10月14日，记者从市住房和城乡建设局获悉",
                    "市民出售本市自有住房后一年内在中心城区购买新建商品住房的",
                    "按新房合同价款的1%给予补贴，最高不超过3万元。",
                    "补贴比例可上浮0.5个百分点。补贴可通过“江陵住房”微信小程序在线申请。",
                ),
            ),
            Expected(
                # signed in brackets at its end (the byline wrapped inside the name, 景 / 润之), its headline printed right after
                # its body, above the 楼市问答 banner
                key="荆湖区沙湾片区城市更新项目首批安置房正式交付",
                title="沙湾片区首批安置房交付",
                dateline=BENBAO,
                byline="（记者 景润之）",
                authors=("景润之",),
                contains=(
                    "六百四十二户居民领到了新房钥匙。",
                    "该批安置房配建了社区食堂、养老服务站和地下停车场",
                    "小区内还设置了电动自行车集中充电区。",
                ),
            ),
            Expected(
                # a Q&A item under the 楼市问答 banner and its own headline: a 市民问： paragraph and a 记者答： paragraph, no byline
                key="我打算在城南区买一套二手房",
                title="买二手房能提取公积金付首付吗",
                column="楼市问答",
                contains=(
                    "市民问：我打算在城南区买一套二手房，听说公积金可以用来付首付，是真的吗？",
                    "记者答：据市住房公积金中心介绍，职工购买本市二手住房",
                    "可申请提取本人及配偶的住房公积金支付首付款",
                    "也可通过“江陵公积金”APP在线办理。",
                ),
            ),
        ],
        furniture_phrases=(
            "江陵都市报\u3000B4\u3000楼市",
            "2025年10月15日\u3000星期三\u3000第12版",
            "记者调查",
            "楼市问答",
            "主编：祁海澜\u3000责编：闵若晴",
        ),
        focus=(
            "a city tabloid's 楼市 page in 20-character columns, B4 of its B叠 in the header (第12版 of the issue on the date line), "
            "editors 主编：/责编： in the footer: a 记者调查 banner over a feature under kicker and title, its byline on a line of its "
            "own, three ◎ subheads on lines of their own, a column break, numbers broken across wraps (仍在6 / 万套, 不超过3 / 万元), a "
            "table box (heading, four unindented rows 江北区　12350元/㎡　环比-0.8%, a 数据来源 line) between its sections and a "
            "链接 box closing it, both belonging to it; a policy story 本报讯（记者 X 实习生 Y）; a story signed at its end (name "
            "wrapped) with its headline after its body; a 楼市问答 banner over a 市民问：/记者答： item under its own headline"
        ),
    ),
]

HANDMADE: dict[str, HandPage] = {p.name: p for p in PAGES}


def segmenter_cases(headlines: bool = False) -> Iterator[tuple[str, str, HandPage]]:
    """Every hand-set page as printed, re-wrapped at widths 8 to 30 (``headlines`` wrapped
    too if asked) and stored in other encodings: (label, text, page)."""
    for page in PAGES:
        text = page.text()
        yield f"{page.name}/printed", text, page
        for width in WIDTHS:
            yield f"{page.name}/width{width}", rewrap(text, width, headlines), page
        for encoding in ENCODINGS:
            yield f"{page.name}/{encoding}", decode_text(encode(text, encoding), page.path.name), page
