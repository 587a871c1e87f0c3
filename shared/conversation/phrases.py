"""The English words of the bot: several phrasings of every line, and why each detail is asked.

Other languages' wording lives in :mod:`shared.understanding.languages` (one entry each).
"""

from __future__ import annotations

ASK: dict[str, tuple[str, ...]] = {
    "name": (
        "By the way, who am I chatting with?",
        "May I ask your name?",
        "What name should I pass along to our team?",
    ),
    "email": (
        "What's the best email address for our team to send you details?",
        "Could you share an email address so we can follow up?",
        "Which email should our sales team use to reach you?",
    ),
    "phone": (
        "Is there a phone number our team can reach you on? It's optional.",
        "If a quick call is easier, what's a good phone number for you? (Optional.)",
        "Would you like to leave a phone number as well? Totally optional.",
    ),
    "opening_timeline": (
        "When are you hoping to open?",
        "Do you have an opening date in mind?",
        "Roughly when do you plan to open your doors?",
    ),
    "coffee_preferences": (
        "What kind of coffee are you planning to serve: espresso drinks, drip, something lighter?",
        "What coffee styles or roasts do you and your customers like?",
        "Tell me a little about the coffee you want on your menu.",
    ),
    "equipment_needs": (
        "What equipment will you need: an espresso machine, grinders, a batch brewer?",
        "Which equipment are you still looking for?",
        "Do you already have equipment, or do you need machines and grinders too?",
    ),
    "expected_volume": (
        "Roughly how many cups a day do you expect to serve?",
        "What volume are you expecting, in cups per day or pounds of coffee per month?",
        "How busy do you expect to be, roughly how many drinks a day?",
    ),
    "pain_points": (
        "What isn't working well with your current setup or supplier?",
        "What's prompting you to look for something new?",
        "What are the biggest headaches with your coffee or equipment right now?",
    ),
    "locations": (
        "How many locations do you run?",
        "Is it just the one place, or do you have several locations?",
        "How many sites would this cover?",
    ),
    "support_needs": (
        "What kind of support would help most: maintenance visits, training, emergency repairs?",
        "What would you want from us on the service side?",
        "Which kind of help matters most to you: servicing, training, or something else?",
    ),
}
# The same field asked of a visitor who already buys from us: what they need from us, never
# what would make them switch supplier.
ASK_CUSTOMER: dict[str, tuple[str, ...]] = {
    "pain_points": (
        "What can we help you with today?",
        "How can we help with your account today?",
        "What can we do for you today?",
    ),
}
ACK_CUSTOMER: dict[str, tuple[str, ...]] = {
    "pain_points": ("Thanks, noted.", "Got it, I've noted that for our team."),
}
WHY: dict[str, str] = {
    "name": "so our team knows who they're talking to",
    "email": "so our team can send you pricing and options in writing",
    "phone": "in case a quick call is easier than email",
    "opening_timeline": "because it helps our team plan equipment and deliveries around it",
    "coffee_preferences": "so we can suggest the right blends and a sample kit",
    "equipment_needs": "so our team can put the right equipment options together",
    "expected_volume": "because it decides the right machine size and order quantities",
    "pain_points": "so we can focus on what actually needs fixing",
    "locations": "because plans and pricing depend on the number of sites",
    "support_needs": "so we can suggest the right service plan",
}
WHY_TEMPLATES = (
    "I ask {why}. {ask}",
    "Just so you know, I ask {why}. {ask}",
)
LAST_TRY = (
    "One last try, and then I'll move on: {ask}",
    "No pressure, and I'll leave it after this: {ask}",
)
RETURN = ("Coming back to my question: {ask}", "Whenever you're ready: {ask}")
REDIRECT = (
    "If it helps, I can get our team to put together options for your café. {ask}",
    "Happy to keep answering questions. To tailor this for your café: {ask}",
)
GREET_TYPE = {
    "new_cafe": (
        "Congratulations on the new {venue}!",
        "How exciting, a new {venue}!",
    ),
    "existing_cafe": (
        "Thanks for telling me about your {venue}.",
        "Great to hear about your {venue}.",
    ),
    "casual_browser": (
        "No problem at all. Ask me anything about our coffees and equipment.",
        "Happy to help with any coffee questions.",
    ),
}
# the same when the message names no venue the reader knows (a co-working space, a dealership):
# no café said to a business that is none
GREET_TYPE_UNNAMED = {
    "new_cafe": ("How exciting, a new coffee venture!", "Congratulations on the new venture!"),
    "existing_cafe": (
        "Thanks for telling me about your business.",
        "Great to hear about your business.",
    ),
    "casual_browser": GREET_TYPE["casual_browser"],
}
# a taste said beside a complaint ("our decaf tastes like cardboard"): nothing "delicious"
ACK_TASTE_BESIDE_PAIN = ("Good to know what you like.", "Noted what you'd like instead.")
# a visitor who already buys from us: no "great to hear about your café"
GREET_CUSTOMER = (
    "Thanks for being a Copperline customer.",
    "Good to hear from a Copperline customer.",
)
ACK_NAME = (
    "Nice to meet you, {first}!",
    "Hi {first}, good to meet you.",
    "Great to meet you, {first}.",
)
# the person the writer writes for ("on behalf of Mr. Farrow"), noted as the contact, not greeted
ACK_PRINCIPAL = (
    "I'll note {first} as the contact.",
    "Noted: {first} is the person our team should contact.",
)
# a first name read from the email's local part ("aisha.bello@"), said back to be corrected
ACK_NAME_FROM_ADDRESS = (
    "I'll put you down as {first}; tell me if you'd rather another name.",
    "I've put you down as {first}; just say if you'd prefer another name.",
)
ACK: dict[str, tuple[str, ...]] = {
    "email": ("I've noted {email}.", "Got it: {email}."),
    "phone": ("I've noted {phone}.", "Got it, {phone} it is."),
    "opening_timeline": ("Got it, opening {value}.", "Opening {value}, noted."),
    "coffee_preferences": ("Sounds delicious, noted.", "Good to know what you like."),
    "equipment_needs": ("{value}, noted.", "{value}: got it."),
    "expected_volume": ("Noted: {value}.", "Got it: {value}."),
    "pain_points": ("That sounds frustrating, thanks for explaining.", "Sorry to hear that."),
    "locations": ("{value} locations, got it.", "{value} sites, noted."),
    "support_needs": ("{value}, noted.", "{value}: got it."),
}
# a need too long to say back, acknowledged when nothing else is
ACK_NEED_HEARD = ("Got it, that helps.", "Understood, that helps.")
# sympathy with the name just given: the one opener of the reply
SYMPATHY_NAMED = ("Sorry to hear that, {first}.", "That sounds frustrating, {first}.")
ACK_CALL_TIME = (
    "{value} instead, got it: I've passed the new time on to our sales team.",
    "Noted, {value} it is; our sales team will see the new time.",
)
ACK_CORRECTED = ("{value}, got it: I've updated that.", "Updated to {value}, thanks for the fix.")
MANY_ACKS = ("Thanks for all the details!", "That's really helpful, thank you.")
WELCOME = (
    "Hi! I can help with Copperline's coffees, equipment and services for cafés. "
    "Are you opening a café, or do you already run one?",
    "Happy to help! Are you planning a new café, running one already, "
    "or just curious about our coffee?",
)
# the same question later in a conversation: no greeting, which would sound like a restart
WELCOME_AGAIN = (
    "Are you opening a café, or do you already run one? That helps me point you the right way.",
    "Is this for a café you're opening, or a business you already run?",
)
UNCLEAR = (
    "Sorry, I didn't quite catch that. Could you tell me a bit more?",
    "I'm not sure I followed. Could you put that another way?",
)
OKAY = ("Okay!", "Sure.", "Alright.")
# Asking for the channel after a request for a person: not optional, and never "as well".
HANDOFF_ASK = {
    "phone": ("What number should they call you on?", "What's the best number to reach you?"),
    "email": ("What email address should they use?", "Which email should they write to?"),
}
AFTER_WRAP_UP = (
    "Noted. Our team will be in touch; ask me anything else in the meantime.",
    "Got it. Anything else I can answer for you?",
)
NOTED = (
    "Got it. Ask me anything about our coffee, equipment or services.",
    "Okay! I'm here if you have questions about our coffee or equipment.",
)
CONFIRM_EMAIL = (
    "Just to double-check: did you mean {email}?",
    "Quick check before I save it: is it {email}?",
)
RETYPE_EMAIL = ("Sorry about that. Could you type your email address again?",)
INVALID = {
    "email": ("That email address doesn't look complete. Could you check it?",),
    "phone": ("I couldn't read that as a phone number. Could you include the area code?",),
}
ALTERNATIVE = {
    "phone_with_email": ("No problem at all, we'll stick to email.",),
    "email_with_phone": ("No problem at all, we'll stick to your phone number.",),
    "phone": ("No problem. An email address works just as well, or we can carry on without it.",),
    "email": ("That's fine. A phone number works too, or we can continue without it.",),
    "name": ("No worries, we can do without your name.",),
    "other": ("No problem, we'll skip that.",),
}
DECLINED_CONTACT = (
    "No problem, nobody will contact you; I'm happy to keep answering your questions here.",
    "Understood, no sales contact. Ask me anything in the meantime.",
)
UNDERSTOOD = ("Understood.", "Fair enough.")
ACK_ONE_LOCATION = ("A single site, got it.", "Just the one location, noted.")
SKIPPED = ("No problem, let's skip that.", "Sure, we'll move on.")
HANDOFF = (
    "I'll pass your request to our sales team so a person can follow up.",
    "I've flagged your conversation for our sales team.",
)
HANDOFF_CUSTOMER = (
    "I'll pass your request to our team, flagged as an existing customer, so whoever looks "
    "after your account can follow up.",
    "I've flagged this for our team as a request from an existing customer, so whoever looks "
    "after your account follows up.",
)
PRIVACY_CONFIRM = (
    "Of course. Shall I erase the details you've given in this chat (name, contact and "
    "business details)? Please reply yes or no."
)
ERASED = (
    "Done: I've removed the details you gave and your messages from this conversation, and "
    "won't ask again."
)
ERASED_SHARED = (
    "I've also asked for them to be removed from our {records}; that happens automatically, "
    "you don't need to do anything."
)
#: where an erasure reached beyond the conversation: (the lead at sales, a support ticket)
RECORDS = {
    (True, False): "sales records",
    (False, True): "support tickets",
    (True, True): "sales records and support tickets",
}
REMOVED = (
    "Done: I've removed the {what} you gave from this conversation and won't ask for {it} again."
)
REMOVED_SHARED = (
    "I've also asked for {it} to be removed from our sales records; that happens automatically."
)
FIELD_NAMES = {"phone": "phone number", "email": "email address", "name": "name"}
PRIVACY_KEPT = "No problem, I've left everything as it is."
READ_BACK = (
    "Here's what I've kept from this chat: {items}. Would you like me to delete it? Please "
    "reply yes or no."
)
READ_BACK_NOTHING = "I haven't kept any of your details from this chat."
PHONE_ENDING = "a number ending in {last}"
# the recap asked for ("summary so far?"): the same items, no offer to delete, then the next ask
RECAP = "Here's what I have from you so far: {items}. Tell me if anything needs changing."
RECAP_NOTHING = "I don't have any of your details yet."
RECAP_KIND_LABEL = "business"
# said of any venue the type covers (a cart, a kiosk, a bakery's bar)
RECAP_KINDS = {"new_cafe": "opening soon", "existing_cafe": "already running"}
HELD_LABELS = {
    "name": "name",
    "email": "email",
    "phone": "phone",
    "opening_timeline": "opening date",
    "coffee_preferences": "coffee preferences",
    "equipment_needs": "equipment",
    "expected_volume": "volume",
    "pain_points": "what isn't working",
    "locations": "locations",
    "support_needs": "support wanted",
}
LANGUAGE_NAMES = {
    "es": "Spanish",
    "de": "German",
    "fr": "French",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "vi": "Vietnamese",
    "ko": "Korean",
    "zh": "Chinese",
    "ja": "Japanese",
    "ru": "Russian",
    "ar": "Arabic",
    "am": "Amharic",
    "he": "Hebrew",
    "th": "Thai",
    "hi": "Hindi",
    "el": "Greek",
}
LANGUAGE_HANDOFF = (
    "Thank you! I've passed your details to our sales team and noted that you wrote in "
    "{language}, so they can reply in it where they can."
)
LANGUAGE_HANDED_OFF = "Our sales team has your details and will be in touch ({language} noted)."
HANDOFF_HOURS = "They're available {hours}."
UNSERVED = ("We deliver to {area} only, so I'm afraid we can't supply you there.",)
HANDOFF_NO_HOURS = "They'll reach out during their business hours."
HANDOFF_REACH = {
    "email": "They'll email you at {contact}.",
    "phone": "They'll call you on {contact}.",
}
HANDOFF_UNREACHABLE = (
    "Since I don't have a way to reach you, you're welcome to contact them directly{how}."
)
META = {
    "why": "I ask {why}.",
    "next": "Once I have a few details, I pass them to our sales team, and a person follows up "
    "with options and pricing for your café. Nothing is ordered or charged.",
    "who": "Someone from our sales team, a real person, will get in touch.",
    "next_reached": "Our sales team has what you've given me: a person will get in touch "
    "{channel} with options and pricing. Nothing is ordered or charged.",
    "seen": "The details you give me here go to our sales team, so a person can follow up with "
    "you. If you'd rather not, just ask and I'll remove them from this conversation.",
    "bot": "I'm Copperline's virtual assistant. I can answer questions and pass your details to "
    "our sales team, who are real people.",
    "language": "I can only answer in English, I'm afraid. If you'd prefer, I can ask someone "
    "from our sales team to get in touch with you.",
}
#: said instead of META["language"] when the previous reply said that already
LANGUAGE_AGAIN = (
    "Sorry, I still can't read that: I understand English only. If you leave an email address "
    "or a phone number here, I'll pass your message to our sales team."
)
#: how the team will reach a visitor who left a channel, by the channels held
NEXT_CHANNEL = {
    ("email",): "by email at {email}",
    ("phone",): "by phone at {phone}",
    ("email", "phone"): "by email at {email} or by phone",
}
CONTACT_US = "You can reach our sales team directly at {contact}."
WHY_GENERIC = "so our team can prepare the right options for you"
QUALIFIED = (
    "That's everything our team needs. Someone from sales will be in touch soon!",
    "Thanks, that gives our sales team all they need. They'll reach out shortly.",
)
QUALIFIED_CUSTOMER = (
    "Thanks, that gives our team all they need to follow up on your account.",
    "That's everything our team needs; whoever looks after your account will be in touch soon.",
)
GOODBYE = ("Thanks for stopping by, enjoy your coffee!", "Bye for now, and thanks for chatting!")
GOODBYE_LEAD = (
    "Thanks, {first}! Our team will be in touch.",
    "Thanks for chatting, {first}. Talk soon!",
)
RESTART = (
    "No problem, let's start fresh. Are you opening a new café, running one already, "
    "or just curious about coffee?",
)
REPEATED_ANSWER = "As I mentioned: {answer}"
# A second question in a row that the knowledge base cannot answer: not "as I mentioned".
NOT_KNOWN_EITHER = (
    "I don't have that one either, I'm afraid, and I'd rather not guess. Our sales team can "
    "answer it: would you like me to pass your question on?"
)
