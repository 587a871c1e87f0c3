"""The reader: the one package that reads the visitor's words for meaning.

``entities`` holds the entity parsers (person names, timelines, the visitor's business,
quantities, equipment, counts for the estimate, money, call times, phones and emails);
``lexicon`` the word lists they share, once per language; ``text``, ``fuzzy`` and
``languages`` clean, normalise and identify the language of a message; ``accents`` takes
accents off letters for every side that compares words typed with and without them;
``sentences`` splits text into sentences. The state machine, the support desk and lead
analysis read what the reader found, never the message text (a test keeps the list of modules
still reading text shrinking).
``intents*`` is the multi-label intent classifier over the turn's sentence embedding.
"""
