"""The local brain: rules over a typo-normalised message, gazetteers, an intent classifier and
embedding similarity.

Detections run one after another (they are microsecond rules), while the message's embedding
runs beside them in a worker thread (the model releases the GIL): it starts as soon as the
normalised text is known and is awaited where the classifier needs it. Rules read the
normalised text (text-speak expanded, misspelled cue words corrected), while
names, emails and phone numbers are read from the text as typed. A message in another language
is read through its word-for-word English gloss (:mod:`shared.understanding.gloss`), which is
also what the knowledge base is searched with. The message is embedded once
per turn; that one vector feeds the intent classifier (flow signals: handoff, refusal,
correction, goodbye, restart, support issue, privacy request, small talk) and the visitor-type
prototypes. The brain also decides whether the knowledge base is searched (``retrieve``).
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import functools
from collections.abc import Callable
from typing import Any

import numpy as np
import numpy.typing as npt
from pydantic import ValidationError

from shared.catalog.served import served_catalog
from shared.conversation import foresight, signals
from shared.conversation.fields import EXTRACTORS, business_fields, equipment
from shared.conversation.phrases import NOT_KNOWN_EITHER
from shared.conversation.registry import APPENDED_FIELDS, CHANNELS
from shared.conversation.semantic import PrototypeClassifier
from shared.conversation.state import ConversationState, CustomerType, PendingEmail
from shared.conversation.topics import (
    answered_entities,
    pending_ask,
    recent_computed,
    recent_credited,
    recent_entities,
    recent_order,
)
from shared.conversation.understanding import Understanding
from shared.crm.support import decide
from shared.rag.candidates import chosen, ranked_picks
from shared.rag.parts import OFFER
from shared.understanding.account_requests import account_request
from shared.understanding.advice import asks_advice, needs_of
from shared.understanding.asked import asks_about_item
from shared.understanding.asked_context import asked_apart
from shared.understanding.choices import chooses_by_rank, decides, picks_from_choice
from shared.understanding.closings import closes, thanks_at_end
from shared.understanding.commitment import (
    asks_how_to_buy,
    brings_agenda,
    defers,
    leaves_business,
    tentative,
    unsure_plans,
    will_contact_us,
    will_reach_out,
    written_to,
)
from shared.understanding.corrections import (
    COUNTED_FIELDS,
    corrected_count,
    corrected_email,
    corrected_phone,
    corrected_soft,
    grown_count,
    is_correction,
    names_said_count,
    repaired_phone,
    retyped_phone,
    without_phone_repair,
)
from shared.understanding.declines import (
    asks_beside_gathering,
    declines_call,
    declines_calls_only,
    declines_contact,
    only_gathering,
)
from shared.understanding.direct_answers import bare_number, free_text_answer
from shared.understanding.entities.call_time import revised_call_time
from shared.understanding.entities.catalog_items import with_kinds
from shared.understanding.entities.clauses import VAGUE_RE
from shared.understanding.entities.contact_names import (
    first_name_of_address,
    name_beside_contact,
)
from shared.understanding.entities.cues import PAIN_RE, WISH_RE
from shared.understanding.entities.emails import (
    LOOSE_EMAIL_RE,
    EmailFinding,
    find_email,
    mentions_domain_of,
)
from shared.understanding.entities.equipment import find_equipment, sibling_model
from shared.understanding.entities.gazetteer import EQUIPMENT_KINDS, names_any
from shared.understanding.entities.interest import catalog_name, interest, merge_items
from shared.understanding.entities.names import (
    NO_PRODUCTS,
    extends,
    find_name,
    lone_first_name,
    lone_full_name,
    respelled,
    says_name,
    signature_name,
)
from shared.understanding.entities.negation import after_taken_back
from shared.understanding.entities.orders import is_order_problem, supposed_volume, takes_up
from shared.understanding.entities.phones import (
    CANDIDATE_RE,
    find_phone,
    finished_phone,
    phone_start,
)
from shared.understanding.entities.places import places_theirs
from shared.understanding.entities.power import POWER_QUERY, asks_by_power
from shared.understanding.entities.principals import contact_is_theirs, principal_name
from shared.understanding.entities.quantities import restates_locations
from shared.understanding.entities.relationship import already_customer
from shared.understanding.entities.signed_names import (
    leading_name,
    name_and_business,
    signed_off_name,
    titled_name,
)
from shared.understanding.entities.symptoms import symptoms
from shared.understanding.entities.timeline import changes_at
from shared.understanding.entities.topic import is_number_only, quantity_topic
from shared.understanding.fault_timing import as_repair, dated_now, habitual, names_equipment
from shared.understanding.fuzzy import normalise
from shared.understanding.gear_revisions import dropped_items
from shared.understanding.gloss import READING_ONLY, english_reading, glossary, typed_words
from shared.understanding.intents import IntentModel
from shared.understanding.intents_features import cues
from shared.understanding.intents_signals import apply_reading
from shared.understanding.item_reference import (
    generic_as_recommended,
    holds_other_of_kind,
    paired_item,
    sized_one,
    taken_up,
)
from shared.understanding.labelled import LabelledForm, read_form
from shared.understanding.languages import language_of, mixed_language
from shared.understanding.meta import meta_question
from shared.understanding.numerals import spoken_digits
from shared.understanding.pressed import presses_for_detail
from shared.understanding.privacy import (
    accepts_erasure,
    asks_erasure,
    erased_by_pronoun,
    erases_by_pronoun,
    erasure_fields,
    taken_back_fields,
)
from shared.understanding.questions import (
    adds_item,
    asked_of_us,
    asks_after_told,
    asks_choice,
    asks_of_another_item,
    requests_more,
    unsure_answer,
)
from shared.understanding.quotes import asks_quote, asks_samples, asks_visit
from shared.understanding.reference import (
    asks_again_for,
    chooses_by_pointing,
    continues_ask,
    opens_with_topic,
    resolved,
    same_gear,
    singles_out_one,
)
from shared.understanding.relayed import as_ours
from shared.understanding.restated_asks import restated_ask
from shared.understanding.revisions import revises
from shared.understanding.sentences import clauses, sentences
from shared.understanding.text import has_letters_or_digits, words
from shared.understanding.tickets import not_a_ticket
from shared.understanding.visitor import type_after, venue_of
from shared.understanding.visitor_model import TypeModel

TYPE_LABELS = ("new_cafe", "existing_cafe", "casual_browser")
TYPE_OF_KIND = {
    "new": CustomerType.NEW_CAFE,
    "existing": CustomerType.EXISTING_CAFE,
    "home": CustomerType.CASUAL_BROWSER,
}


class LocalBrain:
    """Understands messages without any remote model."""

    def __init__(
        self,
        classifier: PrototypeClassifier | None = None,
        intents: Callable[[], IntentModel | None] = lambda: None,
        products: Callable[[], frozenset[str]] = lambda: NO_PRODUCTS,
        types: Callable[[], TypeModel | None] = lambda: None,
    ) -> None:
        """``intents`` returns the current bundle's intent classifier (None: rules only);
        ``products`` its product and blend words (lower case), which are never a name;
        ``types`` its visitor-type classifier (None: the prototypes below stand in)."""
        self._classifier = classifier
        self._intents = intents
        self._products = products
        self._types = types

    async def understand(self, message: str, state: ConversationState) -> Understanding:
        if not has_letters_or_digits(message):
            return Understanding(unreadable=True)
        language = language_of(message, state.context.locale)
        earlier = state.language or (None if language else mixed_language(message))
        typed, english = message, english_reading(message, language, earlier)
        reading = foresight.reading_of(english)  # its numbers read once a turn, for every step
        message, text = reading.numbers, reading.text
        embedding = self._start_embedding(text)  # runs beside the rules below
        result = Understanding(**signals.flags(text))
        result.language = language
        result.goodbye = result.goodbye or closes(message)
        result.privacy = result.privacy_clear = asks_erasure(message)
        result.privacy_fields = erasure_fields(message) if result.privacy else []
        if state.privacy_pending and accepts_erasure(message):
            result.affirm = True  # "thanks." answers "Shall I erase ...?"
        self._contact(spoken_digits(typed), state, result)
        # a value taken back in line is read as repaired: its cue is no longer in the reading
        result.correction = is_correction(message) or reading.repaired
        result.customer_type = type_after(text, state.customer_type)
        _read_relationship(text, result)
        form = _read_form(text, state, result)
        result.venue = venue_of(text, result.customer_type) if result.customer_type else None
        if result.customer_type is CustomerType.CASUAL_BROWSER:
            result.business_context = False  # "i dont have a cafe or anything"
        result.refused = signals.refused_fields(text, state.asking)
        if state.asking and VAGUE_RE.search(text):  # "a few sites", "soonish": no value,
            result.skip = True  # and the same field is not asked again at once
        follow_up = _follows_up(text, state)
        result.question = result.question or follow_up
        if state.refused and not result.refused:
            result.refused = signals.also_refused(text)
        # numbers inside a phone or an email are not a count of shops or cups
        # and the digits retyped for a phone ("... 0185, wait, make that 0158") are no count
        details_text = CANDIDATE_RE.sub(" ", LOOSE_EMAIL_RE.sub(" ", without_phone_repair(text)))
        if not follow_up:  # "and the atlas 64" asks about it; it needs nothing
            result.add(business_fields(details_text, state.asking, result.question))
        elif requests_more(text):  # "and decaf for the older folks please" wants the decaf
            found = business_fields(details_text, state.asking, result.question)
            result.add({k: v for k, v in found.items() if k == "coffee_preferences"})
        result.add({k: v for k, v in form.fields.items() if k not in result.fields})
        if result.fields.get("opening_timeline") in form.purchase_dates:
            result.drop("opening_timeline")  # a running café's "Timeline: next month"
        if "locations" in result.fields and restates_locations(details_text):
            result.correction = True  # "with the new one it's 3 locations" replaces "2-3"
        if result.correction and "equipment_needs" not in result.fields:  # "make it the 75"
            result.add(_sibling(details_text, state))
        result.dropped_items = dropped_items(details_text, state.collected.get("equipment_needs"))
        if state.handoff and result.correction:  # "earlier I said Tuesday, I meant Thursday"
            result.call_time = revised_call_time(details_text)
        if same_gear(details_text) and "equipment_needs" not in result.fields:
            result.add(_gear_pointed_at(state))  # "same setup as before pls"
        revised = result.correction or names_said_count(details_text)
        if revised and not set(result.fields) & set(COUNTED_FIELDS):
            result.add(corrected_count(details_text, {**state.held, **state.collected}))
        if "locations" not in result.fields and state.asking != "expected_volume":
            result.add(grown_count(details_text, {**state.held, **state.collected}))  # "3 by may"
        if result.correction and not result.fields and not result.question:  # a question restates
            result.add(corrected_soft(details_text, {**state.held, **state.collected}))
        asks = signals.asks_something(text) or signals.asks_dictated(text)  # ".. um do you sell"
        if result.question and result.fields and not asks:
            result.question = _asks_beyond_details(details_text, state)
        result.topic = quantity_topic(text)
        _running_date(details_text, state, result)
        _supposed_volume(details_text, state, result)
        if not result.fields and state.visitor_topic and is_number_only(text):
            topic = state.visitor_topic  # "how many drinks? whats normal" .. "fine say 150"
            result.add({topic: EXTRACTORS[topic](text, True)})
        if not result.fields and state.customer_type is not None and not follow_up:
            result.add(bare_number(text, state.customer_type.value, state.asking))
        result.meta, result.meta_field = meta_question(text)
        if result.meta:
            result.question = True
        if result.human:
            result.contact_by = signals.contact_channel(text)
        self._settle(text, state, result)
        if _passes_question_on(text, state):  # "ok do it" to "shall I pass your question on?"
            result.human, result.question = True, False  # it asks nothing of its own
            result.contact_by = signals.contact_channel(text)
        browsing = CustomerType.CASUAL_BROWSER in (state.customer_type, result.customer_type)
        # a visit is booked by sales for a business (a student's roastery visit is by appointment)
        business = {state.customer_type, result.customer_type} - {None, CustomerType.CASUAL_BROWSER}
        visit = asks_visit(message) and bool(business)
        if (asks_quote(message) or visit) and not browsing:  # a home buyer: the web shop
            _quote_handoff(message, result)
        result.tentative = tentative(text)
        result.pressed = presses_for_detail(text)
        result.unsure_plans = unsure_plans(text)
        result.agenda = brings_agenda(typed)
        result.leaving = leaves_business(text)
        result.whereabouts = [place.name for place in places_theirs(text)]
        result.self_contact = will_reach_out(text) and not browsing
        steps = will_contact_us(text) or asks_how_to_buy(text)  # "how do we sign up?"
        result.commitment = result.commitment or (steps and not browsing)
        model = self._intents()  # its cues are read while the embedding runs
        features = cues(message, text, language is not None) if model else None
        vector = await embedding
        _read_intents(model, features, vector, text, state, result)
        if not result.privacy_fields:  # "delete it": the one detail given
            held = [f for f in CHANNELS if state.collected.get(f)]
            clear = result.privacy or erases_by_pronoun(message)
            result.privacy_fields = erased_by_pronoun(message, held) if clear else []
            result.privacy = result.privacy or bool(result.privacy_fields)
        if "email" in result.privacy_fields and _guessed_name(state):
            result.privacy_fields.append("name")  # read from that address: it goes with it
        if result.question and result.fields and _only_unsure(text):
            result.question = False  # "fall maybe? or never": an answer given unsure
        if not result.privacy:  # "actually scratch the phone number": dropped, then refused
            result.taken_back = taken_back_fields(message)
            result.refused = [
                *result.refused,
                *(f for f in result.taken_back if f not in result.refused),
            ]
        if declines_contact(text) or declines_call(text):
            _declined(message, text, state, result)
        refused = {*result.refused, *state.refused}
        offered = set(CHANNELS) & set(result.fields)  # "415 555 0177. no email, no newsletters"
        if refused & set(CHANNELS) and only_gathering(text) and not (result.human or offered):
            # "not my email, I just want prices": no contact detail is asked until they offer
            # one or ask for a next step
            result.declined_contact = result.withholds_contact = True
        if result.human and result.contact_by is None:  # the classifier saw the request
            result.contact_by = signals.contact_channel(text)
        result.support_issue = _reports_problem(message, state, result)
        _ticket_is_customer(state, result)
        _fault_is_support_need(text, result)
        _equipment_at_fault(details_text, result)
        _named_symptoms(result)
        _wish_beside_pain(state, result)
        if vector is not None and self._classifier and _needs_semantic(text, state, result):
            self._apply_semantic(result, vector, state)
        # a message introducing the business is not an answer to the question asked
        introduced = result.customer_type is not None
        # nor is a choice of an item ("ok that one then", "we'll take the bigger one")
        introduced = introduced or chooses_by_pointing(text) or chooses_by_rank(text) is not None
        if not result.gave_details and not introduced and _answers_asked_field(result):
            result.add(free_text_answer(message, state.asking))
        if not follow_up or adds_item(text):  # "and the lumen 2 on top of that" wants it too
            _add_interest(details_text, state, result)
        unclear = _chosen_by_pointing(text, state, result)  # "we'll take the bigger one": which?
        if not unclear:  # a question back stores nothing
            _chosen_by_reference(details_text, state, result)
            _taken_from_answer(details_text, state, result)
            _decided(text, state, result)
        _add_account_request(text, state, result)
        # "the grinders" after "Which would you like to know more about?": asked about
        picked = picks_from_choice(text, state.last_reply, self._products()) or unclear
        result.question = result.question or picked
        result.retrieve = picked or self._retrieve(text, result) or (follow_up and result.question)
        revising = _revises_answer(message, state, self._products())
        if not result.retrieve and not result.meta and revising:
            result.retrieve = result.question = True  # "make that 14": the sum done again
        if not result.retrieve and _opens_with_topic(text, state, result):
            # "sales number" first: asked for, if the knowledge base answers it
            result.retrieve = result.question = result.topic_only = True
        if result.withholds_contact and not asks_beside_gathering(text) and not result.interest:
            # "not giving my email, I just want prices": what they want is not asked yet
            result.retrieve = result.question = False
        # a field refused again ("thx. and no calls pls!!" after the phone was removed) still
        # lets a closing thanks close
        refused_now = [f for f in result.refused if f not in state.refused]
        if not (result.question or result.gave_details or result.human or refused_now):
            result.goodbye = result.goodbye or thanks_at_end(message)
        if not (result.question or result.human):  # "let me talk to my husband", "ill circle back"
            result.goodbye = result.goodbye or defers(text)
        glossed = english != typed
        result.query = message if glossed else _referred(message, state, result)
        if result.query is None and message != english:  # "ten grand" is searched as "$10,000"
            result.query = message
        restated = None if glossed or _worked_out(state) else restated_ask(message)
        if restated and find_equipment(restated):  # "2 grinders, make it 3": the order's own
            restated = None
        if restated:  # "earlier I said 3 staff, make it 5 ... still ok?": asked again of 5 staff
            result.retrieve = result.question = True
            result.query = restated
        rest = after_taken_back(result.query or message) if result.retrieve else None
        if rest and signals.is_question(rest):  # "the two group ... scrap that, what's the one"
            result.query = rest  # the item taken back is not what is asked about
        if not result.retrieve and asks_by_power(text):  # "need one that runs on a normal plug"
            result.retrieve, result.query = True, POWER_QUERY
        if not result.retrieve and asks_advice(text) and needs_of(text).any():
            result.retrieve = True  # "something push-button would be ideal": advice owed
        if result.retrieve:
            _own_plan_aside(result.query or message, result)
        if result.retrieve and not glossed:
            _situation_apart(result.query or message, result)
            ours = as_ours(result.query or message)  # "can the owner taste ..." -> "can we ..."
            result.query = ours if ours != message else result.query
        if glossed:
            _in_visitor_words(result, typed, language, state.language)
        if language and _signs_off(state, result):
            result.language = None  # "Merci, bonne journée!" ends an English conversation
        elif language:
            _in_another_language(result, language)
        return result

    def _retrieve(self, text: str, result: Understanding) -> bool:
        """Search the knowledge base for a question about products, services or policies (the
        reader decides what is a question, the intent classifier included: relayed asks such as
        "the owner is asking what the smallest machine is" are looked up too)."""
        if not result.question or result.meta or result.restart:
            return False
        return signals.wants_answer(text)

    def _settle(self, text: str, state: ConversationState, result: Understanding) -> None:
        """Resolve signals that depend on each other or on the conversation so far."""
        if result.human and result.question:
            result.question = signals.asks_beyond_handoff(text)
        pending = state.pending_email
        if pending and not result.deny and mentions_domain_of(text, pending.suggested):
            result.affirm = True
        if pending and result.deny and not signals.REFUSAL_RE.search(text):
            result.refused = []  # "no" answers "did you mean ...?", it refuses nothing
        given = set(result.fields) | ({"email"} if result.email_typo else set())
        result.refused = [f for f in result.refused if f not in given]
        if result.refused and state.asking in result.refused:
            result.dodge = False

    def _contact(self, message: str, state: ConversationState, result: Understanding) -> None:
        found: dict[str, Any] = {}
        missing = "name" not in state.collected and "name" not in state.refused
        missing = missing or _guessed_name(state)  # "Tessa" from tessa.moreau@: still open
        english = result.language is None  # "im Urlaub" is German, not "I'm Urlaub"
        products = self._products()
        # a lone first name answering "which email?" is the name given first ("ines")
        contact_asked = state.asking in ("email", "phone") and missing
        # and a first name with a surname alone in the message, whatever was asked ("priya nair")
        alone = contact_asked and lone_first_name(message, products)
        alone = alone or (missing and lone_full_name(message, products))
        asked = state.asking == "name" or alone
        # details given for someone else ("ring him on ..."): their name, never the signer's
        theirs = english and contact_is_theirs(message)
        # a data-protection request open: a name signed or given identifies, it is not a lead's
        principal = principal_name(message) if theirs else None
        if principal or state.privacy_pending:
            if principal and not state.privacy_pending and "name" not in state.collected:
                found["name"] = principal
                result.name_of_principal = True
            self._details(message, state, result, found)
            return
        name = find_name(message, asked, missing, english, products)
        if name is None and missing and english:  # "thx, priya", "dr amir patel, 503-..."
            name = signed_off_name(message, products) or titled_name(message, products)
        if name is None and missing and english and state.ask_counts.get("name"):
            name = leading_name(message, products)  # asked before: "rosa, rosas on fifth"
        if name is None and missing and english:  # unasked, the business beside it
            name = name_and_business(message, products)  # "sam, fern coffee"
        email = find_email(message)
        if name is None and missing:  # "dez okonkwo 916...", "tessa moreau btw" (tessa.moreau@)
            name = name_beside_contact(message, _address(email, state), products)
        if name is None and missing and english and email and email.valid:
            name = first_name_of_address(message, email.address)  # "aisha.bello@..." -> Aisha
            result.name_from_address = name is not None
        if theirs and name in (signature_name(message, products), signed_off_name(message)):
            name = None  # the writer signs; the details are someone else's, left unnamed
        if name and _may_set_name(message, name, state):
            found["name"] = respelled(state.collected.get("name"), name)
        self._details(message, state, result, found, email)

    def _details(
        self,
        message: str,
        state: ConversationState,
        result: Understanding,
        found: dict[str, Any],
        email: EmailFinding | None = None,
    ) -> None:
        """The email and phone of the message, with the name already ``found``."""
        email = email or find_email(message)
        if email and written_to(message, email.address):
            email = None  # "I will write to sales@... myself": the address is ours
        if email and email.suggestion:
            result.email_typo = PendingEmail(typed=email.address, suggested=email.suggestion)
        elif email and not email.valid:
            result.invalid_contact = "email"
        elif email:
            found["email"] = email.address
        elif fixed_email := corrected_email(message, state.collected.get("email")):
            found["email"] = fixed_email  # "sorry .com" after abe@...co
        phone, seen = find_phone(message, state.context.country)
        phone = repaired_phone(message, phone) or phone  # "505 555 0121 wait no 0124"
        phone = retyped_phone(message, state.context.country) or phone  # "..0191, no wait, ..0114"
        if phone is None and state.phone_start:  # "my cell is 306 555" .. "0155 sorry"
            phone = finished_phone(state.phone_start, message, state.context.country)
        result.phone_start = None if phone else phone_start(message)
        fixed = corrected_phone(message, state.collected.get("phone"))
        if phone or fixed:
            found["phone"] = phone or fixed
        elif seen and state.asking == "phone":
            result.invalid_contact = "phone"
        result.add(found)

    def foresee(self, message: str, locale: str | None) -> None:
        """Before the conversation's state is read: read the message (its numbers, once a turn:
        :func:`shared.conversation.foresight.reading_of`) and start embedding that reading when
        it is the normalised message (English), for :meth:`understand` to use when its reading
        is that text (:mod:`shared.conversation.foresight`)."""
        if self._classifier is None or not has_letters_or_digits(message):
            return
        if language_of(message, locale) or mixed_language(message):
            return  # read through a gloss
        text = foresight.reading_of(message).text
        foresight.foresee(text, self._embedding(text))

    def _start_embedding(self, text: str) -> foresight.Embedding:
        """The turn's one embedding of the message: the one foreseen for this text, else
        started now."""
        return foresight.foreseen(text) or self._embedding(text)

    def _embedding(self, text: str) -> foresight.Embedding:
        """An embedding of ``text`` started now in a worker thread (in the turn's context, as
        ``asyncio.to_thread`` runs it); resolves to None without a model."""
        loop = asyncio.get_running_loop()
        if self._classifier is None:
            done: asyncio.Future[npt.NDArray[np.float32] | None] = loop.create_future()
            done.set_result(None)
            return done
        call = functools.partial(contextvars.copy_context().run, self._classifier.embed, text)
        return loop.run_in_executor(None, call)

    def _apply_semantic(
        self, result: Understanding, vector: npt.NDArray[np.float32], state: ConversationState
    ) -> None:
        """The type the rules left unread, from the message's embedding: the bundle's trained
        type classifier, else the prototype sentences. A home is never a business's type."""
        if result.customer_type is not None or state.customer_type is not None:
            return
        found = self._semantic_type(vector)
        casual = found is CustomerType.CASUAL_BROWSER
        if found and not (casual and (result.business_context or result.fields)):
            result.customer_type = found

    def _semantic_type(self, vector: npt.NDArray[np.float32]) -> CustomerType | None:
        model = self._types()
        if model is not None:
            kind = model.read(vector)
            return TYPE_OF_KIND.get(kind) if kind else None
        assert self._classifier is not None
        match = self._classifier.classify(self._classifier.scores_of(vector), TYPE_LABELS)
        return CustomerType(match.label) if match else None


def _read_intents(
    model: IntentModel | None,
    features: npt.NDArray[np.float32] | None,
    vector: npt.NDArray[np.float32] | None,
    text: str,
    state: ConversationState,
    result: Understanding,
) -> None:
    """The intent classifier's decided intents (from the message's embedding and its cue
    ``features``), merged into the rules' signals."""
    if model is None or features is None or vector is None:
        return
    apply_reading(model.read(vector, features), text, state, result)


# the bot's offers to pass a question it could not answer to sales (its own words)
PASS_ON_OFFERS = (OFFER, NOT_KNOWN_EITHER)


def _passes_question_on(text: str, state: ConversationState) -> bool:
    """The visitor accepts the offer the last reply ended with, to pass their question to
    sales: a request for a person, as if they had asked for one."""
    offered = state.last_reply is not None and any(o in state.last_reply for o in PASS_ON_OFFERS)
    return offered and signals.accepts_offer(text)


def _read_form(text: str, state: ConversationState, result: Understanding) -> LabelledForm:
    """A pasted labelled form ("Sites: 1", "Timeline: Jan", "Open: 4 years"): the type it
    states where the message's words state none, or a running business where they read an
    opening one (a tenure is explicit; "Timeline: next month" beside it dates a purchase). Its
    fields fill those the free text leaves unread."""
    running = CustomerType.EXISTING_CAFE in (state.customer_type, result.customer_type)
    form = read_form(text, running)
    said, held, stated = result.customer_type, state.customer_type, form.customer_type
    if stated is None or held not in (None, said):
        return form
    opening = (said, stated) == (CustomerType.NEW_CAFE, CustomerType.EXISTING_CAFE)
    if said is None or opening:
        result.customer_type = stated
    return form


def _read_relationship(text: str, result: Understanding) -> None:
    """An existing customer of ours runs a business already: an existing café unless the
    message says what else it is."""
    result.existing_customer = already_customer(text)
    if result.existing_customer and result.customer_type is not CustomerType.CASUAL_BROWSER:
        # "we buy foundry from you already, thinking about adding the atlas 64": no new café
        result.customer_type = CustomerType.EXISTING_CAFE


def _in_another_language(result: Understanding, language: str) -> None:
    """Precision for a message not in English. The classifier read a gloss: whether it reports
    a fault is left to the support desk's own rules ("the guests complain the coffee is bitter"
    is no machine fault). A language the reader has no or few words for (Chinese, Korean, ...)
    is not searched with words it cannot read (a false "I don't know"); the reply says, in
    English, that the assistant answers in English."""
    result.support_issue = None
    if not glossary(language) or language in READING_ONLY:
        result.retrieve = False
        result.meta = "language"


def _signs_off(state: ConversationState, result: Understanding) -> bool:
    """A bare goodbye in another language at the end of a conversation held in English
    switches nothing (no "I answer in English" notice on the way out)."""
    said = result.question or result.gave_details or result.human or result.refused
    return result.goodbye and state.language is None and state.turns > 0 and not said


def _in_visitor_words(
    result: Understanding, typed: str, language: str | None, earlier: str | None
) -> None:
    """Free-text values read from a gloss are stored in the visitor's own words (sales reads
    "au moins une fois par mois", not "the moins a fois per month"); dates, counts and
    volumes keep the reader's English, which lead analysis parses. Words too long for the
    field keep the English."""
    for field in APPENDED_FIELDS:
        value = result.fields.get(field)
        if isinstance(value, str):
            with contextlib.suppress(ValidationError):
                result.add({field: typed_words(value, typed, language, earlier)})


NEED_FIELDS = ("equipment_needs", "support_needs")


def _referred(message: str, state: ConversationState, result: Understanding) -> str | None:
    """ "what would that cost us?" after "Interested in the multi-site plan": searched for the
    item the visitor named (when the last turn answered nothing the pronoun could point to)."""
    if not result.retrieve or state.answered:
        return None
    # an untyped visitor's stored needs are not antecedents: its details used to be held out
    # of ``collected``, and the answers were tuned on that (issue 23 owns the answers)
    stored = state.collected if state.customer_type is not None else {}
    given = {**stored, **result.fields}
    return resolved(message, [str(given[f]) for f in NEED_FIELDS if f in given])


def _supposed_volume(text: str, state: ConversationState, result: Understanding) -> None:
    """A volume supposed is kept for the turn that takes it up: "if we bumped to 160 lb/month,
    would that qualify?" then "ok let's do it - we'll go to 160" states 160 lb/month."""
    if "expected_volume" in result.fields:
        return
    result.supposed_volume = supposed_volume(text)
    if state.supposed_volume and takes_up(text, state.supposed_volume):
        result.add({"expected_volume": state.supposed_volume})


def _only_unsure(text: str) -> bool:
    """Every sentence that looks asked is a value given unsure ("fall maybe?"), none naming
    what it asks of an item ("monthly payment on a lumen 3 group lease?")."""
    asked = [part for part in sentences(text, lines=True) if signals.is_question(part)]
    return bool(asked) and all(unsure_answer(p) and not asks_about_item(p) for p in asked)


def _own_plan_aside(message: str, result: Understanding) -> None:
    """ "when do we open?" asked of themselves is no question for the knowledge base: the
    other sentences are searched, or none when they ask nothing."""
    parts = sentences(message, lines=True)
    kept = asked_of_us(parts)
    if len(kept) == len(parts):
        return
    rest = " ".join(kept)
    if kept and signals.is_question(normalise(rest)):
        result.query = rest
    else:
        result.retrieve = result.question = False


def _situation_apart(message: str, result: Understanding) -> None:
    """The ask of a message that states the visitor's situation beside it is searched alone,
    the situation kept for the answerer ("we're a café in calgary, how long does an order
    take": the delivery time to Canada, not the company's café paragraph)."""
    apart = asked_apart(message)
    if apart is not None:
        result.query, result.situation = apart.ask, apart.context


def _declined(message: str, text: str, state: ConversationState, result: Understanding) -> None:
    """Sales or a call declined ("not ready to talk to a sales person yet", "no calls pls"):
    no handoff unless a person or a quote is also asked for in words the decline does not
    cover; a declined call refuses the phone; a declined sales contact stops asking for any
    contact detail (one given later is still taken) and is acknowledged."""
    if result.human and not (signals.asks_for_person(text) or asks_quote(message)):
        result.human = result.commitment = False
        result.contact_by = None
    refused = {*result.refused, *state.refused}
    if declines_call(text) and "phone" not in result.fields and "phone" not in refused:
        result.refused = [*result.refused, "phone"]
    emailed = "email" in result.fields or bool(state.collected.get("email"))
    if declines_contact(text) and not (emailed and declines_calls_only(text)):
        # "email is x@... I don't want sales calls" refuses the phone, not the email given
        result.declined_contact = result.self_contact = True


def _running_date(text: str, state: ConversationState, result: Understanding) -> None:
    """A date at which a running business says it turns into something else is a seasonal
    change, not an opening ("Come July we're basically a cold brew truck", "from June we do
    mostly iced"); its new site's opening and a date it needs something by still count ("we
    need it by early June"), and so does a date given when it was asked."""
    if "opening_timeline" not in result.fields or state.asking == "opening_timeline":
        return
    running = CustomerType.EXISTING_CAFE in (result.customer_type, state.customer_type)
    if running and changes_at(text):
        result.drop("opening_timeline")


def _quote_handoff(message: str, result: Understanding) -> None:
    """A quote request goes to sales (its items stay in the details); another question in the
    same message is answered from the knowledge base, and so is samples asked as a question
    ("can i get samples before i commit?": the sample kit, then the handoff), and so is a visit
    asked for ("can we come see the machines at your showroom?": where and when, then the
    handoff)."""
    result.human = result.commitment = True
    # "send me a quote by email, and tell me how fast it ships": a clause of its own asks too
    parts = [c for s in sentences(message, lines=True) for c in clauses(s)]
    asked = [p for p in parts if signals.is_question(p)]
    result.question = any(not asks_quote(p) or asks_samples(p) or asks_visit(p) for p in asked)
    result.contact_by = result.contact_by or signals.contact_channel(message)


def _asks_beyond_details(text: str, state: ConversationState) -> bool:
    """A "?" the message's details explain is an unsure answer ("maybe 250 cups a day?"); a
    "?" sentence with no detail of its own asks something ("It's under warranty, right?",
    "900 lb a month. Custom blend feasible at that level?"), and so does one that names what it
    asks of its item ("monthly payment on a lumen 3 group lease?")."""
    asked = [part for part in sentences(text, lines=True) if "?" in part]
    if any(asks_about_item(part) or not _told_in(part, state.asking) for part in asked):
        return True
    # a "?" sentence naming only the items it asks about, the detail told in another sentence:
    # "and riverbend by the pound? we'd use around 60 lb a month" (unless the item was what we
    # asked: "Foundry?" answers "which coffee?" unsure)
    items_only = [not _told_in(part, state.asking) - _ASKED_OF for part in asked]
    if state.asking not in _ASKED_OF and any(items_only):
        return True
    # a choice between items with nothing else told ("Foundry or Riverbend for a latte-heavy
    # menu?"): asks which suits, whatever the sentence after it tells
    if any(asks_choice(p) and _only_items(p) for p in asked):
        return True
    # the same question of another item, whatever it says of the visitor ("and the Lumen 2,
    # for our second shop in Spokane?")
    if state.answered and any(asks_of_another_item(p) for p in asked):
        return True
    # a detail told before a dash or a comma, the question after it with none of its own: "our
    # Reno cafe does 250 drinks a day - what size burrs are on the Atlas 75?" (an item named in
    # the question is what it asks about, no detail)
    clauses = [c for part in asked for c in asks_after_told(part)]
    return any(not _told_in(c, state.asking) - _ASKED_OF for c in clauses)


_ASKED_OF = frozenset(("equipment_needs", "coffee_preferences"))


def _told_in(part: str, asking: str | None) -> set[str]:
    """The details a "?" sentence tells that could make it an unsure answer: a fault told in
    it, its pain and the repair it needs, is none unless we asked for it ("our batchpro is 18
    months old and stopped heating, still covered?" asks whether it is covered)."""
    return set(business_fields(part, None, False)) - ({"pain_points", "support_needs"} - {asking})


def _only_items(part: str) -> bool:
    """Whether the details of a "?" sentence are only the items it names (what it asks of)."""
    return not set(business_fields(part, None, False)) - _ASKED_OF


def _reports_problem(message: str, state: ConversationState, result: Understanding) -> bool | None:
    """The support desk's own verdict (the classifier's, backed by its rules), so the turn that
    opens a ticket is not also a sales turn."""
    existing = CustomerType.EXISTING_CAFE in (state.customer_type, result.customer_type)
    ours = state.existing_customer or result.existing_customer
    starting = CustomerType.NEW_CAFE in (state.customer_type, result.customer_type)
    if not_a_ticket(message, existing, ours, starting, result.support_issue):
        return False  # a need, another supplier's order, a place name: a pain point at most
    if decide(message, existing, result.support_issue) is not None:
        return True
    # the desk opens nothing for this message (it names no machine or order): no support turn
    return False if result.support_issue is False else None


def _follows_up(text: str, state: ConversationState) -> bool:
    """ "and the atlas 64" right after an answer: the same question about another item, even
    when the answer came back to a field (its words are not a value the visitor gave); "for
    beans" after the minimum order asks it again of beans; "vs essential", "per lb" and "for 7"
    carry the answered ask on."""
    return state.answered and (
        signals.is_follow_up(text) or asks_again_for(text) or continues_ask(text)
    )


def _guessed_name(state: ConversationState) -> bool:
    """The stored name is the first name the stored email spells ("Aisha" from
    aisha.bello@...), not one the visitor typed."""
    name, email = state.collected.get("name"), state.collected.get("email")
    return bool(name) and name == first_name_of_address("", email)


def _gear_pointed_at(state: ConversationState) -> dict[str, str]:
    """The equipment of the catalog items last talked about, wanted again ("bought a pico +
    atlas 64 from you last year" .. "same setup as before pls"); nothing when none is gear."""
    named = ", ".join(recent_entities(state.topics))
    gear = equipment(named, True) if named else None
    return {"equipment_needs": gear} if gear else {}


def _sibling(text: str, state: ConversationState) -> dict[str, str]:
    """The stored item's sibling model a correction names by its number ("make it the 75")."""
    model = sibling_model(text, state.collected.get("equipment_needs"))
    return {"equipment_needs": model} if model else {}


def _address(email: EmailFinding | None, state: ConversationState) -> str | None:
    """The visitor's email: given in this message, stored, or awaiting its typo check."""
    if email is not None:
        return email.suggestion or email.address
    pending = state.pending_email
    return state.collected.get("email") or (pending.suggested if pending else None)


def _may_set_name(message: str, name: str, state: ConversationState) -> bool:
    """A first name, or a deliberate change: "my name is ...", a correction, the name asked, its
    fuller form ("Dev", then "Devendra"); any name typed replaces the one read from the email
    address."""
    if "name" not in state.collected or state.asking == "name" or _guessed_name(state):
        return True
    stored = state.collected["name"]
    return says_name(message) or is_correction(message) or extends(stored, name)


def _needs_semantic(message: str, state: ConversationState, found: Understanding) -> bool:
    """Only when rules could not decide something that matters for this turn: the type of a
    visitor still untyped, whatever else the message does (a question, a detail or a request
    often says who asks: "we've paid by card every order, can we move to invoicing"); else a
    short answer to the field asked."""
    count = len(words(message))
    if found.restart or count < 2:
        return False
    if state.customer_type is None and found.customer_type is None and count >= 4:
        return True
    decided = found.question or found.gave_details or found.refused or found.human
    if decided or found.dodge or found.skip:
        return False
    return state.asking is not None and count <= 10


def _answers_asked_field(result: Understanding) -> bool:
    quiet = not (result.question or result.dodge or result.skip or result.refused)
    return quiet and not (result.restart or result.human or result.goodbye or result.correction)


def _ticket_is_customer(state: ConversationState, result: Understanding) -> None:
    """A fault on gear of ours or an order of ours gone wrong, untyped so far, is an existing
    customer's report ("atlas 75 stopped grinding mid rush", "only one portafilter in the
    box"): typed so that what it says next (its name, its need) is stored."""
    if result.support_issue and state.customer_type is None and result.customer_type is None:
        result.customer_type = CustomerType.EXISTING_CAFE
        result.typed_by_ticket = True


def _fault_is_support_need(text: str, result: Understanding) -> None:
    """A current fault reported ("our lumen 3 is leaking water under the drip tray") is also
    the service needed: the repair of it, stored as the support need beside the pain point. A
    habitual one ("machines keep dying on weekends") stays a pain point only, unless it names
    the machine of ours at fault ("the atlas 75 keeps stopping mid grind" needs its repair) or
    the message dates it now ("since this morning", "Started yesterday."); a need of a ticket
    gets the kind of the product it names beside it. An order gone wrong, stored as the
    support need, is the pain point too when none is given."""
    fault = result.fields.get("pain_points")
    need = result.fields.get("support_needs")
    if fault is None and is_order_problem(need):  # the order gone wrong is the pain too
        result.add({"pain_points": need})
    if result.support_issue and isinstance(need, str) and not is_order_problem(need):
        # "repair: atlas 75 stopped ... (...: grinder)"
        result.add({"support_needs": _repair_of(with_kinds(need))})
    if not (result.support_issue and isinstance(fault, str)) or "support_needs" in result.fields:
        return
    # "our atlas keeps jamming" needs that machine's repair; so does one dripping "constantly
    # since this morning": a fault now, not a habit
    if not habitual(fault) or names_any(fault, EQUIPMENT_KINDS) or dated_now(text):
        result.add({"support_needs": _repair_of(fault)})


def _repair_of(need: str) -> str:
    """A fault of equipment is recorded as the repair it needs; an account change, a billing
    error or a request that is not about equipment is kept as said."""
    return as_repair(need) if names_equipment(need) or names_any(need, EQUIPMENT_KINDS) else need


def _named_symptoms(result: Understanding) -> None:
    """The pain of a support ticket by the symptoms of its equipment, as the desk names them
    ("Left group head's been dripping water constantly" -> "leak"), when the visitor's own
    sentence is the support need; else the symptoms lead the sentence ("leak (our machine is
    12 years old and leaks)"). A clause that names no symptom or no equipment ("the guests
    complain the coffee is lukewarm") is kept as said; a message in another language too."""
    pain, need = result.fields.get("pain_points"), str(result.fields.get("support_needs") or "")
    if not result.support_issue or not isinstance(pain, str) or result.language:
        return
    named: list[str] = []
    for clause in pain.split("; "):
        found = symptoms(clause) if names_equipment(clause) else []
        if found and not _holds_sentence(need, clause):
            found = [f"{', '.join(found)} ({clause})"]
        named.extend(found or [clause])
    if named != pain.split("; "):
        result.add({"pain_points": "; ".join(dict.fromkeys(named))})


def _wish_beside_pain(state: ConversationState, result: Understanding) -> None:
    """Pains accumulate in the order told, and a need said as a wish joins them only while no
    pain is held: beside a symptom told ("the steam wand has been spitting water"), "we mostly
    need faster repair turnaround" is the service wanted, stored as the support need, not a
    second, vaguer pain (``docs/decisions/pains-told-and-combined.md``). Asked what is not
    working, the wish answers it."""
    pain = result.fields.get("pain_points")
    if not isinstance(pain, str) or state.asking == "pain_points":
        return
    clauses = pain.split("; ")
    needs = (result.fields.get("support_needs"), state.collected.get("support_needs"))
    need = " ".join(str(n or "") for n in needs)
    wishes = [c for c in clauses if WISH_RE.search(c) and _holds_sentence(need, c)]
    held = state.collected.get("pain_points") or state.held.get("pain_points")
    kept = [c for c in clauses if c not in wishes]
    if not wishes or not (held or kept):
        return
    if kept:
        result.add({"pain_points": "; ".join(kept)})
    else:
        result.drop("pain_points")


def _holds_sentence(need: str, clause: str) -> bool:
    """The support need holds the sentence the clause is from (its first words)."""
    return " ".join(clause.split()[:4]).lower() in need.lower()


def _owned_products(text: str) -> list[str]:
    """The catalog names of our products ``text`` names ("our lumen 3 group machine" ->
    "Lumen 3-Group"), each once, in order."""
    names = [catalog_name(item) for item in find_equipment(text)]
    return list(dict.fromkeys(n for n in names if n))


def _equipment_at_fault(text: str, result: Understanding) -> None:
    """The visitor's own equipment a support ticket is about is what the service needs: our
    products the fault's sentences name ("Our Lumen 3 group machine is not heating" ->
    equipment_needs "Lumen 3-Group"), when the message gives no equipment need of its own."""
    if not result.support_issue or "equipment_needs" in result.fields:
        return
    faults = [p for p in sentences(text, lines=True) if not _asks_apart_from_fault(p)]
    owned = _owned_products(" ".join(faults))
    if owned:
        result.add({"equipment_needs": "; ".join(owned)})


def _asks_apart_from_fault(sentence: str) -> bool:
    return signals.is_question(sentence) and not PAIN_RE.search(sentence)


def _add_account_request(text: str, state: ConversationState, result: Understanding) -> None:
    """The account change a running business asks for ("can we go on invoice now") is the
    service it needs from us, kept as interest (no commitment, no acknowledgement)."""
    if CustomerType.EXISTING_CAFE not in (state.customer_type, result.customer_type):
        return
    if "support_needs" in result.fields or "support_needs" in result.interest:
        return
    result.interest.update(account_request(text))


def _chosen_by_pointing(text: str, state: ConversationState, result: Understanding) -> bool:
    """The item the latest answer was about, chosen by pointing at it ("ok that one then"
    after "and the bigger one?" was answered with the Lumen 3-Group) or by its rank ("we'll
    take the bigger one" after the two grinders), or picked after the question back such a
    choice got ("the grinder" after "Which one do you mean: the Atlas 75 or the Lumen
    2-Group?"): stored in place of the stored item of its kind, only when it is exactly one
    piece of equipment. True when the choice does not say which of several items it means:
    nothing is stored and the answerer asks back (:mod:`shared.rag.candidates`)."""
    items = recent_entities(state.topics)
    pending = pending_ask(state.topics)
    if pending and (chooses_by_pointing(pending) or chooses_by_rank(pending)):
        picked = chosen(text, items, served_catalog())
        items = [picked.name] if picked else []
        if picked is not None:  # the pick is the choice, in full ("the grinder": the Atlas 75)
            result.drop("equipment_needs")
    elif "equipment_needs" in result.fields:
        return False
    elif chooses_by_rank(text):
        items = [e.name for e in ranked_picks(text, items, served_catalog())]
        if len(items) > 1:
            return True
    elif not chooses_by_pointing(text):
        return False
    if len(items) != 1:
        several = len(items) > 1 and all(names_any(i, EQUIPMENT_KINDS) for i in items)
        return several and (singles_out_one(text) or chooses_by_rank(text) is not None)
    if not names_any(items[0], EQUIPMENT_KINDS):
        return False
    result.add({"equipment_needs": items[0]})
    if state.collected.get("equipment_needs") or state.held.get("equipment_needs"):
        result.correction = True  # the choice replaces the item of its kind asked about before
    return False


def _chosen_by_reference(text: str, state: ConversationState, result: Understanding) -> None:
    """The product a need names by reference: by its size alone ("bigger one with the 2
    group, total?" after the grinders were discussed -> the Atlas 75 beside the Lumen
    2-Group) or by a pronoun paired with another item ("pair it with the two group"), joined
    to the need this message gives, as a detail or as interest as that need is."""
    given = result.fields.get("equipment_needs")
    asked = result.interest.get("equipment_needs")
    needs = str(given or asked or "")
    discussed = answered_entities(state.topics)
    name = sized_one(text, needs, discussed) or paired_item(text, needs, discussed)
    if name is None or name.lower() in needs.lower():
        return
    joined = _joined(needs, name)
    stored = str(state.collected.get("equipment_needs") or state.held.get("equipment_needs") or "")
    if holds_other_of_kind(stored, name):  # "the smaller grinder" asked, the bigger one chosen
        result.interest.pop("equipment_needs", None)
        result.add({"equipment_needs": joined})
        result.correction = True  # the choice replaces the item of its kind asked about before
    elif asked and not given:
        result.interest["equipment_needs"] = joined
    else:
        result.add({"equipment_needs": joined})


def _decided(text: str, state: ConversationState, result: Understanding) -> None:
    """A decision naming the equipment ("ok lets do lumen 2 group, atlas 75 and the clarity"
    after "2 group or 3 group for that") replaces the options weighed before of the kinds it
    names, as the visitor names them, rather than adding to them (the 3-group goes)."""
    stored = state.collected.get("equipment_needs") or state.held.get("equipment_needs")
    if stored and "equipment_needs" in result.fields and decides(text):
        result.correction = True


def _taken_from_answer(text: str, state: ConversationState, result: Understanding) -> None:
    """The product our last answer was about, taken up by the visitor: a plain generic item
    of the kind it recommended ("Need per cart: 1 espresso machine" after "For a cart or
    kiosk: the Pico 1-Group at $3,900.") is that product; acquiring "it" ("and if we lease
    it?" after an answer about the Lumen 3-Group alone) is interest in it."""
    given = result.fields.get("equipment_needs")
    plain = generic_as_recommended(str(given), state.last_reply) if given else None
    if plain:
        result.add({"equipment_needs": plain})
    up = None if given else taken_up(text, answered_entities(state.topics))
    stored = str(state.collected.get("equipment_needs", ""))
    if up and up.lower() not in stored.lower():  # "if I buy this one" of the need stored
        result.interest["equipment_needs"] = _joined(result.interest.get("equipment_needs", ""), up)


def _joined(needs: str, name: str) -> str:
    """A need with one more product, the generic item of its kind giving way to it."""
    rewritten, fresh = merge_items(needs, name) if needs else ("", name)
    return ", ".join(part for part in (rewritten, fresh) if part)


def _add_interest(text: str, state: ConversationState, result: Understanding) -> None:
    """The catalog items a visitor asks or talks about ("pico 1 group price" -> equipment_needs
    "Pico 1-Group"), without those the details already hold; none for a casual browser, and
    in a message reporting a fault or an order problem only those of a question apart from it
    ("our brewer died this morning. whats the batchpro cost" keeps the BatchPro; "the batchpro
    wont brew" keeps nothing)."""
    browsing = CustomerType.CASUAL_BROWSER in (state.customer_type, result.customer_type)
    if browsing or (result.correction and not result.question):
        return  # a question's items are asked about even beside a correction cue ("actually")
    if result.support_issue:
        text = " ".join(p for p in sentences(text, lines=True) if _asks_apart_from_fault(p))
    given = result.fields
    for field, items in interest(text).items():
        old = given.get(field)
        rewritten, fresh = merge_items(old, items) if isinstance(old, str) else (old, items)
        if rewritten != old:  # "cheapest setup. machine + grinder": the products, not the kinds
            result.add({field: rewritten})
        if fresh:
            result.interest[field] = fresh


def _revises_answer(message: str, state: ConversationState, products: frozenset[str]) -> bool:
    """Whether ``message`` changes an input of the answer just given ("sorry, I meant the 2
    group", "drop the Clarity", "make that 14", "it was $11,000"): only right after an answer
    about items, a sum or a credit, which the answerer then works out again."""
    topics = state.topics
    subject = recent_entities(topics) or recent_order(topics)
    figure = recent_computed(topics) or recent_credited(topics)
    return state.answered and bool(subject or figure) and revises(message, products)


def _worked_out(state: ConversationState) -> bool:
    """The last answer worked out a figure (a sum, a credit), which the answerer redoes itself
    when an input of it changes."""
    return bool(recent_computed(state.topics) or recent_credited(state.topics))


def _opens_with_topic(text: str, state: ConversationState, result: Understanding) -> bool:
    """Whether the conversation's first message is a topic typed alone ("sales number",
    "emergency repair line"): asked for, like a question, when it tells nothing of the visitor
    (no business, detail but the service it names, fault or request for a person) and is no
    remark ("hi there")."""
    # "emergency repair line" is read as a service needed, and its pain
    told = set(result.fields) - {"support_needs", "pain_points"}
    if state.turns or told or result.email_typo or result.customer_type is not None:
        return False
    if result.human or result.support_issue or result.goodbye or result.privacy:
        return False
    return opens_with_topic(text)
