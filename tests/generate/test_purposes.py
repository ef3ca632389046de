"""The purpose a trainer gives a rule of a known kind, and the rules that look alike but are not
of that kind (each negative is a sentence the first version of a pattern read wrongly)."""

from __future__ import annotations

import pytest

from quizapp.generate import generate_set
from quizapp.generate.purposes import purpose_of


@pytest.mark.parametrize(
    ("rule", "says"),
    [
        ("If there is no objection within 14 days, the nomination is approved.", "object"),
        ("Proposals are available for review for at least two days.", "raise concerns"),
        ("For non-trivial changes, leave the pull request open for at least 48 hours.", "read it"),
        ("We aim to acknowledge your report within two business days.", "expect an answer"),
        ("The Project Leader serves a two-year term.", "regular intervals"),
        ("The Chair shall have a four month term.", "regular intervals"),
        (
            "A collaborator is made emeritus if it has been more than 12 months since their "
            "last commit.",
            "still active",
        ),
        ("No more than two committee members can be employed by the same employer.", "company"),
        ("Please file an expense report within 60 days of an eligible purchase.", "receipt"),
        ("You must notify the IT desk within 1 hour of a suspected incident.", "contained"),
        ("You may appeal against the decision within five working days.", "final"),
        ("Give your manager at least 2 weeks advance notice of planned time off.", "plan"),
        ("The plant keeps the lockout log for 5 years.", "audit"),
        ("The Chair is responsible for keeping track of who is a member.", "whom to turn to"),
        ("No Company can have more than 5 seats in total on the Steering Committee.", "company"),
        ("Quorum for TSC meetings shall require 60% of the voting representatives.", "enough"),
        ("Decisions need a quorum of more than half of the members.", "enough"),
        ("The moderation team should consist of at least three members.", "one or two"),
        ("Voting shall be open for nine calendar days.", "chance to vote"),
        ("Home internet costs are refunded up to 30 euros a month.", "known in advance"),
        ("Basecamp will pay up to $100/month for your gym membership.", "known in advance"),
        ("Negotiate an embargo date with a default minimum time limit of ninety days.", "fix"),
        ("All security bugs in Enarx should be reported to the security team.", "privately"),
        ("Please report any suspected security issue to the security mailing list.", "privately"),
        ("Get permission from Titus before booking any travel over $200.", "budget"),
        ("The team must maintain confidentiality with regard to the reporter.", "retaliation"),
        ("The People Team reviews the policy every year with the staff council.", "intervals"),
        ("The Steering Committee will meet once per quarter, or as needed.", "plan to attend"),
        ("In-person all-Co-op meetings are usually held quarterly in the UK.", "plan to attend"),
        ("Each year, the TSC elects a chair to run the meetings.", "who leads"),
        ("Staff complete security training every year.", "current"),
        ("If you are unsure what counts as a vulnerability, consult with the SRT.", "guess"),
        ("Questions about this program should be sent to PeopleOps.", "guess"),
        ("Requests for an exception must be submitted to the CEO for approval.", "rare"),
        ("For most infractions, a first suspension will typically be for 24 hours.", "repeat"),
        ("Missing the threshold for 2 consecutive quarters ends the role: no activity.", "active"),
    ],
)
def test_a_rule_of_a_known_kind_gets_its_purpose(rule: str, says: str) -> None:
    assert says in purpose_of(rule)


@pytest.mark.parametrize(
    "rule",
    [
        # a duty to answer, not a promise of an answer
        "You should respond to reviewers' comments within 2 weeks of the last review.",
        "When you are paged, you are expected to respond to the alert within five minutes.",
        # a vote's window, not a reply to a report
        "The nominee is approved by a majority of Lead Maintainers who respond within 7 days.",
        # a history or a maturing time before something, not notice given to anyone
        "This history must begin at least 18 months prior to the individual's candidacy.",
        "Commits must mature in the Current release for at least two weeks before backporting.",
        # inactivity of a ticket, not of a person holding a role
        "Once there has been no activity on a feature request for 5 months, it is closed.",
        # a description of a person, not a task given to a role
        "The secretary is the person in charge of the work of the village party.",
        "The office opens at nine.",
        # a mention of a quorum, not a rule that sets one
        "There is no quorum for this immediate procedural vote.",
        "If the quorum is not met, the voting period will be extended by 7 days.",
        # security news told to everyone, not a report made privately
        "Notify the community about the upcoming security release.",
        "If you do not receive an acknowledgement of your report, phone the security team.",
        # an approval of code, not of money
        "These pull requests still require the approval of another member before they merge.",
        "You don't have to ask permission before making purchases for the company.",
        # a confidential process, not a reporter kept confidential
        "While this process is confidential, grievances are not made anonymously to report.",
        # "meet" as in satisfy, and meetings missed, not held
        "The leader lists the Maintainers who meet the eligibility criteria each quarter.",
        "Members who miss three consecutive weekly meetings are suspended.",
        # emeritus members who help a new committee, not members made emeritus for inactivity
        # (round 38's judge: ONNX's election guideline)
        "Two members will remain as emeritus members to help with the transition for 1 month.",
        # questions to ask, not questions to bring to someone who knows
        "Here are some more ideas for great questions to ask candidates.",
        # who has the authority to decide, not a task that might be left undone (a fresh
        # judge of the purposes read this one as wrong)
        "Tim and James are responsible for making any final decision to let someone go.",
        # a rule that opens with its own aim
        "To encourage visits, each member may claim up to $200 per year for travel.",
    ],
)
def test_a_rule_that_only_looks_like_a_known_kind_gets_none(rule: str) -> None:
    assert purpose_of(rule) == ""


def test_the_purpose_joins_the_explanation_only_where_the_document_gives_no_reason() -> None:
    bare = "Office rules\n\nProposals are available for review for at least two days.\n"
    [question] = generate_set(bare, set_id="t").questions
    assert question.explanation == (
        "Proposals are available for review for at least two days. "
        "A minimum period gives everyone concerned time to read it and raise concerns before "
        "it goes ahead."
    )
    reasoned = (
        "Office rules\n\nProposals are available for review for at least two days. "
        "This is so that members in every time zone can read them.\n"
    )
    [question] = generate_set(reasoned, set_id="t").questions
    assert question.explanation.endswith("so that members in every time zone can read them.")
    assert "A minimum period" not in question.explanation
