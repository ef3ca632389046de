"""A small native set with a source document, written fresh into a test's folder."""

from __future__ import annotations

from pathlib import Path

SOURCE = "Safety first\n\nWear a helmet on site. Six people were hurt last year.\n"

SET = """\
format: quizapp-set/1
id: safety
title: Site safety
source: safety.txt
questions:
  - id: q-helmet
    type: single
    prompt: What do you wear on site?
    choices:
      - {text: A helmet, correct: true, feedback: Right}
      - {text: A cap}
      - {text: Sandals}
      - {text: Nothing special}
    explanation: The rule names the helmet.
    quote: Wear a helmet on site.
    span: [14, 36]
    highlight: [21, 27]
  - id: q-where
    type: single
    prompt: Where do you wear a helmet?
    choices:
      - {text: On site, correct: true}
      - {text: At home}
      - {text: In the office}
    explanation: The rule is for the site.
    quote: Wear a helmet on site.
    span: [14, 36]
  - id: q-which
    type: multiple
    prompt: Which words appear in the rule?
    choices:
      - {text: helmet, correct: true}
      - {text: site, correct: true}
      - {text: gloves}
      - {text: boots}
    explanation: Both words are in it.
    quote: Wear a helmet on site.
    span: [14, 36]
  - id: q-count
    type: short
    prompt: How many people were hurt last year?
    answers: [six]
    explanation: The text gives the number.
    quote: Six people were hurt last year.
    span: [37, 68]
    highlight: [37, 40]
"""


def write_sample_set(folder: Path) -> Path:
    (folder / "safety.txt").write_text(SOURCE, encoding="utf-8")
    path = folder / "safety.yaml"
    path.write_text(SET, encoding="utf-8")
    return path
