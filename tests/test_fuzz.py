"""Fuzzing segmentation and cue detection: no exception, and no super-linear time.

Hypothesis runs derandomized (the same examples on every run) with a modest
budget, so the suite stays fast and deterministic. Growth is checked, never one
wall-clock ratio near a limit: the CPU time of the process (not wall time, so
other processes on the machine do not count) is taken at four sizes n, 2n, 4n
and 8n, best of three each, and the growth exponent is the least-squares slope
of log(time) against log(size). Linear code gives about 1, quadratic code about
2; the bar is 1.6, so a single timing would have to be off by a factor of four
to fail linear code. The smallest run is grown until it takes at least 2 ms.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer.offline.cues import detect
from summarizer.text.normalize import normalize
from summarizer.text.segment import segment

FUZZ = settings(max_examples=300, derandomize=True, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])
# Characters the segmenter and the cue patterns treat specially, and some they do not.
_SPECIAL = ".!?…;:,\"'“”‘’«»()[]—–-$€%\n\t \u00a0\u200b\u202e\ufeff\r"
_LETTERS = "aAeEsSuUtT0123 "
text_strategy = st.text(
    alphabet=st.one_of(st.sampled_from(_SPECIAL + _LETTERS), st.characters()), max_size=400
)
word_soup = st.lists(
    st.sampled_from(["U.S.", "Mr.", "said", "sources", "claim", "allegedly", "(", ")", "\"",
                     "“", "”", "...", "?!", "Jan.", "The", "critics", "\n\n", "3.5", "%",
                     "according to", "—", "'", "e.g.", "A.", "most", "not"]),
    max_size=80,
).map(" ".join)


@FUZZ
@given(st.one_of(text_strategy, word_soup))
def test_segment_never_fails_and_keeps_its_invariants(text: str) -> None:
    spans = segment(text)
    previous_end = 0
    for span in spans:
        assert previous_end <= span.start < span.end <= len(text)
        assert not text[span.start].isspace() and not text[span.end - 1].isspace()
        previous_end = span.end
    covered = "".join(text[s.start : s.end] for s in spans)
    assert "".join(covered.split()) == "".join(text.split())


@FUZZ
@given(st.one_of(text_strategy, word_soup))
def test_cue_detection_never_fails_and_offsets_hold(text: str) -> None:
    # Offsets refer to the normalised view the cues are matched on (the sentence itself for
    # plain text); the view maps them back into the sentence as written.
    found = detect(text)
    assert found.view is not None
    if normalize(text).text == text:
        assert found.text == text
    for cue in found.cues:
        assert 0 <= cue.start <= cue.end <= len(found.text)
        assert found.text[cue.start : cue.end] == cue.text
        start, end = found.view.original_span(cue.start, cue.end)
        assert 0 <= start <= end <= len(text)
        assert cue.text in normalize(text[start:end]).text
    for start, end in found.quote_spans:
        assert 0 <= start < end <= len(found.text)


def _best_time(func: Callable[[str], object], text: str) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        func(text)
        best = min(best, time.process_time() - started)
    return max(best, 1e-6)


_SCALES = (1, 2, 4, 8)
MAX_GROWTH = 1.6  # linear is 1, quadratic 2


def growth_exponent(sizes: list[int], times: list[float]) -> float:
    """The least-squares slope of log(time) against log(size)."""
    xs = [math.log(n) for n in sizes]
    ys = [math.log(t) for t in times]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread


def _assert_linear(func: Callable[[str], object], block: str, size: int = 4000) -> None:
    copies = max(1, size // len(block))
    small = _best_time(func, block * copies)
    while small < 0.002 and copies * len(block) < 250_000:
        copies *= 4  # grow until the small run is long enough to time against noise
        small = _best_time(func, block * copies)
    if small < 0.002:
        return  # fast at a quarter of a megabyte: fast enough whatever the curve
    sizes = [copies * scale for scale in _SCALES]
    times = [small, *(_best_time(func, block * n) for n in sizes[1:])]
    exponent = growth_exponent(sizes, times)
    assert exponent < MAX_GROWTH, (
        f"{block!r}: time grows as n^{exponent:.2f} over sizes {sizes} "
        f"({', '.join(f'{t * 1000:.1f}' for t in times)} ms)")


def test_the_growth_exponent_tells_linear_from_quadratic() -> None:
    """The measure itself, on made-up timings: deterministic, no clock involved."""
    sizes = [1000, 2000, 4000, 8000]
    assert growth_exponent(sizes, [0.01, 0.02, 0.04, 0.08]) == pytest.approx(1.0)
    assert growth_exponent(sizes, [0.01, 0.04, 0.16, 0.64]) == pytest.approx(2.0)
    noisy = [0.01, 0.02, 0.04, 0.08 * 3]  # linear code, last timing 3x too slow: still passes
    assert growth_exponent(sizes, noisy) < MAX_GROWTH


# Blocks that once made (or could make) a regex backtrack: runs of terminators,
# opening brackets and quotes without their closing mark, abbreviations, long words.
PATHOLOGICAL = [".", "?!", "!?\"", "(", "[", "“", "‘", "\"", "'", "a", "U.S.", "Mr. ", "...",
                "…", ". ", "\n", "\n\n", " ", "A. ", "a.", ".\"", "—", "(a) ", "said ",
                "sources say ", "1,000 ", "$", "%", "most ", "\u200b", "Jan. "]


@pytest.mark.parametrize("block", PATHOLOGICAL)
def test_segmentation_time_is_linear(block: str) -> None:
    _assert_linear(segment, block)


@pytest.mark.parametrize("block", PATHOLOGICAL)
def test_cue_detection_time_is_linear(block: str) -> None:
    _assert_linear(detect, block)


@settings(max_examples=15, derandomize=True, deadline=None)
@given(st.text(alphabet=".!?\"'“”()[] \naAU", min_size=1, max_size=5))
def test_generated_blocks_keep_both_linear(block: str) -> None:
    _assert_linear(segment, block, size=3000)
    _assert_linear(detect, block, size=3000)
