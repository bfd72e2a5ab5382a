"""Figures the outlets agree on: the same figure of the same thing, credited only to the sources that give it
(stop 40; labels in tests/labels/agreed_figures.tsv, bench/agreed_figures.py)."""

from __future__ import annotations

import newsbrief
from newsbrief.render import render
from newsbrief.render.analysis import agreed_figures

# two outlets on a bailout: both give the 10 billion euros of aid, in sentences about the same thing; one lists a
# loan written off (EUR 2.81 million) and the other a citizenship threshold (3 million euros): consistent within
# rounding, never one figure
_A = ("Cyprus will relax its citizenship rules for foreign investors who lost money under the bailout, the president "
      "said on Sunday. Cyprus was forced to wind down one major bank in return for 10 billion euros in aid from the "
      "International Monetary Fund and the European Union. A hotel company linked to a party had its entire "
      "€2.81m loan written off, according to a list published in Greece.")
_B = ("Cyprus is to ease its citizenship rules for investors who lost at least 3 million euros under the bailout, the "
      "president said on Sunday. To secure the 10bn euros in aid agreed by the European Union and the International "
      "Monetary Fund, Cyprus was forced to wind down one major bank. Investors were angered by the losses.")


def _brief():
    return newsbrief.brief([{"text": _A, "source": "Reuters"}, {"text": _B, "source": "BBC"}], words=60, analyze=True)


def test_an_agreed_figure_is_the_same_value_of_the_same_thing_and_names_only_the_sources_giving_it():
    d = _brief().analysis.to_dict()
    shown = {v["text"]: v["sources"] for v in agreed_figures(d)}
    assert any("10" in t and sources == [1, 2] for t, sources in shown.items()), shown  # 10 billion = 10bn
    # main showed "€2.81m (Reuters, BBC)": the loan, credited to the outlet that gave a citizenship threshold
    assert not any("2.81" in t or "3 million" in t for t in shown), shown
    assert [a["sources"] for a in d["agreed_figures"]] == [[1, 2]]


def test_the_same_number_of_two_different_things_is_no_agreement():
    """A $30,000 satellite system and a $30,000 summer rent (DUC 2006, read at stop 40) are no shared figure."""
    a = ("A California company gave the Lake Valley school a $30,000 satellite system last week to connect its "
         "computers to the Internet, the principal said.")
    b = ("In a town where a pool-side bungalow rents for $30,000 for the summer, the median income on the reservation "
         "hovers around $6,000, tribal officials said.")
    filler = "Tribal leaders met on Monday to discuss schools, roads and the new casino near the reservation."
    d = newsbrief.brief([{"text": f"{a} {filler}", "source": "AP"}, {"text": f"{b} {filler}", "source": "NYT"}],
                        words=60, analyze=True).analysis.to_dict()
    assert not any("30,000" in v["text"] for v in agreed_figures(d))


def test_every_format_shows_the_agreed_figure_with_its_sources_only():
    from newsbrief.render import to_terminal

    b = _brief()
    md = render(b, "markdown")
    section = md[md.index("### Figures"):md.index("###", md.index("### Figures") + 3)]
    assert "2.81m" not in section and "(Reuters [1], BBC [2])" in section
    term = to_terminal(b, full=True)
    section = term[term.index("Figures the outlets agree on"):term.index("Reported by")]
    assert "2.81m" not in section and "[1] Reuters, [2] BBC" in section
    page = render(b, "html")
    section = page[page.index('class="figures-section"'):page.index("</details>", page.index('class="figures-section"'))]
    assert "2.81m" not in section and "Reuters" in section and "BBC" in section
