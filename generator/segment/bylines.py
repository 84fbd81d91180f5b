"""Bylines, read by their grammar rather than by a list of papers' habits.

A byline is a run of roles and names, perhaps marked (``□``, ``■``) or bracketed, perhaps
with a closing word (``报道``, ``摄``):

* ``□记者 董梅雪 报道``, ``■本报记者 陈蔚　本报通讯员 魏晓``, ``本报记者 X 本报通讯员 Y``;
* ``□青岛日报/观海新闻记者 薛华飞`` (the paper is named before the role);
* ``文/图 记者 X`` (X wrote and took the pictures), ``记者 X 摄`` (a photographer's credit);
* ``（记者 张某）`` at the end of an article, or after a dateline:
  ``新华社北京3月5日电（记者 王某 李某）``, ``本报讯（记者 张某 通讯员 李某）``;
* ``本报评论员`` (a role without names: the paper's commentator);
* ``（海川区读者 王秀芬）`` ending a reader's letter, ``□ 周文涛`` (a mark before a name alone).

Reading is a single pass over space-separated tokens, so any line is read in linear time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .chars import fold, is_cjk

MARKS = "□■●◆▲◇○△◎★☆"
OPENERS, CLOSERS = "（(【[", "）)】]"
MAX_BYLINE = 48  # characters; longer lines are text
# role words, longest first so that 摄影记者 is read before 记者
_ROLES = sorted(
    {
        "记者", "本报记者", "本刊记者", "特约记者", "见习记者", "实习记者", "首席记者", "摄影记者", "本报摄影记者",
        "通讯员", "本报通讯员", "特约通讯员", "实习生", "本报实习生", "评论员", "本报评论员", "特约评论员",
        "作者", "撰稿", "执笔", "编译", "文/图", "图/文", "文图", "文/", "图/", "文", "图", "摄影", "摄",
        "指导老师", "指导教师", "本报编辑部", "编辑部",
    },
    key=len,
    reverse=True,
)
_SUFFIXES = ("摄影报道", "综合报道", "联合报道", "报道", "摄影", "摄", "整理", "采写", "文")
_PHOTO = {"摄", "摄影", "摄影报道", "摄影记者", "本报摄影记者", "文/图", "图/文", "文图", "图", "图/"}
# credit words before the roles and names they credit: 文/图 记者 X, 文/本报记者 X　图/本报记者 Y
_CREDITS = {"文/图": "both", "图/文": "both", "文图": "both", "文/": "text", "文": "text", "图/": "photo", "图": "photo"}
_UNRECORDED = {"指导老师", "指导教师"}  # a student's teacher, named under the essay: no author of it
_CREDIT_AFTER = ("文/图", "图/文")  # after the names: they wrote and took the pictures (记者 X 文/图)
_CORRESPONDENT = {"通讯员", "本报通讯员", "特约通讯员"}
_AGENCY = re.compile(r"^\S{1,12}?(?:记者|通讯员|评论员)$")  # 青岛日报/观海新闻记者, 驻京记者
_AGENCY_AT = re.compile(r"^([\u4e00-\u9fff/]{1,12}?(?:社|报|台|网))(记者|通讯员|评论员)(?=\S)")  # 新华社记者周立新
_SPACES = re.compile(r"[\s\u3000\u00a0]+")


@dataclass(frozen=True)
class Byline:
    """A byline as printed, with the reporters, correspondents and paper it names."""

    text: str
    authors: tuple[str, ...] = ()
    correspondents: tuple[str, ...] = ()
    paper: str = ""
    photographers: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Token:
    kind: str  # "role", "name" or "suffix"
    text: str
    prefix: str = ""  # a paper named before a role


# common surnames: where two names run together at a line break (王立群赵敏), the second
# starts with one
_SURNAME_ORDER = (  # commonest first
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范"
    "金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂"
    "章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解"
    "牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛"
    "仲虞敖巩明佘池查麻苑迟邝"
)
_SURNAMES = set(_SURNAME_ORDER)
_COMMON_SURNAMES = set(_SURNAME_ORDER[:100])  # the hundred commonest
_NOT_NAMES = {"本报", "本刊", "特约", "见习", "实习", "首席", "驻站", "通讯", "报道", "摄影", "整理", "采写",
              "未完待续", "待续", "续完", "全文完", "本文完"}  # and the marks ending a serial's part


def _is_name(text: str) -> bool:
    """Two to four Han characters (a middle dot allowed, as in foreign names), or a Latin name."""
    if text in _NOT_NAMES:
        return False
    han = text.replace("·", "").replace("•", "")
    if han and all(is_cjk(c) for c in han):
        return 2 <= len(han) <= 4 or ("·" in text and len(han) <= 10)
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z.\-]{1,20}", text))


_ROLE_AT = re.compile("|".join(map(re.escape, _ROLES)))  # tried in order: the longest role first


def _role_at(text: str) -> str:
    match = _ROLE_AT.match(text)
    return match.group() if match else ""


def _cuts(text: str) -> list[int]:
    """Where a name may end in ``text``: before a closing word first (``陈蔚报道`` is 陈蔚 +
    报道, ``赵明摄`` is 赵明 + 摄), then the longest name."""
    ends = [len(text) - len(s) for s in _SUFFIXES if text.endswith(s) and s not in ("文",)]
    roles = [i for i in range(2, min(len(text), 10)) if len(_role_at(text[i:])) > 1]
    return ends + roles + list(range(min(len(text), 10), 1, -1))


def _split_glued(token: str) -> list[_Token] | None:
    """Read one space-free token as roles, names and closing words (``记者董梅雪``,
    ``陈蔚报道``), or as a role a paper or post is named before (``青岛日报/观海新闻记者``);
    None when it is not byline material."""
    return _agency(token) or _reader(token) or _student(token) or _glued(token)


def _agency(token: str) -> list[_Token] | None:
    """``青岛日报/观海新闻记者``, ``新华社记者``, ``驻京记者``: a role after a paper or post."""
    if not _AGENCY.match(token):
        return None
    role = next(r for r in _ROLES if token.endswith(r))  # the longest: 陈蔚本报通讯员 ends in 本报通讯员
    prefix = token[: -len(role)]
    named = "/" in prefix or (len(prefix) >= 2 and prefix.endswith(("报", "社", "台", "网"))) or prefix.startswith("驻")
    return [_Token("role", role, prefix)] if named else None


_READER = re.compile(r"^[\u4e00-\u9fff]{0,8}?读者$")  # a letter's writer: 读者, 海川区读者
# where a reader writes from, signing in brackets before the name: （城东区锦绣社区　何家明）
_PLACE = re.compile(r"^[\u4e00-\u9fff]{1,10}(?:社区|小区|街道|村|镇|乡|区|县|市)$")


def _reader(token: str) -> list[_Token] | None:
    """``海川区读者``: a reader (where from, perhaps), who signs a letter to the paper; or
    only the place a reader writes from (``城东区锦绣社区``), read so in brackets alone."""
    if _READER.match(token):
        return [_Token("role", "读者", token[:-2])]
    return [_Token("role", "读者", token)] if _PLACE.match(token) and not _role_at(token) else None


# a student's school and class: 澜沧市实验小学五年级（3）班, 市一中高二（5）班
_CLASS = re.compile(r"^[\u4e00-\u9fff]{2,20}?(?:[一二三四五六七八九]年级|[高初][一二三])(?:[（(]\d{1,2}[)）]|\d{1,2})?班?$")


def _student(token: str) -> list[_Token] | None:
    """``澜沧市实验小学五年级（3）班``: the school and class a student signs an essay with."""
    return [_Token("role", "学生", token)] if _CLASS.match(token) else None


def _glued(token: str) -> list[_Token] | None:
    """Roles, names and closing words run together, read left to right; a paper or agency
    may be named before the first role (``新华社记者周立新``)."""
    out: list[_Token] = []
    rest = token
    agency = _AGENCY_AT.match(rest)
    if agency and agency.group(1) not in ("本报", "本刊"):  # 本报记者 is a role of its own
        out.append(_Token("role", agency.group(2), agency.group(1)))
        rest = rest[agency.end() :]
    while rest:
        if out and rest in _SUFFIXES:
            out.append(_Token("suffix", rest))
            return out
        role = _role_at(rest)
        if role and (len(rest) == len(role) or _glued(rest[len(role):]) is not None):
            out.append(_Token("role", role))
            rest = rest[len(role):]
            continue
        for cut in _cuts(rest):
            name, tail = rest[:cut], rest[cut:]
            second = 2 <= len(tail) <= 3 and tail[0] in _SURNAMES and _is_name(tail)  # 王立群 + 赵敏
            if _is_name(name) and (not tail or tail in _SUFFIXES or _role_at(tail) or second):
                out.append(_Token("name", name))
                rest = tail
                break
        else:
            return None
    return out


def _tokens(core: str) -> list[_Token] | None:
    """The tokens of a byline without its marks and brackets, or None when it is not one."""
    out: list[_Token] = []
    core = _TEACHER.sub(r"\1 ", core)  # 指导老师：陈丽华
    for raw in _SPACES.split(core.strip()):
        if not raw:
            continue
        if raw in _SUFFIXES and out:
            out.append(_Token("suffix", raw))
            continue
        if "、" in raw:  # names listed: 王立群、赵敏
            names = raw.split("、")
            if not all(_is_name(n) and not _role_at(n) for n in names):
                return None
            out.extend(_Token("name", n) for n in names)
            continue
        parts = _split_glued(raw)
        if parts is None:
            return None
        out.extend(parts)
    return out


_TEACHER = re.compile(r"(指导(?:老师|教师))[：:]")


def _core(line: str) -> tuple[str, str, str]:
    """(marks and opening bracket, the byline inside, closing bracket)."""
    text = line.strip()
    head = ""
    while text and text[0] in MARKS + " \u3000":
        head, text = head + text[0], text[1:]
    if len(text) > 1 and text[0] in OPENERS and text[-1] in CLOSERS:
        return head + text[0], text[1:-1], text[-1]
    return head, text, ""


def _valid(tokens: list[_Token] | None, bracketed: bool) -> bool:
    """A byline names someone under a role, or is a role standing alone (本报评论员)."""
    if not tokens or tokens[0].kind == "suffix":
        return False
    roles = [t for t in tokens if t.kind == "role"]
    names = [t for t in tokens if t.kind == "name"]
    if not roles:
        return False
    if not names:  # 本报评论员, 本报记者: a role alone is a byline only when it is the whole line
        return len(tokens) == 1 and tokens[0].text.endswith(("评论员", "记者", "编辑部"))  # 本报编辑部 signs a 更正
    if tokens[-1].kind == "role" and tokens[-1].text not in ("摄", "摄影", *_CREDIT_AFTER):
        return False  # 记者 高建国 通讯员: its names are on the next line (记者 X 文/图: X wrote and took the pictures)
    return tokens[0].kind == "role" or bracketed


def _signed(head: str, tokens: list[_Token] | None) -> bool:
    """A mark before a writer's names alone (``□ 周文涛``): a contributor's or commentator's
    byline, under the headline or after the last paragraph. Each name starts with a surname
    (after other marks than □, one of the hundred commonest, which a marked label or caption,
    ``■关注``, ``■商品车``, seldom does)."""
    surnames = _SURNAMES if head.strip() == "□" else _COMMON_SURNAMES  # □ marks writers; ■ labels too
    return (bool(head.strip()) and bool(tokens) and len(tokens) <= 3
            and all(t.kind == "name" and t.text[0] in surnames and len(t.text) <= 3 for t in tokens))


def signs_off(line: str) -> bool:
    """A mark, a space and a writer's names with any surname (``■ 舒远``): a commentary's
    signature where it stands right after the last paragraph, with nothing after it (a
    label, ``■ 章程``, has its text under it)."""
    head, core, close = _core(fold(line.strip()))
    tokens = _tokens(core)
    return (head[:1] in MARKS and head[-1:] in (" ", "\u3000") and not close and bool(tokens) and len(tokens) <= 3
            and all(t.kind == "name" and t.text[0] in _SURNAMES and len(t.text) <= 3 for t in tokens))


def signer(line: str) -> str:
    """Who signs at the end, by kind: "学生" (a school and class), "读者" (a reader), "office"
    (an office in brackets), or "" for anything else. Items of one column signed alike."""
    head, core, close = _core(fold(line.strip()))
    if close and _SOURCE.match(core):
        return "office"
    tokens = _tokens(core) or []
    return tokens[0].text if tokens and tokens[0].kind == "role" and tokens[0].text in ("学生", "读者") else ""


def byline_words(line: str) -> list[str]:
    """The roles, names and closing words of a byline, in order ([] when it is none)."""
    return [t.text for t in _tokens(_core(line)[1]) or []]


# where a story came from, in brackets at its end: （据新华社）, （来源：央视新闻）, （据《人民日报》）,
# （综合新华社、人民网报道）; or the office that signs a reply or a note: （松岭市住建局）, （问政工作室）
_SOURCE = re.compile(
    r"^(?:(?:据|来源[:：]|稿件来源[:：]|转自)\s?[^\s（）()，。]{2,20}|综合\S{2,30}?(?:报道|消息)?"
    r"|[\u4e00-\u9fff]{2,20}?(?:局|厅|委员会|委|办公室|办事处|办|处|工作室|室|院|所|中心|公司|集团|协会|学会|政府|街道|编辑部))$"
)


_LABEL_LINE = re.compile(r"^【[^【】\s]{2,12}】$")  # 【记者调查】: a subhead's label, no byline


def is_byline(line: str) -> bool:
    """True when the whole line is a byline (see the module docstring), or a story's source
    in brackets (``（据新华社）``), which closes it as a byline does and names no one."""
    text = fold(line.strip())
    if not text or len(text) > MAX_BYLINE or _LABEL_LINE.match(text):
        return False
    head, core, close = _core(text)
    if close and _SOURCE.match(core):
        return True
    if not close and not head.strip() and not _may_open(core):
        return False  # what would follow cannot make it valid: spare the full reading
    tokens = _tokens(core)
    if not (_valid(tokens, bool(close)) or _signed(head, tokens)):
        return False
    if not close and tokens[0].text == "读者" and "读者" not in core:
        return False  # a place and a name sign a letter in brackets only
    spaced = bool(_SPACES.search(_TEACHER.sub(r"\1 ", core))) or "/" in core or bool(head.strip()) or bool(close)
    # unmarked, unbracketed and unspaced (记者节, 记者走基层) reads as a headline, not a byline
    return spaced or len(tokens) == 1


def _may_open(core: str) -> bool:
    """True when an unbracketed byline could start with ``core``'s first word: a role,
    or a role after a paper's name (``_valid`` wants a role first)."""
    first = _SPACES.split(core.strip(), maxsplit=1)[0]
    return bool(_role_at(first) or _AGENCY.match(first) or _CLASS.match(first))


def is_opening_byline(line: str) -> bool:
    """True for a line that opens a byline and may be wrapped onto the next line: a mark or
    an opening bracket followed by a role (``□记者 董梅雪 报``, ``（记者 张``), or roles and
    names with a word cut short after them (``本报记者 黄丽娟　本``, ``文/图 记者 宋``)."""
    text = fold(line.strip())
    if not text or len(text) > MAX_BYLINE:
        return False
    head, core, _ = _core(text)
    core = core.lstrip(OPENERS)
    opened = bool(head.strip()) or text[0] in OPENERS
    first = _SPACES.split(core)[0] or "-"
    if opened and bool(_role_at(core) or _AGENCY.match(first) or _READER.match(first)):
        return True
    words = _SPACES.split(core.strip())
    start = _tokens(" ".join(words[:-1])) if len(words) >= 2 else None
    return bool(start) and start[0].kind == "role" and (len(start) > 1 or "/" in start[0].text)


def closes_article(line: str) -> bool:
    """A byline of the form printed at the end of an article: in brackets (``（记者 张某）``),
    a role alone (``本报评论员``) or a writer's signature (``文/刘思远``). Where it stands
    decides: after a paragraph it closes that article, under a headline it opens one."""
    head, core, close = _core(fold(line))
    tokens = _tokens(core)
    signature = bool(tokens) and (all(t.kind == "role" for t in tokens) or tokens[0].text in ("文/", "学生")
                                  or (len(tokens) > 1 and tokens[-1].text in _CREDIT_AFTER))
    return bool(close) or _signed(head, tokens) or signature


_SIGNATURE = re.compile(r"[（(]((?:[\u4e00-\u9fff·]{2,4}[\s、]?){1,3})[）)]$")


def signature(text: str) -> str:
    """A writer's name in brackets ending a commentary (``……大作用。（马骏）``), or "" (not
    a serial's （未完待续）)."""
    m = _SIGNATURE.search(text.rstrip())
    if not m or m.start() == 0 or text[: m.start()].rstrip()[-1:] not in "。！？”":
        return ""
    names = _SPACES.split(m.group(1).replace("、", " ").strip())
    return m.group() if all(_is_name(n) and not _role_at(n) for n in names) else ""


_BRACKETED_END = re.compile(r"[（(][^（）()]{2,40}[）)]$")


def end_byline(text: str) -> str:
    """The byline ending a paragraph, as printed: its article's in brackets
    (``……。（记者 张某）``, not a photographer's credit) or its writer's signature; ""."""
    text = text.replace("\n", "").rstrip()
    end = _BRACKETED_END.search(text)
    if end and end.start() > 0 and is_byline(end.group()) and not credit(end.group()):
        return end.group()
    return signature(text)


def ends_signed(text: str) -> bool:
    """True when a paragraph ends with its article's byline: the article ends there."""
    return bool(end_byline(text))


def credit(text: str) -> str:
    """A photographer's credit ending a caption, as printed (``（记者 赵明 摄）``,
    ``本报记者 郑国梁 摄``), or ""."""
    tail = re.split(r"[。！？]", text.rstrip())[-1].strip()
    if not fold(tail).endswith(("摄", "摄）", "摄)", "摄影", "摄影）")):
        return ""
    by = parse_byline(tail)
    return tail if by.photographers else ""


# who drew a cartoon (漫画), printed alone under its title: 作者：欧阳帆, 漫画/欧阳帆, 欧阳帆 绘
_DRAWN = re.compile(r"^(?:(?:作者|漫画|绘图|绘画|画)\s?[：:/]\s?([\u4e00-\u9fff·]{2,6})|([\u4e00-\u9fff·]{2,6})\s?绘)$")


def drawn_by(text: str) -> Byline | None:
    """The credit of a drawing as its whole text, with the artist as its author, or None."""
    text = text.strip()
    m = _DRAWN.match(fold(text))
    name = m and (m.group(1) or m.group(2))
    return Byline(text, (name,)) if name and _is_name(name) else None


def _paper(prefix: str) -> str:
    """The paper named before a role (``青岛日报/观海新闻`` -> ``青岛日报``), not ``本报``."""
    name = prefix.split("/")[0]
    return name if name.endswith("报") and name != "本报" else ""


def parse_byline(line: str) -> Byline:
    """Split a byline into reporters (记者 and other roles), correspondents (通讯员),
    photographers (摄, 文/图) and the paper it names; the byline keeps its printed form,
    with ideographic spaces, other spaces made plain."""
    text = re.sub(r"[^\S\u3000]+", " ", line.strip())  # no-break and other spaces print as one space
    words = fold(text).rstrip("：:")  # 记者 X 报道：, printed before the text it leads into
    authors: list[str] = []
    correspondents: list[str] = []
    photographers: list[str] = []
    paper = ""
    role = ""
    credits = ""  # what the names after a credit word did: "both" after 文/图, "text" after 文/, "photo" after 图/
    recent: list[str] = []
    for chunk in re.split(r"(?<=[）)])\s+|(?<=[）)])(?=[（(])|\s+(?=[（(])", words):  # not inside 五年级（3）班
        core = _core(chunk)[1]
        tokens = [] if _SOURCE.match(core) else _tokens(core) or []
        for k, token in enumerate(tokens):
            if token.kind == "role" and k == len(tokens) - 1 and token.text in _CREDIT_AFTER:
                named = [t.text for t in tokens[:k] if t.kind == "name"]  # 记者 林涛 通讯员 蒋文 文/图: all of them
                photographers.extend(n for n in named if n not in photographers)
                continue
            if token.kind == "role":
                role = token.text
                credits = _CREDITS.get(role, _CREDITS.get(token.prefix, credits))  # 图/本报记者: read as one token
                paper = paper or _paper(token.prefix)
                recent = []
            elif token.kind == "name":
                recent.append(token.text)
                if not role:  # （马骏）: a signature names its writer
                    authors.append(token.text)
                    continue
                if role in _UNRECORDED:
                    continue
                if role in _CORRESPONDENT:
                    correspondents.append(token.text)
                elif role in {"摄", "摄影"} or credits == "photo":
                    photographers.append(token.text)  # 图/本报记者 Y: Y took the pictures
                else:
                    authors.append(token.text)
                    if credits == "both" or (role in _PHOTO and role not in _CREDITS):
                        photographers.append(token.text)
            elif token.text.startswith("摄"):  # 记者 X 摄: the names just read took the picture
                for name in recent:
                    if name not in photographers:
                        photographers.append(name)
                    if name in authors and role not in _PHOTO:
                        authors.remove(name)
    return Byline(text, tuple(authors), tuple(correspondents), paper, tuple(photographers))
