"""Item and test statistics with Moodle's definitions, as pure functions over a marks matrix.

Moodle's quiz statistics (question/classes/statistics/questions/calculator.php and
mod/quiz/report/statistics) are what trainers compare against, so the figures follow them:
sample formulas (n - 1), facility and standard deviation as percentages of the question's
maximum mark, the discrimination index as 100 x the correlation of a question's mark with the
rest of the test (the attempt's total less this question), the discriminative efficiency as
that covariance over the largest covariance the same marks could have had (both lists sorted),
and for the test Moodle's skewness, kurtosis and coefficient of internal consistency
(Cronbach's alpha). Every figure that a formula cannot give (too few attempts, no spread) is
None rather than 0 or NaN, so a table shows a blank instead of a wrong number.

`marks[i][j]` is attempt i's mark on question j, or None when attempt i was not asked
question j (attempts draw their questions from a set): a question's figures then use only
the attempts that were asked it. The same figures come from sums a database aggregates
(`ItemSums`), so item statistics of 100,000 attempts need not load them all.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

Marks = Sequence[Sequence[float | None]]

# Values closer than this (a millionth of a mark, or of a percent) are the same value: marks of
# a third added up in another order differ in the last bit, and a correlation of that rounding
# noise is no discrimination. Real marks differ by far more.
SAME = 1e-6
FLAG_DECIMALS = 6

# Where Moodle's report (and every item-analysis text) says a question needs a look.
TOO_HARD_BELOW = 20.0
TOO_EASY_ABOVE = 95.0
WEAK_DISCRIMINATION_BELOW = 20.0


class ItemFlag(StrEnum):
    """Why a question is worth a trainer's look."""

    TOO_HARD = "too_hard"  # facility under 20%
    TOO_EASY = "too_easy"  # facility over 95%
    LOW_DISCRIMINATION = "low_discrimination"  # discrimination index under 20%


@dataclass(frozen=True)
class ItemStatistics:
    """One question's figures; percentages are 0-100, None where undefined."""

    attempts: int  # how many of the attempts were asked this question
    facility: float | None  # mean mark as % of the maximum mark
    sd: float | None  # sample standard deviation of the mark, as % of the maximum mark
    discrimination_index: float | None  # 100 x corr(mark, rest of the test)
    discriminative_efficiency: float | None  # 100 x cov / the largest possible cov
    flags: tuple[ItemFlag, ...]


@dataclass(frozen=True)
class TestStatistics:
    """The whole test's figures over the attempts' scores in percent (skewness and kurtosis
    have no unit; cronbach_alpha is Moodle's CIC, in percent)."""

    __test__ = False  # a result type, not a pytest class

    attempts: int
    mean: float | None
    median: float | None
    sd: float | None
    skewness: float | None
    kurtosis: float | None
    cronbach_alpha: float | None
    error_ratio: float | None
    standard_error: float | None


@dataclass(frozen=True)
class ItemSums:
    """What a database can aggregate for one question over the attempts asked it.

    x is the question's mark, r the rest of the attempt's marks (total less x). The sorted
    cross sum pairs the k-th smallest x with the k-th smallest r: the most the covariance
    could be, which the discriminative efficiency divides by (a sort, not a sum, so the
    caller works it out with `sorted_cross_sum`). Minimum and maximum tell a constant column
    exactly, where a variance from sums would be a rounding error away from zero (see SAME).

    A database counts how many attempts had each (x, r) pair in one grouped pass (`from_counts`
    adds those up): marks take few values, so that is a few rows per question however many
    attempts there are.
    """

    attempts: int
    sum_x: float
    sum_xx: float
    sum_r: float
    sum_rr: float
    sum_xr: float
    sorted_sum_xr: float
    min_x: float
    max_x: float
    min_r: float
    max_r: float

    @classmethod
    def from_counts(cls, counts: Sequence[tuple[float, float, int]]) -> ItemSums:
        """The sums from (x, r, how many attempts had them) rows."""
        x_counts: dict[float, int] = {}
        r_counts: dict[float, int] = {}
        for x, r, n in counts:
            x_counts[x] = x_counts.get(x, 0) + n
            r_counts[r] = r_counts.get(r, 0) + n
        return cls(
            attempts=sum(n for _, _, n in counts),
            sum_x=math.fsum(x * n for x, _, n in counts),
            sum_xx=math.fsum(x * x * n for x, _, n in counts),
            sum_r=math.fsum(r * n for _, r, n in counts),
            sum_rr=math.fsum(r * r * n for _, r, n in counts),
            sum_xr=math.fsum(x * r * n for x, r, n in counts),
            sorted_sum_xr=sorted_cross_sum(list(x_counts.items()), list(r_counts.items())),
            min_x=min(x_counts, default=0.0),
            max_x=max(x_counts, default=0.0),
            min_r=min(r_counts, default=0.0),
            max_r=max(r_counts, default=0.0),
        )

    def mark_variance(self) -> float | None:
        """The sample variance of the mark; None with fewer than two attempts."""
        n = self.attempts
        if n < 2:
            return None
        if self.max_x - self.min_x < SAME:
            return 0.0
        return max((self.sum_xx - self.sum_x * self.sum_x / n) / (n - 1), 0.0)


def item_statistics(marks: Marks, max_marks: Sequence[float]) -> list[ItemStatistics]:
    """Every question's figures, in the order of `max_marks` (the matrix's columns)."""
    _check_shape(marks, max_marks)
    totals = [math.fsum(m for m in row if m is not None) for row in marks]
    result = []
    for j, max_mark in enumerate(max_marks):
        x: list[float] = []
        r: list[float] = []
        for row, total in zip(marks, totals, strict=True):
            mark = row[j]
            if mark is not None:
                x.append(mark)
                r.append(total - mark)
        result.append(_item_from_columns(x, r, max_mark))
    return result


def _item_from_columns(x: list[float], r: list[float], max_mark: float) -> ItemStatistics:
    n = len(x)
    mean_x = math.fsum(x) / n if n else 0.0
    mean_r = math.fsum(r) / n if n else 0.0
    if n < 2:
        return _item(n, mean_x, max_mark, None, None, None, None)
    dx = [v - mean_x for v in x]
    dr = [v - mean_r for v in r]
    var_x = _constant_or(x, math.fsum(d * d for d in dx) / (n - 1))
    var_r = _constant_or(r, math.fsum(d * d for d in dr) / (n - 1))
    cov = math.fsum(a * b for a, b in zip(dx, dr, strict=True)) / (n - 1)
    cov_max = math.fsum(
        (a - mean_x) * (b - mean_r) for a, b in zip(sorted(x), sorted(r), strict=True)
    ) / (n - 1)
    return _item(n, mean_x, max_mark, var_x, var_r, cov, cov_max)


def item_statistics_from_sums(sums: ItemSums, max_mark: float) -> ItemStatistics:
    """The same figures as `item_statistics` gives, from one question's aggregated sums."""
    n = sums.attempts
    mean_x = sums.sum_x / n if n else 0.0
    if n < 2:
        return _item(n, mean_x, max_mark, None, None, None, None)
    mean_r = sums.sum_r / n
    var_x = sums.mark_variance()
    var_r = 0.0 if sums.max_r - sums.min_r < SAME else (sums.sum_rr - sums.sum_r * mean_r) / (n - 1)
    cov = (sums.sum_xr - sums.sum_x * mean_r) / (n - 1)
    cov_max = (sums.sorted_sum_xr - sums.sum_x * mean_r) / (n - 1)
    return _item(n, mean_x, max_mark, var_x, max(var_r, 0.0), cov, cov_max)


def _item(
    n: int,
    mean_x: float,
    max_mark: float,
    var_x: float | None,
    var_r: float | None,
    cov: float | None,
    cov_max: float | None,
) -> ItemStatistics:
    """Moodle's figures from the moments: a zero spread on either side leaves the
    correlation and the efficiency undefined (None), as Moodle leaves them null."""
    facility = 100 * mean_x / max_mark if n and max_mark > 0 else None
    sd = 100 * math.sqrt(var_x) / max_mark if var_x is not None and max_mark > 0 else None
    discrimination = efficiency = None
    if var_x and var_r and cov is not None:  # both spread out (and so n > 1)
        discrimination = 100 * cov / math.sqrt(var_x * var_r)
        if cov_max:
            efficiency = 100 * cov / cov_max
    return ItemStatistics(
        n, facility, sd, discrimination, efficiency, _flags(facility, discrimination)
    )


def _flags(facility: float | None, discrimination: float | None) -> tuple[ItemFlag, ...]:
    """Flags from the figures as shown (to six decimals): a discrimination of exactly 20%
    reached by two ways of summing must not fall either side of the line by rounding error."""
    facility = None if facility is None else round(facility, FLAG_DECIMALS)
    discrimination = None if discrimination is None else round(discrimination, FLAG_DECIMALS)
    flags = []
    if facility is not None and facility < TOO_HARD_BELOW:
        flags.append(ItemFlag.TOO_HARD)
    if facility is not None and facility > TOO_EASY_ABOVE:
        flags.append(ItemFlag.TOO_EASY)
    if discrimination is not None and discrimination < WEAK_DISCRIMINATION_BELOW:
        flags.append(ItemFlag.LOW_DISCRIMINATION)
    return tuple(flags)


def sorted_cross_sum(
    x_counts: Sequence[tuple[float, int]], r_counts: Sequence[tuple[float, int]]
) -> float:
    """Σ x_(k) r_(k), the k-th smallest x times the k-th smallest r, from how often each value
    occurs: a database groups and counts the values, and the pairing of the two sorted lists
    is then a merge of runs rather than a sort of every attempt."""
    xs = sorted(x_counts)
    rs = sorted(r_counts)
    if sum(c for _, c in xs) != sum(c for _, c in rs):
        raise ValueError("both columns must count the same attempts")
    total = []
    i = j = 0
    left_x = xs[0][1] if xs else 0
    left_r = rs[0][1] if rs else 0
    while i < len(xs) and j < len(rs):
        run = min(left_x, left_r)
        total.append(xs[i][0] * rs[j][0] * run)
        left_x -= run
        left_r -= run
        if left_x == 0:
            i += 1
            left_x = xs[i][1] if i < len(xs) else 0
        if left_r == 0:
            j += 1
            left_r = rs[j][1] if j < len(rs) else 0
    return math.fsum(total)


def test_statistics(marks: Marks, max_marks: Sequence[float]) -> TestStatistics:
    """The test's figures: the attempts' scores as a percentage of what they were asked, and
    Cronbach's alpha when every attempt was asked the same questions (otherwise None: alpha
    compares the spread of totals over the same questions)."""
    _check_shape(marks, max_marks)
    percents = []
    totals = []
    for row in marks:
        asked = [(m, top) for m, top in zip(row, max_marks, strict=True) if m is not None]
        possible = math.fsum(top for _, top in asked)
        if possible > 0:
            totals.append(math.fsum(m for m, _ in asked))
            percents.append(100 * totals[-1] / possible)
    columns = [[m for row in marks if (m := row[j]) is not None] for j in range(len(max_marks))]
    items = [column for column in columns if column]  # a question nobody was asked is no item
    alpha = None
    if items and all(len(column) == len(marks) for column in items):
        alpha = cronbach_alpha([_variance(column) for column in items], totals)
    return score_statistics(percents, alpha)


def cronbach_alpha(item_variances: Sequence[float | None], totals: Sequence[float]) -> float | None:
    """Moodle's coefficient of internal consistency, in percent: 100 p/(p-1) (1 - Σ var_j /
    var_total) over attempts that were all asked the same p questions."""
    p = len(item_variances)
    total_variance = _variance(totals)
    if p < 2 or not total_variance or any(v is None for v in item_variances):
        return None
    share = math.fsum(v for v in item_variances if v is not None) / total_variance
    return 100 * p / (p - 1) * (1 - share)


def score_statistics(percents: Sequence[float], cronbach_alpha: float | None) -> TestStatistics:
    """Mean, median and the higher moments of the scores (Moodle's k-statistics: skewness
    k3 / k2^1.5 from three attempts, kurtosis k4 / k2² from four), and the error ratio and
    standard error that follow from alpha."""
    s = len(percents)
    if s == 0:
        return TestStatistics(0, None, None, None, None, None, None, None, None)
    mean = math.fsum(percents) / s
    median = statistics.median(percents)
    sd = skewness = kurtosis = error_ratio = standard_error = None
    if s > 1:
        deviations = [p - mean for p in percents]
        power2 = 0.0 if _same(percents) else math.fsum(d**2 for d in deviations)
        sd = math.sqrt(power2 / (s - 1))
        m2 = power2 / s
        k2 = s * m2 / (s - 1)
        if s > 2 and k2 > 0:
            m3 = math.fsum(d**3 for d in deviations) / s
            k3 = s * s * m3 / ((s - 1) * (s - 2))
            skewness = k3 / k2**1.5
            if s > 3:
                m4 = math.fsum(d**4 for d in deviations) / s
                k4 = s * s * ((s + 1) * m4 - 3 * (s - 1) * m2 * m2) / ((s - 1) * (s - 2) * (s - 3))
                kurtosis = k4 / (k2 * k2)
        if cronbach_alpha is not None:
            error_ratio = 100 * math.sqrt(max(0.0, 1 - cronbach_alpha / 100))
            standard_error = error_ratio * sd / 100
    return TestStatistics(
        s, mean, median, sd, skewness, kurtosis, cronbach_alpha, error_ratio, standard_error
    )


def _variance(values: Sequence[float]) -> float | None:
    n = len(values)
    if n < 2:
        return None
    mean = math.fsum(values) / n
    return _constant_or(values, math.fsum((v - mean) ** 2 for v in values) / (n - 1))


def _constant_or(values: Sequence[float], variance: float) -> float:
    """Exactly 0 for a list of one value (see SAME)."""
    return 0.0 if _same(values) else variance


def _same(values: Sequence[float]) -> bool:
    return max(values) - min(values) < SAME


def _check_shape(marks: Marks, max_marks: Sequence[float]) -> None:
    for i, row in enumerate(marks):
        if len(row) != len(max_marks):
            raise ValueError(f"attempt {i} has {len(row)} marks for {len(max_marks)} questions")
