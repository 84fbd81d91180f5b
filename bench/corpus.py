"""Newspaper-like seed pages at any size, for benchmarks.

    python bench/corpus.py DEST --articles 5000 [--seed 1]

writes ``DEST/seeds/``: one text file per printed page, named by date and page
(``2020-01-01-p03-qdrb.txt``), and ``DEST/seeds/manifest.yml`` naming each page's
paper. ``DEST`` then builds like any archive (copy ``themes/`` and ``archive.yml``
beside it and run ``python -m generator build --root DEST``).

The pages look like the bundled seeds (``seeds/*.txt``): hard-wrapped columns of
12-16 characters, paragraphs indented with two ideographic spaces, a dateline
(``本报3月5日讯`` or ``本报讯``) opening the body, a ``□记者`` byline (sometimes with a
``通讯员``) closing it, the headline printed after the body, blank lines between
articles. The words are drawn by frequency from jieba's bundled dictionary (the
common words as common as in running text, a long tail of rare ones), with numbers,
percentages and the odd Latin abbreviation mixed in, so every article is different
and the vocabulary grows with the archive as a real one does. The same arguments
give the same pages.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import itertools
import random
import re
from pathlib import Path

import jieba

PAPERS = (("qdrb", "青岛日报"), ("xhab", "青岛西海岸报"), ("xhaxw", "西海岸新闻"))
PAGES_PER_ISSUE = 8
ARTICLES_PER_PAGE = (3, 7)
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金"
    "石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍申尤毕"
    "聂柴焦向柳邢岳齐沿梅莫庄辛管祝左涂谷祁时舒耿牟卜路詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位覃霍翁隋植甘景薄单包司柏"
    "宁柯阮桂闵欧阳解强丛华车冉房边辜吉饶刁瞿戚丘古米池滕晋苑邬臧畅宫来嵺苟全褚廉简娄盖符奚木穆党燕郎邸冀谈姬屠连郁晏栾郜蔺"
)
ABBREVIATIONS = ("AAA", "GDP", "5G", "AI", "APP", "CEO", "PPP", "ETC", "CBD", "VR")
PUNCTUATION = "，，，，、、；"


class Vocabulary:
    """Han words of jieba's dictionary drawn by their frequency."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        words, weights = [], []
        with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as f:
            for line in f:
                word, freq, *_ = line.split()
                if re.fullmatch(r"[\u4e00-\u9fff]+", word):
                    words.append(word)
                    weights.append(int(freq))
        self.words = words
        self.cumulative = list(itertools.accumulate(weights))
        single = [w for _, w in sorted((-f, w) for w, f in zip(words, weights, strict=True) if len(w) == 1)]
        self.given = single[:1500]  # the commonest characters, for given names

    def draw(self, k: int) -> list[str]:
        total = self.cumulative[-1]
        return [self.words[bisect.bisect(self.cumulative, self.rng.random() * total)] for _ in range(k)]

    def name(self) -> str:
        return self.rng.choice(SURNAMES) + "".join(self.rng.choices(self.given, k=self.rng.choice((1, 2, 2))))


def sentence(v: Vocabulary) -> str:
    rng = v.rng
    words = v.draw(rng.randint(6, 22))
    out = []
    for i, w in enumerate(words):
        out.append(w)
        roll = rng.random()
        if roll < 0.04:
            out.append(f"{rng.randint(2, 999)}{rng.choice(('个', '项', '家', '万元', '%', '亿元', '人次'))}")
        elif roll < 0.05:
            out.append(rng.choice(ABBREVIATIONS))
        if 0 < i < len(words) - 1 and rng.random() < 0.12:
            out.append(rng.choice(PUNCTUATION))
    return "".join(out) + rng.choice("。。。。！？")


def wrap(paragraph: str, width: int) -> list[str]:
    """A paragraph as printed in a column: indented, cut every ``width`` characters,
    a punctuation mark that would open a line kept at the end of the one before."""
    text = "\u3000\u3000" + paragraph
    lines: list[str] = []
    i = 0
    while i < len(text):
        end = i + width
        while end < len(text) and text[end] in "，、；。！？":
            end += 1
        lines.append(text[i:end])
        i = end
    return lines


def article(v: Vocabulary, day: dt.date, width: int) -> str:
    rng = v.rng
    paragraphs = ["".join(sentence(v) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(3, 9))]
    dateline = "本报讯" if rng.random() < 0.3 else f"本报{day.month}月{day.day}日讯"
    paragraphs[0] = f"{dateline} {paragraphs[0]}"
    byline = f"□记者 {v.name()}" + (f" 通讯员 {v.name()}" if rng.random() < 0.3 else "") + " 报道"
    lines = [line for p in paragraphs for line in wrap(p, width)]
    lines[-1] += " \u3000\u3000" + byline
    headline = "".join(v.draw(rng.randint(3, 7)))
    head = [headline] if len(headline) <= 20 or rng.random() < 0.5 else [headline[: len(headline) // 2], headline[len(headline) // 2 :]]
    return "\n".join(lines) + "\n\n" + "\n".join(head)


def write_corpus(dest: Path, articles: int, seed: int = 1, start: dt.date = dt.date(2020, 1, 1)) -> dict:
    """Write about ``articles`` articles as seed pages under ``dest/seeds``; returns
    {pages, articles, days}."""
    rng = random.Random(seed)
    v = Vocabulary(rng)
    seeds = dest / "seeds"
    seeds.mkdir(parents=True, exist_ok=True)
    manifest, written, pages, day = [], 0, 0, start
    while written < articles:
        for (code, paper), page in itertools.product(PAPERS, range(1, PAGES_PER_ISSUE + 1)):
            if written >= articles:
                break
            n = min(rng.randint(*ARTICLES_PER_PAGE), articles - written)
            width = rng.randint(12, 16)
            text = "\n\n".join(article(v, day, width) for _ in range(n)) + "\n"
            name = f"{day.isoformat()}-p{page:02d}-{code}.txt"
            (seeds / name).write_text(text, encoding="utf-8")
            manifest.append(f"{name}: {{paper: {paper}}}")
            written += n
            pages += 1
        day += dt.timedelta(days=1)
    (seeds / "manifest.yml").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    return {"pages": pages, "articles": written, "days": (day - start).days}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dest", type=Path)
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    print(write_corpus(args.dest, args.articles, args.seed))


if __name__ == "__main__":
    main()
