"""A photographer's credit wrapped inside a caption keeps its words apart, as printed."""

from __future__ import annotations

import pytest

from generator.segment.units import join_caption


@pytest.mark.parametrize("lines, printed", [
    (["■市民在花展上拍照留念。（记者", "郑国梁 摄）"], "■市民在花展上拍照留念。（记者 郑国梁 摄）"),
    (["■市民在花展上拍照留念。（记者 郑国梁", "摄）"], "■市民在花展上拍照留念。（记者 郑国梁 摄）"),
    (["■市民在花展上拍照留念。（记者 郑国", "梁 摄）"], "■市民在花展上拍照留念。（记者 郑国梁 摄）"),  # a name cut in two
    (["■海关关员清点查获的侵权商品。记者", "郑国梁 摄"], "■海关关员清点查获的侵权商品。记者 郑国梁 摄"),
    (["■海关关员清点查获的", "侵权商品。记者 郑国梁 摄"], "■海关关员清点查获的侵权商品。记者 郑国梁 摄"),  # wrapped before the credit
    (["■海关关员清点查获的", "侵权商品。"], "■海关关员清点查获的侵权商品。"),  # no credit
])
def test_a_wrapped_credit_reads_as_printed(lines, printed):
    assert join_caption(lines) == printed
