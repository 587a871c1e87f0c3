"""Second pass of issue 23: mechanisms that do not depend on the demo knowledge base's wording.

Company facts found by the shape of their sentences (contact details, a founding year, an
ownership form, counties), a matched topic's own words not taken as a sign of an unanswerable
question, "the smaller one" relative to the entity just discussed, and adjectives that name an
attribute ("how heavy"). Run on the demo knowledge base and on the unseen Tidewater one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index_builder.build import build_bundle
from shared.rag.answering import Answerer
from shared.rag.embedding import Embedder
from shared.rag.facts import cue_bonus
from shared.rag.resolve import resolve
from shared.rag.retriever import Retriever
from shared.rag.sentences import Sentence

from .conftest import ROOT

TIDEWATER = ROOT / "eval" / "answers" / "kb_tidewater"


@pytest.fixture(scope="module")
def tidewater(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Retriever:
    """A retriever over the solar installer's knowledge base, built in-process."""
    out: Path = tmp_path_factory.mktemp("tidewater") / "bundle"
    build_bundle(TIDEWATER, out, lambda: embedder)
    return Retriever.from_bundle_dir(out, embedder)


def _sentence(text: str) -> Sentence:
    return Sentence(text=text, source="a.md", heading="H", title="T", category="company")


def test_sentences_shaped_like_a_fact_gain_that_topic_s_cue() -> None:
    """A phone number, a founding year, an ownership form and a list of counties each mark
    their topic's sentence, whatever the other words; a sentence without the shape gains
    nothing."""
    said = [
        _sentence("Ring the front desk on (707) 555 0199."),
        _sentence("Acme was established back in 1987 in Ohio."),
        _sentence("We are a family-owned business."),
        _sentence("Our crews work in Lake and Napa counties."),
        _sentence("Panels are guaranteed for 25 years."),
    ]
    assert list(cue_bonus("sales contact", said) > 0) == [True, False, False, False, False]
    assert list(cue_bonus("founded", said) > 0) == [False, True, False, False, False]
    assert list(cue_bonus("ownership", said) > 0) == [False, False, True, False, False]
    assert list(cue_bonus("service area", said) > 0) == [False, False, False, True, False]
    assert not cue_bonus("returns", said).any()


def test_an_unseen_knowledge_base_s_company_facts_are_found(tidewater: Retriever) -> None:
    """The solar installer's contact line, founding, ownership and counties are facts of the
    bundle although its sentences are worded far from the topics' questions."""
    facts = tidewater.facts.facts
    assert "555 0199" in " ".join(facts["sales contact"].sentences)
    assert "2014" in " ".join(facts["founded"].sentences)
    assert "employee-owned" in " ".join(facts["ownership"].sentences)
    assert "Humboldt" in " ".join(facts["service area"].sentences)


def test_a_cue_keeps_the_sentences_the_fact_needs(retriever: Retriever) -> None:
    """The cue picks the section, but the section's sentences near by meaning still join the
    fact: the demo's ownership fact names both founders."""
    said = " ".join(retriever.facts.facts["ownership"].sentences)
    assert "Dana Whitfield" in said
    assert "Luis Arroyo" in said


@pytest.mark.parametrize(
    ("question", "expected"),
    [("how do i contact you", "555 0199"), ("are you employee owned?", "employee-owned")],
)
def test_company_questions_on_an_unseen_knowledge_base_are_answered(
    tidewater: Retriever, question: str, expected: str
) -> None:
    """Company questions on the unseen knowledge base get its fact, not "I don't know"."""
    answer = Answerer(tidewater).answer(question)
    assert answer.grounded
    assert expected in answer.text


def test_a_topic_s_own_words_are_not_a_reason_to_abstain(retriever: Retriever) -> None:
    """ "address" is a word the demo knowledge base never uses, but it belongs to the asked
    topic (an e-mail address), so the contact fact answers."""
    answer = Answerer(retriever).answer("whats your email address")
    assert "sales@copperline.coffee" in answer.text


def test_an_abbreviation_the_dictionary_lacks_still_counts_as_unknown(
    tidewater: Retriever,
) -> None:
    """ "CEO" is an English word the unseen knowledge base never uses: the ownership fact
    ("employee-owned") does not answer who the CEO is."""
    assert not Answerer(tidewater).answer("who is your CEO?").grounded


@pytest.mark.parametrize(
    ("earlier", "question", "meant"),
    [
        ("Atlas 75", "and the smaller one?", "Atlas 64"),
        ("Lumen 2-Group", "what about the bigger one", "Lumen 3-Group"),
    ],
)
def test_smaller_or_bigger_is_relative_to_the_entity_just_discussed(
    retriever: Retriever, earlier: str, question: str, meant: str
) -> None:
    """ "the smaller one" after one entity is its nearest smaller sibling, not itself."""
    found = resolve(retriever.catalog, question, [earlier])
    assert [e.name for e in found.entities] == [meant]


def test_the_smallest_has_no_smaller_sibling(retriever: Retriever) -> None:
    """ "the smaller one" after the smallest grinder stays on it rather than jumping."""
    found = resolve(retriever.catalog, "and the smaller one?", ["Atlas 64"])
    assert [e.name for e in found.entities] == ["Atlas 64"]


def test_an_adjective_asks_its_attribute(tidewater: Retriever) -> None:
    """ "how heavy" asks the weight: the catalog's weight answers, not the description."""
    answer = Answerer(tidewater).answer("how heavy is the halo 450 black")
    assert "23 kg" in answer.text
