"""What the generator found, kept and dropped in each section, for the trainer to read.

A trainer signing a generated bank needs to see what it covers and what it leaves out: per
section, the statements found (duties, figures, definitions ...), the questions kept, and the
candidates dropped with the reason, so a thin section can be filled by hand.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from quizapp.generate import Analysis
from quizapp.generate.candidates import Candidate
from quizapp.generate.plain import visible
from quizapp.generate.quality import UNEXPLAINED
from quizapp.generate.text import word_count

_KIND_NAMES = {
    "duty": "duties",
    "prohibition": "prohibitions",
    "permission": "permissions",
    "fact": "facts",
    "identity": "roles",
    "definition": "definitions",
}


@dataclass
class SectionReport:
    title: str
    words: int
    found: Counter[str] = field(default_factory=Counter)
    kept: list[Candidate] = field(default_factory=list)
    dropped: Counter[str] = field(default_factory=Counter)
    # Drafts dropped only for want of a reason: a trainer who knows why can write it and keep
    # the question.
    unexplained: list[Candidate] = field(default_factory=list)
    # Statements no draft was made of: no question form the checks trust fits them (the
    # answer too long to type, the holder the document's own subject, no case to ask in).
    unasked: Counter[str] = field(default_factory=Counter)
    unasked_examples: list[str] = field(default_factory=list)


def section_reports(analysis: Analysis) -> list[SectionReport]:
    text = analysis.document.text
    reports = {
        section.title: SectionReport(section.title, word_count(text[section.start : section.end]))
        for section in analysis.document.sections
    }
    for statement in analysis.statements:
        report = reports.get(statement.section.title)
        if report is not None:
            report.found[_KIND_NAMES[statement.kind]] += 1
    drafted = [verdict.draft.quote for verdict in analysis.verdicts]
    for statement in analysis.statements:
        report = reports.get(statement.section.title)
        start, end = statement.quote
        if report is None or any(s <= start and end <= e for s, e in drafted):
            continue
        report.unasked[_KIND_NAMES[statement.kind]] += 1
        if len(report.unasked_examples) < MAX_EXAMPLES:
            report.unasked_examples.append(_opening(visible(text[start:end])))
    for verdict in analysis.verdicts:
        report = reports.get(verdict.draft.section)
        if report is None:
            continue
        if verdict.kept:
            report.kept.append(verdict.draft)
        else:
            report.dropped[verdict.reason] += 1
            if verdict.reason == UNEXPLAINED:
                report.unexplained.append(verdict.draft)
    return list(reports.values())


def format_report(reports: list[SectionReport]) -> str:
    """The report as plain text, one block per section."""
    lines: list[str] = []
    for report in reports:
        found = ", ".join(f"{n} {kind}" for kind, n in sorted(report.found.items())) or "nothing"
        lines.append(f"== {report.title} ({report.words} words)")
        lines.append(f"   found: {found}")
        lines.append(f"   kept {len(report.kept)}:")
        lines.extend(f"     - [{d.family}] {d.prompt}" for d in report.kept)
        if report.dropped:
            lines.append(f"   dropped {sum(report.dropped.values())}:")
            lines.extend(f"     - {n} x {reason}" for reason, n in report.dropped.most_common())
        if report.unexplained:
            lines.append("   would be kept with a reason written by hand:")
            lines.extend(f"     - [{d.family}] {d.prompt}" for d in report.unexplained)
        if report.unasked:
            unasked = ", ".join(f"{n} {kind}" for kind, n in sorted(report.unasked.items()))
            lines.append(f"   not asked ({unasked}): no question form fits, for example")
            lines.extend(f'     - "{example}"' for example in report.unasked_examples)
        lines.append("")
    return "\n".join(lines)


MAX_EXAMPLES = 3
OPENING_WORDS = 14


def _opening(quote: str) -> str:
    """The first words of a statement's sentence as a reader sees it (no link targets or
    emphasis marks), enough for a trainer to find it."""
    shown = " ".join(quote.split())
    cut = shown.split(" ")
    return shown if len(cut) <= OPENING_WORDS else " ".join(cut[:OPENING_WORDS]) + " ..."
