"""The pipeline's own component: line breaks end sentences, overlong runs are cut."""

from __future__ import annotations

from spacy.language import Language

from dateline.nlp import MAX_SENTENCE_TOKENS


def test_nlp_each_line_is_its_own_sentence(nlp: Language) -> None:
    doc = nlp("Talks collapse in Vienna\nGENEVA - The envoy left early\nHe said nothing")
    assert [s.text.strip() for s in doc.sents] == [
        "Talks collapse in Vienna",
        "GENEVA - The envoy left early",
        "He said nothing",
    ]


def test_nlp_a_run_without_a_stop_is_cut_after_its_last_comma(nlp: Language) -> None:
    words = ["word"] * (MAX_SENTENCE_TOKENS - 10) + [","] + ["word"] * 30
    doc = nlp(" ".join(words))
    first = next(iter(doc.sents))
    assert len(first) == MAX_SENTENCE_TOKENS - 9  # up to and with the comma
    assert first[-1].text == ","


def test_nlp_many_short_lines_each_start_a_sentence(nlp: Language) -> None:
    text = "\n".join(f"Line {n} holds a name" for n in range(2000))
    doc = nlp(text)
    firsts = [token for token in doc if token.text == "Line"]
    assert len(firsts) == 2000
    assert all(token.is_sent_start for token in firsts)
