from __future__ import annotations

import pytest

from dateline import analyze
from dateline.extract.quotes.marks import find_quoted
from dateline.model import Analysis, Quote


def quotes_of(text: str) -> tuple[Analysis, list[Quote]]:
    analysis = analyze(text, verbatim=True)
    return analysis, analysis.quotes


def only_quote(text: str) -> Quote:
    """The one quote of ``text`` set under a headline, as it would stand in an article."""
    _, quotes = quotes_of("Capitol notebook\n\n" + text)
    (quote,) = quotes
    return quote


def speaker_text(quote: Quote) -> str | None:
    return quote.speaker.text if quote.speaker is not None else None


def cue_and_content(text: str) -> tuple[str | None, str]:
    """The cue and the content of the one quote of ``text``."""
    quote = only_quote(text)
    return (quote.cue.text if quote.cue is not None else None), quote.content.text


def speaker_and_content(text: str) -> tuple[str | None, str]:
    """The speaker's mention and the content of the one quote of ``text``."""
    quote = only_quote(text)
    return speaker_text(quote), quote.content.text


def test_quotes_inverted_cue_with_appositive() -> None:
    text = (
        "“The recovery is fragile and uneven across regions,” said Maria Lopez, "
        "a lecturer in economics at the University of Leeds."
    )
    analysis, (quote,) = quotes_of(text)
    assert quote.kind == "direct"
    assert quote.content.text == "The recovery is fragile and uneven across regions"
    assert quote.cue is not None and quote.cue.text == "said"
    assert quote.speaker is not None and quote.speaker.text == "Maria Lopez"
    assert quote.speaker_name == "Maria Lopez"
    entity = next(e for e in analysis.entities if e.id == quote.speaker_entity)
    assert entity.name == "Maria Lopez"


def test_quotes_second_quote_without_cue_goes_to_same_speaker() -> None:
    text = (
        "“Nobody in Canberra wants a trade war,” Tom Harris, a senior fellow at the Lowy "
        "Institute, told Reuters. “But nobody wants to look weak either.”"
    )
    _, (first, second) = quotes_of(text)
    assert first.speaker_name == second.speaker_name == "Tom Harris"
    assert first.cue is not None and second.cue == first.cue  # one "told" reports both
    assert second.content.text == "But nobody wants to look weak either."


def test_quotes_colon_introduced() -> None:
    text = "In a statement, the ministry said: “The shipments will resume once the inspections are complete.”"
    _, (quote,) = quotes_of(text)
    assert quote.content.text == "The shipments will resume once the inspections are complete."
    assert quote.speaker is not None and quote.speaker.text == "the ministry"


def test_quotes_dash_attributed() -> None:
    text = "“Europe cannot afford to wait for another winter like the last one.” — Commissioner Ana Ruiz"
    _, (quote,) = quotes_of(text)
    assert quote.speaker is not None and "Ana Ruiz" in quote.speaker.text
    assert quote.cue is None


def test_quotes_pronoun_resolves_to_previous_speaker() -> None:
    text = (
        "“We have done everything the lenders asked,” said Finance Minister Elena Petrova. "
        "However, she added that “the patience of voters is not unlimited.”"
    )
    _, quotes = quotes_of(text)
    assert quotes[0].speaker_name == "Elena Petrova"
    later = quotes[-1]
    assert later.speaker is not None and later.speaker.text == "she"
    assert later.speaker_entity == quotes[0].speaker_entity


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Analysts say the government is likely to raise fuel prices before the election.",
            "Analysts",
            "the government is likely to raise fuel prices before the election",
        ),
        (
            "A senior EU diplomat told the BBC that the deal was all but done.",
            "A senior EU diplomat",
            "that the deal was all but done",
        ),
    ],
)
def test_quotes_indirect(text: str, speaker: str, content: str) -> None:
    _, (quote,) = quotes_of(text)
    assert quote.kind == "indirect"
    assert (speaker_text(quote), quote.content.text) == (speaker, content)


def test_quotes_mixed_clause_with_quoted_part() -> None:
    text = (
        "The foreign minister told reporters that the draft was “ninety per cent agreed” by Sunday."
    )
    _, (quote,) = quotes_of(text)
    assert quote.kind == "mixed"
    assert quote.content.text == "that the draft was “ninety per cent agreed” by Sunday"


def test_quotes_scare_quotes_and_titles_are_not_quotes() -> None:
    text = "The so-called “peace dividend” was the theme of the film “Cold Harbour” last year."
    _, quotes = quotes_of(text)
    assert quotes == []


def test_quotes_speaker_is_never_a_thing() -> None:
    text = (
        "The decision said nothing about the cost of the programme, which critics called too high."
    )
    _, quotes = quotes_of(text)
    assert all(q.speaker_name not in {"decision", "The decision"} for q in quotes)


def test_quotes_multi_paragraph_run_on() -> None:
    text = (
        "“The first thing we did was count the boats,” the harbour master said. “Then we counted "
        "the crews.\n\n“After that, we waited for the weather to turn.”"
    )
    _, quotes = quotes_of(text)
    assert quotes[-1].content.text == (
        "Then we counted the crews.\n\n“After that, we waited for the weather to turn."
    )
    assert quotes[-1].speaker_name == quotes[0].speaker_name


def test_quotes_unclosed_paragraph_warns() -> None:
    text = (
        "“We will not sign this text as it stands, the envoy said.\n\nThe talks resume on Monday."
    )
    analysis, quotes = quotes_of(text)
    assert quotes[0].content.text == "We will not sign this text as it stands, the envoy said."
    assert any("never closed" in w for w in analysis.article.warnings)


def test_quotes_stray_closing_mark_does_not_shift_pairing() -> None:
    text = (
        "He said the allies had “run out of patience with the talks.” , adding pressure on the allies.” "
        "Later the envoy said: “We are still at the table and we will stay there.”"
    )
    quoted, warnings = find_quoted(text)
    assert [text[q.start : q.end] for q in quoted] == [
        "run out of patience with the talks.",
        "We are still at the table and we will stay there.",
    ]
    assert warnings == [f"stray closing quotation mark at offset {text.index('allies.”') + 7}"]


@pytest.mark.parametrize("marks", [("“", "”"), ('"', '"'), ("‘", "’")])
def test_quotes_mark_styles(marks: tuple[str, str]) -> None:
    opening, closing = marks
    text = f"{opening}Prices will keep rising until the summer,{closing} the governor said."
    _, (quote,) = quotes_of(text)
    assert quote.content.text == "Prices will keep rising until the summer"
    assert quote.speaker is not None and quote.speaker.text == "the governor"


def test_quotes_via_intermediary() -> None:
    text = (
        "According to the Foreign Ministry, Wang Lei said that “the visit will go ahead as "
        "planned despite the weather.”"
    )
    analysis, (quote,) = quotes_of(text)
    assert quote.speaker is not None and quote.speaker.text == "Wang Lei"
    ministry = next(e for e in analysis.entities if e.id == quote.via)
    assert ministry.name == "Foreign Ministry"


def test_quotes_doubled_apostrophes_are_double_marks() -> None:
    text = "''It is more tinkering at the edges than reform,'' said Alan Cole. The Smiths' house stood."
    _, (quote,) = quotes_of(text)
    assert quote.content.text == "It is more tinkering at the edges than reform"
    assert quote.speaker_name == "Alan Cole"


def test_quotes_colon_lead_without_reporting_verb() -> None:
    text = "Rosa Padilla, a nurse in Phoenix, put it this way: “We will not forget what he said about us.”"
    _, (quote,) = quotes_of(text)
    assert quote.speaker is not None and quote.speaker.text == "Rosa Padilla"
    assert quote.cue is not None and quote.cue.text == "put"


def test_quotes_transcript_turns() -> None:
    text = (
        "Senator Anne Walsh spoke to the host on Sunday.\n\n"
        "HOST: Will the bill pass before the recess, in your view?\n\n"
        "WALSH: I believe it will pass, because the votes are there.\n\n"
        "And the leadership knows it.\n\n"
        "HOST: Thank you, Senator."
    )
    _, quotes = quotes_of(text)
    walsh = next(q for q in quotes if q.speaker is not None and q.speaker.text == "WALSH")
    assert walsh.content.text == (
        "I believe it will pass, because the votes are there.\n\nAnd the leadership knows it."
    )
    assert walsh.cue is not None and walsh.cue.text == ":"
    assert walsh.speaker_name == "Anne Walsh"
    assert not [q for q in quotes if q.speaker is not None and q.speaker.text == "I"]
    host = [q for q in quotes if q.speaker is not None and q.speaker.text == "HOST"]
    assert [q.content.text for q in host] == [
        "Will the bill pass before the recess, in your view?",
        "Thank you, Senator.",
    ]


def test_quotes_label_that_is_not_a_speaker() -> None:
    text = "UPDATE: The vote was moved to Tuesday after a delay in the chamber.\n\nMore later."
    assert quotes_of(text)[1] == []


def test_quotes_attributed_headline() -> None:
    text = (
        "Sanders: Clinton needs to stop talking about personality\n\n"
        "Senator Bernie Sanders spoke in Ohio on Sunday."
    )
    (quote,) = [q for q in quotes_of(text)[1] if q.speaker is not None]
    assert (quote.kind, quote.speaker.text, quote.content.text) == (
        "indirect",
        "Sanders",
        "Clinton needs to stop talking about personality",
    )


def test_quotes_horizontal_bar_attribution() -> None:
    text = "“He has no plan for the economy and no plan for the border.” ― Carla Mendes"
    (quote,) = quotes_of(text)[1]
    assert quote.speaker is not None and quote.speaker.text == "Carla Mendes"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Warren wants to double the budget of the Peace Corps.",
            "Warren",
            "to double the budget of the Peace Corps",
        ),
        (
            "The senator declined to comment on the audit.",
            "The senator",
            "to comment on the audit",
        ),
        (
            "Democrats called the citation a transparent political ploy.",
            "Democrats",
            "the citation a transparent political ploy",
        ),
        (
            "Mr. Obama told his advisers to find a way around Congress.",
            "Obama",
            "his advisers to find a way around Congress",
        ),
        (
            "Taxes on the middle class would rise, according to the Tax Foundation, a "
            "research group in Washington.",
            "the Tax Foundation",
            "Taxes on the middle class would rise",
        ),
    ],
)
def test_quotes_stance_naming_directive_and_according_to(
    text: str, speaker: str, content: str
) -> None:
    (quote,) = quotes_of(text)[1]
    assert (speaker_text(quote), quote.content.text) == (speaker, content)


def test_quotes_split_quote_shares_its_cue() -> None:
    text = "“We are not done,” she said. “The work starts now.”"
    first, second = quotes_of(text)[1]
    assert first.cue is not None and second.cue == first.cue


def test_quotes_clause_with_a_quoted_part_is_mixed() -> None:
    text = "Pelosi says this means the company “may never have paid its share” in state levies."
    (quote,) = quotes_of(text)[1]
    assert quote.kind == "mixed"
    assert quote.content.text == (
        "this means the company “may never have paid its share” in state levies"
    )


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "“Can anyone tell me what this budget is for?” Mitchell asked. “I cannot.”",
            "Mitchell",
            "asked",
        ),
        (
            "As Nadia Karimi, a pension adviser, once put it, “Is this a savings plan "
            "or a lottery ticket?”",
            "Nadia Karimi",
            "put",
        ),
    ],
)
def test_quotes_cue_in_its_own_short_sentence_or_put_it(text: str, speaker: str, cue: str) -> None:
    quote = quotes_of(text)[1][0]
    assert quote.speaker is not None and quote.speaker.text == speaker
    assert quote.cue is not None and quote.cue.text.split()[0] == cue


def test_quotes_inverted_cue_whose_parse_points_inside_the_quote() -> None:
    text = (
        "“Let me say this to the families: we will find whoever did this,” "
        "Leeds police Chief Anna Marsh said Monday."
    )
    (quote,) = quotes_of(text)[1]
    assert quote.speaker is not None and quote.speaker.text == "Anna Marsh"


def test_quotes_speaker_restating_himself_is_one_attribution() -> None:
    text = "Senator Ruth Hale said she did not think those adverts cost Lowe the race in 2014."
    (quote,) = quotes_of(text)[1]
    assert quote.speaker is not None and quote.speaker.text == "Ruth Hale"
    assert quote.content.text == "she did not think those adverts cost Lowe the race in 2014"


def test_quotes_relative_who_speaks_for_its_antecedent() -> None:
    _, (quote,) = quotes_of(
        "The contractor Tom Reilly, who said he was never paid for the work, sued the firm."
    )
    assert quote.speaker is not None and quote.speaker.text == "who"
    assert quote.speaker_name == "Tom Reilly"
    assert quote.content.text == "he was never paid for the work"


def test_quotes_reported_clause_ends_before_the_writers_addition() -> None:
    (quote,) = quotes_of(
        "Dr. Amin said he expects the mayor to recover from the flu, which kept her "
        "away from the council."
    )[1]
    assert quote.content.text == "he expects the mayor to recover from the flu"


def test_quotes_closing_cue_covers_its_paragraph() -> None:
    text = (
        "The company restores wetlands. Marshes lock away methane for decades. "
        "A hectare can hold 90 tons of carbon, Ms. Okafor said.\n\nShares rose."
    )
    (quote,) = quotes_of(text)[1]
    assert quote.content.text.startswith("The company restores wetlands.")
    assert quote.content.text.endswith("90 tons of carbon")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Mendez called on Walsh to stop insulting the nurses and resign.",
            "Mendez",
            "Walsh to stop insulting the nurses and resign",
        ),
        (
            "Ms. Ortiz has also called for quickly scrapping the fuel subsidy.",
            "Ortiz",
            "quickly scrapping the fuel subsidy",
        ),
        (
            "Kerry urged North Korea to resume the talks it abandoned in 2009.",
            "Kerry",
            "North Korea to resume the talks it abandoned in 2009",
        ),
        (
            "Democrats blasted the committee for failing to act sooner.",
            "Democrats",
            "the committee for failing to act sooner",
        ),
        (
            "Trump accused her of being asleep when the calls came in.",
            "Trump",
            "being asleep when the calls came in",
        ),
        (
            "Republicans have expressed concern that the change could lead to fraud.",
            "Republicans",
            "that the change could lead to fraud",
        ),
        ("The senator proposed dropping the tax break.", "The senator", "dropping the tax break"),
    ],
)
def test_quotes_calls_criticism_accusations_and_concerns(
    text: str, speaker: str, content: str
) -> None:
    quote = only_quote(text)
    assert quote.kind == "indirect"
    assert (speaker_text(quote), quote.content.text) == (speaker, content)


def test_quotes_relative_which_speaks_for_its_organisation() -> None:
    text = "Trade notes\n\nThe ministry, which said the tariffs would stay in place, declined to comment."
    _, quotes = quotes_of(text)
    reported = next(q for q in quotes if q.content.text == "the tariffs would stay in place")
    assert reported.speaker is not None and reported.speaker.text == "which"
    assert reported.speaker_name is not None and "ministry" in reported.speaker_name.lower()


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The senator described the bill as a betrayal of voters.",
            "The senator",
            "the bill as a betrayal of voters",
        ),
        (
            "Clinton cited the remarks as examples of his disrespect.",
            "Clinton",
            "the remarks as examples of his disrespect",
        ),
        (
            "Another 23 percent said they had not decided yet.",
            "Another 23 percent",
            "they had not decided yet",
        ),
        (
            "A chorus of Labour MPs has said the party must change course.",
            "A chorus of Labour MPs",
            "the party must change course",
        ),
        (
            "The fund warned that the merger would cost thousands of jobs.",
            "The fund",
            "that the merger would cost thousands of jobs",
        ),
    ],
)
def test_quotes_descriptions_shares_of_people_and_groups(
    text: str, speaker: str, content: str
) -> None:
    assert speaker_and_content(text) == (speaker, content)


def test_quotes_two_subjects_the_nearest_speaker_speaks() -> None:
    text = "Savings guide\n\nTHE MORTGAGE Long before he retired, Mr. Lane said that he saw renting as a trap."
    _, quotes = quotes_of(text)
    (quote,) = quotes
    assert quote.speaker is not None and quote.speaker.text == "Lane"
    assert quote.content.text == "that he saw renting as a trap"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "As many tax experts have pointed out, the senator is free to publish his returns.",
            "many tax experts",
            "the senator is free to publish his returns",
        ),
        (
            "The senator is free to publish his returns, as many tax experts have pointed out.",
            "many tax experts",
            "The senator is free to publish his returns",
        ),
        (
            "He pitched himself to voters by telling them that the plant would reopen.",
            "He",
            "that the plant would reopen",
        ),
    ],
)
def test_quotes_as_asides_and_gerund_cues(text: str, speaker: str, content: str) -> None:
    assert speaker_and_content(text) == (speaker, content)


def test_quotes_as_clause_of_time_is_no_quote() -> None:
    _, quotes = quotes_of("Markets\n\nAs the economy slowed, the bank cut rates.")
    assert quotes == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "According to Tom Reyes, the move smacks of panic.",
            "Tom Reyes",
            "the move smacks of panic.",
        ),
        # the parse takes "According" for the sentence's verb
        (
            "According to conservative pundit Ann Coulter, the move reeks of “panic” and despair.",
            "Ann Coulter",
            "the move reeks of “panic” and despair.",
        ),
        (
            "The richest households would gain the most, according to the right-leaning Budget Institute.",
            "Budget Institute",
            "The richest households would gain the most",
        ),
        (
            "The host repeatedly demeaned contestants, according to show insiders.",
            "show insiders",
            "The host repeatedly demeaned contestants",
        ),
    ],
)
def test_quotes_according_to_cue_and_source(text: str, speaker: str, content: str) -> None:
    quote = only_quote(text)
    assert quote.cue is not None and quote.cue.text.lower() == "according to"
    assert (speaker_text(quote), quote.content.text) == (speaker, content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor said the budget was balanced, although the auditors disagreed.",
            "the budget was balanced",
        ),
        (
            "The minister said the talks would resume in May; no date has been set.",
            "the talks would resume in May",
        ),
        (
            "Greens criticized the new bypass, which cuts through a wetland.",
            "the new bypass",
        ),
    ],
)
def test_quotes_content_stops_before_the_writers_additions(text: str, content: str) -> None:
    quote = only_quote(text)
    assert quote.content.text == content


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a lead-in before a colon or a semicolon is the writer's, not what was said
        (
            "The ruling set off a new row on Monday: Greens said they were sure the court had erred.",
            "Greens",
            "they were sure the court had erred",
        ),
        (
            "It is an unlikely scenario; the mayor's team says she will return to work next week.",
            "the mayor's team",
            "she will return to work next week",
        ),
        (
            "Writing for a panel that all agreed Kaine won, Ann Lee noted that his calm was key.",
            "Ann Lee",
            "that his calm was key",
        ),
        # people described, not named
        ("Those close to him say he will run again.", "Those", "he will run again"),
        ("Some say the deal is already dead.", "Some", "the deal is already dead"),
        # the tagger takes the clause's verb for an adjective; its subject makes it a clause
        (
            "However, 58 percent said the mayor was “justified” in keeping her illness private.",
            "58 percent",
            "the mayor was “justified” in keeping her illness private",
        ),
        (
            "A review panel in 2019 found the city was in breach of the contract.",
            "A review panel in 2019",
            "the city was in breach of the contract",
        ),
        (
            "The woman said the shelter had turned her away.",
            "The woman",
            "the shelter had turned her away",
        ),
        (
            "His running mate said the tax plan was fair.",
            "His running mate",
            "the tax plan was fair",
        ),
        (
            "The IMF pointed to the vote as an example of rising hostility to trade.",
            "IMF",
            "the vote as an example of rising hostility to trade",
        ),
    ],
)
def test_quotes_clause_choice_and_described_speakers(text: str, speaker: str, content: str) -> None:
    assert speaker_and_content(text) == (speaker, content)


def test_quotes_those_alone_is_no_speaker() -> None:
    assert quotes_of("Capitol notebook\n\nThose show a decline in sales.")[1] == []


def test_quotes_a_claim_is_its_owners() -> None:
    text = "City hall\n\nMayor Ann Holt spoke on Monday. Reporters seized on her claim that crime had doubled."
    (quote,) = quotes_of(text)[1]
    assert (quote.kind, quote.content.text) == ("indirect", "that crime had doubled")
    assert quote.cue is not None and quote.cue.text == "claim"
    assert quote.speaker_name == "Ann Holt"


def test_quotes_a_claim_without_owner_is_nobodys() -> None:
    text = "City hall\n\nThe claim that crime had doubled spread online."
    assert quotes_of(text)[1] == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The judge ruled that the ban must stay in place.",
            "ruled",
            "that the ban must stay in place",
        ),
        (
            "The senator charged that the count had been rigged.",
            "charged",
            "that the count had been rigged",
        ),
        (
            "Several mayors echoed her concerns about the cuts.",
            "echoed",
            "her concerns about the cuts",
        ),
    ],
)
def test_quotes_rulings_charges_and_echoes(text: str, cue: str, content: str) -> None:
    assert cue_and_content(text) == (cue, content)


def test_quotes_charged_with_a_crime_reports_nothing() -> None:
    assert quotes_of("Court news\n\nThe driver was charged with theft on Monday.")[1] == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Okafor endorsed the mayor for a second term.", "endorsed", "the mayor for a second term"),
        (
            "Tom Mills compared the new levy to a tax on bread.",
            "compared",
            "the new levy to a tax on bread",
        ),
        (
            "Diaz blamed the flooding on years of neglect.",
            "blamed",
            "the flooding on years of neglect",
        ),
        (
            "The council considers the tower a danger to residents.",
            "considers",
            "the tower a danger to residents",
        ),
        (
            "Maria Ruiz feels that the vote was rigged from the start.",
            "feels",
            "that the vote was rigged from the start",
        ),
        (
            "The board decided to close the plant in Leeds.",
            "decided",
            "to close the plant in Leeds",
        ),
        (
            "The manager called for junior players to wear lighter boots.",
            "called",
            "junior players to wear lighter boots",
        ),
        (
            "The senator has railed against the tax breaks for oil firms.",
            "has railed",
            "the tax breaks for oil firms",
        ),
        ("Diaz outlined her plan for the harbour.", "outlined", "her plan for the harbour"),
        (
            "Maria Ruiz suspects the losses came from tax breaks.",
            "suspects",
            "the losses came from tax breaks",
        ),
        (
            "She notes that two forces are at work: rents rise and banks lend.",
            "notes",
            "that two forces are at work: rents rise and banks lend",
        ),
        (
            "Hillary Clinton spoke about her years as a teacher.",
            "spoke",
            "her years as a teacher",
        ),
        (
            "Donald Trump has commented on the death of the driver.",
            "has commented",
            "the death of the driver",
        ),
        ("Two surveys show a tight race in the county.", "show", "a tight race in the county"),
        (
            "Bernie Sanders offered some blunt advice to the mayor.",
            "offered",
            "some blunt advice",
        ),
        ("Tom Reyes said the same thing.", "said", "the same thing"),
        (
            "The manager encouraged his players to rest on Sunday.",
            "encouraged",
            "his players to rest on Sunday",
        ),
        (
            "The minister has said little about the tender process.",
            "has said",
            "the tender process",
        ),
        ("The rector was asked about the missing funds.", "was asked", "the missing funds"),
        (
            "Maria Lopez agreed to a long interview with the paper.",
            "agreed",
            "a long interview with the paper",
        ),
        (
            "The board decided against raising the fees this year.",
            "decided",
            "raising the fees this year",
        ),
        # a list of actions hung on the cue is all of the content
        (
            "Maria Lopez wants to double the size of the fleet, expand the ferry service and build a new pier.",
            "wants",
            "to double the size of the fleet, expand the ferry service and build a new pier",
        ),
        (
            "Surveys show the mayor with a lead of about four points.",
            "show",
            "the mayor with a lead of about four points",
        ),
        # a clause the parse hangs on the verb but that describes its object
        (
            "Lee mentioned remarks the mayor had made about the budget as proof of his disdain.",
            "mentioned",
            "remarks the mayor had made about the budget as proof of his disdain",
        ),
    ],
)
def test_quotes_positions_taken_on_an_object(text: str, cue: str, content: str) -> None:
    assert cue_and_content(text) == (cue, content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a second reporting verb joined to the clause is the speaker's next statement
        (
            "The senator said she would fund the port and warned against delays in the harbour.",
            "she would fund the port",
        ),
        (
            "The test, the ministry said, was its largest yet, although it may take days to confirm.",
            "The test, the ministry said, was its largest yet",
        ),
        (
            "The mayor, she added, would veto the budget, implicitly staking her career on it.",
            "The mayor, she added, would veto the budget",
        ),
    ],
)
def test_quotes_content_stops_before_a_second_statement_or_an_aside(
    text: str, content: str
) -> None:
    _, quotes = quotes_of("Capitol notebook\n\n" + text)
    assert quotes[0].content.text == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Many farmers are afraid that the harvest will fail.",
            "are afraid",
            "that the harvest will fail",
        ),
        (
            "Some unions were willing to move ahead with a shorter strike.",
            "were willing",
            "to move ahead with a shorter strike",
        ),
        (
            "She was sure the council would pass the budget.",
            "was sure",
            "the council would pass the budget",
        ),
        (
            "Investors weren't too worried about the change of chief.",
            "weren't too worried",
            "the change of chief",
        ),
        (
            "Senator Ortiz is a fierce opponent of the new tax.",
            "is a fierce opponent",
            "the new tax",
        ),
        ("Senator Ortiz is against the new levy.", "is against", "the new levy"),
        # a short object names who or what the stance is about
        ("Senator Ortiz has been critical of Germany for months.", "has been critical", "Germany"),
        ("Senator Ana Ortiz endorsed Hillary Clinton on Friday.", "endorsed", "Hillary Clinton"),
        ("A group of doctors is calling for his dismissal.", "is calling", "his dismissal"),
        ("The premier has promised a veto.", "has promised", "a veto"),
        ("The senator declined to comment.", "declined", "to comment"),
        (
            "The mayor's remarks about the dock strike angered the unions.",
            "remarks",
            "the dock strike",
        ),
        ("The mayor made the case that the levy is unfair.", "made", "that the levy is unfair"),
        ("The council made a strong condemnation of the attack.", "made", "the attack"),
        (
            "Senator Ham made it clear he had misgivings about the plan.",
            "made",
            "he had misgivings about the plan",
        ),
        ("The senator voted against the farm bill.", "voted", "the farm bill"),
        ("The latest poll indicates a tightening race.", "indicates", "a tightening race"),
        ("Many voters see the levy as a tax on the poor.", "see", "the levy as a tax on the poor"),
        (
            "A federal court ruled against the purge of voter rolls.",
            "ruled",
            "the purge of voter rolls",
        ),
        (
            "Many growers have reservations about the trade deal.",
            "have",
            "the trade deal",
        ),
        # an owned intention is its owner's
        (
            "The mayor's decision to close the port angered the unions.",
            "decision",
            "to close the port",
        ),
    ],
)
def test_quotes_stances_after_be_short_named_objects_and_intentions(
    text: str, cue: str, content: str
) -> None:
    assert cue_and_content(text) == (cue, content)


def test_quotes_a_short_object_that_names_nothing_is_no_position() -> None:
    assert quotes_of("Capitol notebook\n\nThe senator endorsed it.")[1] == []


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "Ortiz Vows To Close Loopholes For Landlords\n\n"
            "Senator Ana Ortiz spoke in Ohio on Monday.",
            "Ortiz",
            "Vows",
            "To Close Loopholes For Landlords",
        ),
        (
            "Port Strike Will Spread, Union Leader Says\n\nDockers walked out on Monday.",
            "Union Leader",
            "Says",
            "Port Strike Will Spread",
        ),
    ],
)
def test_quotes_headline_in_title_case_with_a_reporting_verb(
    text: str, speaker: str, cue: str, content: str
) -> None:
    _, quotes = quotes_of(text)
    headline = quotes[0]
    assert speaker_text(headline) == speaker
    assert headline.cue is not None and headline.cue.text == cue
    assert headline.content.text == content
    assert all(q.cue is None or q.cue.text != cue for q in quotes[1:])  # found once


def test_quotes_headline_reports_only_its_quoted_words() -> None:
    text = "Mayor Holt Pledges ‘A Fair Deal For Dockers’ After Strike\n\nMayor Ann Holt spoke on Tuesday."
    headline = quotes_of(text)[1][0]
    assert headline.content.text == "‘A Fair Deal For Dockers’"


def test_quotes_quote_before_its_cue_stays_direct_whatever_follows() -> None:
    quote = only_quote(
        "''We have shown the league we can run like deer,'' Coach Ray Ellis said, "
        "not even needing to name the rival he meant."
    )
    assert quote.kind == "direct"
    assert quote.content.text == "We have shown the league we can run like deer"


def test_quotes_headline_without_a_speaker_is_no_quote() -> None:
    assert quotes_of("Tax Plan Is Expansive But Complex\n\nThe plan runs to 90 pages.")[1] == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The ministry issued a statement calling for an immediate ceasefire.",
            "The ministry",
            "an immediate ceasefire",
        ),
        (
            "The senators met the envoy to discuss the missile test.",
            "The senators",
            "the missile test",
        ),
    ],
)
def test_quotes_speakers_of_statements_and_purposes(text: str, speaker: str, content: str) -> None:
    assert speaker_and_content(text) == (speaker, content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a parenthetical cue: the clause it interrupts, with the quoted words in it
        (
            "The tariffs his country wields, he added, are like ''swords that cut both ways.''",
            "The tariffs his country wields, he added, are like ''swords that cut both ways.''",
        ),
        # a verb of position whose object holds the quoted words
        (
            'Governor Lee praised Ms. Park for helping draft "bold and practical plans for the harbour."',
            'Ms. Park for helping draft "bold and practical plans for the harbour."',
        ),
    ],
)
def test_quotes_quoted_words_inside_what_a_cue_reports_are_mixed(text: str, content: str) -> None:
    quote = only_quote(text)
    assert quote.kind == "mixed"
    assert quote.content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Maria Ruiz said he did not back Mr. Hale, the presumed party favorite.",
            "he did not back Mr. Hale",
        ),
        (
            "Experts say funds would be better used in a pact with Canada, the partner that buys most of the ore.",
            "funds would be better used in a pact with Canada",
        ),
    ],
)
def test_quotes_content_stops_before_a_closing_apposition(text: str, content: str) -> None:
    assert only_quote(text).content.text == content


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The billing error was first reported by The Boston Globe.",
            "The Boston Globe",
            "The billing error",
        ),
        (
            "Governor Hale is supported by fewer unions this year.",
            "fewer unions",
            "Governor Hale",
        ),
    ],
)
def test_quotes_passive_with_its_doer(text: str, speaker: str, content: str) -> None:
    assert speaker_and_content(text) == (speaker, content)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The city of Leeds is demanding that the club repay the loan.",
            "The city of Leeds",
            "that the club repay the loan",
        ),
        (
            "Everyone on the panel said the levy was unfair.",
            "Everyone",
            "the levy was unfair",
        ),
        (
            "Both agreed that the talks should resume in May.",
            "Both",
            "that the talks should resume in May",
        ),
    ],
)
def test_quotes_places_institutions_and_people_pronouns_speak(
    text: str, speaker: str, content: str
) -> None:
    assert speaker_and_content(text) == (speaker, content)


def test_quotes_block_quote_after_a_cue_and_a_colon() -> None:
    text = (
        "Port notebook\n\nMayor Ann Holt added:\n\n"
        "The dockers will get a fair deal. Nobody will lose a job.\n\nTalks resume on Monday."
    )
    (quote,) = quotes_of(text)[1]
    assert (quote.kind, speaker_text(quote)) == ("direct", "Ann Holt")
    assert quote.content.text == "The dockers will get a fair deal. Nobody will lose a job."


def test_quotes_lemma_the_small_model_clips_is_mended() -> None:
    from dateline.extract.quotes.content import lemma
    from dateline.nlp import load_pipeline
    from dateline.settings import DEFAULT_MODEL

    doc = load_pipeline(DEFAULT_MODEL)("The union is hoping to settle.")
    assert [lemma(t) for t in doc if t.lower_ == "hoping"] == ["hope"]


def test_quotes_seeing_without_casting_states_nothing() -> None:
    assert quotes_of("Capitol notebook\n\nMany voters saw the film on Friday night.")[1] == []


def test_quotes_cue_whose_words_hold_the_quote_outranks_a_nearer_verb_of_speech() -> None:
    _, quotes = quotes_of(
        "Capitol notebook\n\nMaria Lopez is questioning the count again, encouraging her voters "
        "to watch the polls to make sure the vote is “fair and square for everyone.”"
    )
    held = [q for q in quotes if "fair and square" in q.content.text]
    assert [(q.kind, q.cue.text if q.cue else None) for q in held] == [("mixed", "encouraging")]
    assert any(q.cue is not None and q.cue.text == "is questioning" for q in quotes)
