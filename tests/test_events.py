"""Events against an article of Wednesday 2021-03-10."""

from __future__ import annotations

import pytest

from dateline import analyze
from dateline.extract.entities.known_groups import actor_code
from dateline.extract.events.cameo import cameo_codes, quad_class
from dateline.extract.events.find import triggers
from dateline.model import Analysis, Entity, Event


def events_of(text: str) -> tuple[Analysis, list[Event]]:
    analysis = analyze(text, published="2021-03-10", verbatim=True)
    return analysis, analysis.events


def countries(analysis: Analysis, ids: list[str]) -> list[str | None]:
    by_id = {e.id: e.country for e in analysis.entities}
    return [by_id[i] for i in ids]


@pytest.mark.parametrize(
    ("text", "type_", "code", "goldstein", "sources", "targets"),
    [
        (
            "Washington imposed sanctions on three Iranian banks.",
            "SANCTION",
            "160",  # 163 "Impose embargo, boycott, or sanctions" is COERCE in PLOVER's table
            -4.0,
            ["USA"],
            ["IRN"],
        ),
        ("Ankara agreed to buy more gas from Baku.", "AGREE", "030", 4.0, ["TUR"], ["AZE"]),
        (
            "Turkish troops attacked Kurdish positions in Syria.",
            "ASSAULT",
            "190",  # "Use conventional military force": the dictionary's "&military *"
            -10.0,
            ["TUR"],
            ["SYR"],
        ),
        ("Germany condemned the Russian attack.", "ACCUSE", "111", -2.0, ["DEU"], []),
        ("Iran rejected the European proposal.", "REJECT", "120", -4.0, ["IRN"], []),
        ("France praised the Italian government.", "SUPPORT", "051", 3.4, ["FRA"], []),
        ("Egypt released two Israeli prisoners.", "RETREAT", "0841", 7.0, ["EGY"], []),
    ],
)
def test_events_coded_with_actors(
    text: str,
    type_: str,
    code: str,
    goldstein: float,
    sources: list[str],
    targets: list[str | None],
) -> None:
    analysis, events = events_of(text)
    event = events[0]
    assert (event.type, event.cameo_code, event.cameo) == (type_, code, code[:2])
    assert event.goldstein == goldstein
    assert event.quad_class == quad_class(code)
    assert countries(analysis, event.sources) == sources
    assert countries(analysis, event.targets)[: len(targets)] == targets


def test_events_coordinated_and_nationality_actors() -> None:
    analysis, (event,) = events_of(
        "Senior Czech and Slovak officials agreed on a new rail timetable."
    )
    assert countries(analysis, event.sources) == ["CZE", "SVK"]
    analysis, events = events_of(
        "The foreign ministers of Turkey and Greece will meet in Geneva on Friday."
    )
    assert countries(analysis, events[0].sources) == ["TUR", "GRC"]


def test_events_planned_meeting_on_a_weekday() -> None:
    analysis, (event,) = events_of(
        "The foreign ministers of Turkey and Greece will meet in Geneva on Friday."
    )
    assert (event.type, event.modality, event.date) == ("CONSULT", "planned", "2021-03-12")
    place = next(e for e in analysis.entities if e.id == event.place)
    assert place.name == "Geneva"


def test_events_purchase_reported_by_unnamed_official() -> None:
    analysis, (buy,) = events_of(
        "An unnamed official said Turkey had agreed to buy more gas from Azerbaijan."
    )
    # An agreement to buy is one event, coded at "agreed" as CAMEO 03 (intent to cooperate).
    assert (buy.type, buy.trigger.text, buy.modality) == ("AGREE", "agreed", "reported")
    assert buy.attributed_to is not None
    quote = next(q for q in analysis.quotes if q.id == buy.attributed_to)
    assert quote.speaker is not None and quote.speaker.text == "An unnamed official"
    assert countries(analysis, buy.sources) == ["TUR"]
    assert countries(analysis, buy.targets) == ["AZE"]


@pytest.mark.parametrize(
    ("text", "modality", "type_"),
    [
        ("Turkey did not agree to the proposal.", "negated", "AGREE"),
        (
            "If the talks fail, Russia could cut gas supplies to Ukraine.",
            "hypothetical",
            "SANCTION",
        ),
        ("Austria has said it will support the motion.", "reported", "AGREE"),
        (
            "The Nigerian government said it would withdraw its troops from Chad.",
            "reported",
            "AGREE",
        ),
        (
            # the dictionary's pattern of the object: boycotting meetings rejects them (125)
            "Syrian opposition leaders said they would boycott every meeting with Russia.",
            "reported",
            "REJECT",
        ),
    ],
)
def test_events_modality_and_intent(text: str, modality: str, type_: str) -> None:
    _, events = events_of(text)
    assert (events[0].modality, events[0].type) == (modality, type_)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Workers in France went on strike over pensions.", "PROTEST"),
        ("Israeli police opened fire on the crowd.", "ASSAULT"),
    ],
)
def test_events_strike_and_fire(text: str, type_: str) -> None:
    _, events = events_of(text)
    assert events[0].type == type_


def test_events_no_actor_no_event() -> None:
    assert events_of("The meeting was described as productive.")[1] == []


def test_events_trigger_lexicon_is_valid() -> None:
    plover = {
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    }
    for lemma, codings in triggers().items():
        for trigger in codings:
            assert trigger.type in plover, lemma
            assert trigger.cameo in cameo_codes(), lemma
        open_rows = [t for t in codings[:-1] if not (t.objects or t.when)]
        assert not open_rows, f"{lemma}: only the last coding may apply everywhere"


def test_events_one_event_with_all_its_mentions() -> None:
    _, events = events_of(
        "The foreign ministers of Turkey and Greece will meet in Geneva on Friday. The talks "
        "will focus on maritime borders. Officials said the meeting could last two days."
    )
    (meeting,) = events
    assert meeting.type == "CONSULT"
    assert [m.text for m in meeting.mentions] == ["meet", "talks", "meeting"]
    assert [m.start for m in meeting.mentions] == [48, 78, 135]


def test_events_same_actors_on_other_days_are_other_events() -> None:
    _, events = events_of(
        "Russia attacked Ukraine on Monday. Russia attacked Ukraine again on Tuesday."
    )
    assert [e.date for e in events] == ["2021-03-08", "2021-03-09"]


def test_events_repeated_report_of_one_event_is_one_record() -> None:
    _, events = events_of(
        "Turkey and Greece will meet on Friday. Greece and Turkey will meet in Geneva on Friday."
    )
    (meeting,) = events
    assert [m.text for m in meeting.mentions] == ["meet", "meet"]
    assert meeting.place is not None


def test_events_mention_without_an_earlier_event_is_no_event() -> None:
    assert events_of("The talks will focus on maritime borders.")[1] == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # no time expression of its own: no date (the article keeps its publication day)
        ("Washington imposed sanctions on three Iranian banks.", None),
        ("Washington has imposed sanctions on three Iranian banks.", None),
        ("Washington will impose sanctions on three Iranian banks.", None),
        ("Washington imposed sanctions on three Iranian banks last month.", "2021-02"),
        ("Russia shelled Kharkiv on Tuesday, killing 12 people.", "2021-03-09"),
        # the day dates the saying, not what is said will happen
        ("Ukraine said on Tuesday that Russia will attack Odesa.", None),
    ],
)
def test_events_date_only_from_a_time_of_the_events_clause(text: str, date: str | None) -> None:
    assert events_of(text)[1][0].date == date


def test_events_participle_clause_shares_its_verbs_date() -> None:
    _, (shelled, killing) = events_of("Russia shelled Kharkiv on Tuesday, killing 12 people.")
    assert (shelled.trigger.text, killing.trigger.text) == ("shelled", "killing")
    assert shelled.date == killing.date == "2021-03-09"


def test_events_place_from_the_dateline() -> None:
    analysis = analyze(
        "GENEVA (Example Wire) — Turkey signed a grain accord with Ukraine. Officials in "
        "Geneva welcomed the accord.",
        published="2021-03-10",
    )
    signed = analysis.events[0]
    assert signed.trigger.text == "signed"
    assert next(e.name for e in analysis.entities if e.id == signed.place) == "Geneva"


@pytest.mark.parametrize(
    ("text", "sources", "targets"),
    [
        ("Three Iranian banks were sanctioned by Washington on Monday.", ["USA"], ["IRN"]),
        ("Turkey and Greece met in Athens on Monday.", ["TUR", "GRC"], []),
        ("Zimbabwean Prime Minister Robert Mugabe accused the United States.", ["ZWE"], ["USA"]),
        ("Rwandan rebels demanded talks with Uganda.", ["RWA"], ["UGA"]),
    ],
)
def test_events_argument_shapes(text: str, sources: list[str], targets: list[str]) -> None:
    analysis, events = events_of(text)
    assert countries(analysis, events[0].sources) == sources
    assert countries(analysis, events[0].targets) == targets


@pytest.mark.parametrize(
    "text",
    [
        "The ambassador recalled in an interview that the talks had stalled.",
        "Ankara seeks to cut its reliance on Russian gas.",
        "Senator Jones backed off his earlier proposal.",
        "Governor Smith has been met with opposition.",
        "Mr Scott demonstrated an ambition for higher office.",
        "Britain warned that the deal would collapse.",
        "Brazil opened its archives to historians.",
    ],
)
def test_events_trigger_words_in_another_sense_code_nothing(text: str) -> None:
    assert events_of(text)[1] == []


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("France recalled its ambassador from Mali.", "SANCTION"),
        ("Russia cut gas supplies to Ukraine.", "SANCTION"),
        ("Hamas released two Italian hostages on Sunday.", "RETREAT"),
        ("Senator Jones attacked Ms Smith for her vote on the budget.", "ACCUSE"),
        ("Egypt opened its border with Gaza.", "RETREAT"),
    ],
)
def test_events_trigger_with_the_object_it_needs(text: str, type_: str) -> None:
    assert events_of(text)[1][0].type == type_


@pytest.mark.parametrize(
    "text",
    [
        "Moscow offered no aid to the rebels.",
        "Neither Ankara nor Athens signed the accord.",
    ],
)
def test_events_negated_by_no_or_neither(text: str) -> None:
    assert events_of(text)[1][0].modality == "negated"


@pytest.mark.parametrize(
    ("text", "type_", "sources", "targets"),
    [
        # A demand reported with "must": the one who says it demands it of the subject.
        (
            "Kenya said on Tuesday that Somalia must hand back the seized aircraft.",
            "REQUEST",
            ["KEN"],
            ["SOM"],
        ),
        # A refusal stated as a negated future.
        ("Syria says it will refuse more migrants from Iraq.", "REJECT", ["SYR"], ["IRQ"]),
        # A conditional intent is a threat.
        (
            "The Nigerian government will withdraw its troops from Chad unless the president agrees to a truce.",
            "THREATEN",
            ["NGA"],
            ["TCD"],
        ),
        ("Croatia lodged a formal protest with Slovenia.", "ACCUSE", ["HRV"], ["SVN"]),
        ("Ethiopia allowed UN inspectors into the country.", "RETREAT", ["ETH"], []),
        ("The Ivorian court allowed Alassane Ouattara to stand.", "CONCEDE", ["CIV"], []),
    ],
)
def test_events_coded_by_construction(
    text: str, type_: str, sources: list[str], targets: list[str]
) -> None:
    analysis, events = events_of(text)
    assert events[0].type == type_
    assert countries(analysis, events[0].sources) == sources
    assert countries(analysis, events[0].targets)[: len(targets)] == targets


@pytest.mark.parametrize(
    ("name", "country", "code"),
    [
        ("United Nations", None, "IGOUNO"),
        ("the U.N. Security Council", None, "IGOUNO"),
        ("Amnesty International", None, "NGOAMN"),
        ("International Labour Organization", None, "IGO"),
        ("Kenya", "KEN", "KEN"),
        ("Acme Corp", None, None),
    ],
)
def test_events_actor_codes(name: str, country: str | None, code: str | None) -> None:
    entity = Entity(id="e1", name=name, type="ORG", country=country)
    assert actor_code(entity) == code


def test_events_unnamed_group_acts_for_its_place() -> None:
    analysis, (clash,) = events_of("Protesters clashed with police in Lagos on Tuesday.")
    assert clash.type == "ASSAULT"
    assert countries(analysis, clash.sources) == ["NGA"]
    assert clash.place == clash.sources[0]
    assert clash.date == "2021-03-09"


def test_events_unnamed_group_without_a_place_is_no_event() -> None:
    assert events_of("Protesters clashed with police on Tuesday.")[1] == []


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Donald Trump attacked Alicia Machado in early-morning tweets.", "ACCUSE"),
        ("Russian forces attacked Ukrainian positions near Kharkiv.", "ASSAULT"),
        ("The Security Council pledged to impose further sanctions on North Korea.", "THREATEN"),
        ("Russia agreed to supply more gas to Hungary.", "AGREE"),
    ],
)
def test_events_words_intents_and_force(text: str, type_: str) -> None:
    assert events_of(text)[1][0].type == type_


@pytest.mark.parametrize(
    "text",
    [
        "Jordan said Republicans and the press are to blame for the shutdown.",
        "Senator Ruth Hale spoke at a rally in Iowa on Monday.",
    ],
)
def test_events_not_an_event_of_the_actor(text: str) -> None:
    assert [e.type for e in events_of(text)[1] if e.type in {"ACCUSE", "PROTEST"}] == []


def test_events_to_clause_of_a_request_is_done_by_its_object() -> None:
    analysis, events = events_of(
        "Jennifer Palmieri called on Donald Trump to stop attacking Ms. Machado."
    )
    by_type = {e.type: e for e in events}
    request = by_type["REQUEST"]
    names = {e.id: e.name for e in analysis.entities}
    assert [names[i] for i in request.sources] == ["Jennifer Palmieri"]
    assert all(
        names[i] != "Jennifer Palmieri" for e in events if e.type == "ACCUSE" for i in e.sources
    )


@pytest.mark.parametrize(
    "text",
    [
        "“This is a council that could tip either way,” said Maya Brooks.",
        "If Lowe wins, Oregon would hold the only open seat in the region.",
        "The agency warned county clerks to tighten their ballot security.",
    ],
)
def test_events_senses_that_are_no_meeting_or_threat(text: str) -> None:
    assert [e.type for e in events_of(text)[1] if e.type in {"CONSULT", "THREATEN"}] == []


def test_events_trigger_conditions_are_known() -> None:
    known = {"pos", "prep", "head", "mod", "prt", "dobj", "dative", "ccomp", "xcomp", "passive"}
    for lemma, codings in triggers().items():
        for trigger in codings:
            for condition in trigger.when:
                assert condition.lstrip("!").partition("=")[0] in known, (lemma, condition)


@pytest.mark.parametrize(
    ("text", "type_", "sources"),
    [
        ("Qatar launched a mediation effort between Bahrain and Egypt.", "CONSULT", ["QAT"]),
        (
            "French and Egyptian warships launched war games in the Mediterranean.",
            "COOPERATE",
            ["FRA", "EGY"],
        ),
        ("Greek police have opened an investigation into the fire.", "ACCUSE", ["GRC"]),
        (
            "The Kurdistan Workers' Party put out a statement demanding that Turkey free its jailed founder.",
            "REQUEST",
            ["TUR"],  # from the lexicon of national groups
        ),
        ("About 40,000 Syrian Kurds sought asylum in Sweden this spring.", "REQUEST", ["SYR"]),
        ("Afghan guerrillas blew up three power lines near Kabul.", "COERCE", ["AFG"]),
        ("A Canadian missionary was arrested in Lebanon on Monday.", "COERCE", ["LBN"]),
    ],
)
def test_events_more_constructions(text: str, type_: str, sources: list[str | None]) -> None:
    analysis, events = events_of(text)
    assert events[0].type == type_
    assert countries(analysis, events[0].sources) == sources


def test_events_a_bidding_is_no_event() -> None:
    text = "“Dear Tom, don't purchase one ballot beyond what you need,” his father wired."
    assert events_of(text)[1] == []


def test_events_an_avoided_act_is_negated() -> None:
    _, (event,) = events_of(
        "President Emmanuel Macron avoided condemning Russia's seizure of the port."
    )
    assert (event.type, event.modality) == ("ACCUSE", "negated")


@pytest.mark.parametrize(
    ("text", "type_", "targets"),
    [
        (
            "The PRC on Monday demanded that the US halt its arms deal with Taipei.",
            "REQUEST",
            ["USA"],
        ),
        ("Cairo demanded that Hamas free the hostages.", "REQUEST", ["PSE"]),
        ("Some 400 ethnic Hungarians rallied on Sunday in Slovakia.", "PROTEST", ["SVK"]),
        ("Turkish police imposed a curfew on the city of Diyarbakir.", "COERCE", ["TUR"]),
        # a place is the target only where the sentence names none
        ("Serbian students demonstrated in Belgrade against Russia.", "PROTEST", ["RUS"]),
        # an event noun's target is what it is "of", and "between" names both sides
        ("Spain announced a suspension of ferry links with Morocco.", "SANCTION", ["MAR"]),
        ("Israel mounted its invasion of South Lebanon.", "ASSAULT", ["LBN"]),
        (
            "Oman launched a mediation effort between Iran and Bahrain.",
            "CONSULT",
            ["IRN", "BHR"],
        ),
        # a protest presses whom its purpose names; a date beside an event noun is no target
        (
            "Tunisian teachers began a hunger strike to demand the removal of President Saied.",
            "PROTEST",
            ["TUN"],
        ),
        (
            "Spain announced on Wednesday a suspension of ferry links with Morocco.",
            "SANCTION",
            ["MAR"],
        ),
    ],
)
def test_events_targets_beyond_the_object(text: str, type_: str, targets: list[str]) -> None:
    analysis, events = events_of(text)
    assert events[0].type == type_
    assert countries(analysis, events[0].targets) == targets


@pytest.mark.parametrize(
    "text",
    [
        "The allies will move to demonstrate to Iran that its launches carry a cost.",
        "The Kremlin asked, “Why now, after a decade of silence?”",
        "Ukraine's power grid is under constant attack.",
        "Russia simulated an attack on the Swedish island of Gotland.",
        "Russia rehearsed a strike on the Swedish island of Gotland.",
        "The senator needs to sell herself to voters in Ohio.",
        "The port town of Galway tries to get back to normal.",
        "Russian military probing near the frontiers of the Nordic states grew.",
        "At the insurer 800 staff were fired for their role in the scheme.",
    ],
)
def test_events_words_that_look_like_acts_code_nothing(text: str) -> None:
    _, events = events_of(text)
    coded = {"PROTEST", "REQUEST", "ASSAULT", "COOPERATE", "RETREAT", "ACCUSE"}
    assert [e.type for e in events if e.type in coded] == []


@pytest.mark.parametrize(
    "text",
    [
        "After the 2005 bombings, Prime Minister Blair kept the country calm.",
        "If you put hurdles in front of the partnership, you are shooting yourself in the foot.",
    ],
)
def test_events_an_event_that_dates_a_clause_or_an_idiom_codes_no_assault(text: str) -> None:
    _, events = events_of(text)
    assert [e.type for e in events if e.type == "ASSAULT"] == []


@pytest.mark.parametrize(
    ("text", "sources", "targets"),
    [
        ("Hamas fired rockets at Israel.", ["PSE"], ["ISR"]),
        ("Israeli warplanes fired missiles at positions in Rafah.", ["ISR"], ["PSE"]),
    ],
)
def test_events_firing_weapons_is_an_assault(
    text: str, sources: list[str], targets: list[str]
) -> None:
    analysis, events = events_of(text)
    assert events[0].type == "ASSAULT"
    assert countries(analysis, events[0].sources) == sources
    assert countries(analysis, events[0].targets) == targets


@pytest.mark.parametrize(
    ("text", "sources", "targets"),
    [
        # a demand reported as what another must do, with no event word of its own
        (
            "The Canadian foreign minister said on Monday that Ghana and Togo must settle their "
            "border dispute.",
            ["CAN"],
            ["GHA", "TGO"],
        ),
        # the parse takes the participle for the subject of "said"
        (
            "The Red Crescent working in Yemen said Saudi forces must guarantee safe passage.",
            [None],
            ["SAU"],
        ),
        # a demand noun whose clause says what is demanded of whom
        (
            "The African Union repeated its demand that Uganda withdraw its troops.",
            ["IGO"],
            ["UGA"],
        ),
    ],
)
def test_events_demands_of_another(
    text: str, sources: list[str | None], targets: list[str]
) -> None:
    analysis, events = events_of(text)
    assert events[0].type == "REQUEST"
    codes = {e.id: actor_code(e) or e.country for e in analysis.entities}
    assert [codes[i] and codes[i][:3] for i in events[0].sources] == sources
    assert countries(analysis, events[0].targets) == targets


@pytest.mark.parametrize(
    ("text", "type_", "targets"),
    [
        # a threat falls on whoever its condition names
        (
            "Iran threatened to suspend the talks if Germany signs the new sanctions.",
            "THREATEN",
            ["DEU"],
        ),
        (
            "Chad threatened to launch a fresh offensive unless Niamey accepted its terms.",
            "THREATEN",
            ["NER"],
        ),
        # or on the place it would strike
        ("President Tshisekedi threatened to impose a curfew in Kinshasa.", "THREATEN", ["COD"]),
        # an easing with an object falls on its place, a resignation does not
        (
            "The Kenyan cabinet lifted the state of emergency in Mombasa on Friday.",
            "RETREAT",
            ["KEN"],
        ),
        ("Prime Minister Ana Reyes resigned in Lima on Friday.", "RETREAT", []),
        # whom a permission lets act
        (
            "Ghana's electoral commission decided to allow candidate John Mensah to stand.",
            "CONCEDE",
            ["GHA"],
        ),
        # what a protest is in protest of
        (
            "Bolivian miners started a hunger strike against Chile's new water law.",
            "PROTEST",
            ["CHL"],
        ),
    ],
)
def test_events_targets_of_threats_easings_permissions_and_protests(
    text: str, type_: str, targets: list[str]
) -> None:
    analysis, events = events_of(text)
    assert events[0].type == type_
    assert countries(analysis, events[0].targets) == targets


def test_events_an_armed_network_of_no_country_is_coded_img() -> None:
    analysis, events = events_of("Al-Qaeda's fighters attacked a Malian army post near Gao.")
    al_qaeda = next(e for e in analysis.entities if e.id == events[0].sources[0])
    assert actor_code(al_qaeda) == "IMG"


def test_events_an_organisation_is_named_before_its_owner() -> None:
    analysis, events = events_of(
        "Osama bin Laden's al-Qaeda network has threatened to strike Britain."
    )
    first = next(e for e in analysis.entities if e.id == events[0].sources[0])
    assert first.name == "al-Qaeda"


def test_events_a_crowd_of_a_nationality_acts_for_its_country() -> None:
    analysis, events = events_of("Thousands of Syrian Kurds marched through Qamishli on Sunday.")
    assert "SYR" in countries(analysis, events[0].sources)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor largely agreed with her deputy.",
        "Veterans were killing themselves at twice the rate of civilians.",
    ],
)
def test_events_shared_opinions_and_suicides_are_no_events(text: str) -> None:
    assert events_of(text)[1] == []


def test_events_negation_on_the_auxiliary_makes_a_refusal() -> None:
    _, events = events_of("Japan does not and will never accept Russia's claim, he said.")
    assert (events[0].type, events[0].modality) == ("REJECT", "reported")


def test_events_a_condition_is_hypothetical_even_when_reported() -> None:
    _, events = events_of("“We will sign if Iran agrees to the terms,” Kerry said.")
    agreed = next(e for e in events if e.trigger.text == "agrees")
    assert agreed.modality == "hypothetical"
    assert agreed.attributed_to is not None


def test_events_a_vow_to_punish_is_a_threat() -> None:
    _, events = events_of("Putin vowed to punish Ukraine for the attack.")
    assert events[0].type == "THREATEN"


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Washington has promised a veto of the resolution.", ["THREATEN"]),
        ("Russia cast a veto on the resolution.", ["REJECT"]),
        # the subject of "suffered" is struck, so no one is named as striking
        ("Last weekend Kenya once again suffered attacks on its border posts.", []),
    ],
)
def test_events_promised_vetoes_and_suffered_attacks(text: str, types: list[str]) -> None:
    assert [e.type for e in events_of(text)[1]] == types


def test_events_an_event_noun_after_with_is_not_the_subjects() -> None:
    assert events_of("The minister was met with protests in Lagos.")[1] == []
    assert events_of("He interrupted her constantly with protests.")[1] == []


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said the minister's speech should lift the party's poll numbers.",
        "“He's not demonstrated, so far, a wish for higher office,” said Kidd.",
    ],
)
def test_events_forecasts_and_shown_ambitions_are_no_events(text: str) -> None:
    assert events_of(text)[1] == []


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Japan pledged aid to Haiti.", ["AGREE"]),
        ("Turkey promised to withdraw its troops from Syria.", ["AGREE"]),
        ("France pledged that it would send troops to Mali.", ["AGREE"]),
        # a promise to voters or an offered opinion is no intent toward another actor
        ("The senator is promising lower taxes and more jobs.", []),
        ("The minister offered insights into the budget.", []),
        ("Moscow offered no proof of the plot.", []),
    ],
)
def test_events_promises_and_offers_need_an_act_or_a_thing_given(
    text: str, types: list[str]
) -> None:
    assert [e.type for e in events_of(text)[1]] == types


def test_events_avoided_even_when_the_parse_takes_the_verb_for_a_noun() -> None:
    _, events = events_of(
        "Orban avoids condemning Moscow’s seizure of the port, including its raids."
    )
    assert [e.modality for e in events if e.type == "ACCUSE"] == ["negated"]


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Kenyan exports met the government's target.", []),  # no meeting
        ("Angela Merkel met the French president in Paris.", ["CONSULT"]),
        ("The Kenyan president met Ugandan officials in Kampala.", ["CONSULT"]),
        ("Turkey is buying rockets and shells from Iran.", ["COOPERATE"]),
        ("Adam Neumann bought properties in Manhattan.", []),  # business, no dealing
        ("Egypt sold two patrol boats to Libya.", ["COOPERATE"]),
        ("Benchmark Treasury notes rose to yield 1.8 percent.", []),  # a rate, no yielding
        ("The Kenyan government yielded to pressure from Uganda.", ["CONCEDE"]),
        ("Europe must be able to defend itself, Macron said.", []),  # arms, not words
        ("NASA aims to establish a presence on the moon by 2028.", []),
        ("Cleveland's Larry Ogunjobi received a one-game suspension.", []),  # he is sanctioned
    ],
)
def test_events_senses_of_trade_meeting_yielding_and_defence(text: str, types: list[str]) -> None:
    assert [e.type for e in events_of(text)[1]] == types


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Germany is unlikely to agree to the French plan.", "hypothetical"),
        ("Protesters could have rallied in Minsk.", "hypothetical"),
        ("The mayor of Lagos is reportedly being investigated by Nigeria.", "reported"),
        ("Russian troops shelled Kharkiv, according to Ukraine.", "reported"),
        ("Officials said Putin will visit Ankara next week.", "planned"),
    ],
)
def test_events_modality_of_likelihood_hearsay_and_reported_plans(text: str, modality: str) -> None:
    (event,) = events_of(text)[1]
    assert event.modality == modality


def test_events_plan_reported_by_another_keeps_its_quote_and_date() -> None:
    analysis, (visit,) = events_of("Officials said Putin will visit Ankara on Friday.")
    assert (visit.type, visit.cameo_code, visit.modality) == ("AGREE", "036", "planned")
    assert visit.attributed_to == analysis.quotes[0].id
    assert visit.date == "2021-03-12"


@pytest.mark.parametrize(
    "text",
    [
        "The minister declined to comment on the talks with Iran.",
        "Obama spoke at a rally in Ohio.",
        "Analysts said 16.6 million vehicles will be sold in China this year.",
        "A bus crash in Peru killed 20 people.",
    ],
)
def test_events_idioms_forecasts_and_accidents_are_no_events(text: str) -> None:
    assert events_of(text)[1] == []


def test_events_object_pattern_decides_a_verb_coded_whatever_its_object() -> None:
    (probe,) = events_of("The FBI reopens its probe into Clinton.")[1]
    assert (probe.type, probe.cameo_code, probe.mode) == ("ACCUSE", "090", "investigate")


def test_events_relative_clause_noun_is_no_attacker() -> None:
    analysis, events = events_of(
        "Pat Smith, whose son was killed in the attack, criticised the government of Kenya."
    )
    names = {e.id: e.name for e in analysis.entities}
    assert [(e.type, [names[i] for i in e.sources]) for e in events] == [("ACCUSE", ["Pat Smith"])]


@pytest.mark.parametrize(
    "text",
    [
        "Sondland referred to investigations into the Bidens and Burisma.",
        "A Kenyan inquiry documented the attacks on Somali traders.",
        "Cleveland's Larry Ogunjobi received a one-game suspension.",
    ],
)
def test_events_event_noun_spoken_of_or_suffered_is_not_the_subjects_act(text: str) -> None:
    triggers_found = {e.trigger.text for e in events_of(text)[1]}
    assert not triggers_found & {"investigations", "attacks", "suspension"}


def test_events_strike_out_is_no_strike() -> None:
    assert events_of("Smith will strike out on his own after leaving Google.")[1] == []


def test_events_dateline_city_is_no_actor() -> None:
    analysis, events = events_of(
        "MOSCOW (Wire) - The Kremlin denied on Tuesday that it had moved troops to the border."
    )
    names = {e.id: e.name for e in analysis.entities}
    assert [(e.type, [names[i] for i in e.sources]) for e in events] == [("REJECT", ["Kremlin"])]


@pytest.mark.parametrize(
    "text",
    [
        "“It’s striking that in almost every corner of the world tensions are rising,” said Ana Ruiz.",
        "Instagram declined to say why the Kenyan accounts were removed.",
        "The Kenyan government declined to comment on the talks.",
    ],
)
def test_events_judgements_and_no_comment_are_no_events(text: str) -> None:
    assert events_of(text)[1] == []


def test_events_participle_asked_by_another_is_not_its_heads_act() -> None:
    analysis, events = events_of(
        "The videos show Scott calmly leaving his car when asked to do so by Tulsa police."
    )
    names = {e.id: e.name for e in analysis.entities}
    assert all("Scott" not in [names[i] for i in e.sources] for e in events)
