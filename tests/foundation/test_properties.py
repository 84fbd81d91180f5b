"""Properties of the reader and the segmenter on any input (hypothesis): nothing crashes,
every character of a decoded page is kept, the same input gives the same output.
The example counts are modest so that the suite stays fast; the README tells how to run
a longer search."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.errors import BuildError
from generator.ingest.reader import decode_text, strip_controls
from generator.records import IssueMeta, Page
from generator.segment import segment_page

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# page text: CJK, the punctuation and marks the segmenter looks for, ASCII, spaces and line ends
PAGE_CHARS = st.one_of(
    st.sampled_from(list("本报记者通讯员讯电日月年第版上下接转（）()□■　 \n\t。，、！？“”《》—>>《《0123456789")),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
)
# text as a page may hold it: any character but control characters, surrogates and a BOM
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff") | st.sampled_from("\n\t"),
               max_size=300)


@FUZZ
@given(st.binary(max_size=2000))
def test_any_bytes_decode_or_are_named(data):
    try:
        first = decode_text(data, "seeds/x.txt")
    except BuildError as exc:
        assert str(exc).startswith("ingest: seeds/x.txt: cannot decode the text")
        return
    assert decode_text(data, "seeds/x.txt") == first
    assert "\r" not in first


@FUZZ
@given(TEXT, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_every_character_of_a_decoded_page_is_kept(text, encoding):
    assert decode_text(text.encode(encoding)) == text


@FUZZ
@given(st.text(max_size=300))
def test_control_characters_are_counted_and_nothing_else_goes(text):
    kept, removed = strip_controls(text)
    assert len(kept) + removed == len(text)
    assert all(c in "\t\n" or not (ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F) for c in kept)


@FUZZ
@given(st.text(PAGE_CHARS, max_size=600))
def test_any_page_text_is_segmented_the_same_way_twice(text):
    page = Page(source="seeds/x.txt", text=text, given=IssueMeta())
    try:
        first = segment_page(page, "本报")
    except BuildError as exc:
        assert "the page has no text" in str(exc)
        assert not text.strip()
        return
    assert segment_page(page, "本报") == first


@pytest.mark.parametrize("encoding", ["gb18030", "gbk"])
def test_chinese_text_in_gb_encodings_is_kept(encoding):
    text = "　　本报9月9日讯 区第三届人大常委会召开第十四次会议。\n（下转第二版）\n"
    assert decode_text(text.encode(encoding)) == text
