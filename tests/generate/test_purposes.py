"""The purpose a trainer gives a rule of a known kind, and the rules that look alike but are not
of that kind (each negative is a sentence the first version of a pattern read wrongly)."""

from __future__ import annotations

import pytest

from quizapp.generate import analyse, generate_set, needing_reasons
from quizapp.generate.action_questions import purpose_clause
from quizapp.generate.purposes import purpose_of, purpose_of_list
from quizapp.generate.quality import UNEXPLAINED
from quizapp.generate.report import format_report, section_reports
from quizapp.generate.statements import gives_reason, units
from quizapp.generate.structure import read_structure


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
        ("Each year, the TSC elects a chair to run the meetings.", "whoever leads"),
        ("Staff complete security training every year.", "refreshes"),
        ("If you are unsure what counts as a vulnerability, consult with the SRT.", "guess"),
        ("Questions about this program should be sent to PeopleOps.", "guess"),
        ("Requests for an exception must be submitted to the CEO for approval.", "rare"),
        ("For most infractions, a first suspension will typically be for 24 hours.", "repeat"),
        ("Missing the threshold for 2 consecutive quarters ends the role: no activity.", "active"),
        ("If we do not hear from a member for six months we nominate a replacement.", "active"),
        ("You should respond to reviewers' comments within 2 weeks of the last review.", "moving"),
        ("The editor will review your submission within 2 weeks.", "when to expect"),
        ("The results will be announced within one week of closing the election.", "expect"),
        ("After 4 weeks, if the owner has not responded, support will take over.", "settle"),
        ("Ping the on-call lead about critical bugs if the last update is 2 days old.", "stall"),
        ("A director may serve for a maximum of two consecutive terms.", "new people"),
        ("Members who miss three consecutive weekly meetings are suspended.", "take part"),
        ("Release cadence of the first pre-releases is 6 weeks.", "plan around"),
        ("Packages are released to users once every six months.", "plan around"),
        ("You can carry over up to 40 hours of unused personal time.", "earned"),
        ("Staff who work fewer than 30 hours a week get a prorated allowance.", "in step"),
        ("The company provides ten paid sick days per calendar year.", "recover"),
        ("The referral bonus is paid after the new hire completes 90 days of work.", "work out"),
        ("Only an authorised person may fit a lock.", "qualified"),
        ("Only maintainers can do the releases.", "trusted"),
        ("The election begins six weeks before the post becomes vacant.", "every step"),
        ("The next two weeks are the polling period.", "chance to vote"),
        ("All team members have the same holiday allowance, which is 30 days per year.", "plan"),
        ("The finance committee will have 5 members.", "how many"),
        ("You have a $1,000 annual stipend for classes.", "plan for the cost"),
        ("Before landing pull requests, allow 48 hours for input from others.", "raise concerns"),
        ("For more than five consecutive sick days, a doctor's note is required.", "fit to return"),
        ("You can take three days of bereavement leave for the death of a cousin.", "grieve"),
        ("All new parents are entitled to 100 days of parental leave.", "new parent"),
        ("If your laptop is 3 years or older, you are eligible for a new laptop.", "set age"),
        ("Approval may take up to three business days.", "early enough"),
        ("Everyone is entitled to 165 hours of vacation leave in any calendar year.", "entitled"),
        ("The quorum for a Special General Meeting shall be 20% of the members.", "enough"),
        (
            "Commits must mature in the Current release for at least two weeks before backporting.",
            "prove itself",
        ),
        ("The quorum of the Committee shall be at least 60% of its members.", "enough"),
        ("There shall be no fewer than three Ordinary Committee members.", "one or two"),
        ("The AGM shall be held within 3 months of the start of the financial year.", "accounts"),
        ("A member is deemed to have resigned if the fee remains unpaid 60 days.", "time to pay"),
        ("Any known violations of this policy should be reported to the CEO.", "act on it"),
        ("If you have concerns about a contributor, please raise them with the TSC.", "act on it"),
        ('If you found a bug, please fill out the "Bug Report" template.', "details"),
        ("Every engineer is expected to participate in the on-call rotation.", "spreads the load"),
        ("All volunteers must undertake safeguarding training on a recurring basis.", "refreshes"),
        # a radio club's bylaws and an association's constitution (tuning, session 25)
        (
            "A minimum of five members of the Board of Directors must be present in order to "
            "conduct business.",
            "enough",
        ),
        ("A quorum shall be one third of the voting members.", "enough"),
        (
            "The convocation must list the agenda of the meeting and be sent at least two weeks "
            "before the date.",
            "arrange to attend",
        ),
        ("Notice of the general meeting shall be given 14 days in advance.", "arrange to attend"),
        ("The board of directors must always have an odd number of people.", "tie"),
        (
            "Members shall be invited to the general meeting in writing at least 10 days in "
            "advance.",
            "arrange to attend",
        ),
        (
            "Amendments to the articles of association require the approval of a 90 % majority "
            "of the votes cast.",
            "broad agreement",
        ),
        (
            "You need to have been a society member since at least 14 days before the AGM.",
            "last minute",
        ),
        (
            "All vulnerabilities will be disclosed to the public 90 days after the initial report.",
            "fix the flaw first",
        ),
        (
            "Coach or economy class airfare must be bought at least four weeks in advance of "
            "travel.",
            "lower fares",
        ),
        (
            "Reimbursement requests must be received within 30 days of completion of the event.",
            "receipt",
        ),
        # a hackerspace's bylaws (round 46, judged before it was read)
        ("No member may serve more than 3 consecutive terms on the board.", "new people"),
        (
            "Notices shall be distributed to all members at least five business days prior to "
            "a meeting.",
            "arrange to attend",
        ),
        (
            "At a duly called meeting, 25% of the voting membership shall constitute a quorum.",
            "enough",
        ),
        (
            "Minutes of each board meeting shall be distributed to members within 48 hours.",
            "not there",
        ),
        # kinds read from bylaws, privacy and expense policies (rounds 46-52, after judging)
        (
            "Voting membership shall be suspended for non-payment of dues by the Treasurer "
            "after a period of three (3) months.",
            "time to pay",
        ),
        ("Capital asset purchases over $250 require pre-approval.", "holds the budget"),
        (
            "Once the application has been announced, there is a two week period during which "
            "members may object to the application.",
            "raise a concern",
        ),
        ("Two (2) signing authorities shall sign each cheque.", "no one person"),
        ("Purchases over $100,000 must be competitively bid.", "fair price"),
        (
            "Merchant payment receipts will be securely disposed of no later than 6 months after "
            "the event ends.",
            "no longer needed",
        ),
        (
            "A resignation letter shall be sent to the board at least 4 weeks before the "
            "resignation is to take effect.",
            "hand over",
        ),
        (
            "The financial audit should be completed at least one month before the ordinary "
            "general meeting.",
            "approve the accounts",
        ),
        (
            "The member being expelled shall be given an opportunity to be heard at a hearing "
            "to be held not fewer than 5 days before the expulsion takes effect.",
            "answer the case",
        ),
        ("Reimbursements will be made within 30 days of a complete claim.", "out of pocket"),
        # an officer's standing duties (round 51's by-laws)
        ("The Secretary shall keep an accurate record of all official meetings.", "minutes"),
        (
            "The Treasurer shall keep an accurate and current record of all monies received.",
            "money in and out",
        ),
        ("The Treasurer shall deposit all monies received in the approved bank.", "bank account"),
        ("The Treasurer shall pay no bill without the approval of the Board.", "agreement"),
        ("The Treasurer shall present a financial report at each annual meeting.", "spent"),
        ("The Secretary shall keep a roll of all members.", "who may vote"),
        # an outcome promised, a claim, an advance settled (rounds 47, 48 and 52)
        ("We will inform you in writing of our decision within one week.", "expect an outcome"),
        ("The committee will aim to have a resolution agreed upon within one week.", "outcome"),
        ("Fill out the reimbursement form and submit it within 30 days.", "receipt"),
        (
            "You must return any excess reimbursement no more than 120 days after receipt.",
            "settles",
        ),
        # kinds said in other words (rounds 46-52)
        ("The Executive Committee shall consist of the four duly elected officers.", "seats"),
        (
            "The date of the annual meeting must be posted in the office at least two weeks "
            "prior to the annual meeting.",
            "arrange to attend",
        ),
        (
            "Any officer who fails to arrive at three successive board meetings abandons their "
            "position.",
            "take part",
        ),
        (
            "The meeting must take place no later than 3 weeks following receipt of the request.",
            "put off",
        ),
        ("If an expense is more than 30 days old, you will need to explain why.", "receipt"),
        ("You must account for the expenses within 60 days of incurring them.", "receipt"),
        # kit, keys, receipts and a workspace allowance (round 53's documents, after judging)
        ("Undersuits must be returned, washed and dry, within three days.", "next person"),
        ("You must return any borrowed tool within 7 days.", "next person"),  # not an advance
        (
            "If you need to take the key away, inform the Kit Officer before it is taken off site.",
            "knows where",
        ),
        ("You only need to submit receipts for purchases of $75 or more.", "checked"),
        ("You can spend up to $300/month to work in cafés or coworking spaces.", "fixed cap"),
        # a co-op's by-law (round 53, after judging)
        ("The board is made up of three (3) directors.", "seats"),
        ("The term of office of a director is three (3) years.", "regular intervals"),
        # a makerspace's by-laws, an orienteering club's constitution (round 54, after judging)
        ("The suspension ends after 14 days unless the board confirms it.", "in haste"),
        ("A ballot stays open for at least 7 days.", "chance to vote"),
        (
            "The Committee shall meet not less than four times each year.",
            "minimum number of meetings",
        ),
        ("The Board of Directors shall meet at least twice a year.", "minimum number of meetings"),
        # bylaws of a food co-op and a research centre (round 193's judge, round 203)
        ("There must be at least four meetings of the directors each year", "minimum number of"),
        (
            "The board of directors shall have a minimum of four (4) regular meetings each "
            "calendar year at times and places fixed by the board.",
            "minimum number of meetings",
        ),
        ("Members must attend at least three meetings each term to vote.", "really taken part"),
        # student societies' and a makerspace's bylaws (rounds 195-201)
        (
            "Directors shall be eligible for reappointment for up to five (5) successive terms.",
            "limit",
        ),
        (
            "Composition: The Board of Directors shall consist of no fewer than seven (7) nor more "
            "than fifteen (15) Directors.",
            "number of seats",
        ),
        (
            "If a member is considered inactive for two continuous semesters, they will be removed "
            "from the chapter.",
            "still active",
        ),
        ("Non-YUSU members must not exceed 20% of the overall Society membership.", "outside"),
        (
            "Any changes in the Constitution or By Laws must be approved by at least two-thirds of "
            "the Executive Council.",
            "changing the rules",
        ),
        (
            "The Executive Board may require membership dues upon approval of 3/4 of all chapter "
            "members.",
            "Dues fall on every member",
        ),
        (
            "A Member of the Society is entitled to vote at a General Meeting if they have been a "
            "member for 14 calendar days.",
            "just to sway one vote",
        ),
        (
            "Every member who became a member 1 weeks or more before this or the next annual "
            "general meeting is eligible to vote in the current election of directors.",
            "just to sway one vote",
        ),
        ("Candidates may only run for 1 office.", "offices one person holds"),
        ("During election candidates may only be nominated for two offices.", "offices one"),
        (
            "A resolution approved in writing by at least two-thirds of the directors is as valid "
            "as if it had been passed at a meeting of directors.",
            "decision in writing",
        ),
        (  # round 205's judge: no record deleted, a peroxide former
            "Secondary containers (i.e., solutions) of diethyl ether must be disposed of within 2 "
            "weeks of creation.",
            "explosive peroxides",
        ),
        # a foster handbook, a remote-work and a benefits policy (rounds 159-193)
        (
            "Puppies need at least two distemper vaccines, plus 14 days from the last distemper "
            "vaccine before they are able to be around other dogs.",
            "until it is immune",
        ),
        ("We'll cover a maximum amount of USD 100 each month.", "cost of the benefit"),
        (
            "The company provides a budget of up to £500 to each team member each year to spend "
            "at their discretion on anything that helps them do their job better.",
            "cost of the benefit",
        ),
        # a league's rules, a travel fund, an outside-work policy and bylaws (rounds 159-193)
        ("A team may not consist of more than 12 players.", "roster"),
        (
            "Teams may add a total of five (5) players to the roster after the June 1 roster "
            "submission deadline.",
            "roster",
        ),
        ("We will reimburse actually incurred costs up to the 500 USD limit.", "paid back"),
        (
            "If you have employment outside of Sourcegraph, we require that you disclose and "
            "request approval if it exceeds 15 hours of your time per week.",
            "Disclosing outside work",
        ),
        (
            "In the two weeks following elections, the outgoing executive board shall transfer "
            "all chapter accounts, keys, and money to the incoming executive board.",
            "Handing over promptly",
        ),
        (
            "In addition, all persons of the general public shall be entitled to vote at any "
            "public meeting provided they have attended at least two (2) of the most recent three "
            "(3) public meetings.",
            "know what is being decided",
        ),
        # bylaws, a silver bank's procedures, a lab handbook and a server's policies (round 203)
        ("A Level 1 audit shall be done once per year.", "Audits at set times"),
        (
            "The Board shall ensure financial statements are audited annually by a qualified "
            "independent auditor.",
            "Audits at set times",
        ),
        (
            "The Board shall evaluate the Executive Director's performance no less than annually.",
            "review at set times",
        ),
        (
            "Directors shall promptly disclose any actual or potential conflict of interest to "
            "the Board.",
            "Disclosing a conflict",
        ),
        (
            "Meetings of the board may be called by the chair of the board, the vice-chair of "
            "the board or any two directors at any time.",
            "urgent business",
        ),
        (
            "A special meeting of the Board of Trustees may be called by any three Trustees.",
            "urgent",
        ),
        (
            "If the directors do not call a meeting within twenty-one days of receiving the "
            "requisition, any member who signed the requisition may call the meeting.",
            "cannot simply be ignored",
        ),
        ("Two members are required to make a nomination.", "support beyond their own"),
        (
            "For paper submissions, the paper must be in submittable state 2 weeks before the "
            "external deadline.",
            "time for others to read it",
        ),
        (
            "If we ever need to permanently shut down Masto.NYC services, then we will post "
            "public notice 3 months in advance of the planned last day.",
            "move elsewhere",
        ),
        (
            "The Executive Director shall provide the Board a written financial summary no less "
            "than quarterly.",
            "Regular reports on the money",
        ),
        (
            "All digital records must be printed no less than once every 60 days, with a hard "
            "copy kept in the silver vault.",
            "system fails",
        ),
        (
            "If mediation is unsuccessful within sixty (60) days, the dispute shall be resolved "
            "by binding arbitration.",
            "dragging on",
        ),
        ("No proxy shall extend beyond a period of sixty days.", "present wishes"),
        (  # round 203's judge: the rhythm's reason was given to the deadline
            "The Board shall complete an annual governance review by written consent or "
            "synchronous meeting no later than ninety (90) days after the close of each fiscal "
            "year.",
            "time limit",
        ),
        (
            "The Treasurer shall maintain a record of the financial transactions of the Club.",
            "money in and out",
        ),
        ("Payments out require approval from two committee members.", "no one person"),
        (
            "Any motion to amend the constitution shall be made in writing to the Secretary at "
            "least 14 days before the AGM.",
            "agenda",
        ),
        # data destroyed after inactivity is deleted data, not a role kept with the active; a
        # deadline before a yearly meeting is no rhythm of meetings (round 55's judge)
        (
            "Personal data will be securely destroyed after four years of inactivity on a "
            "member's account.",
            "no longer needed",
        ),
        (
            "Nominations to the Council must be received by the Secretary no less than 21 days "
            "prior to the Annual General Meeting of each year.",
            "ballot",  # nominations in time for a ballot, more than for an agenda
        ),
        # a quorum said as what a body "shall consist of" is a quorum, not the body's size
        ("The quorum of the committee shall consist of three elected members.", "quorum"),
        ("A quorum at a club AGM shall consist of eight members.", "quorum"),
        ("SkullSpace has a board of directors consisting of five members.", "seats"),
        ("The Treasurer will report on the current funds in the pool monthly.", "money"),
        ("Financial data is retained for 6 years in accordance with HMRC.", "audit"),
        ("Applicants must be 18 years of age or over.", "adults"),
        ("Staff members must be at least 18 years of age as of the Thursday prior.", "adults"),
        ("A present member can hold no more than 1 proxy.", "proxies"),
        (
            "Two members of the board of directors in agreement are granted the power to sign "
            "agreements on behalf of the organization.",
            "more than one signature",
        ),
        ("There should be three (3) signing authorities at all time.", "more than one signature"),
        (
            "The Public Officer and one other member of Council shall sign every instrument.",
            "more than one signature",
        ),
        ("The Council shall appoint annually an official auditor.", "auditor"),
        ("Two financial auditors are to be elected by the general meeting.", "auditor"),
        (
            "If the quorum cannot be attained, a general vote must be held instead within two "
            "weeks.",
            "too few members",
        ),
        ("All laptops must be protected with a password over 16 characters long.", "guess"),
        ("Lab meetings will last no longer than 1 hour.", "to the point"),
        ("Undertake to complete a trial period of twelve (12) months.", "both sides"),
        ("Schedule a post-mortem meeting for within 3 calendar days for a SEV-1.", "fresh"),
        (
            "Members may take up to two consecutive weeks of time off without seeking explicit "
            "permission from the Board.",
            "covered",
        ),
        ("You can only book 50 hours per month in total.", "turn"),
        ("You may book the room for up to 3 hours.", "turn"),
        ("Hotel costs must not exceed $150 per night.", "known in advance"),
        (
            "Minutes shall be made available to the members no later than 2 weeks after the "
            "general meeting.",
            "not there",
        ),
        ("We are required by law to retain a copy of your invoice for six years.", "audit"),
        ("We maintain records of all members for at least 6 years.", "audit"),
        ("Term of membership shall be 12 consecutive months.", "renews"),
        ("The period of membership for all classes is twelve (12) months.", "renews"),
        ("Attend at least 75% of the society meetings.", "attendance"),
        ("Members must attend at least three meetings a year.", "attendance"),
        (
            "Members seeking more than two consecutive weeks of time off must submit a written "
            "request to the Board.",
            "covered",
        ),
        ("Laptops will be replaced after 3 years.", "set age"),
        (
            "Protests must be presented to a club officer within 15 minutes of the weigh-in.",
            "final",
        ),
        (
            "A guest can fish up to two tournaments within the same calendar year without having "
            "to become a member.",
            "try it out",
        ),
        ("Visitors may attend three open nights before joining.", "try it out"),
        ("Dues will be $25 per year, renewable each January.", "running costs"),
        ("Safety glasses must be worn at all times whilst using machinery.", "injuries"),
        (
            "Allegations will be referred to the Local Authority Designated Officer within 24 "
            "hours.",
            "person at risk",
        ),
        (
            "Photography of children is only permitted with written consent from a parent.",
            "consent",
        ),
        ("Do not take photos of members without their consent.", "consent"),
        (
            "Human Resources will invite the Employee to a meeting to discuss the grievance within "
            "10 working days of receiving the written complaint.",
            "heard while it is fresh",
        ),
        ("Mileage claims are paid at $0.58 per mile.", "fuel"),
        (
            "Efforts will be made to resolve the matter informally within the first two weeks "
            "after the complaint is made.",
            "between themselves",
        ),
        (
            "The Contact Person will forward the complaint to the Internal Advisor within one "
            "week of receipt.",
            "without delay",
        ),
        ("The board must call a member vote within 45 days if 10% of members ask.", "put off"),
        (
            "The hearing will be held by a committee composed of no fewer than three directors.",
            "one or two people",
        ),
        (
            "The Treasurer shall, within two weeks following the end of the fiscal year, submit "
            "the accounts to the auditors.",
            "checked before",
        ),
        ("The company will reimburse the cost at the rate of 18.5 SEK per mile.", "fuel"),
        ("Wear gloves when handling chemicals.", "injuries"),
        ("The annual dues shall be $10, payable to the treasurer.", "running costs"),
        (
            "You must notify your line manager by phone as soon as possible on your first day "
            "of absence.",
            "covered",
        ),
        ("If you are unable to attend work, call your manager before 9am.", "covered"),
        # a form the employee fills in, not a doctor's note (round 44's judge)
        (
            "You must complete a self-certification form for absences of up to seven days.",
            "own words",
        ),
        (
            "The trigger for a first absence review is three or more episodes of sickness in a "
            "26 week rolling period.",
            "same standard",
        ),
        ("Long-term sickness absence is any period of sickness lasting over four weeks.", "which"),
        ("Meetings should not last longer than 2 hours.", "to the point"),
        (
            "A written warning will normally be disregarded for disciplinary purposes after a 12 "
            "month period.",
            "clean record",
        ),
        ("The warning will remain on your file for six months.", "clean record"),
        ("The result of the appeal will be made known to you within 5 working days.", "expect"),
        ("After the meeting you will be given a final decision, normally within 5 days.", "expect"),
        # when an appeal is heard, not how long one has to lodge it (round 43's judge)
        ("You will be invited to an appeal meeting, normally within 5 days.", "while it is fresh"),
        (
            "Any holiday that is carried over must be taken within the first 3 months of the new "
            "holiday year.",
            "piling up",
        ),
        ("Every 6 months, we do performance reviews of all members of the team.", "feedback"),
        (
            "The Board shall meet at least once every 2 weeks while in session.",
            "minimum number of meetings",
        ),
        # a student chapter's bylaws and round 127's (tuning since)
        (
            "Notification will be sent to the employee at least two weeks in advance of the "
            "deduction.",
            "plan around it",
        ),
        ("Within 7 days after purchasing, you should submit your claim/report.", "receipt"),
        (
            "For expenses incurred while traveling, the traveler will have 60 calendar days upon "
            "returning from travel to substantiate and submit the expenses.",
            "receipt",
        ),
        (
            "Return of excess amounts must be done within 120 days after expenses are paid.",
            "settles the advance",
        ),
        (
            "Directors should attend the yearly Board Development Program seminar, if available.",
            "refreshes",
        ),
        (
            "Complete a conflict-of-interest disclosure upon appointment and annually thereafter.",
            "conflict that has arisen since",
        ),
        ("Officers will take office two weeks after election.", "hand over"),
        # round 131's constitution, tuned on since it was judged
        (
            "Members must advise the Secretary in writing of any business to be moved at the "
            "Annual General Meeting at least 14 days before the meeting.",
            "on the agenda",
        ),
        (
            "All complaints regarding the behaviour of members should be submitted in writing to "
            "the Secretary.",
            "answered fairly",
        ),
        # the panel's size, not the vote's majority (round 133's judge)
        (
            "Members of the Committee must form a panel hearing of no less than 4 members, and "
            "vote, by a two-thirds majority, in favour of the member's expulsion.",
            "no one person decides",
        ),
        # told after the hearing, not arranged (round 131's judge)
        (
            "The outcome of a disciplinary hearing should be notified in writing to the member "
            "within 7 days of the hearing.",
            "outcome soon after",
        ),
        (
            "The Executive Board shall meet regularly, at least once per month.",
            "minimum number of meetings",
        ),
        ("Meetings shall be held no less than once per semester.", "minimum number of meetings"),
        (
            "No member may serve in the office of Chair or Vice Chair for more than two "
            "consecutive years.",
            "does not rest with one person",
        ),
        (
            "The vote shall be open for a minimum of 7 days and a maximum of 8 days.",
            "chance to vote",
        ),
        (
            "Voting membership shall be granted to chapter members that have attended at least "
            "two meetings.",
            "take part",
        ),
        (
            "If borrowing a drysuit, you must get the Kit Officer’s permission prior to doing so.",
            "knows where they are",
        ),
        (
            "If you experience or witness unacceptable behaviour, please raise it with the "
            "trustees as soon as possible.",
            "people who can act on it",
        ),
        ("Transactions of at least $500 require approval from the Board of Directors.", "budget"),
        (
            "The home team captain will contact the opposing captain at least 2 weeks prior to "
            "the match date.",
            "plan around it",
        ),
        ("To be eligible, you must be 18 years old.", "adults"),
        ("If you cannot resolve the concern between you, seek out a staff member.", "act on it"),
        ("Passwords should be at least eight characters long.", "guess"),
        ("All backups and logs are stored for a minimum of 12 months.", "audit"),
        (
            "You will have 7 days from that announcement to check your grades and make appeals.",
            "final",
        ),
        ("Each day that your submission is late, you will be assessed a penalty of 10%.", "fair"),
        ("A team must have 8 players to start or finish a game.", "both sides"),
        ("Any player ejected from a game will be suspended a minimum of two games.", "deters"),
        (
            "To qualify for the averages trophies, a player must have participated in at least "
            "75% of the matches played.",
            "real part",
        ),
        ("You will need to be in attendance for 30% of your team's regular games.", "real part"),
        ("All matches must be completed within one month of the final match week.", "settled"),
        ("Economy class is standard for flights under 6 hours.", "cost of travel"),
        ("Staff may take up to 3 remote days a week.", "in person"),
        ("If you are in an accident, report it to Risk Management immediately.", "fresh"),
        ("The Ride Leader must report the accident to the coaches via radio.", "help"),
        ("Shoes are required to be worn at all times while on site.", "guards the wearer"),
        (
            "Children who are 9 years of age or less must be accompanied and supervised by "
            "someone who is at least 13 years of age.",
            "take charge",
        ),
        (
            "All children under the age of 8 years old must be supervised by a responsible adult.",
            "take charge",
        ),
        (
            "Complete a Defensive Driving Course, which must be renewed every three years.",
            "refresh",
        ),
        (
            "Quorum for the Annual and any Special General Meetings shall be eight members.",
            "enough",
        ),
        ("The written warning will be recorded but nullified after six months.", "clean record"),
        ("We may deny reimbursement requests submitted after the 60-day limit.", "receipt"),
        ("Submit your claim/report within 7 days after purchasing.", "receipt"),
        (
            "If an Active Facilitator has not attended a meetup within the past six months, the "
            "board may revoke their Active Facilitator role.",
            "still active",
        ),
        (
            "Belongings stored without agreement will be removed at the member's expense after "
            "7 days.",
            "shared space",
        ),
        ("All officers will retire each year.", "confirmed or replaced"),
        # by a board, not the members (round 183's judge)
        (
            "The officers of the Association shall be elected annually by the Board of Directors.",
            "confirmed or replaced",
        ),
        (
            "To be eligible for the playoffs, players are required to participate in a minimum "
            "of 15 League Matches in the Regular Season period.",
            "really taken part",
        ),
        (
            "To be eligible for the monthly healthcare stipend, members must have worked a "
            "rolling 1000 hours over the past 12 months.",
            "really taken part",
        ),
        ("All roles are advertised to all members for a period of at least one week.", "apply"),
        ("No member can be a Head of Department more than four times a year.", "their turn"),
        ("No member can be a Head of Department more than twice in ten weeks.", "their turn"),
        (
            "Members seeking to work at a reduced rate for more than two consecutive weeks must "
            "submit a written request to the Board.",
            "covered",
        ),
        ("Catalyst provides a healthcare reimbursement of $150 a month to members.", "known"),
        ("During weekdays, lab members are expected to answer emails within a day.", "moving"),
        ("A full member may accompany two visitors to any open night.", "guests"),
        # guests, with the guests' reason, not a proxy limit's
        ("Each member may bring up to two guests.", "guests each member brings"),
        ("SSP is payable for up to 28 weeks of sickness absence in any period.", "law"),
        ("Statutory Sick Pay is paid for up to 28 weeks.", "law"),
        ("Any member who has been active for at least 6 months is eligible to run.", "know the"),
        (
            "If fewer than 40% of students cast ballots, motions require 2/3 support of ballots "
            "cast to pass.",
            "turnout",
        ),
        ("Undergraduate research assistants are expected to work 10 hours per week.", "planned"),
        ("Expect to spend around 15% of your time on general lab duties.", "planned"),
        (
            "A near miss is an incident that could have had serious consequences but luckily "
            "was avoided.",
            "before anyone is hurt",
        ),
        # a sum paid, not a cap (round 169's judge: the stipend is prorated)
        ("The on-call stipend amount is $2,000 per fiscal quarter.", "plan for the cost"),
        ("IASG equipment is checked out for a base two week duration.", "next person"),
        (
            "If you are affected by a disability or any medical condition which affects your "
            "work, you should inform the Board of Directors.",
            "reasonable adjustments",
        ),
        ("Every six months, we will have a one-on-one meeting about your progress.", "feedback"),
        (
            "Persons under the age of 18 years cannot serve as trustees or be appointed to the "
            "General Committee.",
            "adult",
        ),
        (
            "The investigator shall, within 7 days of receiving the complaint, advise the "
            "complainant on whether the complaint submitted is complete.",
            "missing",
        ),
        ("No more than 2 divers in the diving well at any one time.", "each other's way"),
        ("Your travel must be booked at least two weeks in advance.", "fares"),
        ("Be ready to check in players at least 15 minutes before game time.", "on schedule"),
        (
            "Multiple forms need to be filled out within 24 hours of a personal chemical exposure.",
            "fresh",
        ),
        (
            "You must leave at least 8 hours between drinking alcohol and driving any vehicles.",
            "impaired",
        ),
        ("The Officer shall maintain a database of the membership and their addresses.", "vote"),
        ("Any bank accounts shall be kept in the name of the Society.", "safe"),
        ("The Council consists of all Officers and three elected Councilors.", "seats"),
        (
            "If you have been absent on sick leave for more than 7 days we will arrange a "
            "return-to-work interview with your manager.",
            "fit to be back",
        ),
        (
            "You should speak to your manager about attending the event before purchasing tickets.",
            "approved before money is spent",
        ),
        (
            "If you are affected by a disability or a medical condition which affects your "
            "work, you should inform your line manager.",
            "reasonable adjustments",
        ),
        ("In case of delay, you must call your immediate supervisor.", "cover the work"),
        (
            "If a postponement is agreed, both teams must inform the relevant Division Director.",
            "fixtures",
        ),
        (
            "Children must be able to swim one length and tread water for 90 seconds to use "
            "diving boards.",
            "stay afloat",
        ),
        ("All diaper-age children must wear swim diapers at all times.", "water clean"),
        ("Guests must not use induction protected equipment.", "induction teaches"),
        ("Owners must keep dogs on leashes at all times when not in their office.", "control"),
        ("Two fingers maximum should fit under the chin when the strap is buckled up.", "fall"),
        ("The ref should have the card by 15 minutes before game time.", "on schedule"),
        ("Financial approvals will expire after 90 days.", "weighed afresh"),
        ("Employees must read and accept the Security Policy.", "read the rules"),
        (
            "Team members must complete a training module if they have not completed a "
            "training in the last year.",
            "up to date",
        ),
        ("All members shall sign in at the entrance prior to entering the pool area.", "present"),
        ("You must sign in at the front desk.", "present"),
        ("All expenses for $25 or more require a receipt to be uploaded.", "proves"),
        ("Receipts are required for any purchase over $75.", "proves"),
        ("Volatile organics such as phenol should be used in the fume hood.", "vapours"),
        ("The per diem rate is $80.", "daily amount"),
        ("If lunch is provided the per diem is reduced by 30% per meal.", "already provided"),
        (
            "Staff will stay in moderately priced accommodation, not to exceed $150/night.",
            "lodging",
        ),
        ("Hotel stays may cost up to $180 a night.", "lodging"),
        (
            "In the event that the organization decides to amend the constitution, at least two "
            "thirds of the voting membership must approve of the constitutional changes.",
            "broad agreement",
        ),
        (
            "If chemicals come in contact with your eyes, flush copiously with water for at "
            "least five minutes.",
            "washes the chemical out",
        ),
        # round 165's and 167's constitutions, waiting drafts whose kinds were said otherwise
        ("Any expenditure in excess of $100 must be approved by the Club Officers.", "budget"),
        (
            "Any change of the Constitution must be approved with at least two thirds of the "
            "votes cast.",
            "broad agreement",
        ),
        (
            "General Meetings may be called by the President or by written request of 10 or more "
            "Society members.",
            "enough of them want it",
        ),
        (
            "Members will be informed of the date of the election 2 weeks prior to voting.",
            "plan around it",
        ),
        (
            "Gloves with residual phenol should be stored in chemical fume hood for no less "
            "than 24hrs and then disposed in regular trash.",
            "vapours are drawn away",
        ),
        (
            "The investigators will arrange a meeting with you, normally within five working "
            "days, to discuss your grievance.",
            "fresh",
        ),
        ("The company provides 15 days of fully paid leave to expecting fathers.", "new parent"),
        (
            "If one team is ahead by 10 or more runs after 3 innings, the game will be ended.",
            "one-sided",
        ),
        (
            "If more than one nomination is received for a vacancy, a vote shall be taken.",
            "by vote",
        ),
        ("Passwords should never be stored or transmitted in plain text.", "read by anyone"),
        ("You must not leave a discharging battery unattended.", "catch fire"),
        (
            "You must not book holidays until your request has been formally authorised.",
            "refused",
        ),
        ("You must not consume spillable drinks at repair tables.", "spilled"),
        # round 65's disciplinary procedure, the same kinds said in other orders
        (
            "All appeals must be submitted in writing within 7 working days of the date of the "
            "disciplinary meeting letter.",
            "becomes final",
        ),
        (
            "Normally an appeal meeting will be arranged with the employee within 15 working "
            "days of the employee's request.",
            "heard while it is fresh",
        ),
        (
            "A letter detailing the outcome of the appeal should be issued within 10 working "
            "days of the appeal meeting.",
            "when to expect an outcome",
        ),
        ("A dismissal must be confirmed in writing within 10 working days.", "expect an outcome"),
        ("Any vacation of up to 3 days must be made at least 8 days in advance.", "plan around"),
        ("A single day off should be requested minimum 7 days in advance.", "plan around"),
        ("Vacation should be requested a minimum of 8 weeks in advance.", "plan around"),
        (
            "Every rostered player present must participate in each game for a minimum of six "
            "defensive outs.",
            "real time in the game",
        ),
        ("Volunteers are expected to arrive 30 minutes prior to opening.", "on schedule"),
        ("If you cannot work your shift, please contact the coordinator.", "cover"),
        (
            "If any runner is unable to complete the run, the runner must notify the aid "
            "station captain.",
            "off the course",
        ),
        (
            "After a period of six months, if no further disciplinary action has been found "
            "necessary, the warning will expire.",
            "clean record",
        ),
        ("Managers may fly business class on flights longer than 8 hours.", "rested"),
        ("A proposal needs two-thirds of the votes cast to be adopted.", "broad support"),
        ("Two senior members of staff will be appointed as investigators.", "one person's"),
        ("Check the fuel gauges every 30 minutes.", "fault early"),
        ("Camp at least 200 feet from lakes and streams.", "drink from"),
        ("At least 3 female players must be on the field.", "mixed team"),
        ("Special meetings may be called by five members of the Board.", "urgent"),
        ("Each student is given 4 grace days for the term.", "illness"),
        ("Wipe the bench with 70% ethanol after use.", "microbes"),
        ("Teams consist of 6 male and 4 female players.", "mixed team"),
        ("The Webmaster shall maintain the Group's website.", "whom to turn to"),
        ("The Board of Directors shall appoint a Committee on Nominations.", "whom to turn to"),
        ("The President shall determine the conduct of the virtual meeting.", "whom to turn to"),
        ("Captains should submit a team name to admins.", "whom to turn to"),
        ("The president shall serve as the spokesperson for the club.", "whom to turn to"),
        ("Gross misconduct offences will result in dismissal without notice.", "where the line"),
        ("Abtion provides 25 vacation days per year.", "yearly allowance"),
        ("Membership is open to any person over 18 years of age.", "adults"),
        ("Agendas shall be provided to all members at least one (1) day in advance.", "attend"),
        (
            "All minutes for Board meetings shall be provided to the members no later than five "
            "(5) days after the meeting is adjourned.",
            "who were not there",
        ),
        (
            "A member requested General Assembly must be held no later than five weeks after "
            "the request has been received by the board.",
            "put off",
        ),
        (
            "All proposals must be received by the board no later than 14 days before the "
            "General Assembly.",
            "on the agenda",
        ),
        (
            "Changes to the bylaws are made by 2/3 majority of vote from quorum of elected "
            "officers.",
            "changing the rules",
        ),
        ("Accruing 10 strikes during the curriculum is grounds for dismissal.", "where the line"),
        ("Leave the air filter units on with a timer for at least an hour.", "breathed in"),
        ("Products marked 'FLAMMABLE' should be stored in the flammables cabinet.", "fire"),
        ("Clamps must be returned to the clamp rack after use.", "next person can find"),
        ("Return tools to where they were found.", "next person can find"),
        (
            "If the pressure is not below 0.133 mbar within 10 minutes, please notify the "
            "Instrumentation Specialist.",
            "something is wrong",
        ),
        ("If a tool is damaged, you must inform the shop manager.", "something is wrong"),
        ("Board motions shall require a 2/3rds vote of the Board members to pass.", "motion"),
        ("The removal must carry a vote of 2/3 of the membership present and voting.", "remove"),
        ("Any member may be expelled by three-quarters of the full Committee.", "remove"),
        ("Maximum storage period is 1 week.", "shared space"),
        ("Projects may be left in the space for up to 3 days.", "shared space"),
        (
            "The committee may make expenditures of up to $1500.00 in any one fiscal year without "
            "prior approval of the membership.",
            "everyday business",
        ),
        ("The Board of Directors shall not exceed 7 members.", "how many are to be chosen"),
        (
            "No more than a MAXIMUM of 100 people standing are allowed in the hall at any one "
            "time.",
            "each other's way",
        ),
        # a plan shared with a client: a report, not an answer to whoever reported
        (
            "A Security Incident Response document will be shared with the client within 48 hours.",
            "contained",
        ),
        ("Any officer may be terminated by a three-quarter vote of the full Council.", "remove"),
        (
            "A Committee member who is absent without apologies from three consecutive Committee "
            "meetings may be relieved of his duties.",
            "no longer attend",
        ),
        (
            "A Special General Meeting may be called for a specific purpose by the Committee or "
            "ten Full Members.",
            "urgent matter",
        ),
        ("Board Orders may be enacted by a 2/3rds vote of the Board.", "broad support"),
        ("A panel of at least 3 Directors will be convened to decide the sanction.", "fairer"),
        ("At least two Committee Members should attend the hearing.", "fairer"),
        ("Five Members in Good Standing may request a ballot vote.", "without being seen"),
        (
            "A Member must have been a Member in Good Standing for a minimum of 4 months prior to "
            "being eligible for election to the board.",
            "know the group",
        ),
        (
            "Players must petition the committee at least two weeks before the tournament.",
            "not on the day",
        ),
        ("More than 3 absences will result in an automatic grade reduction.", "keep up"),
        ("Half of the Directors shall be considered a quorum.", "quorum"),
        ("Any member may be removed from a General Meeting upon a two-thirds vote.", "remove"),
        ("You should wear a mask when you are generating dust.", "Protective equipment"),
        ("Reimburse hotels up to a maximum $150 per night.", "fixed cap"),
        ("When working with voltages over 40V another person must be present.", "call for help"),
        ("Never work alone in the workshop.", "call for help"),
        ("The max pressure in Bank 2 is 3000 psi.", "bursting"),
        ("All Marshals must report at least once a quarter.", "come to light"),
        ("Reports must be sent quarterly to the board.", "come to light"),
        ("Business is done by a quorum with at least four trustees present.", "enough"),
        ("At least 25% of members must attend to form a quorum.", "enough"),
        ("New officers are confirmed by a two-thirds (2/3) majority of the Council.", "broad"),
        ("A club rule may be repealed by a vote of 3/4 of the members present.", "broad"),
        ("A petition signed by at least five members may call a special meeting.", "enough"),
        ("One-fifth of the members may request an extraordinary general meeting.", "enough"),
        (
            "No more than three weeks of leave may be taken consecutively without approval.",
            "agreed",
        ),
        ("Requests for more than 10 days of vacation in one go need approval.", "agreed"),
        ("A vacancy on the Board shall be filled within 30 days.", "not left short"),
        ("Membership is withdrawn once a member is two months in arrears.", "time to pay"),
        ("Full-time staff get eight sick days.", "staying home"),
        ("The General Meeting is the supreme authority of the Club.", "last word"),
        ("On the field, the referee is the final word.", "last word"),
        ("Motions at the general meeting are carried by a simple majority.", "more than half"),
        ("There is a limit of four times a year that anyone may be brought as a guest.", "guest"),
        ("Riders should remain 2 metres apart at all times during the session.", "infection"),
        ("Keep six feet away from others in the lab.", "infection"),
        (
            "The supervisor should submit the Injury Report in the portal within 24 hours.",
            "fresh",
        ),
        (
            "Players should sign on at least 10 minutes before the start of the match.",
            "on schedule",
        ),
        (
            "Members must have joined no later than 7 days before the General Assembly.",
            "last minute",
        ),
        ("The minimum time to give notice of absence for a meeting is 24 hours.", "plan"),
        (
            "The general membership will meet a minimum of six times annually.",
            "minimum number of meetings",
        ),
        ("The board shall consist of at least five and no more than nine directors.", "seats"),
        ("The Committee shall consist of a Chair, a Treasurer and four members.", "seats"),
        ("The Safety Team shall consist of three volunteer members.", "seats"),
        ("A special meeting may be requested in writing by ten, or more, members.", "enough"),
        ("If it is not clear which form to use, contact the office.", "answer that holds"),
        ("The Second Vice-President shall be in charge of the socials.", "whom to turn to"),
        ("The Board shall name a Chairperson for the committee.", "whom to turn to"),
        ("The club may be dissolved by a three-quarters majority of members.", "ends"),
        ("Before returning from leave, give your manager two weeks' prior written notice.", "plan"),
        ("Club trips should be announced at least ten days beforehand.", "plan"),
        ("Nominations open starting three weeks prior to the election.", "every step"),
        ("Nominations close 30 days before the annual meeting.", "ballot"),
        ("The outgoing treasurer shall hand over the books within 10 days.", "records"),
        ("All international travel must be pre-approved by your manager.", "budget"),
        (
            "Gardeners may not borrow tools, wheelbarrows, etc., without the owner's consent.",
            "gone",
        ),
        (
            "Members must not use ladders at the space without permission from the directors.",
            "safe",
        ),
        ("Do not make statements on behalf of the club without the consent of the board.", "name"),
        ("All club functions must be approved by the board.", "good name"),
        ("All broken glassware must be disposed of in the broken glass container.", "cut"),
        ("Dispose of razor blades in the sharps container.", "cut"),
        ("All gloves must be disposed of in the biohazard box.", "live organisms"),
        ("Errors in scoring must be reported to the director within 24 hours.", "final"),
        ("The captain must check in the team 30 minutes prior to bowling time.", "on schedule"),
        ("Check-in starts 60 minutes before Tournament Start.", "on schedule"),
        ("Walk-in registrations are accepted up to 30 minutes prior to squad time.", "field"),
        ("Season tourneys are capped at 64 players.", "size"),
        ("Each presentation is 3 minutes long + 5 minutes for questions.", "same time"),
        ("The director must be notified of substitutes at least one hour before play.", "plan"),
        ("The club shall keep proper books and records of account.", "money in and out"),
        ("We offer 401k plans and will match up to 4% of your salary.", "retirement"),
        ("All research data will be stored in electronic form for a minimum of 10 years.", "audit"),
        ("If you use your own phone, we will subsidize it up to $75/mo.", "known in advance"),
        # round 93's documents, read after judging
        ("The fire alarm system will be tested weekly by the Fire Alarm Tester.", "fault"),
        ("All electrical items, plugs and cables are checked each year.", "fault"),
        ("For quorum to be met 51% of committee members must be present.", "enough"),
        ("The elected Steering Committee will be in office for a period of two years.", "seat"),
        ("Regular meetings of the Board of Directors shall be scheduled every month.", "rhythm"),
        ("You must submit a regrade request within 1 week of receiving your grade.", "final"),
        ("You will have a total of 6 late days to use on homework assignments.", "grace"),
        # round 97's judge: data kept, not things left in a shared space
        ("Records of former members may be kept for up to 18 months.", "data protection"),
        ("Late work is penalized 20% for each day that it is late.", "on time"),
        # round 117's bylaws: a quorum said as attendance, and notice written "or electronic"
        (
            "Quorum for a properly constituted board meeting shall be attendance of a minimum of "
            "6 board members.",
            "quorum makes sure",
        ),
        (
            "The Organizing Committee is required to provide the membership with at least two "
            "weeks' written or electronic notice of the proposed amendments.",
            "Notice in advance",
        ),
        # round 113's constitution: an EGM called by enough members
        (
            "An Extraordinary General Meeting (EGM) shall be called by an application in writing "
            "to the secretary supported by at least 10% of the members.",
            "enough of them want it",
        ),
        # round 117's camp rules: what a life jacket is for
        ("All boaters under age 18 must wear life jackets.", "afloat"),
        # round 117's judge: a term limit, not membership before a vote
        (
            "A member may serve a maximum period of 8 consecutive years in an elected board "
            "position and then must set out for 2 years before being eligible for re-election.",
            "limit on terms",
        ),
        # round 117's judge: notice to the officer a meeting is about, not to the members
        (
            "The officer in question must receive written documentation of the specific reasons "
            "for the removal request and notice of the meeting a minimum of two weeks before the "
            "meeting takes place.",
            "prepare their answer",
        ),
        # several who must agree, a time as a member first (round 147's documents)
        (
            "Cancellation of a tournament may be instituted by a decision of 3 or more officers.",
            "no one person decides",
        ),
        (
            "Any transfer of funds out of the account shall be authorised by two current "
            "Committee members.",
            "no one person",
        ),
        (
            "Any person who has been a voting member of the club for at least the past three "
            "months shall be eligible for election.",
            "time as a member",
        ),
        ("Meetings may be called at the discretion of at least two officers.", "no one person"),
        (
            "If no one else is in the lab, coordinate another day/time to operate the machine.",
            "working alone",
        ),
        (
            "If the behavior continues or is repeated later, the person will be deactivated for "
            "24 hours.",
            "growing with each repeat",
        ),
        (
            "If any travel booking is going to cost over £200 then authorisation from a "
            "Director should be obtained before proceeding.",
            "holds the budget",
        ),
        ("A class member must attend 80% of the class to graduate.", "really taken part"),
        ("Five members present shall form a quorum.", "A quorum makes sure"),
        # waiting drafts of the tuning documents refetched this session
        ("The President shall serve for a period of two years.", "A fixed term"),
        (
            "All regular DJs are required to complete at least 4 hours of volunteering per "
            "semester.",
            "does not fall on a few",
        ),
        (
            "If your absence exceeds 8 working days in a rolling 12-month period, an informal "
            "meeting with your line manager will be scheduled.",
            "what support they need",
        ),
        ("Fish must be at least 14 inches to record on the chart.", "young fish grow"),
        (
            "When a formal complaint is received, a minimum of two directors will review the "
            "complaint.",
            "no one person decides it alone",
        ),
        (
            "Long jobs (lasting more than 6 hours) should only be completed on the long job "
            "printer, overnight, or on the weekends.",
            "shorter work",
        ),
        # round 161's judge found "what comes next" generic for an agenda sent ahead; copies
        # distributed ahead are notice too
        (
            "The Secretary shall distribute copies of the proposed amendment to the club at "
            "least four weeks before the club meeting.",
            "read what will be decided",
        ),
        (
            "The Chair shall distribute a meeting agenda to members at least 24 hours prior to "
            "the meeting.",
            "read what will be decided",
        ),
        # staff policies' common rules, found without a reason
        ("Meal allowance is £25 per day when travelling.", "set daily amount"),
        ("All expense claims must be approved by your line manager.", "allowed business cost"),
        ("Expense claims must be submitted by the end of the month.", "easier to check"),
        (
            "You may take no more than 10 consecutive working days of holiday at once.",
            "keeps the team covered",
        ),
        # round 159's club rules and safeguarding policy
        (
            "Members may not use the Club premises for repairing or painting boats without the "
            "permission of an Officer.",
            "look after the place",
        ),
        (
            "The last member using the Club MUST ensure that all windows are secured, all "
            "outside doors locked, all alarms are set and all lights off.",
            "whoever leaves last",
        ),
        (
            "If you witness or are aware of an incident where the welfare of a child has been "
            "put at risk you must, in the first instance, inform the Club Safeguarding Officer.",
            "safeguarding officer is the one trained",
        ),
        (
            "All allegations of bullying between children should be reported to the Club "
            "Safeguarding Officer.",
            "safeguarding officer is the one trained",
        ),
        # round 159's laser and printer rules
        ("Materials must be no wider than 54cm.", "fits its bed"),
        ("Materials must be less than 13mm thick.", "fits its bed"),
        (
            "Do not attempt to remove a part from the bed until the bed has cooled down to at "
            "most 50ºC.",
            "without bending out of shape",
        ),
        # a share of meetings attended, no vote to remove (round 153's constitution)
        (
            "Any member who fails to maintain 75% attendance at regular meetings shall be "
            "removed from the active membership roster.",
            "really taken part",
        ),
        (
            "Voting members shall have attended at least five dances in the last four months.",
            "really taken part",
        ),
        # a share of the members voting, said without "majority" (rounds 171 and 173)
        ("More than two-thirds of Teams vote that the decision should be vacated.", "broad"),
        ("Ratification by two-thirds (2/3) of the voting members shall suffice.", "broad"),
        (
            "The veto can be overridden by an affirmative vote by three-quarters of members.",
            "broad",
        ),
        ("An officer can be impeached by two-third majority of the members present.", "remove"),
        (
            "The presence of at least half of the Members of the Board shall be necessary for "
            "the disposal of any business of the day.",
            "quorum",
        ),
        ("Staff may be reimbursed up to $50 per visit for a thank you gift.", "fixed cap"),
        ("All students have access to up to $50 worth of funding per semester.", "fixed cap"),
        ("Teams cannot play with fewer than five players, otherwise they forfeit.", "players"),
        ("Only persons that are eighteen (18) years and above shall qualify to be members.", "age"),
        ("Any person 18 years old or over may become a member of the club.", "age"),
        ("Members must be at least 18 years of age.", "age"),
        ("Laptops must lock after at most 10 minutes of inactivity.", "idle"),
        (
            "No documentation will be required before three consecutive days of absence.",
            "confirms the illness",
        ),
        (
            "A doctor's note is needed for sickness lasting more than 7 days.",
            "confirms the illness",
        ),
        # round 175's rules, each of a kind already known but said another way
        ("Late return of less than one hour requires a penalty of $10.", "what a breach costs"),
        ("Any team playing with 4 players will incur a one point penalty.", "what a breach costs"),
        ("Members who litter will be fined $20.", "what a breach costs"),
        ("Dues for full members shall be ten dollars ($10.00) per semester.", "running costs"),
        (
            "The church will be given 30 days to submit to the Elders in writing any reasons "
            "why they doubt the calling of the person proposed.",
            "chance to object",
        ),
        ("A quorum shall constitute one half of the full membership.", "quorum"),
        # round 177's waiting drafts
        ("Advocacy sessions / lunch - up to a maximum of £15/head.", "fixed cap"),
        (
            "If you hold the weight close to your body, the suggested maximum weight is 25kg.",
            "injuring your back",
        ),
        ("Do not lift more than 20 kg on your own.", "injuring your back"),
        (
            "Candidates should have been an active member of the Y.S.U. Game Devs for a period "
            "of at least two (2) semesters.",
            "those who stand",
        ),
        # waiting drafts of rounds 159-179
        (
            "Any manager may file a trade protest directly with the Commissioner within the "
            "48-hour review window.",
            "protests",
        ),
        ("All visitors and guests are required to sign a liability and waiver form.", "waiver"),
        ("The person picking up the gear must sign a liability waiver.", "waiver"),
        ("All guests must sign a waiver before doing anything at the space.", "waiver"),
        ("Users and staff should clean up and put things away after use.", "clean after use"),
        # round 183's Valkey governance (the round's judge had its questions first)
        (
            "New maintainers may be added or removed by no less than 2/3 affirmative vote of "
            "the current TSC.",
            "bare majority",
        ),
        (
            "The TSC can amend this governance document by no less than a 2/3 affirmative vote.",
            "changing the rules",
        ),
        (
            "The TSC members will give at least two weeks for all members to submit their vote.",
            "voting period",
        ),
        # round 183's union articles
        (
            "Special Assemblies may be called between Annual Assemblies by the Executive Council"
            " or by petition of ten percent of the members.",
            "enough of them want it",
        ),
        ("The voting period of a referendum must extend for at least fifteen days.", "voting"),
        ("The Executive Council must propose an annual budget.", "whom to turn to"),
        ("The Election Committee must conduct any referenda.", "whom to turn to"),
        # round 183's waiting drafts
        (
            "Each Director shall have a term of office of two (2) years, or until their "
            "successors have been duly elected and qualified.",
            "fixed term",
        ),
        ("If no one answers within three days, you have a green light.", "silence"),
        (
            "Controversial PRs cannot be merged unless they have the approval of a Project Lead"
            " or two Subject Matter Experts.",
            "more than one approval",
        ),
        (
            "No proxy shall be valid after two (2) months from the date of its execution.",
            "proxy",
        ),
        (
            "No more than 1/3 of the TSC members may be affiliated with the same employer.",
            "one employer",
        ),
        (
            "Special meetings of the Board shall be called by the President on the written "
            "request of at least two (2) directors.",
            "enough of them",
        ),
        (
            "Special meetings may be called by the President or by a group of not less than "
            "twenty-five (25) association members in good standing.",
            "enough of them",
        ),
        ("A recall petition may be preferred by twenty percent of the membership.", "enough"),
        # waiting figure drafts of rounds 159-181
        (
            "Notification of the annual meeting shall be on the website not less than three "
            "weeks previous to the meeting date.",
            "that far ahead",
        ),
        (
            "You may reschedule a charter by notifying the Charter Representative at least three"
            " business days before a sail date.",
            "that far ahead",
        ),
        (
            "The committee must call a special general meeting if the committee receives a "
            "request made by at least 5% of the total number of members.",
            "enough of them",
        ),
        ("A ballot may however, be demanded by at least 5 members present.", "enough of them"),
        (
            "Members may not escort more than two adults into the space per Member.",
            "how many guests",
        ),
        ("To be appointed, a person must earn at least 2/3 of votes.", "bare majority"),
        (
            "An affirmative vote by a super-majority, defined as two-thirds of the General "
            "Assembly, is required for passage of amendments to the bylaws.",
            "changing the rules",
        ),
        (
            "Upon termination of employment, all system access must be revoked within 24 hours.",
            "no account stays open",
        ),
        (
            "Not more than forty-nine percent (49%) of the persons serving on the board may be "
            "interested persons.",
            "minority",
        ),
        ("Give Linden at least 10 business days to do something with a hard deadline.", "rush"),
        # lab manuals of rounds 175 and 183
        (
            "If you notice someone being harassed, or are being harassed yourself, tell Linden "
            "immediately.",
            "people who can act",
        ),
        (
            "If you do make a mistake, tell your collaborators (especially if the paper is being"
            " written up).",
            "before others build on it",
        ),
        ("If you're sick, stay home and take care of yourself.", "spreading"),
        # round 187's judge: not time as a member before the vote
        (
            "Nominations for members of the Committee shall be called for at least 28 days "
            "before an Annual General Meeting.",
            "consider standing",
        ),
        # round 185's judge: the requisition's own reason, not the monthly rhythm beside it
        (
            "The Committee shall meet upon the written requisition of three members of the "
            "committee.",
            "enough of them",
        ),
        (
            "Members and visitors are required to ensure that the area and equipment is properly"
            " cleaned and ready for future use.",
            "clean after use",
        ),
        # round 189's lab handbook and leave policy: a yearly allowance one "should take", and
        # days saved for the next period
        (
            "Students and postdocs should take 4 weeks of vacation per year, which you should "
            "coordinate with James.",
            "yearly allowance",
        ),
        ("You can save up to 5 days to the next period if you want.", "carries over"),
        (
            "Penalty for late payment shall be ten dollars per week for no longer than five weeks.",
            "what a breach costs",
        ),
        # rounds 159-187's waiting figures: terms, seats and time as a member said otherwise
        ("All elected Executive Officers shall hold office for two years.", "new choice"),
        (
            "An officer shall be eligible for re-election for another tenure of two years.",
            "new choice",
        ),
        (
            "Heads of standing departments, elected by the cast at large to 2 year terms.",
            "new choice",
        ),
        ("The Board shall be made up of twelve directors.", "number of seats"),
        ("The Directors shall consist of seven Members.", "number of seats"),
        (
            "The Directors shall each have been a member for no less than 2 years.",
            "time as a member",
        ),
        (
            "The Corporation shall send an annual report to the Members not later than six "
            "months after the close of each fiscal year.",
            "by when it must be done",
        ),
        # rounds 159-187's waiting targets: where an absence, a dispute, an accident and a
        # lithium battery go
        (
            "Every period of absence must be reported to the Line Manager detailing the reason.",
            "lets the work be covered",
        ),
        ("Disputes must be submitted to the Commissioner.", "one named office"),
        ("All accidents shall be recorded in the Club logbook.", "where the risks lie"),
        ("Fully charged LiPo batteries must be stored in fire-resistant sacks.", "catch fire"),
        # rounds 159-187's waiting holders: a chair, a budget, two roles kept apart, custody
        ("The CEO (or their designee) shall chair all Board meetings.", "in the chair"),
        ("The Commissioner shall prepare a proposed budget for each fiscal year.", "budget"),
        (
            "A Director may not concurrently serve as an Officer of the Corporation.",
            "roles apart",
        ),
        (
            "The Treasurer shall receive and have custody of all funds of the Club.",
            "answers for them",
        ),
        # round 167's makerspace induction: a power failure
        (
            "In case of an electrical power failure, turn off the machinery and stand clear.",
            "power comes back",
        ),
        # round 193's makerspace bylaws: notice to the public, where there are no members
        (
            "Whenever the Voting Power is required or permitted to take any action at a "
            "meeting, a written notice of the meeting shall be given to the general public no "
            "less than five (5) days before the meeting.",
            "anyone who may take part",
        ),
        # a quorum without the word, and one whose sentence opens with what it makes
        (
            "No Society Meeting may be held unless at least 10% of eligible Members attend.",
            "quorum",
        ),
        (
            "To constitute a meeting for the transaction of business, a quorum shall constitute "
            "one half of the full membership.",
            "quorum",
        ),
        # the waiting drafts of rounds 159-195: the last to leave named after when, a record
        # of spending
        (
            "At completion of a flying session for the day, the last member leaving the field "
            "shall ensure that the main gate is closed and securely locked.",
            "leaves last",
        ),
        (
            "The Treasurer shall also keep a record of who authorised various expenditures.",
            "every payment can be traced",
        ),
        # a cap on offices one person holds, seats capped per institution, a call for an
        # assembly that far ahead
        (
            "An office-bearer may hold up to 2 offices, other than both the offices of president "
            "and vice-president.",
            "offices one person holds",
        ),
        (
            "Each institution should have no more than 2 steering committee members.",
            "single institution",
        ),
        (
            "Any call for a Special Assembly must include a proposed location, date(s), and "
            "agenda for the Special Assembly at least fifteen (15) days and preferably thirty "
            "(30) days in the future.",
            "arrange to attend",
        ),
        # an amount by its currency's code, and a cap on what each member may use
        (
            "Employees may spend up to USD 75 per day on meals while travelling.",
            "cost known in advance",
        ),
        ("Each member may print at most 1000g of filament per month.", "open to everyone else"),
        # a proxy given notice of, a vote after an amendment is posted, a payout due after
        (
            "To vote on a matter by proxy, a member must provide written or e-mailed notice to "
            "the board of directors at least 24 hours before the membership meeting.",
            "Notice of a proxy",
        ),
        (
            "Not less than thirty (30) and not more than sixty (60) days after posting of the "
            "proposed amendments, Council shall submit said amendment to the Society.",
            "time to read it",
        ),
        (
            "Payouts are to be made by the Commissioner no more than one week after the "
            "conclusion of the LEAGUE Championship.",
            "by when it must be done",
        ),
        # lifting, and something to throw to whoever falls in
        ("Keep the load close to your body.", "spares the back"),
        ("Bend your knees when lifting heavy objects.", "spares the back"),
        ("Keep a throwable cushion in the cockpit.", "falls in"),
        # round 197's documents, after their judge had its sample
        (
            "Special meetings of the members may be called by the president, the board of "
            "directors, or not less than one-fourth of the members having voting rights.",
            "members themselves",
        ),
        ("Continuous duration of the holiday should not exceed two weeks.", "single stretch"),
        (
            "The number of Directors constituting the entire Board shall be fixed by the Board, "
            "but such number shall not be less than three (3).",
            "minimum size",
        ),
        (
            "In the event that there is a tie in any vote, the President shall have an "
            "additional vote to be the tie-breaker.",
            "deciding vote",
        ),
        (
            "The bonus is paid upon completion of the newly hired employee’s first 90 days of "
            "employment.",
            "people who stay",
        ),
        # round 195's documents: more wordings of known kinds, and chemical waste
        (
            "In order for a meeting to be valid, there must be at least seven leads or "
            "representatives present to establish quorum.",
            "quorum",
        ),
        (
            "Members of the society can mandate that the society hold an EGM for a stated "
            "purpose by presenting 20 members signatures to the Committee.",
            "members themselves",
        ),
        ("Answer all direct messages within 48 hours of receiving them", "by when"),
        ("A minimum of 2 archers must be available to shoot.", "call for help"),
        # people present for a task, not for a meeting's business: no quorum
        ("At least two members must be present when the laser cutter is used.", "call for help"),
        (
            "Anything contaminated by chemicals (used wipes or PPE) must be disposed of in the "
            "red hazardous waste containers.",
            "treated as hazardous",
        ),
        # the waiting drafts of rounds 159-193: more wordings of known kinds
        ("Three members of the Committee shall form a quorum.", "quorum"),
        ("At any general meeting ten members shall form a quorum.", "quorum"),
        (
            "The quorum required for the transaction of business at all meetings of the chapter "
            "shall consist of twenty percent of the members, but no fewer than eight members.",
            "quorum",
        ),
        (
            "A special, or extraordinary meeting of the club may be called only upon the written "
            "requisition of one third of the club members of the club or by the Executive "
            "Committee.",
            "members themselves",
        ),
        (
            "Special meetings of members for any lawful purpose may be called by the board, the "
            "president, or by 5 percent or more of the members.",
            "members themselves",
        ),
        (
            "Ordinary Meetings shall be called by the President, or by the Secretary forthwith "
            "upon receipt of the written application of at least twenty (20) Ordinary Members.",
            "members themselves",
        ),
        (
            "The Election Committee must initiate a referendum when directed to do so by the "
            "Executive Council or a petition of ten percent (10%) of the members.",
            "members themselves",
        ),
        ("Voting should be open a minimum of 5 working days.", "chance to vote"),
        (
            "Voting members may submit nominations up to 7 days before the AGM.",
            "prepare the ballot",
        ),
        ("An AGM shall be held at least once a year during full term.", "minimum number"),
        (
            "The release from liability statement will be kept on file by the club Secretary "
            "for a period not less than 12 months.",
            "checked later",
        ),
        ("Receipts shall be retained for a period of not less than six years.", "checked later"),
        (
            "If a later report of a violation is substantiated, the participant MUST be removed, "
            "and MUST be banned for at least one year.",
            "what a breach costs",
        ),
        (
            "Proposed amendments to the Constitution either must be approved by the Chapter "
            "Board or proposed by not less than ten chapter Members.",
            "members themselves",
        ),
        (
            "The Chapter shall be represented by two officers of the Chapter Board acting "
            "jointly without prejudice to the power of the Board to make special provision.",
            "no one person alone",
        ),
        (
            "After the first Chair, every Chair must have served on the Board for at least one "
            "year during the past five years.",
            "knows the work",
        ),
        ("Leave requests must be approved by the line manager.", "covered while"),
        ("All holidays must be agreed with your team lead in advance.", "covered while"),
        ("The Executive Council shall set the agenda for each meeting.", "whom to turn to"),
        ("The Executive Director shall specify a response deadline.", "whom to turn to"),
        (
            "Appeals can be requested up to 30 days after a resolution has been determined.",
            "becomes final",
        ),
        ("The President shall be the Chief Executive Officer of the Association.", "one office"),
        ("The Board of Governors shall fill any vacancy in any position.", "whom to turn to"),
        ("The Commissioner shall define the duties of each appointed role.", "whom to turn to"),
        ("The Floor Coordinator is the liaison between the users and the APS.", "go-between"),
    ],
)
def test_a_rule_of_a_known_kind_gets_its_purpose(rule: str, says: str) -> None:
    """For a question on the rule's figure, or, where its purpose does not speak of the
    figure, on anything the rule says, or on who does it."""
    assert (
        says in purpose_of(rule, figure=True)
        or says in purpose_of(rule)
        or says in purpose_of(rule, holder=True)
    )


@pytest.mark.parametrize(
    "rule",
    [
        # a duty to answer an alert, not a promise of an answer nor a reply to a review
        "When you are paged, you are expected to respond to the alert within five minutes.",
        # a vote's window, not a reply to a report
        "The nominee is approved by a majority of Lead Maintainers who respond within 7 days.",
        # a history before something, not notice given to anyone
        "This history must begin at least 18 months prior to the individual's candidacy.",
        # inactivity of a ticket, not of a person holding a role
        "Once there has been no activity on a feature request for 5 months, it is closed.",
        # a seat left empty, which filling it soon is no reason for (round 117's judge)
        "If a vacancy occurs within 60 days of the next scheduled vote, the vacated seat will "
        "remain vacant until the regularly scheduled board election.",
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
        # "meet" as in satisfy, not a meeting held
        "The leader lists the Maintainers who meet the eligibility criteria each quarter.",
        # emeritus members who help a new committee, not members made emeritus for inactivity
        # (round 38's judge: ONNX's election guideline)
        "Two members will remain as emeritus members to help with the transition for 1 month.",
        # questions to ask, not questions to bring to someone who knows
        "Here are some more ideas for great questions to ask candidates.",
        # who has the authority to decide, not a task that might be left undone (a fresh
        # judge of the purposes read this one as wrong)
        "Tim and James are responsible for making any final decision to let someone go.",
        # "only" that is no restriction to a role, and a right to earn, not a task
        "Only in this way can the secretary live up to the expectations of the villagers.",
        "Only people on flexible work schedules can earn and use credit hours.",
        # a release mentioned beside another rule, not a release rhythm
        "Releasing more frequently than monthly nets rapidly diminishing returns.",
        "Python's yearly release process means that deprecation must last at least two years.",
        # a term limit denied, and sick leave named in another rule
        "Appointed members have no term limits besides the term of their employment.",
        "Abuse of time off, including paid sick leave, may result in disciplinary action.",
        # a voting period that names when, not how long voting is open
        "During the one-month voting period, the Pull Request can not change.",
        # a deadline that closes, not a start made early
        "Three days before the election, the call for nominations will be closed.",
        # a template to copy from, not a report to fill in; a report sent on, not made
        "These policies use the Acas template as a model.",
        "The VMT coordinator should use the Downstream stakeholder notification template.",
        "The tracker will send a copy of your report to the address in the CC line.",
        # storage kept after unpaid fees, not a membership that lapses
        "If fees are unpaid your storage will remain in place for 60 days.",
        # unpaid leave, a note merely attached, a laptop handed back
        "You may also take an additional 8 weeks leave unpaid as a new parent.",
        "If you have a doctor's note, please add it in the attachment field.",
        "If an employee leaves within 1 year, the laptop is returned after 2 years of use.",
        # sick days that turn unpaid, and an allowance a guideline ("we use the honor system"),
        # judged wrong by round 41p's judge; a cap on a board's size, not a number to choose
        "There is a total of 20 sick days per year available before unpaid leave is counted.",
        "Basecamp offers 3 weeks of paid vacation and the standard national holidays every year.",
        # a tier of an allowance, whose years of service a question may ask
        "During the first three years of service, Frogs will be eligible for two weeks paid "
        "vacation per year.",
        "The Board is comprised of up to seven Directors.",
        # a report at meetings, and a release kept up for years (round 42's judge)
        "A budget report goes to the trustees whenever meetings take place quarterly.",
        "Each year's November release will be maintained as an LTS for 2 years.",
        # a rule that opens with its own aim
        "To encourage visits, each member may claim up to $200 per year for travel.",
        "At least two members of staff, one of whom must be trained, shall attend every workshop.",
        # a vote that closes before a meeting, not notice of it
        "The vote closes two weeks before the meeting.",
        # an odd number counted, not a body's size
        "An odd number of volunteers turned up.",
        # tickets on sale, amendments proposed, a thanks made public, a welcome pack, a
        # committee formed before a vote: no rule of those kinds
        "Tickets for the event go on sale two weeks before the show.",
        "Amendments were proposed by 12 members of the board.",
        "We publicly thanked the reporter 3 days after the fix.",
        "Members who joined 5 days before the AGM receive a welcome pack.",
        "The committee was formed two years before the vote on the amendments.",
        # an attitude kept, not a task that might be left undone
        "Each voting member is responsible for continuing to support the purposes of the club.",
        # minutes written, not shared; terms allowed, not limited
        "The minutes were written within 2 days of the trip.",
        "Members may serve more than 3 consecutive terms if re-elected.",
        # what happened, not a rule: no modal of duty
        "The treasurer's resignation reached the board 4 weeks before it took effect.",
        "The audit found two errors one month before the annual general meeting.",
        "The disciplinary hearing was held 3 days before the holiday.",
        "Reimbursements were made within 30 days last year.",
        # deleted things, not a duty to delete; an objection with no period to make it in
        "Deleted messages cannot be recovered after 30 days.",
        "Members may object to the minutes at the next meeting.",
        # one signature, and an approval with no amount above which it is needed
        "The treasurer signs each cheque.",
        # a roll of those at one meeting, not of the membership; a record of something else
        "The Secretary shall keep a roll of members present at meetings.",
        "The Secretary shall keep a record of all equipment on loan.",
        # a call returned, not a thing borrowed
        "Please return our call within 2 days.",
        # an age below which people are protected, not a floor for joining
        "Treat all young persons aged under 18 years of age with respect.",
        "Children under 18 must be accompanied by an adult.",
        # proxies allowed, with no limit
        "Members may vote by proxy.",
        # one person signs; signing in is no signature on a commitment
        "The Treasurer shall sign the minutes.",
        "You must sign in to the website first.",
        "Two members signed the petition.",
        # how often a password changes, not how long it is
        "Remember to change your password every 90 days.",
        # what an auditor does, not that one is chosen
        "The auditor shall submit a report to the executive committee.",
        "The meeting starts at 7pm and lasts until the room closes.",
        # leaving a place, not taking leave
        "Do not leave the space without permission.",
        "Do not leave the site for 2 hours without permission.",
        # how long meetings happen to last, not a limit
        "Meetings often last longer than 2 hours.",
        # what happened, not a rule; a phone changed after use, not after a time
        "Members attended at least three meetings last year.",
        "Phones will be changed after use.",
        "The membership fee is 20 dollars for 12 months.",
        # telling a manager, but of no absence; a trigger of no absence review
        "You must notify your manager before booking travel.",
        "Contact your manager as soon as you arrive.",
        "The trigger for a deployment is a merged pull request.",
        # guests bring friends, not visits; a protest that was held; dues of nothing
        "Guests may bring up to two friends.",
        # gloves mentioned, not worn
        "Spare gloves are kept in the top drawer.",
        # images allowed without consent; an allegation made, not passed on
        "Images may be taken without consent in public places.",
        "Allegations were made within 2 days of the event.",
        # a fare, a distance, a meeting that was held
        "Taxis cost about $2 per mile.",
        # "one" of what, the sentence before says
        "It must call one within 45 days if 10% of members ask in writing.",
        "The office is 3 miles from the station.",
        "The grievance meeting was held within 10 days.",
        "Protests were held in 2019 within 3 days of the vote.",
        "The annual dues shall be $0, payable to the treasurer.",
        "The warning was issued 3 weeks ago.",
        "Members who had more than 3 performance reviews last year were promoted.",
        "Transactions of at least $500 were approved last year without review.",
        "The appeal meeting was held within 5 days.",
        "The decision was given to the members within 3 days.",
        "Last season 30% of the games were played in the rain.",
        "The matches were completed within 3 days.",
        "The late penalty was waived for two days last term.",
        "The accident happened on the way to the report meeting.",
        "Up to 40 people came to the pool at one time last summer.",
        "The coach arrived 15 minutes late for the game.",
        "Children under 9 swam 8 lengths at the gala.",
        # a stay after a term, not a seat chosen again (round 61's judge)
        "On completing a term of office, the President may remain a member of the Council for "
        "an additional three-year term.",
        # an aim, not a condition: the rule's own reason
        "To be fair to every player, a team must have 8 players to start a game.",
        # this session's kinds, each beside a sentence that shares its words but not its kind
        "You should speak to your manager about your career before the review.",
        "The disability office was opened in 2019 by the manager.",
        "The delay was caused by the supplier.",
        "The game was postponed because of rain.",
        "The diving boards were painted last summer.",
        "Diapers are sold at the front desk.",
        "The induction lasts two hours.",
        "Dogs were not allowed in the building last year.",
        "The approval expired last year.",
        "The policy was read aloud at the meeting.",
        "The training was completed by 40 staff last year.",
        "The sign in the entrance hall is new.",
        "Keep the receipt with the expense report.",
        "The fume hood was used by 12 students last year.",
        "The per diem was paid late in March.",
        "The grievance was upheld after the meeting.",
        "Leave requests from fathers were up last year.",
        "The team was ahead by 10 runs at half time.",
        "There was more than one candidate at the last election.",
        "Passwords are checked by the IT team.",
        "The battery was charged overnight.",
        "You can book holidays through the portal.",
        "Drinks are served in the kitchen.",
        "After six months the warning was forgotten.",
        "The dismissal happened within 10 days of the incident.",
        # a meeting missed: the call is to hear what was said, not to find cover
        "If you absolutely cannot attend one of the meetings, contact the coordinator.",
        "Our vacation days were booked 8 days ago.",
        "Three runners dropped out last year.",
        "Every player scored at least once last season.",
        "A minimum of 7 days is a long time to wait.",
        "He flew business class on a flight longer than 5 hours.",
        "The motion got 75% of the votes at the last meeting.",
        "The display shows the temperature every 5 minutes.",
        "The cabin is 200 feet from the lake.",
        "Three women players joined the team this year.",
        "The special meeting was attended by ten members.",
        "We used 3 grace days last term.",
        "The 10% bleach bottle is empty.",
        "The $1500 was spent without a receipt.",
        # an office's figure: the purpose is the figure's, of no kind here
        "The Editor shall publish four issues of the newsletter.",
        "The President shall serve without pay.",
        "Three strikes were given last term.",
        "The air filter was on for an hour yesterday.",
        "Return the form to the office within 5 days.",
        "The flammable liquids were used up last week.",
        "If you do not wish to attend within 5 days, please inform the secretary.",
        "If you have not heard back within 5 days, contact the office.",
        "Two-thirds of the members voted for the motion.",
        "Remove two-thirds of the soil from the bed.",
        "The storage room was left empty for 3 days.",
        "The member was absent from the meeting for 3 hours.",
        "The order was placed by three members.",
        "The contract was terminated after three months.",
        "The panel discussed the budget for two hours.",
        "Three members asked for a coffee break.",
        "More than 3 students were absent yesterday.",
        "Wear a mask at the costume party.",
        "Another person was present at the meeting.",
        "The tyre was inflated to 30 psi last week.",
        "The report came out once a year.",
        "If a quorum is not present within half an hour, the meeting goes ahead.",
        "The company gives up to 15 consecutive days of leave when a relative dies.",
        "Sick leave of more than 3 days in a row requires a doctor's note.",
        "Dues are reviewed annually and may be changed by a two-thirds vote.",
        "The two safety showers are 3 metres apart.",
        "The Board of Directors shall serve without pay and shall consist of seven members.",
        # events that are described as sanctioned, not a rule to approve them
        "The Committee shall promulgate rules for Series and Events sanctioned by the Club.",
        # a ladder used with permission given, not asked for first
        "Members used the ladder at the open day.",
        # glassware cleaned, not thrown away
        "Wash all glassware in the sink by the door.",
        # a score kept, not corrected within a time; a cap on money, not on entrants
        # travel authorised, not an event in the club's name (round 91's judge)
        "International business trips should be authorized by the board.",
        "Work activities outside office hours must be approved by your manager.",
        "Scores are recorded on the sheet within the lane.",
        "Prize money is capped at 500 dollars.",
        # cables used every day, not checked at a rhythm
        "Staff use the cables in the hall every day.",
        # people going back to their team, not things put back (round 97's judge)
        "When the problem is resolved, the swimmers must return to their home team.",
        # how many attend, not how many agree (round 101's judge)
        "A quorum, a two-thirds majority vote, is needed to pass legislation.",
        # members who meet criteria, not a body that meets
        "Members who meet the criteria each year may vote.",
        # a complaint written up, no rule to put one in writing
        "The complaint was written up by the secretary.",
        # borrowing with no permission asked for
        "You may borrow books from the library and have them for two weeks.",
        # "of course", no course renewed
        "Of course, the website is updated every month.",
        # a complaint answered within days, no check that it is complete
        "Within 21 days, the investigator decides if the complaint is upheld.",
        # children brought along, not supervised by an adult
        "Children of members may use the pool every Sunday.",
        # officers who retired, no rhythm of elections
        "All officers retired after the club closed in 1998.",
        # a condition named, nobody told
        "The building has step-free access for anyone with a disability.",
        # eligible to run, with no time as a member asked
        "Any member in good standing is eligible to run for office.",
        # a vote's share, not a turnout
        "If 60% of members agree, the motion passes.",
        # hours of opening, not of work expected
        "The lab is open 40 hours per week.",
        # visitors counted, not brought by a member
        "The club welcomed two visitors from the county association.",
        # species, not statutory pay
        "Samples of Drosophila spp. are kept for 2 weeks.",
        # pay of the company's own, not statutory
        "Sick pay is paid for up to 28 weeks at the manager's discretion.",
        # under an age, but for joining, not for office
        "Persons under the age of 16 cannot be members of the club.",
        # eligible by a figure that is no taking part
        "To be eligible for the bursary, students must live at least 10 miles away.",
        # a role advertised, with no time it stays open
        "All roles are advertised to members on the noticeboard.",
        # no one holding a role more than once at a time
        "No member can hold more than one office at a time.",
        # a distance, not a time limit; a time limit said of the past
        "Members must live within 5 miles of the club.",
        "The club was founded within two years of the war.",
        # an age with no parent who answers for the young
        "Persons under 18 years of age may not serve as officers.",
        # two who did something, not two who must agree; two who may, or one alone
        "The report was approved by two members last year.",
        # an aside on a threshold, not a prorated share (round 151's judge; its meeting now has
        # the reason of a meeting after a length of absence)
        "For absences exceeding 20 working days, or pro-rated equivalent, the People team will "
        "look at your pay.",
        "Meetings may be called by two officers, or singularly by the President.",
        # that the policy itself is kept, which the stock line of a named holder does not
        # explain (round 163's judge)
        "Directors should ensure the Policy and guidelines are implemented and adhered to.",
        "All Managers are responsible for adhering to the Absence Policy.",
        # attendance with no standing it earns
        "Members should attend the annual meeting.",
        # an age under which a parent answers, not an age for membership
        "Members under 16 years old must bring a parent or guardian.",
        # a share of something that is no vote
        "Two-thirds of the members of the team work remotely.",
        # what comes with dues, not the dues (round 175's judge)
        "With your annual dues, you will be awarded a $50 chartering credit.",
        # when the minutes go, not when the meeting is held (round 175's judge)
        "The minutes of the annual general meeting shall be submitted to the Union within "
        "seven days of the annual general meeting.",
        # a weight that is no load lifted
        "The parcel weighs up to 5 kg.",
        # "workshop" the verb: no training (round 175's judge)
        "A weekly zoom call is open to anyone who wants to workshop a problem.",
        # a league's waiver list, nothing signed
        "All free agents will be placed on waivers immediately after the auction and must be "
        "signed by noon.",
        # round 185's judge: dues for who joins late have no time worked; a game released
        # each year is no software
        "Dues shall be prorated for all new cast members who join after January at $5 per quarter.",
        "Each year, FRC releases a new game that requires teams to build a robot.",
        # telling someone what you think is no report to a named person
        "If you have concerns, tell them what you think.",
        # access kept, not closed on leaving; a count of days given as a gift
        "Members on leave keep their access to the space.",
        "Give each volunteer at least two days off to rest.",
        # no employer's share, no proxy's life, no approvals counted
        "No more than two guests may come from the same company.",
        "The proxy form is valid for members only.",
        "Pull requests are merged within two days unless a reviewer asks for changes.",
        # how long a weekly meeting lasts, which its rhythm is no reason for (round 183's judge)
        "There is a weekly 1 hour all-hands lab meeting that we share with another lab.",
        # a hazard cleared at once, and how not to clear it: no tidying after use
        "Spills must be cleaned up immediately.",
        "Please do not attempt to clean this up with your hands.",
        # how a dispute is sent, which where it goes is no reason for; and where one that has
        # a time limit goes, which the figure's reason must explain
        "Disputes must be submitted to the Commissioner in writing.",
        "All protests must be filed with the Commissioner within 48 hours.",
        # a budget presented ahead of a meeting, whose reason is its figure's
        "The Treasurer shall present the budget at least 14 days before the meeting.",
        # who may suspend, and a fee for a late return: no penalty of a set length
        "Members may be suspended by the Board for a breach of these rules.",
        # a grace period for logging in, which nothing is late for (round 191's judge)
        "Retired members have a grace period of a year.",
        "Your dog must be at least 2 years old before training.",
        # a length capped, not a time limit after an event
        "Sessions must last no more than 2 hours.",
        # a bonus for one's own work, not for a hire one brought in
        "The performance bonus is paid after 12 months.",
        # polls open for hours on one day, which is no voting period of several days
        "The ballot voting will be open during regular office hours but for not less than four "
        "hours on the day of election.",
        # the financial report is what the dues follow, not a report given at set times
        "Dues for all classes of members will be set annually at the AGM by a simple majority "
        "vote following the financial report.",
        # an audit with no rhythm, a performance with no review
        "The Treasurer shall assist the auditor with the audit.",
        "The performance of the band is reviewed by the music director.",
        # a special meeting of the members, not of the board
        "A special meeting of the members may be called by the President.",
        # who may vote, with no wait after joining
        "Members who have paid their dues are entitled to vote for two candidates.",
        # a team's players, with no cap; work outside the office, with nothing to disclose
        "A team may add players at any time.",
        "Staff may work outside the office on Fridays.",
        # leave approved by a board, or sick leave: not time off agreed with whoever runs the
        # work
        "A leave of absence must be approved by the Board.",
        "Sick leave must be approved by your manager.",
    ],
)
def test_a_rule_that_only_looks_like_a_known_kind_gets_none(rule: str) -> None:
    assert purpose_of(rule) == ""


@pytest.mark.parametrize(
    ("rule", "says"),
    [
        (
            "A face-to-face meeting will be arranged within 3 days of having the problem "
            "expressed in writing.",
            "by when it must be done",
        ),
        ("You will receive your reimbursement within 10 days.", "by when it must be done"),
        (
            "The Secretary shall print copies of the proposed amendment at least four weeks "
            "before the club meeting.",
            "time to prepare",
        ),
        ("Younger than 14 years of age must fish with a parent.", "parent or guardian"),
        (
            "Guests under 18 must provide a release signed by a parent or legal guardian.",
            "parent or guardian",
        ),
        # an invoice sent ahead is no notice of a meeting, and a float returned is no expense
        # claimed: the reason of any lead time or time limit
        ("Invoices must be sent at least 5 days before the due date.", "time to prepare"),
        (
            "The treasurer shall return the float within 10 days of the event.",
            "by when it must be done",
        ),
        # rounds 159-187's waiting figures: a booking and its cancellation, a penalty of so
        # many games, a grace period, dues left unpaid, a cap on what one group may take
        ("Please reserve your time online at least 2 days ahead of your experiment day.", "ahead"),
        (
            "Please cancel any reserved time as soon as possible and at least 48 hours in "
            "advance if at all possible.",
            "someone else to use it",
        ),
        (
            "Any player or coach who participates in a fight shall be suspended for three "
            "games and fined $50.00.",
            "every offender gets the same",
        ),
        (
            "The time period for a suspension shall be fifteen weeks after which time the "
            "previous membership status is reinstated.",
            "every offender gets the same",
        ),
        (
            "A grace period of 15 calendar days from the due date is available for maintaining "
            "continuous membership.",
            "a little late",
        ),
        (
            "Members who remain in default in the satisfaction of the dues for a period of "
            "three months may have their membership terminated.",
            "time to pay",
        ),
        (
            "No more than two benches can be used by a single group if no more benches are "
            "available.",
            "open to everyone else",
        ),
        ("Maximum timespan the user can reserve the lab is 8 hours.", "open to everyone else"),
        # round 193's chat network policies: names that expire unused
        (
            "Account names expire when the whole account has been unused for more than 10 weeks.",
            "frees it for others",
        ),
        # round 189's lab handbook: days on site
        (
            "Full time lab members should aim to be on-site three days per week, with two of "
            "these days being Tuesdays and Thursdays to attend lab meetings.",
            "working together in person",
        ),
        # round 189's disciplinary procedure: how long a warning stays on file
        (
            "The warning will be placed on the employee’s HR file for 6 months and then removed.",
            "a repeat be taken into account",
        ),
        (
            "This final written warning will be placed on an employee’s file and removed after "
            "12 months.",
            "a repeat be taken into account",
        ),
        # the waiting drafts of rounds 159-193: witnesses named before a hearing, things left
        # behind, gear set aside, a cap on fines, a nomination period, a bank reconciliation
        (
            "Witnesses – the names of any witnesses being called by the employee must be made "
            "available to Human Resources no later than 2 working days prior to the hearing.",
            "prepare for what they will say",
        ),
        (
            "Projects and equipment that are left at the Hackerspace for more than 6 months, "
            "without any established contact with the owner, will be considered Abandoned.",
            "nobody comes back for",
        ),
        (
            "Unlabelled material in the scrap bin or labelled material/projects older than 1 "
            "week are free for any member to use.",
            "nobody comes back for",
        ),
        (
            "No piece of loaner gear must be used by more than one person at any given practice "
            "and must be quarantined for 5 days after use.",
            "germs on it die off",
        ),
        ("Fines may not exceed fifty dollars ($50.00) for a single incident.", "in proportion"),
        (
            "Upon ratification, the Election Manager shall announce a nomination period of five "
            "days for cast officer positions.",
            "time to consider standing",
        ),
        (
            "The self-nomination phase should take place over a period of two academic weeks.",
            "time to consider standing",
        ),
        ("Bank reconciliation shall be prepared monthly.", "missing payment"),
        # round 195's documents, after their judge had its sample
        ("Begin the print and stay nearby for at least the first 10 minutes.", "goes wrong"),
        (
            "The PRO will ensure that posters are designed and visible on campus two weeks "
            "before events.",
            "in time to plan to come",
        ),
        ("Attend and be present for at least 90% of classes", "most sessions"),
        (
            "A bylaw is passed by a simple majority voted on by at least 7 members of the club.",
            "a handful of members",
        ),
        (
            "Additional nominations, supported by at least three Chapter Members, may be "
            "submitted by the fifteenth of October.",
            "support beyond their own",
        ),
    ],
)
def test_what_a_figure_does_is_the_reason_given_to_a_question_on_the_figure_only(
    rule: str, says: str
) -> None:
    """A rule of no known kind that sets a time limit, a lead time or an age under which a
    parent answers gets what its figure does (round 147's documents), and only a question on
    the figure gets it: "Where shall amendments be submitted?" was explained by why they go
    out 14 days ahead (round 155's judge)."""
    assert says in purpose_of(rule, figure=True)
    assert purpose_of(rule) == ""


def test_a_purpose_that_speaks_of_the_figure_explains_only_a_question_on_the_figure() -> None:
    """Round 159's judge: "Where must the date ... of the annual meeting be posted?" was
    explained by "Notice that far ahead lets members arrange to attend", a reason for the two
    weeks, not for the place."""
    rule = (
        "The date, time and place of the annual meeting must be posted in the registered "
        "office at least two weeks prior to the annual meeting."
    )
    assert "that far ahead" in purpose_of(rule, figure=True)
    assert "that far ahead" not in purpose_of(rule)
    kept = {v.draft.prompt: v.draft.explanation for v in analyse(rule).verdicts if v.kept}
    assert not any(prompt.startswith("Where") for prompt in kept)
    [(prompt, explanation)] = kept.items()
    assert "____ weeks" in prompt and "that far ahead" in explanation


def test_notice_of_parental_leave_is_not_explained_as_paid_leave() -> None:
    """Round 73's judge: 30 days' notice of parental leave, explained by what paid leave is
    for, in a policy whose parental leave is unpaid."""
    rule = (
        "Employees seeking parental leave must provide a minimum of 30 days advance notice of "
        "their intent to take parental leave."
    )
    assert "Paid leave" not in purpose_of(rule)
    assert "Paid leave" in purpose_of("All new parents are entitled to 100 days parental leave.")


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


def test_a_question_whose_explanation_only_says_the_rule_again_is_not_kept() -> None:
    # No reason in the document and no kind of rule the generator knows a purpose for: the
    # explanation could only repeat the rule, which fails the rubric's point 7, so the draft
    # is dropped and the report says why.
    bare = "Office rules\n\nThe lunch room may hold up to 14 people.\n"
    assert generate_set(bare, set_id="t").questions == ()
    [verdict] = [v for v in analyse(bare).verdicts if v.draft.family == "figure"][:1]
    assert verdict.reason == "its explanation only says the rule again"
    assert "would be kept with a reason written by hand:\n     - [figure] Up to how many" in (
        format_report(section_reports(analyse(bare)))
    )
    # The same rule with the document's own reason beside it is asked.
    reasoned = (
        "Office rules\n\nThe lunch room may hold up to 14 people. "
        "This is because the fire code sets the limit for a room of its size.\n"
    )
    [question] = generate_set(reasoned, set_id="t").questions
    assert "fire code" in question.explanation


def test_the_trouble_a_rule_guards_against_said_beside_it_is_its_reason() -> None:
    """Round 131's lab: "If you're the last one in the lab, lock the doors. Theft is a problem
    on university campuses." The second sentence is why."""
    text = (
        "Lab rules\n\nWe have a lot of fancy equipment. If you are the last one in the lab, "
        "lock the doors. Theft is a problem on university campuses.\n"
    )
    [question] = generate_set(text, set_id="t").questions
    assert question.explanation.endswith("Theft is a problem on university campuses.")
    elsewhere = text.replace("Theft is a problem on university", "The lab is on the third floor of")
    assert generate_set(elsewhere, set_id="t").questions == ()


def test_what_the_next_sentence_says_a_rule_facilitates_is_its_reason() -> None:
    """Round 125's absence policy: telling the manager of a fit note is explained by the
    measures "needed to facilitate your return to work" in the sentence after it."""
    rule = "If your doctor gives you a fit note, you should inform your manager immediately."
    reasoned = f"Absence\n\n{rule} We will discuss any measures needed to facilitate your return.\n"
    [question] = generate_set(reasoned, set_id="t").questions
    assert question.explanation.endswith("needed to facilitate your return.")
    plain = f"Absence\n\n{rule} We will discuss any measures with you at a later date.\n"
    assert generate_set(plain, set_id="t").questions == ()


def test_a_reason_in_the_speaker_s_words_counts_as_one() -> None:
    assert gives_reason("Check with your team before any long absence, so they’re not left out.")
    assert gives_reason("Tag the release early so we can plan the announcement.")
    assert not gives_reason("We moved the office, and so on.")


def test_a_reason_the_rule_states_keeps_it_unless_the_question_shows_it_already() -> None:
    stated = (
        "Office rules\n\nDealing with complaints should be based on the written policy, not on "
        "personal likes and dislikes, to prevent simple problems from being complicated.\n"
    )
    [question] = generate_set(stated, set_id="t").questions
    assert "to prevent simple problems" in question.explanation
    # round 48's judge: a blanked sentence that holds its reason ("... in order to maintain
    # their membership") explained by that sentence again is the rule again; a closing reason
    # is left out of the question and given in the explanation, an opening one cannot be
    shown = "Office rules\n\nIn order to be reimbursed, book travel 15 days ahead.\n"
    assert generate_set(shown, set_id="t").questions == ()
    closing = "Office rules\n\nBook travel 15 days ahead in order to be reimbursed.\n"
    [question] = generate_set(closing, set_id="t").questions
    assert question.prompt == 'Fill in the blank: "Book travel ____ days ahead."'
    assert question.explanation == (
        "Book travel 15 days ahead. The document gives the reason: in order to be reimbursed."
    )
    allowed = "Office rules\n\nThe basic plan allows you to record 25 videos a month.\n"
    assert generate_set(allowed, set_id="t").questions == ()
    # round 203's lab handbook: why the rule matters, after a semicolon
    matters = (
        "Office rules\n\nTwo days per week in the office is the minimum; being present in the "
        "lab matters for the group and for your own development.\n"
    )
    [question] = generate_set(matters, set_id="t").questions
    assert "in the office is the minimum." in question.prompt and "lab" not in question.prompt
    assert question.explanation.endswith(
        "The document gives the reason: being present in the lab matters for the group and for "
        "your own development."
    )


def test_the_questions_left_out_for_want_of_a_reason_are_offered_with_keys_of_their_own() -> None:
    text = (
        "Office rules\n\nThe lunch room may hold up to 14 people.\n\n"
        "Dealing with complaints should be based on the written policy, not on personal likes "
        "and dislikes, to prevent simple problems from being complicated.\n"
    )
    kept = generate_set(text, set_id="t").questions
    assert kept
    waiting = needing_reasons(analyse(text))
    assert "Up to how many people may the lunch room hold?" in [q.prompt for q in waiting]
    assert {q.key for q in kept}.isdisjoint(q.key for q in waiting)
    assert {q.span for q in kept}.isdisjoint(q.span for q in waiting)


def test_a_rule_whose_verb_is_allow_still_gets_the_purpose_of_its_kind() -> None:
    # "allow 48 hours" is the rule itself, not a reason the rule gives for itself
    text = "Office rules\n\nBefore landing pull requests, allow 48 hours for input from others.\n"
    [question] = generate_set(text, set_id="t").questions
    assert question.explanation.endswith("raise concerns before it goes ahead.")


def test_how_a_vote_is_decided_is_explained_by_the_purpose_of_its_kind() -> None:
    # the manner family had explained itself only by the sentence after its rule
    text = "Club rules\n\nVotes at the general meeting are decided by a simple majority.\n"
    [question] = generate_set(text, set_id="t").questions
    assert question.prompt == "How are votes at the general meeting decided?"
    assert question.explanation.endswith("so that a few cannot hold up what most want.")


_ROLE_LISTS = """Lab roles

Graduate student responsibilities:

* meet their graduate school reporting and exam requirements;
* attend and present at lab meetings and journal clubs;
* schedule committee meetings on a yearly basis;

Post-doc responsibilities:

* define their career goals and work towards them;
* provide scientific and technical leadership within the lab;
* mentor the graduate students in the lab;
"""


def test_a_list_of_a_role_s_responsibilities_is_explained_by_what_naming_them_is_for() -> None:
    questions = [q for q in generate_set(_ROLE_LISTS, set_id="t").questions if "NOT" in q.prompt]
    assert {q.prompt for q in questions} == {
        "Which is NOT one of the graduate student responsibilities?",
        "Which is NOT one of the post-doc responsibilities?",
    }
    assert all("whom to turn to" in q.explanation for q in questions)
    assert purpose_of_list("the things a receipt must have") == ""


def test_how_long_one_must_be_on_a_rota_to_be_paid_is_no_share_in_its_life() -> None:
    """Round 169's judge: the stipend does not depend on how often one is on call, so "keeps
    it for those who have really taken part" was false."""
    rule = (
        "Stipends will only be offered to eligible employees who are required to participate in "
        "a 24x7 support schedule for at least 30 continuous calendar days."
    )
    assert "really taken part" not in purpose_of(rule, figure=True)


def test_a_list_of_a_role_s_expectations_is_explained_as_its_duties() -> None:
    assert "whom to turn to" in purpose_of_list("the expectations of the secretary")


def test_the_rhythm_of_a_board_s_meetings_is_not_explained_by_members_attending() -> None:
    """Round 193's judge: the co-op's members do not attend the directors' meetings."""
    for rule in ("The Board of Directors meets monthly.", "The club meets weekly."):
        assert "fixed rhythm" in purpose_of(rule, figure=True)
        assert "members" not in purpose_of(rule, figure=True)


def test_what_an_office_shall_do_is_explained_as_its_duties() -> None:
    """Round 199's bylaws list each officer's work under "The Treasurer shall:"."""
    duties = purpose_of_list("the duties of the treasurer")
    assert purpose_of_list("the things the Treasurer shall do") == duties
    assert purpose_of_list("the things the CubeSat Project Manager must do") == duties
    assert purpose_of_list("the things the Treasurer may do") == ""  # powers, not duties
    assert purpose_of_list("the things the members must do") == ""  # no one office
    assert purpose_of_list("the things the member must do") == ""  # no office's title


def test_a_checklist_s_steps_at_a_point_in_time_are_explained_by_the_schedule() -> None:
    """Round 209's release procedure: "One week before the hard freeze:" over its steps."""
    text = (
        "# Release process\n\nThe release manager ensures that these steps are performed:\n\n"
        "- [ ] On the day of the soft freeze:\n"
        "  - [ ] Announce the soft freeze on the forum.\n"
        "  - [ ] Ping developers about open pull requests.\n"
        "  - [ ] Start the release notes.\n"
        "- [ ] One week before the hard freeze:\n"
        "  - [ ] Remind everyone of missing reviews.\n"
        "  - [ ] Decide whether to postpone the hard freeze.\n"
        "  - [ ] Check the documentation build.\n"
        "- [ ] In the first meeting after the release:\n"
        "  - [ ] Select a new release manager.\n"
        "  - [ ] Set the next release day.\n"
        "  - [ ] Assign issues to each main developer.\n"
        "- [ ] In the event of a fire:\n"
        "  - [ ] Leave the building at once.\n"
        "  - [ ] Call the fire service.\n"
        "  - [ ] Gather at the car park.\n"
    )
    drafted = [v.draft.prompt for v in analyse(text).verdicts]
    assert not [p for p in drafted if "in the event of a fire" in p]  # a case, not a time
    kept = {v.draft.prompt: v.draft for v in analyse(text).verdicts if v.kept}
    draft = kept["Which is NOT one of the things to do in the first meeting after the release?"]
    assert "in time for the steps that depend on it" in draft.explanation
    assert draft.right[0] in (
        "Announce the soft freeze on the forum",
        "Ping developers about open pull requests",
        "Start the release notes",
        "Remind everyone of missing reviews",
        "Check the documentation build",
    )
    assert "Which is NOT one of the things to do on the day of the soft freeze?" in kept


def test_a_list_of_the_qualities_a_role_asks_is_explained_by_what_knowing_them_is_for() -> None:
    qualities = purpose_of_list("the five basic qualities that the secretary must have")
    assert "lets a holder see where to grow" in qualities
    assert purpose_of_list("the skills a steward needs") == qualities
    assert purpose_of_list("the qualities of the soil") == ""  # asked of no one
    assert purpose_of_list("the three points to pay attention to") == ""


def test_a_list_question_that_only_says_where_the_odd_choice_belongs_waits_for_a_reason() -> None:
    # rounds 41-43's judges: "only says where the odd one belongs" (rubric point 7)
    text = _ROLE_LISTS.replace("Graduate student responsibilities:", "Graduate student items:")
    text = text.replace("Post-doc responsibilities:", "Post-doc items:")
    assert not [q for q in generate_set(text, set_id="t").questions if "NOT" in q.prompt]
    waiting = needing_reasons(analyse(text))
    assert "Which is NOT one of the graduate student items?" in [q.prompt for q in waiting]


def test_which_rule_is_true_says_why_the_true_one_holds_or_waits_for_a_reason() -> None:
    # round 46's judge: "The document says so" is no reason (point 7)
    rules = (
        "Expense rules\n\nTravel bookings should be made no later than 21 days prior to departure "
        "to reduce costs. Reimbursement requests must be submitted within 60 days of the expense. "
        "Reimbursements will be made within 30 days of approval. Capital assets under $2,000 "
        "will be expensed.\n"
    )
    drafts = [v for v in analyse(rules).verdicts if v.draft.family == "truth"]
    reasoned = [v for v in drafts if "21 days" in v.draft.right[0]]
    assert reasoned and reasoned[0].draft.explanation.startswith(
        "The document gives its reason: to reduce costs."
    )
    bare = [v for v in drafts if "Capital assets" in v.draft.right[0]]
    assert bare and bare[0].reason == "its explanation only says the rule again"
    # round 187's judge: nor is a reason that another rule, corrected in a wrong choice,
    # states ("... in order to be eligible for postseason play")
    league = (
        "League rules\n\nTeams may add a total of five players to the roster after the roster "
        "deadline. Players must appear in at least five games during the regular season in "
        "order to be eligible for postseason play. All protests must be filed with the "
        "Commissioner within 48 hours of the alleged infraction. Eligible players must be at "
        "least eighteen years of age.\n"
    )
    roster = [
        v
        for v in analyse(league).verdicts
        if v.draft.family == "truth" and v.draft.right[0].startswith("Teams may add")
    ]
    assert roster and {v.reason for v in roster} == {UNEXPLAINED}


def test_a_glossary_s_terms_explained_by_one_another_wait_for_a_reason() -> None:
    # round 48's judge: "What does "Majority" mean?" among the glossary's other entries, its
    # explanation only saying what a wrong choice means
    text = (
        "Constitution\n\n## Definitions\n\n"
        '"MUN" means Memorial University of Newfoundland and Labrador.\n\n'
        '"Society" means the MUN Computer Science Society.\n\n'
        '"Majority" means 50% plus 1 of the votes.\n\n'
        '"MUNSU" means the Memorial University Students Union.\n'
    )
    assert not [q for q in generate_set(text, set_id="t").questions if "mean" in q.prompt]


def test_what_a_rule_is_a_condition_of_is_no_reason() -> None:
    """Round 63's judge: "The document gives the reason: in order to pass." is no reason."""
    [draft] = [
        v.draft
        for v in analyse(
            "Motions\n\nYour motion will need at least 75% of the votes in favour in order to "
            "pass.\n"
        ).verdicts
        if v.draft.family == "figure"
    ]
    assert "in order to pass" not in draft.explanation.split(".", 1)[1]
    # nor does it keep the purpose of the rule's kind away
    assert "broad support" in draft.explanation


def test_a_purpose_that_is_the_rule_itself_is_no_stated_reason() -> None:
    # round 48's judge: "What is the promotion of science and research?" kept because "the
    # purpose of" read as a reason
    text = "Statutes\n\nThe purpose of the association is the promotion of science and research.\n"
    assert generate_set(text, set_id="t").questions == ()


def test_a_rule_set_by_law_is_explained_by_the_law_and_asked_without_it() -> None:
    # a privacy policy's breach report (round 47's document): the legal basis is the reason,
    # and the question leaves it for the explanation to give
    shown = (
        "Data breaches\n\nPer our legal obligations, the Information Commissioner's Office will "
        "be informed of any breaches within 72 hours.\n"
    )
    (question,) = generate_set(shown, set_id="t").questions
    assert "legal" not in question.prompt
    assert question.explanation.endswith("The document gives the reason: the law requires it.")


def test_a_rule_that_opens_with_its_aim_is_asked_without_it() -> None:
    shown = (
        "Visits\n\nTo encourage folks to bridge the virtual divide, each member may request "
        "reimbursement for up to $220 per year for travel to visit another member.\n"
    )
    (question,) = generate_set(shown, set_id="t").questions
    assert "encourage" not in question.prompt
    assert "The document gives the reason: to encourage folks" in question.explanation


def test_a_why_question_takes_its_wrong_reasons_from_the_whole_document() -> None:
    # a garden's conditions of use: one rule's reason is asked, and the wrong choices are the
    # reasons the document gives other rules, whatever sentence gives them
    shown = (
        "Garden rules\n\nThe fence doors should be kept shut at all times to prevent any wild "
        "animal from entering. Mulch your plot to protect the soil and reduce weeds. Join a work "
        "day to help with community garden chores. Talk to a mentor so that you receive "
        "encouragement, advice and assistance.\n"
    )
    right, wrong = _choices(shown, "Why should the fence doors be kept shut at all times?")
    assert right == ["To prevent any wild animal from entering"]
    assert set(wrong) == {
        "To protect the soil and reduce weeds",
        "To help with community garden chores",
        "So that you receive encouragement, advice and assistance",
    }


def _choices(shown: str, prompt: str) -> tuple[list[str], list[str]]:
    """The right and the wrong choices of the draft `prompt` drawn from `shown`, which waits
    for a reason written by hand: the reason a why-question asks for is its answer, and told
    again it explains nothing (rounds 66 to 171's judges)."""
    [asked] = [v for v in analyse(shown).verdicts if v.draft.prompt == prompt]
    assert asked.reason == UNEXPLAINED
    return list(asked.draft.right), list(asked.draft.wrong)


def test_a_purpose_that_closes_a_time_or_the_action_itself_is_asked_why() -> None:
    """Round 69's cryogenics rules gave their reasons after a time ("before refilling, in
    order to ...") or with no comma ("filled slowly to minimize ..."), and had no question."""
    shown = (
        "Cryogenic liquids\n\nDewar flasks must first be completely emptied before "
        "refilling, in order to prevent oxygen enrichment. Containers should be filled slowly "
        "to minimize thermal shock. Trousers are to be worn outside the shoes to prevent any "
        "liquid from spilling into the shoes. Face shields are worn to protect the eyes from "
        "any splashes. Keep the lab door open to let fresh air into the small room.\n"
    )
    flasks = "Why must Dewar flasks first be completely emptied before refilling?"
    assert _choices(shown, flasks)[0] == ["To prevent oxygen enrichment"]
    drafted = {v.draft.prompt: v.draft for v in analyse(shown).verdicts}
    assert drafted["Why should containers be filled slowly?"].right == (
        "To minimize thermal shock",
    )


def test_a_why_question_neither_splices_a_list_of_aims_nor_offers_a_cause_all_rules_share() -> None:
    """Round 66's "To reduce weeds and pests, improve the soil, and maintain the garden's
    appearance, mulch is strongly recommended" spliced two sentences into one question, and
    round 69's "because of the extremely low temperatures" is why every rule there holds."""
    shown = (
        "Garden rules\n\nTo reduce weeds and pests, improve the soil, and maintain the garden's "
        "appearance, mulch is strongly recommended. Precautions must be observed because of the "
        "extremely low temperatures. Containers should be filled slowly to minimize thermal "
        "shock. Trousers are to be worn outside the shoes to prevent any liquid from spilling "
        "into the shoes. Face shields are worn to protect the eyes from any splashes.\n"
    )
    drafts = [v.draft for v in analyse(shown).verdicts]
    assert not any("mulch" in d.prompt or "low temperatures" in " ".join(d.wrong) for d in drafts)


def test_a_why_question_asks_no_condition_and_offers_no_item_of_a_specification() -> None:
    """ "To be eligible for the stipend, ..." is what the rule is a condition of (round 68's
    co-op policies), and "to prevent loss, autoclave tape on top of lid" holds the next item
    of a packing list (round 64's autoclave rules)."""
    shown = (
        "Rules\n\nBottles are capped loosely to prevent loss, autoclave tape on top of lid. Face "
        "shields are worn to protect the eyes from any splashes. Trousers are to be worn outside "
        "the shoes to prevent any liquid from spilling into the shoes. The fence doors are kept "
        "shut to prevent any wild animal from entering.\n"
    )
    [bottles] = [v.draft for v in analyse(shown).verdicts if "bottles" in v.draft.prompt]
    assert (bottles.prompt, bottles.right) == (
        "Why are bottles capped loosely?",
        ("To prevent loss",),
    )
    eligible = "To be eligible for the stipend, members must have worked 1000 hours."
    [statement] = [u.statement for u in units(read_structure(f"Rules\n\n{eligible}\n"))]
    assert statement is not None and statement.lead is not None
    assert statement.lead.kind == "purpose" and purpose_clause(statement) is None


def test_what_someone_is_asked_to_do_is_no_reason() -> None:
    """ "Employees are requested to give at least a week's notice" had been explained as
    "Employees are requested. The document gives the reason: to give ..." (round 70)."""
    [question] = generate_set(
        "Appointments\n\nEmployees are requested to give at least a week's notice for routine "
        "medical appointments.\n",
        set_id="t",
    ).questions
    assert question.explanation.startswith("Employees are requested to give at least a week's")
    assert "gives the reason" not in question.explanation


def test_the_organisation_s_own_reason_is_not_asked_as_the_trainee_s() -> None:
    shown = (
        "Data\n\nWe will retain sufficient information in order to identify any banned member. "
        "Mulch your plot to protect the soil and reduce weeds. Join a work day to help with "
        "community garden chores. Talk to a mentor so that you receive encouragement and advice.\n"
    )
    prompts = [q.prompt for q in generate_set(shown, set_id="t").questions]
    assert not any("you retain" in p for p in prompts)


def test_a_charge_that_says_what_it_covers_is_explained_by_it() -> None:
    shown = "Boat use\n\nUse of our boat is charged at £35/day, to cover the cost of fuel.\n"
    (question,) = generate_set(shown, set_id="t").questions
    assert "cover" not in question.prompt
    assert question.explanation.endswith(
        "The document gives the reason: to cover the cost of fuel."
    )


@pytest.mark.parametrize(
    "said",
    [
        "Without a strong committee, there will be no growth of the club and no new members.",
        "Only by saving every month can the club be strong and keep its hall.",
        # what breaking a rule costs (round 53's equipment rules)
        "Failure to carry out this procedure may result in the user paying for the repair.",
        "Not following the procedure may result in kit privileges being removed.",
    ],
)
def test_what_lacking_a_thing_costs_or_only_it_achieves_is_a_reason(said: str) -> None:
    assert gives_reason(said)


def test_the_reason_said_as_such_is_a_reason() -> None:
    assert gives_reason("The reason for this is that the hall closes at ten.")
    assert gives_reason("The reason is that the hall closes at ten.")


@pytest.mark.parametrize(
    "said",
    [
        "Members without a card can be no trouble.",
        "Work without pay is not allowed.",
        "The failure of the pump led to a flood.",
        # round 72's judge: the next rule, added as if it said why pause time is capped
        "A pause may be initiated at any time, and an explanation of the reason provided in chat.",
    ],
)
def test_without_in_passing_is_no_reason(said: str) -> None:
    assert not gives_reason(said)


def test_what_is_to_be_done_is_no_reason_among_the_choices() -> None:
    # round 53's equipment rules: "It is the responsibility of the trip organiser(s) to ensure
    # kit is returned" and "try to ensure ..." say what to do, not what a rule is for
    from quizapp.generate.action_questions import _aims
    from quizapp.generate.structure import read_structure

    shown = (
        "Kit\n\nTo keep track of kit, the sign out sheet must be filled out by everyone. It is "
        "the responsibility of the trip organiser(s) to ensure kit is returned on time. When "
        "dunking drysuits, try to ensure excessive water does not go inside. Open the windows, "
        "to reduce the risk.\n"  # round 55's judge: too vague to rule out
    )
    assert [reason for reason, _ in _aims(read_structure(shown))] == ["To keep track of kit"]


def test_a_rule_drawn_from_the_sentence_before_is_explained_by_it() -> None:
    # round 54's judge: "Therefore, you will each have two weeks of vacation." had been asked
    # with its "Therefore" and explained by the sentence after it, not the one it follows from
    shown = (
        "Hours and Vacation\n\nAppointments do not include leave. However, to stay well, it is "
        "important to take time off. Therefore, you will each have two weeks of vacation. Tell "
        "the office before a planned absence, so we can plan the work.\n"
    )
    (question,) = [q for q in generate_set(shown, set_id="t").questions if "vacation" in q.prompt]
    assert question.prompt.endswith('"You will each have ____ weeks of vacation."')
    assert question.explanation == (
        "To stay well, it is important to take time off. Therefore, you will each have two "
        "weeks of vacation."
    )


def test_a_record_s_field_waits_for_a_reason_and_a_plural_label_takes_are() -> None:
    """Round 121's judge failed every "what is the key considerations for ...?" on point 7:
    the explanation only placed a wrong choice with another record."""
    grants = [
        ("Special Grant", "Up to $12 per student attending", "Can only be used once per year"),
        ("Travel Grant", "Up to half of all travel costs", "Approved before you go"),
        ("Joint Grant", "Up to $8 per student attending", "No other grant for the event"),
        ("Capital Grant", "Up to the whole purchase price", "Items are the club's property"),
    ]
    text = "# Funding\n\n## Grants\n\n" + "".join(
        f"#### {name}\n\n*   **Funding Details:** {funding}.\n"
        f"*   **Key Considerations:** {points}.\n\n"
        for name, funding, points in grants
    )
    fields = [v for v in analyse(text).verdicts if v.draft.family == "field"]
    assert fields and not [v for v in fields if v.kept]
    assert all(" — what are the key considerations for " in v.draft.prompt for v in fields)


def test_the_next_rule_beside_a_figure_is_no_reason_for_it() -> None:
    """Round 147's judge: "This should take place before they arrive ..." followed the 14-day
    rule as its explanation, more of the rule and no why. The question waits for a reason."""
    analysis = analyse(
        "# Guidelines\n\n## Before practice\n\n- Set up a system to pre-register attendees.\n"
        "- On the day, the attendees need to declare their status regarding contact with or "
        "symptoms of Covid-19 in the **preceding 14 days**. This should take place before they "
        "arrive at practice and may be done in any way including but not limited to online "
        "questionnaire.\n- Follow your government guidelines.\n"
    )
    kept = [v.draft for v in analysis.verdicts if v.kept]
    assert not [d for d in kept if "preceding" in d.prompt]
    assert any("preceding" in q.prompt for q in needing_reasons(analysis))


def test_a_bound_said_two_ways_keeps_the_reason_of_its_kind_for_either_figure() -> None:
    # "eight members, or one fifth of the membership": one quorum, not a second figure whose
    # part of the sentence has no kind (round 165's chess club constitution)
    text = (
        "Annual General Meeting\n\nA quorum at the AGM shall consist of eight members, or one "
        "fifth of the membership, whichever is the lower.\n"
    )
    [fifth] = [v.draft for v in analyse(text).verdicts if v.draft.right == ("one fifth",)]
    assert "A quorum makes sure" in fifth.explanation


def test_why_a_task_has_a_named_holder_explains_only_a_question_on_who_does_it() -> None:
    # round 175's judge: "To whom shall the file chairman submit a written report?" explained
    # by "Naming who does it means everyone knows whom to turn to ..."
    [draft] = [
        v.draft
        for v in analyse(
            "Club files\n\nThe file chairman shall submit a written report to the president.\n"
        ).verdicts
        if v.draft.prompt.startswith("To whom")
    ]
    assert "whom to turn to" not in draft.explanation
    rule = "The file chairman shall submit a written report to the president."
    assert "whom to turn to" in purpose_of(rule, holder=True)
    assert purpose_of(rule) == ""


def test_a_closing_aim_that_holds_the_figure_asked_is_the_rule_not_its_reason() -> None:
    # round 173's judge: "The time control must be chosen. The document gives the reason: to
    # allow a game to reach at least 80 moves." got the logic wrong
    text = (
        "Match rules\n\nThe time control must be chosen to allow a game to reach at least 80 "
        "moves.\n"
    )
    drafts = [v.draft for v in analyse(text).verdicts if v.draft.right[:1] == ("80",)]
    assert drafts
    assert not [d for d in drafts if "gives the reason" in d.explanation]


def test_a_call_for_nominations_is_not_explained_as_something_for_the_agenda() -> None:
    # round 177's judge: "Receiving it ahead of the meeting lets it go on the agenda" given to
    # "A Call for nominations shall be made 60 days before the Annual Meeting"
    rule = "A Call for nominations shall be made 60 days before the Annual Meeting."
    assert "agenda" not in purpose_of(rule, figure=True)
    assert "agenda" in purpose_of(
        "Any motion shall be made in writing to the Secretary at least 14 days before the AGM.",
        figure=True,
    )


def test_to_ensure_after_what_binds_someone_is_the_duty_not_its_reason() -> None:
    # round 169's CT Hackerspace rules: the duty was read as stating its own reason, so the
    # reason of its kind was never added and the question waited
    rule = (
        "Members and visitors are required to ensure that the area and equipment is properly "
        "cleaned and ready for future use."
    )
    assert not gives_reason(rule)
    assert gives_reason("Lock the door when you leave to ensure that nothing is stolen.")
    kept = [v.draft for v in analyse(f"Space rules\n\n{rule}\n").verdicts if v.kept]
    assert [d.prompt for d in kept] == [
        "Who is required to ensure that the area and equipment is properly cleaned and ready "
        "for future use?"
    ]
    assert "clean after use" in kept[0].explanation


def test_the_document_named_by_its_subject_and_the_next_rule_s_own_saving_clause() -> None:
    # round 183's Valkey governance: "this governance document" was read as pointing back,
    # and "Except as specifically noted elsewhere ..., decisions by vote require ..." as an
    # exception to the rule before it
    text = (
        "Governance\n\nThe committee can amend this governance document by no less than a 2/3 "
        "affirmative vote. The members will give at least two weeks for all members to "
        "submit their vote. Except as specifically noted elsewhere in this document, "
        "decisions by vote require a simple majority vote of all voting members.\n"
    )
    kept = {v.draft.right[0] for v in analyse(text).verdicts if v.kept}
    assert {"2/3", "two"} <= kept, kept


def test_the_aim_that_announces_a_list_of_rules_is_each_rule_s_reason() -> None:
    # round 183's attendance rules: the list's own reason was left unread, so its rules waited
    rules = (
        "Attendance\n\nIn order for the school to place you in an internship, we have a few "
        "hard and fast rules about attendance:\n\n1. Three late arrivals will count as one "
        "absence.\n"
    )
    [kept] = [v.draft for v in analyse(rules).verdicts if v.kept]
    assert "in order for the school to place you in an internship" in kept.explanation
    papers = (
        "Applying\n\nIn order for the school to place you in an internship, you will need:\n\n"
        "1. Three letters that will count as references.\n"
    )
    assert not [v for v in analyse(papers).verdicts if v.kept]


@pytest.mark.parametrize(
    ("text", "figure", "reason"),
    [
        # round 187's lab manual: "to properly maintain" was not read as the rule's reason
        (
            "Batteries\n\nWhen not using the battery for more than 10 days, please use the "
            "storage function of the charger to properly maintain the per-cell voltage at the "
            "storage value.\n",
            "10",
            "to properly maintain",
        ),
        # round 191's travel policy: nor was "to have enough time ..."
        (
            "Getting there\n\nWe suggest preparing at least one month ahead to have enough time "
            "to communicate your plans and stay within budget.\n",
            "one month",
            "to have enough time",
        ),
    ],
)
def test_a_purpose_infinitive_said_in_more_ways_is_a_stated_reason(
    text: str, figure: str, reason: str
) -> None:
    [kept] = [v.draft for v in analyse(text).verdicts if v.kept]
    assert kept.right == (figure,)
    assert f"gives the reason: {reason}" in kept.explanation


def test_the_end_of_a_range_is_not_the_figure_of_another_rule() -> None:
    # round 189's venipuncture procedure: the tourniquet's two minutes were explained by the
    # gauze held "for one to two minutes to prevent a hematoma"
    text = (
        "Procedure\n\nTightened tourniquet should be on no longer than 2 minutes. Then take the "
        "blood sample. Have the participant hold the gauze pad for one to two minutes to "
        "prevent a hematoma.\n"
    )
    drafts = [v.draft for v in analyse(text).verdicts if v.draft.right == ("2",)]
    assert drafts
    assert not [d for d in drafts if "hematoma" in d.explanation]


def test_a_share_of_members_who_may_ask_is_not_said_to_stop_one_person_asking() -> None:
    # round 183's neighbourhood bylaws: the President may call a special meeting alone, so
    # "not at the wish of a single person" was false for it
    rule = (
        "Special meetings may be called by the President, by not less than two officers, or by a "
        "group of not less than twenty-five association members in good standing."
    )
    assert "members themselves" in purpose_of(rule, figure=True)
    assert "single person" not in purpose_of(rule, figure=True)


def test_a_share_said_in_words_is_read_as_a_percentage() -> None:
    # round 191's cooperative bylaws: "seventy-five percent" (its "(75%)" not shown) was no
    # share over a half
    rule = (
        "A member may for any lawful reason be expelled from the cooperative by a vote of "
        "seventy-five percent or greater of the members."
    )
    assert "more than a bare majority" in purpose_of(rule, figure=True)


def test_what_to_do_in_a_power_failure_is_asked_without_a_stray_bullet_or_a_dangling_only() -> None:
    # round 167's makerspace induction: its items ran on one line ("... stand clear. * Turn
    # off ..."), and "only if safe to do so" lost its case but kept its "only"
    text = (
        "Emergencies\n\n* In case of an electrical power failure, turn off the machinery and "
        "stand clear. * If there is a fire, leave the building by the nearest exit.\n"
        "* If someone is hurt, call the first aid officer at once.\n"
        "* If the alarm sounds, walk to the assembly point by the car park.\n"
        "* Assist any person in immediate danger only if safe to do so.\n"
    )
    [kept] = [v.draft for v in analyse(text).verdicts if v.kept and v.draft.family == "action"]
    assert kept.prompt == "In case of an electrical power failure, what should you do?"
    assert kept.right == ("Turn off the machinery and stand clear",)
    assert not [c for c in kept.wrong if c.endswith(("only", "*"))]
    assert "power comes back" in kept.explanation
