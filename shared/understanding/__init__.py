"""The reader: the one package that reads the visitor's words for meaning.

``entities`` holds the entity parsers (person names, timelines, the visitor's business, and,
as they move here, quantities and equipment); ``lexicon`` the word lists they share, once per
language. The state machine, the support desk and lead analysis read what the reader found,
never the message text (a test keeps the list of modules still reading text shrinking).
``intents*`` is the multi-label intent classifier over the turn's sentence embedding.
"""
