"""One tokenizer in two languages: Python at index time, JavaScript at query time."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from generator.search.tokenizer import normalize, term_hash, tokenize

JS = Path(__file__).resolve().parents[2] / "generator" / "search" / "assets" / "tokenizer.js"

SAMPLES = [
    "青岛积极创建全省市级现代水网示范区",
    "区人大常委会党组书记、主任佟海燕主持会议。",
    "拥有2个专用泊位和6个通用泊位,可供4艘大型滚装船同时作业",
    "第40个教师节：ＡＢＣ１２３ ｆｕｌｌ－ｗｉｄｔｈ，ＡＡＡ级景区",
    "Café crème, naïve façade; ÉCOLE Ñandú ÅSTRÖM 12345",
    "表情😀🇨🇳👍🏽不分词1️⃣ＯＫ",
    "全角\u3000空格\u00a0与\t制表\n换行",
    "“引号”《书名》（括号）【方括号】——破折号……省略号",
    "℃与㎡、①②③、Ⅻ、ﬁ连字、ｶﾀｶﾅ、한국어、русский ΣΊΣΥΦΟΣ",
    "生僻字𠮷野家𡈽与扩展区〇〇七、々",
    "<script>alert(\"x\")</script>不可执行",
    "AAA级 12345 abc_def-ghi x.y@z.cn 3.14 2024-09-09",
    "",
    "   ",
]


def js_tokens(texts: list[str], node: str) -> list[list]:
    code = (f"const t = require({json.dumps(str(JS))});"
            "const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
            "process.stdout.write(JSON.stringify(input.map(s => [t.normalize(s), t.tokenize(s), "
            "t.tokenize(s).map(t.termHash)])));")
    out = subprocess.run([node, "-e", code], input=json.dumps(texts), capture_output=True, text=True, check=True, timeout=30)
    return json.loads(out.stdout)


def test_python_and_javascript_agree(node):
    js = js_tokens(SAMPLES, node)
    for text, (js_norm, js_toks, js_hashes) in zip(SAMPLES, js, strict=True):
        assert normalize(text) == js_norm, text
        assert tokenize(text) == js_toks, text
        assert [term_hash(t) for t in tokenize(text)] == js_hashes, text  # the same term shard on both sides


@pytest.mark.parametrize(("text", "tokens"), [
    ("营商环境", ["营", "营商", "商", "商环", "环", "环境", "境"]),
    ("水", ["水"]),
    ("ＡＢＣ１", ["a", "ab", "b", "bc", "c", "c1", "1"]),
    ("第40个", ["第", "4", "40", "0", "个"]),
    ("Café，水网😀x", ["c", "ca", "a", "af", "f", "fé", "é", "水", "水网", "网", "x"]),
    ("全角\u3000空格", ["全", "全角", "角", "空", "空格", "格"]),
    ("℃", ["c"]),  # ° is a symbol: a separator
    ("𠮷野", ["𠮷", "𠮷野", "野"]),
    ("，。！", []),
])
def test_rules(text, tokens):
    assert tokenize(text) == tokens
