"""The articles an editor cuts from each seed page, written by reading the pages.

Each article is found by a phrase of its body (``key``). ``title`` is the printed title, or
None when no headline was printed for it (its title is then derived); ``titles`` lists the
printed headlines when which of them is the title and which the kicker or subtitle cannot
be told from the text alone. ``contains`` are phrases its body must hold whole: most of them
run across a line wrap or a column break on the page.

``column`` is the banner or label an article runs under (简讯, 区县传真, 聚焦两会, 短评),
``editor_note`` a phrase of the 编者按 printed with it (without the label), ``photographers``
the names in its photo credits, ``truncated`` says its text stops mid-sentence with no
continuation mark, and ``level2`` lists the second-level headings under its ``subheads``. A
subhead printed as two parts on two lines is written with one space between them. A
``photo`` article is a headline and a caption only: its body is the caption, credit included.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Expected:
    key: str
    title: str | None = None
    kicker: str = ""
    subtitle: str = ""
    titles: tuple[str, ...] = ()
    byline: str = ""
    authors: tuple[str, ...] = ()
    correspondents: tuple[str, ...] = ()
    dateline: str = ""
    kind: str = "article"
    continued_from: int | None = None
    continued_to: int | None = None
    subheads: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    column: str = ""
    contains: tuple[str, ...] = field(default=())
    column: str = ""
    editor_note: str = ""
    photographers: tuple[str, ...] = ()
    truncated: bool = False
    level2: tuple[str, ...] = ()


NINTH = "本报9月9日讯"

PAGES: dict[str, list[Expected]] = {
    "000": [
        Expected(
            key="为持续深化行政审批服务改革",
            title="画好政务服务同心圆 办好惠企便民暖心事",
            kicker="新区政务服务党建联盟以平台思维推动营商环境持续优化",
            byline="□本报记者 陈蔚\u3000本报通讯员 魏晓",
            authors=("陈蔚",),
            correspondents=("魏晓",),
            subheads=(
                "建立联建机制 变“独角戏”为“大合唱”",
                "优化宣传路径 变“大水漫灌”为“精准滴灌”",
                "倾心帮办代办 变“上门找服务”为“服务找上门”",
            ),
            contains=(
                "星光岛产业发展商会筹备人、星光岛社区党委书记薛新伟说。",
                "此外，新区政务服务党建联盟还针对创业者、大学生等不同群体开展主题活动",
                "这是新区政务服务党建联盟成立之时形成的“三张清单”",
                "为构建政务服务“大党建”“大服务”“大融合”工作格局",
                "同时，区行政审批服务局还制定《政务服务党建联盟章程》，深入实施品牌联创",
                "推动政务服务进社区",
                "目前，新区政务服务党建联盟已开展活动50余次，参与人员2万余人次。",
            ),
        ),
        Expected(
            key="经联合资信评估股份有限公司",
            title="城投创投公司荣获AAA主体信用评级",
            byline="□记者 董梅雪 报道",
            authors=("董梅雪",),
            dateline="本报讯",
            contains=("评定城投创投公司主体长期信用等级为AAA", "基金认缴规模1095.38亿元"),
        ),
        Expected(
            key="调研组到泊里镇信阳村",
            title="区人大常委会调研基层党组织建设情况",
            byline="□记者 仪博文 报道",
            authors=("仪博文",),
            dateline="本报讯",
        ),
        Expected(
            key="也是西海岸新区获批",
            kind="continuation",
            continued_from=1,
            contains=("以更高标准、更严要求加强自身建设", "孙永红强调，要在凝心铸魂筑牢根本上持续用力", "聚焦发展需求和短板弱项"),
        ),
        Expected(
            key="在国际集装箱制造行业中占据一席之地",
            kind="continuation",
            continued_from=1,
            contains=("通过工业互联网将研发设计、生产制造", "以制度创新为核心，率先发布"),
        ),
        Expected(
            key="西海岸新区未成年人重点工作推进会召开",
            title="新区召开未成年人重点工作推进会",
            byline="□记者 龚鹏 报道",
            authors=("龚鹏",),
            dateline="本报讯",
        ),
    ],
    "001": [
        Expected(key="区第三届人大常委会第三十一次主任会议召开", byline="□记者 仪博文 报道", authors=("仪博文",), dateline=NINTH),
        Expected(key="在第40个教师节来临之际", byline="□记者 龚鹏 报道", authors=("龚鹏",), dateline=NINTH),
        Expected(key="工委党校2024年秋季学期开学典礼举行", byline="□记者 陈蔚 报道", authors=("陈蔚",), dateline=NINTH),
        Expected(
            key="提升行政审批服务质效是优化营商环境",
            title="肩并肩走流程，心贴心优服务",
            kicker="区行政审批服务局开展“我陪群众走流程”活动，推动行政审批提速增效、提质升级，落实“高效办成一件事”",
            byline="□本报记者 陈蔚\u3000本报通讯员 胡全福 王孜祎",
            authors=("陈蔚",),
            correspondents=("胡全福", "王孜祎"),
            subheads=("工程建设再提速 并联申请", "企业变更更高效 一次办好", "社会事务更好办 优化流程"),
            contains=("在“我陪群众走流程”活动中，区行政审批服务局工程建设分管负责人", "副局长徐本宁表示。"),
        ),
        Expected(
            key="“春雨行动”为主线",
            kind="continuation",
            continued_from=1,
            contains=("聚焦产业提升，新区金融持续“引资源”，金融产业体系逐步完善。",),
        ),
        Expected(
            key="推动金融与科技双向赋能，作为全国首批",
            title="金融与科技双向赋能",
            column="推动深度融合",
            contains=("以优质营商环境和资本招商为抓手", "同时，落地海洋科技成果转化中心"),
        ),
    ],
    "002": [
        Expected(
            key="青岛市12345政务服务便民热线开展",
            title="市12345政务服务便民热线开展“政府开放日”活动",
            kicker="深化政务公开工作 提升政务服务水平",
            byline="□青岛日报/观海新闻记者 薛华飞",
            authors=("薛华飞",),
            dateline="本报5月30日讯",
        ),
        Expected(
            key="市委组织部在青岛干部学院举办",
            title="46个基层党组织登台“赛”实践做法",
            kicker="“青岛市五星级基层党组织”两新组织和城市社区专场擂台赛举办",
            byline="□青岛日报/观海新闻记者 刘萍",
            authors=("刘萍",),
            dateline="本报5月30日讯",
            contains=(
                "李沧区世园街道毕家上流社区党委摸索出了通过党建聚邻",
                "探索创新‘红领南昌 爱满格’党建品牌",
                "园区还设置了楼宇红色“店小二”,及时掌握入驻企业党员队伍",
            ),
        ),
        Expected(
            key="市城市管理局对群众关切的城管领域民生问题紧盯不放",
            titles=("紧盯不放,抓好13件民生实事", "市城市管理局聚焦群众“急难愁盼”出实招谋实效"),
            byline="□青岛日报/观海新闻记者 贾臻",
            authors=("贾臻",),
            dateline="本报5月30日讯",
            truncated=True,  # ends "……直接关系到市民" with no mark saying where it goes on
            contains=("市民用气安全得到有力保障", "确保政务热线转办件办理工作"),
        ),
        Expected(
            key="山东港口青岛港商品车业务推介会",
            title="山东港口青岛港商品车码头揭牌",
            subtitle="拥有2个专用泊位和6个通用泊位,可供4艘大型滚装船同时作业",
            byline="□青岛日报/观海新闻记者 周晓峰",
            authors=("周晓峰",),
            dateline="本报5月30日讯",
            captions=("■商品车通过滚装船从山东港口青岛港出口。本报资料照片",),
            contains=("面对商品车业务发展呈现出的强劲势头,青岛港加快产业调整和升级",),
        ),
        Expected(
            key="汛期近在眼前",
            title="青岛积极创建全省市级现代水网示范区",
            kicker="聚力推进64个重点水务项目建设,编制现代水网建设规划——",
            byline="□青岛日报/观海新闻记者 吴帅",
            authors=("吴帅",),
            dateline="本报5月30日讯",
        ),
        Expected(
            key="市科技局日前公布我市今年第四批",
            title="青岛科技型中小企业入库超4500家",
            byline="□青岛日报/观海新闻记者 耿婷婷",
            authors=("耿婷婷",),
            dateline="本报5月30日讯",
        ),
        Expected(
            key="青岛开展“我为营商环境献计策”活动以来",
            title="“献计”营商环境,首批126条意见建议已落实",
            kicker="社会各界积极参与活动,共收集相关意见建议520余条",
            byline="□青岛日报/观海新闻记者 余博",
            authors=("余博",),
            subheads=("“献一策”成流行", "推动专项行动走深走实", "有所呼,有所应"),
            contains=("对青岛各级各部门各单位在营商环境境建设方面提出意见建议", "杨女士表示满意。"),
        ),
    ],
    "003": [
        Expected(
            key="委员会2023年第一次会议",
            # the continuation page repeats the report's headline: the issuing bodies, then its title
            title="关于十二届省委第二轮巡视集中整改进展情况的通报",
            kicker="中共青岛西海岸新区工委 中共青岛市黄岛区委",
            kind="continuation",
            continued_from=1,
            continued_to=3,
            # numbered headings of two levels: "3." and "4." over their "(1)", "(2)" …
            subheads=('3.关于对"三新一高"发展理念把握不精准问题', "4.关于以人民为中心的发展理念有关问题"),
            level2=(
                "(2)着力解决董家口港贸易港带动作用发挥不够问题",
                "(3)着力解决自贸区没有发挥好示范引领作用问题",
                "(4)着力解决全面深化改革的担当不够问题",
                "(1)着力解决推动实施稳经济政策不扎实问题",
                "(2)着力解决打造乡村振兴齐鲁样板用力不足问题",
                "(3)着力解决特色小镇主导产业优势不明显问题",
                "(4)着力解决生态文明建设成效不明显问题",
                "(5)着力解决大气环境质量没有得到有效改善问题",
                '(1)着力解决群众"出行难"问题',
                "(2)着力解决政务服务环境有短板问题",
            ),
            contains=(
                '发挥董家口经济区区港"联建共建"联席会议平台协调作用,与青岛港集团成立港区工作专班',
                '二是推动外资项目扩量提质。建立"管委负责人+专班+专业化产业促进公司"工作机制',
                "持续加强生态文明建设。坚持举一反三、建章立制",
                "三是提升金融业发展服务水平。大力引进新兴金融机构",
                '四是做大做强张家楼"油画小镇"品牌。',
                '建立区、镇街、社区三级"就近云办"服务体系,实现远程视频就近办。',
            ),
        ),
    ],
    "004": [
        Expected(
            key="在党史学习教育中，为切实解决百姓难题",
            title="“点线面”发力，办实事解难题",
            subtitle="西海岸新区“三条战线”推动为民服务走深走实",
            byline="□本报记者 李涛\u3000本报通讯员 李杰",
            authors=("李涛",),
            correspondents=("李杰",),
            subheads=("“三线”引领，锻造为民服务先锋", "点上变革，打通为民服务堵点", "面上推进，高效解决共性难题"),
            contains=(
                "因开发商欠缴部分土地出让金，该小区房产证一直无法办理",
                "对全区国有建设用地范围内已经出售且手续不全的城镇居民房屋产权问题进行一揽子解决。",
                "开展‘我为群众办实事 第一书记见行动’",
                "在该企业服务专员———薛家岛街道党工委委员邓爱萍的协调对接下",
                "形成了为民服务的‘三条战线’。”西海岸新区工委党史学习教育领导小组办公室",
            ),
        ),
        Expected(
            key="带队视察了中外企业联合会工作",
            title="区人大常委会视察中外企业联合会工作",
            subtitle="佟海燕带队",
            byline="□记者 宋迎迎 报道",
            authors=("宋迎迎",),
            dateline="本报讯",
            contains=("为新区加快建设高质量发展引领区、改革开放新高地、城市建设新标杆、宜居幸福新典范作出更大贡献。",),
        ),
        Expected(
            key="专题讲座举行，邀请上海交通大学",
            title="“西海岸大讲堂”新型智慧城市建设专题讲座举行",
            byline="□记者 宋迎迎 报道",
            authors=("宋迎迎",),
            dateline="本报8月18日讯",
            contains=("本报8月18日讯 今天下午，“西海岸大讲堂”新型智慧城市建设专题讲座举行", "BIM+X研究中心主任史健勇"),
        ),
        Expected(
            key="深入一线进行督导检查",
            kind="continuation",
            continued_from=1,
            contains=("会议还研究了其他事项。",),
        ),
        Expected(
            key="副主任及副区级领导干部",
            kind="continuation",
            continued_from=1,
            contains=("区人大常委会党组成员、副主任及副区级领导干部，区政府党组成员", "各镇街党（工）委主要负责同志"),
        ),
    ],
}

FURNITURE = {
    "000": (),
    "001": (">>推动深度融合<<",),  # a label: its name is the column of the article below it
    "002": ("学思想 强党性 重实践 建新功",),
    "003": (),
    "004": (),
}
