from __future__ import annotations

import pytest
from spacy.language import Language

from dateline import analyze
from dateline.checks import rounding_step
from dateline.extract.quantities.patterns import parse_number
from dateline.model import Quantity


def quantities_of(text: str) -> list[Quantity]:
    return analyze(text, published="2021-03-10", verbatim=True).quantities


def only(text: str) -> Quantity:
    (quantity,) = quantities_of(text)
    return quantity


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,200", 1200),
        ("1.2", 1.2),
        ("2 1/2", 2.5),
        ("two dozen", 24),
        ("a third", 1 / 3),
        ("twenty-five", 25),
        ("seven", 7),
        ("4e14", 4e14),
        ("-1e-3", -0.001),
        ("2.48×10−5", 2.48e-5),
        ("2½", 2.5),
        ("1/40", 0.025),
    ],
)
def test_quantities_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "dimension", "si"),
    [
        (
            "The road is 1,200 kilometres long.",
            "1,200 kilometres",
            1200,
            "kilometre",
            "length",
            (1.2e6, "m"),
        ),
        (
            "The lake covers 45 square kilometres.",
            "45 square kilometres",
            45,
            "square kilometre",
            "area",
            (4.5e7, "m ** 2"),
        ),
        ("The tank holds 300 litres.", "300 litres", 300, "litre", "volume", (0.3, "m ** 3")),
        (
            "The ship carried 33 million tonnes of grain.",
            "33 million tonnes",
            3.3e7,
            "tonne",
            "mass",
            (3.3e10, "kg"),
        ),
        (
            "The train reached 300 km/h on the test track.",
            "300 km/h",
            300,
            "kilometre / hour",
            "speed",
            (83.333, "m / s"),
        ),
        (
            "The battery stores 5 kWh.",
            "5 kWh",
            5,
            "kilowatt hour",
            "energy",
            (1.8e7, "kg * m ** 2 / s ** 2"),
        ),
        ("The fence is 6 feet high.", "6 feet", 6, "foot", "length", (1.8288, "m")),
    ],
)
def test_quantities_units_normalised_through_pint(
    text: str, surface: str, value: float, unit: str, dimension: str, si: tuple[float, str]
) -> None:
    quantity = only(text)
    assert (quantity.text, quantity.unit, quantity.dimension) == (surface, unit, dimension)
    assert quantity.value == pytest.approx(value)
    assert quantity.si is not None
    assert (quantity.si.value, quantity.si.unit) == (pytest.approx(si[0], rel=1e-3), si[1])


@pytest.mark.parametrize(
    ("text", "surface", "value", "currency"),
    [
        ("The deal is worth $7.2bn.", "$7.2bn", 7.2e9, "USD"),
        ("It raised US$3 million.", "US$3 million", 3e6, "USD"),
        ("Fines reached €500,000.", "€500,000", 5e5, "EUR"),
        ("A ticket costs £2,000.", "£2,000", 2000, "GBP"),
        ("Japan pledged ¥10 billion.", "¥10 billion", 1e10, "JPY"),
        ("Debts of 15 billion euros were written off.", "15 billion euros", 1.5e10, "EUR"),
        ("Beijing lent 500 million yuan.", "500 million yuan", 5e8, "CNY"),
        ("The club paid 40 million rubles.", "40 million rubles", 4e7, "RUB"),
        ("Farmers earn 300 rupees a day.", "300 rupees a day", 300, "INR"),
        ("The bank charges CHF 20 a month.", "CHF 20 a month", 20, "CHF"),
        # hundredths: of the currency the text names nearest, else of the dollar
        ("Profit came to 51 cents a share.", "51 cents a share", 0.51, "USD"),
        ("A first-class stamp now costs 95 pence.", "95 pence", 0.95, "GBP"),
        ("Bread went up 30 kopecks.", "30 kopecks", 0.30, "RUB"),
    ],
)
def test_quantities_money(text: str, surface: str, value: float, currency: str) -> None:
    quantity = only(text)
    assert (quantity.text, quantity.currency, quantity.dimension) == (surface, currency, "currency")
    assert quantity.value == pytest.approx(value)


def test_quantities_currency_without_amount_is_not_a_quantity() -> None:
    assert quantities_of("Exporters want to be paid in euros instead of dollars.") == []


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("Prices rose 5% in a year.", "5%", 5, "percent"),
        ("Turnout fell by 12 per cent.", "12 per cent", 12, "percent"),
        ("The party lost 2.5 percentage points.", "2.5 percentage points", 2.5, "percentage point"),
    ],
)
def test_quantities_percentages(text: str, surface: str, value: float, unit: str) -> None:
    quantity = only(text)
    assert (quantity.text, quantity.unit, quantity.dimension, quantity.value) == (
        surface,
        unit,
        "percentage",
        value,
    )


@pytest.mark.parametrize(
    ("text", "surface", "approx"),
    [
        ("More than 300 people were hurt.", "More than 300", "More than"),
        ("The ship carried about 1,000 tonnes.", "about 1,000 tonnes", "about"),
        ("Nearly 40 percent voted.", "Nearly 40 percent", "Nearly"),
        ("Up to 60 aircraft took part.", "Up to 60", "Up to"),
    ],
)
def test_quantities_qualifiers(text: str, surface: str, approx: str) -> None:
    quantity = only(text)
    assert (quantity.text, quantity.approx) == (surface, approx)


def test_quantities_range() -> None:
    low, high = quantities_of("Each truck carries between 40 and 50 tonnes.")
    assert (low.text, low.value, low.unit) == ("between 40", 40, "tonne")
    assert (high.text, high.value, high.unit) == ("50 tonnes", 50, "tonne")
    assert low.approx == high.approx == "between 40 and 50"


def test_quantities_counts_and_vague_amounts() -> None:
    aircraft, doses = quantities_of(
        "The air force sent 60 aircraft and tens of thousands of vaccine doses."
    )
    assert (aircraft.text, aircraft.value, aircraft.dimension, aircraft.of) == (
        "60",
        60,
        "count",
        "aircraft",
    )
    assert (doses.text, doses.value, doses.approx, doses.of) == (
        "tens of thousands of",
        1e4,
        "tens of thousands of",
        "vaccine doses",
    )


def test_quantities_years_and_dates_are_not_quantities() -> None:
    assert quantities_of("In 2020, on March 3, the talks resumed at 10:30.") == []


@pytest.mark.parametrize(
    ("surface", "half_step", "as_written"),
    [("1,200", 50, 0.5), ("750", 5, 0.5), ("745.6", 0.05, 0.05), ("7", 0.5, 0.5)],
)
def test_checks_rounding_step(surface: str, half_step: float, as_written: float) -> None:
    assert rounding_step(surface) == pytest.approx(half_step)
    assert rounding_step(surface, trailing_zeros=False) == pytest.approx(as_written)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The border runs for about 1,200 kilometres (750 miles).", "consistent"),
        ("The border runs for about 1,200 kilometres (950 miles).", "inconsistent"),
    ],
)
def test_checks_unit_conversion(text: str, status: str) -> None:
    (check,) = analyze(text, verbatim=True).checks
    assert (check.kind, check.status) == ("unit_conversion", status)
    assert [s.text for s in check.spans] == [
        "about 1,200 kilometres",
        "750 miles" if status == "consistent" else "950 miles",
    ]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The catch weighed 20 kg (44 lb).", "consistent"),
        ("The catch weighed 20 kg (33 lb).", "inconsistent"),  # "20" is taken as written
        ("The mast is 300 metres (984 feet) tall.", "consistent"),
        ("The mast is 300 metres (1,100 feet) tall.", "inconsistent"),
        ("The mast is about 300 metres (1,000 feet) tall.", "consistent"),
        ("The reservoir holds 5 billion litres (1.3 billion gallons).", "consistent"),
        ("The reservoir holds 5 billion litres (1.9 billion gallons).", "inconsistent"),
    ],
)
def test_checks_unit_conversion_rounding_of_round_figures_and_scales(
    text: str, status: str
) -> None:
    (check,) = analyze(text, verbatim=True).checks
    assert check.status == status


def test_checks_unit_conversion_message_in_the_written_scale() -> None:
    (check,) = analyze("The reservoir holds 5 billion litres (1.9 billion gallons).").checks
    assert check.message == (
        "5 billion litres is 1.3 billion gallons; the text says 1.9 billion gallons"
        " (beyond the rounding of ±0.18)"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Crews worked in heat of 40 °C (104 °F).",
            "40 °C is 104 °F; the text says 104 °F (within the rounding of ±1.4)",
        ),
        (
            "Crews worked in heat of 41 °C (111 °F).",
            "41 °C is 106 °F; the text says 111 °F (beyond the rounding of ±1.4)",
        ),
        (
            "Each tank takes 45 litres (11.9 gallons).",
            "45 litres is 11.9 gallons; the text says 11.9 gallons (within the rounding of ±0.18)",
        ),
        (
            "The ridge rises 2,962m (9,718ft) above the valley.",
            "2,962m is 9,718ft; the text says 9,718ft (within the rounding of ±2.1)",
        ),
    ],
)
def test_checks_unit_conversion_message_keeps_the_written_precision(
    text: str, message: str
) -> None:
    (check,) = analyze(text, verbatim=True).checks
    assert check.message == message


@pytest.mark.parametrize(
    ("text", "status", "message"),
    [
        (
            "The accord was signed on Thursday, March 10, 2021.",
            "inconsistent",
            "2021-03-10 was a Wednesday, not a Thursday",
        ),
        (
            "The accord was signed on Wednesday, March 10, 2021.",
            "consistent",
            "2021-03-10 was a Wednesday",
        ),
    ],
)
def test_checks_weekday_date(text: str, status: str, message: str) -> None:
    (check,) = analyze(text, published="2021-03-12", verbatim=True).checks
    assert (check.kind, check.status, check.message) == ("weekday_date", status, message)
    assert check.spans[0].text.startswith(text.split("on ")[1][:8])


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The walk is two and a half miles.", "two and a half miles", 2.5),
        ("Temperatures fell to -18 °C overnight.", "-18 °C", -18),
        ("The prize is 10 000 dollars.", "10 000 dollars", 10000),
        ("It sold one hundred and two copies.", "one hundred and two", 102),
    ],
)
def test_quantities_number_forms(text: str, surface: str, value: float) -> None:
    quantity = only(text)
    assert (quantity.text, quantity.value) == (surface, value)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Boeing 787 deliveries resumed.", "787"),
        ("The firm filed for Chapter 11 protection.", "11"),
        ("The FTSE-100 index slipped.", "100"),
        ("The last DC-9 left the line.", "9"),
        ("Hospitals filled with COVID-19 patients.", "19"),
        ("The chain became the No. 1 music seller.", "1"),
        ("Users must install version 10.4 first.", "10.4"),
        ("The city moved to level 4 restrictions.", "4"),
        ("The suite shipped as iLife '11 that autumn.", "11"),
        ("Phones still running iOS 4 were slower.", "4"),
        ("The 787 Dreamliner made its first flight.", "787"),
        ("Airbus took the title from Boeing's 747.", "747"),
        ("Work on a 737 replacement was pushed back.", "737"),
        ("The carrier flew its last 717 jet on Monday.", "717"),
        ("A 911 caller reported the crash.", "911"),
        ("The Standard & Poor's 500 index slipped.", "500"),
        ("The probe flew past Neptune after Voyager 2 did.", "2"),
        ("Leaders of the G-20 met in Osaka.", "20"),
        ("The talks now move to Round Two.", "Two"),
        ("Carriers loved the 747 “Jumbo” for decades.", "747"),  # a name in quote marks
        ("Fans cheered the 787 ``Dreamliner'' on its first flight.", "787"),
    ],
)
def test_quantities_numbers_that_name_are_identifiers(text: str, surface: str) -> None:
    quantity = only(text)
    assert (quantity.text, quantity.dimension, quantity.unit, quantity.of) == (
        surface,
        "identifier",
        None,
        None,
    )


def test_quantities_a_count_before_a_plain_word_in_quote_marks_counts() -> None:
    (quantity,) = quantities_of("She thanked all 40 “volunteers” by name.")
    assert (quantity.text, quantity.dimension) == ("40", "count")


@pytest.mark.parametrize(
    ("text", "surface", "counted"),
    [
        ("She has debated Barack Obama four times.", "four", "times"),  # in words
        ("She has beaten Federer 3 times since May.", "3", "times"),
        ("Her lead held in every poll, Gallup 3.8 points.", "3.8", "points"),
    ],
)
def test_quantities_a_count_after_a_name_counts(text: str, surface: str, counted: str) -> None:
    quantity = only(text)
    assert (quantity.text, quantity.dimension, quantity.of) == (surface, "count", counted)


@pytest.mark.parametrize(
    "text",
    [
        "The 737-800 is popular.",  # a model written as two numbers joined: no number at all
        "The quasar sits near cluster MACS J0717.5+3745 in the sky.",
        "The judges ruled by a 2-to-1 vote.",  # joined to a word that names nothing
        "The mayor stopped to high-five runners.",
        # zero in a name or an idiom
        "The force has a policy of zero tolerance.",
        "Trade is not a zero-sum game.",
        "The bloc pledged net zero by mid-century.",
        "Crowds gathered at Ground Zero.",
        "The claim first ran on Zero Hedge.",
        "The report called it a gross violation of the treaty.",
        "The rule has absolute zero tolerance for doping.",
        "His chance of a pardon is absolute zero.",
        # "one" standing for a noun, and the first bound of a length of time
        "Her bill is one of several on the agenda.",
        "He called the bridge one that nobody wanted.",
        "The party wants a strong state, not a weaker one.",
        "The minister has yet to come up with one.",
        "At one point, the index fell sharply.",
        "No one answered the phone.",
        "The rivals blamed one another.",
        "The channel aired one-sided reports.",
        "Repairs should last between 30 and 45 days.",
    ],
)
def test_quantities_numbers_that_count_nothing(text: str) -> None:
    assert quantities_of(text) == []


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("Each vial held 20 mg to 25 mg of the drug.", [("20 mg", 20), ("25 mg", 25)]),
        ("The mirror will be 8- to 16-metre wide.", [("8", 8), ("16-metre", 16)]),
        ("The rig drew 2.5–3.0 kW at peak.", [("2.5", 2.5), ("3.0 kW", 3.0)]),
        ("Night lows ranged from -12 °C to -27 °C.", [("from -12 °C", -12), ("-27 °C", -27)]),
    ],
)
def test_quantities_ranges_without_between(text: str, bounds: list[tuple[str, float]]) -> None:
    found = quantities_of(text)
    assert [(q.text, q.value) for q in found] == bounds
    assert found[0].approx == found[1].approx is not None
    assert found[0].unit == found[1].unit


def test_quantities_two_amounts_are_no_range() -> None:
    assert [q.approx for q in quantities_of("They shipped 40 and 50 tonnes.")] == [None, None]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Turnout fell by one third in the north.", "one third", 1 / 3),
        ("The fund lost two-fifths of its value.", "two-fifths", 0.4),
        ("The site is one-half miles east of the border.", "one-half miles", 0.5),
        ("The shop sold a hundred and two of them.", "a hundred and two", 102),
        ("Each family received 3 L of water.", "3 L", 3),
    ],
)
def test_quantities_fractions_and_number_words(text: str, surface: str, value: float) -> None:
    quantity = next(q for q in quantities_of(text) if q.text == surface)
    assert quantity.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("The clock drifted by a factor of 3.17×10−5 in the trial.", "3.17×10−5", 3.17e-5, None),
        ("The laser pulses at 6e14 Hz.", "6e14 Hz", 6e14, "hertz"),
        ("The density is 5.5x10-3 kg.", "5.5x10-3 kg", 5.5e-3, "kilogram"),
        ("A mebibyte holds 8x2^20 bits.", "8x2^20 bits", 8 * 2**20, "bit"),
        ("Radio waves cross 3 × 10^8 m/s of space.", "3 × 10^8 m/s", 3e8, "metre / second"),
        ("Add ½ tbsp of salt to the sauce.", "½ tbsp", 0.5, "tablespoon"),
        ("Pour in a ⅓ cup of sauce.", "⅓ cup", 1 / 3, "cup"),
        ("The seam is about 1/40 of the panel.", "about 1/40", 0.025, None),
        ("The ship unloaded 278,000 t of wheat.", "278,000 t", 278000, "tonne"),
        ("The mask filters particles of 16.25 nanometers.", "16.25 nanometers", 16.25, "nanometre"),
    ],
)
def test_quantities_scientific_and_fraction_forms(
    text: str, surface: str, value: float, unit: str | None
) -> None:
    quantity = only(text)
    assert (quantity.text, quantity.unit) == (surface, unit)
    assert quantity.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "surface", "value", "currency"),
    [
        ("Italy's output is worth $2.174T a year.", "$2.174T a year", 2.174e12, "USD"),
        ("The ticket cost 15€ at the door.", "15€", 15, "EUR"),
    ],
)
def test_quantities_money_scale_letters_and_trailing_euro(
    text: str, surface: str, value: float, currency: str
) -> None:
    quantity = only(text)
    assert (quantity.text, quantity.value, quantity.currency) == (surface, value, currency)


def test_quantities_a_unit_is_an_amount_of_one_but_not_in_a_rate() -> None:
    assert [(q.text, q.value, q.unit) for q in quantities_of("He drank a gallon of beer.")] == [
        ("a gallon", 1, "gallon")
    ]
    rates = quantities_of("Brent sold at $80 a barrel and diesel at 2 euros a litre.")
    assert [(q.text, q.unit) for q in rates] == [
        ("$80 a barrel", "per barrel"),
        ("2 euros a litre", "per litre"),
    ]


def test_quantities_range_of_counts_with_nothing_counted_needs_from_or_between() -> None:
    found = quantities_of("The hardiness zones run from 7 to 10 across the islands.")
    assert [(q.text, q.value, q.approx) for q in found] == [
        ("from 7", 7, "from 7 to 10"),
        ("10", 10, "from 7 to 10"),
    ]
    assert quantities_of("Care is needed 24/7 on the ward.") == []


@pytest.mark.parametrize(
    ("text", "surface", "value", "currency", "unit"),
    [
        ("Brent crude sold at $80 a barrel on Monday.", "$80 a barrel", 80, "USD", "per barrel"),
        ("Gallium fetched $350 per kg in May.", "$350 per kg", 350, "USD", "per kilogram"),
        ("Cleaners earn $15.4/hour in the city.", "$15.4/hour", 15.4, "USD", "per hour"),
        ("The board paid 2 euros a share.", "2 euros a share", 2, "EUR", "per share"),
    ],
)
def test_quantities_prices_per_unit(
    text: str, surface: str, value: float, currency: str, unit: str
) -> None:
    quantity = only(text)
    assert (quantity.text, quantity.value, quantity.currency, quantity.unit) == (
        surface,
        value,
        currency,
        unit,
    )
    assert quantity.dimension == "currency"


def test_quantities_money_range_and_money_change() -> None:
    found = quantities_of("The deal is worth between $2bn and $3bn, up from $1bn to $2bn.")
    assert [(q.text, q.approx) for q in found] == [
        ("between $2bn", "between $2bn and $3bn"),
        ("$3bn", "between $2bn and $3bn"),
        ("$1bn", None),  # "from … to …" is mostly a change from one sum to another
        ("$2bn", None),
    ]
    shares = quantities_of("It expects earnings of $1.20 to $1.30 a share.")
    assert [q.approx for q in shares] == ["$1.20 to $1.30 a share"] * 2
    assert [q.approx for q in quantities_of("Tickets cost $40 and $50.")] == [None, None]


def test_quantities_cents_take_the_currency_of_the_nearest_sum() -> None:
    cents, euros = quantities_of("Diesel rose 4 cents to 1.62 euros a litre.")
    assert (cents.text, cents.value, cents.currency) == ("4 cents", 0.04, "EUR")
    assert euros.currency == "EUR"


@pytest.mark.parametrize(
    ("text", "surface", "unit", "si_value", "si_unit"),
    [
        (
            "Workers received 250 mSv of radiation.",
            "250 mSv",
            "millisievert",
            0.25,
            "m ** 2 / s ** 2",
        ),
        (
            "The field pumps 1.2 million bpd.",
            "1.2 million bpd",
            "barrel / day",
            1.656,
            "m ** 3 / s",
        ),
        ("The park covers 300 km² of forest.", "300 km²", "square kilometre", 3e8, "m ** 2"),
    ],
)
def test_quantities_doses_rates_and_superscript_areas(
    text: str, surface: str, unit: str, si_value: float, si_unit: str
) -> None:
    quantity = only(text)
    assert (quantity.text, quantity.unit) == (surface, unit)
    assert quantity.si is not None and quantity.si.unit == si_unit
    assert quantity.si.value == pytest.approx(si_value, rel=1e-3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bare numbers in a list take the unit the list ends with
        (
            "Each tablet held 30 and 35 mg of zinc.",
            [("30", 30.0, "milligram"), ("35 mg", 35.0, "milligram")],
        ),
        (
            "Trucks of 10, 20 or 30 tonnes were used.",
            [("10", 10.0, "tonne"), ("20", 20.0, "tonne"), ("30 tonnes", 30.0, "tonne")],
        ),
        ("Two people and 50 kg of rice.", [("Two", 2.0, None), ("50 kg", 50.0, "kilogram")]),
        # "in" is the inch only where no object follows it
        ("The steel plate measures 3 1/4 in thick.", [("3 1/4 in", 3.25, "inch")]),
        ("The gauge reads 2 in.", [("2 in", 2.0, "inch")]),
        ("He arrived at 5 in the morning.", []),
        ("Only 3 in 10 voters agree.", [("3 in 10", 0.3, None)]),
    ],
)
def test_quantities_shared_units_and_the_inch(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    found = analyze(text, verbatim=True).quantities
    assert [(q.text, q.value, q.unit) for q in found] == expected


@pytest.mark.parametrize(
    ("text", "surface", "unit", "dimension", "si"),
    [
        (
            "Fine dust peaked at 180 µg/m³ in the capital on Monday.",
            "180 µg/m³",
            "microgram / metre ** 3",
            "concentration",
            (1.8e-7, "kg / m ** 3"),
        ),
        (
            "New cars must emit less than 95 g/km of carbon dioxide.",
            "less than 95 g/km",
            "gram / kilometre",
            "[mass] / [length]",
            (9.5e-5, "kg / m"),
        ),
        (
            "The capsule slowed at 9.8 m/s2 before the chutes opened.",
            "9.8 m/s2",
            "metre / second ** 2",
            "acceleration",
            (9.8, "m / s ** 2"),
        ),
        (
            "The column advanced 5 km per day through the valley.",
            "5 km per day",
            "kilometre / day",
            "speed",
            (5000 / 86400, "m / s"),
        ),
        ("The lake holds 7km^3 of water.", "7km^3", "cubic kilometre", "volume", (7e9, "m ** 3")),
        (
            "The reserve covers 12 km squared of forest.",
            "12 km squared",
            "square kilometre",
            "area",
            (1.2e7, "m ** 2"),
        ),
        ("The wave repeats at 6e14 s-1.", "6e14 s-1", "1 / second", "frequency", (6e14, "1 / s")),
        (
            "The plants emit two billion tons per year, officials said.",
            "two billion tons per year",
            "tonne / year",
            "mass flow",
            (2e12 / 31557600, "kg / s"),
        ),
        (
            "It braked at 9.8 m/s2, then stopped.",
            "9.8 m/s2",
            "metre / second ** 2",
            "acceleration",
            (9.8, "m / s ** 2"),
        ),
        ("Carbon dioxide reached 420 ppm in May.", "420 ppm", "ppm", "ratio", (4.2e-4, "1")),
        (
            "The storm deepened to 950 hPa.",
            "950 hPa",
            "hectopascal",
            "pressure",
            (95000, "kg / m / s ** 2"),
        ),
        ("The world emitted 36 Gt of CO2.", "36 Gt", "gigatonne", "mass", (3.6e13, "kg")),
        (
            "The test yielded 15 kilotons.",
            "15 kilotons",
            "kiloton TNT",
            "energy",
            (6.276e13, "kg * m ** 2 / s ** 2"),
        ),
    ],
)
def test_quantities_unit_expressions_concentrations_and_yields_read_through_pint(
    text: str, surface: str, unit: str, dimension: str, si: tuple[float, str]
) -> None:
    quantity = only(text)
    assert (quantity.text, quantity.unit, quantity.dimension) == (surface, unit, dimension)
    assert quantity.si is not None
    assert (quantity.si.value, quantity.si.unit) == (pytest.approx(si[0], rel=1e-6), si[1])


@pytest.mark.parametrize(
    "text",
    [
        "The striker scored 3 points/game last season.",  # "points" is no unit of news
        "Open 24 in/out gates at the depot.",  # "in" is a word first
        "The error was 2.5e-3 overall.",  # the "e" of an exponent is no elementary charge
    ],
)
def test_quantities_unit_expressions_need_every_part_a_unit(text: str) -> None:
    assert all(q.unit is None for q in quantities_of(text))


@pytest.mark.parametrize(
    ("dateline_unit", "quantulum_unit", "same"),
    [
        ("kilometre / second ** 2", "kilometre per square second", True),
        ("1 / femtobarn", "inverse femtobarn", True),
        ("watt / metre ** 2 / hour", "watt per square metre per hour", True),
        ("watt / minute", "watt per second", False),
        ("square kilometre", "square kilometre", True),
        ("millilitre", "cubic centimetre", True),
        ("tonne / day", "ton per day", True),  # quantulum3's "ton" leaves the kind unsaid
        ("short_ton", "ton", True),
        ("kilogram / day", "ton per day", False),
        ("tonne", "tonne", True),
        ("short_ton", "tonne", False),
        ("candela * second", "candela second", True),  # quantulum3 writes a product in words
        ("newton * metre", "newton metre", True),
        ("candela", "candela second", False),
        ("kilowatt hour", "kilowatt hour", True),
    ],
)
def test_evaluate_quantities_unit_names_compare_across_systems(
    dateline_unit: str, quantulum_unit: str, same: bool
) -> None:
    from dateline.evaluate.quantities import _unit_matches

    assert _unit_matches(dateline_unit, quantulum_unit) is same


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("The planet formed 4.5 billion years ago.", "4.5 billion years", 4.5e9, "year"),
        ("The galaxy is about 13 billion years old.", "about 13 billion years", 1.3e10, "year"),
        ("Pilots logged a million hours on the type.", "a million hours", 1e6, "hour"),
        ("The impact came 66 Ma ago, geologists say.", "66 Ma", 66, "megayear"),
        ("Its oldest zircons date to 4.4 Ga. Few rocks are older.", "4.4 Ga", 4.4, "gigayear"),
    ],
)
def test_quantities_lengths_of_time_too_long_for_a_time_expression(
    text: str, surface: str, value: float, unit: str
) -> None:
    quantity = only(text)
    assert (quantity.text, quantity.value, quantity.unit, quantity.dimension) == (
        surface,
        value,
        unit,
        "time",
    )


@pytest.mark.parametrize(
    ("text", "surface", "counted"),
    [
        ("The district has zero hospitals left.", "zero", "hospitals"),
        ("New cases fell to zero last week.", "zero", None),
        ("Zero is what the ministry paid.", "Zero", None),
    ],
)
def test_quantities_zero_is_a_count(text: str, surface: str, counted: str | None) -> None:
    quantity = only(text)
    assert (quantity.text, quantity.value, quantity.of) == (surface, 0, counted)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        (
            "The clerk read out two million, three hundred & sixty votes.",
            "two million, three hundred & sixty",
            2_000_360,
        ),
        (
            "The port handled one million, two hundred thousand tonnes.",
            "one million, two hundred thousand tonnes",
            1_200_000,
        ),
        ("The mayor named a baker's dozen of advisers.", "a baker's dozen", 13),
    ],
)
def test_quantities_numbers_spoken_in_parts(text: str, surface: str, value: float) -> None:
    quantity = only(text)
    assert (quantity.text, quantity.value) == (surface, value)


def test_quantities_a_list_of_number_words_stays_a_list() -> None:
    assert [q.value for q in quantities_of("The crowd chanted one, two, three.")] == [1, 2, 3]


@pytest.mark.parametrize(
    ("text", "surface", "unit", "dimension", "bits"),
    [
        (
            "Rural homes will get 100 Mbps by 2030.",
            "100 Mbps",
            "megabit / second",
            "data rate",
            1e8,
        ),
        ("The leak held 4 GB of files.", "4 GB", "gigabyte", "information", 3.2e10),
        ("Each record takes 512 KiB on disk.", "512 KiB", "kibibyte", "information", 512 * 8192),
        ("The drive copies 20 MB/s at best.", "20 MB/s", "megabyte / second", "data rate", 1.6e8),
    ],
)
def test_quantities_data_sizes_and_speeds(
    text: str, surface: str, unit: str, dimension: str, bits: float
) -> None:
    quantity = only(text)
    assert (quantity.text, quantity.unit, quantity.dimension) == (surface, unit, dimension)
    assert quantity.si is not None
    assert quantity.si.value == pytest.approx(bits)


@pytest.mark.parametrize(
    ("text", "surface", "value", "approx"),
    [
        (
            "The probe measured 9.79 +/- 0.02 m/s2 at the surface.",
            "9.79 +/- 0.02 m/s2",
            9.79,
            "+/- 0.02",
        ),
        ("Support for the plan stands at 45 ± 3 percent.", "45 ± 3 percent", 45, "± 3"),
        ("The epicentre lay about 12 ± 0.5 km offshore.", "about 12 ± 0.5 km", 12, "about ± 0.5"),
    ],
)
def test_quantities_margin_of_error_is_in_approx(
    text: str, surface: str, value: float, approx: str
) -> None:
    quantity = only(text)
    assert (quantity.text, quantity.value, quantity.approx) == (surface, value, approx)


def test_quantities_one_that_counts_is_kept() -> None:
    assert [(q.text, q.of) for q in quantities_of("One soldier was hurt.")] == [("One", "soldier")]


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("Half a million people marched on Sunday.", "Half a million", 500_000, None),
        ("By noon half a dozen ministers had resigned.", "half a dozen", 6, None),
        ("The shelter stood half a mile from the front.", "half a mile", 0.5, "mile"),
        ("Shares closed up half a percent.", "half a percent", 0.5, "percent"),
        ("The index lost almost a thousand points.", "almost a thousand", 1000, None),
        ("A million people fled the fighting.", "A million", 1_000_000, None),
    ],
)
def test_quantities_half_a_and_a_thousand(
    text: str, surface: str, value: float, unit: str | None
) -> None:
    quantity = only(text)
    assert (quantity.text, quantity.value, quantity.unit) == (surface, value, unit)


def test_quantities_half_a_thing_is_no_count() -> None:
    assert quantities_of("He took half a loaf and a quarter of a pie.") == []


def test_quantities_a_quarter_of_a_million() -> None:
    quantity = only("The charity raised a quarter of a million euros.")
    assert (quantity.text, quantity.value, quantity.currency) == (
        "a quarter of a million euros",
        250_000,
        "EUR",
    )


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("They bought 20 Boeing 777s.", [("20", "Boeing 777s")]),
        ("The carrier ordered the 12 Airbus jets.", [("12", "Airbus jets")]),
        ("Apple's 500 employees in Cork went on strike.", [("500", "employees")]),
        ("The 3 Democrats voted no.", [("3", "Democrats")]),
        ("They met in a side room. One Republican walked out.", [("One", "Republican")]),
        ("The audit found that ''27 companies paid nothing.", [("27", "companies")]),
    ],
)
def test_quantities_counts_beside_names_still_count(
    text: str, counts: list[tuple[str, str]]
) -> None:
    assert [(q.text, q.of) for q in quantities_of(text)] == counts


@pytest.mark.parametrize(
    ("text", "surface", "value", "currency"),
    [
        ("Labour would add a penny to income tax to raise £5bn.", "a penny", 0.01, "GBP"),
        ("Duty on a pint rose by a penny.", "a penny", 0.01, "GBP"),  # alone: the British coin
        ("Tolls went up a penny a mile, to $1.25.", "a penny a mile", 0.01, "USD"),
        ("Gas rose 3 pennies a gallon, to $2.10.", "3 pennies a gallon", 0.03, "USD"),
        ("The stamp went up by a cent.", "a cent", 0.01, "USD"),
        ("The gum machine takes 3 dimes.", "3 dimes", 0.3, "USD"),
    ],
)
def test_quantities_coins_are_parts_of_the_nearest_currency(
    text: str, surface: str, value: float, currency: str
) -> None:
    quantity = quantities_of(text)[0]
    assert (quantity.text, quantity.value, quantity.currency) == (surface, value, currency)


def test_quantities_a_symbol_that_is_also_a_name() -> None:
    found = quantities_of("Some 40 Ma Ying-jeou supporters rallied.")
    assert [(q.text, q.unit) for q in found] == [("Some 40", None)]


@pytest.mark.parametrize(
    ("text", "fractions"),
    [
        ("Exports slowed for a third month.", []),
        ("She won a third straight term.", []),
        ("A third of voters stayed home.", [("A third", "voters")]),
        ("Sales fell by a third.", [("a third", None)]),
    ],
)
def test_quantities_an_ordinal_is_no_fraction(
    text: str, fractions: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.of) for q in quantities_of(text)] == fractions


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("The probe measured a gap of 2.1 pm between the atoms.", "2.1 pm", 2.1, "picometre"),
        ("Its radius is 53 pm at rest.", "53 pm", 53, "picometre"),
        ("The pulse lasted 0.85 am of travel.", "0.85 am", 0.85, "attometre"),
    ],
)
def test_quantities_pm_and_am_after_a_number_that_is_no_clock_reading(
    text: str, surface: str, value: float, unit: str
) -> None:
    assert [(q.text, q.value, q.unit) for q in quantities_of(text)] == [(surface, value, unit)]


@pytest.mark.parametrize(
    "text",
    ["Polls close at 8 pm.", "The vote opens at 7.30 am.", "Talks run from 10 to 11 pm."],
)
def test_quantities_clock_times_are_no_lengths(text: str) -> None:
    assert quantities_of(text) == []


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("Two tonnes of cocaine were found.", "Two tonnes", 2, "tonne"),
        ("About 40 km of road washed away.", "About 40 km", 40, "kilometre"),
        ("One gigaannum is a billion years.", "One gigaannum", 1, "gigayear"),
        ("The cloud was cooled to near absolute zero.", "absolute zero", 0, "kelvin"),
        ("Absolute zero cannot be reached.", "Absolute zero", 0, "kelvin"),
    ],
)
def test_quantities_capitalised_numbers_and_named_amounts_keep_their_units(
    text: str, surface: str, value: float, unit: str
) -> None:
    quantity = quantities_of(text)[0]
    assert (quantity.text, quantity.value, quantity.unit) == (surface, value, unit)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The unit's result for the quarter was ($4.2m).", "($4.2m)", -4.2e6),
        ("Operating profit fell to (£310,000).", "(£310,000)", -310000),
        # a sum in brackets after another sum or a noun glosses it
        ("Seats cost £80 ($99.99) on the day.", "$99.99", 99.99),
        ("The fund ($5bn) was launched in May.", "$5bn", 5e9),
    ],
)
def test_quantities_a_sum_in_brackets_is_a_loss_only_where_an_object_stands(
    text: str, surface: str, value: float
) -> None:
    quantity = next(q for q in quantities_of(text) if q.currency == "USD" or "(" in q.text)
    assert (quantity.text, quantity.value) == (surface, value)


@pytest.mark.parametrize(
    ("text", "surface", "value", "counted"),
    [
        ("The shop ordered a gross of pencils.", "a gross", 144, "pencils"),
        ("They bought a gross.", "a gross", 144, None),
        ("Eggs came by the crate, a square dozen to each.", "a square dozen", 144, None),
        ("The mill shipped a great gross of buttons.", "a great gross", 1728, "buttons"),
    ],
)
def test_quantities_a_gross_is_144(
    text: str, surface: str, value: float, counted: str | None
) -> None:
    assert [(q.text, q.value, q.of) for q in quantities_of(text)] == [(surface, value, counted)]


def test_quantities_a_score_of_things_is_twenty_and_a_score_of_7_none() -> None:
    assert [(q.text, q.value, q.of) for q in quantities_of("They bought a score of jets.")] == [
        ("a score of", 20, "jets")
    ]
    assert [q.text for q in quantities_of("She earned a score of 7.")] == ["7"]


def test_quantities_a_great_gross_violation_is_no_count() -> None:
    assert quantities_of("It was a great gross violation of the rules.") == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The ferry sails four times per week.", 4, "count per week"),
        ("The board meets twice a year.", 2, "count per year"),
    ],
)
def test_evaluate_quantities_reads_frequencies_as_rates(text: str, value: float, unit: str) -> None:
    from dateline.evaluate.quantities import _as_quantity

    (frequency,) = [t for t in analyze(text, published="2021-03-10").times if t.type == "SET"]
    predicted = _as_quantity(frequency, text)
    assert predicted is not None
    assert (predicted.start, predicted.end) == (frequency.start, frequency.end)
    assert (predicted.value, predicted.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Output peaked in 1979 and fell.", "1979", 1979),
        ("Output peaked in the 1960s and fell.", "1960", 1960),
    ],
)
def test_evaluate_quantities_reads_years_and_decades_as_the_numbers_written(
    text: str, surface: str, value: float
) -> None:
    from dateline.evaluate.quantities import _as_quantity

    (time,) = analyze(text, published="2021-03-10").times
    predicted = _as_quantity(time, text)
    assert predicted is not None
    assert (text[predicted.start : predicted.end], predicted.surface) == (surface, surface)
    assert (predicted.value, predicted.unit) == (value, None)


@pytest.mark.parametrize(
    ("text", "time_text", "surface"),
    [
        ("The repair needs six weeks' work.", "six weeks", "six weeks'"),
        ("The repair needs six weeks of work.", "six weeks", "six weeks"),
        ("It took a week's work.", "a week", "a week"),  # the mark of a singular is "'s"
    ],
)
def test_evaluate_quantities_a_length_of_time_keeps_quantulum3s_possessive_mark(
    text: str, time_text: str, surface: str
) -> None:
    from dateline.evaluate.quantities import _as_quantity

    (length,) = [t for t in analyze(text, published="2021-03-10").times if t.type == "DURATION"]
    assert length.text == time_text  # the record keeps TimeML's extent
    predicted = _as_quantity(length, text)
    assert predicted is not None and predicted.surface == surface


@pytest.mark.parametrize(
    ("as_quantulum", "found"),
    [
        # quantulum3 counts a number that names and reads a change as a range, with its mean
        (
            True,
            [
                ("2", 2, "dimensionless"),
                ("$40 a barrel to $55 a barrel", 47.5, "dollar per barrel"),
            ],
        ),
        # MEANTIME's VALUE mentions leave the name out and keep the change's two amounts
        (
            False,
            [
                ("$40 a barrel", 40, "dollar per barrel"),
                ("$55 a barrel", 55, "dollar per barrel"),
            ],
        ),
    ],
)
def test_evaluate_quantities_reads_names_and_changes_as_each_corpus_does(
    nlp: Language, as_quantulum: bool, found: list[tuple[str, float, str]]
) -> None:
    from dateline.evaluate.quantities import dateline_predictor

    predict = dateline_predictor(nlp, as_quantulum=as_quantulum)
    text = "After Voyager 2 launched, oil rose from about $40 a barrel to $55 a barrel."
    assert [(p.surface, p.value, p.unit) for p in predict(text, None)] == found


@pytest.mark.parametrize(
    ("value", "unit", "counted"),
    [
        (3, "dime", (0.3, "dollar")),
        (250, "cent", (2.5, "dollar")),
        (2, "gross", (288, "dimensionless")),
    ],
)
def test_evaluate_quantities_coins_and_counting_units_compare_as_sums_and_counts(
    value: float, unit: str, counted: tuple[float, str]
) -> None:
    from dateline.evaluate.quantities import _counted

    assert _counted(value, unit) == counted


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("The new sea wall will stand 12m high.", "12m", 12, "metre"),
        ("She ran the 400m hurdles in Doha.", "400m", 400, "metre"),
        ("The summit sits at 4,810m (15,781ft).", "4,810m", 4810, "metre"),
        ("Divers reached a depth of about 3,800m.", "about 3,800m", 3800, "metre"),
        ("Crews cleared the 90m bridge by noon.", "90m", 90, "metre"),
        ("The trench is 300 m from the road.", "300 m", 300, "metre"),
        # millions, as news writes them
        ("Floods displaced 1.2m people.", "1.2m", 1.2e6, None),
        ("The party won 5 m votes.", "5 m", 5e6, None),
        ("Aid reached a further 2m.", "2m", 2e6, None),
        ("Rocks of a 30m-year-old reef were found.", "30m", 3e7, None),
    ],
)
def test_quantities_m_is_metres_or_millions_by_what_follows(
    text: str, surface: str, value: float, unit: str | None
) -> None:
    quantity = quantities_of(text)[0]
    assert (quantity.text, quantity.value, quantity.unit) == (surface, value, unit)


@pytest.mark.parametrize(
    ("text", "surface", "unit", "dimension"),
    [
        ("The flat has 850 sq ft of floor.", "850 sq ft", "square foot", "area"),
        ("Each plot is 400 m² in size.", "400 m²", "square metre", "area"),
        ("The field gave 52 bushels an acre.", "52 bushels", "bushel", "volume"),
        ("It ships with a 1,598 cc engine.", "1,598 cc", "cubic centimetre", "volume"),
        ("The freighter carried 9,000 short tons of ore.", "9,000 short tons", "short ton", "mass"),
        (
            "The mine produced 310,000 troy ounces last year.",
            "310,000 troy ounces",
            "troy ounce",
            "mass",
        ),
        ("The engine makes 400 hp at full load.", "400 hp", "horsepower", "power"),
        ("The farm fed 15 GWh into the grid.", "15 GWh", "gigawatt hour", "energy"),
        ("Tyres were inflated to 32 psi.", "32 psi", "psi", "pressure"),
        ("The line carries 400 kV across the valley.", "400 kV", "kilovolt", "electric potential"),
        ("Highs of 30C are forecast.", "30C", "degree Celsius", "temperature"),
        ("The hybrid returns 52 mpg in town.", "52 mpg", "mile / gallon", "fuel economy"),
        ("Russia shipped 155 bcm of gas.", "155 bcm", "billion cubic metre", "volume"),
        ("The field holds 1.5 tcf of gas.", "1.5 tcf", "trillion cubic foot", "volume"),
        # two SI symbols written together: their product
        ("The engine makes 400 Nm of torque.", "400 Nm", "newton * metre", "energy"),
        (
            "The phone's battery holds 5,000 mAh.",
            "5,000 mAh",
            "milliampere * hour",
            "electric charge",
        ),
        ("The backup supply is rated at 1,500 VA.", "1,500 VA", "volt * ampere", "power"),
        ("Honey's viscosity is about 10 Pas.", "about 10 Pas", "pascal * second", "viscosity"),
        ("The clinic runs a 500 kVA generator.", "500 kVA", "kilovolt * ampere", "power"),
        ("The storm deepened to 950 hPa.", "950 hPa", "hectopascal", "pressure"),  # one unit
    ],
)
def test_quantities_units_of_news_copy(text: str, surface: str, unit: str, dimension: str) -> None:
    quantity = quantities_of(text)[0]
    assert (quantity.text, quantity.unit, quantity.dimension) == (surface, unit, dimension)


@pytest.mark.parametrize(
    "text", ["Pupils on Grade 2 C papers sat early.", "She got 3 C's and an A.", "He flew 2 F-16s."]
)
def test_quantities_a_letter_apart_from_its_number_is_no_degree(text: str) -> None:
    assert all(q.dimension != "temperature" for q in quantities_of(text))


@pytest.mark.parametrize(
    "text",
    ["The track ran between 2 and 3 KM.", "It lasted from 20 to 30 MG.", "Between 1.5 and 2.5 PM."],
)
def test_quantities_a_range_in_capitals_does_not_fail(text: str) -> None:
    assert quantities_of(text)


@pytest.mark.parametrize(
    ("text", "surface", "value", "currency"),
    [
        ("The state set aside Rs 4,500 crore for roads.", "Rs 4,500 crore", 4.5e10, "INR"),
        ("The scheme costs ₹2 lakh crore.", "₹2 lakh crore", 2e12, "INR"),
        ("Each family gets Rs. 300 a month.", "Rs. 300 a month", 300, "INR"),
        ("Donors gave tens of thousands of dollars.", "tens of thousands of dollars", 1e4, "USD"),
        ("Millions of Swiss francs left the bank.", "Millions of Swiss francs", 1e6, "CHF"),
        (
            "A war would cost hundreds of billions of euros.",
            "hundreds of billions of euros",
            1e11,
            "EUR",
        ),
    ],
)
def test_quantities_lakhs_crores_and_vague_sums(
    text: str, surface: str, value: float, currency: str
) -> None:
    quantity = quantities_of(text)[0]
    assert (quantity.text, quantity.value, quantity.currency) == (surface, value, currency)
    assert quantity.dimension == "currency"


def test_quantities_a_lakh_counts() -> None:
    (quantity,) = quantities_of("Some 1.5 lakh families were moved.")
    assert (quantity.text, quantity.value, quantity.of) == ("Some 1.5 lakh", 150000, "families")


@pytest.mark.parametrize(
    ("text", "surface", "value", "counted"),
    [
        ("Roughly one in five adults smoke.", "Roughly one in five", 0.2, "adults"),
        ("One in every four homes lacks power.", "One in every four", 0.25, "homes"),
        ("The odds are one in a million.", "one in a million", 1e-6, None),
        ("The defect hits 1 in 1,500 babies.", "1 in 1,500", 1 / 1500, "babies"),
        ("Nine out of ten voters backed it.", "Nine out of ten", 0.9, "voters"),
        ("Eight of 10 homes lost power.", "Eight of 10", 0.8, "homes"),
        (
            "Roughly one of every eight drivers is uninsured.",
            "Roughly one of every eight",
            1 / 8,
            "drivers",
        ),
    ],
)
def test_quantities_one_in_five_is_a_ratio(
    text: str, surface: str, value: float, counted: str | None
) -> None:
    (quantity,) = quantities_of(text)
    assert (quantity.text, quantity.dimension, quantity.of) == (surface, "ratio", counted)
    assert quantity.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "surface", "value", "approx", "counted"),
    [
        ("Thousands fled the shelling.", "Thousands", 1e3, "thousands", None),
        ("The blast killed hundreds.", "hundreds", 100, "hundreds", None),
        ("Refugees arrived by the thousands.", "thousands", 1e3, "thousands", None),
        (
            "Hundreds of thousands fled.",
            "Hundreds of thousands",
            1e5,
            "hundreds of thousands",
            None,
        ),
        (
            "Donors sent tens of millions to the races.",
            "tens of millions",
            1e7,
            "tens of millions",
            None,
        ),
        ("Scores of protesters were held.", "Scores of", 10, "scores of", "protesters"),
        (
            "Hundreds of thousands of people fled.",
            "Hundreds of thousands of",
            1e5,
            "hundreds of thousands of",
            "people",
        ),
    ],
)
def test_quantities_vague_amounts_alone_and_of_something(
    text: str, surface: str, value: float, approx: str, counted: str | None
) -> None:
    (quantity,) = quantities_of(text)
    assert (quantity.text, quantity.value, quantity.approx, quantity.of) == (
        surface,
        value,
        approx,
        counted,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Test scores rose sharply.",
        "The Thousand Islands drew tourists.",
        "A hundreds-strong crowd.",
    ],
)
def test_quantities_words_like_vague_amounts_that_are_none(text: str) -> None:
    assert quantities_of(text) == []


@pytest.mark.parametrize("text", ["She was born 1 in 2020.", "They won 5 in 3 games."])
def test_quantities_a_year_or_a_larger_part_is_no_ratio(text: str) -> None:
    assert all(q.dimension != "ratio" for q in quantities_of(text))


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Losses ran into the hundreds.", "into the hundreds", 100),
        ("Crowds were in the tens of thousands.", "in the tens of thousands", 1e4),
    ],
)
def test_quantities_in_the_hundreds_is_a_vague_amount(
    text: str, surface: str, value: float
) -> None:
    (quantity,) = quantities_of(text)
    assert (quantity.text, quantity.value, quantity.approx) == (surface, value, surface)


@pytest.mark.parametrize(
    ("text", "surface", "dimension", "si_kelvin"),
    [
        (
            "Leaders vowed to hold warming to 1.5C above pre-industrial levels.",
            "1.5C",
            "temperature change",
            1.5,
        ),
        ("The week was 9 °F warmer than usual.", "9 °F", "temperature change", 5.0),
        ("The sea has warmed by about 1.1 °C.", "about 1.1 °C", "temperature change", 1.1),
        ("Highs rose by 2C to 41C.", "41C", "temperature", 314.15),
        ("Lows of 5C below zero were recorded.", "5C below zero", "temperature", 268.15),
        ("Crews faced minus 20C in the pass.", "minus 20C", "temperature", 253.15),
        ("Water stays liquid at 10C above freezing.", "10C", "temperature", 283.15),
    ],
)
def test_quantities_a_change_of_temperature_is_a_difference_in_kelvin(
    text: str, surface: str, dimension: str, si_kelvin: float
) -> None:
    quantity = next(q for q in quantities_of(text) if q.text == surface)
    assert quantity.dimension == dimension
    assert quantity.si is not None
    assert (quantity.si.value, quantity.si.unit) == (pytest.approx(si_kelvin), "K")


def test_quantities_a_change_by_is_no_range() -> None:
    found = quantities_of("Highs rose by 2C to 41C.")
    assert [(q.text, q.approx) for q in found] == [("2C", None), ("41C", None)]


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("The bank raised rates by 50 basis points.", "50 basis points", 50, "basis point"),
        ("Spreads widened 25bps overnight.", "25bps", 25, "basis point"),
        ("Inflation eased to 3.7pc in May.", "3.7pc", 3.7, "percent"),
        ("Output grew 0.2 pc on the quarter.", "0.2 pc", 0.2, "percent"),
    ],
)
def test_quantities_basis_points_and_pc(text: str, surface: str, value: float, unit: str) -> None:
    (quantity,) = quantities_of(text)
    assert (quantity.text, quantity.value, quantity.unit) == (surface, value, unit)
    assert quantity.dimension == "percentage"


@pytest.mark.parametrize(
    ("text", "surface", "approx", "counted"),
    [
        ("The air force sent 40-odd jets.", "40-odd", "odd", "jets"),
        ("Only 20 or so tanks crossed.", "20 or so", "or so", "tanks"),
        ("Some 40-odd jets flew.", "Some 40-odd", "Some odd", "jets"),
    ],
)
def test_quantities_qualifiers_written_after_the_number(
    text: str, surface: str, approx: str, counted: str
) -> None:
    (quantity,) = quantities_of(text)
    assert (quantity.text, quantity.approx, quantity.of) == (surface, approx, counted)


@pytest.mark.parametrize(
    ("text", "surface", "value", "currency"),
    [
        ("The budget is PKR 9.5 trillion.", "PKR 9.5 trillion", 9.5e12, "PKR"),
        ("A ticket costs 400 SEK.", "400 SEK", 400, "SEK"),
        ("Delegates met at COP 26 in Glasgow.", None, None, None),
    ],
)
def test_quantities_any_iso_4217_code_but_those_that_are_words(
    text: str, surface: str | None, value: float | None, currency: str | None
) -> None:
    money = [q for q in quantities_of(text) if q.dimension == "currency"]
    assert [(q.text, q.value, q.currency) for q in money] == (
        [(surface, value, currency)] if surface else []
    )


@pytest.mark.parametrize(
    ("text", "bounds", "approx"),
    [
        (
            "Salaries run between 2 and 3 million dollars.",
            [("between 2", 2e6), ("3 million dollars", 3e6)],
            "between 2 and 3 million dollars",
        ),
        (
            "Rents of 900 to 1,200 euros are common.",
            [("900", 900), ("1,200 euros", 1200)],
            "900 to 1,200 euros",
        ),
        (
            "Fares ranged from £20 to £35.",
            [("from £20", 20), ("£35", 35)],
            "from £20 to £35",
        ),
        (
            "The camp held between 300 and 400 thousand people.",
            [("between 300", 3e5), ("400 thousand", 4e5)],
            "between 300 and 400 thousand",
        ),
        (
            "It housed between 300,000 and 2 million people.",
            [("between 300,000", 3e5), ("2 million", 2e6)],
            "between 300,000 and 2 million",
        ),
    ],
)
def test_quantities_ranges_share_the_scale_and_currency_written_once(
    text: str, bounds: list[tuple[str, float]], approx: str
) -> None:
    found = quantities_of(text)
    assert [(q.text, q.value) for q in found] == bounds
    assert [q.approx for q in found] == [approx, approx]


@pytest.mark.parametrize(
    ("text", "bounds", "approx", "field", "shared"),
    [
        # counts before what they count, without "between" or "from"
        (
            "The company will cut 300 to 400 jobs.",
            [("300", 300), ("400", 400)],
            "300 to 400",
            "of",
            "jobs",
        ),
        (
            "Police said 1,000-1,500 protesters gathered.",
            [("1,000", 1000), ("1,500", 1500)],
            "1,000 to 1,500",
            "of",
            "protesters",
        ),
        (
            "Some 20 to 30 soldiers were killed.",
            [("Some 20", 20), ("30", 30)],
            "some 20 to 30",
            "of",
            "soldiers",
        ),
        ("Clinics saw 5-10 patients a day.", [("5", 5), ("10", 10)], "5 to 10", "of", "patients"),
        (
            "The ferry carries 2-3 million passengers.",
            [("2", 2e6), ("3 million", 3e6)],
            "2 to 3 million",
            "of",
            "passengers",
        ),
        # sums with the symbol or the scale written once
        (
            "The bill would cost $40-50 billion over a decade.",
            [("$40", 4e10), ("50 billion", 5e10)],
            "$40-50 billion",
            "currency",
            "USD",
        ),
        (
            "The deal is worth £2 to 3m, it said.",
            [("£2", 2e6), ("3m", 3e6)],
            "£2 to 3m",
            "currency",
            "GBP",
        ),
        (
            "Analysts put it at $2-$3 billion.",
            [("$2", 2e9), ("$3 billion", 3e9)],
            "$2-$3 billion",
            "currency",
            "USD",
        ),
        (
            "It paid between $5 and $6 billion.",
            [("between $5", 5e9), ("$6 billion", 6e9)],
            "between $5 and $6 billion",
            "currency",
            "USD",
        ),
    ],
)
def test_quantities_a_range_written_once_for_both_bounds(
    text: str, bounds: list[tuple[str, float]], approx: str, field: str, shared: str
) -> None:
    found = quantities_of(text)
    assert [(q.text, q.value) for q in found] == bounds
    assert [(q.approx, getattr(q, field)) for q in found] == [(approx, shared)] * 2


def test_quantities_a_shared_qualifier_makes_no_range() -> None:
    found = quantities_of("Officials said at least one was hurt and at least 3 homes burned.")
    assert [(q.text, q.approx, q.of) for q in found] == [
        ("at least one", "at least", None),
        ("at least 3", "at least", "homes"),
    ]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("The court issued a 5-4 decision.", []),  # a score: the first is larger
        ("Kenya won the first leg 2-1 in Nairobi.", []),
        ("The side settled for a 1-2 finish.", []),
        ("The 9-11 attacks changed air travel.", []),  # a name, not "9 to 11 attacks"
        ("The airline grounded its Boeing 737-800 jets.", []),
        ("The order covers the 737-800 family.", []),
        ("The 737-800 is popular with budget airlines.", []),
        ("The pupils, aged 7 to 10, were unharmed.", [("7", None), ("10", None)]),
    ],
)
def test_quantities_numbers_joined_by_a_hyphen_or_to_that_are_no_range(
    text: str, counts: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.approx) for q in quantities_of(text)] == counts


@pytest.mark.parametrize(
    ("text", "surface", "unit", "currency"),
    [
        ("Workers want $15 an hour.", "$15 an hour", "per hour", "USD"),
        ("Rent in the city is £1,200 a month.", "£1,200 a month", "per month", "GBP"),
        ("The grant rose to R1,500 a month.", "R1,500 a month", "per month", "ZAR"),
        ("The $6.99-a-month plan launched.", "$6.99-a-month", "per month", "USD"),
    ],
)
def test_quantities_a_wage_or_rent_is_a_rate_per_unit_of_time(
    text: str, surface: str, unit: str | None, currency: str | None
) -> None:
    quantity = quantities_of(text)[0]
    assert (quantity.text, quantity.unit, quantity.currency) == (surface, unit, currency)


@pytest.mark.parametrize(
    ("text", "quantities"),
    [
        ("Petrol rose to 150p a litre.", [("150p a litre", 1.5, "GBP")]),
        ("Shares rose 3p to 150p.", [("3p", 0.03, "GBP"), ("150p", 1.5, "GBP")]),
        ("The phone has a 1080p screen.", []),  # a video format, not pence
    ],
)
def test_quantities_pence_written_on_the_amount(
    text: str, quantities: list[tuple[str, float, str]]
) -> None:
    assert [(q.text, q.value, q.currency) for q in quantities_of(text)] == quantities


@pytest.mark.parametrize(
    ("text", "surface", "counted"),
    [
        ("A poll found 74 percent of voters agreed.", "74 percent", "voters"),
        ("He vowed a 35 percent tariff on imports.", "35 percent", "tariff"),
        ("The bank paid a record $100 million penalty.", "$100 million", "penalty"),
        ("Spain buys $250 billion worth of goods a year.", "$250 billion", None),
        ("Exports rose 3% last year.", "3%", None),
        ("The fund paid $2m to the club.", "$2m", None),
    ],
)
def test_quantities_what_a_share_or_a_sum_is_of(
    text: str, surface: str, counted: str | None
) -> None:
    quantity = quantities_of(text)[0]
    assert (quantity.text, quantity.of) == (surface, counted)


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("The two companies signed a deal.", []),  # counted where the story first said so
        ("Later the three men were freed.", []),
        ("Three men were seized on Monday.", [("Three", "men")]),
        ("The 27 member states agreed.", [("27", "member states")]),  # digits still count
    ],
)
def test_quantities_a_number_word_after_the_refers_back(
    text: str, counts: list[tuple[str, str]]
) -> None:
    assert [(q.text, q.of) for q in quantities_of(text)] == counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "Only 12 of the 27 member states agreed.",
            [("12", "member states"), ("27", "member states")],
        ),
        ("Two of the victims were children.", [("Two", "victims")]),
        ("He closed 10 of the company's stores.", [("10", "stores")]),
        ("Some 5% of Ohio's population is Polish.", [("Some 5%", "population")]),
        ("Lee was one of four judges who dissented.", [("four", "judges")]),  # no ratio
        (
            "Nearly a third of the 450 MPs voted against.",
            [("Nearly a third", "MPs"), ("450", "MPs")],
        ),
    ],
)
def test_quantities_what_a_part_is_of(text: str, counts: list[tuple[str, str]]) -> None:
    assert [(q.text, q.of) for q in quantities_of(text)] == counts


@pytest.mark.parametrize(
    ("text", "surface", "value", "counted"),
    [
        ("A 6.1-magnitude quake hit the coast.", "6.1-magnitude", 6.1, "quake"),
        ("A magnitude 6.4 earthquake struck.", "magnitude 6.4", 6.4, "earthquake"),
        ("It measured 7.8 on the Richter scale.", "7.8 on the Richter scale", 7.8, None),
    ],
)
def test_quantities_the_magnitude_of_an_earthquake(
    text: str, surface: str, value: float, counted: str | None
) -> None:
    (quake,) = quantities_of(text)
    assert (quake.text, quake.value, quake.unit, quake.of) == (surface, value, "magnitude", counted)
    assert (quake.dimension, quake.si) == ("seismic magnitude", None)


def test_quantities_half_of_something_is_a_share_and_half_a_loaf_none() -> None:
    assert [(q.text, q.value, q.of) for q in quantities_of("Half of the 300 workers quit.")] == [
        ("Half", 0.5, "workers"),
        ("300", 300, "workers"),
    ]
    assert quantities_of("Half a loaf is better than none.") == []
    assert quantities_of("The magnitude of the task is huge.") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("He stands 6ft 2in (1.88m) tall.", [("6ft 2in", 74, "inch"), ("1.88m", 1.88, "metre")]),
        ("The boy is 5 feet 10 inches tall.", [("5 feet 10 inches", 70, "inch")]),
        ("The snow lay 12in deep.", [("12in", 12, "inch")]),
        ("Rain totalled 4in (100mm).", [("4in", 4, "inch"), ("100mm", 100, "millimetre")]),
        ("Sales rose 4in the quarter.", []),  # a lost space, not inches
    ],
)
def test_quantities_feet_and_inches(text: str, found: list[tuple[str, float, str]]) -> None:
    assert [(q.text, q.value, q.unit) for q in quantities_of(text)] == found


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("He stands 6ft 2in (1.88m) tall.", "consistent"),
        ("He stands 6ft 2in (1.98m) tall.", "inconsistent"),
    ],
)
def test_checks_a_length_in_feet_and_inches_is_rounded_to_its_last_part(
    text: str, status: str
) -> None:
    (check,) = analyze(text, verbatim=True).checks
    assert check.status == status


def test_quantities_a_volume_of_gas_in_billions_of_cubic_metres() -> None:
    (gas,) = quantities_of("Russia shipped 155 bcm of gas.")
    assert gas.si is not None and (gas.si.value, gas.si.unit) == (pytest.approx(1.55e11), "m ** 3")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The town of 12 000 people flooded.", [("12 000", 12000)]),
        ("The dam holds 74\u2009000 litres.", [("74\u2009000 litres", 74000)]),
        ("Schobert played 74 100% of snaps.", [("74", 74), ("100%", 100)]),  # a table's cells
    ],
)
def test_quantities_thousands_grouped_with_spaces(
    text: str, found: list[tuple[str, float]]
) -> None:
    assert [(q.text, q.value) for q in quantities_of(text)] == found


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The Fed cut rates by a quarter point.", "a quarter point", 0.25),
        ("The bank raised rates by half a point.", "half a point", 0.5),
    ],
)
def test_quantities_a_quarter_point_of_a_rate(text: str, surface: str, value: float) -> None:
    (cut,) = quantities_of(text)
    assert (cut.text, cut.value, cut.unit) == (surface, value, "percentage point")
    assert [q.unit for q in quantities_of("The index rose 12 points.")] == [None]


@pytest.mark.parametrize(
    ("text", "surface", "unit", "dimension"),
    [
        (
            "Opec+ will cut 2 million barrels a day.",
            "2 million barrels a day",
            "barrel / day",
            "volume flow",
        ),
        ("The convoy covers 40 km a day.", "40 km a day", "kilometre / day", "speed"),
        ("The plant produces 5 kWh an hour.", "5 kWh an hour", "kilowatt_hour / hour", "power"),
        ("He packed 10 kg a bag.", "10 kg", "kilogram", "mass"),  # a bag is no unit of time
    ],
)
def test_quantities_a_unit_a_day_is_a_rate(
    text: str, surface: str, unit: str, dimension: str
) -> None:
    quantity = quantities_of(text)[0]
    assert (quantity.text, quantity.unit, quantity.dimension) == (surface, unit, dimension)


def test_quantities_a_range_of_wages_shares_its_rate() -> None:
    found = quantities_of("Tellers made $28,000 to $45,000 a year.")
    assert [(q.text, q.unit) for q in found] == [
        ("$28,000", "per year"),
        ("$45,000 a year", "per year"),
    ]


def test_quantities_an_amount_before_a_time_that_is_no_rate() -> None:
    found = quantities_of("A month later, 300 people had left.")
    assert [(q.text, q.of) for q in found] == [("300", "people")]


@pytest.mark.parametrize(
    ("text", "surface", "value", "currency"),
    [
        ("The strike cost an estimated R2.5 billion.", "R2.5 billion", 2.5e9, "ZAR"),
        ("Abuja's budget is N21.8 trillion.", "N21.8 trillion", 2.18e13, "NGN"),
        ("Manila set aside ₱5 billion.", "₱5 billion", 5e9, "PHP"),
        ("Accra borrowed GH¢3 billion.", "GH¢3 billion", 3e9, "GHS"),
        ("Beijing pledged RMB 5 billion.", "RMB 5 billion", 5e9, "CNY"),
        ("Jakarta set aside Rp 5 trillion.", "Rp 5 trillion", 5e12, "IDR"),
        ("Putrajaya approved RM2.6 billion.", "RM2.6 billion", 2.6e9, "MYR"),
        ("Taipei budgeted NT$1.2 trillion.", "NT$1.2 trillion", 1.2e12, "TWD"),
        ("The ministry raised Mex$10 billion.", "Mex$10 billion", 1e10, "MXN"),
        ("Dhaka allotted Tk 500 crore.", "Tk 500 crore", 5e9, "BDT"),
        ("Bangkok spent ฿20 billion.", "฿20 billion", 2e10, "THB"),
    ],
)
def test_quantities_currencies_of_africa_and_asia(
    text: str, surface: str, value: float, currency: str
) -> None:
    quantity = only(text)
    assert (quantity.text, quantity.value, quantity.currency) == (surface, value, currency)


@pytest.mark.parametrize(
    "text",
    [
        "The BMW R1250 sold out.",  # a model, not rand
        "Staff ran out of N95 masks.",  # a mask, not naira
        "Section R12.5 of the code applies.",
        "Fuel now costs N617 per litre.",  # naira perhaps, but written as a name is
    ],
)
def test_quantities_a_currency_letter_before_a_bare_number_is_a_name(text: str) -> None:
    assert all(q.currency is None for q in quantities_of(text))


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Shares rose 5 cents to $1.85.", "5 cents", "$1.85"),
        ("Brent fell $1.20 to $85.40 a barrel.", "$1.20", "$85.40 a barrel"),
        ("Inflation rose 0.3% to 2.4% in March.", "0.3%", "2.4%"),
        ("The river rose 2 metres to 9 metres.", "2 metres", "9 metres"),
        ("Highs jumped 6C to 41C on Friday.", "6C", "41C"),
        ("Turnout rose from 61% to 67%.", "61%", "67%"),  # where it began and ended
        ("Night lows fell from -12 °C to -27 °C.", "-12 °C", "-27 °C"),
    ],
)
def test_quantities_a_move_then_the_level_it_reached_is_no_range(
    text: str, first: str, second: str
) -> None:
    found = quantities_of(text)
    assert [(q.text, q.approx) for q in found] == [(first, None), (second, None)]


@pytest.mark.parametrize(
    ("text", "approx"),
    [
        ("Sales rose 2% to 3% a year.", "2 to 3"),  # close bounds after a verb: a range
        ("The firm shed 300 to 400 jobs.", "300 to 400"),
    ],
)
def test_quantities_close_bounds_after_a_verb_of_movement_stay_a_range(
    text: str, approx: str
) -> None:
    assert [q.approx for q in quantities_of(text)] == [approx, approx]


def test_quantities_a_rise_in_degrees_is_a_change_of_temperature() -> None:
    rise = quantities_of("Highs jumped 6C to 41C on Friday.")[0]
    assert rise.dimension == "temperature change"
    assert rise.si is not None and rise.si.value == pytest.approx(6.0)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Output increased from 2 to 3 tonnes.",
            [("2", "tonne", None), ("3 tonnes", "tonne", None)],
        ),
        ("Fares fell from 20 to 15 euros.", [("20", None, "EUR"), ("15 euros", None, "EUR")]),
    ],
)
def test_quantities_a_change_names_its_unit_or_currency_once(
    text: str, found: list[tuple[str, str | None, str | None]]
) -> None:
    assert [(q.text, q.unit, q.currency) for q in quantities_of(text)] == found


def test_quantities_a_fall_from_one_sum_to_another_is_no_range() -> None:
    found = quantities_of("The fare fell from $5 to $4.")
    assert [(q.text, q.approx) for q in found] == [("$5", None), ("$4", None)]


def test_quantities_hectares_written_ha() -> None:
    (quantity,) = quantities_of("The scheme will irrigate 500,000 ha of land.")
    assert (quantity.text, quantity.unit, quantity.of) == ("500,000 ha", "hectare", "land")


@pytest.mark.parametrize(
    ("text", "status", "spans"),
    [
        ("The poll is set for Sat., Nov. 6, 2021.", "consistent", ["Sat", "Nov. 6, 2021"]),
        ("It began on Thurs. March 9, 2021.", "inconsistent", ["Thurs", "March 9, 2021"]),
        ("It ended on Tuesday (March 9, 2021).", "consistent", ["Tuesday", "March 9, 2021"]),
    ],
)
def test_checks_weekday_written_apart_from_its_date(
    text: str, status: str, spans: list[str]
) -> None:
    (check,) = analyze(text, published="2021-12-01", verbatim=True).checks
    assert (check.kind, check.status) == ("weekday_date", status)
    assert [s.text for s in check.spans] == spans


def test_checks_a_word_that_starts_like_a_weekday_is_none() -> None:
    assert analyze("Satellite images of March 9, 2021 show the site.", verbatim=True).checks == []


@pytest.mark.parametrize(
    ("text", "surface", "counted"),
    [
        ("The firm announced 10,000 job cuts.", "10,000", "job cuts"),
        ("The site hired 18 fact-checkers.", "18", "fact-checkers"),
        ("It took on 20 part-time workers.", "20", "part-time workers"),
        ("Rescuers found 60 aircraft and 300 staff.", "60", "aircraft"),
        ("The index fell below the 5000 mark.", "5000", "mark"),
        ("A 9.0 magnitude quake struck.", "9.0 magnitude", "quake"),  # a magnitude now
    ],
)
def test_quantities_counts_before_compounds_plurals_and_marks_stay(
    text: str, surface: str, counted: str
) -> None:
    quantity = quantities_of(text)[0]
    assert (quantity.text, quantity.of) == (surface, counted)


def test_quantities_a_number_after_a_count_names_the_model() -> None:
    found = quantities_of("Seven new 737 aircraft joined the fleet.")
    assert [(q.text, q.value, q.dimension) for q in found] == [
        ("Seven", 7, "count"),
        ("737", 737, "identifier"),
    ]


@pytest.mark.parametrize(
    ("text", "surface", "value", "currency", "unit"),
    [
        ("Ottawa unveiled a $1.5-billion package.", "$1.5-billion", 1.5e9, "USD", None),
        ("Fares saw a 10-cent rise.", "10-cent", 0.1, "USD", None),
        ("Kenya raised KSh 50bn in bonds.", "KSh 50bn", 5e10, "KES", None),
        ("The rate hit 15.7 Egyptian pounds.", "15.7 Egyptian pounds", 15.7, "EGP", None),
        ("Rooms cost $250/night in July.", "$250/night", 250, "USD", "per night"),
    ],
)
def test_quantities_hyphenated_scales_coins_and_more_currencies(
    text: str, surface: str, value: float, currency: str, unit: str | None
) -> None:
    (quantity,) = quantities_of(text)
    assert (quantity.text, quantity.value, quantity.currency, quantity.unit) == (
        surface,
        value,
        currency,
        unit,
    )


def test_quantities_a_bare_pounds_stays_a_weight() -> None:
    (quantity,) = quantities_of("The parcel weighed 15 pounds.")
    assert (quantity.unit, quantity.currency) == ("pound", None)


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("The farm was sold for 20 shillings in 1790.", None),
        ("The loan is 50bn Kenyan shillings.", "KES"),
    ],
)
def test_quantities_shillings_need_their_country(text: str, currency: str | None) -> None:
    assert [q.currency for q in quantities_of(text) if q.dimension == "currency"] == (
        [currency] if currency else []
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Espero que tenha gostado.", []),  # a word that starts with a number word
        ("They farm ten ha of rice.", [("ten ha", 10.0, "hectare")]),
    ],
)
def test_quantities_a_number_word_ends_at_a_word_boundary(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert [(q.text, q.value, q.unit) for q in quantities_of(text)] == expected
