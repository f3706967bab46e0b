"""Sample writing for the demo vault: a peer supporter's three months, in their own voice.

No real person's details; nobody supported is named or described. Used by `--demo` and training.
"""

from __future__ import annotations

# (title, template or None, tags, feeling words, body, flag for supervision)
ENTRIES: tuple[tuple[str, str | None, tuple[str, ...], tuple[str, ...], str, bool], ...] = (
    (
        "First group session back",
        "driscoll",
        ("group session",),
        ("nervous", "proud"),
        "## What?\n\nRan the Tuesday group for the first time since my leave. Six people came.\n\n"
        "## So what?\n\nI was nervous beforehand, but once we got going it felt natural. Sharing a bit of "
        "my own story landed well.\n\n## Now what?\n\nAsk Priya to co-facilitate next week so I can pace myself.",
        False,
    ),
    (
        "A tense phone call",
        "debrief",
        ("phone call", "late shift"),
        ("shaken", "tired"),
        "## What happened\n\nA caller became angry and shouted at me when I explained what we can and can't do.\n\n"
        "## How I reacted\n\nMy heart was racing and I wanted to end the call quickly.\n\n"
        "## What I did well\n\nI stayed calm, kept my voice slow and said I'd call back after checking something.\n\n"
        "## What I need now\n\nFive minutes outside and a cup of tea.\n\n## Who I will talk to\n\nMy supervisor on Thursday.",
        True,
    ),
    (
        "Good chat with a colleague",
        None,
        ("team",),
        ("grateful", "calm"),
        "Had lunch with Sam from the community team. We talked about how odd it is to use your own story "
        "as a tool at work. It helped to hear someone else finds the boundary tricky too.",
        False,
    ),
    (
        "Tired evening",
        None,
        ("self-care",),
        ("tired", "flat"),
        "Long day. Didn't have much left for anyone when I got home. Going to bed early and leaving my "
        "work phone in the other room.",
        False,
    ),
    (
        "Someone told me they were thinking of suicide",
        "debrief",
        ("disclosure", "one-to-one"),
        ("worried", "steady"),
        "## What happened\n\nDuring a one-to-one, the person I was supporting told me they had been thinking "
        "about ending their life. (No details here.)\n\n## How I reacted\n\nI felt a jolt of fear, then a kind of "
        "focus.\n\n## What I did well\n\nI listened, asked directly, and followed our safety procedure with the "
        "duty worker.\n\n## What I need now\n\nTo not carry this alone tonight.\n\n## Who I will talk to\n\n"
        "The duty manager today, and my supervisor this week.",
        True,
    ),
    (
        "Reflecting on boundaries",
        "gibbs",
        ("boundaries",),
        ("uneasy", "clearer"),
        "## Description\n\nSomeone I support asked for my personal number.\n\n## Feelings\n\nI felt guilty saying "
        "no.\n\n## Evaluation\n\nSaying no kindly kept the relationship safe for both of us.\n\n## Analysis\n\n"
        "My own experience makes me want to be available all the time.\n\n## Conclusion\n\nA boundary can be a "
        "form of care.\n\n## Action plan\n\nPractise a short, warm way of saying it.",
        True,
    ),
    (
        "Peer network meet-up",
        None,
        ("peer network",),
        ("connected", "hopeful"),
        "Went to the regional peer support network. Good to be in a room of people who just get it. "
        "Swapped ideas about running online groups.",
        False,
    ),
    (
        "Training day: trauma-informed practice",
        "driscoll",
        ("training", "development"),
        ("curious", "tired"),
        "## What?\n\nA full day on trauma-informed approaches.\n\n## So what?\n\nThe part about choice and "
        "control made me rethink how I start first meetings.\n\n## Now what?\n\nTry asking people how they'd "
        "like to use our time together.",
        False,
    ),
    (
        "Quiet week",
        None,
        ("self-care",),
        ("calm",),
        "Fewer appointments this week. Used the space to catch up on notes and take proper lunch breaks. "
        "I notice how much better I sleep when I do.",
        False,
    ),
    (
        "When the story is too close to mine",
        "gibbs",
        ("lived experience",),
        ("shaken", "tender"),
        "## Description\n\nSomeone described an experience very like my own from years ago.\n\n## Feelings\n\n"
        "Old feelings came up fast.\n\n## Evaluation\n\nI stayed present, but I was tired afterwards.\n\n"
        "## Analysis\n\nThis is the cost and the gift of the role.\n\n## Conclusion\n\nI need a bit of "
        "space after sessions like that.\n\n## Action plan\n\nBook a gap after similar appointments.",
        True,
    ),
)

CHECKIN_NOTES = (
    "",
    "",
    "Walk at lunch helped.",
    "Slept badly.",
    "Good team meeting.",
    "Hard call this afternoon.",
    "Saw a friend this evening.",
    "",
)

FEELINGS = ("calm", "tired", "hopeful", "anxious", "content", "flat", "grateful", "on edge", "proud")

PLAN: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "daily",
        "What keeps me well day to day",
        ("A walk at lunchtime, even a short one", "Eight hours in bed"),
    ),
    (
        "warning-signs",
        "My early warning signs and triggers in the role",
        ("Snapping at people I love", "Replaying calls at night"),
    ),
    (
        "coping",
        "Coping strategies that help",
        ("Go for a walk", "Talk it through with a colleague", "Music on the way home"),
    ),
    (
        "after-difficult",
        "After a difficult conversation",
        ("Five minutes outside before the next thing", "Write a short debrief"),
    ),
    ("people", "People I can talk to", ("Priya (peer supporter)", "My supervisor", "My sister")),
    ("professional-support", "Professional support and crisis contacts", ("Samaritans 116 123", "My GP")),
    (
        "boundaries",
        "Boundaries I keep",
        ("I don't check work messages after 7pm", "I don't give out my number"),
    ),
    (
        "development",
        "My development goals",
        ("Co-facilitate a training session", "Finish the peer support course"),
    ),
)

# Short free-writing notes for the days between the longer reflections.
SHORT_NOTES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (
        "Drop-in afternoon",
        ("drop-in",),
        "Busy drop-in. Lots of laughter in the kitchen, which was lovely to see.",
    ),
    (
        "Supervision",
        ("supervision",),
        "Talked through the phone call from last week. Felt lighter afterwards.",
    ),
    ("Admin day", ("admin",), "Notes, emails, a tidy desk. Not glamorous but I feel on top of things."),
    ("Walk and talk", ("one-to-one",), "Did a walking session in the park. Easier to talk side by side."),
    (
        "Team away morning",
        ("team",),
        "We shared what keeps us going. I said: the moments people surprise themselves.",
    ),
    ("Low energy", ("self-care",), "Running on empty today. Cancelled my evening plans and that's okay."),
    ("Small win", ("one-to-one",), "Someone I've supported for months went to their first college class."),
    ("Rainy Monday", (), "Hard to get going. Music on the way in helped."),
    (
        "Online group",
        ("group session",),
        "Ran the online group. Two people had their cameras on for the first time.",
    ),
    (
        "Thinking about next year",
        ("development",),
        "Would like to train as a co-facilitator. Will raise it in supervision.",
    ),
    (
        "A kind message",
        ("team",),
        "A colleague thanked me for covering. Didn't realise how much I needed that.",
    ),
    (
        "Restless night",
        ("self-care",),
        "Replayed a conversation in my head. Wrote it down and then slept better.",
    ),
)

# People I can talk to: (name, who they are to me, how I reach them, notes, remind after days or None).
PEOPLE: tuple[tuple[str, str, str, str, int | None], ...] = (
    (
        "Sam",
        "peer-supporter",
        "Mobile is in my phone. In the office on Tuesdays and Thursdays.",
        "Started in the same month as me. Good to talk to after a group that went quiet.",
        28,
    ),
    (
        "Priya",
        "supervisor",
        "Teams, or her office on the second floor",
        "Supervision every other Wednesday. Fine to message between sessions if something big comes up.",
        None,
    ),
    (
        "Jo",
        "friend",
        "Messages; usually free in the evenings",
        "Knows nothing about the work, and that's a relief.",
        21,
    ),
    ("Mum", "family", "Sunday phone call", "", None),
    (
        "Peer supporters' network",
        "organisation",
        "Meets on the first Thursday of the month at the library",
        "A room full of people who get it.",
        None,
    ),
)
