"""What the panels and their columns show: the header tooltips and Help > What the Panels Show
are written once, here."""

from __future__ import annotations

COLUMN_TIPS = {
    # Claims
    "Speaker": "Who made the claim, as the article names them ('(unattributed)': nobody is named).",
    "Cue": "The words that mark the claim as someone's: 'said', 'according to', 'told reporters'.",
    "Kind": "'direct': a quotation in quotation marks; 'reported': the claim in the article's "
            "own words (indirect speech).",
    "Assessment": "Your judgement of the claim (right-click a claim to assess it): supported, "
                  "disputed, unverified… '—' when you have not assessed it.",
    "Claim": "What was said. Click a row to find it in the article.",
    # Casualties
    "Figure": "The number of people, as counted from the text ('dozens' counts as at least 12).",
    "Category": "What happened to them: killed, injured, displaced, detained, missing…",
    "Subject": "Who they were, as the article says ('civilians', 'soldiers', 'children').",
    "Qualifier": "Words that make the figure vague or a bound: 'at least', 'more than', "
                 "'about', 'up to'.",
    "Status": "Whether the article reports the figure as fact, as someone's claim, or as an "
              "estimate or denial.",
    "Source": "Who gave the figure (a ministry, a monitor, a hospital), when the article says.",
    # Actors
    "Actor and role": "A person, organisation or place the article names; its role when it "
                      "has one.",
    "Mentions": "How many times the article names or refers to the actor.",
    # Annotations
    "Passage": "The text you highlighted; the colour is its tag.",
    "Note": "Your note on the highlight (Markdown).",
}

PANEL_GUIDE = """
<h3>What the panels show</h3>
<p><b>Actors</b>: the people, organisations and places the article names, with how often.
Click one to mark every mention in the text; click again to step through them.</p>
<p><b>Claims</b>: who said what. <i>Speaker</i> is who said it, <i>Cue</i> the words that
mark it as theirs ('said', 'according to'), <i>Kind</i> whether it is quoted (direct) or in the
article's words (reported), <i>Assessment</i> your own judgement (right-click to set it).</p>
<p><b>Casualties</b>: the figures for people killed, injured, displaced or detained.
<i>Qualifier</i> is what makes a figure vague ('at least', 'dozens'), <i>Status</i> how the
article presents it (as fact, as a claim, as an estimate), <i>Source</i> who gave it. Figures
for one event that disagree are listed side by side above the table.</p>
<p><b>Annotations</b>: your highlights and notes (Ctrl+H highlights the selection), your
assessments of claims, and your corrections to the extraction; right-click to take one back.</p>
<p>Every item in a panel says, in its tooltip, which rules found it. Hover a column's header for
what that column means. Everything stays on this computer.</p>
"""
