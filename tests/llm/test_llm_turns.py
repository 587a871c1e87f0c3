"""Turns in LLM mode: structured calls through the real openai SDK to the test server."""

from __future__ import annotations

from typing import Any

import httpx

from shared.llm.schemas import FieldValues
from tests.llm.conftest import say
from tests.llm_server import FakeOpenAI, quoting

NEW_CAFE = {"customer_type": "new_cafe", "business_context": True, "question": False}


def _fields(**given: Any) -> dict[str, Any]:
    return {n: given.get(n) for n in FieldValues.model_fields}


async def test_first_turn_makes_type_and_contact_calls_then_a_reply(
    llm_chat: httpx.AsyncClient, llm: FakeOpenAI
) -> None:
    """Before qualification the turn calls detect_type and extract_contact, then reply, each
    a strict structured-output request for gpt-4o-mini; the surname the model made up is not
    stored (the visitor wrote only "Ana")."""
    llm.script("detect_type", quoting(NEW_CAFE))
    llm.script("extract_contact", {"name": "Ana Costa", "email": None, "phone": None})
    llm.script("reply", {"reply": "Welcome, Ana! When do you plan to open?"})
    body = await say(llm_chat, "hey, Ana here - we are about to start a little coffee place")
    assert body["customer_type"] == "new_cafe"
    assert body["collected"].get("name") == "Ana"
    assert body["reply"] == "Welcome, Ana! When do you plan to open?"
    assert sorted(c.purpose for c in llm.calls) == ["detect_type", "extract_contact", "reply"]
    for call in llm.calls:
        assert call.body["model"] == "gpt-4o-mini"
        assert call.body["response_format"]["type"] == "json_schema"
        assert call.body["response_format"]["json_schema"]["strict"] is True


async def test_detection_and_reply_calls_overlap_when_the_model_agrees(
    llm_chat: httpx.AsyncClient, llm: FakeOpenAI
) -> None:
    """The two detection calls and the reply call (on the local reading) are in flight at the
    same time at the server; when the model's reading plans the same turn, that reply is used
    and no second reply call is made (one round trip on the critical path)."""
    llm.reset(latency_s=0.3)
    await say(llm_chat, "I run two cafes and our grinder keeps failing")
    kind, contact = llm.by_purpose("detect_type")[0], llm.by_purpose("extract_contact")[0]
    replies = llm.by_purpose("reply")
    assert len(replies) == 1
    for a, b in [(kind, contact), (kind, replies[0]), (contact, replies[0])]:
        assert a.started < b.finished
        assert b.started < a.finished


async def test_a_reading_that_changes_the_plan_gets_its_own_reply_call(
    llm_chat: httpx.AsyncClient, llm: FakeOpenAI
) -> None:
    """When the model reads what the rules missed (here a visitor type), the reply written
    for the local reading is dropped and a second reply call words the new plan."""
    llm.script("detect_type", quoting({"customer_type": "existing_cafe"}))
    llm.script("reply", lambda data: {"reply": data["draft"]})
    body = await say(llm_chat, "the espresso bar has been ours since 2019")
    replies = llm.by_purpose("reply")
    assert body["customer_type"] == "existing_cafe"
    # The early call may be cancelled before it reaches the server on a loaded machine; the
    # one that words the turn is made for the model's reading.
    assert replies[-1].data["plan"].get("visitor_type") == "existing_cafe"
    assert all("visitor_type" not in r.data["plan"] for r in replies[:-1])
    assert body["reply"] == replies[-1].data["draft"]


async def test_qualification_uses_flow_and_fields_in_parallel(
    llm_chat: httpx.AsyncClient, llm: FakeOpenAI
) -> None:
    """Once the visitor type is known, flow and fields run side by side and the details the
    model read are stored in canonical form."""
    llm.script("detect_type", quoting(NEW_CAFE))
    first = await say(llm_chat, "opening a new cafe soon")
    llm.reset(latency_s=0.2)
    llm.script(
        "fields",
        _fields(
            opening_timeline="the spring after next",
            email="ANA.Costa@Example.COM",
            phone="(503) 555-0100",
        ),
    )
    body = await say(
        llm_chat,
        "we're aiming for the spring after next, reach me at ANA.Costa@Example.COM or 503 555 0100",
        first["session_id"],
    )
    assert {c.purpose for c in llm.calls} == {"flow", "fields", "reply"}
    flow, fields = llm.by_purpose("flow")[0], llm.by_purpose("fields")[0]
    assert flow.started < fields.finished
    assert fields.started < flow.finished
    assert body["collected"]["opening_timeline"] == "the spring after next"
    assert body["collected"]["email"] == "ana.costa@example.com"
    assert body["collected"]["phone"] == "+15035550100"


async def test_proposed_contacts_failing_local_validation_are_not_stored(
    llm_chat: httpx.AsyncClient, llm: FakeOpenAI
) -> None:
    """An email or phone the model proposes that email-validator or phonenumbers rejects is
    not stored."""
    llm.script("detect_type", quoting(NEW_CAFE))
    llm.script("extract_contact", {"name": None, "email": "ana at nowhere", "phone": "12"})
    body = await say(llm_chat, "opening a cafe, write to ana at nowhere or call 12")
    assert "email" not in body["collected"]
    assert "phone" not in body["collected"]


async def test_reply_is_in_the_visitors_language_and_fields_stay_canonical(
    llm_chat: httpx.AsyncClient, llm: FakeOpenAI
) -> None:
    """A Spanish-speaking visitor gets the model's Spanish reply, while the stored contact
    values are canonical (lower-case email) and free text is kept in the visitor's words (a
    translation is not what the visitor said)."""
    llm.script("detect_type", quoting(NEW_CAFE))
    first = await say(llm_chat, "Hola, vamos a abrir una cafetería", context={"locale": "es-ES"})
    llm.reset()
    spanish = "¡Gracias, Lucía! ¿Cuándo piensan abrir?"
    llm.script("reply", {"reply": spanish})
    llm.script(
        "fields",
        _fields(name="Lucía Pérez", email="Lucia@Correo.ES", opening_timeline="el próximo verano"),
    )
    body = await say(
        llm_chat,
        "Soy Lucía Pérez, mi correo es Lucia@Correo.ES; abrimos el próximo verano",
        first["session_id"],
    )
    assert body["reply"] == spanish
    assert body["collected"]["email"] == "lucia@correo.es"
    assert body["collected"]["opening_timeline"] == "el próximo verano"
    reply_request = llm.by_purpose("reply")[0].data
    assert reply_request["locale"] == "es-ES"


async def test_a_question_reply_is_grounded_in_the_retrieved_passage(
    llm_chat: httpx.AsyncClient, llm: FakeOpenAI
) -> None:
    """For a question the reply call receives the retrieved passage, and a reply quoting only
    numbers from it is shown with the passage's source."""
    llm.script("detect_type", quoting({"customer_type": None, "question": True}))

    def grounded(data: dict[str, Any]) -> dict[str, Any]:
        passage = data["sources"][0]["text"]
        figures = [w for w in passage.split() if w.startswith("$")]
        price = figures[0].rstrip(".,;") if figures else "this"
        return {"reply": f"Good question! It comes down to {price}.", "sources_used": ["S1"]}

    llm.script("reply", grounded)
    body = await say(llm_chat, "How much does the Lumen 2-Group espresso machine cost?")
    sent = llm.by_purpose("reply")[0].data
    assert sent["sources"], "the retrieved passage goes to the reply call"
    assert body["reply"].startswith("Good question!")
    assert body["sources"], "the reply keeps its sources"


async def test_a_reply_with_an_ungrounded_number_is_replaced_by_the_local_answer(
    llm_chat: httpx.AsyncClient, llm: FakeOpenAI, api_calls: Any
) -> None:
    """A generated price that is in no retrieved source is never shown: the local, extractive
    reply is used and the call is logged as a fallback."""
    llm.script("reply", {"reply": "The Lumen 2-Group is just $1 today!"})
    body = await say(llm_chat, "what does the Lumen 2-Group cost?")
    assert "$1 " not in body["reply"]
    assert "$1!" not in body["reply"]
    assert body["reply"] == llm.by_purpose("reply")[0].data["draft"]
    logged = await api_calls.find_one({"purpose": "reply", "outcome": "fallback"})
    assert logged is not None


async def test_markup_and_links_are_never_shown(
    llm_chat: httpx.AsyncClient, llm: FakeOpenAI
) -> None:
    """Replies with HTML, markdown links or URLs the widget would not render fall back to the
    local reply."""
    for bad in (
        "See <a href='x'>our shop</a>.",
        "See [our shop](https://evil.example).",
        "Visit https://evil.example now.",
        "**Great** choice.",
    ):
        llm.reset()
        llm.script("reply", {"reply": bad})
        body = await say(llm_chat, "hi there")
        assert body["reply"] != bad
        assert body["reply"] == llm.by_purpose("reply")[0].data["draft"]


async def test_every_call_is_logged_with_tokens_cost_and_a_masked_snippet(
    llm_chat: httpx.AsyncClient, llm: FakeOpenAI, api_calls: Any
) -> None:
    """Each call leaves one api_calls document: hashed session, purpose, model, latency,
    tokens from the server's usage figures, list-price cost, outcome, masked snippet only."""
    body = await say(llm_chat, "hello, I'm at maria.lopez@example.com, call 503 555 0100")
    from shared.llm.budget import session_hash

    docs = await api_calls.find({"session": session_hash(body["session_id"])}).to_list(10)
    assert sorted(d["purpose"] for d in docs) == ["detect_type", "extract_contact", "reply"]
    for doc in docs:
        assert doc["model"] == "gpt-4o-mini"
        assert doc["outcome"] == "ok"
        assert doc["prompt_tokens"] > 0
        assert doc["completion_tokens"] > 0
        expected = (doc["prompt_tokens"] * 0.15 + doc["completion_tokens"] * 0.60) / 1e6
        assert abs(doc["cost_usd"] - expected) < 1e-12
        assert "maria.lopez@example.com" not in doc["snippet"]
        assert "503 555 0100" not in doc["snippet"]
        assert body["session_id"] not in str(doc)


async def test_api_calls_expire_after_90_days(llm_chat: httpx.AsyncClient, api_calls: Any) -> None:
    """The api_calls collection has a TTL index of 90 days on the call time."""
    indexes = await api_calls.index_information()
    ttl = [i for i in indexes.values() if "expireAfterSeconds" in i]
    assert ttl
    assert ttl[0]["expireAfterSeconds"] == 90 * 24 * 3600
    assert ttl[0]["key"] == [("at", 1)]


async def test_health_reports_the_llm_circuit(llm_chat: httpx.AsyncClient) -> None:
    """/chat/health shows the LLM mode, model and circuit state."""
    health = await llm_chat.get("/health")
    assert health.status_code == 200
    llm_check = health.json()["checks"]["llm"]
    assert llm_check["mode"] == "llm"
    assert llm_check["model"] == "gpt-4o-mini"
    assert llm_check["circuit"] == "closed"


async def test_a_model_that_finds_nothing_costs_nothing(
    llm_chat: httpx.AsyncClient, llm: FakeOpenAI
) -> None:
    """When the model reads nothing in a message, the rules' reading stands: a restart still
    restarts, a refusal is still respected, a foreign message still gets the local notice."""
    llm.script("detect_type", quoting(NEW_CAFE))
    first = await say(llm_chat, "I'm Lou, opening a cafe in may")
    llm.reset()
    session = first["session_id"]
    refused = await say(llm_chat, "prefer not to share my email", session)
    assert refused["asking"] != "email"
    restarted = await say(llm_chat, "actually let's start over", session)
    assert restarted["customer_type"] is None
    assert restarted["collected"] == {}
    foreign = await say(llm_chat, "Bonjour, est-ce que vous livrez du café en grains en France ?")
    assert "anglais" in foreign["reply"]


async def test_the_model_reads_what_the_rules_miss(
    llm_chat: httpx.AsyncClient, llm: FakeOpenAI
) -> None:
    """A refusal and a handoff request in free phrasing the rules may not know are read by the
    model; the machine then stops asking that field and hands off."""
    llm.script("detect_type", quoting(NEW_CAFE))
    first = await say(llm_chat, "we open a small roastery cafe next month")
    llm.reset()
    llm.script(
        "flow",
        {
            "evidence": "mail is a no-go for me, get one of your folks on the line",
            "question": False,
            "refused_fields": ["email"],
            "skip": False,
            "human": True,
            "restart": False,
            "goodbye": False,
            "affirm": False,
            "deny": False,
        },
    )
    body = await say(
        llm_chat, "mail is a no-go for me, get one of your folks on the line", first["session_id"]
    )
    assert body["handoff"] is True
    assert body["asking"] != "email"
    assert "email" not in body["missing"]


async def test_usage_is_recorded_on_every_outcome_and_cached_tokens_cost_less(
    llm_chat: httpx.AsyncClient, llm: FakeOpenAI, api_calls: Any
) -> None:
    """A reply cut off by the length limit is logged as invalid with the tokens it was billed
    for, and a call served partly from the prompt cache costs its cached tokens at the cached
    price ($0.075 per million for gpt-4o-mini)."""
    llm.reset(fault="length", fault_purposes={"reply"}, cached_tokens=100)
    await say(llm_chat, "hello there (usage-check)")
    where = {"snippet": {"$regex": "usage-check"}}
    cut = await api_calls.find_one({**where, "purpose": "reply"})
    assert cut["outcome"] == "invalid"
    assert cut["error"] == "LengthFinishReasonError"
    assert cut["prompt_tokens"] > 0
    assert cut["completion_tokens"] > 0
    cached = await api_calls.find_one({**where, "purpose": "detect_type"})
    assert cached["cached_tokens"] == 100
    billed = (
        (cached["prompt_tokens"] - 100) * 0.15 + 100 * 0.075 + cached["completion_tokens"] * 0.6
    )
    assert abs(cached["cost_usd"] - billed / 1e6) < 1e-12
