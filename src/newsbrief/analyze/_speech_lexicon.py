"""Speech verbs from a published lexicon (issue 11, spk84): the lemmas of VerbNet's verbs of communication and a news
supplement, whose forms the quote attribution reads (:data:`PROVEN_FORMS`, the forms the labelled quotes proved, each
a lemma's form) and whose pasts after "be" are passives naming no speaker (:data:`PASSIVE_FORMS`).

Source: VerbNet 3.4, the Levin (1993) chapter 37 "Verbs of Communication" classes, as published in the University of
Colorado's VerbNet repository (github.com/cu-clear/verbnet, directory ``verbnet3.4``, commit ae8e9cf). References:
Karin Kipper, Anna Korhonen, Neville Ryant, Martha Palmer, "A Large-scale Classification of English Verbs",
Language Resources and Evaluation 42(1), pp. 21-40, 2008; Beth Levin, "English Verb Classes and Alternations",
University of Chicago Press, 1993. What is kept here is a word list derived from it (the member lemmas of the
classes named below), not VerbNet's files; nothing is read over the network at run time. Its licence, the VerbNet
3.0 License (also applies to VerbNet 3.X versions), grants permission to use, copy, modify and distribute for any
purpose without fee or royalty provided its notice and disclaimer appear on all copies, including modifications:

    VerbNet 3.0 (or 3.X) Copyright 2009 by University of Colorado.  All rights reserved.

    THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND THE UNIVERSITY OF COLORADO MAKES NO REPRESENTATIONS OR
    WARRANTIES, EXPRESS OR IMPLIED.  BY WAY OF EXAMPLE, BUT NOT LIMITATION, UNIVERSITY OF COLORADO MAKES NO
    REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE
    LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS
    OR OTHER RIGHTS.

    The name of University of Colorado or CU may not be used in advertising or publicity pertaining to distribution
    of the software and/or database.  Title to copyright in this software, database and any associated
    documentation shall at all times remain with University of Colorado and LICENSEE agrees to preserve same.

Selection rule (applied to the XML, subclasses inheriting their parents' frames): the members of every class or
subclass numbered 37.x whose frames take a direct quotation ("NP V S-Quote") or a finite clause ("NP V that S",
"NP V NP S", "NP V what / whether / how S"): say-37.7, manner_speaking-37.3, complain-37.8, advise-37.9,
confess-37.10, promise-37.13, tell-37.2, transfer_mesg-37.1.1, inquire-37.1.2, chit_chat-37.6-1 and
instr_communication-37.4.1 (lecture-37.11, talk-37.5, interrogate-37.1.3, overstate-37.12, the rest of
chit_chat-37.6 and initiate_communication-37.4.2 take neither). Then :data:`NOT_ATTRIBUTING` leaves out, listed and
counted, members whose frame is not a quote's attribution in news.
"""

from __future__ import annotations

#: Member lemmas per class (VerbNet 3.4; multiword members written with a space).
VERBNET_CLASSES: dict[str, tuple[str, ...]] = {
    "say-37.7": (
        "be like", "continue", "go", "go like", "go on",
        "add", "allege", "blabber", "disclose", "divulge", "exclaim", "insinuate", "insist", "intimate", "leak",
        "reply", "respond", "retort", "promulgate", "utter", "venture", "vocalize", "voice", "write",
        "advise", "announce", "articulate", "blab", "blurt", "claim", "confess", "confide", "convey", "declare",
        "interject", "interpose", "mention", "observe", "proclaim", "propose", "recount", "reiterate", "relate",
        "reveal", "say", "state", "volunteer", "repeat", "remark", "note", "report",
        "purpose", "suggest", "recommend", "hint"),
    "manner_speaking-37.3": (
        "babble", "bark", "bawl", "bellow", "bleat", "blubber", "boom", "bray", "burble", "bluster", "cackle", "call",
        "carol", "chant", "chatter", "chirp", "chortle", "chuckle", "cluck", "coo", "croak", "croon", "crow", "cry",
        "drawl", "drone", "gabble", "gasp", "gibber", "groan", "growl", "grumble", "grunt", "hiss", "holler", "hoot",
        "howl", "jabber", "keen", "lilt", "lisp", "mewl", "moan", "mumble", "murmur", "mutter", "nasal", "natter",
        "pant", "prattle", "purr", "quaver", "rage", "rant", "rasp", "roar", "rumble", "scream", "screech", "shout",
        "shriek", "sibilate", "simper", "sigh", "sing", "smatter", "smile", "snap", "snarl", "snivel", "snuffle",
        "splutter", "squall", "squawk", "squeak", "squeal", "stammer", "stemmer", "stutter", "thunder", "tisk",
        "trill", "trumpet", "twang", "twitter", "vociferate", "wail", "warble", "wheeze", "whimper", "whine",
        "whisper", "whistle", "witter", "whoop", "yammer", "yap", "yell", "yelp", "yodel", "blare", "gurgle", "hum"),
    "complain-37.8": (
        "bellyache", "bitch", "boast", "brag", "caterwaul", "complain", "crab", "gripe", "grouch", "grouse",
        "grumble", "kvetch", "moan", "object", "whine"),
    "advise-37.9": (
        "alert", "assure", "brief", "educate", "encourage", "notify",
        "admonish", "advise", "caution", "counsel", "instruct", "warn"),
    "confess-37.10": ("confess", "admit", "acknowledge", "fess up", "proclaim", "reveal"),
    "promise-37.13": ("pledge", "promise", "assure", "guarantee"),
    "tell-37.2": ("acquaint", "inform", "apprise", "notify", "update", "remind"),
    "transfer_mesg-37.1.1": (
        "demonstrate", "elucidate", "explain", "explicate", "expound", "justify", "narrate", "pose", "preach",
        "recap", "recite", "relay", "sniff", "illustrate", "verify", "corroborate", "communicate", "outline",
        "summarize", "sum up", "boil down", "snitch", "write in",
        "dictate", "quote", "read",
        "show", "teach", "tell", "write"),
    "inquire-37.1.2": ("ask", "enquire", "inquire", "consult", "pry"),
    "chit_chat-37.6-1": ("argue", "debate", "discuss"),
    "instr_communication-37.4.1": (
        "broadcast", "cable", "e-mail", "fax", "modem", "netmail", "phone", "radio", "relay", "satellite",
        "semaphore", "sign", "signal", "telecast", "telegraph", "telephone", "telex", "wire", "wireless"),
}

#: Members left out, by why their frame is not a quote's attribution in news (77 of the 247 member lemmas; each
#: reason's count in its comment).
NOT_ATTRIBUTING = frozenset({
    # instr_communication-37.4.1 (19, all): the channel a message goes by; in news the object is a deal signed, a
    # readiness signalled, a programme broadcast, money wired
    "broadcast", "cable", "e-mail", "fax", "modem", "netmail", "phone", "radio", "relay", "satellite", "semaphore",
    "sign", "signal", "telecast", "telegraph", "telephone", "telex", "wire", "wireless",
    # say-37.7's colloquial quotatives (4): "go" and "be like" are motion and likeness in news
    "be like", "go", "go like", "go on",
    # someone else's words or a text as the object (3: 'X recited / dictated / relayed "..."'); "quote" and "read"
    # (2) likewise, kept only in the frames :data:`PROVEN_FORMS` lists ("quoted X as saying", "the letter reads")
    "recite", "dictate", "quote", "read",
    # a topic, a proof or a lesson as the object, not words (23: "discussed the plan", "showed a rise", "verified
    # the claim", "outlined a plan", "updated the figures", "posed a threat", "encouraged voters", "briefed
    # reporters", "consulted lawyers")
    "debate", "discuss", "show", "demonstrate", "illustrate", "justify", "verify", "pose", "teach", "outline",
    "update", "educate", "encourage", "brief", "consult", "acquaint", "boil down", "write in", "sniff", "pry",
    "purpose", "object", "crab",
    # manner_speaking-37.3 members whose news sense is a thing's sound or another act (27: "the economy boomed",
    # "the fire raged", "shares rumbled", "X snapped a streak", "crowds roared")
    "boom", "rumble", "thunder", "blare", "hum", "gurgle", "purr", "whistle", "trumpet", "twitter", "keen", "nasal",
    "stemmer", "smatter", "crow", "rage", "snap", "roar", "pant", "carol", "yodel", "warble", "trill", "twang", "lilt",
    "tisk", "sibilate",
})

#: Verbs outside those classes that attribute a quote in news, kept from the list the labelled quotes grew
#: (``_cues.SPEECH_VERBS`` before spk84): thinking aloud, stressing, urging, predicting, recalling, and the acts
#: that publish words (tweeting, posting); their pasts after "be" are passives like the lexicon's.
NEWS_LEMMAS = frozenset({
    "comment", "testify", "preach", "remark", "stress", "emphasize", "emphasise", "urge", "tweet", "recall",
    "predict", "vow", "concede", "confirm", "conclude", "describe", "answer", "paraphrase", "plead",
    "characterize", "characterise", "appeal", "order", "contend", "assert", "implore", "quip", "joke", "lament",
    "wonder", "demand", "rap", "summarise", "vent", "maintain", "cite",
})

#: Past forms that are not the lemma plus "-ed".
IRREGULAR_PAST = {"say": "said", "tell": "told", "write": "wrote", "speak": "spoke", "sing": "sang", "read": "read",
                  "go": "went", "show": "showed", "teach": "taught", "be like": "was like", "go on": "went on",
                  "go like": "went like", "cry": "cried", "lead": "led"}
#: Past participles that are not the past ("written", "spoken").
IRREGULAR_PARTICIPLES = {"write": ("written",), "speak": ("spoken",), "sing": ("sung",)}
#: Lemmas that double their last consonant before "-ed" ("admitted", "chatted").
DOUBLING = frozenset({"admit", "chat", "rap", "gab", "crab", "yap", "blab", "quip", "snap", "brag", "recap", "sum"})

#: The lemmas read as speech: the lexicon's members less those left out, and the news supplement.
SPEECH_LEMMAS = frozenset(v for members in VERBNET_CLASSES.values() for v in members) - NOT_ATTRIBUTING | NEWS_LEMMAS


def _third_person(lemma: str) -> str:
    head, _, rest = lemma.partition(" ")
    if head.endswith(("s", "sh", "ch", "x", "z")):
        head += "es"
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        head = head[:-1] + "ies"
    else:
        head += "s"
    return " ".join(filter(None, (head, rest)))


def _past(lemma: str) -> str:
    if lemma in IRREGULAR_PAST:
        return IRREGULAR_PAST[lemma]
    head, _, rest = lemma.partition(" ")
    if head in DOUBLING:
        head += head[-1] + "ed"
    elif head.endswith("e"):
        head += "d"
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        head = head[:-1] + "ied"
    else:
        head += "ed"
    return " ".join(filter(None, (head, rest)))


def _participle(lemma: str) -> str:
    head, _, rest = lemma.partition(" ")
    if head in DOUBLING:
        head += head[-1] + "ing"
    elif head.endswith("e") and not head.endswith(("ee", "ye", "oe")):
        head = head[:-1] + "ing"
    else:
        head += "ing"
    return " ".join(filter(None, (head, rest)))


#: Every form of a lexicon lemma (base, third person, past, "-ing", and the irregular past participles) -> the
#: lemma: what a reading by lemma reads (the parse runs without spaCy's lemmatizer, ``_ner._PARSE_UNNEEDED``, so a
#: parsed verb's lemma would be read here from its text). Every one-word form read in text is one
#: (``tests/test_speech_lexicon84.py``); reading the parse's verbs so was measured and left out (spk84).
FORM_LEMMAS: dict[str, str] = {
    form: lemma for lemma in sorted(SPEECH_LEMMAS)
    for form in (lemma, _third_person(lemma), _past(lemma), _participle(lemma), *IRREGULAR_PARTICIPLES.get(lemma, ()))}


#: The past forms of the lemmas (one-word), which after a form of "be" are passives naming no speaker ('X was
#: warned that "..."', 'what was then called the Test Site'); "said", "told" and "quoted" have readings of their
#: own ('was said to have been', 'was quoted as saying').
PASSIVE_FORMS = frozenset({_past(lemma) for lemma in SPEECH_LEMMAS if " " not in lemma}
                          | {"posted", "read", "chanted", "continued"}) - {"said", "told", "quoted"}


#: The forms read in raw text (the regular expressions of ``quotes`` and ``agreement``) and by the parse checks
#: (``quotes._is_speech_verb``): the forms the labelled quotes proved, one at a time, up to spk83, kept as they were;
#: each one-word form is a form of a lexicon or supplement lemma but for the frames "according", "pointed",
#: "posted", "quoted", "quoting", "read" and "reads" (``tests/test_speech_lexicon84.py`` checks it). The lexicon's
#: other forms are not read: in text, its 128 further pasts and its third-person forms changed 41 speakers over
#: DUC 2003, DUC 2006, MultiLing, Multi-News and BASIL, 14 right and 18 wrong; its pasts read by the parse's
#: lemma, eight, two right (spk84's section of docs/analysis-labels.md): a speech verb also makes its sentence a speech
#: sentence whose subject later quotes continue and whose nearest name the clause rules take, rules tuned on the
#: proven forms.
PROVEN_FORMS = frozenset({
    "according", "acknowledge", "acknowledged", "added", "adding", "adds", "admit", "admitted", "allege", "alleges",
    "announced", "announces", "answered", "answers", "appealed", "appeals", "argue", "argued", "argues", "arguing",
    "asked", "asks", "assert", "boasted", "called", "calls", "careful to add", "careful to emphasise",
    "careful to emphasize", "careful to explain", "careful to insist", "careful to mention", "careful to note",
    "careful to point out", "careful to say", "careful to stress", "careful to warn", "cautioned", "chanted",
    "characterised", "characterises", "characterized", "characterizes", "chimed in", "chimes in", "cites", "claimed",
    "claiming", "claims", "commented", "comments", "complained", "complains", "conceded", "conclude", "concluded",
    "confirmed", "confirms", "contend", "continued", "declare", "declared", "declares", "declaring", "demanded",
    "demands", "described", "describes", "eager to add", "eager to emphasise", "eager to emphasize",
    "eager to explain", "eager to insist", "eager to mention", "eager to note", "eager to point out", "eager to say",
    "eager to stress", "eager to warn", "emphasised", "emphasized", "exclaimed", "explain", "explained", "explains",
    "implored", "implores", "insist", "insisted", "insisting", "insists", "joked", "keen to add",
    "keen to emphasise", "keen to emphasize", "keen to explain", "keen to insist", "keen to mention", "keen to note",
    "keen to point out", "keen to say", "keen to stress", "keen to warn", "lamented", "maintained", "maintains",
    "noted", "notes", "observed", "ordered", "orders", "paraphrased", "paraphrasing", "pleaded", "pleads", "pledged",
    "pointed", "posted", "preached", "preaches", "predict", "predicted", "promised", "put it", "quick to add",
    "quick to emphasise", "quick to emphasize", "quick to explain", "quick to insist", "quick to mention",
    "quick to note", "quick to point out", "quick to say", "quick to stress", "quick to warn", "quipped", "quoted",
    "quoting", "rapped", "raps", "read", "reads", "recalled", "recalls", "recounted", "recounts", "remarked",
    "repeated", "repeats", "replied", "replies", "reported", "reports", "responded", "responds", "said", "sang",
    "say", "saying", "says", "shouted", "sings", "stated", "states", "stressed", "suggested", "suggesting",
    "summarised", "summarises", "summarized", "summarizes", "summed up", "telling", "tells", "testified",
    "testifies", "told", "tweeted", "urged", "urges", "vented", "vents", "voiced", "voices", "vowed",
    "wanted to know", "warn", "warned", "warns", "wondered", "write", "writes", "wrote", "yelled",
})

#: Every surface form read as a speech verb in text.
SPEECH_FORMS = PROVEN_FORMS
