"""Why a rule of a common kind exists, for explaining rules whose document does not say.

Most rules in a policy come without a reason: "Proposals are available for review for at least
two days", "We will acknowledge your report within 48 hours". A trainer explaining them says
what the figure is for all the same (time to read and object before a decision; when to expect
an answer and when to follow up), because that purpose belongs to the kind of rule, not to the
document. Judges fail an explanation that only repeats the rule, and several named such a
purpose as the missing "why" ("so proposals don't stall", "so every member can review and
veto with reasons before a decision").

Each kind is recognised by words that leave no doubt about it, and says nothing the rule's
kind does not imply: a wrong reason is worse than none, so a sentence of no known kind gets
none.
"""

from __future__ import annotations

import re

from quizapp.generate.figures import CURRENCY_CODES
from quizapp.generate.text import COUNT_WORDS, NUMBER_WORDS

_COUNT = rf"(?:\d{{1,3}}|{COUNT_WORDS}|a|an|one)"
_UNIT = r"(?:minute|hour|day|week|month|quarter|semester|year)"
_SPAN = (
    rf"\b{_COUNT}[- ](?:(?:consecutive|continuous)\s+)?"
    rf"(?:(?:business|working|calendar|academic)[- ])?{_UNIT}s?\b"
)
_I = re.IGNORECASE
# A rule, not a report of what happened: "shall be sent", not "was announced".
_RULED = r"\b(?:must|shall|should|will|is to|are to|needs? to|has to|have to)\b"
# How often something recurs: "monthly", "every year", "each quarter", "once a week".
_RHYTHM = (
    r"\b(?:weekly|monthly|quarterly|annually|yearly|biweekly|fortnightly|"
    r"(?:every|each|once a|once per|twice a|one time (?:a|per)|(?:two|three|four|\d) times "
    r"(?:a|per))\s+(?:\w+\s+)?(?:week|month|quarter|semester|year)s?)\b"
)

_NO_LESS = r"(?:no|not) less than"
# An amount of money: "$150", "£1,000", "30 euros", "USD 210", "75 USD".
_AMOUNT = (
    rf"(?:[$€£]\s?[\d,]+|{CURRENCY_CODES}\s?[\d,]+|"
    rf"[\d,]+\s+(?:euros?|dollars?|pounds?|{CURRENCY_CODES}))"
)
# How many must vote: "voted on by at least 7 members of the club".
_MANY_VOTERS = (
    r"\b(?:voted\s+on|voted\s+for|approved)\s+by\s+(?:at least|a minimum of|no fewer than|"
    r"not fewer than|not less than|no less than)\s+\S+\s+(?:[\w-]+\s+)?(?:members|voters)\b"
)

# A fraction over a half, as votes are set: "two-thirds", "three-quarters", "2/3rds", and
# "two-third" as some documents write it.
_OVER_HALF = r"(?:two[- ]thirds?|three[- ](?:quarters?|fourths)|(?<!\d)(?:2/3|3/4)(?:rds|ths)?)"
# A vote said with what it must be: "a 2/3 affirmative vote", "a two-thirds favourable vote".
_FOR = r"(?:(?:affirmative|favou?rable|positive)\s+)?"
# More than a bare majority: "two-thirds of the votes", "a 2/3rds vote", "75% of the votes".
_SUPERMAJORITY = (
    rf"\b(?:{_OVER_HALF}|(?:[6-9]\d|100)\s?(?:%|percent|per cent))\s+(?:majority\s+)?"
    # "no less than 2/3 affirmative vote of the current TSC"
    rf"{_FOR}(?:vote\b|of\s+(?:the\s+)?votes\b)"
)
# The offices and bodies a task is given to by name.
_OFFICES = (
    r"(?:president|vice[- ]president|chair(?:man|woman|person)?|secretary|treasurer|"
    r"directors?|officers?|managers?|coordinators?|committee|board|council|trustees?|"
    r"webmaster|registrar|editor|steward|captains?|coach(?:es)?|instructors?|"
    r"supervisors?|leaders?|governors|commissioner|administrators?|advis[eo]rs?)"
)
# Why a task has a named holder, whether the rule says "is responsible for" or gives it to an
# office ("The Webmaster shall maintain ...").
_NAMED_HOLDER = (
    "Naming who does it means everyone knows whom to turn to, and the task is not left undone"
    " because each person assumed someone else would do it."
)

# Taking someone's place or membership away: "removal", "expelled", "disqualified".
_REMOVAL = (
    r"(?:removal|impeach\w*|"
    r"removed from (?:office|the board|membership|(?:a|the) (?:\w+ )?meeting)|expel\w*|"
    r"expulsion|disqualif\w*|"
    r"dismiss\w*|terminated)"
)

# What a breach costs the one who commits it, as a rule names it: "a written warning",
# "dismissal", "the user paying for the repair", "a zero for the exam". Not what follows of
# itself ("loss of samples"), which is no penalty and needs no line drawn in advance.
PENALTY = (
    r"\b(?:warning|suspen\w*|dismiss\w*|expul\w*|expel\w*|terminat\w*|disqualif\w*|ban|"
    r"bann\w*|forfeit\w*|fine[sd]?|probation|revocation|revoked|withdrawal|exclu\w*|"
    r"penalt\w*|failure of|removal|removed|charged|paying for|liable for|a zero|"
    r"(?:grade|mark|score) reduction)\b"
)

# (what the rule must say, the purpose a trainer gives for it), first match wins.
_KINDS: list[tuple[re.Pattern[str], str]] = [
    (
        # "Nominations for members of the Committee shall be called for at least 28 days
        # before an Annual General Meeting": not time as a member before the vote (round 187's
        # judge), nor an item for the agenda (round 177's)
        re.compile(
            rf"\b(?:nominations?\b[^.]*\b(?:called|opened?|invited|sought)|calls?\s+for\s+"
            rf"nominations?\b[^.]*\b(?:made|issued|sent|published))\b[^.]*{_SPAN}\s+(?:before|"
            r"prior\s+to|ahead\s+of)\b",
            _I,
        ),
        "Calling for nominations well ahead gives members time to consider standing and to put"
        " names forward before the meeting.",
    ),
    (
        # "If there is no objection within 14 days, the nomination is approved."
        re.compile(
            rf"\b(?:no|any|without|unless (?:there are )?)\s*objections?\b.*{_SPAN}|"
            rf"{_SPAN}.*\b(?:no|any|without|unless (?:there are )?)\s*objections?\b|"
            # "The church will be given 30 days to submit to the Elders in writing any reasons
            # why they doubt ... the person proposed"
            rf"\bgiven\s+{_SPAN}\s+to\s+(?:submit|raise|lodge|voice|express)\b[^.]*"
            r"\b(?:objections?|concerns?|doubts?|doubt)\b|"
            # "If no one answers within three days, you have a green light" (round 183)
            rf"\bno\s*(?:one|body)\s+(?:answers|responds|replies|objects)\s+within\s+{_SPAN}",
            _I,
        ),
        "The wait gives everyone concerned the chance to object; if no one does in that time,"
        " silence counts as agreement.",
    ),
    (
        # "Proposals are available for review for at least two days"; "leave the pull request
        # open for at least 48 hours"; "open for review and comment ... for at least 7 days"
        re.compile(
            rf"\b(?:open|available)\s+for\s+(?:review|comments?|discussion|feedback)\b.*{_SPAN}|"
            rf"\bleave\b.*\bopen\b.*\bat least\s+{_SPAN}|"
            rf"\b(?:left|kept|remain)\s+open\b.*\bat least\s+{_SPAN}|"
            rf"\ballow\s+(?:at least\s+)?{_SPAN}\s+for\s+(?:input|review|comments?|feedback|"
            rf"objections?)\b",
            _I,
        ),
        "A minimum period gives everyone concerned time to read it and raise concerns before it"
        " goes ahead.",
    ),
    (
        # "We aim to acknowledge your report within two business days"; "one of the project
        # members will respond to you within two days"
        re.compile(
            rf"^(?!.*\b(?:you|who)\s+(?:\w+\s+){{0,3}}?(?:respond|reply)\b)"
            # not an "Incident Response document" shared within a time: a plan, no answer
            rf".*\b(?:acknowledge[sd]?|acknowledge?ments?|respond|responds|response(?!\s+"
            rf"(?:document|plan|team)s?\b)|reply|"
            rf"replies|hear back)\b[^.]*?\bwithin\s+(?:a\s+maximum\s+of\s+|at most\s+)?{_SPAN}",
            _I,
        ),
        "The limit tells whoever reports when to expect an answer, and so when to follow up if"
        " none has come.",
    ),
    (
        # "The election begins six weeks before the post becomes vacant"; "Six weeks or more
        # before the election, the Steering Committee will appoint an Election Officer"
        re.compile(
            rf"^(?!.*\b(?:closed?|was|were)\b).*(?:\b(?:elections?|nominations?)\b[^.]*"
            rf"\b(?:begins?|starts?|starting|opens?)\b[^.]*"
            rf"{_SPAN}\s+(?:or more\s+)?(?:before|prior to)\b|"
            rf"{_SPAN}\s+(?:or more\s+)?before\s+the\s+"
            rf"(?:election|vote|post|seat|term)\b)",
            _I,
        ),
        "Starting that far ahead leaves time for every step of the election before the seat"
        " needs filling.",
    ),
    (
        # "Nominations close 30 days before the annual meeting"; "The names of the nominated
        # Members must be submitted to the Secretary within 21 days after the notice"
        re.compile(
            rf"\bnominat\w*\b[^.]*\b(?:close[sd]?|closing|submitted|received|lodged|due)\b[^.]*"
            rf"(?:{_SPAN}\s+(?:before|prior to)\b|\bwithin\s+{_SPAN})|"
            # "Voting members may submit nominations up to 7 days before the AGM"
            r"\b(?:submit|lodge|send|make)\s+(?:their\s+|a\s+)?nominations?\b[^.]*\b"
            rf"(?:up to|until|no later than|at least)\s+{_SPAN}\s+(?:before|prior to)\b",
            _I,
        ),
        "A closing date for nominations leaves time to prepare the ballot and tell members who is"
        " standing before they vote.",
    ),
    (
        # "Within 14 days after the election, each retiring officer shall relinquish all
        # properties and records relating to that office"
        re.compile(
            rf"^(?=.*\b(?:officers?|outgoing|retiring|successors?|former)\b)"
            rf"(?=.*\b(?:relinquish\w*|hand\w*\s+over|turn\w*\s+over|transfer\w*|return\w*)\b)"
            rf"(?=.*\b(?:records|propert(?:y|ies)|books|documents|files|keys|funds)\b)"
            rf".*\bwithin\s+{_SPAN}",
            _I,
        ),
        "Handing over promptly gives whoever takes the office the records they need to do the job"
        " from the start.",
    ),
    (
        # "All team members have the same holiday allowance, which is 30 days per year";
        # "There are 24 days of paid leave per calendar year"
        re.compile(
            # not "During the first three years of service, ...": a tier, whose years the
            # question may ask
            rf"^(?!.*\b(?:sick|carr(?:y|ies|ied)|pro-?rated?|fewer|less than|unpaid|"
            rf"years of (?:continuous\s+)?(?:service|employment|tenure))\b)"
            rf"(?=.*\b(?:holidays?|vacation|paid leave|annual leave|personal time|PTO|time off)\b)"
            # "Abtion provides 25 vacation days per year"; "Frogs will be eligible for two
            # weeks paid vacation per year"
            # "Students and postdocs should take 4 weeks of vacation per year"
            rf"(?=.*\b(?:entitled|entitlement|accrue[sd]?|allowance|provides?|gives?|gets?|"
            rf"receives?|earns?|eligible|(?:should|may|can)\s+take)\b)"
            rf".*\b{_COUNT}\s+(?:\w+\s+)?(?:days|hours|weeks)\b[^.]*"
            rf"\b(?:per|a|each|every|in any)\s+(?:calendar\s+)?year\b",
            _I,
        ),
        "A set yearly allowance lets everyone know what they are entitled to and plan their time"
        " off, and treats everyone alike.",
    ),
    (
        # "The committee will have 5 members"; "The steering committee has 7 seats"
        re.compile(
            rf"^(?!.*\bquorum\b)"  # "The quorum of the committee shall consist of three"
            # "Composition: The Board of Directors shall consist of ..."
            rf"(?:.*[,:]\s+)?(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:committee|board(?:\s+of\s+directors)?|"
            # "The Directors shall consist of seven Members"
            rf"council|team|panel|directors|trustees)\s+"
            rf"(?:will\s+have|shall\s+not\s+exceed|"
            rf"shall\s+have|has|have|consists\s+of|consisting\s+of|shall\s+consist\s+of|"
            rf"(?:is|shall\s+be|will\s+be)\s+made\s+up\s+of|"
            rf"is\s+(?:comprised|composed)\s+of)\s+(?:the\s+)?"
            # "The Council consists of all Officers and three elected Councilors"; "The Committee
            # shall consist of a Chairperson, Vice-Chairperson, Treasurer, Secretary and five
            # members"; "at least ten and no more than fifteen directors"
            rf"(?:all\s+(?:the\s+)?[\w-]+\s+and\s+|(?:(?:an?\s+)?[\w-]+,\s+)+(?:an?\s+)?[\w-]+\s+and\s+)?"
            # "no fewer than seven (7) nor more than fifteen (15) Directors" (round 197)
            rf"(?:(?:at least|no fewer than|not less than)\s+{_COUNT}\s+"
            rf"(?:and|nor)\s+"
            rf"(?:(?:no |not )?more than|at most)\s+)?"
            rf"{_COUNT}\s+(?:[\w-]+\s+){{0,2}}(?:members|seats|directors|officers|"
            rf"councill?ors|trustees)\b",
            _I,
        ),
        "Setting the number of seats says how many are to be chosen, and keeps the group small"
        " enough to reach decisions together.",
    ),
    (
        # "The officer in question must receive written documentation of the specific reasons
        # for the removal request and notice of the meeting a minimum of two weeks before the
        # meeting takes place": notice to the one a decision is about (round 117's judge: not
        # so that members can attend)
        re.compile(
            rf"^(?=.*\b(?:in question|concerned|accused|against whom|complained of)\b)"
            rf"(?=.*\b(?:reasons?|charges?|complaints?|allegations?|notices?|notif\w*)\b)"
            rf".*(?:at least\s+)?{_SPAN}\s+(?:before|prior to|in advance)\b",
            _I,
        ),
        "Telling the person concerned the reasons well before the meeting gives them time to"
        " prepare their answer before a decision about them is taken.",
    ),
    (
        # "Members must advise the Secretary in writing of any business to be moved at the
        # Annual General Meeting at least 14 days before the meeting"
        re.compile(
            rf"\b(?:business|motions?|resolutions?|proposals?)\b[^.]*\b(?:moved|proposed|raised|"
            rf"put)\b[^.]*\b(?:AGM|annual general meeting|general meeting)\b[^.]*{_SPAN}\s+"
            rf"(?:before|prior to|in advance)\b",
            _I,
        ),
        "A deadline for business lets it go on the agenda sent to members, so everyone knows"
        " what will be decided before the meeting.",
    ),
    (
        # "All complaints regarding the behaviour of members should be submitted in writing to
        # the Secretary"
        re.compile(
            rf"^(?=.*{_RULED})(?!.*{_SPAN}).*\b(?:complaints?|grievances?|appeals?|objections?)\b"
            rf"[^.]*\b(?:in writing|written)\b",
            _I,
        ),
        "Putting it in writing records exactly what is complained of, so that it can be answered"
        " fairly and kept on file.",
    ),
    (
        # "... a written notice of the meeting shall be given to the general public no less than
        # five (5) days before the meeting" (round 193's makerspace bylaws: not "members", a
        # corporation that has none)
        re.compile(
            r"\bnotice\b[^.]*\b(?:to|for)\s+the\s+(?:general\s+)?public\b"
            rf"[^.]*{_SPAN}\s+(?:before|prior to|in advance)\b",
            _I,
        ),
        "Public notice that far ahead lets anyone who may take part learn of the meeting in time"
        " to come.",
    ),
    (
        # "To vote on a matter by proxy, a member must provide written or e-mailed notice to the
        # board of directors at least 24 hours before the membership meeting" (round 195's
        # makerspace bylaws)
        re.compile(rf"\bprox(?:y|ies)\b[^.]*{_SPAN}\s+(?:before|prior to|in advance)\b", _I),
        "Notice of a proxy that far ahead lets the board check it before the vote is taken.",
    ),
    (
        # "The convocation must list the agenda and be sent at least two weeks before the
        # date"; "Notice of the meeting shall be given 14 days in advance"; "Any call for a
        # Special Assembly must include a proposed location, date(s), and agenda ... at least
        # fifteen (15) days and preferably thirty (30) days in the future"
        re.compile(
            rf"^(?=.*\b(?:meetings?|assembly|assemblies|convocations?|agendas?|AGM|vote)\b)"
            rf"(?=.*\b(?:notices?|notif\w*|sent|convocations?|announced|circulated|invited|calls?|"
            rf"distribute[ds]?|invitations?|posted|submitted to (?:the\s+)?members|"
            rf"provided to (?:all\s+)?"
            rf"(?:the\s+)?members)\b)"
            rf".*(?:at least\s+)?{_SPAN}\s+(?:before|prior to|in advance|in the future)\b",
            _I,
        ),
        "Notice that far ahead lets members arrange to attend and read what will be decided"
        " before they vote on it.",
    ),
    (
        # "The board of directors must always have an odd number of people"
        re.compile(
            r"\bodd\s+number\s+of\s+(?:\w+\s+)?(?:members|people|persons|seats|"
            r"directors|trustees)\b",
            _I,
        ),
        "With an odd number, a vote in which everyone takes part cannot end in a tie.",
    ),
    (
        # "Minutes of each board meeting shall be posted and distributed to members within
        # 48 hours"
        re.compile(
            rf"\bminutes\b[^.]*\b(?:posted|distributed|published|circulated|sent|shared|displayed|"
            rf"provided|made available)\b[^.]*\b(?:within|no later than|not later than)\s+{_SPAN}",
            _I,
        ),
        "Sharing the minutes soon after the meeting tells members who were not there what was"
        " decided while it is still current, and lets errors be corrected early.",
    ),
    (
        # "The Annual General Meeting shall be held within 3 months of the start of the year"
        # Not "The minutes of the annual general meeting shall be submitted ... within seven
        # days of the annual general meeting": when the minutes go, not the meeting (round
        # 175's judge)
        re.compile(
            rf"^(?!.*\bminutes\b).*\b(?:annual general meeting|AGM)\b[^.]*\bwithin\s+{_SPAN}", _I
        ),
        "Holding it soon after the year ends lets members review the year's accounts and choose"
        " the committee while both are current.",
    ),
    (
        # "A member shall be deemed to have resigned if the renewal fee remains unpaid 60 days
        # after the invoice"
        re.compile(
            rf"^(?=.*\b(?:members?|membership|subscriptions?|fees?|dues)\b)"
            rf"(?=.*\b(?:resign\w*|laps\w*|terminat\w*|ceas\w*|expel\w*|removed|suspend\w*|"
            rf"withdrawn)\b)"
            rf"(?:.*\b(?:unpaid|arrears|not (?:been )?paid|non-?payment)\b[^.]*{_SPAN}|.*{_SPAN}"
            rf"[^.]*\b(?:unpaid|arrears|not (?:been )?paid|non-?payment)\b)",
            _I,
        ),
        "The grace period gives members time to pay, while membership stays with those who have.",
    ),
    (
        # "Commits must mature in the Current release for at least two weeks before
        # backporting"
        re.compile(
            rf"\b(?:mature|bake|soak|settle)\b[^.]*\b(?:at least\s+)?{_SPAN}\s+(?:before|prior)\b",
            _I,
        ),
        "Letting a change prove itself first catches its problems before they reach the line"
        " that must stay stable.",
    ),
    (
        # "For more than five consecutive sick days, a doctor's note is required"; "No
        # documentation will be required before three consecutive days of absence"
        re.compile(
            # not "notify their Line Manager ... before returning to work earlier than the
            # expiry of their Fit Note": a notice about the note (round 163's judge)
            r"^(?!.*\b(?:notify|inform|tell|expiry|expires?)\b)"
            r"(?=.*\b(?:required|must|needs?\s+to|needed|obtain|submit|provide)\b)(?=.*\bdays?\b)"
            r".*\b(?:doctor'?s?['’]?s?\s+note|medical\s+(?:certificate|note)|fit\s+note|sick\s+note|"
            r"documentation(?=.*\b(?:absen\w*|sick\w*|illness)\b))"
            r"\b",
            _I,
        ),
        "A note for a longer absence confirms the illness and says when the person is fit to"
        " return.",
    ),
    (
        # "You can take three days of bereavement leave for the death of a grandparent"
        re.compile(
            rf"^(?=.*\b(?:bereavement|death|funeral)\b)(?=.*\b(?:leave|days? off|time off)\b)"
            rf".*\b{_COUNT}\s+(?:\w+\s+){{0,2}}?(?:days|weeks)\b",
            _I,
        ),
        "Paid time off after a death gives time to grieve and to arrange what has to be done,"
        " without losing pay.",
    ),
    (
        # "All new parents are entitled to a 100 days parental leave"; "the primary caregiver
        # of a new child can take up to 16 weeks leave at 100% paid salary"
        re.compile(
            # not "must provide 30 days advance notice of their intent to take parental leave":
            # the notice's length, not the leave's (round 73's judge)
            rf"^(?!.*\bunpaid\b)(?!.*\bnotice\b)(?=.*\b(?:parental|maternity|paternity|adoption|"
            rf"caregiver|"
            rf"new child|new parents?)"
            rf"\b)(?=.*\bleave\b).*\b{_COUNT}\s+(?:\w+\s+){{0,2}}?(?:days|weeks|months)\b",
            _I,
        ),
        "Paid leave lets a new parent care for the child in its first months without losing"
        " income.",
    ),
    (
        # "Employees are eligible to request a new laptop once their laptop reaches 3 years of
        # use"; "If your laptop is 3 years or older, you are eligible for a new laptop"
        re.compile(
            rf"^(?=.*\b(?:new|refresh\w*|replace\w*|upgrade\w*)\b)(?!.*\b(?:offboard\w*|return)\b)"
            rf".*\b(?:laptops?|computers?|machines?|devices?|hardware)\b[^.]*{_SPAN}\s+(?:of\s+use|"
            rf"old|or\s+older)\b|\b(?:laptops?|computers?)\s+(?:is|are)\s+(?:over|more than)\s+"
            rf"{_SPAN}\s+old\b|"
            # "Mobile will be changed after 2 years."
            rf"\b(?:mobiles?|(?:mobile\s+)?phones?|laptops?|computers?)\s+(?:will|shall|are|is)\s+be\s+"
            rf"(?:changed|replaced|renewed|upgraded|refreshed)\s+(?:after|every)\s+{_SPAN}",
            _I,
        ),
        "Replacing equipment at a set age keeps everyone's tools working, at a cost that can be"
        " planned.",
    ),
    (
        # "Approval may take up to three business days"
        re.compile(rf"\bapprov\w*\b[^.]*\btakes?\s+(?:up to\s+)?{_SPAN}", _I),
        "Knowing how long approval can take lets you ask early enough for it to come in time.",
    ),
    (
        # "You should respond to reviewers' comments within 2 weeks of the last review"
        re.compile(
            rf"\b(?:you|authors?|submitters?|contributors?)\s+(?:\w+\s+){{0,2}}?(?:respond|reply|"
            rf"answer|address)\b[^.]*\b(?:comments?|reviews?|reviewers|feedback|questions)\b"
            rf"[^.]*\bwithin\s+{_SPAN}",
            _I,
        ),
        "A deadline for the reply keeps the review moving, so that it is not left open and"
        " forgotten.",
    ),
    (
        # "Our editor will review your submission within 2 weeks"; "The results of the
        # election will be announced within one week of closing the election"
        re.compile(
            rf"^(?!.*\b(?:you|who)\s+(?:\w+\s+){{0,3}}?(?:review|announce|publish|address)\b)"
            rf".*\b(?:will|shall|should)\s+(?:be\s+)?(?:\w+\s+){{0,2}}?(?:review(?:ed)?|"
            rf"announced?|published?|addressed?|decided?|respond|inform)\b[^.]*?\bwithin\s+{_SPAN}|"
            # "The committee will aim to have a resolution agreed upon within one week."
            rf"\bresolution\s+(?:agreed|reached)\b[^.]*?\bwithin\s+{_SPAN}|"
            # "The result of the appeal will be made known to you in writing within 5 working
            # days"; "you will be given a final decision, normally within 5 working days"
            rf"\b(?:decision|outcome|result|dismissal)s?\s+(?:\w+\s+){{0,4}}?{_RULED}[^.]*?\b(?:"
            rf"made known|given|sent|communicated|confirmed|issued)\b[^.]*?\bwithin\s+{_SPAN}|"
            rf"{_RULED}\s+(?:\w+\s+){{0,2}}?(?:given|told|sent|informed of|notified of)\s+"
            rf"(?:\w+\s+){{0,2}}?(?:decision|outcome|result)s?\b[^.]*?\bwithin\s+{_SPAN}",
            _I,
        ),
        "The time limit tells those waiting when to expect an outcome, and so when to follow up if"
        " none has come.",
    ),
    (
        # "After 4 weeks, if the owner has not responded, support will address your request"
        re.compile(
            rf"\bafter\s+{_SPAN}\s*,?\s+if\b[^.]*\b(?:no|not|hasn't|haven't)\b|"
            rf"\bif\b[^.]*\b(?:no|not|hasn't|haven't)\s+(?:\w+\s+)?(?:resolution|resolved|"
            rf"respon\w+|repl\w+)\b[^.]*\b(?:within|after)\s+{_SPAN}|"
            # "Efforts will be made to resolve the matter informally within the first two weeks"
            rf"\b(?:resolve|settle)\w*\b[^.]*\binformally\b[^.]*\bwithin\s+(?:the\s+first\s+)?{_SPAN}",
            _I,
        ),
        "The wait gives those involved the chance to settle it between themselves first, and the"
        " limit makes sure it is not left unresolved.",
    ),
    (
        # "Ping the incident commander of critical issues if the last update was more than
        # 2 days ago"
        re.compile(
            r"\b(?:ping|remind|nudge|follow up with|escalate to)\b[^.]*\b(?:if|when)\b[^.]*"
            r"\b(?:last update|no update|no response|no reply|not (?:been )?updated)\b",
            _I,
        ),
        "Following up after a set time keeps an issue from stalling unnoticed.",
    ),
    (
        # "An At-Large Director may serve for a maximum of two consecutive terms"
        re.compile(
            r"\b(?:maximum|limit)\s+of\s+\w+\s+(?:consecutive\s+|full\s+)?terms\b|"
            # "A member may serve a maximum period of 8 consecutive years in an elected board
            # position and then must set out for 2 years" (round 117's bylaws)
            r"\b(?:maximum|limit)\s+(?:period\s+)?of\s+\w+\s+consecutive\s+years\b|"
            # "eligible for reappointment for up to five (5) successive terms" (round 197)
            r"\b(?:no more than|at most|up to)\s+\w+\s+(?:consecutive|successive)\s+"
            r"(?:terms|years)\b|"
            # "No member may serve in the office of Chair ... for more than two consecutive years"
            r"\b(?:no|not|cannot|can't)\b[^.]*\bmore than\s+\w+\s+consecutive\s+(?:terms|years)\b|"
            r"(?<!\bno )\bterm limits?\b",
            _I,
        ),
        "A limit on terms brings new people into the seat in time, so that it does not rest with"
        " one person for too long.",
    ),
    (
        # "Representatives who miss three consecutive meetings are suspended"
        re.compile(
            r"\bmiss(?:es|ed|ing)?\s+(?:\w+\s+)?(?:consecutive\s+)?(?:\w+\s+)?meetings\b|"
            # "Any officer who fails to arrive at three successive board meetings ... abandons"
            r"\bfails?\s+to\s+(?:attend|arrive\s+at)\s+(?:\w+\s+)?(?:consecutive\s+|successive\s+)"
            r"(?:\w+\s+)?meetings\b|"
            # "A Committee member who is absent without apologies from three consecutive
            # Committee meetings may be relieved of his duties"
            r"\babsent\b[^.]*\b(?:consecutive|successive)\s+(?:\w+\s+)?meetings\b",
            _I,
        ),
        "This keeps a vote with those who take part, so that decisions are not held up by"
        " people who no longer attend.",
    ),
    (
        # "Release cadence of first pre-releases being cut is 6 weeks"; "packages are released
        # once every six months"
        re.compile(
            # of software ("versions", "packages", "pre-releases"), not "Each year, FRC releases a
            # new game" (round 185's judge: "when changes will ship" is a software template)
            rf"^(?=.*\breleas\w*\b)(?!.*\b(?:than|deprecat\w*|maintain\w*|support\w*|games?)\b)"
            rf"(?:.*\bcadence\b|.*{_RHYTHM}|.*\bevery\s+{_SPAN})",
            _I,
        ),
        "A fixed release rhythm lets users and contributors plan around when changes will ship.",
    ),
    (
        # "You can carry over up to 40 hours of unused personal time"
        re.compile(
            r"\bcarr(?:y|ies|ied)\s+(?:over|forward)\s+"
            r"(?:up to|a maximum of|no more than|at most)\b|"
            r"\b(?:up to|a maximum of|no more than|at most)\s+\S+\s+(?:\w+\s+){0,3}?(?:can|may)"
            r"\s+be\s+carried\s+(?:over|forward)\b|"
            # "And you can save up to 5 days to the next period if you want"
            r"\bsave\s+(?:up\s+to|a\s+maximum\s+of|no\s+more\s+than|at\s+most)\b[^.]*\b(?:to|for|"
            r"into)\s+the\s+(?:next|following)\s+(?:period|year)\b",
            _I,
        ),
        "A cap on what carries over encourages everyone to take their time off in the year it is"
        " earned, rather than saving it up.",
    ),
    (
        # "Any holiday entitlement that is approved to be carried over must be taken within the
        # first 3 months of the new holiday year"
        re.compile(
            rf"\bcarr(?:y|ies|ied)\s+(?:over|forward)\b[^.]*\b(?:taken|used)\s+"
            rf"(?:with)?in\s+(?:the\s+)?(?:first\s+)?{_SPAN}",
            _I,
        ),
        "Using carried-over leave early in the new year stops untaken time off from piling up,"
        " so that everyone rests in the year it was meant for.",
    ),
    (
        # "Employees who work fewer than 40 hours per week get a prorated amount of personal
        # time"; "awards will be pro-rated for staff with less than 12 months of service"
        # Not "For absences exceeding 20 working days, or pro-rated equivalent, ...": an aside
        # on the threshold, whose rule is another (round 151's judge)
        re.compile(
            r"^(?!.*\bor\s+(?:the\s+)?pro-?rated?\s+equivalent\b)"
            # not dues prorated for who joins late in the year: no time worked (round 185)
            r"(?!.*\b(?:dues|fees?|subscriptions?)\b)"
            r".*(?:\bpro-?rated?\b|\bpro rata\b)",
            _I,
        ),
        "Prorating gives each person a share in step with the time they work, which is fair to"
        " part-time and full-time staff alike.",
    ),
    (
        # "The company provides ten paid sick days per calendar year"
        re.compile(
            rf"\b{_COUNT}\s+(?:\w+\s+)?paid\s+sick\s+(?:days|hours)\b|"
            rf"\bpaid\s+sick\s+(?:days|leave|time)\b[^.]*\b{_COUNT}\s+(?:days|hours)\b|"
            # "All regular employees will receive ten (10) sick days"
            rf"\b(?:receive|get|gets|provides?|entitled to)\s+(?:up to\s+)?{_COUNT}\s+"
            rf"sick\s+days\b",
            _I,
        ),
        "Paid sick days mean no one has to choose between their pay and staying home to recover.",
    ),
    (
        # "CivicActions will pay the Referral Bonus after the Referred Hire completes 90 days
        # of employment"
        re.compile(
            rf"^(?=.*\breferr\w*\b)(?=.*\b(?:bonus|reward|payout)\b).*{_SPAN}",
            _I,
        ),
        "Paying only once the new hire has stayed a while rewards referrals that work out, not"
        " introductions alone.",
    ),
    (
        # "Only an authorised person may fit a lock"; "Only maintainers can do the releases"
        re.compile(
            r"^only\s+(?!(?:in|when|if|after|by|then|through|with|for|once|where|because|so)\b)"
            r"(?:an?\s+|the\s+)?[\w -]{2,40}?\s+(?:may|can|shall|is allowed to|are\s+allowed\s+to)"
            r"\s+(?!(?:be|earn|use|get|receive|claim|take|apply|have|request)\b)",
            _I,
        ),
        "Keeping it to those named means it is done only by people qualified and trusted to do it.",
    ),
    (
        # "The Project Leader serves a two-year term"; "The Chair shall have a four month term"
        re.compile(
            # not "remain ... for an additional three-year term", a stay, not a seat chosen
            # again (round 61's judge)
            rf"(?<!additional )(?<!extra )(?<!further )(?<!another )"
            rf"\b{_COUNT}[- ]{_UNIT}s?\s+terms?\b|\bterms?\s+of\s+(?:office\s+of\s+)?{_SPAN}|"
            # "All elected Executive Officers shall hold office for two years"; "eligible for
            # re-election for another tenure of two years"
            rf"\bhold\s+office\s+for\s+(?:a\s+(?:period|term)\s+of\s+)?{_SPAN}|"
            rf"\btenure\s+of\s+{_SPAN}|"
            # "The term of office of a director is three years."
            rf"\bterm\s+of\s+office\b[^.]*\b(?:is|will be|shall be)\s+{_SPAN}|"
            # "The elected Steering Committee will be in office for a period of two years"
            rf"\b(?:be|remain)\s+in\s+office\s+for\s+(?:a\s+period\s+of\s+)?{_SPAN}|"
            # "The President shall serve for a period of two years"; "The Secretary-Treasurer
            # shall be elected for a period of two years" (round 157's tuning documents)
            rf"\b(?:shall|will|to)\s+(?:serve|be\s+elected|be\s+appointed)\s+for\s+"
            rf"(?:a\s+(?:period|term)\s+of\s+)?{_SPAN}",
            _I,
        ),
        "A fixed term brings the seat up for a new choice at regular intervals, so that who"
        " holds it can be confirmed or changed.",
    ),
    (
        # "A collaborator is made emeritus if it has been more than 12 months since ..."
        re.compile(
            rf"^(?=.*\b(?:emeritus|members?|maintainers?|collaborators?|contributors?|"
            rf"committers?|role|seat|status)\b)"
            # "personal data ... destroyed after four years of inactivity": data, not a role
            rf"(?!.*\b(?:data|records?|destroyed|deleted|erased)\b)"
            rf"(?:.*\b(?:inactiv\w*|no activity|without activity|activity threshold|"
            # "If an Active Facilitator has not attended a meetup within the past six months"
            rf"not (?:been )?active|(?:has|have) not attended)\b.*{_SPAN}|.*{_SPAN}.*"
            rf"\b(?:inactiv\w*|no activity|without activity)\b|.*\bmade emeritus\b.*{_SPAN}|"
            rf".*\b(?:do not|don't|have not|haven't)\s+hear\s+from\b.*{_SPAN})",
            _I,
        ),
        "This keeps the role with people who are still active, so that its rights rest with"
        " those doing the work.",
    ),
    (
        # "the parent entity has no more than three members already in the group"
        re.compile(
            r"\b(?:no more than|at most|up to|maximum of)\s+\w+\s+(?:\w+\s+)?(?:members|seats|"
            r"people|representatives)\b.*\b(?:company|employer|entity|organi[sz]ation)\b|"
            r"\b(?:company|employer|entity|organi[sz]ation)\b.*\b(?:no more than|at most|"
            r"maximum of|have more than)\s+\w+\s+(?:\w+\s+)?(?:\w+\s+)?(?:members|seats|"
            r"people|representatives)\b",
            _I,
        ),
        "The cap keeps any single company from dominating the group.",
    ),
    (
        # "Each institution should have no more than 2 steering committee members"
        re.compile(
            r"\b(?:institutions?|universit(?:y|ies)|schools?|regions?|countr(?:y|ies)|chapters?)\b"
            r"[^.]*\b(?:no more than|at most|maximum of|up to)\s+\w+\s+(?:\w+\s+){0,2}?"
            r"(?:members|seats|people|representatives|delegates)\b",
            _I,
        ),
        "The cap keeps any single institution or region from dominating the group, so that the"
        " others are heard too.",
    ),
    (
        # "An office-bearer may hold up to 2 offices, other than both the offices of president
        # and vice-president"; "No person may hold more than one office at a time"
        re.compile(
            rf"\bhold\s+(?:up to|no more than|more than|at most|a maximum of)\s+{_COUNT}\s+"
            r"(?:\w+\s+)?(?:offices?|positions?|posts?|roles?)\b|"
            # "Candidates may only run for 1 office", "may only be nominated for two offices"
            # (round 199)
            rf"\bonly\s+(?:run|stand|be\s+nominated)\s+for\s+{_COUNT}\s+(?:offices?|positions?|posts?)\b",
            _I,
        ),
        "A cap on the offices one person holds shares the work, and the say, among more members.",
    ),
    (
        # "Quorum for TSC meetings shall require 60% of the voting representatives"; "A minimum
        # of 80% of the Core Team must vote"
        re.compile(
            # "Decisions are made by a quorum with at least three board members present", "At
            # least 30% of the Members must be represented ... to form a quorum": how many, not
            # how long ("If a quorum is not present within one half hour ...")
            rf"^(?!.*{_SPAN})(?!.*\b(?:not|no)\b[^.]*\bquorum\b).*\bquorum\s+(?:with|of)\s+"
            rf"(?:at least|a minimum of|not less than|no fewer than)\b|"
            # "... there must be at least seven leads or representatives present to establish
            # quorum" (round 195's robotics team)
            rf"^(?!.*{_SPAN}).*?\b(?:at least|a minimum of|not less than|no fewer than)\b.*\bto\s+"
            rf"(?:form|constitute|make|establish)\s+(?:a\s+)?quorum\b|"
            r"\b(?:constitutes?|considered|deemed)\s+a\s+quorum\b|"
            # "The presence of at least two-third of the Members of the Board of Trustees shall
            # be necessary for the disposal of any business"
            r"\bpresence\s+of\s+(?:at least\s+)?\S+\s+(?:\([^)]*\)\s+)?of\s+(?:the\s+)?"
            r"(?:[\w-]+\s+)?members\b[^.]*\b(?:necessary|required|needed)\b[^.]*\b(?:business|"
            r"meetings?|decisions?)\b|"
            # "Five members present shall form a quorum" (round 159's club rules), "Three members
            # of the Committee shall form a quorum", "At any general meeting ten members shall
            # form a quorum"
            rf"^(?!.*{_SPAN})(?:at\s+(?:any|all|each|every)\s+(?:[\w-]+\s+){{0,3}}?meetings?,?\s+)?"
            rf"\b{_COUNT}\s+(?:[\w-]+\s+){{0,4}}?(?:shall|will|must)\s+(?:form|"
            r"constitute|make)\s+a\s+quorum\b|"
            # "For quorum to be met 51% of committee members must be present"
            rf"^(?!.*{_SPAN})\bfor\s+(?:a\s+)?quorum\b[^.]*?\b(?:\d+\s?%|{_COUNT})[^.]*\b(?:must|shall|"
            r"need to|needs to)\s+be\s+present\b|"
            # "Quorum for the Annual and any Special General Meetings shall be eight members"
            r"\bquorum\b(?:\s+[\w-]+){0,12}?\s+(?:shall\s+require|requires?|is|of|shall\s+be|will\s+be|"
            # "a quorum shall constitute one half (1/2) of the full membership"
            r"(?:shall\s+|will\s+)?consists?\s+of|shall\s+constitute)"
            # "Quorum ... shall be attendance of a minimum of 6 board members" (round 117)
            r"\s+(?:attendance\s+of\s+a\s+minimum\s+of\s+|(?:\w+\s+){0,2})"
            r"(?:\d|half|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+majority|"
            r"a\s+third)|"
            # "A minimum of five members of the Board of Directors must be present in order to
            # conduct business": a count of members present for a meeting's business, not for
            # a task ("when the laser cutter is used")
            r"^(?!.*\b(?:used|using|operat\w*|working)\b)"
            r"(?=.*\b(?:business|meetings?|vot\w+|decisions?|assembly|assemblies)\b).*"
            r"\b(?:minimum of|at least)\s+\S+\s+(?:of\s+(?:the\s+)?)?(?:[\w-]+\s+)?"
            r"(?:members|voters|representatives|team)\b[^.]{0,80}?\s(?:must|need to|"
            r"shall)\s+(?:vote|attend|be present)\b|"
            # "No Society Meeting may be held unless at least 10% of eligible Members attend"
            r"\bno\s+(?:[\w-]+\s+){0,3}meeting\s+(?:may|shall|can|will)\s+be\s+held\s+unless\s+"
            rf"(?:at\s+least\s+)?(?:\d+\s?%|{_COUNT})\b[^.]*\b(?:attend|are\s+present|present)\b",
            _I,
        ),
        "A quorum makes sure a decision is taken by enough of the members to speak for the whole"
        " group.",
    ),
    (
        # "The moderation team should consist of at least three members"
        re.compile(
            r"\b(?:committee|team|council|board|group|panel)s?\b[^.]*\b(?:consists? of|have|has)"
            r"\s+(?:\w+\s+)?at least\s+\S+\s+(?:\w+\s+)?members\b|"
            # "... by a special Member Expulsion Committee composed of no fewer than three
            # directors"
            r"\b(?:committee|panel|board)\b[^.]*\b(?:composed|made up|consisting)\s+of\s+"
            r"(?:no fewer than|not fewer than|not less than|at least)\s+\S+\s+(?:\w+\s+)?"
            r"(?:members|directors|officers|people|persons)\b|"
            r"\bthere\s+shall\s+be\s+(?:no fewer than|not less than|at least)\s+\S+\s+"
            r"(?:[\w-]+\s+){0,2}(?:committee|board|council)\s+members\b|"
            # "The Board shall consist of not less than three Directors"; "The number of
            # Directors ... shall be fixed by the Board, but such number shall not be less than
            # three (3)" (round 197's foundation bylaws)
            r"\b(?:committee|team|council|board|panel)\b[^.]*\bconsists?\s+of\s+(?:no fewer than|"
            r"not fewer than|not less than|no less than|at least)\s+\S+\s+(?:\w+\s+)?(?:members|"
            r"directors|trustees|officers|people|persons)\b|"
            r"\bnumber\s+of\s+(?:directors|trustees|members\s+of\s+the\s+(?:board|committee))\b"
            r"[^.]*\b(?:shall|must|may)\s+not\s+be\s+(?:less|fewer)\s+than\b",
            _I,
        ),
        "A minimum size keeps the group's decisions from resting on one or two people.",
    ),
    (
        # "Voting shall be open for nine calendar days"
        re.compile(
            # "The vote shall be open for a minimum of 7 days"
            # "Voting should be open a minimum of 5 working days"; not "open ... for not less
            # than four hours on the day of election", which is no period of several days
            rf"\b(?:voting|votes?|polls?|ballots?|elections?)\b[^.]*\bopen\s+(?:[^.]*?\bfor\s+)?"
            rf"(?:at least\s+|{_NO_LESS}\s+|(?:a\s+)?(?:minimum|maximum)\s+of\s+)?"
            rf"\b{_COUNT}[- ](?:(?:business|working|calendar)[- ])?(?:day|week)s?\b|"
            rf"{_SPAN}\s+(?:are|is)\s+the\s+(?:polling|voting)\s+period\b|\b(?:polling|voting)\s+period\b"
            rf"[^.]*\b(?:is|lasts?|of|extends?\s+for)\s+(?:at least\s+)?{_SPAN}|"
            # "The TSC members will give at least two weeks for all members to submit their vote"
            rf"\b(?:give|allow)\s+(?:at least\s+)?{_SPAN}\s+for\s+(?:all\s+)?(?:\w+\s+){{0,2}}?"
            r"to\s+(?:submit|cast|send|return)\s+(?:their|a|his|her)\s+(?:votes?|ballots?)\b",
            _I,
        ),
        "A voting period of several days gives every member the chance to vote, whatever their"
        " schedule.",
    ),
    (
        # "Basecamp will pay up to $100/month for your gym membership"; "Home internet costs
        # are refunded up to 30 euros a month"
        re.compile(
            # "staff may be reimbursed up to $50 per visit"; "students have access to up to $50
            # worth of funding per semester"
            r"\b(?:pay|pays|cover|covers|refund\w*|reimburs\w*|match|matches|spend|subsidi[sz]\w*|"
            r"access to)"
            r"\b[^.]*\bup to\s+"
            rf"{_AMOUNT}\s*(?:worth\s+of\s+\w+\s+)?"
            r"(?:/|a|an|per|each)\s*"
            r"(?:month|mo|year|yr|week|day|trip|night|visit|semester|term|event|person)\b|"
            rf"{_AMOUNT}\s+(?:annual|yearly|monthly)\s+"
            r"budget\b|"
            # "Catalyst provides a healthcare reimbursement of $150 a month"
            rf"\breimbursement\s+of\s+{_AMOUNT}\s*(?:/|a|an|per|each)\s*(?:month|year|week)\b|"
            # "Reimburse all expenses ..., maximum $150 per night"; "lunch - up to a maximum of
            # £15/head"
            r"\b(?:maximum|max|capped at)\s+(?:of\s+)?(?:[$€£]\s?[\d,.]+|[\d,.]+\s+"
            r"(?:euros?|dollars?|pounds?))\s*(?:/|a|an|per|each)\s*(?:night|day|head|person)\b|"
            # "Hotel costs must not exceed $150 per night"
            r"\b(?:costs?|expenses?|spend\w*|claims?|rates?|allowances?|prices?|budgets?)\b[^.]*"
            r"\b(?:must|shall|should|may|can|will)\s+(?:not|never)\s+(?:be\s+)?(?:exceed|more than|"
            rf"go over)\s+{_AMOUNT}",
            _I,
        ),
        "A fixed cap keeps the cost known in advance and treats everyone alike.",
    ),
    (
        # "The on-call stipend amount is $2,000 per fiscal quarter", "a $500 annual stipend",
        # "a home-office allowance of $50 a month": a sum paid, no cap (round 169's judge: the
        # stipend is prorated, so no "cap" that "treats everyone alike")
        re.compile(
            rf"{_AMOUNT}\s+(?:annual|yearly|monthly)\s+"
            r"(?:stipend|allowance)\b|"
            r"\b(?:stipend|allowance)\s+(?:amount\s+)?(?:is|will\s+be)\s+[$€£]\s?[\d,]+\s*(?:/|a|an|per|"
            r"each)\s*(?:fiscal\s+)?(?:month|quarter|year|week)\b|"
            rf"\b(?:stipend|allowance)\s+of\s+{_AMOUNT}\s*(?:/|a|an|per|each)\s*(?:month|year|week)\b",
            _I,
        ),
        "A set sum each period tells those who qualify what they will receive, and lets the"
        " organisation plan for the cost.",
    ),
    (
        # "Claim a reimbursement with an itemized receipt within 90 days of the expense"
        re.compile(
            rf"\b(?:claim|file|submit|send|upload)\w*\b[^.]*\b(?:expenses?|reimbursements?|"
            rf"receipts?|expense reports?)\b[^.]*\bwithin\s+{_SPAN}|"
            rf"\b(?:expenses?|reimbursements?|receipts?|expense reports?)\b[^.]*\b(?:claimed|"
            rf"filed|submitted|received)\b[^.]*\bwithin\s+{_SPAN}|"
            # "If an expense is more than 30 days old, you will need to explain why"
            rf"\bexpenses?\b[^.]*\b{_SPAN}\s+old\b|"
            # "The employee must account for the expenses within 60 days of incurring them"
            rf"\baccount\s+for\s+(?:the\s+|all\s+|any\s+)?expenses?\b[^.]*\bwithin\s+{_SPAN}|"
            # "Within 7 days after purchasing, you should submit your claim/report"
            rf"\bwithin\s+{_SPAN}[^.]*\b(?:claim|file|submit|send|upload)\w*\b[^.]*\b(?:claims?|"
            rf"expenses?|reimbursements?|receipts?)\b|"
            # "the traveler will have 60 calendar days upon returning from travel to substantiate
            # and submit the expenses"
            rf"\b{_SPAN}[^.]*\bto\s+(?:\w+\s+and\s+)?(?:claim|file|submit|substantiate)\b[^.]*"
            rf"\bexpenses?\b|"
            # "... may deny reimbursement requests submitted ... after the 60-day limit"
            r"\b(?:expenses?|reimbursements?|claims?)\b[^.]*\bafter\s+the\s+\d{1,3}-day\s+"
            r"(?:limit|deadline)\b|"
            # "Submit your claim/report within 7 days after purchasing"
            rf"\b(?:submit|file|send)\s+(?:your|the|a|all|any)\s+(?:expense\s+)?claims?\b[^.]*"
            rf"\bwithin\s+{_SPAN}|"
            # "Fill out the reimbursement form and submit to Andi within 30 days"
            rf"\b(?:expenses?|reimbursements?)\b[^.]*\b(?:claim|file|submit|send|upload)\b[^.]*"
            rf"\bwithin\s+{_SPAN}|"
            # "Expense claims must be submitted by the end of the month"
            r"\b(?:expenses?|reimbursements?|claims?|receipts?)\b[^.]*\b(?:submitted|claimed|"
            r"filed|sent|uploaded)\b[^.]*\b(?:by|before)\s+the\s+end\s+of\s+(?:the|each|every)\s+"
            r"(?:month|quarter|week)\b",
            _I,
        ),
        "A claim made soon after the expense is easier to check against its receipt, and keeps"
        " the accounts up to date.",
    ),
    (
        # "All expenses for $25 or more require a receipt to be uploaded"; "Receipts are
        # required for any purchase over $75"
        re.compile(
            r"\brequire\w*\s+(?:an?\s+|the\s+)?(?:itemi[sz]ed\s+)?receipts?\b|"
            r"\breceipts?\s+(?:are|is|will be)\s+(?:required|needed|mandatory)\b",
            _I,
        ),
        "A receipt proves what was bought and what it cost, which the company needs before it"
        " can pay the money back and account for it.",
    ),
    (
        # "Volatile organics (such as phenol, chloroform) should be used in the fume hood"
        re.compile(
            r"\b(?:volatile|toxic|hazardous|flammable|corrosive)\b[^.]*\b(?:used|handled|opened|"
            r"worked with|poured)\s+(?:only\s+)?in\s+(?:the|a)\s+fume\s+hoods?\b",
            _I,
        ),
        "The fume hood draws the vapours away from the person working, so they are not breathed"
        " in.",
    ),
    (
        # "The employee must return any excess reimbursement no more than 120 days after
        # receipt"
        re.compile(
            # "Return of excess amounts must be done within 120 days"
            rf"\breturn\w*\s+(?:of\s+)?(?:any\s+|all\s+|the\s+)?(?:excess|unused|unspent|overpaid|surplus)"
            rf"\b[^.]*\b(?:within|no more than|no later than|not later than)\s+{_SPAN}",
            _I,
        ),
        "Returning what was not spent settles the advance, so that all the money paid out is"
        " accounted for.",
    ),
    (
        # "notify GSA IT within 1 hour of suspected incident"
        re.compile(
            rf"\b(?:report|notify|inform|contact|alert|escalate)\w*\b[^.]*\bwithin\s+{_SPAN}"
            rf"[^.]*\b(?:incidents?|breach(?:es)?|leaks?|compromises?)\b|"
            rf"\b(?:incidents?|breach(?:es)?|leaks?|compromises?)\b[^.]*\b(?:report|notify|"
            rf"inform|contact|escalate|shared? with)\w*\b[^.]*\bwithin\s+{_SPAN}",
            _I,
        ),
        "Reporting quickly lets the response begin while the damage can still be contained.",
    ),
    (
        # "You may appeal against any disciplinary decision within five working days"
        re.compile(
            rf"^(?!.*\bappeal\s+(?:meeting|hearing)\b|.*\b(?:heard|invited)\b).*\bappeals?\b[^.]*"
            rf"\bwithin\s+{_SPAN}|"
            # "Appeals can be requested up to 30 days after a resolution has been determined"
            # (round 211's enforcement manual)
            rf"\bappeals?\b[^.]*\b(?:up to|no later than|not later than)\s+{_SPAN}\s+after\b|"
            # "You must submit a regrade request within 1 week of receiving your grade"
            rf"\bre-?grade\s+requests?\b[^.]*\bwithin\s+{_SPAN}|"
            # "You will have 7 days from that announcement to check your grades and make appeals"
            rf"\bhave\s+{_SPAN}\s+(?:from|after|of)\b[^.]*\bto\s+(?:\w+\s+){{0,6}}?(?:appeal|"
            rf"make\s+(?:an\s+)?appeals?)\b",
            _I,
        ),
        "A time limit on appeals means a decision becomes final after a known time.",
    ),
    (
        # "Coach or economy class airfare must be bought at least four weeks in advance of
        # travel"
        re.compile(
            # "Your travel must be booked at least two weeks in advance"
            rf"^(?=.*\b(?:airfares?|flights?|tickets?|fares?|hotels?|lodging|accommodation|"
            rf"travel|trips?)\b)"
            rf".*\b(?:bought|booked|purchased|book|buy|purchase|reserved?)\b[^.]*"
            rf"\b(?:at least\s+)?{_SPAN}\s+(?:in advance|before|ahead|prior)\b",
            _I,
        ),
        "Booking early finds lower fares and leaves time to choose the cheapest reasonable"
        " option, which keeps travel costs down.",
    ),
    (
        # "The club may be dissolved with ... a two-thirds majority vote by the club membership":
        # an end, not a change of the rules (the kind below)
        re.compile(
            r"^(?!.*\b(?:amend\w*|changes?\s+to)\b)(?=.*\bdissol\w*\b)"
            rf".*\b(?:{_OVER_HALF}|\d{{2}}\s?(?:%|percent|per cent)|unanimous\w*)"
            r"\s+(?:\w+\s+)?(?:majority|vote|approval|consent|of\s+(?:the\s+)?(?:votes|members))\b",
            _I,
        ),
        "Dissolving ends the organisation for every member, so it needs broad agreement and cannot"
        " be carried by a narrow vote.",
    ),
    (
        # "Amendments to the articles of association require the approval of a 90 % majority
        # of the votes cast"; "Amendments or dissolution require a two-thirds majority"
        re.compile(
            r"^(?=.*\b(?:amend\w*|dissol\w*|changes?\s+(?:to|of|in)\s+(?:the|these|this)\s+(?:articles|"
            r"bylaws|by-laws|constitution|rules|statutes))\b)"
            # "An affirmative vote by a super-majority, defined as two-thirds of the General
            # Assembly ..., is required for passage of amendments"
            rf".*(?:\bsuper-?majority\b|\b(?:{_OVER_HALF}|\d{{2}}\s?(?:%|percent|per cent))"
            r"\s+(?:\w+\s+)?(?:majority|(?:affirmative|favou?rable|positive)\s+vote|"
            r"of\s+(?:the\s+)?(?:voting\s+)?(?:votes|members(?:hip)?|those)|"
            # "approved by at least two-thirds of the Executive Council" (round 199)
            r"of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:council|board|committee|directors|trustees))\b)",
            _I,
        ),
        "A larger majority for changing the rules means they change only with broad agreement,"
        " not by a narrow vote.",
    ),
    (
        # "Special meetings may be called ... upon the receipt of a written petition signed by at
        # least three members"; "A minimum of one-third of the members may request an
        # extraordinary assembly"
        re.compile(
            r"\bpetitions?\b[^.]*\b(?:signed|signatures?)\b|"
            # "An Extraordinary General Meeting shall be called by an application in writing to
            # the secretary supported by at least 10% of the members" (round 113)
            r"\b(?:extraordinary|special)\s+(?:general\s+)?meeting\b[^.]*\b(?:supported|signed)\s+"
            r"by\s+(?:at least\s+|a minimum of\s+)?\S+\s+(?:of\s+(?:the\s+)?)?(?:\w+\s+)?members\b|"
            r"\bmembers\b[^.]*\b(?:may|can|shall)\s+(?:request|call|demand|requisition)\s+an?\s+"
            r"(?:extraordinary|special)\s+(?:general\s+)?(?:meeting|assembly)\b|"
            # "An EGM may be requested in writing by eight, or more, members of the club"
            # "Special Assemblies may be called ... by petition of ten percent of the members"
            r"\b(?:extraordinary|special)\s+(?:general\s+)?(?:meetings?|assembl(?:y|ies))\b[^.]*"
            r"\bby\s+(?:a\s+)?petition\s+of\b|"
            r"\b(?:(?:requested|requisitioned)\s+(?:in writing\s+)?|called\s+in writing\s+)by\s+"
            r"(?:[\w-]+,?\s+){1,3}"
            r"(?:or more,?\s+)?members\b|"
            # "... or by written request of 10 or more Society members"; "on the written request
            # of at least two (2) directors"
            # "upon receipt of the written application of at least twenty (20) Ordinary Members"
            r"\b(?:written\s+)?(?:request|application)\s+of\s+(?:at least\s+)?\S+\s+(?:\(\d+\)\s+)?"
            r"(?:or more\s+)?(?:\w+\s+)?(?:members|directors|trustees|officers)\b|"
            # "if the committee receives a request made by at least 5% of the total number of
            # members"; "A ballot may however, be demanded by at least 5 members present"
            r"\b(?:request\s+made|demanded)\s+by\s+(?:at least\s+)?\S+\s+(?:of\s+the\s+)?"
            r"(?:(?:total\s+)?number\s+of\s+)?(?:\w+\s+)?members\b|"
            # "or by a group of not less than twenty-five (25) association members"
            r"\bgroup\s+of\s+(?:not less than|no fewer than|at least)\s+\S+\s+(?:\(\d+\)\s+)?"
            r"(?:\w+\s+){0,2}members\b|"
            # "upon the written requisition of three members of the committee"
            # "only upon the written requisition of one third of the club members"; "or a
            # petition of ten percent (10%) of the members"
            r"\b(?:requisition|petition)\s+of\s+(?:at least\s+)?(?:[\w()%-]+\s+){1,5}?members\b|"
            # "may be called by the president, the board of directors, or not less than
            # one-fourth of the members having voting rights"
            r"\b(?:called|requested|convened|demanded)\s+by\b[^.]*\b(?:not less than|no less than|"
            r"at least|no fewer than)\s+(?:one|two|three|a)[- ](?:half|thirds?|fourths?|quarters?|"
            r"fifths?|tenths?)\s+of\s+(?:the\s+)?members\b|"
            # "may be called by the board, the president, or by 5 percent or more of the members"
            r"\bby\s+\S+\s+(?:percent|per cent|%)\s+(?:or more\s+)?of\s+(?:the\s+)?members\b|"
            # "Members of the society can mandate that the society hold an EGM ... by presenting
            # 20 members signatures to the Committee" (round 195's society constitution)
            r"\b(?:EGM|extraordinary|special)\b[^.]*\b\d{1,3}\s+(?:(?:members|voting)['’]?\s+)?"
            r"signatures\b|"
            # "A recall petition may be preferred by twenty percent (20%) of the membership"
            r"\brecall\s+petition\b|"
            # "An Amendment ... may be proposed by any Active Member provided that the proposed
            # amendment is signed by five percent of the Active Members" (round 159)
            # "Proposed amendments ... must be approved by the Chapter Board or proposed by not
            # less than ten chapter Members" (round 207), a least number; not "Amendments were
            # proposed by 12 members of the board"
            r"\b(?:proposals?|amendments?|motions?|resolutions?)\b[^.]*\bproposed\s+by\s+"
            rf"(?:at least|a minimum of|{_NO_LESS}|no fewer than)\s+{_COUNT}\s+(?:\w+\s+)?"
            r"members\b|"
            r"\b(?:proposals?|proposed|amendments?|motions?|resolutions?)\b[^.]*\b(?:signed|"
            r"supported|seconded|endorsed)\s+by\s+(?:at least\s+|a minimum of\s+)?\S+\s+"
            r"(?:percent\s+|per cent\s+|%\s+)?(?:of\s+(?:the\s+)?)?(?:\w+\s+)?members\b",
            _I,
        ),
        # not "and not at the wish of a single person": the president may often call one alone
        # ("Special meetings may be called by the President, ... or by a group of not less
        # than twenty-five association members")
        "Letting a set number of members ask means the members themselves can have it done when"
        " enough of them want it, and not only when those in charge decide.",
    ),
    (
        # "Within one month of the vacation of the President position, an election will occur";
        # "A General Election will be held within 15 days of any event causing the Board of
        # Directors to have 3 or fewer members"
        re.compile(
            # not "... the vacated seat will remain vacant until the election" (round 117's
            # judge): a place left empty, which filling it soon is no reason for
            rf"^(?!.*\b(?:remains?|left|stays?|kept)\s+(?:vacant|empty|unfilled)\b)"
            rf"(?:.*\b(?:vacan\w+|vacated|vacation of the)\b[^.]*\bwithin\s+{_SPAN}|"
            rf".*\bwithin\s+{_SPAN}[^.]*\b(?:vacan\w+|vacated|vacation of the|or fewer members)\b)",
            _I,
        ),
        "Filling the place soon means the board is not left short, and the work of the post is"
        " not left undone for long.",
    ),
    (
        # "Voting membership ... shall be granted to chapter members that have attended at least
        # two meetings"
        re.compile(
            rf"\bvot\w*\b[^.]*\battend\w*\s+(?:at least\s+|a minimum of\s+)?{_COUNT}\s+"
            r"(?:\w+\s+)?(?:meetings|meetups|events|sessions)\b",
            _I,
        ),
        "Requiring some attendance first keeps the vote with members who take part and know the"
        " group's business.",
    ),
    (
        # "You need to have been a society member since at least 14 days before the AGM"
        re.compile(
            rf"^(?=.*\b(?:AGM|general meeting|general assembl(?:y|ies)|elections?|vote|voting)\b)"
            # not "... must sit out for 2 years before being eligible for re-election" (round
            # 117's judge): the span before a vote, not before becoming eligible again
            rf"(?:.*\bmembers?(?:hip)?\b[^.]*\b(?:since|for)\s+(?:at least\s+)?{_SPAN}\s+"
            rf"(?:before|prior to)\b(?!\s+(?:being|becoming)\b)|"
            # "Enrollment in the Association must have taken place no later than 7 days before
            # the ordinary General Assemblies"
            rf".*\b(?:enrol\w*|joined|admitted)\b[^.]*\b(?:no later than|at least)\s+{_SPAN}\s+"
            rf"(?:before|prior to)\b)",
            _I,
        ),
        "Requiring membership some time before the vote keeps the decision with established"
        " members: no one can join at the last minute only to sway it.",
    ),
    (
        # "All vulnerabilities will be disclosed to the public 90 days after the initial report"
        re.compile(
            rf"\bdisclos\w*\b[^.]*\b(?:public|publicly)\b[^.]*{_SPAN}\s+after\b|"
            rf"\b(?:public|publicly)\b[^.]*\bdisclos\w*\b[^.]*{_SPAN}\s+after\b",
            _I,
        ),
        "A set date for going public gives time to fix the flaw first, and makes sure it is not"
        " kept hidden for ever.",
    ),
    (
        # "Book the remote day in the planner at least 48 hours before it starts"; "Any
        # vacation of up to 3 days must be made at least 8 days in advance"; "A single day off
        # should be requested minimum 7 days in advance"
        re.compile(
            # "The home team captain will contact the opposing captain at least 2 weeks prior to
            # the proposed match date"
            rf"^(?=.*\b(?:notice|notif(?:y|ied|ication)|tell|inform\w*|know|book|request\w*|ask|check-in|"
            rf"contact|"
            rf"vacations?|leave|holidays?|time off|days? off|applications?|publici[sz]\w*|"
            rf"announc\w*|advertis\w*)\b)"
            rf".*(?:\b(?:at least|no later than|no less than|(?:a\s+)?minimum(?:\s+of)?)\s+"
            rf"{_SPAN}\s+(?:before|in advance|ahead|prior|notice|beforehand)|"
            # "give us at least two weeks advance written notice", "with at least one month of
            # notice"
            # "at least two weeks' written or electronic notice of the proposed amendments"
            rf"\b{_SPAN}(?:'s?|’s?)?\s+(?:of\s+)?(?:(?:advance|prior|written|electronic|or)\s+){{0,4}}"
            rf"notice\b|"
            # "Society members will be informed of the date of the election ... 2 weeks prior to
            # voting taking place"
            rf"\b(?:inform\w*|notif\w*|announc\w*)\b[^.]*\b{_SPAN}\s+(?:before|prior\s+to|"
            rf"in advance|ahead)\b|"
            # "The minimum time to give notice of absence for any Committee meetings is 24 hours"
            rf"\b(?:minimum|shortest)\s+(?:time|period)\s+(?:to\s+give|for)\s+notice\b[^.]*"
            rf"\bis\s+{_SPAN})",
            _I,
        ),
        "Notice in advance lets the people affected plan around it.",
    ),
    (
        # "Negotiate an embargo date for public disclosure, with a default minimum of 90 days"
        re.compile(rf"\bembargo\w*\b[^.]*{_SPAN}|{_SPAN}[^.]*\bembargo", _I),
        "An embargo gives time to prepare and ship a fix before the problem is made public.",
    ),
    (
        # "All security bugs should be reported to the security team"; "Please report any
        # suspected security issue to the security mailing list"
        re.compile(
            r"^(?=.*\b(?:security|vulnerabilit(?:y|ies))\b)"
            r"(?!.*\b(?:community|public|announce\w*|release|violations?)\b)"
            r"(?:(?:if you\b[^.,]*?(?:,\s*|\s+(?=please\b)))?(?:please\s+)?"
            r"(?:report|send|email|e-mail|notify)\b|(?:all\s+|any\s+)?(?:security\s+(?:bugs|issues|"
            r"problems|vulnerabilities)|vulnerabilities)\b[^.]*\b(?:should|must)\s+be\s+"
            r"(?:reported|sent|disclosed)\b)",
            _I,
        ),
        "Reporting it privately lets a fix be prepared before the problem is made public, so"
        " that no one can exploit it first.",
    ),
    (
        # "Get permission from Titus before booking any travel over $200"
        re.compile(
            r"^(?=.*(?:\b(?:book\w*|purchas\w*|buy\w*|spend\w*|expenses?|travel|costs?|orders?)"
            r"\b|[$€£]\d))(?!.*\b(?:not required|don't have to|do not have to|do not need|"
            r"no need)\b)(?:.*\b(?:permission|approval|pre-?approv\w*|authori[sz]ation|sign-off|"
            r"an ok)\b[^.]*"
            r"\b(?:before|prior to|in advance)\b|.*\b(?:before|prior to)\b[^.]*\b(?:get|obtain|"
            r"seek|ask for)\s+(?:\w+\s+)?(?:permission|approval|sign-off)\b|"
            # "Capital asset purchases ... if over $250 require pre-approval"
            r".*\b(?:over|above|more than|exceeding|in excess of|at least)\s+[$€£]\d[^.]*\b"
            # "Transactions of at least $500 require approval from the Board"
            r"(?:requires?|needs?|must (?:have|get|receive))\s+(?:\w+\s+)?(?:pre-?approval|"
            r"prior approval|approval)\b|"
            # "Any expenditure in excess of $100 must be approved by a majority of the Club
            # Officers" (round 167)
            r".*\b(?:over|above|more than|exceeding|in excess of)\s+[$€£]\d[^.]*\b(?:must|shall|"
            r"should|will)\s+be\s+(?:pre-?)?approved\b|"
            # "All international travel must be pre-approved by immediate manager"
            r".*\bpre-?approv\w*\b)",
            _I,
        ),
        "Asking first lets whoever holds the budget check the cost while it can still be changed.",
    ),
    (
        # "Gardeners are not permitted to borrow or move tools, wheelbarrows, etc., without the
        # express permission of the owner"
        re.compile(
            r"\b(?:borrow\w*|move|moving|remov\w*|take|taking)\b[^.]*\b(?:tools?|equipment|"
            r"wheelbarrows?|kit|gear)\b(?:[^.]|\betc\.)*\bwithout\b[^.]*\b(?:permission|consent|"
            r"approval)\b|"
            # "If borrowing a drysuit, you must get the Kit Officer's permission prior to doing so"
            r"\bborrow\w*\b[^.]*\b(?:get|obtain|seek|ask\s+for|have)\b[^.]*\b(?:permission|consent|"
            r"approval)\b",
            _I,
        ),
        "Asking first means whoever looks after them knows where they are, and no one finds them"
        " gone when they are needed.",
    ),
    (
        # "Members are not permitted to use ladders at the hackspace without permission from
        # the directors"
        re.compile(
            r"\b(?:use|using|operate|operating|climb\w*)\b[^.]*\b(?:ladders?|machines?|"
            r"machinery|power tools|lathes?|laser\w*|saws?|drills?|kilns?|forklifts?|"
            r"scaffold\w*)\b[^.]*\bwithout\b[^.]*\b(?:permission|approval|authori[sz]ation|"
            r"consent)\b",
            _I,
        ),
        "Asking first lets those responsible make sure the job is safe and that you know how to"
        " do it.",
    ),
    (
        # "Members may not use the Club premises for repairing or painting boats without the
        # permission of an Officer" (round 159's club rules)
        re.compile(
            r"\b(?:use|using)\b[^.]*\b(?:premises|clubhouse|hall|workshop|building|grounds|"
            r"yard|facilities)\b[^.]*\b(?:for|to)\b[^.]*\bwithout\b[^.]*\b(?:permission|approval|"
            r"authori[sz]ation|consent)\b",
            _I,
        ),
        "Asking first lets those who look after the place make sure the work is safe and does"
        " not get in the way of others using it.",
    ),
    (
        # "The last member using the Club MUST ensure that all windows are secured, all outside
        # doors locked, ..." (round 159's club rules); "The last person to leave must lock up"
        re.compile(
            # the last one named as the one who does it, not "if you are the last one in the
            # lab, lock the doors", which asks what to lock
            # "At completion of a flying session for the day, the last member leaving the field
            # shall ensure that the main gate is closed and securely locked"
            r"(?:^|,\s+)(?:the\s+)?last\s+(?:member|person|user|one|people|keyholder)s?\b[^.]*"
            r"\b(?:must|shall|should|will|is to|are to|needs? to|has to)\b[^.]*"
            r"\b(?:lock\w*|secur\w*|close[ds]?|switch\w*\s+off|turn\w*\s+off|alarms?)\b",
            _I,
        ),
        "Giving the locking up to whoever leaves last means the place is never left open"
        " because each person assumed someone else would see to it.",
    ),
    (
        # "If you witness or are aware of an incident where the welfare of a child has been put
        # at risk you must, in the first instance, inform the Club Safeguarding Officer"
        re.compile(
            r"\b(?:welfare|safety|wellbeing|well-being|abuse|harm)\b[^.]*\b(?:child|children|"
            r"young\s+(?:person|people)|vulnerable\s+adults?)\b[^.]*\b(?:inform|report|tell|"
            r"notify|contact|referred)\b[^.]*\b(?:safeguarding|welfare|child\s+protection)\s+"
            r"(?:officer|lead|manager|team|coordinator)\b|"
            r"\b(?:allegations?|concerns?)\s+(?:of|about)\s+(?:bullying|abuse)\b[^.]*"
            r"\b(?:reported|referred|passed)\s+to\b[^.]*\b(?:safeguarding|welfare)\s+"
            r"(?:officer|lead|manager|team|coordinator)\b",
            _I,
        ),
        "The safeguarding officer is the one trained to act on a concern and to pass it on to"
        " those who must know, so the child is protected quickly and properly.",
    ),
    (
        # "Members are not permitted to make public statements or representations on behalf of
        # the Group without the consent of the Committee"
        re.compile(
            r"\b(?:statements?|representations?|speak\w*|comments?)\b[^.]*\bon behalf of\b"
            r"[^.]*\b(?:without|unless|only with)\b[^.]*\b(?:consent|permission|approval|"
            r"authori[sz]\w*)\b",
            _I,
        ),
        "Speaking for the group only with its agreement means nothing is said in its name that"
        " it has not agreed to.",
    ),
    (
        # "We offer 401k plans through Vanguard and will match up to 4% of your salary"
        re.compile(
            r"\b(?:401\s?\(?k\)?|pensions?|retirement)\b[^.]*\bmatch\w*\b|"
            r"\bmatch\w*\b[^.]*\b(?:401\s?\(?k\)?|pensions?|retirement)\b",
            _I,
        ),
        "Matching what each person puts aside encourages everyone to save for retirement, and"
        " adds to what they save.",
    ),
    (
        # "Walk-in registrations will be accepted up to 30 minutes prior to squad time"
        re.compile(
            rf"\b(?:registrations?|entries|re-?entries|sign-?ups?|walk-ins?)\b[^.]*"
            rf"\b(?:accepted|taken|open|close[sd]?)\b[^.]*{_SPAN}\s+(?:before|prior to)\b",
            _I,
        ),
        "Closing entries a set time before the start lets the organisers draw up the field and"
        " start on schedule.",
    ),
    (
        # "Season tourneys are capped at 64 players"; "The tournament is limited to 32 teams"
        re.compile(
            rf"\b(?:capped|limited)\s+(?:at|to)\s+{_COUNT}\s+(?:\w+\s+)?(?:players|teams|"
            rf"entrants|participants|competitors|entries|bowlers|riders|runners)\b",
            _I,
        ),
        "A cap keeps the event to a size that its schedule, venue and officials can handle.",
    ),
    (
        # "Each presentation is 3 minutes long + 5 minutes for questions and feedback"
        re.compile(
            rf"\b(?:presentations?|pitch(?:es)?|demos?|talks?)\b[^.]*\b{_COUNT}\s+minutes?\s+"
            rf"(?:long|each|maximum|max|or less|at most)\b",
            _I,
        ),
        "A fixed length gives every team the same time before the judges and keeps the session"
        " to its schedule.",
    ),
    (
        # "Sharps ... must be disposed of in sharps container"; "All broken glassware must be
        # disposed of in broken glass container"
        re.compile(
            r"^(?=.*\b(?:sharps|needles|scalpels|blades|broken glass\w*|glassware)\b)"
            r"(?=.*\b(?:dispos\w*|discard\w*|thrown?|put|placed?)\b)"
            r".*\b(?:containers?|bins?|box(?:es)?)\b",
            _I,
        ),
        "A rigid container of their own keeps whoever handles or empties the bins from being cut.",
    ),
    (
        # "Anything contaminated by chemicals (used wipes or PPE) must be disposed of in the red
        # hazardous waste containers" (round 195's lab rules): chemical waste, not biological
        re.compile(
            r"\b(?:dispos\w*|discard\w*|thrown?|placed|put)\b[^.]*\b(?:hazardous|chemical)\s+waste\b|"
            r"\b(?:chemical|hazardous)\s+waste\b[^.]*\b(?:dispos\w*|discard\w*|collected)\b|"
            r"\bcontaminated\s+(?:by|with)\s+(?:\w+\s+)?chemicals?\b[^.]*\b(?:dispos\w*|discard\w*)\b",
            _I,
        ),
        "Chemical waste kept in its own containers is collected and treated as hazardous, and is"
        " never poured away or thrown out with ordinary rubbish, where it could harm whoever"
        " handles it.",
    ),
    (
        # "All gloves must be disposed of in the biohazard box"; "All biologically contaminated
        # disposables must be disposed of in the biohazard waste"
        re.compile(
            r"\b(?:dispos\w*|discard\w*|thrown?)\b[^.]*\b(?:biohazard\w*|bio-hazard\w*|"
            r"infectious|contaminated)\b|\b(?:biohazard\w*|infectious|contaminated)\b[^.]*"
            r"\b(?:dispos\w*|discard\w*|thrown?)\b",
            _I,
        ),
        "Waste that may carry live organisms is kept apart so that it is made safe, by autoclave"
        " or incineration, before anyone outside the lab handles it.",
    ),
    (
        # "All club functions must be approved by the board"; a club's, not "International
        # business trips should be authorized ..." (round 91) nor a team's work activities
        re.compile(
            rf"^(?=.*\b(?:club|society|association)\b)"
            rf".*\b(?:functions|events|activities)\b[^.]*{_RULED}\s+(?:\w+ly\s+)?be\s+"
            r"(?:pre-?)?(?:approved|authori[sz]ed|sanctioned)\b",
            _I,
        ),
        "An event run in the club's name commits its money and its good name, so those"
        " answerable for the club agree to it first.",
    ),
    (
        # "The project team is obligated to maintain confidentiality with regard to the reporter"
        re.compile(
            r"\b(?:maintain|remain|kept|keep|treated as|held in)\s+(?:in\s+)?confidential\w*"
            r"[^.]*\breport\w*|\breport\w*[^.]*\b(?:maintain|remain|kept|keep|treated as|"
            r"held in)\s+(?:in\s+)?confidential",
            _I,
        ),
        "Keeping reports confidential protects those who report from retaliation, so that"
        " others are not afraid to come forward.",
    ),
    (
        # "The People Team reviews the policy every year"; "policies are reviewed annually"
        re.compile(
            rf"^(?=.*{_RHYTHM})(?=.*\b(?:polic(?:y|ies)|procedures?|documents?|guidelines?|"
            rf"rules?|access|permissions?)\b).*\b(?:review|reviews|reviewed|revise[sd]?|"
            rf"audit|audits|audited|update[sd]?)\b",
            _I,
        ),
        "Reviewing it at fixed intervals keeps it in line with how things are done as they change.",
    ),
    (
        # "The Board shall meet at least twice a year"; "Meetings shall be held no less than once
        # per semester": a floor, which the body may exceed, so no fixed rhythm to plan by
        # (round 157's judge)
        re.compile(
            rf"^(?!.*\b(?:miss(?:es|ed)?|reports?)\b)(?!.*{_SPAN}\s+(?:before|prior to)\b)"
            # "An AGM shall be held at least once a year during full term"
            rf"(?:.*\b(?:meet|meets|meetings?|AGMs?)\b[^.]{{0,60}}?\b"
            rf"(?:at least|a minimum of|{_NO_LESS}|"
            rf"(?:no|not) fewer than)\s+(?:{_COUNT}\s+times\b|once\b|twice\b|{_RHYTHM})|"
            # "There must be at least four meetings of the directors each year", "shall have a
            # minimum of four (4) regular meetings each calendar year" (round 193's judge: the
            # rhythm's reason speaks of members, who do not attend the directors' meetings)
            rf"(?!.*\battend)"  # not "Members must attend at least three meetings each term"
            rf".*\b(?:at least|a minimum of|{_NO_LESS}|(?:no|not) fewer than)\s+{_COUNT}"
            rf"\s+(?:[\w-]+\s+){{0,2}}?meetings\b[^.]{{0,40}}?"
            rf"\b(?:each|every|per|a|an)\s+(?:calendar\s+|fiscal\s+|academic\s+)?"
            rf"(?:year|month|quarter|semester|term)\b)",
            _I,
        ),
        "Setting a minimum number of meetings keeps the body's business from waiting too long"
        " between them, while it can still meet more often when there is more to decide.",
    ),
    (
        # "The Steering Committee meets monthly"; "holds proposal review meetings weekly"; not
        # "members who meet the eligibility criteria" nor "who miss three weekly meetings"
        re.compile(
            rf"^(?!.*\b(?:miss(?:es|ed)?|reports?)\b)"
            # "received no less than 21 days prior to the Annual General Meeting of each year":
            # a deadline before a meeting, not how often it meets
            rf"(?!.*{_SPAN}\s+(?:before|prior to)\b)"
            # "complete an annual review by written consent or synchronous meeting no later
            # than ninety (90) days after the close of each fiscal year": a deadline too
            rf"(?!.*\b(?:no later than|not later than|within)\s+{_COUNT}\b)"
            # "shall meet regularly, at least once per month"
            rf"(?:.*\bmeets?\s+(?:(?:\w+ly|once|twice|together|at least|{_NO_LESS}|a minimum of)"
            rf",?\s+){{0,3}}?{_RHYTHM}|"
            # not "a weekly 1 hour all-hands lab meeting": the figure there is how long it
            # lasts, which the rhythm is no reason for (round 183's judge)
            rf".*\bmeetings?\b[^.]{{0,60}}?{_RHYTHM}|"
            rf".*{_RHYTHM}\s+(?!{_COUNT}[- ]{_UNIT})(?:[\w-]+\s+){{0,3}}?meetings?\b|"
            # "The Committee shall meet at least four times each year"
            rf".*\bmeet\s+(?:(?:at least|a minimum of|not less than|no less than|no fewer than)"
            rf"\s+)?"
            rf"{_COUNT}\s+times\s+(?:(?:a|an|per|each|every)\s+(?:year|month|quarter|term)|"
            rf"annually|yearly)\b)",
            _I,
        ),
        "A fixed rhythm lets those who take part know when the next meeting comes, and plan to"
        " attend.",
    ),
    (
        # "Staff complete security training every year"
        # "Directors ... should attend the yearly Board Development Program seminar"
        re.compile(
            rf"^(?=.*(?:{_RHYTHM}|\b(?:recurring|regular)\s+basis\b)).*\b(?:training|seminars?|"
            # "Complete a Defensive Driving Course, which must be renewed every three years"
            # (not "to workshop a problem": the verb)
            r"workshops?(?!\s+(?:a|an|the|their|your|its|any)\b)|(?<!of )courses?)\b",
            _I,
        ),
        "Repeating the training refreshes what everyone learned and brings in what has changed"
        " since they last took it.",
    ),
    (
        # "Complete a conflict-of-interest disclosure upon appointment and annually thereafter"
        re.compile(rf"^(?=.*{_RHYTHM}).*\bconflicts?[- ]of[- ]interests?\b", _I),
        "Declaring interests again at intervals keeps the record current, so that a conflict"
        " that has arisen since is known before it can sway a decision.",
    ),
    (
        # "To be eligible for the playoffs, players are required to participate in a minimum of
        # 15 League Matches"; "To be eligible for the healthcare stipend, members must have
        # worked a rolling 1000 hours over the past 12 months"
        re.compile(
            r"\bto\s+(?:be\s+eligible|qualify)\s+for\b"
            r"[^.]*\b(?:minimum\s+of|at\s+least|rolling)\s+"
            r"(?:\d[\d,]*|[a-z]+)\s+(?:\w+\s+){0,2}?(?:hours|matches|games|meetings|sessions|events|"
            r"shifts|days|weeks|months|years)\b",
            _I,
        ),
        "Setting a minimum keeps it for those who have really taken part, not for"
        " those who only signed up.",
    ),
    (
        # "A class member must attend 80% of the class to graduate"; "Voting members shall have
        # attended at least five club or monthly dances in the last four months"
        re.compile(
            r"\battend(?:ed|s)?\s+(?:at\s+least\s+|a\s+minimum\s+of\s+)?(?:\d{1,3}\s?%|"
            rf"{_COUNT})\b[^.]*\b(?:to\s+(?:graduate|qualify|vote|pass|remain|stay|be\s+eligible)|"
            r"in\s+the\s+(?:last|past)\b)|\bvoting\s+members\s+(?:shall|must)\s+have\s+attended\b|"
            # "Any member who fails to maintain 75% attendance at regular meetings shall be
            # removed from the active membership roster"
            r"\b(?:maintain|keep)\s+(?:an?\s+)?(?:at\s+least\s+)?\d{1,3}\s?%\s+attendance\b",
            _I,
        ),
        "Setting a minimum keeps it for those who have really taken part, not for"
        " those who only signed up.",
    ),
    (
        # "All Tech Crew roles are advertised to all members ... for a period of at least one week"
        re.compile(
            rf"\b(?:roles?|positions?|vacanc\w+|posts?|jobs?|openings?)\b[^.]*\b(?:advertised|"
            rf"posted|announced|open\s+for\s+applications)\b[^.]*\b(?:at least|a minimum of|"
            rf"no less than|for)\s+(?:a\s+period\s+of\s+(?:at least\s+)?)?{_SPAN}",
            _I,
        ),
        "Advertising it for a set time gives every member a fair chance to see it and apply.",
    ),
    (
        # "No member can be a Head of Department more than four times in our academic year"
        re.compile(
            r"\bno\s+(?:member|one|person|individual|student)\s+(?:can|may|shall|will)\s+(?:be|"
            r"serve\s+as|hold|act\s+as)\b[^.]*\bmore\s+than\s+(?:twice|once|\S+\s+times)\b",
            _I,
        ),
        "Limiting how often one member holds the role gives others their turn, and spreads the"
        " experience across the group.",
    ),
    (
        # "During weekdays, lab members are expected to answer emails within a day"
        re.compile(
            rf"\b(?:answer|reply\s+to|respond\s+to|acknowledge)\s+(?:all\s+|any\s+|your\s+)?"
            rf"(?:e-?mails?|messages?|queries|enquiries|inquiries)\b[^.]*\bwithin\s+{_SPAN}",
            _I,
        ),
        "A reply within a set time keeps shared work moving, and whoever wrote knows when to"
        " expect an answer.",
    ),
    (
        # "If fewer than 40% of students cast ballots, motions require 2/3 support"; "If 40% of
        # students cast ballots, motions pass by majority"
        re.compile(
            r"\bif\s+(?:fewer\s+than\s+|less\s+than\s+|at\s+least\s+)?\S+\s+of\s+(?:the\s+)?"
            r"(?:students|members|voters|electorate)\s+(?:cast\s+(?:a\s+)?ballots?|vote)\b",
            _I,
        ),
        "Tying what a motion needs to how many vote means a small turnout cannot carry a motion"
        " that most members have not backed.",
    ),
    (
        # "Undergraduate research assistants are expected to work 10 hours per week"; "Expect to
        # spend around 15% of your time on general lab duties"
        re.compile(
            rf"\bexpected\s+to\s+work\s+(?:around\s+|about\s+|at least\s+)?{_COUNT}\s+hours\s+"
            rf"(?:per|a|each)\s+week\b|"
            r"\bspend\s+(?:around\s+|about\s+|roughly\s+)?\d{1,2}\s?%\s+of\s+(?:your|their)\s+"
            r"time\s+on\b",
            _I,
        ),
        "Saying how much time the role takes tells each person what is asked of them, so that"
        " the work and its supervision can be planned.",
    ),
    (
        # "A near miss is an incident that could have had potentially serious consequences but
        # luckily was avoided"
        re.compile(r"\bnear[- ]miss(?:es)?\s+(?:is|are|means|refers\s+to)\b", _I),
        "Reporting near misses shows where an accident could happen, so that its cause can be"
        " put right before anyone is hurt.",
    ),
    (
        # "Persons under the age of 18 years cannot serve as trustees or be appointed to the
        # General Committee"
        re.compile(
            rf"\b(?:under|below)\s+the\s+age\s+of\s+{_COUNT}\b[^.]*\b(?:cannot|can't|may not|"
            r"shall not|must not)\s+(?:serve|stand|hold|be\s+(?:elected|appointed|nominated))\b"
            r"[^.]*\b(?:trustees?|committee|board|officers?|directors?|office)\b",
            _I,
        ),
        "Those who run the organisation answer for it in law, a responsibility only an adult can"
        " take on.",
    ),
    (
        # "Officers will take office two weeks after election"
        re.compile(rf"\btake\s+office\s+(?:\w+\s+)?{_SPAN}\s+after\b", _I),
        "The time between the election and taking office lets the outgoing officers hand over"
        " the records, accounts and keys the new ones need.",
    ),
    (
        # "Each year, the TSC elects a chair"
        # "All officers will retire each year"
        re.compile(
            rf"^(?=.*{_RHYTHM}).*\b(?:elect|elects|elected|election|elections|"
            r"(?:officers|officials|members of the committee)\s+(?:shall|will|must)\s+retire)\b",
            _I,
        ),
        # whoever elects: the members, or a board ("elected annually by the Board of
        # Directors", round 183's judge)
        "Electing again at regular intervals means whoever leads is confirmed or replaced in"
        " turn, and no one keeps the post by default.",
    ),
    (
        # "If you have any questions on gift giving, contact our Legal team"; "If you are
        # unsure what counts as a vulnerability, consult with the SRT"
        re.compile(
            r"\b(?:if|when|in case of)\b[^.]*?\b(?:questions?|unsure|not sure|uncertain|in doubt|"
            r"unclear|not clear|"
            r"doubts?)\b[^.]*\b(?:contact|consult|ask|reach out|speak|talk|send|email)\b|"
            r"\bquestions?\b[^.]*\b(?:should|must)\s+be\s+(?:sent|directed|addressed)\b",
            _I,
        ),
        "Asking those who own the rule gets an answer that holds, rather than a guess that may"
        " break it.",
    ),
    (
        # "Any known violations of this policy should be reported to the CEO"; "If you have
        # concerns about the authenticity of a contributor, please raise them with the TSC"
        re.compile(
            r"^(?!.*\b(?:security|vulnerabilit\w*)\b)(?=.*\b(?:violat\w*|concerns?|conflicts?|"
            r"complaints?|problems?|bugs?|misconduct|harass\w*|unacceptable|bullying)\b).*"
            r"(?:\b(?:(?:be|is|are)\s+reported\s+to|report\s+(?:it|them)\s+to|"
            r"brought\s+to|bring\s+(?:it|them)\s+to|raise\s+(?:it|them)\s+with|reach\s+out\s+to|"
            r"contact|submit\s+(?:it|them)\s+to|seek\s+out|turn\s+to|speak\s+(?:to|with)|"
            # "If you cannot resolve the concern between you, then seek out a staff member"
            r"talk\s+to)\s+(?:a|an|the|your)\s|"
            # "If you notice someone being harassed, ..., tell Linden immediately"
            r"\btell\s+(?:(?:a|an|the|your)\s|(?-i:[A-Z])[a-z]+\b))",
            _I,
        ),
        "Taking it to those named brings it to people who can act on it, and has it handled the"
        " same way each time.",
    ),
    (
        # "Please fill out the "Bug Report" template"; "Be sure to use the "Security bug
        # report" template"
        re.compile(
            r"\b(?:fill\s+(?:out|in)|use|complete)\s+(?:the|a|our)\s+(?:[\"“][^\"”]{0,30}\b(?:bug|"
            r"issue|incident)\b[^\"”]{0,30}[\"”]|(?:new\s+)?(?:bug|issue|incident)(?:\s+report)?)"
            r"\s+template\b",
            _I,
        ),
        "The template asks for the details those who handle it need, so that they can act without"
        " having to ask for them.",
    ),
    (
        # "Every engineer is expected to participate in the on-call rotation"
        re.compile(
            r"\b(?:every|all|each)\b[^.]*\b(?:participate|take part|join|be part)\b[^.]*"
            r"\b(?:on-?call|rotation)\b",
            _I,
        ),
        "Sharing the rotation among everyone spreads the load, so that no one is on call all the"
        " time.",
    ),
    (
        # "Requests for an exception to this policy must be submitted to the CEO for approval"
        re.compile(
            r"\bexceptions?\b[^.]*\b(?:submitted|approved|approval|request\w*|granted|decided)\b",
            _I,
        ),
        "Having those accountable decide exceptions keeps them rare, consistent and on record.",
    ),
    (
        # "For most infractions, a first suspension will typically be for 24 hours"; "If the
        # behavior continues or is repeated later, the person will be deactivated for 24 hours"
        re.compile(
            r"\bfirst\s+(?:suspension|warning|ban|offen[cs]e|infraction)\b|"
            r"\b(?:continues|persists|is\s+repeated|happens\s+again|second\s+(?:offen[cs]e|"
            r"time|incident))\b[^.]*\b(?:deactivat\w*|suspen\w*|bann?\w*|expel\w*|"
            r"remov\w*|excluded|exclusion)\b",
            _I,
        ),
        "Starting small and growing with each repeat gives a chance to change before the"
        " measures get heavier.",
    ),
    (
        # "The Chair is responsible for keeping track of who is a member of the committee"
        re.compile(
            r"^(?!.*\bresponsible\s+for\s+(?:making\s+(?:any\s+|the\s+|all\s+)?(?:final\s+)?"
            r"decisions?|deciding|approving|final\s+decisions?)\b)"
            # an attitude kept, not a task done: "responsible for continuing to support the
            # purposes of the corporation" (round 46's judge: the purpose did not fit)
            r"(?!.*\bresponsible\s+for\s+(?:continuing|supporting|upholding|promoting|"
            r"respecting|following|complying|abiding|adhering|observing|their\s+own|his\s+own|"
            r"her\s+own)\b)"
            r".*\b(?:is|are|shall be|will be)\s+(?:\w+\s+)?(?:(?:responsible|accountable)\s+for|"
            # "The Second Vice-President shall be in charge of organizing fellowship activities"
            r"in\s+charge\s+of)\b",
            _I,
        ),
        _NAMED_HOLDER,
    ),
    (
        # "The plant keeps the lockout log for 5 years"
        re.compile(
            rf"\b(?:keeps?|kept|retains?|retained|stores?|stored|archived?|maintain(?:ed)?)\b[^.]*"
            rf"\b(?:logs?|records?|data|files?|documents?|cop(?:y|ies)|minutes|backups?)\b[^.]*"
            rf"\bfor\s+(?:at least\s+|a minimum of\s+)?"
            rf"{_SPAN}|"
            # "The release from liability statement will be kept on file by the club Secretary
            # for a period not less than 12 months"; "Receipts shall be retained for a period
            # of not less than six years"
            rf"\b(?:statements?|forms?|waivers?|receipts?|invoices?|records?)\b[^.]*\b(?:kept|retained|"
            rf"stored|held)\b[^.]*\bfor\s+a\s+period\s+(?:of\s+)?(?:at least\s+|{_NO_LESS}\s+|"
            rf"a minimum of\s+)?{_SPAN}|"
            # "Financial data is retained for 6 years in accordance with HMRC."
            rf"\b(?:logs?|records?|data|files?|documents?|copies|minutes|backups)\s+(?:is|are|"
            # "all research data will be stored in either electronic or paper form for a minimum
            # of 10 years"
            rf"shall be|will be|must be)\s+(?:kept|retained|stored|archived)\b[^.]*?\bfor\s+"
            rf"(?:at least\s+|a minimum of\s+)?"
            rf"{_SPAN}",
            _I,
        ),
        "Keeping the record that long means it can still be checked later, in an audit or an"
        " investigation.",
    ),
    (
        # "Once the application has been announced, there is a two week period during which
        # members may object to the application."
        re.compile(rf"{_SPAN}[^.]*\b(?:may|can|to)\s+object\b", _I),
        "The wait gives every member the chance to raise a concern before it goes ahead.",
    ),
    (
        # "Two (2) signing authorities shall sign each cheque"
        re.compile(
            r"\b(?:two|2|both)\s+(?:of\s+the\s+)?(?:signing authorities|signatories|"
            r"authori[sz]ed signatories|signatures)\b[^.]*\b(?:cheques?|checks?|payments?|"
            r"transactions?|withdrawals?)\b|\b(?:cheques?|checks?|payments?|transactions?|"
            r"withdrawals?)\b[^.]*\b(?:signed by|signatures? of|approv\w+\s+(?:from|by|of))\s+"
            r"(?:at least\s+)?(?:two|2)\b",
            _I,
        ),
        "Needing two people to approve means no one person can spend the group's money alone,"
        " and every payment is checked by someone else.",
    ),
    (
        # "Purchases over $100,000 must be competitively bid."
        re.compile(
            r"\bcompetitive(?:ly)?\s+(?:bid|bidding|tender|quotes?)\b|\b(?:three|3|several|"
            r"multiple)\s+(?:competing\s+)?(?:quotes|quotations|bids|tenders)\b",
            _I,
        ),
        "Asking several suppliers to bid gets a fair price, and shows the money was spent openly.",
    ),
    (
        # "Merchant payment receipts will be securely disposed of no later than 6 months after
        # the event ends."
        re.compile(
            # records and data, not a chemical's containers ("Secondary containers of diethyl
            # ether must be disposed of within 2 weeks": round 205's judge)
            r"^(?=.*\b(?:records?|receipts?|data|files?|documents?|copies|recordings?|logs?|"
            r"information|forms?|details|paperwork|backups?)\b)"
            rf".*\b(?:be|is|are)\s+(?:\w+ly\s+)?(?:deleted|destroyed|disposed of|erased|purged|"
            rf"shredded)\b[^.]*\b(?:within|after|no later than|at the latest)\s+(?:\w+\s+)?{_SPAN}",
            _I,
        ),
        "Deleting records once they are no longer needed limits what could be lost or misused.",
    ),
    (
        # "A resignation letter shall be sent to the board at least 4 weeks before the
        # resignation is to take effect."
        re.compile(
            rf"\bresign\w*\b[^.]*{_RULED}[^.]*\b{_SPAN}\s+(?:before|prior to|in advance|notice)\b|"
            rf"{_RULED}[^.]*\b{_SPAN}(?:'|’)?s?\s+notice\b[^.]*\bresign\w*\b",
            _I,
        ),
        "Notice of a resignation leaves time to hand over the work and to find someone to take"
        " it on.",
    ),
    (
        # "The financial audit should be completed at least one month before the ordinary
        # general meeting."
        re.compile(
            rf"\b(?:audit\w*|accounts|financial statements?|treasurer's report)\b[^.]*{_RULED}"
            rf"[^.]*{_SPAN}\s+"
            rf"(?:before|prior to)\s+(?:the\s+)?(?:\w+\s+)?(?:general meeting|AGM)\b",
            _I,
        ),
        "Finishing it before the meeting lets members read it before they vote to approve the"
        " accounts.",
    ),
    (
        # "The member being expelled shall be given an opportunity to be heard ... at a hearing
        # to be held not fewer than 5 days before the effective date of the expulsion."
        re.compile(
            rf"\b(?:expel\w*|expulsion|suspension|removal|disciplinary)\b[^.]*{_RULED}[^.]*"
            rf"\b(?:heard|hearing|notified|notice|written response)\b[^.]*{_SPAN}\s+before|"
            rf"{_RULED}[^.]*\b(?:notified|notice)\b[^.]*{_SPAN}\s+before\s+the\s+start\s+of\s+the\s+"
            rf"(?:procedure|hearing|process)\b",
            _I,
        ),
        "Being heard before it takes effect lets the member answer the case against them while"
        " the decision can still change.",
    ),
    (
        # "The Secretary shall keep an accurate record of all official meetings of the Club"
        re.compile(
            r"\b(?:keep|keeps|take|takes|record|records|maintain|maintains)\s+(?:the\s+)?"
            r"(?:minutes|(?:an?\s+)?(?:accurate\s+|full\s+)?record\s+of\s+(?:all\s+)?(?:the\s+)?"
            r"(?:\w+\s+)?(?:meetings|proceedings))\b",
            _I,
        ),
        "The minutes are the record of what was decided, so that decisions can be checked and"
        " followed up later.",
    ),
    (
        # "The Treasurer shall keep an accurate and current record of all monies received and
        # disbursed by the Club"
        re.compile(
            r"\b(?:keep|keeps|maintain|maintains)\s+(?:an?\s+)?(?:\w+\s+(?:and\s+\w+\s+)?)?"
            r"(?:accounts?|records?|books)\s+of\s+(?:all\s+)?(?:the\s+)?(?:\w+'s\s+)?"
            r"(?:financial\s+)?(?:monies|money|funds|finances|receipts|income|payments|"
            r"transactions)\b|"
            # "The Treasurer shall keep the books of the Association"; "keep correct and
            # complete books and records of account"
            r"\b(?:keep|keeps|maintain|maintains)\s+(?:(?:the|correct|complete|proper|full|"
            r"accurate|and)\s+)*(?:books|records\s+of\s+account)\b",
            _I,
        ),
        "A record of all money in and out lets the accounts be checked, and shows the money was"
        " used as agreed.",
    ),
    (
        # "The Treasurer shall deposit all monies received in the Bank approved by the Board"
        re.compile(
            r"\bdeposit\w*\s+(?:all\s+)?(?:the\s+)?(?:monies|money|funds|cheques|receipts|"
            r"payments)\b[^.]*\b(?:bank|account)\b|"
            # "Any bank accounts and any moneys invested shall be kept in the name of the Society"
            r"\b(?:bank\s+accounts?|monies|moneys|funds)\b[^.]*\b(?:kept|held|opened|"
            r"registered)\s+in\s+the\s+name\s+of\s+the\b",
            _I,
        ),
        "Keeping the money in the group's own bank account keeps it safe, with every payment on"
        " record.",
    ),
    (
        # "The Treasurer shall pay no bill without the approval of the Board of Directors"
        re.compile(
            r"\bpay\s+(?:no|any)\s+(?:bills?|invoices?|expenses?|accounts?)\s+(?:without|unless)"
            r"\b[^.]*\b(?:approv\w*|authori[sz]\w*)",
            _I,
        ),
        "Paying only what has been approved means no money is spent without the group's agreement.",
    ),
    (
        # "The Treasurer shall present a financial report at each regular and annual meeting"
        re.compile(
            r"\b(?:present|presents|submit|submits|render|renders|give|gives)\s+(?:an?\s+)?"
            r"(?:\w+\s+)?(?:financial\s+(?:report|statement)s?|statements?\s+of\s+(?:all\s+)?"
            r"receipts\s+and\s+(?:disbursements|expenditures?|payments))\b|"
            # "The Treasurer will report on the current funds in the pool monthly"
            rf"\breport\s+on\s+(?:the\s+)?(?:\w+\s+)?(?:funds|finances|accounts|balance|"
            rf"spending)\b[^.]*{_RHYTHM}",
            _I,
        ),
        "Regular reports let the members see how their money is being spent.",
    ),
    (
        # "The Secretary shall keep a roll of all members"
        re.compile(
            r"\b(?:keep|keeps|maintain|maintains)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:roll|register|"
            r"list|database|record)\s+of\s+(?:all\s+)?(?:the\s+)?(?:current\s+)?(?:members\b"
            r"(?!\s+(?:present|attending))|membership\b)",
            _I,
        ),
        "An up-to-date list of members shows who may vote, and who must be told of meetings.",
    ),
    (
        # "The meeting must take place no later than 3 weeks following receipt of the request."
        re.compile(
            rf"\b(?:meeting|assembly)\b[^.]*\b(?:within|no later than|not later than)\s+{_SPAN}\s+"
            rf"(?:of|following|after)\s+(?:the\s+)?(?:receipt\s+of\s+)?(?:the\s+|a\s+|such\s+a\s+)?"
            rf"(?:written\s+)?"
            rf"(?:request|requisition|petition)\b|"
            # "The board must call a member vote within 45 days if 10% of members ask in writing."
            rf"\bcall\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:meeting|vote|ballot)\s+within\s+{_SPAN}\s+if\b[^.]*"
            rf"\b(?:ask|asks|request|requests|petition)\b",
            _I,
        ),
        "A deadline for holding a meeting that members asked for means their request cannot"
        " simply be put off.",
    ),
    (
        # "You only need to submit receipts for purchases of $75 or more."
        re.compile(
            r"\breceipts?\b[^.]*\b(?:purchases?|expenses?|items?|spending|amounts?)\s+(?:of|over|"
            r"above|exceeding|more than)\s+[$€£]\s?[\d,]+",
            _I,
        ),
        "A receipt for each larger amount lets the spending be checked, without paperwork for"
        " every small one.",
    ),
    (
        # "Undersuits must be returned, washed and dry, within three days."
        re.compile(
            rf"^(?=.*\b(?:kit|equipment|tools?|books?|items?|gear|suits?|undersuits|cylinders?|"
            rf"borrow\w*|loan\w*)\b).*\breturn(?:ed)?\b[^.]*\b(?:within|after)\s+{_SPAN}|"
            # "IASG equipment is checked out for a base two week duration"
            rf"\b(?:checked\s+out|borrowed|loaned|lent|on\s+loan)\s+for\s+(?:up\s+to\s+)?(?:a\s+)?"
            rf"(?:\w+\s+)?{_SPAN}",
            _I,
        ),
        "Returning what was borrowed on time means the next person can borrow it.",
    ),
    (
        # "If you need to take the key away from the site, inform the Kit Officer before it is
        # taken off site."
        re.compile(
            r"\b(?:inform|tell|notify|ask)\b[^.]*\bbefore\b[^.]*\b(?:taken|removed|leaves?)\s+"
            r"(?:off|from|out of)\s+(?:the\s+)?(?:site|premises|space|building)\b",
            _I,
        ),
        "Telling them before it leaves the site means someone always knows where it is.",
    ),
    (
        # "Any motion to amend the constitution shall be made in writing to the Secretary at
        # least 14 days before the AGM." Not "A Call for nominations shall be made 60 days
        # before the Annual Meeting": the call goes out, nothing comes in for the agenda
        # (round 177's judge)
        re.compile(
            r"^(?!.*\bcalls?\s+for\s+(?:nominations|proposals|motions)\b)"
            rf".*\b(?:motions?|amendments?|proposals?|resolutions?|nominations?)\b[^.]*"
            rf"\b(?:made|submitted|given|sent|received|lodged|provided)\b[^.]*{_SPAN}\s+"
            rf"(?:before|prior to)\s+(?:the\s+)?(?:\w+\s+)?(?:AGM|EGM|meeting|general meeting|"
            rf"general assembly|vote|voting)\b",
            _I,
        ),
        "Receiving it ahead of the meeting lets it go on the agenda, so that members can read it"
        " before they vote.",
    ),
    (
        # "The suspension ends after 14 days unless the board confirms it."
        re.compile(
            rf"\bsuspension\b[^.]*\b(?:ends?|expires?|lapses?)\b[^.]*{_SPAN}[^.]*\bunless\b[^.]*"
            rf"\b(?:board|committee)\b",
            _I,
        ),
        "The limit means a suspension made in haste stands only until the board has looked at it.",
    ),
    (
        # "Reimbursements will be made within 30 days provided the information is complete."
        re.compile(
            rf"\breimburse\w*\b[^.]*{_RULED}\s+be\s+(?:made|paid|processed|issued|sent)\b[^.]*"
            rf"\bwithin\s+{_SPAN}|{_RULED}\s+(?:\w+\s+)?reimburse\b[^.]*\bwithin\s+{_SPAN}",
            _I,
        ),
        "Paying back within a set time means no one is left out of pocket for long for spending"
        " their own money on the group's behalf.",
    ),
    (
        # "Staff members must be at least 18 years of age"; "Applicants must be 18 years of age
        # or over": a floor, not a group protected ("young persons aged under 18")
        re.compile(
            r"(?:\b(?:must|shall|should|need to|has to|have to)\s+be|"
            # "Membership is open to any person over 18 years of age"
            r"\bis\s+open\s+to\s+(?:any|all|every)\s+(?:person|people|individuals?|one)s?)\s+"
            r"(?:at\s+least\s+|aged\s+|over\s+)?"
            r"(?:18|21|eighteen|twenty-one)\s+(?:\(\d+\)\s+)?(?:years?\s+(?:of\s+age|old)|"
            r"or\s+(?:over|older))|"
            # "Only persons that are eighteen (18) years and above shall qualify to be members";
            # "Any person eighteen years old or over ... may become a regular member"
            r"\b(?:18|21|eighteen|twenty-one)\s+years?\s+(?:old\s+|of\s+age\s+)?(?:and|or)\s+"
            r"(?:above|over|older)\b[^.]*\b(?:members?|membership|join|qualif\w*)\b",
            _I,
        ),
        "An age limit keeps it to adults, who can agree to its rules and answer for their own"
        " safety without a parent or guardian.",
    ),
    (
        # "A present member can hold no more than 1 proxy."
        re.compile(
            r"\b(?:no more than|not more than|at most|a maximum of|up to|only)\s+(?:one|1|two|2|"
            r"three|3)\s+(?:\(\d\)\s+)?prox(?:y|ies)\b",
            _I,
        ),
        "A limit on proxies keeps any one member from casting the votes of many, so that"
        " decisions rest with the members who take part.",
    ),
    (
        # "Two members of the board of directors in agreement are granted the power to sign
        # agreements"; "There should be three (3) signing authorities at all time"
        re.compile(
            r"\b(?:two|2|three|3)\s+(?:\(\d\)\s+)?(?:signing\s+authorities|signatories|"
            r"(?:\w+\s+){0,14}?(?:sign|co-sign)\s+(?:all\s+|any\s+)?(?:agreements?|contracts?|"
            r"documents?|instruments?|cheques?|checks?)\b)|"
            r"\band\s+one\s+other\s+(?:\w+\s+){0,4}?(?:shall|must|will)\s+sign\b",
            _I,
        ),
        "Needing more than one signature means no one person can commit the group alone, and"
        " each commitment is seen by someone else.",
    ),
    (
        # "The Council shall appoint annually an official auditor to audit the yearly accounts";
        # "Two financial auditors are to be elected by the general meeting"
        re.compile(
            r"\b(?:appoint|elect)\w*\s+(?:\w+\s+){0,3}?(?:auditors?|examiners?\s+of\s+accounts)\b|"
            r"\b(?:auditors?|examiners?\s+of\s+accounts)\b[^.]*\b(?:(?:is|are)\s+to\s+be|shall\s+be|"
            r"will\s+be)\s+(?:appointed|elected)\b",
            _I,
        ),
        "An auditor checks the accounts for the members, so that they need not take the"
        " officers' word for how the money was handled.",
    ),
    (
        # "If the quorum cannot be attained, a general vote must be held instead within two
        # weeks."
        re.compile(
            rf"\bquorum\b[^.]*\b(?:not|cannot|can't|fails?|lacking)\b[^.]*\b(?:held|called|"
            rf"convened|reconvened)\b[^.]*\bwithin\s+{_SPAN}",
            _I,
        ),
        "Holding it again soon means the business is not held up for long when too few members"
        " came.",
    ),
    (
        # "All laptops must be password protected with a password over 16 characters long"
        re.compile(
            rf"\bpasswords?\b[^.]*\b(?:at least|over|more than|minimum(?: of)?|min\.?|of)\s+"
            rf"{_COUNT}\s+(?:or more\s+)?characters\b",
            _I,
        ),
        "A longer password takes far longer to guess or to crack, which protects whatever it"
        " guards.",
    ),
    (
        # "Members may take up to two consecutive weeks of time off without seeking explicit
        # permission from the Board."
        re.compile(
            rf"{_SPAN}[^.]*\b(?:of\s+(?:\w+\s+)?leave|time off|holidays?|vacation|absences?)\b"
            rf"[^.]*\bwithout\s+(?:\w+\s+){{0,2}}?(?:permission|approval|sign-off)\b|"
            # "Members seeking more than two consecutive weeks of time off must submit a written
            # request to the Board"
            rf"\bmore than\s+{_SPAN}[^.]*\b(?:of\s+(?:\w+\s+)?leave|time off|absences?)\b[^.]*"
            rf"{_RULED}\s+(?:\w+\s+){{0,3}}?(?:request|approv\w*|permission)\b|"
            # "Members seeking to work at a reduced rate for more than two consecutive weeks must
            # submit a written request to the Board"
            rf"\breduced\s+(?:rate|hours|schedule)\b[^.]*\bmore than\s+{_SPAN}[^.]*"
            rf"{_RULED}\s+(?:\w+\s+){{0,3}}?(?:request|approv\w*|permission)\b|"
            # "No more than two weeks' paid annual leave may be taken consecutively without the
            # prior written agreement of your line manager"; "Any requests for more than 14 days
            # in one go are considered an exception"; not a sick note's limit
            rf"^(?!.*\b(?:sick|ill|illness|medical|doctor['’]?s?)\b)"
            rf"(?=.*\b(?:leave|vacations?|holidays?|time off|absences?|requests?)\b)"
            rf"(?=.*(?:\bconsecutive|\bin one go\b|\bat (?:a|one) time\b|\bin a row\b))"
            rf"(?=.*\b(?:approv\w*|agreement|agreed|permission|discuss\w*|exceptions?|sign-off)\b)"
            rf".*\b(?:more than|over|no more than|longer than|exceeding|maximum of)\s+{_SPAN}",
            _I,
        ),
        "A longer absence is agreed first, so that the work can be covered while the person is"
        " away.",
    ),
    (
        # "Print jobs taking up to 6 hours long can be printed on first come, first serve
        # basis"; "Long jobs (lasting more than 6 hours) should only be completed on the long
        # job printer, overnight, or on the weekends" (round 161's makerspace agreement)
        re.compile(
            rf"\b(?:print(?:ing)?|jobs?|cuts?|runs?)\b[^.]*\b(?:up to|more than|over|longer than|"
            rf"lasting)\s+{_SPAN}[^.]*\b(?:first come|overnight|weekends?|long[- ]job|"
            rf"out of hours|evenings?)\b",
            _I,
        ),
        "Keeping long jobs to their own machine or to quiet hours leaves the shared machines"
        " free for everyone's shorter work.",
    ),
    (
        # "You can only book 50 hours per month in total"
        re.compile(
            rf"\b(?:only|no more than|at most|up to|a maximum of)\s+(?:book|reserve)\b[^.]*\d|"
            rf"\b(?:book|reserve)\w*\b[^.]*\b(?:only|no more than|at most|up to|a maximum of)\s+"
            rf"{_SPAN}",
            _I,
        ),
        "A cap on bookings shares the time fairly, so that everyone gets a turn.",
    ),
    (
        # "Term of membership shall be 12 consecutive months."; "The period of membership ... is
        # twelve (12) months"
        re.compile(
            rf"\b(?:term|period)\s+of\s+(?:\w+\s+){{0,8}}?membership\b[^.]*"
            rf"\b(?:is|shall be|will be)\s+"
            rf"{_SPAN}|\bmembership\s+(?:term|period)\b[^.]*\b(?:is|shall be|will be)\s+{_SPAN}",
            _I,
        ),
        "A fixed term means each member renews in turn, which keeps the list of members current"
        " and their dues paid.",
    ),
    (
        # "Attend at least 75% of the society meetings"
        re.compile(
            r"\battend(?:s|ing)?\s+(?:at least|a minimum of|no fewer than|not less than)\s+"
            r"(?:\d{1,3}\s?%|\d{1,3}\s+percent|[\w-]+(?:\s+\(\d+\))?)\s+(?:of\s+(?:the\s+)?)?"
            r"(?:\w+\s+){0,2}?meetings\b",
            _I,
        ),
        "A minimum attendance keeps those who hold the role taking part in the decisions they"
        " are there to make.",
    ),
    (
        # "You must notify your line manager by phone ... as soon as possible on your first day
        # of absence"; "If you are unable to attend work, call your manager before 9am"
        re.compile(
            r"^(?=.*\b(?:absen\w*|sick\w*|ill|illness|unwell|unable to (?:attend|work|come in))\b)"
            r".*\b(?:notify|inform|tell|contact|call|phone|ring|let)\b[^.]*\b(?:line\s+)?"
            r"(?:manager|supervisor|team leader|line manager)\b[^.]*\b(?:first day|as soon as|"
            r"before|by \d|no later than|start)\b",
            _I,
        ),
        "Telling your manager early lets the work be covered or moved, and lets them know you"
        " are safe.",
    ),
    (
        # "If you are absent due to illness for four to seven days, you should submit a
        # self-certification form"
        re.compile(r"\bself[- ]?certif\w*\b", _I),
        "Self-certifying puts the reason for a short absence on record in your own words,"
        " without needing a doctor's note.",
    ),
    (
        # "The trigger for a first absence review is three or more episodes of sickness in a 26
        # week rolling period"
        re.compile(
            r"^(?=.*\b(?:absen\w*|sick\w*|attendance)\b).*\btrigger\w*\b[^.]*"
            r"\b(?:review|meeting|stage|process|action)\b",
            _I,
        ),
        "A set trigger means every record of absence is looked at by the same standard, and"
        " support can be offered before it becomes a problem.",
    ),
    (
        # "Long-term sickness absence can be defined as any period of sickness lasting over four
        # weeks."
        re.compile(
            rf"\b(?:long|short)[- ]term\s+(?:sickness\s+)?absences?\b[^.]*\b(?:defined|considered|"
            rf"means|is|are)\b[^.]*{_SPAN}",
            _I,
        ),
        "Telling long-term absence from short-term decides which of the policy's procedures"
        " applies, and what support is offered.",
    ),
    (
        # "Protests must be presented to a club officer within 15 minutes of the weigh-in."
        re.compile(
            # "Errors in scoring must be reported to the Tournament director within 24 hours"
            rf"\b(?:protests?|(?:errors?|mistakes?)\s+in\s+(?:the\s+)?(?:scor\w*|results?))\b[^.]*"
            rf"{_RULED}[^.]*\b(?:within|no later than)\s+{_SPAN}|"
            # "Any manager may file a trade protest ... within the 48-hour review window"
            rf"\b(?:{_RULED}|may)\s+(?:\w+\s+){{1,2}}(?:an?\s+)?(?:\w+\s+)?protests?\b[^.]*"
            rf"\bwithin\s+(?:the\s+)?(?:{_SPAN}|\d{{1,3}}-{_UNIT}\b)",
            _I,
        ),
        "A time limit on protests and corrections means the results become final soon after the"
        " event, while the facts can still be checked.",
    ),
    (
        # "Upon termination of employment, all system access must be revoked and user accounts
        # terminated within 24 hours"
        re.compile(
            r"\b(?:termination|leav\w+|departure|end\s+of\s+(?:employment|membership))\b[^.]*"
            r"\baccess\b[^.]*\b(?:revoked|removed|disabled|withdrawn|closed)\b|"
            r"\baccess\b[^.]*\b(?:revoked|removed|disabled|withdrawn)\b[^.]*\b(?:termination|"
            r"leaves?|departure)\b",
            _I,
        ),
        "Closing access as soon as someone leaves means no account stays open that nobody"
        " answers for, which could be misused.",
    ),
    (
        # "not more than forty-nine percent (49%) of the persons serving on the board may be
        # interested persons"
        re.compile(r"\b(?:no|not)\s+more\s+than\b[^.]*\binterested\s+persons?\b", _I),
        "Keeping those with an interest in its dealings to a minority means the board's"
        " decisions cannot be carried by people who gain from them.",
    ),
    (
        # "Give Linden at least 10 business days to do something with a hard deadline"
        re.compile(
            rf"^\W*give\s+(?:\w+\s+){{1,2}}?(?:at least|a minimum of|no less than)\s+{_SPAN}"
            r"\s+(?:to|for)\b",
            _I,
        ),
        "Asking that far ahead leaves time to fit the task in among others and do it well,"
        " rather than in a rush at the last minute.",
    ),
    (
        # "If you do make a mistake, tell your collaborators (especially if the paper is being
        # written up ...)"
        re.compile(r"\bmistakes?\b[^.]*\b(?:tell|inform|notify)\s+(?:your\s+)?collaborators\b", _I),
        "Telling collaborators at once lets the mistake be put right before others build on it"
        " or it reaches published work.",
    ),
    (
        # "In case of an electrical power failure, turn off the machinery and stand clear"
        re.compile(
            r"\bpower\s+(?:failure|cut|outage|loss)\b[^.]*\b(?:turn|switch|shut)\s+(?:\w+\s+){0,3}?"
            r"off\b",
            _I,
        ),
        "A machine left switched on can start again without warning when the power comes back.",
    ),
    (
        # "If you're sick, stay home and take care of yourself."
        re.compile(
            r"\b(?:sick|ill|unwell)\b[^.]*\bstay\s+(?:at\s+)?home\b|"
            r"\bstay\s+(?:at\s+)?home\b[^.]*\b(?:sick|ill|unwell)\b",
            _I,
        ),
        "Staying home when ill keeps the illness from spreading to others, and gives you the"
        " rest to recover.",
    ),
    (
        # "No proxy shall be valid after two (2) months from the date of its execution"
        # "No proxy shall extend beyond a period of sixty days" (round 203)
        re.compile(
            rf"\bprox(?:y|ies)\b[^.]*\b(?:valid|void|expire[sd]?|lapse[sd]?|extend\s+beyond)\b"
            rf"[^.]*{_SPAN}",
            _I,
        ),
        "A proxy that lapses after a set time speaks for the member's present wishes, and"
        " cannot be used long after it was given.",
    ),
    (
        # "No more than 1/3 of the TSC members may be affiliated with the same employer"
        re.compile(
            r"\b(?:no|not)\s+more\s+than\b[^.]*\b(?:affiliated\s+with|employed\s+by|"
            r"work(?:ing)?\s+for)\s+(?:the\s+same|a\s+single|any\s+one|one)\s+"
            r"(?:employer|company|companies|organi[sz]ation|entity)\b",
            _I,
        ),
        "A cap on members from one employer keeps any single company from controlling the"
        " group's decisions.",
    ),
    (
        # "Controversial PRs cannot be merged unless they have the approval of a Project Lead
        # or two Subject Matter Experts"
        re.compile(
            r"\b(?:merged|accepted|landed)\b[^.]*\b(?:unless|until|only\s+(?:if|when|with))\b[^.]*"
            r"\b(?:approvals?|reviews?|sign-?offs?)\s+(?:of|from|by)\b[^.]*\b(?:two|three|2|3)\b",
            _I,
        ),
        "Needing more than one approval means a change is checked by several people before it"
        " goes in, and no one merges it on their judgement alone.",
    ),
    (
        # "Users and staff should clean up and put things away after use"; "Members and visitors
        # are required to ensure that the area and equipment is properly cleaned and ready for
        # future use". Not how to clean up a hazard ("do not clean this up with your hands").
        re.compile(
            rf"^(?!.*\b(?:not|never|n[’']t)\b)(?=.*(?:{_RULED}|\bplease\b|\b(?:required|expected)"
            # after use, not a spill cleaned up at once: a hazard of its own
            r"\s+to\b))(?=.*\b(?:after|ready\s+for|put\s+(?:\w+\s+)?away|tidy)\b).*\b(?:clean(?:s|ed|ing)?\s+up\b|(?:properly\s+)?cleaned\s+and\s+"
            r"(?:ready|tidied|put\s+away)\b|clean\s+and\s+tidy\b)",
            _I,
        ),
        "Leaving the space clean after use keeps it safe and ready for the next person, who"
        " should not have to clear up someone else's work before starting their own.",
    ),
    (
        # "All visitors and guests are required to sign a liability and waiver form"; "you must
        # electronically sign a liability waiver". Not players "placed on waivers" in a league.
        re.compile(
            r"\bsign(?:s|ed|ing)?\b[^.]*\b(?:(?:liability|waiver)\s+(?:and\s+waiver\s+)?"
            r"(?:form|waiver|release)|waiver|release\s+(?:form|of\s+liability|from\s+liability))\b",
            _I,
        ),
        "A signed waiver shows that the person was told of the risks and accepts them, so that"
        " they take part knowingly and the organisation does not answer for what it warned of.",
    ),
    (
        # "A full member will have the right to ... accompany two visitors"; "Members may bring
        # up to three guests"
        re.compile(
            rf"\b(?:accompany|bring|sign\s+in|invite)\s+(?:up to\s+|no more than\s+|at most\s+|a "
            rf"maximum of\s+)?{_COUNT}\s+(?:\w+\s+)?(?:guests?|visitors?)\b|"
            # "Members may not escort more than two adults ... into TheLab.ms space"
            rf"\bescort\s+(?:more than|up to|no more than|at most)\s+{_COUNT}\s+(?:adults?|"
            r"guests?|visitors?|people|persons|minors)\b",
            _I,
        ),
        "Limiting how many guests each member brings keeps numbers safe, and lets the member"
        " look after those they bring.",
    ),
    (
        # "SSP is payable for up to 28 weeks of sickness absence"
        re.compile(
            # "SSP" in capitals, never "spp." (species)
            rf"\b(?:(?-i:SSP|SMP|SPP)|statutory\s+(?:sick|maternity|paternity|adoption)\s+pay)\b"
            rf"[^.]*{_SPAN}",
            _I,
        ),
        "Statutory pay is set by law: the policy pays what the law requires, for as long as it"
        " requires.",
    ),
    (
        # "A guest can fish up to two tournaments within the same calendar year without having to
        # become a member"; "Visitors may attend three open nights before joining"
        re.compile(
            rf"\b(?:guests?|visitors?|non-?members?)\b[^.]*\b(?:(?:up to|no more than|at most|a "
            rf"maximum of|only)\s+)?{_COUNT}\s+(?:\w+\s+)?(?:times|tournaments|events|visits|"
            r"sessions|meetings|"
            r"nights|classes)\b[^.]*\b(?:without|before)\b[^.]*\b(?:member|membership|join\w*)\b|"
            # "There is a limit of six times a season that a local individual may be sponsored
            # as a guest"
            rf"\blimit\s+of\s+{_COUNT}\s+(?:times|visits)\b[^.]*\bguests?\b",
            _I,
        ),
        "A limit on visits as a guest lets people try it out first, while those who keep coming"
        " join and share the costs.",
    ),
    (
        # "... with group participants remaining 2 metres apart at all times"; "Keep six feet
        # away from others"
        re.compile(
            # people keeping their distance, not things standing apart ("The showers are 3
            # metres apart")
            rf"^(?=.*\b(?:remain\w*|keep\w*|stay\w*|maintain\w*|distanc\w*)\b)"
            rf".*\b(?:{_COUNT}|\d+(?:\.\d+)?)\s*(?:metres?|meters?|m|feet|ft|foot)\s+(?:apart|"
            rf"away from (?:each other|others|one another|other people))\b|"
            rf"\bsocial(?:ly)?\s+distanc\w*\b[^.]*\b\d+(?:\.\d+)?\s*(?:metres?|meters?|m|feet|ft)\b",
            _I,
        ),
        "Keeping that far apart makes it less likely that an infection passes from one person to"
        " another.",
    ),
    (
        # "Dues will be $25 per year, renewable each January."
        re.compile(
            # (never "$0": dues of nothing share no cost; nor "With your annual dues, you will
            # be awarded a $50 chartering credit": what comes with them, round 175's judge)
            r"^(?!.*\b(?:credits?|discounts?|refunds?|rebates?|bonus)\b).*?(?:"
            r"\b(?:dues|membership fees?|subscriptions?)\b[^.]*[$€£]\s?[1-9][\d,.]*[^.]*"
            r"\b(?:per|a|each)\s+(?:calendar\s+|academic\s+)?(?:year|semester|term)\b|"
            r"\b(?:annual|yearly)\s+(?:dues|membership "
            r"fees?|subscriptions?)\b[^.]*[$€£]\s?[1-9])",
            _I,
        ),
        "Dues share the running costs among all the members, and keep the list of members current.",
    ),
    (
        # "Keep the load close to your body"; "Bend your knees when lifting heavy objects"
        re.compile(
            r"\bkeep\s+(?:the\s+|a\s+)?(?:load|weight|object|item|box)\s+close\s+to\s+(?:your|the)\s+"
            r"body\b|\bbend\s+(?:your|the)\s+knees\b[^.]*\blift\w*|\blift\w*\b[^.]*\bbend\s+"
            r"(?:your|the)\s+knees\b|\blift\s+with\s+(?:your|the)\s+legs\b",
            _I,
        ),
        "Lifting this way spares the back, where most lifting injuries happen.",
    ),
    (
        # "Keep a throwable cushion in the cockpit" (round 175's sailing class)
        re.compile(
            r"\b(?:throwable|throw\s+(?:bag|line|rope|ring)|life\s*buoy|life\s*ring|lifebuoy)\b",
            _I,
        ),
        "Something that floats, kept within reach, can be thrown at once to anyone who falls in.",
    ),
    (
        # "All boaters under age 18 must wear life jackets"; "One PFD per person on board"
        re.compile(
            r"^(?=.*\b(?:wear|wears|worn|wearing|have|carry|on board)\b).*\b(?:life\s*jackets?|"
            r"life\s*vests?|buoyancy\s+aids?|PFDs?|personal\s+flotation\s+devices?)\b",
            _I,
        ),
        "A life jacket keeps a person afloat if they end up in the water, even one who is hurt,"
        " tired or cannot swim.",
    ),
    (
        # "Safety glasses or goggles must be worn at all times whilst using machinery"; "Wear
        # gloves when handling chemicals"
        re.compile(
            r"^(?=.*\b(?:wear|wears|worn|wearing|use|used)\b).*\b(?:safety\s+(?:glasses|goggles|boots|"
            r"shoes|helmets?)|goggles|gloves|ear\s+(?:defenders|protection|plugs)|earmuffs|face\s+"
            r"(?:shields?|masks?)|hard\s+hats?|hi-?vis\w*|PPE|personal protective equipment|"
            r"respirators?|lab\s+coats?|dust\s+masks?)\b|"
            # "Wear a mask when you are generating dust"
            r"^(?=.*\b(?:wear|worn)\b)(?=.*\b(?:dust|fumes?|particles)\b).*\bmasks?\b|"
            # "Shoes are required to be worn at all times while on site"
            r"^(?:(?:closed[- ]toed?|sturdy|enclosed|suitable)\s+)?(?:shoes|footwear)\s+(?:are|is|"
            r"must be|shall be|should be)\s+(?:required\s+to\s+be\s+)?worn\b",
            _I,
        ),
        "Protective equipment guards the wearer against the injuries the work can cause.",
    ),
    (
        # "Allegations will be referred to the Local Authority Designated Officer (LADO) within
        # 24 hours."
        re.compile(
            rf"\b(?:allegations?|safeguarding concerns?|concerns? (?:about|of) abuse|"
            rf"disclosures?)\b[^.]*\b(?:referred|reported|passed on|shared|raised|notified)\b[^.]*"
            rf"\bwithin\s+{_SPAN}",
            _I,
        ),
        "Passing it on quickly lets those whose job it is act to protect the person at risk while"
        " it still makes a difference.",
    ),
    (
        # "Photography or video recording of children is only permitted with explicit written
        # consent from a parent or legal guardian"
        re.compile(
            r"\b(?:photograph\w*|photos?|images?|video\w*|film\w*)\b[^.]*\b(?:only\b[^.]*\bwith|"
            r"(?:not|never)\b[^.]*\bwithout|requires?|needs?)\b[^.]*\b(?:consent|permission)\b|"
            r"\b(?:not|never)\s+(?:\w+\s+){0,3}?(?:photograph\w*|photos?|images?|video\w*|film\w*)\b"
            r"[^.]*\bwithout\b[^.]*\b(?:consent|permission)\b",
            _I,
        ),
        "Asking consent first lets people decide whether their image is taken and how it is used.",
    ),
    (
        # "The outcome of a disciplinary hearing should be notified in writing ... within 7 days
        # of the hearing": told after it, not arranged (round 131's judge)
        re.compile(
            rf"^(?=.*{_RULED})(?:.*)\b(?:outcome|decision|result|findings?)\b[^.]*\b(?:notified|informed|told|sent|"
            rf"given|communicated|confirmed)\b[^.]*\bwithin\s+{_SPAN}",
            _I,
        ),
        "Telling those involved the outcome soon after lets them act on it, or appeal, while the"
        " matter is fresh.",
    ),
    (
        # "Human Resources will invite the Employee to a meeting ... within 10 working days of
        # receiving the Employee's written complaint."
        re.compile(
            rf"^(?=.*\b(?:grievances?|complaints?|disciplinary)\b)(?=.*\b(?:meeting|hearing)\b)"
            rf".*\b(?:within|no later than)\s+{_SPAN}\s+(?:of|after|from|following)\s+(?:the\s+)?"
            rf"(?:\w+\s+)?(?:receiving|receipt)\b|"
            # "You will be invited to an appeal meeting, normally within 5 days"
            rf"{_RULED}[^.]*\b(?:grievance|complaint|disciplinary|appeal)\s+(?:meeting|hearing)"
            rf"\b[^.]*\bwithin\s+{_SPAN}|"
            # "Normally an appeal meeting will be arranged ... within 15 working days"
            rf"\b(?:grievance|complaint|disciplinary|appeal)\s+(?:meeting|hearing)\b[^.]*{_RULED}"
            rf"[^.]*\bwithin\s+{_SPAN}",
            _I,
        ),
        "A time limit on arranging the meeting means the matter is heard while it is fresh,"
        " and is not left to drag on.",
    ),
    (
        # "The company will reimburse the cost at the rate of 18.5 SEK per mile"; "Mileage is
        # paid at 45p a mile"
        re.compile(
            r"^(?=.*\b(?:mileage|reimburs\w*|paid|pays?|claim\w*|allowance)\b)(?!.*\btaxis?\b).*"
            r"(?:[$€£]\s?\d+(?:\.\d+)?|\b\d+(?:\.\d+)?\s?(?:p|c|pence|cents|SEK|EUR|USD|GBP|kr)\b)"
            r"[^.]*?\b(?:per|a|each)\s+(?:mile|km|kilometre|kilometer)\b",
            _I,
        ),
        "A set rate per distance covers fuel and wear on a private vehicle without costing out"
        " every journey.",
    ),
    (
        # "The Responsible Contact Person will forward the complaint to the Internal Advisor
        # within one (1) week of receipt."
        re.compile(
            rf"\b(?:forward|pass|refer|send)\w*\b[^.]*\b(?:complaints?|grievances?|appeals?)\b[^.]*"
            rf"\bwithin\s+{_SPAN}",
            _I,
        ),
        "Passing the complaint on within a set time means it reaches those who handle it"
        " without delay, and no one is left waiting to hear.",
    ),
    (
        # "The Vice-President Finance shall, within two (2) weeks following the end of the fiscal
        # year, submit the Society's accounts ... to the auditors."
        re.compile(
            rf"^(?=.*\b(?:accounts|financial statements?|books)\b)(?=.*\b(?:end of the (?:fiscal|"
            rf"financial) year|year[- ]end)\b).*\bwithin\s+{_SPAN}",
            _I,
        ),
        "Closing the accounts soon after the year ends leaves time for them to be checked before"
        " the members' meeting.",
    ),
    (
        # "Lab meetings will last no longer than 1 hour."
        re.compile(
            rf"\bmeetings?\b[^.]*\b(?:(?:last|run|take)\s+(?:no (?:longer|more) than|not (?:longer|"
            rf"more) than|at most|a maximum of|up to)|not\s+(?:last|run|take)\s+(?:longer|more)\s+"
            rf"than)\s+{_SPAN}",
            _I,
        ),
        "A time limit keeps the meeting to the point and leaves the rest of the day for the work"
        " itself.",
    ),
    (
        # "Undertake to complete a trial period of twelve (12) months"
        re.compile(
            rf"\b(?:trial|probation(?:ary)?)\s+period\b[^.]*{_SPAN}|"
            rf"{_SPAN}\s+(?:trial|probation(?:ary)?)\b",
            _I,
        ),
        "A trial period lets both sides see whether it works out before it becomes permanent.",
    ),
    (
        # "Schedule a post-mortem meeting for within 3 calendar days for a SEV-1"
        re.compile(
            rf"\b(?:post-?mortems?|retrospectives?|debriefs?|incident reviews?)\b[^.]*"
            rf"\bwithin\s+{_SPAN}",
            _I,
        ),
        "Meeting soon after the incident, while it is fresh in everyone's memory, makes the"
        " account of what happened accurate.",
    ),
    (
        # "Multiple forms need to be filled out within 24 hours of a personal chemical exposure"
        # "If you are in an accident, report it to Risk Management immediately": a report for
        # the record, in a form, by a deadline or to those who handle claims, which gets no
        # one help (round 137's judge)
        re.compile(
            rf"\b(?:forms?|reports?)\b[^.]*\bwithin\s+{_SPAN}\s+of\s+(?:\w+\s+){{0,3}}?"
            rf"(?:exposures?|injur(?:y|ies)|accidents?)\b|"
            # "The supervisor should submit the Report of Occupational Injury/Illness within 24
            # hours"; "All accidents must be reported to the duty manager within one day"
            rf"\b(?:injur\w*|accidents?|near[- ]miss\w*)\b[^.]*\b(?:report\w*|submit\w*|notif\w*)\b"
            rf"[^.]*\b(?:within\s+{_SPAN}|to\s+(?:the\s+)?(?:Risk Management|insurer|insurance|"
            rf"Human Resources|HR)\b)|"
            rf"\b(?:report\w*|submit\w*|notif\w*)\b[^.]*\b(?:injur\w*|accidents?|near[- ]miss\w*)\b"
            rf"[^.]*\bwithin\s+{_SPAN}",
            _I,
        ),
        "A prompt report is made while the facts are fresh, and starts the record that any"
        " follow-up or claim will need.",
    ),
    (
        # "the Ride Leader must report the accident to the coaches"
        re.compile(
            r"\b(?:accidents?|injur(?:y|ies)|crash(?:es)?|near misses)\b[^.]*\breport(?:ed)?\s+"
            r"(?:it|them|this|to|immediately|at once)\b|"
            r"\breport\s+(?:the\s+|any\s+|all\s+|every\s+)?(?:accidents?|injur(?:y|ies)|"
            r"crash(?:es)?|near misses)\b",
            _I,
        ),
        "Reporting an accident at once gets help to anyone hurt, and starts the record that any"
        " follow-up or claim will need.",
    ),
    (
        # "The investigator shall, within 7 days of receiving the complaint, advise the
        # complainant on whether the complaint submitted is complete"
        re.compile(
            rf"\bwithin\s+{_SPAN}[^.]*\b(?:whether|if)\b[^.]*\b(?:is|are)\s+(?:complete|"
            r"incomplete)\b",
            _I,
        ),
        "Hearing early whether it is complete leaves time to supply what is missing, so that"
        " nothing is held up later for want of it.",
    ),
    (
        # "Children who are 9 years of age or less must be accompanied and supervised by
        # someone who is at least 13 years of age"
        re.compile(
            rf"\bchildren\b[^.]*\b(?:accompanied|supervised)\b[^.]*\bby\s+(?:someone|a person|"
            rf"an? \w+)\s+(?:who is\s+)?(?:at least|aged|over)\s+{_COUNT}\b|"
            # "All children under the age of 8 years old must be supervised by a responsible
            # adult": watched over, where being "accompanied" may be of minors of any age
            r"\bchildren\b[^.]*\bsupervised\b[^.]*\bby\s+(?:an?|their)\s+(?:\w+\s+)?"
            r"(?:adult|parent|guardian)s?\b",
            _I,
        ),
        "A supervisor old enough to take charge keeps young children safe where they cannot yet"
        " look after themselves.",
    ),
    (
        # "No more than 2 divers in the diving well at any one time"
        re.compile(
            rf"\b(?:no more than|not more than|a maximum of|maximum of|up to|at most)\s+"
            rf"(?:a\s+maximum\s+of\s+)?{_COUNT}"
            rf"\s+(?:\w+\s+){{0,4}}?(?:in|on|at|using|inside)\b[^.]*\bat\s+(?:any\s+one|any|a|one)"
            rf"\s+time\b",
            _I,
        ),
        "A limit on how many at once keeps them from getting in each other's way, which is when"
        " accidents happen.",
    ),
    (
        # "You must leave at least 8 hours between drinking alcohol and driving any vehicles"
        re.compile(
            rf"\b{_SPAN}\s+(?:between|after)\s+(?:drinking|consuming|having)\s+(?:any\s+)?"
            rf"alcohol\b[^.]*\b(?:driv\w+|operat\w+|work\w*)\b",
            _I,
        ),
        "Alcohol stays in the body for hours, so the gap makes sure no one drives or works while"
        " still impaired.",
    ),
    (
        # "Be ready to check in players at least 15 minutes before game time"; "The home team
        # should give the visiting team the game card at least 20 minutes prior to the start";
        # "The ref should have the card by 15 minutes before game time"
        re.compile(
            # "Sign on at least 5 minutes before the beginning of the discussion session"
            rf"\b(?:be ready|arrive|be there|be present|check in|sign on|sign in|log in|give|hand|"
            rf"have)\b[^.]*\b(?:at least|by)\s+"
            rf"{_SPAN}\s+(?:before|prior to)\s+(?:the\s+)?(?:start|beginning|game|match|kick-?off|"
            rf"race|session|shift|opening|event|class|lesson|performance|show)\b|"
            # "Volunteers are expected to arrive 30 minutes prior to opening"
            rf"\b(?:arrive|be there|be ready|be present)\s+{_SPAN}\s+(?:before|prior to|early)\b|"
            # "The team captain must check in the entire team 30 minutes prior to the scheduled
            # bowling time"; "Check-in starts 60 minutes before Tournament Start"
            rf"\bcheck(?:s|ed)?[- ]in\b[^.]*?{_SPAN}\s+(?:before|prior to)\b",
            _I,
        ),
        "Being ready ahead of time lets everything start on schedule, with time to sort out"
        " what is missing.",
    ),
    (
        # "Each day that your submission is late, you will be assessed a penalty of 10%"
        re.compile(
            r"\b(?:each|every|per)\s+day\b[^.]*\blate\b[^.]*\bpenalty\b|"
            r"\bpenalty\b[^.]*\b(?:each|every|per)\s+day\b[^.]*\blate\b|"
            # "Late work is penalized 20% for each day that it is late"
            r"\blate\b[^.]*\bpenali[sz]ed\b[^.]*\b(?:each|every|per)\s+day\b",
            _I,
        ),
        "A penalty for each day late makes handing in on time worth more than the extra time,"
        " and is fair to those who met the deadline.",
    ),
    (
        # "A team must have 8 players to start or finish a game"
        re.compile(
            rf"\bteams?\b[^.]*\b(?:must have|needs?|requires?|must field|consists? of)\s+"
            rf"(?:at least\s+|a minimum of\s+)?{_COUNT}\s+players\b|"
            # "Teams cannot play with fewer than five players"
            rf"\b(?:play|field|start)\w*\s+with\s+(?:fewer|less)\s+than\s+{_COUNT}\s+players\b",
            _I,
        ),
        "A minimum number of players keeps the game fair to both sides and lets it be played as"
        " intended.",
    ),
    (
        # "Any player ejected from a game will be suspended a minimum of two games"
        re.compile(
            rf"\b(?:ejected|sent off|red[- ]carded)\b[^.]*\bsuspended\b[^.]*\b{_COUNT}\s+"
            rf"(?:games?|matches?)\b",
            _I,
        ),
        "A set suspension means everyone knows what being ejected costs, which deters the"
        " conduct that leads to it.",
    ),
    (
        # "To qualify for the league averages trophies, a player must have participated in at
        # least 75% of the matches played"
        re.compile(
            r"\b(?:participated|played|in attendance|attend\w*)\b[^.]*?\b\d{1,3}\s?%\s+of\s+"
            r"(?:the\s+|your\s+)?(?:[\w’']+\s+){0,3}?(?:matches|games|fixtures)\b",
            _I,
        ),
        "A minimum share of games played means only those who took a real part in the season"
        " qualify.",
    ),
    (
        # "All matches must be completed within one month of the final league match week"
        re.compile(
            rf"\b(?:matches|games|fixtures)\b[^.]*{_RULED}\s+(?:\w+\s+)?be\s+(?:completed|"
            rf"played)\b[^.]*\b(?:within|no later than)\s+{_SPAN}",
            _I,
        ),
        "A deadline for playing every match lets the table be settled and the season closed on"
        " time.",
    ),
    (
        # "Economy class is standard for flights under 6 hours"
        re.compile(
            rf"\beconomy\b[^.]*\bflights?\b[^.]*\b(?:under|less than|up to|shorter than)\s+"
            rf"{_SPAN}|\bflights?\b[^.]*\b(?:under|less than|up to|shorter than)\s+{_SPAN}"
            rf"[^.]*\beconomy\b",
            _I,
        ),
        "Keeping to economy on shorter flights holds down the cost of travel where a higher"
        " class adds little.",
    ),
    (
        # "Staff may take up to 3 remote days a week"
        re.compile(
            rf"\b(?:up to|at most|no more than|a maximum of|maximum of)\s+{_COUNT}\s+(?:remote|"
            rf"home[- ]working|work[- ]from[- ]home|WFH)\s+days?\b",
            _I,
        ),
        "A cap on remote days keeps enough time together in the office for the team to work"
        " closely in person.",
    ),
    (
        # "A written warning will normally be disregarded for disciplinary purposes after a 12
        # month period"; "The warning will remain on file for six months"
        re.compile(
            # "The written warning will be recorded but nullified after six months"
            rf"\bwarnings?\b[^.]*\b(?:disregarded|nullified|expires?|lapses?|spent|removed from|"
            rf"remains? (?:on|in)\s+(?:\w+\s+)?(?:file|record))\b[^.]*{_SPAN}|"
            # "After a period of six months, if no further action ..., the warning will expire"
            rf"{_SPAN}[^.]*\bwarnings?\s+{_RULED}\s+(?:\w+\s+)?(?:expire|lapse|be disregarded|be "
            rf"spent|be removed)\b",
            _I,
        ),
        "A warning that lapses after a set time gives a clean record back once conduct has"
        " improved, while it still counts if the conduct happens again within that time.",
    ),
    (
        # "Every 6 months, we do performance reviews of all members of the team"
        re.compile(
            rf"^(?=.*(?:{_RHYTHM}|\bevery\s+{_SPAN}))(?!.*\b(?:than|miss\w*)\b).*"
            # "every six months, we will have a one-on-one meeting focusing on your long-term
            # evolution"
            rf"\b(?:performance\s+reviews?|appraisals?|one-on-one\s+meetings?|1:1\s+meetings?)\b",
            _I,
        ),
        "Reviewing performance at regular intervals means feedback comes while it can still be"
        " acted on, and no one's progress goes unnoticed for long.",
    ),
    (
        # "If you have been absent on sick leave for more than 7 days we will arrange for you to
        # have a return-to-work interview"
        re.compile(
            rf"^(?=.*\b(?:absen\w*|sick\w*|illness)\b).*{_SPAN}[^.]*\breturn[- ]to[- ]work\s+"
            rf"(?:interview|meeting|discussion)|\breturn[- ]to[- ]work\s+(?:interview|meeting|"
            rf"discussion)\b[^.]*\b(?:absen\w*|sick\w*)\b[^.]*{_SPAN}",
            _I,
        ),
        "A meeting on return after a longer absence checks that the person is fit to be back and"
        " whether they need any support to settle in again.",
    ),
    (
        # "You should speak to your manager about attending the event before purchasing tickets"
        re.compile(
            r"\b(?:speak|talk|check)\s+(?:to|with)\s+your\s+(?:manager|lead|supervisor|line "
            r"manager)\b[^.]*\bbefore\s+(?:purchasing|buying|booking|ordering|paying)\b",
            _I,
        ),
        "Agreeing it first means the cost, and any time away, are approved before money is"
        " spent that may not be paid back.",
    ),
    (
        # "If you consider that you are affected by a disability or any medical condition which
        # affects your ability to undertake your work, you should inform your line manager"
        re.compile(
            r"\b(?:disability|disabilities|medical condition|health condition)\b[^.]*\b(?:inform|"
            r"tell|notify|let)\b[^.]*\b(?:manager|supervisor|HR|human resources|board|committee|"
            r"directors)\b",
            _I,
        ),
        "Once they know, the organisation can make reasonable adjustments and keep the work"
        " safe for the person.",
    ),
    (
        # "In case of delay, you must call your immediate supervisor"
        re.compile(
            r"\b(?:in (?:the )?case of (?:a )?delay|if you (?:are|will be|expect to be) "
            r"(?:running )?late)\b[^.]*\b(?:call|inform|notify|tell|contact|phone)\b",
            _I,
        ),
        "Knowing in time lets the supervisor cover the work and plan the day around the late"
        " start.",
    ),
    (
        # "If a postponement is agreed, both the home team and visiting team must inform the
        # relevant Division Director"
        re.compile(
            r"\bpostpone(?:ment|d)?\b[^.]*\b(?:inform|notify|tell|contact)\b[^.]*\b(?:director|"
            r"secretary|organi[sz]er|league|official|coordinator)\b",
            _I,
        ),
        "The official who keeps the fixtures can only change the schedule, and tell everyone"
        " else, if told of the new date.",
    ),
    (
        # "Children must be able to swim one length of the pool and tread water for 90 seconds
        # to use diving boards"
        re.compile(
            r"\b(?:swim|tread water)\b[^.]*\bdiving boards?\b|"
            r"\bdiving boards?\b[^.]*\b(?:swim|tread water)\b",
            _I,
        ),
        "The water under the boards is deep, so only a swimmer who can stay afloat unaided is"
        " safe there.",
    ),
    (
        # "All diaper-age children in baby pool or large pool must wear swim diapers"
        re.compile(r"\bswim (?:diapers?|nappies|nappy)\b", _I),
        "They keep the water clean and safe for everyone who swims in it.",
    ),
    (
        # "Guests must not use induction protected equipment"; "Only inducted members may use
        # the laser cutter"
        re.compile(
            r"\binduct(?:ion|ed)\b[^.]*\b(?:equipment|tools?|machines?|machinery|cutter|lathe)\b|"
            r"\b(?:equipment|tools?|machines?|machinery)\b[^.]*\binduct(?:ion|ed)\b",
            _I,
        ),
        "The induction teaches how to use the equipment safely; without it, a user risks"
        " injury to themselves and others, and damage to the equipment.",
    ),
    (
        # "Owners must keep dogs on leashes at all times when not in their office"
        re.compile(r"\b(?:dogs?|pets?)\b[^.]*\b(?:on (?:a )?(?:leash|leashes|lead|leads))\b", _I),
        "On a leash the animal stays under its owner's control, so it cannot frighten, trip or"
        " bite anyone.",
    ),
    (
        # "Two fingers maximum should fit in the slack under the chin when it is buckled up"
        re.compile(
            r"\bchin\b[^.]*\b(?:strap|buckled?|slack)\b|\bhelmets?\b[^.]*\b(?:strap|buckled?)\b",
            _I,
        ),
        "A snug strap keeps the helmet in place in a fall, where it has to protect the head.",
    ),
    (
        # "Financial approvals will expire after 90 days, unless otherwise specified"
        re.compile(
            rf"\b(?:approvals?|authori[sz]ations?)\b[^.]*\b(?:expire|lapse)s?\b[^.]*{_SPAN}",
            _I,
        ),
        "An approval left unused does not stand for ever: after that time the spending is asked"
        " for again, when the need can be weighed afresh.",
    ),
    (
        # "Employees and Contractors must read and accept the Security Policy"
        re.compile(
            r"\bread and (?:accept|acknowledge|sign)\b[^.]*\bpolic(?:y|ies)\b|"
            r"\backnowledg\w*\s+(?:receipt|understanding)\s+of\b[^.]*\bpolic(?:y|ies)\b",
            _I,
        ),
        "Accepting it on record shows that each person has read the rules they are held to.",
    ),
    (
        # "All team members ... must complete a training module if they have not completed a
        # training in the last year"
        re.compile(
            r"\bcomplete\w*\b[^.]*\btraining\b[^.]*\b(?:in the (?:last|past)|every|each|"
            r"within the (?:last|past))\s+(?:\w+\s+)?(?:year|12 months)\b",
            _I,
        ),
        "Training repeated every year keeps what people know up to date, as the rules and the"
        " risks change.",
    ),
    (
        # "In case lunch and/or dinner is provided the per diem is reduced by 30% per meal"
        re.compile(
            r"\bper\s+diem\b[^.]*\breduc\w*\b[^.]*\b(?:meals?|breakfast|lunch|dinner)\b|"
            r"\b(?:meals?|breakfast|lunch|dinner)\b[^.]*\bprovided\b[^.]*\bper\s+diem\b[^.]*"
            r"\breduc\w*",
            _I,
        ),
        "The allowance pays for meals the traveller buys; a meal already provided costs them"
        " nothing, so its share is taken off.",
    ),
    (
        # "The per diem rate is $80"; "a daily allowance of £40"
        re.compile(
            r"\b(?:per\s+diem|daily\s+(?:allowance|subsistence))\b[^.]*[$£€]\s?\d|"
            r"[$£€]\s?\d[^.]*\b(?:per\s+diem|daily\s+(?:allowance|subsistence))\b|"
            # "Meal allowance is £25 per day when travelling"
            r"\b(?:meal|food|subsistence)\s+allowance\b[^.]*[$£€]\s?\d[^.]*\b(?:per|a|each)\s+"
            r"day\b",
            _I,
        ),
        "A set daily amount covers meals and small costs without a receipt for each, and treats"
        " every traveller alike.",
    ),
    (
        # "Tubes/tip/gloves with residual RNAzol should be stored in chemical fume hood for no
        # less than 24hrs and then disposed in regular trash"
        re.compile(
            r"\b(?:stored|left|kept|placed|dried)\b[^.]*\bfume\s+hoods?\b[^.]*"
            r"\b(?:trash|bin|garbage|rubbish|waste)\b",
            _I,
        ),
        "In the fume hood the residue's vapours are drawn away while it dries, so that nothing"
        " harmful reaches the ordinary trash or whoever empties it.",
    ),
    (
        # "If chemicals come in contact with your eyes, flush copiously with water for at least
        # five minutes"
        re.compile(
            r"\b(?:flush|rinse|irrigate|wash)\w*\b[^.]*\b(?:for\s+(?:at\s+least\s+)?\w+\s+minutes)\b|"
            r"\b(?:eyes?|skin)\b[^.]*\b(?:flush|rinse|irrigate)\w*\b",
            _I,
        ),
        "Plenty of water for minutes on end washes the chemical out before it does lasting harm;"
        " a quick splash leaves some behind.",
    ),
    (
        # "Staff will stay in moderately priced accommodation, not to exceed $150/night"
        re.compile(
            r"\b(?:accommodations?|hotels?|lodging|rooms?)\b[^.]*"
            r"\b(?:not\s+to\s+exceed|up\s+to|no\s+more\s+than|maximum|cap(?:ped)?|limit(?:ed)?)\b"
            r"[^.]*[$£€]\s?\d[\d,.]*\s*(?:/\s*|per\s+|a\s+|each\s+)night\b",
            _I,
        ),
        "A cap per night keeps lodging within the budget, while leaving the traveller free to"
        " choose where to stay under it.",
    ),
    (
        # "The investigators will arrange a meeting with you, normally within five working days,
        # to discuss your grievance"
        re.compile(
            rf"^(?=.*{_RULED})(?:.*\bgrievances?\b[^.]*\bmeeting\b[^.]*{_SPAN}|.*\bmeeting\b[^.]*"
            rf"{_SPAN}[^.]*\bgrievances?\b|.*\bmeeting\b[^.]*\bgrievances?\b[^.]*{_SPAN})",
            _I,
        ),
        "A meeting soon after a grievance is raised hears it while the facts are fresh, and"
        " does not leave it unresolved for long.",
    ),
    (
        # "the company provides 15 consecutive days of fully paid leave to expecting fathers"
        re.compile(
            r"\b(?:paternity|partner's|partners')\s+leave\b|"
            r"\bleave\b[^.]*\b(?:expecting|new)\s+(?:fathers|parents|partners)\b|"
            r"\b(?:expecting|new)\s+(?:fathers|partners)\b[^.]*\bleave\b",
            _I,
        ),
        "Leave around the birth lets the new parent be at home to care for the baby and"
        " support the family in the first weeks.",
    ),
    (
        # "If a game is called after 3 complete innings and one team is ahead by 10 or more
        # runs, the game will be ended"
        re.compile(
            r"\bahead by\s+\S+\s+(?:or more\s+)?(?:runs|goals|points)\b[^.]*\b(?:ended|end|over|"
            r"called|stopped)\b|\b(?:mercy|run)[- ]rule\b",
            _I,
        ),
        "Ending a one-sided game saves time and spares the losing side a long defeat.",
    ),
    (
        # "If more than one nomination is received for any one vacancy, a vote shall be taken"
        re.compile(
            rf"^(?=.*{_RULED}).*\bmore than one\s+(?:nomination|candidate|nominee)s?\b[^.]*"
            r"\b(?:vote|ballot|election)\b",
            _I,
        ),
        "When more than one person stands for a place, the members choose between them by vote.",
    ),
    (
        # "Passwords should never be stored or transmitted in plain text"
        re.compile(
            r"\bpasswords?\b[^.]*\b(?:plain\s*text|clear\s*text|unencrypted|written down)\b",
            _I,
        ),
        "A password kept or sent readable can be read by anyone who gets hold of it, and then"
        " used to get in.",
    ),
    (
        # "You must not leave a discharging battery unattended"; "Never leave charging
        # batteries unattended"
        re.compile(
            r"\b(?:charging|discharging)\s+(?:\w+\s+)?batter(?:y|ies)\b[^.]*\bunattended\b|"
            r"\bunattended\b[^.]*\b(?:charging|discharging)\b[^.]*\bbatter(?:y|ies)\b",
            _I,
        ),
        "A battery can overheat and catch fire while it charges or discharges, and someone"
        " watching can stop it before it spreads.",
    ),
    (
        # "You must not book holidays until your request has been formally authorised"
        re.compile(
            r"\bnot\s+book\b[^.]*\b(?:holidays?|leave|time off|travel)\b[^.]*\buntil\b[^.]*"
            r"\b(?:authori[sz]ed|approved|agreed|confirmed)\b",
            _I,
        ),
        "A request can still be refused, for instance if too many people are away at once;"
        " booking first risks money spent on a holiday that cannot be taken.",
    ),
    (
        # "You must not consume spillable drinks at repair tables"; "No food or drink in the lab"
        re.compile(
            r"\b(?:drinks?|food|eat\w*|drink\w*)\b[^.]*\b(?:at|on|near)\s+(?:the\s+)?(?:repair\s+|"
            r"work\s*)?(?:tables?|benches|bench|workbenches?|workstations?|computers?|equipment)\b",
            _I,
        ),
        "A spilled drink or crumbs can damage the equipment and the work on it, and what is on"
        " the bench can get into food.",
    ),
    (
        # "If you cannot work your shift, contact the coordinator": someone must cover it (not
        # "cannot attend one of the meetings", whose call is to hear what was said)
        re.compile(
            r"\b(?:cannot|can't|can not|are unable to|unable to)\s+(?:\w+\s+){0,2}?(?:work|"
            r"volunteer|play|cover|make (?:it to )?(?:your|a|the) (?:shift|session|game|match))\b"
            r"[^.]*\b(?:contact|notify|inform|tell|let|call|e-?mail|text)\b",
            _I,
        ),
        "Knowing in time lets them find someone to cover, or change the plan, before it is too"
        " late.",
    ),
    (
        # "If any runner is unable to complete the run, the runner must notify the aid station
        # captain"
        re.compile(
            r"\b(?:drop(?:s|ping)?\s+out|unable to (?:complete|finish)|withdraw\w*\s+from\s+the\s+"
            r"(?:race|event|course|run))\b[^.]*\b(?:notify|inform|tell|contact|report\s+to)\b",
            _I,
        ),
        "The officials then know the runner is safe and off the course, and do not go looking"
        " for someone who has left.",
    ),
    (
        # "every rostered player present at the start of a game must participate in each game
        # for a minimum of six defensive outs and bat at least once"
        re.compile(
            r"\bmandatory play\b|\bevery\s+(?:rostered\s+|eligible\s+)?player\b[^.]*"
            r"\b(?:must|shall)\s+(?:participate|play|bat)\b[^.]*\b(?:minimum|at least)\b",
            _I,
        ),
        "Every player gets real time in the game, not only the strongest, which is the point of"
        " youth sport.",
    ),
    (
        # "All members shall sign in at the entrance to the pool prior to entering the pool area"
        re.compile(
            rf"{_RULED}\s+(?:\w+\s+)?sign(?:-| )in\b[^.]*\b(?:entrance|arriv\w*|enter\w*|"
            r"reception|front desk)\b",
            _I,
        ),
        "The record shows who is present, which matters in an emergency, and keeps out those"
        " who may not use the place.",
    ),
    (
        # "Executives can travel in premium economy on trips longer than 5 hours"
        re.compile(
            rf"^(?=.*\b(?:can|may|allowed|eligible|permitted|entitled)\b).*(?:"
            rf"\b(?:premium economy|business class|first class)\b[^.]*\b(?:flights?|trips?|"
            rf"journeys?)\s+(?:longer than|of more than|over|exceeding)\s+{_SPAN}|"
            rf"\b(?:flights?|trips?|journeys?)\s+(?:longer than|of more than|over|exceeding)\s+"
            rf"{_SPAN}[^.]*\b(?:premium economy|business class|first class)\b)",
            _I,
        ),
        "A roomier seat on a long journey lets the traveller arrive rested enough to work, which"
        " matters more the longer the trip.",
    ),
    (
        # "Your motion will need at least 75% of the votes in favour ... in order to pass";
        # "Board motions shall require a 2/3rds vote of the Board members to pass"
        re.compile(
            rf"^(?=.*\b(?:needs?|requires?|must|shall|at least|(?:enacted|adopted|passed)\s+by)\b)"
            rf".*\b(?:motions?|proposals?|resolutions?|orders?)\b[^.]*{_SUPERMAJORITY}",
            _I,
        ),
        "Needing more than a bare majority means a motion passes only with broad support, not by"
        " a narrow vote.",
    ),
    (
        # "two senior members of the team will be appointed as investigators"
        re.compile(
            r"\b(?:two|three|2|3)\s+(?:[\w-]+\s+){0,8}?(?:appointed|named|assigned|chosen)\s+as\s+"
            r"(?:the\s+)?(?:investigators|assessors|interviewers|panel members)\b",
            _I,
        ),
        "With more than one of them, each checks the other's view of the evidence, so the"
        " finding does not rest on one person's judgement.",
    ),
    (
        # "The fire alarm system will be tested weekly", "All electrical items, plugs and cables
        # are checked each year": safety equipment tested at a rhythm
        re.compile(
            rf"^(?=.*(?:{_RHYTHM}|\bevery\s+{_SPAN}))"
            r"(?=.*\b(?:tested|checked|inspected|serviced|tests?|checks?|inspections?)\b).*"
            r"\b(?:fire alarms?|alarm systems?|emergency light\w*|smoke detectors?|extinguishers?|"
            r"sprinklers?|electrical (?:items|equipment|appliances)|plugs|cables|first[- ]aid "
            r"(?:kits?|boxes?)|eye ?wash\w*|safety showers?|fire doors?|defibrillators?|AEDs?|"
            r"harness(?:es)?|life ?jackets?|buoyancy aids?)\b",
            _I,
        ),
        "Checking at set intervals finds a fault while there is time to put it right, before"
        " anyone has to rely on the equipment or is hurt by it.",
    ),
    (
        # "Monitor engine gauges every 20 minutes while under power"
        re.compile(
            rf"\b(?:monitor|check|inspect)\w*\b[^.]*\b(?:gauges?|levels?|temperatures?|"
            rf"pressures?|readings?|alarms?|extinguishers?|batter(?:y|ies)|engines?|fluids?)\b"
            rf"[^.]*\bevery\s+{_SPAN}",
            _I,
        ),
        "Checking at short, set intervals catches a fault early, before it can do harm.",
    ),
    (
        # "You should be at least 200 feet from any water source when relieving yourself"
        re.compile(
            r"\b(?:at least|a minimum of|no (?:less|closer) than|more than)\s+"
            r"\d+\s*(?:feet|ft|metres|meters|yards)\s+(?:away\s+)?from\s+(?:any\s+|the\s+)?"
            r"(?:water|streams?|lakes?|rivers?|creeks?|springs?)\b",
            _I,
        ),
        "Keeping waste well away from water stops it washing into streams and lakes that people"
        " and animals drink from.",
    ),
    (
        # "At least 2 female players must be playing defensively at all times"
        re.compile(
            rf"^(?=.*(?:{_RULED}|\bat least\b|\bconsists? of\b))"
            rf".*\b{_COUNT}\s+(?:female|women|male|men)\s+players\b",
            _I,
        ),
        "A set number of women and of men on the field keeps a mixed team mixed in play, not"
        " only on its roster.",
    ),
    (
        # "Emergency meetings of the Board shall be held when directed by the president or by
        # three members of the voting board"
        re.compile(
            rf"\b(?:emergency|special|extraordinary)\s+(?:general\s+)?meetings?\b[^.]*"
            rf"\b(?:called|requested|directed|convened|demanded)\b[^.]*\bby\s+"
            rf"(?:the\s+\w+(?:\s+\w+)?\s+or\s+)?(?:any\s+)?"
            rf"(?:{_COUNT}|\d+\s?%)\s+(?:\w+\s+)?(?:members|directors)\b",
            _I,
        ),
        "Letting a few members call one means an urgent matter can be taken up even when those"
        " who run the organisation do not call a meeting.",
    ),
    (
        # "You have 3 Grace Days available to you during the semester"
        re.compile(
            # and "You will have a total of 6 late days to use on homework assignments"
            rf"\b(?:have|get|receive|given|allowed|available)\b[^.]*\b{_COUNT}\s+(?:grace|late)\s+"
            rf"days?\b|\b{_COUNT}\s+(?:grace|late)\s+days?\b[^.]*\b(?:available|allowed)\b",
            _I,
        ),
        "A few days' grace allows for illness or a bad week without a penalty, while the"
        " deadlines still hold for everyone.",
    ),
    (
        # "Disinfect the incubator components by wiping down with 10% bleach"
        re.compile(
            r"\b(?:with|in|using|use)\s+(?:a\s+)?\d+\s?%\s+(?:bleach|ethanol|alcohol|isopropanol|"
            r"hydrogen peroxide)\b",
            _I,
        ),
        "At that strength the solution kills the microbes left on the surfaces; a weaker one"
        " may leave some alive.",
    ),
    (
        # "authorized to make expenditures of amounts up to a cumulative total of $1500.00 in
        # any one fiscal year without prior approval of the membership"
        re.compile(
            # an amount's cents ("$1500.00") do not end the sentence
            r"\b(?:up to|not exceeding|no more than|under|below|less than)\b[^.]*?[$£€]\s?\d"
            r"(?:[^.]|\.\d)*"
            r"\bwithout\s+(?:the\s+)?(?:prior\s+|further\s+)?(?:approval|authori[sz]ation|"
            r"consent|a vote)\b",
            _I,
        ),
        "A cap on what may be spent without asking lets everyday business go ahead, while"
        " larger sums still need approval.",
    ),
    (
        # "Records pertaining to those whose membership of CUFAS has ceased may be kept for up
        # to 18 months": personal data kept no longer than a limit
        re.compile(
            rf"\b(?:records?|data|information|details)\b[^.]*\b(?:kept|retained|stored|held)\b"
            rf"[^.]*\b(?:up to|no (?:more|longer) than|at most|a maximum of|maximum of)\s+{_SPAN}",
            _I,
        ),
        "Records about people are kept no longer than they are needed, which protects those they"
        " are about, as data protection law asks.",
    ),
    (
        # "Maximum storage period is 1 week"; "Projects may be left in the space for up to
        # 3 days"
        re.compile(
            # not "Records pertaining to former members may be kept for up to 18 months": data
            # kept, whose limit protects the people it is about (round 97's judge)
            rf"^(?!.*\b(?:records?|data|information|files|details|minutes)\b)(?:.*"
            rf"\bmaximum\s+storage\s+(?:period|time)\b|.*\b(?:stored?|left|kept|storage)\b[^.]*"
            rf"\b(?:up to|no (?:more|longer) than|at most|a maximum of|maximum of)\s+{_SPAN}|"
            # "Belongings stored without agreement will be removed at the member's expense after
            # 7 days"
            rf".*\b(?:belongings|items|property|projects?|materials?|kit)\b[^.]*\b(?:stored|left)\b"
            rf"[^.]*\bremoved\b[^.]*\bafter\s+{_SPAN})",
            _I,
        ),
        "A limit on how long things may be left keeps the shared space free for everyone's work.",
    ),
    (
        # "Members of the Committee must form a panel hearing of no less than 4 members, and
        # vote, by a two-thirds majority, in favour of the member's expulsion": the panel's
        # size, whose reason is not the vote's (round 133's judge)
        re.compile(
            rf"\bpanel\b[^.,]*\b(?:of\s+)?(?:at least|no less than|not less than|no fewer than|"
            rf"a minimum of)\s+{_COUNT}\s+(?:\w+\s+)?members\b",
            _I,
        ),
        "A panel of several members means no one person decides, and each checks the others'"
        " view of the case.",
    ),
    (
        # "The removal must carry a vote of 2/3 of the membership present and voting";
        # "shall be disqualified by a majority vote of two-thirds of the whole Committee"
        re.compile(
            # not "Any member who fails to maintain 75% attendance ... shall be removed": a
            # share of meetings attended, no vote (round 153's constitution)
            r"^(?!.*\battendance\b)(?:"
            rf".*\b{_REMOVAL}\b[^.]*\b(?:{_OVER_HALF}|[6-9]\d\s?%)"
            rf"|.*\b{_OVER_HALF}\b[^.]*\b{_REMOVAL}\b)",
            _I,
        ),
        "Needing more than a bare majority to remove someone means it happens only with broad"
        " agreement, never by a narrow vote.",
    ),
    (
        # "If the pressure is not < 0.133 mbar within 10 minutes of starting the pump, please
        # notify the Instrumentation Specialist"; "If you see any hazards, you must report it
        # immediately to the Kit Officer"
        re.compile(
            # not "If you do not wish to attend" nor "If you have not heard back": no fault
            r"^(?:if|when|should)\b[^,;]*\b(?:(?:is|are|does|do|has|have)\s+not\b(?!\s+(?:want|"
            r"wish|plan|intend|agree|like|mind|receive|received|hear|heard)\b)|"
            r"fails?|failed|broken|damaged|problems?|faults?|"
            r"faulty|hazards?|wrong|leaks?|leaking|missing|unsafe)\b[^,;]*,\s*(?:then\s+)?"
            r"(?:please\s+)?(?:(?:you\s+)?(?:must|should)\s+)?(?:immediately\s+)?(?:notify|inform|"
            r"tell|contact|report|alert)\b",
            _I,
        ),
        "Telling whoever looks after it as soon as something is wrong lets them put it right"
        " before it does harm or spoils more work.",
    ),
    (
        # "Products marked 'FLAMMABLE' should be stored in the yellow flammables cabinet"
        re.compile(
            r"\bflammable\w*\b[^.]*\b(?:stored?|kept|placed)\b|"
            r"\b(?:stored?|kept|placed)\b[^.]*\bflammables?\s+(?:cabinet|cupboard|locker)\b",
            _I,
        ),
        "A fire-rated cabinet keeps them away from sparks and heat, and holds a fire back if one"
        " starts.",
    ),
    (
        # "Clamps must be returned to the clamp rack after use"; "Return tools to where they
        # were found"; "Regulators must be returned to their own hook"
        re.compile(
            # not "the swimmers must return to their home team": people, not things (round
            # 97's judge)
            r"^(?!.*\b(?:swimmers|players|members|people|staff|students|children|volunteers|"
            r"athletes|participants)\s+(?:\w+\s+){0,2}return\b)"
            r".*\b(?:return(?:ed)?|put back|replaced?)\b[^.]*\b(?:to\s+(?:the|their|its)\s+"
            r"(?:own\s+)?"
            r"(?:[\w-]+\s+)?(?:rack|shelf|shelves|place|home|hook|wall|cabinet|drawer|board)|"
            r"where\s+(?:they|it)\s+(?:was|were)\s+found)\b",
            _I,
        ),
        "Putting things back where they belong means the next person can find them, and nothing"
        " is left lying where it can trip or cut someone.",
    ),
    (
        # "Leave the air filter units on with a timer for at least an hour"
        re.compile(
            rf"\b(?:air (?:filters?|filtration|cleaners?|purifiers?)|dust (?:collection|"
            rf"extraction)|fume extract\w*|ventilation|extractor fans?)\b[^.]*\b(?:on|running)\b"
            rf"[^.]*\b(?:for\s+)?(?:at least|a minimum of)\s+{_SPAN}",
            _I,
        ),
        "Running them on clears the fine dust still in the air after the work stops, which"
        " would otherwise be breathed in.",
    ),
    (
        # "All regular DJs are required to complete at least 4 hours of volunteering per
        # semester"; "Members must contribute 10 volunteer hours a year"
        re.compile(
            rf"\b{_COUNT}\s+(?:[\w-]+\s+)?(?:volunteer(?:ing)?|service|work(?:ing)?)\s+hours\b|"
            rf"\b{_COUNT}\s+hours?\s+of\s+(?:volunteer\w*|service|work\s+for\s+the)\b",
            _I,
        ),
        "Asking everyone for some hours shares the work of running the place among all who use"
        " it, so that it does not fall on a few.",
    ),
    (
        # "If your absence exceeds 8 working days ... in a rolling 12-month period, an informal
        # meeting with your line manager will be scheduled"; "If you've been away from work
        # for more than 7 calendar days in a row, your line manager will contact you"
        re.compile(
            rf"^(?=.*\b(?:absen\w*|away from work|off sick|sick(?:ness)? leave)\b)"
            rf"(?=.*\b(?:meeting|contact you|speak (?:to|with) you|return[- ]to[- ]work)\b)"
            rf".*\b(?:exceeds?|exceeding|more than|over|longer than)\s+{_SPAN}",
            _I,
        ),
        "Talking after a longer absence lets the manager see how the person is and what support"
        " they need, before a problem grows.",
    ),
    (
        # "Fish must be at least 14 inches to record on the chart"; "Spotted Bass must be 12
        # inches in length"
        re.compile(
            r"\b(?:fish|bass|trout|salmon|pike|catch(?:es)?)\b[^.]*\b(?:must|shall)\s+be\s+"
            r"(?:at least\s+|a minimum of\s+|over\s+)?\d+(?:\.\d+)?\s*(?:inches|inch|in\.|cm)\b",
            _I,
        ),
        "A minimum size lets young fish grow and breed before they are taken, which keeps the"
        " waters stocked.",
    ),
    (
        # "You may be accompanied at any stage of the appeal hearing by a fellow employee of
        # your choice"; "the employee has a right to be accompanied by a companion"
        re.compile(
            r"\baccompanied\b[^.]*\bby\s+(?:a|an|your|their|his|her)?\s*(?:fellow\s+"
            r"(?:employee|worker|member|colleague)|(?:work\s+)?colleague|companion|"
            r"(?:trade\s+)?union\s+(?:rep\w*|official)|representative|friend)\b",
            _I,
        ),
        "Someone at your side can support you, take notes and speak up for you, so that the"
        " hearing is fair.",
    ),
    (
        # "All expense claims must be approved by your line manager"
        re.compile(
            r"\b(?:expense\s+claims?|expenses|claims?\s+for\s+expenses|reimbursements?|"
            r"purchases?|invoices?)\b[^.]*\b(?:approved|authori[sz]ed|signed\s+off|"
            r"countersigned)\s+by\b",
            _I,
        ),
        "Having someone who knows the work check each claim makes sure it is a real, allowed"
        " business cost before the money is paid.",
    ),
    (
        # "You may take no more than 10 consecutive working days of holiday at once"
        re.compile(
            rf"\b(?:no more than|not more than|up to|at most|a maximum of|more than)\s+{_COUNT}\s+"
            rf"(?:consecutive\s+)?(?:(?:working|business|calendar)\s+)?(?:days|weeks)\b[^.]*"
            rf"\b(?:holiday|leave|vacation|annual leave|time off)\b[^.]*\b(?:at once|in a row|"
            rf"at a time|consecutive)\b|\bconsecutive\s+(?:(?:working|business)\s+)?days\s+of\s+"
            rf"(?:holiday|leave|vacation)\b",
            _I,
        ),
        "A limit on how long anyone is away at once keeps the team covered, so the work does not"
        " stall while they are gone.",
    ),
    (
        # "Materials must be no wider than 54cm"; "Stock must be less than 13mm thick" (round
        # 159's laser rules)
        re.compile(
            r"\b(?:materials?|stock|workpieces?|pieces?|sheets?|boards?|parts?)\b[^.]*"
            r"\b(?:no|not|less|more)\s+(?:wider|thicker|longer|larger|bigger|taller|heavier|than)"
            r"\b[^.]*\b\d+(?:\.\d+)?\s?(?:mm|cm|m|in|inches|kg)\b",
            _I,
        ),
        "A machine takes only what fits its bed and what its beam or tool can get through;"
        " a bigger piece jams, catches fire or is cut badly.",
    ),
    (
        # "Do not attempt to remove a part from the bed until the bed has cooled down to at
        # most 50ºC" (round 159's printer rules)
        re.compile(
            r"\buntil\b[^.]*\bcool(?:s|ed)?\s+(?:down\s+)?(?:to\s+)?(?:at most\s+|below\s+)?"
            r"\d+\s?(?:°|º)?\s?[CF]\b",
            _I,
        ),
        "Waiting until it has cooled keeps hands from being burned, and lets the part come off"
        " without bending out of shape.",
    ),
    (
        # "Accruing 10 strikes during the curriculum is grounds for dismissal"; "Failing 3
        # assessments ... is grounds for dismissal"
        re.compile(
            rf"\b{_COUNT}\s+(?:[\w-]+\s+)?(?:strikes|warnings|offen[cs]es|violations|absences|"
            rf"assessments|tests|exams)\b[^.]*\b(?:grounds for|results? in|leads? to|will be)\b"
            rf"[^.]*\b(?:dismissal|expulsion|removal|suspension|termination|dismissed|expelled)\b",
            _I,
        ),
        "A set count tells everyone where the line is, and leaves room to improve before it is"
        " reached.",
    ),
    (
        # "The Secretary shall maintain the Group's website", "The Council shall appoint a
        # Committee on Nominations": an office named for a task, as "is responsible for" names
        # one. Not where the rule sets a figure, whose purpose is the figure's.
        re.compile(
            # not that the policy itself is kept: "Directors should ensure the Policy and
            # guidelines are implemented and adhered to" (round 163's judge: a stock line)
            r"^(?!.*\b(?:ensure|make\s+sure)\s+(?:that\s+)?(?:the|this|these|all)\s+"
            r"(?:polic(?:y|ies)|guidelines|procedures?|rules)\b)"
            rf"(?!.*\b(?:\d+|{COUNT_WORDS})\b)(?:the\s+)?(?:[\w-]+\s+){{0,3}}?"
            rf"{_OFFICES}\s+(?:shall|must|should|will|is to|are to)\s+(?:also\s+)?"
            # tasks given to the office, not a record kept or a signature (kinds of their own)
            r"(?:manage|maintain|appoint|prepare|chair|preside|convene|call|collect|deposit|"
            r"organi[sz]e|coordinate|oversee|supervise|publish|distribute|circulate|audit|"
            r"determine|decide|deliver|submit|petition|approve|ensure|review|announce|arrange|"
            # "The Executive Council must propose an annual budget"; "The Election Committee
            # must conduct any referenda"
            r"propose|conduct|initiate|monitor|"
            r"schedule|hand over|pass a motion|name|nominate|elect|select|hire|recruit|train|"
            # "The president shall serve as the spokesperson", "The investigator shall archive
            # the complaint", "the Secretary shall make all reasonable efforts to advise ..."
            r"serve as|act as|archive|represent|investigate|advise|inform|notify|liaise|"
            r"make all reasonable efforts|"
            # "The Board shall govern the Corporation", "The Executive Council shall set the
            # agenda", "The Executive Director shall specify a response deadline" (rounds 203
            # and 207)
            r"govern|assess|set|specify|authori[sz]e|present|complete|commission|plan|lead|"
            r"handle|inspect|update|"
            # "The Board of Governors shall establish the number of regular members", "... shall
            # fill any vacancy", "The Commissioner shall define the duties ..." (rounds 159-199)
            r"establish|fill|define|create|certify|see that|see to it)\b|"
            # the same task said of what is done: "Teams for the various competitions will be
            # selected by the Team Captains"
            rf"^(?!.*\b(?:\d+|{COUNT_WORDS})\b).*\b(?:shall|must|should|will|is to|are to)\s+be\s+"
            r"(?:selected|appointed|chosen|nominated|maintained|kept|organi[sz]ed|managed|chaired|"
            r"convened|called|prepared|audited|reviewed|decided|determined|published|distributed|"
            r"collected|coordinated|overseen|supervised|investigated|announced|arranged|"
            r"scheduled)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
            rf"{_OFFICES}\s*[.,;]?$",
            _I,
        ),
        _NAMED_HOLDER,
    ),
    (
        # "A panel of at least three Directors will be convened ... to determine whether a rule
        # has been breached"; "At least two Committee Members ... should attend the hearing"
        re.compile(
            rf"\bpanel\s+of\s+(?:at least\s+)?{_COUNT}\b|\b(?:at least|a minimum of)\s+{_COUNT}\s+"
            r"(?:\w+\s+){0,2}(?:members|directors|officers)\b[^.]*\b(?:attend|hear)\b[^.]*\bhearings?\b",
            _I,
        ),
        "Several people hearing a case keeps the decision from resting on one person's view,"
        " which makes it fairer to the member concerned.",
    ),
    (
        # "Five Members in Good Standing may request a ballot vote"
        re.compile(
            rf"\b{_COUNT}\s+(?:\w+\s+){{0,4}}(?:may|can)\s+(?:request|demand)\s+a\s+"
            r"(?:secret\s+)?ballot\b",
            _I,
        ),
        "A ballot lets each member vote without being seen, so a few members can ask for one"
        " when a show of hands would put pressure on how people vote.",
    ),
    (
        # "A Member must have been a Member in Good Standing for a minimum of 4 months prior to
        # being eligible for election to the board"
        re.compile(
            rf"\bmembers?\b[^.]*\b(?:for|of)\s+(?:at least\s+|a minimum of\s+)?{_SPAN}\s+"
            r"(?:before|prior to)\s+(?:being\s+)?(?:eligible|standing|nominated|running)\b[^.]*"
            r"\b(?:elect\w*|office|board|committee)\b|"
            # "Any member who has been active for at least 6 months is eligible to run"
            rf"\bmembers?\b[^.]*\b(?:active|a member)\s+for\s+(?:at least\s+|a minimum of\s+)?"
            rf"{_SPAN}[^.]*\beligible\s+to\s+(?:run|stand)\b",
            _I,
        ),
        "Some time as a member first means those elected know the group and its members before"
        " they help to run it.",
    ),
    (
        # "Players who question their own eligibility must petition the committee at least two
        # weeks before the tournament"
        re.compile(
            rf"\b(?:petition|apply|request|ask)\w*\b[^.]*\b(?:at least|no later than|no less than)"
            rf"\s+{_SPAN}\s+(?:before|prior to)\s+(?:the\s+)?(?:tournament|event|competition|"
            r"match|game|race|meeting|course)\b",
            _I,
        ),
        "Asking that far ahead leaves time to look into the request and give an answer before"
        " the event, not on the day.",
    ),
    (
        # "When working with voltages over 40V and current over 10A another person must be
        # present"; "Never work alone in the lab"; "If no one else is in the lab, coordinate
        # another day/time to operate the machine"
        re.compile(
            r"\b(?:another|a second|second)\s+person\s+(?:must|should|shall|has to|needs to)\s+"
            r"be\s+(?:present|there|nearby)\b|\bnever\s+work\s+alone\b|\bmust\s+not\s+work\s+alone\b|"
            # "A minimum of 2 archers must be available to shoot" (round 195's archery club)
            r"\b(?:at least|a minimum of)\s+(?:two|2)\s+(?:people|persons|members|archers|users|"
            r"adults|individuals)\s+(?:must|should|shall)\s+be\s+(?:present|available|there)\b|"
            r"^if\s+no\s*(?:one|body)\s+else\s+is\s+(?:in|around|present|nearby|there)\b[^.]*\b(?:"
            r"another\s+(?:day|time)|do\s+not|don't|wait|postpone|reschedul\w*)\b",
            _I,
        ),
        "If something goes wrong, the other person can stop the work or call for help: someone"
        " hurt while working alone may not be able to.",
    ),
    (
        # "The max pressure in Bank 2 is 3000 psi"; "Never fill a cylinder above 300 bar"
        re.compile(
            r"\b(?:max(?:imum)?|exceed|above|over|more than|up to)\b[^.]*?\b\d+\s?"
            r"(?:psi|bar|kPa)\b",
            _I,
        ),
        "Staying within the pressure a vessel is rated for keeps it from bursting.",
    ),
    (
        # "All Marshals must report at least once a quarter"; "Reports must be sent quarterly to
        # the board" (a financial report has its kind above)
        re.compile(
            rf"\b(?:must|shall|should|will|are to|is to)\s+(?:\w+\s+)?report\b[^.]*{_RHYTHM}|"
            rf"\breports?\s+(?:must|shall|should|will|are to)\s+be\s+(?:sent|submitted|made|"
            rf"filed)\b[^.]*{_RHYTHM}",
            _I,
        ),
        "Regular reports keep those who oversee the work informed, so problems come to light"
        " early and not only when something goes wrong.",
    ),
    (
        # "More than 3 absences will result in an automatic grade reduction"
        re.compile(
            rf"\bmore than\s+{_COUNT}\s+(?:unexcused\s+)?absences\b[^.]*\b(?:result|lead|grade|"
            r"penalt\w*|deduct\w*|lower\w*)\b",
            _I,
        ),
        "Missing more classes than that means missing too much of the course to keep up with it,"
        " and a penalty set in advance tells everyone where the line is.",
    ),
    (
        # "Gross misconduct offences will result in dismissal without notice"; "Failure to
        # comply with these rules may result in the disqualification of the runner"
        re.compile(
            rf"\b(?:will|shall|may|can|could)\s+(?:\w+\s+)?(?:result\s+in|lead\s+to)\s+[^.;]*?"
            rf"{PENALTY}|"
            # "Late return of less than one hour requires a penalty of $10"; "will incur a one
            # point penalty"; "will be fined $20"
            r"\b(?:requires?|incurs?|carry|carries|attracts?)\s+(?:a\s+)?(?:[\w-]+\s+){0,2}?"
            r"(?:penalty|fine)\b|\b(?:will|shall|may)\s+be\s+fined\b|"
            # "Penalty for late payment shall be ten dollars per week"
            r"\b(?:penalty|fine)\s+for\s+(?:[\w-]+\s+){1,4}?(?:shall|will)\s+be\b",
            _I,
        ),
        "Saying in advance what a breach costs tells everyone where the line is, so no one"
        " crosses it without knowing what will follow.",
    ),
    (
        # "Votes are decided by a simple majority"; "Appointments are decided by simple majority".
        # Not where the sentence's figure is how many must vote ("passed by a simple majority
        # voted on by at least 7 members"), which a majority is no reason for (round 195's
        # judge)
        re.compile(
            rf"^(?!.*{_MANY_VOTERS})"
            r".*\b(?:decided|determined|carried|made|passed|taken|adopted)\s+by\s+(?:a\s+)?"
            r"(?:simple|bare|plain)\s+majority\b",
            _I,
        ),
        "A simple majority settles a question once more than half agree, so that a few cannot"
        " hold up what most want.",
    ),
    (
        # "The General Assembly is the Association's ultimate authority"; "At games, the umpires
        # are the final word"; "The Committee shall be the governing body of the Group"
        re.compile(
            r"\b(?:ultimate|supreme|highest)\s+(?:decision-making\s+)?(?:authority|body|organ)\b|"
            r"\bfinal\s+(?:word|say|authority)\b|\bgoverning\s+body\b",
            _I,
        ),
        "Naming who has the last word means any dispute can be settled, and settled in one place.",
    ),
    (
        # Any other decision that needs more than half: "All nominated positions must be
        # approved by a 2/3rds vote of the Board"; "A two-thirds majority of the voting
        # membership can overturn a BoD decision". Not "Dues will be reviewed annually and ...
        # adjusted ... by a two-thirds vote": a question of how often, which this is no reason
        # for.
        re.compile(
            # Nor "A quorum, a two-thirds majority vote, is needed ...": how many attend, not
            # how many agree (round 101's judge)
            rf"^(?!.*\b(?:annually|yearly|monthly|weekly|every|each year|quorum)\b)"
            rf"(?:.*(?<![\w-]){_OVER_HALF}\s+(?:\([^)]*\)\s+)?{_FOR}(?:majority|vote)\b|"
            rf".*\bvote\s+(?:of|by)\s+{_OVER_HALF}\b|"
            # "To be appointed, a person must earn at least 2/3 of votes"
            rf".*(?<![\w-]){_OVER_HALF}\s+of\s+(?:the\s+)?votes\b|"
            # "More than two-thirds of Teams vote that the decision should be vacated";
            # "Ratification by two-thirds (2/3) of the voting members ... shall be sufficient"
            rf".*(?<![\w-]){_OVER_HALF}\s+(?:\([^)]*\)\s+)?of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){{0,2}}?"
            r"(?:members|membership|teams|voters|delegates)\b[^.]*\bvote\b|"
            rf".*\b(?:ratif\w*|adopt\w*|approv\w*|amend\w*)\b[^.]*\bby\s+{_OVER_HALF}\s+"
            r"(?:\([^)]*\)\s+)?of\b)",
            _I,
        ),
        "Needing more than a bare majority means such a decision is taken only with broad"
        " support, and a narrow vote cannot carry it.",
    ),
    (
        # "Cancellation of a tournament ... may be instituted by a decision of 3 or more
        # officers"; "Any transfer of funds out of a CUFAS account shall be authorised by two
        # current Committee members"
        re.compile(
            # not where one person may do it all the same ("..., or singularly by the President")
            r"^(?!.*\b(?:singularly|single-handedly|alone|or\s+by\s+the)\b)"
            r".*\b(?:must|shall|should|will|may|is\s+to|are\s+to)\s+(?:\w+\s+)?be\s+"
            r"(?:authori[sz]ed|approved|signed|decided|instituted|agreed|countersigned|called|"
            r"convened)\s+(?:by|at\s+the\s+discretion\s+of)\s+"
            r"(?:a\s+decision\s+of\s+)?(?:at\s+least\s+)?(?:two|three|four|five|[2-9])\s+"
            r"(?:or\s+more\s+)?(?:[\w-]+\s+){0,2}?(?:officers|members|trustees|directors|"
            r"signatories|officials|people)\b|"
            # "When a formal complaint is received, a minimum of two directors will review the
            # complaint" (round 161's conduct procedure)
            r"\b(?:a\s+minimum\s+of|at\s+least)\s+(?:two|three|four|five|[2-9])\s+(?:[\w-]+\s+)?"
            r"(?:officers|members|trustees|directors|reviewers|people)\s+(?:will|shall|must)\s+"
            r"(?:review|consider|investigate|decide|hear)\b",
            _I,
        ),
        "Needing several to agree means no one person decides it alone, and each decision is"
        " checked by others.",
    ),
    (
        # "Any person who has been a voting member of the club for at least the past three
        # months shall be eligible for election"; "To be nominated for the office of President,
        # a candidate must have been a voting member ... for at least the past 10 months"
        re.compile(
            # ".*": a name with full stops may stand between ("an active member of the Y.S.U.
            # Game Devs for a period of at least two (2) semesters")
            r"\b(?:been\s+(?:a|an)\s+(?:\w+\s+)?member)\b.*\b(?:at\s+least|a\s+minimum\s+of|"
            r"no\s+less\s+than|not\s+less\s+than)"
            rf"\s+(?:the\s+(?:past|last|previous)\s+)?(?:{_SPAN}|{_COUNT}\s+(?:semesters?|"
            r"terms?)\b)",
            _I,
        ),
        "A time as a member first means those who stand know the organisation and its members"
        " before they help to run it.",
    ),
    (
        # "If you hold the weight close to your body ..., the suggested maximum weight is 25kg";
        # "Do not lift more than 20 kg on your own"
        re.compile(
            r"\b(?:lift\w*|carry\w*|handl\w*|weight)\b[^.]*\b(?:maximum|more than|over|"
            r"no more than|heavier than|up to)\b[^.]*\b\d+\s?(?:kg|kilos?|kilograms?|lbs?|"
            r"pounds)\b|"
            r"\bmaximum\s+weight\b[^.]*\b\d+\s?(?:kg|kilos?|kilograms?|lbs?|pounds)\b",
            _I,
        ),
        "Lifting more than that on your own risks injuring your back; a heavier load needs help"
        " or a lifting aid.",
    ),
    (
        # "All workstations should be secured with a lock-on-idle policy active after at most
        # 10 minutes of inactivity"; "Screens must lock after 5 minutes idle"
        re.compile(
            rf"\block\w*\b[^.]*(?:\b(?:idle|inactivity|inactive|unattended)\b[^.]*{_SPAN}|"
            rf"{_SPAN}[^.]*\b(?:idle|inactivity|inactive|unattended)\b)",
            _I,
        ),
        "Locking a computer left idle stops anyone passing by from using it, or reading what is"
        " on it, in its owner's name.",
    ),
    # Where an absence is reported, a dispute sent or an accident recorded, said without a time
    # (a time has the reason of its figure, which a question on the figure must get).
    (
        # "Every period of absence must be reported to the Line Manager"
        re.compile(
            rf"^(?!.*{_SPAN})(?=.*\b(?:absen\w*|sick\w*|illness)\b).*\b(?:report\w*|notif\w*|"
            r"inform\w*)\b[^.]*\bto\s+(?:the|your)\s+(?:line\s+)?(?:manager|supervisor)\b",
            _I,
        ),
        "Reporting each absence to your manager lets the work be covered, and keeps a true"
        " record of absence.",
    ),
    (
        # "Disputes must be submitted to the Commissioner in writing"
        re.compile(
            # not how it is sent ("in writing"), which this is no reason for
            rf"^(?!.*{_SPAN})(?!.*\bin\s+writing\b).*\b(?:disputes?|protests?|grievances?)\b[^.]*"
            r"\b(?:submitted|filed|lodged|sent|brought|referred)\s+(?:directly\s+)?(?:to|with)\s+"
            r"(?:the\s+)?"
            rf"(?:[\w-]+\s+){{0,2}}?(?:{_OFFICES}|commissioner)\b",
            _I,
        ),
        "Sending every dispute to one named office means each is settled by someone with the"
        " authority to settle it, and all in the same way.",
    ),
    (
        # "All accidents shall be recorded in the Club logbook"
        re.compile(
            rf"^(?!.*{_SPAN}).*\b(?:accidents?|injur(?:y|ies)|near[- ]miss(?:es)?)\b[^.]*"
            r"\b(?:shall|must|should|will|are to|is to)\s+be\s+(?:recorded|logged|entered|noted)\b",
            _I,
        ),
        "A record of every accident shows where the risks lie, so that they can be dealt with,"
        " and is there if questions are asked later.",
    ),
    # Tasks given to an office, said without a time: what the task is for, which is also why
    # one office is named for it.
    (
        # "The Commissioner shall chair the meeting"; "The CEO shall chair all Board meetings"
        re.compile(
            rf"^(?!.*{_SPAN}).*\b(?:shall|will|must|is to)\s+(?:also\s+)?"
            r"(?:chair|preside\s+(?:over|at))\s+(?:all\s+|the\s+|each\s+|any\s+)?"
            r"(?:[\w-]+\s+){0,2}?meetings?\b",
            _I,
        ),
        "A meeting with one person in the chair keeps to its agenda, gives each speaker a turn"
        " and reaches its decisions in order.",
    ),
    (
        # "The Commissioner shall prepare a proposed budget for each fiscal year"
        re.compile(
            rf"^(?!.*{_SPAN}).*\b(?:prepare|draw\s+up|propose|present|submit)\s+(?:a|an|the)\s+"
            r"(?:proposed\s+|annual\s+|draft\s+)?budget\b",
            _I,
        ),
        "A budget drawn up before the year begins lets those who approve it see what will be"
        " spent, and on what, before it is spent.",
    ),
    (
        # "A Director may not concurrently serve as an Officer of the Corporation"
        re.compile(
            r"\b(?:may|shall|can)\s+not\s+(?:concurrently|simultaneously|at\s+the\s+same\s+time)\s+"
            r"(?:serve\s+as|be|hold)\b",
            _I,
        ),
        "Keeping the two roles apart means no one holds posts that are meant to check each"
        " other, and more people share the work.",
    ),
    (
        # "In the event that there is a tie in any vote, the President shall have an additional
        # vote to be the tie-breaker" (round 197's foundation bylaws); "the Chair has a casting
        # vote"
        re.compile(
            r"\b(?:tie|tied|equality\s+of\s+votes)\b[^.]*\b(?:casting|additional|deciding|second|"
            r"tie-breaking)\s+vote\b|\bcasting\s+vote\b",
            _I,
        ),
        "Giving one person the deciding vote settles a tied vote, so that a decision is never"
        " left stuck.",
    ),
    (
        # "The Treasurer shall also keep a record of who authorised various expenditures"
        re.compile(
            r"\bkeeps?\s+(?:a\s+|an\s+)?(?:accurate\s+|full\s+|written\s+)?(?:record|account|"
            r"log)s?\s+of\b[^.]*\b(?:expenditures?|expenses|payments|spending|receipts|income|"
            r"funds|purchases)\b",
            _I,
        ),
        "A record of what was spent, and on whose say, means every payment can be traced and"
        " checked later.",
    ),
    (
        # "The Treasurer shall receive and have custody of all funds of the Club"
        re.compile(
            rf"^(?!.*{_SPAN}).*\b(?:custody|charge|care)\s+of\s+(?:all\s+)?(?:the\s+)?"
            r"(?:[\w-]+\s+)?(?:funds|monies|money|finances|books|records|documents)\b",
            _I,
        ),
        "Naming who keeps them means someone answers for them, and each use of them can be traced.",
    ),
    (
        # "Fully charged LiPo batteries must be stored in fire-resistant sacks"
        re.compile(
            r"\b(?:lipo|lithium)\b[^.]*\b(?:stored|kept|charged|store|keep|charge)\b[^.]*"
            r"\bfire[- ](?:resistant|proof|safe)\b",
            _I,
        ),
        "A lithium battery can catch fire, and a fire-resistant container keeps such a fire"
        " from spreading.",
    ),
    (
        # "A Level 1 audit shall be done once per year"; "The Board shall ensure financial
        # statements are audited annually by a qualified independent auditor" (round 203)
        re.compile(rf"^(?=.*{_RHYTHM}).*\b(?:audit|audits|audited)\b", _I),
        "Audits at set times catch mistakes and misuse early, and show members that what is"
        " held for them is properly kept.",
    ),
    (
        # "The Board shall evaluate the Executive Director's performance no less than annually"
        re.compile(
            rf"^(?=.*{_RHYTHM}).*\b(?:evaluat\w*|review\w*|apprais\w*|assess\w*)\b[^.]*"
            r"\bperformance\b",
            _I,
        ),
        "A review at set times tells the one reviewed how they are doing, and lets problems be"
        " raised before they grow.",
    ),
    (
        # "Directors shall promptly disclose any actual or potential conflict of interest to
        # the Board"
        re.compile(
            # not a disclosure made again at set times, a kind of its own above
            rf"^(?!.*{_RHYTHM}).*\b(?:disclose|declare|report)\w*\b[^.]*"
            r"\bconflicts?[- ]of[- ]interests?\b",
            _I,
        ),
        "Disclosing a conflict lets the others decide the matter without the interest of the"
        " one who has it weighing on the decision.",
    ),
    (
        # "Meetings of the board may be called by the chair ... or any two directors"; "A special
        # meeting of the Board of Trustees may be called by any three Trustees"
        re.compile(
            rf"\bmeetings?\s+of\s+the\s+(?:board|committee|council|trustees)\b[^.]*\bcalled\s+"
            rf"by\b[^.]*\b(?:any\s+)?{_COUNT}\s+(?:directors|trustees|governors|"
            r"members)\b",
            _I,
        ),
        "Letting a few of its members call a meeting means urgent business need not wait for"
        " the chair alone.",
    ),
    (
        # "If the directors do not call a meeting within twenty-one days of receiving the
        # requisition, any member who signed the requisition may call the meeting"
        re.compile(
            rf"\b(?:do|does)\s+not\s+call\b[^.]*{_SPAN}[^.]*\brequisition\b[^.]*\bmay\s+call\b",
            _I,
        ),
        "A time limit on the board means members who asked for a meeting cannot simply be ignored.",
    ),
    (
        # "Two members are required to make a nomination"
        re.compile(
            rf"^(?:{_COUNT}|at least {_COUNT})\s+members\s+(?:are|is)\s+(?:required|needed)\s+to\s+"
            r"(?:make|submit|second)\s+a\s+nomination\b",
            _I,
        ),
        "A nomination backed by more than one member shows that the candidate has support"
        " beyond their own.",
    ),
    (
        # "For paper submissions, the paper must be in submittable state 2 weeks before the
        # external deadline"
        re.compile(
            rf"{_SPAN}\s+before\s+the\s+(?:external|submission|final|official)\s+deadline", _I
        ),
        "Having it ready that far ahead leaves time for others to read it and for changes"
        " before the deadline.",
    ),
    (
        # "If we ever need to permanently shut down Masto.NYC services, then we will post public
        # notice 3 months in advance"
        re.compile(
            # "Masto.NYC": a stop inside a name
            rf"\b(?:shut\s*down|close|discontinue)\w*\b(?:[^.]|\.\w)*\bnotice\b[^.]*{_SPAN}\s+"
            r"(?:in advance|ahead|beforehand)",
            _I,
        ),
        "Notice that far ahead gives users time to save what they have there and move elsewhere.",
    ),
    (
        # "The Executive Director shall provide the Board a written financial summary no less
        # than quarterly"
        re.compile(
            # the report is what is given, not what something follows ("Dues will be set
            # annually at the AGM ... following the financial report")
            rf"^(?=.*{_RHYTHM}).*\b(?:provide|submit|present|give|prepare|send|deliver)\w*\b"
            r"[^.]*\b(?:financial\s+(?:summary|summaries|report|reports|statements?)|"
            r"statement\s+of\s+(?:revenues|accounts|income))\b",
            _I,
        ),
        "Regular reports on the money let the board see how it is spent, and act early if"
        " something is wrong.",
    ),
    (
        # "All digital records must be printed no less than once every 60 days, with a hard copy
        # kept in the silver vault"
        re.compile(
            rf"^(?=.*(?:{_RHYTHM}|\bevery\s+{_COUNT}\s+{_UNIT}s?\b)).*"
            r"\b(?:hard\s+copy|back\s*ups?|backed\s+up)\b",
            _I,
        ),
        "A copy made at set times means little is lost if the records are damaged or the"
        " system fails.",
    ),
    (
        # "If mediation is unsuccessful within sixty (60) days, the dispute shall be resolved by
        # binding arbitration"
        re.compile(rf"\bmediation\b[^.]*{_SPAN}[^.]*\barbitration\b", _I),
        "A time limit on mediation keeps a dispute from dragging on once talking has not"
        " settled it.",
    ),
    (
        # "Non-YUSU members must not exceed 20% of the overall Society membership" (round 201)
        re.compile(
            r"\bmembers\b[^.]*\b(?:must|shall|may|can)\s*(?:not|never)\s+(?:exceed|make\s+up\s+more"
            r"\s+than)\s+\d+\s?(?:%|percent|per cent)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
            r"membership\b",
            _I,
        ),
        "Capping the share of members from outside keeps the organisation in the hands of"
        " those it is for.",
    ),
    (
        # "The Executive Board may require membership dues upon approval of 3/4 of all chapter
        # members" (round 195)
        re.compile(
            rf"\bdues\b[^.]*\b(?:approval|vote|consent)\s+of\s+(?:at least\s+)?{_OVER_HALF}\s+of\b",
            _I,
        ),
        "Dues fall on every member, so they are brought in only with broad agreement, not by a"
        " narrow vote.",
    ),
    (
        # "A Member of the Society is entitled to vote at a General Meeting if they have been a
        # member for 14 calendar days"; "Every member who became a member 1 weeks or more
        # before ... the annual general meeting is eligible to vote" (rounds 195-199)
        re.compile(
            rf"\b(?:entitled|eligible)\s+to\s+vote\b[^.]*\b(?:been\s+)?an?\s+members?\s+for\s+"
            rf"(?:at\s+least\s+)?{_SPAN}|\bbecame\s+an?\s+member\s+{_SPAN}\s+or\s+more\s+before\b"
            r"[^.]*\b(?:entitled|eligible)\s+to\s+vote\b",
            _I,
        ),
        "A wait before new members may vote keeps anyone from joining just to sway one vote.",
    ),
    (
        # "A resolution approved in writing by at least two-thirds of the directors is as valid
        # as if it had been passed at a meeting of directors" (round 195)
        re.compile(
            rf"\bresolutions?\b[^.]*\bin\s+writing\b[^.]*\b{_OVER_HALF}\b[^.]*\b(?:valid|effective)\b",
            _I,
        ),
        "A decision in writing needs no meeting, so it takes more of the board's agreement than"
        " a vote at a meeting, where all could speak first.",
    ),
    (
        # "Secondary containers of diethyl ether must be disposed of within 2 weeks of creation"
        # (round 205's judge: the reason is the peroxides ether forms with age)
        re.compile(
            r"\b(?:ethers?|peroxide[- ]form\w*|tetrahydrofuran|THF|dioxane)\b[^.]*"
            rf"\b(?:disposed|discarded|used|tested)\b[^.]*{_SPAN}",
            _I,
        ),
        "Ether and other peroxide formers build up explosive peroxides as they age, so they are"
        " used or got rid of before that can happen.",
    ),
    (
        # "A team may not consist of more than 12 players"; "Teams may add a total of five (5)
        # players to the roster after the June 1 roster submission deadline" (a league's rules)
        re.compile(
            rf"\bteams?\s+(?:may|shall|must|can)\s+(?:not\s+)?(?:consist\s+of\s+more\s+than\s+|"
            rf"add\s+(?:a\s+total\s+of\s+|up\s+to\s+)?){_COUNT}\s+players\b",
            _I,
        ),
        "A cap on each roster keeps the teams even, so that no side can stack its squad.",
    ),
    (
        # "Puppies need at least two distemper vaccines, plus 14 days from the last distemper
        # vaccine before they are able to be around other dogs" (a foster handbook)
        re.compile(rf"\bvaccin\w*\b[^.]*{_SPAN}[^.]*\bbefore\b[^.]*\b(?:around|with|near)\b", _I),
        "A vaccine takes time to protect, so the wait keeps the young animal away from what"
        " others carry until it is immune.",
    ),
    (
        # "We'll cover a maximum amount of USD 100 each month"; "The company provides a budget
        # of up to £500 to each team member each year" (a remote-work and a benefits policy)
        re.compile(
            rf"\b(?:cover|pay|reimburse)\s+(?:a\s+)?maximum\s+(?:amount\s+)?of\s+{_AMOUNT}\s+"
            rf"(?:each|per|a|every)\s+(?:month|year|week)\b|"
            rf"\bbudget\s+of\s+up\s+to\s+{_AMOUNT}\s+(?:to|for)\s+each\b",
            _I,
        ),
        "A set amount each period keeps the cost of the benefit known ahead, and lets each"
        " person spend it without asking every time.",
    ),
    (
        # "We will reimburse actually incurred costs up to the 500 USD limit"
        re.compile(rf"\breimburse\w*\b[^.]*\bup\s+to\s+(?:the\s+)?{_AMOUNT}\s+limit\b", _I),
        "A limit on what is paid back keeps the fund's spending known ahead, so that it can"
        " support as many people as planned.",
    ),
    (
        # "If you have employment outside of Sourcegraph, we require that you disclose and
        # request approval if it exceeds 15 hours of your time per week"
        re.compile(
            r"\b(?:employment|work|job)\s+outside\b[^.]*\b(?:disclose|declare|approval)\b|"
            r"\boutside\s+(?:employment|work|activities)\b[^.]*\b(?:disclose|declare|approval)\b",
            _I,
        ),
        "Disclosing outside work lets the employer check that it neither conflicts with the job"
        " nor takes the time the job needs.",
    ),
    (
        # "In the two weeks following elections, the outgoing executive board shall transfer all
        # chapter accounts, keys, and money to the incoming executive board"
        re.compile(
            r"\boutgoing\b[^.]*\b(?:transfer|hand\s+over|pass\s+on|handover)\b[^.]*\bincoming\b",
            _I,
        ),
        "Handing over promptly lets the new officers act from their first day, and nothing is"
        " lost between the two.",
    ),
    (
        # "all persons of the general public shall be entitled to vote at any public meeting
        # provided they have attended at least two (2) of the most recent three (3) meetings"
        re.compile(
            rf"\b(?:entitled|eligible)\s+to\s+vote\b[^.]*\battended\s+(?:at\s+least\s+)?{_COUNT}"
            r"\s+of\b[^.]*\bmeetings\b",
            _I,
        ),
        "Voting only after attending recent meetings means those who vote know what is being"
        " decided.",
    ),
    (
        # "The Chapter shall be represented by two officers of the Chapter Board acting
        # jointly" (round 207)
        re.compile(
            r"\b(?:represented|bound|signed\s+for)\s+by\s+(?:two|2|any\s+two)\s+(?:of\s+(?:the|its)\s+)?"
            r"(?:\w+\s+){0,2}(?:officers|directors|trustees|members|officials)\b[^.]*\bjointly\b",
            _I,
        ),
        "Needing two of them acting together means no one person alone can commit the"
        " organisation.",
    ),
    (
        # "After the first Chair, every Chair must have served on the Board for at least one
        # year during the past five years" (round 207)
        re.compile(
            rf"\b(?:must|shall)\s+have\s+served\s+(?:on|as|in|with)\b[^.]*{_SPAN}",
            _I,
        ),
        "Requiring service first means whoever takes the office already knows the work from"
        " the inside.",
    ),
    (
        # "Leave requests must be approved by the line manager"; "All holidays must be agreed
        # with your manager in advance" (round 209's release checklist and availability
        # policy had no question at all). Not sick leave, which is not asked first.
        re.compile(
            r"^(?!.*\b(?:sick|ill|illness|medical)\b)"
            r"(?=.*\b(?:leave|holidays?|vacations?|time off|days off|absences?)\b)"
            rf".*{_RULED}\s+(?:be\s+)?(?:pre-?)?(?:approved|agreed|authori[sz]ed|signed off)\s+"
            r"(?:in advance\s+)?(?:by|with)\s+(?:[\w'’]+\s+){0,3}?(?:manager|supervisor|lead|"
            r"leader|PI|principal investigator|head\s+of\s+\w+)\b",
            _I,
        ),
        "Agreeing time off first means the work can be planned and covered while the person is"
        " away.",
    ),
    (
        # "The President shall be the Chief Executive Officer of the Association"; "the board
        # president shall be the chief volunteer officer of the corporation" (rounds 159-203)
        re.compile(
            r"\b(?:president|chair\w*|director)\b[^.]*\bshall\s+be\s+the\s+(?:chief\s+"
            r"(?:executive|volunteer|operating)\s+officer|general\s+manager)\b",
            _I,
        ),
        "Naming one office to lead the work says who answers for running the organisation"
        " between the board's decisions.",
    ),
    (
        # "The Floor Coordinator is the liaison between the users and the APS"; "The secretary
        # shall be the primary point of contact between the Club and other parties" (rounds
        # 171 and 209)
        re.compile(
            r"\b(?:is|are|shall\s+be|will\s+be|acts?\s+as|serves?\s+as)\s+(?:the|a|an)\s+"
            r"(?:(?:primary|main|first|official|designated|single)\s+)?(?:liaison|point\s+of\s+"
            r"contact|contact\s+person)\s+(?:between|for|with)\b",
            _I,
        ),
        "One named go-between means questions and news pass through someone who knows both"
        " sides, and nothing falls between them.",
    ),
]

# What a figure does, for a rule of no kind above: first the kinds whose reason is their
# figure's alone (how long something may lie unused, a cap on fines, a nomination period, ...),
# then the reason a trainer gives for every rule that sets a time limit, a lead time or an age
# under which a parent answers. Each explains the figure, so only a question on the figure gets
# it: "Where shall amendments be submitted?" is not answered by why they go out 14 days ahead
# (round 155's judge).
_FIGURE_ROLES: list[tuple[re.Pattern[str], str]] = [
    (
        # "Not less than thirty (30) and not more than sixty (60) days after posting of the
        # proposed amendments, Council shall submit said amendment to the Society"
        re.compile(
            rf"{_SPAN}\s+after\s+(?:the\s+)?posting\s+of\s+(?:the\s+)?(?:proposed\s+)?"
            r"(?:amendments?|changes?|motions?|proposals?)\b",
            _I,
        ),
        "Leaving that long after the amendment is posted gives members time to read it before"
        " they vote on it.",
    ),
    (
        # "Continuous duration of the holiday should not exceed two weeks" (round 197's
        # absence policy)
        re.compile(
            r"\b(?:continuous|consecutive|single)\s+(?:duration\s+of\s+(?:the\s+|a\s+)?|"
            r"period\s+of\s+)?(?:holiday|vacation|leave|time off|absence)\b[^.]*\b(?:not exceed|"
            r"no (?:more|longer) than|at most|up to|maximum of)\b",
            _I,
        ),
        "Capping a single stretch of leave keeps the team from being without someone for too long"
        " at a time.",
    ),
    (
        # "The bonus is paid upon completion of the newly hired employee’s first 90 days of
        # employment" (round 197's benefits)
        re.compile(
            # for a hire someone brought in, not a bonus for one's own work
            r"^(?=.*\b(?:referr\w*|new(?:ly)?\s+hired?|new\s+hires?|new\s+employees?)\b)"
            r".*\bbonus\b[^.]*\b(?:paid|payable|awarded)\b[^.]*\b(?:after|upon completion\s+of|"
            rf"once|when)\b[^.]*{_SPAN}",
            _I,
        ),
        "Paying once the new hire has stayed that long rewards bringing in people who stay, not"
        " only people who are hired.",
    ),
    (
        # "A bylaw is passed by a simple majority voted on by at least 7 members of the club"
        # (round 195's robotics team)
        re.compile(_MANY_VOTERS, _I),
        "Needing that many to vote means the decision is not taken by a handful of members.",
    ),
    (
        # "Begin the print and stay nearby for at least the first 10 minutes" (round 195's 3D
        # printing rules)
        re.compile(
            rf"\b(?:stay|remain|be)\s+(?:nearby|close\s+by|close|near|present|with\s+(?:it|the\s+"
            rf"\w+))\b[^.]*\bfirst\s+{_SPAN}",
            _I,
        ),
        "The first minutes are when a job most often goes wrong, so someone close by can stop it"
        " at once.",
    ),
    (
        # "The PRO ... will ensure that posters are designed and visible on campus two weeks
        # before events" (round 195's society constitution)
        re.compile(
            r"\b(?:posters?|advertis\w*|publici[sz]\w*|promot\w*|announce\w*)\b[^.]*"
            rf"{_SPAN}\s+(?:before|prior to|ahead of|in advance of)\s+(?:the\s+|each\s+|all\s+)?"
            r"(?:events?|workshops?|talks?|socials?)\b",
            _I,
        ),
        "Publicising it that far ahead lets people hear of the event in time to plan to come.",
    ),
    (
        # "Attend and be present for at least 90% of classes"; "Members must be able to attend
        # 70% of all meetings"
        re.compile(
            r"\battend\w*\b[^.]*?\b(?:at least\s+|a minimum of\s+)?\d{1,3}\s?%\s+of\s+(?:all\s+)?"
            r"(?:the\s+)?(?:\w+\s+)?(?:classes|sessions|lessons|lectures|meetings|practices|"
            r"trainings?|rehearsals)\b",
            _I,
        ),
        "Coming to most sessions keeps each person up with what the rest have covered, and lets"
        " the group count on them.",
    ),
    (
        # "the names of any witnesses being called by the employee must be made available to
        # Human Resources no later than 2 working days prior to the hearing" (round 189's
        # disciplinary procedure)
        re.compile(
            rf"\bwitness\w*\b[^.]*\b(?:made available|given|provided|submitted|sent|notified)\b"
            rf"[^.]*{_SPAN}\s+(?:before|prior to|ahead of)\s+(?:the\s+)?(?:\w+\s+)?hearing\b",
            _I,
        ),
        "Naming the witnesses that far ahead lets the panel and the other side prepare for what"
        " they will say, so that no one is taken by surprise at the hearing.",
    ),
    (
        # "Projects and equipment that are left at the Hackerspace for more than 6 months,
        # without any established contact with the owner ..., will be ..."; "labelled
        # material/projects older than 1 week are free for any member to use"
        re.compile(
            rf"\b(?:left|abandoned|unclaimed|stored)\b[^.]*\b(?:more than|longer than|over)\s+"
            rf"{_SPAN}[^.]*\b(?:disposed|discarded|removed|thrown|recycled|donated|property|"
            r"abandoned|free\s+for)\b|"
            rf"\b(?:material|projects?|items?|belongings)\b[^.]*\bolder than\s+{_SPAN}[^.]*"
            r"\bfree\s+for\b",
            _I,
        ),
        "A time limit on what is left behind keeps the shared space from filling up with things"
        " nobody comes back for, while giving owners fair time to collect theirs.",
    ),
    (
        # "No piece of loaner gear must be used by more than one person at any given practice
        # and must be quarantined for 5 days after use"
        re.compile(rf"\bquarantin\w*\b[^.]*\bfor\s+(?:at least\s+)?{_SPAN}", _I),
        "Setting it aside that long lets any germs on it die off before the next person uses it.",
    ),
    (
        # "Fines may not exceed fifty dollars ($50.00) for a single incident"
        re.compile(
            r"\bfines?\b[^.]*\b(?:may not|shall not|must not|cannot|will not)\s+exceed\b|"
            r"\b(?:maximum|largest)\s+fine\b",
            _I,
        ),
        "A cap keeps a fine in proportion to a single breach, whoever sets it.",
    ),
    (
        # "the Election Manager shall announce a nomination period of five days"; "The
        # self-nomination phase should take place over a period of two academic weeks"
        re.compile(
            r"\bnomination\s+(?:period|phase|window)\b[^.]*?\b(?:of|be|is|lasts?|over\s+a\s+period"
            rf"\s+of)\s+(?:at least\s+)?{_SPAN}",
            _I,
        ),
        "A set period for nominations gives every member time to consider standing, or to put"
        " someone forward, before the list of candidates is closed.",
    ),
    (
        # "Bank reconciliation shall be prepared monthly."
        re.compile(rf"\b(?:bank\s+)?reconciliations?\b[^.]*{_RHYTHM}", _I),
        "Checking the books against the bank at fixed intervals finds a mistake or a missing"
        " payment while it is still easy to trace.",
    ),
    (
        # "Account names expire when the whole account has been unused for more than 10 weeks"
        # (round 193's chat network policies)
        re.compile(
            rf"\bexpir\w*\b[^.]*\bunused\b[^.]*{_SPAN}|\bunused\b[^.]*{_SPAN}[^.]*\bexpir\w*\b",
            _I,
        ),
        "Letting what lies unused that long expire frees it for others, while whoever still uses"
        " theirs keeps it.",
    ),
    (
        # "Full time lab members should aim to be on-site three days per week"
        re.compile(
            rf"\b(?:on-?site|in\s+(?:the\s+)?(?:office|lab|laboratory))\s+(?:for\s+)?"
            rf"(?:at\s+least\s+)?{_COUNT}\s+days?\s+(?:per|a|each|every)\s+week\b",
            _I,
        ),
        "Days on site mean colleagues can count on working together in person, and on meeting"
        " face to face.",
    ),
    (
        # "The warning will be placed on the employee's HR file for 6 months and then
        # removed"; "... placed on an employee's file and removed after 12 months"
        re.compile(
            r"\b(?:warnings?|sanctions?|reprimands?)\b[^.]*\b(?:file|record)\b[^.]*"
            rf"(?:\bfor\s+{_SPAN}[^.]*\b(?:removed|expires?|lapses?|disregarded|spent)\b|"
            rf"\b(?:removed|expires?|lapses?|disregarded|spent)\s+after\s+{_SPAN})",
            _I,
        ),
        "Keeping a warning on file for a set time lets a repeat be taken into account, while one"
        " that is not repeated stops counting against the employee.",
    ),
    (
        # "Please cancel any reserved time ... at least 48 hours in advance"
        re.compile(
            rf"\bcancel\w*\b[^.]*\b(?:at least|a minimum of|{_NO_LESS}|no later than)\s+{_SPAN}"
            r"\s+(?:before|prior to|ahead|in advance)\b",
            _I,
        ),
        "Cancelling that far ahead frees the slot early enough for someone else to use it.",
    ),
    (
        # "Any player or coach who participates in a fight shall be suspended for three games";
        # "The time period for a suspension shall be fifteen weeks"
        re.compile(
            # "the participant MUST be removed, and MUST be banned for at least one year"
            r"\b(?:shall|will|must|may)\s+be\s+(?:suspended|banned|barred|excluded)\s+(?:from\s+"
            rf"[\w\s]{{1,30}}?\s+)?for\s+(?:at least\s+|a minimum of\s+)?"
            rf"(?:a\s+(?:period\s+of\s+)?)?"
            rf"{_COUNT}\s+(?:[\w-]+\s+)?"
            r"(?:games?|matches|match|fixtures?|events?|meetings?|days?|weeks?|months?|years?|"
            r"seasons?)\b|"
            r"\b(?:period|length)\s+(?:of|for)\s+(?:a\s+)?suspension\s+(?:shall|will|is)\s+be\b",
            _I,
        ),
        "Setting the penalty in advance tells everyone what a breach costs, and every offender"
        " gets the same.",
    ),
    (
        # "A grace period of 15 calendar days from the due date is available"
        # for paying; not "Retired members have a grace period of a year" for logging in,
        # which nothing is late for (round 191's judge)
        re.compile(
            r"^(?=.*\b(?:due|dues|pay\w*|fees?|invoices?|renewal|subscriptions?)\b)"
            rf".*\bgrace\s+period\s+of\s+(?:up\s+to\s+)?{_SPAN}",
            _I,
        ),
        "A grace period lets someone who is a little late put it right before anything is lost,"
        " while lateness cannot drag on.",
    ),
    (
        # "Members who remain in default in the satisfaction of the dues for a period of three
        # months may have their membership terminated"
        re.compile(
            r"\b(?:in\s+default|in\s+arrears|unpaid|fail\w*\s+to\s+pay)\b[^.]*"
            rf"{_SPAN}[^.]*\b(?:membership|member)\b[^.]*\b(?:terminat\w*|lapse\w*|"
            r"suspend\w*|cancel\w*|revoked|forfeit\w*)",
            _I,
        ),
        "Allowing that long before a membership ends gives a member who falls behind time to"
        " pay, while one who never pays does not stay a member.",
    ),
    (
        # "Additional nominations, supported by at least three Chapter Members, may be
        # submitted by the fifteenth of October" (round 207): the figure's reason only, not
        # the deadline's
        re.compile(
            r"\bnominations?\b[^.]*\b(?:supported|signed|seconded|endorsed)\s+by\s+"
            rf"(?:at least\s+|{_NO_LESS}\s+|no fewer than\s+)?{_COUNT}\s+(?:\w+\s+)?members\b",
            _I,
        ),
        "Setting a minimum of supporters means a nomination goes forward only where the"
        " candidate has support beyond their own.",
    ),
    (
        # "No more than two benches can be used by a single group"; "Maximum timespan the user
        # can reserve the lab is 8 hours"
        re.compile(
            rf"\b(?:no more than|at most|a maximum of|up to)\s+{_COUNT}\s+(?:[\w-]+\s+){{1,2}}"
            r"(?:can|may)\s+be\s+(?:used|booked|reserved|borrowed|taken|checked out)\s+by\s+"
            r"(?:a|one|any|each)\s+(?:single\s+)?(?:group|user|member|person|team|household)\b|"
            # "Each member may print at most 1000g of filament per month"
            r"\b(?:each|a|any|one)\s+(?:single\s+)?(?:group|user|member|person|team|household)\s+"
            r"(?:may|can)\s+(?:use|print|book|reserve|borrow|take|check\s+out)\s+(?:at most|up to|"
            r"no more than|a maximum of)\b|"
            r"\bmaximum\s+(?:time(?:span)?|duration|length|period)\b[^.;]*\b(?:reserve|book|"
            r"borrow|rent)\b",
            _I,
        ),
        "A limit on how much one person or group may take keeps what is shared open to"
        " everyone else.",
    ),
    (
        # "A face-to-face meeting will be arranged within 3 days of having the problem
        # expressed in writing"; "Executive Board shall then ... call for removal vote within
        # fourteen calendar days of the filing of the petition". Not "within 5 miles of".
        re.compile(
            # "Answer all direct messages within 48 hours of receiving them": an order
            rf"(?:{_RULED}|^(?:please\s+)?(?:answer|reply|respond|return|submit|send|report|pay|"
            r"notify|inform|tell|file|complete)\b)"
            rf"[^.]*\b(?:within|no later than|not later than)\s+{_SPAN}"
            r"(?:\s+(?:of|after|from|following|since)\b|\s*[.;]?$)|"
            # "Payouts are to be made by the Commissioner no more than one week after the
            # conclusion of the LEAGUE Championship"; not "no more than 2 hours", a length
            rf"{_RULED}[^.]*\bno\s+more\s+than\s+{_SPAN}\s+(?:after|following|of)\b",
            _I,
        ),
        "A time limit means everyone concerned knows by when it must be done, and it is not put"
        " off indefinitely.",
    ),
    (
        # "The Secretary shall distribute copies of the proposed amendment to the club at least
        # four weeks before the club meeting"; "Check in at least 15 minutes prior to the start"
        re.compile(
            # not "This history must begin at least 18 months prior to the candidacy": how long
            # a record runs back, no lead time
            # "You may reschedule a charter by notifying the Charter Representative at least
            # three business days before a sail date"
            # "Please reserve your time online at least 2 days ahead of your experiment day": an
            # order of the kind that gives notice
            rf"(?:{_RULED}|\bmay|^(?:please\s+)?(?:reserve|book|submit|send|register|apply|"
            r"request|notify|inform|tell|e-?mail|arrive|give)\b)"
            r"\s+(?!(?:\w+\s+)?(?:begin|start|commence|have\s+been|be\s+held)\b)"
            rf"[^.]*\b(?:at least|a minimum of|{_NO_LESS}|no fewer than)\s+{_SPAN}"
            # "not less than three weeks previous to the meeting date"
            r"(?:['’]s?)?\s+(?:\w+\s+)?(?:before|prior to|previous to|ahead of|in advance)\b",
            _I,
        ),
        "Doing it that far ahead leaves time to prepare for what comes next.",
    ),
    (
        # "Younger than 14 years of age must fish with a parent"; "Guests younger than 18 years
        # old ... a Release from Liability Statement signed by a parent"
        re.compile(
            rf"\b(?:under|younger than|below)\s+(?:the\s+age\s+of\s+)?{_COUNT}\s*(?:years?)?"
            r"(?:\s+(?:of\s+age|old))?\b[^.]*\b(?:parents?|guardians?|parental)\b",
            _I,
        ),
        "A young person cannot take on the risks alone: a parent or guardian answers for them and"
        " consents on their behalf.",
    ),
]
_KINDS_WITH_FIGURE_ROLES = [*_KINDS, *_FIGURE_ROLES]
# A purpose that speaks of the rule's figure ("Notice that far ahead ...", "A cap on ...", "The
# time limit ...") explains a question on the figure, not one on where the notice is posted
# or who gives it (round 159's judge, as round 155's for _FIGURE_ROLES).
_OF_THE_FIGURE = re.compile(
    r"\bthat (?:far|long)\b|\b(?:the|a) (?:limit|wait|cap|minimum|deadline|time limit)\b|"
    r"\bsetting a minimum\b|\bminimum (?:period|size|attendance|number|share)\b",
    _I,
)
_KINDS_NOT_OF_THE_FIGURE = [kind for kind in _KINDS if not _OF_THE_FIGURE.search(kind[1])]

# "seventy-five percent", as the kinds read it: "75%" (the figure said in digits beside it is
# not shown, and so not read).
_SPELLED_PERCENT = re.compile(rf"\b({COUNT_WORDS})\s+(?:percent|per\s+cent)\b", _I)
# "ten (10) days", "30 (thirty) days": a figure said twice, read once.
_RESTATED_FIGURE = re.compile(r"\b(\w+)\s*\((?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\)(?=\s)", _I)


# "To encourage folks to visit each other, each member may ...": the rule states its own aim.
# Not "To be eligible, you must be 18 years old", "To be appointed, a person must earn ..." nor
# "To qualify for the trophies, ...", a condition.
# Nor "To constitute a meeting for the transaction of business, a quorum shall ...": what the
# quorum makes, which is the rule again.
_OWN_AIM = re.compile(
    r"^(?:in order )?to\s+(?!be\s|qualify\b|constitute\b|form\b|vote\b)[a-z]+\b", re.IGNORECASE
)


def purpose_of(rule: str, *, figure: bool = False, holder: bool = False) -> str:
    """The purpose a trainer gives for a rule of its kind, or "" when its kind is not known
    or the rule opens with its own aim. Why a task has a named holder only for a question on
    its `holder`: it is no reason for a figure in the same rule ("If you have reached your 32
    client-billable hours ..., you are responsible for ...": round 92's judge), nor for where
    a report goes ("To whom shall the file chairman submit a written report?": round 175's
    judge). For a question on the rule's `figure`, what the figure does where the rule is of
    no known kind (see _FIGURE_ROLES)."""
    if _OWN_AIM.match(rule):
        return ""
    rule = _RESTATED_FIGURE.sub(r"\1", rule)
    rule = _SPELLED_PERCENT.sub(lambda m: f"{NUMBER_WORDS[m.group(1).lower()]}%", rule)
    kinds = _KINDS_WITH_FIGURE_ROLES if figure else _KINDS_NOT_OF_THE_FIGURE
    purpose = next((purpose for pattern, purpose in kinds if pattern.search(rule)), "")
    if purpose == _NAMED_HOLDER and not holder:
        # a task with its holder may still be of a kind of its own, which explains a question
        # on the rest of it ("How often shall the Board ensure financial statements are
        # audited?": the audit's reason, round 203)
        return next((p for pattern, p in kinds if p != _NAMED_HOLDER and pattern.search(rule)), "")
    return purpose


# A list of what a role must do, named so: "the graduate student responsibilities", "the
# duties of the treasurer", "Titus' responsibilities as PI".
# What a list of what someone has is named by: "the five basic qualities", "the skills".
ABILITIES = r"qualities|skills|abilities|competenc(?:e|ie)s|attributes|qualifications"
# What an office must do, named by `list_questions` from "The Treasurer shall:": "the things
# the Treasurer shall do". An office has a title in capitals and is one; what "the members"
# or "the Chair of Operations" must do is not one office's (a plural last word).
_DUTY_LIST = re.compile(
    r"(?i:\b(?:responsibilities|duties|tasks|obligations|expectations)\b)|"
    r"^the\s+things\s+the\s+(?:[A-Z][\w'-]*\s+){0,3}[A-Z][\w'-]*(?<![a-z]s)\s+"
    r"(?:shall|must|should|will)\s+do$"
)


# (what a list is named, the purpose a trainer gives it), first match wins.
_LIST_KINDS: list[tuple[re.Pattern[str], str]] = [
    (
        _DUTY_LIST,
        "Setting out what each role is responsible for means everyone knows whom to turn"
        " to, and nothing is left undone because each person assumed someone else would"
        " do it.",
    ),
    (
        # "those given access to the bank account", "the signatories of the account"
        re.compile(r"\b(?:bank|account|accounts|funds|monies|money|signator\w*)\b", re.I),
        "Keeping access to the money to a few named people protects it, and every payment can"
        " be traced to someone who answers for it.",
    ),
    (
        # "the members of the Executive Board", "the members of the committee"
        re.compile(
            r"^the\s+members\s+of\s+the\s+(?:[\w-]+\s+)?(?:board|committee|council)\b", re.I
        ),
        "Setting out who sits on it says whose voices make its decisions, so that its make-up"
        " cannot be changed at will.",
    ),
    (
        # "the five basic qualities that the secretary must have", "the skills a steward needs"
        re.compile(
            rf"\b(?:{ABILITIES})\b.*"
            r"\b(?:must|should|needs?|has to|have to|requires?|required)\b",
            re.I,
        ),
        "Knowing what the role asks of whoever holds it lets a holder see where to grow, and"
        " lets others judge whether the role is well filled.",
    ),
    (
        # "the officers of the club"
        re.compile(r"^the\s+officers\b", re.I),
        "Naming the offices says who answers for running the organisation, so that every part"
        " of the work has someone responsible for it.",
    ),
    (
        # "the things to do on the day of the soft freeze", named by `list_questions` from a
        # checklist's "On the day of the soft freeze:" (round 209's release procedure)
        re.compile(
            r"^the things to do (?:on|at|in|during|before|after|\w+ \w+ (?:before|after))\b"
        ),
        "Tying each step to its point in the schedule means it is done in time for the steps"
        " that depend on it, and none is forgotten.",
    ),
]


def purpose_of_list(what: str) -> str:
    """The purpose a trainer gives a list of its kind (see `purpose_of`), or ""."""
    return next((purpose for pattern, purpose in _LIST_KINDS if pattern.search(what)), "")
