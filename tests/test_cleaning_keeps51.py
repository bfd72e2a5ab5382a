"""What cleaning leaves out of the 18 labelled quotes spk93 traced to text `prepare` does not keep (issue 11, cln51;
docs/analysis-labels.md, "Quotes in text the cleaning leaves out"): none is a sentence of the article's own story
cut by mistake. A digest's other stories, a news service's budget, a video's or a photo gallery's caption and a
related link's title are left out by design, and the real articles' own sentences around them are kept. The
bench names such a miss for what it is (``left_out``), so a later round does not chase it as a quote never read.
"""

from conftest import load_bench

from newsbrief.clean import clean_text, page_note
from newsbrief.config import Settings
from newsbrief.pipeline import prepare


def _cluster(shared_dir, key: str) -> list:
    """A labelled cluster's articles, read as the bench reads them ("duc06:D0628A", "mn:0209")."""
    return load_bench("analysis").labelled_articles(key)


def _norm(text: str) -> str:
    return " ".join(text.replace("``", '"').replace("''", '"').split())


def test_a_digest_keeps_its_story_on_the_topic_and_its_other_stories_go(shared_dir):
    # DUC 2006 D0628A (ADD/ADHD) article 1: a wire digest of a satellite, a Ritalin study and concussions; the
    # concussion story's four quotes were labelled, but the story is another event; D0648C (OCD) article 2 the same
    # with an exercise story's two quotes beside a Prozac study
    for cid, n, kept, gone in [
        ("D0628A", 1, "Behavior in children with attention-deficit hyperactivity disorder improves dramatically",
         "A lot of times, we don't recognize it because the player"),
        ("D0648C", 2, "The antidepressant drug Prozac can significantly reduce symptoms",
         "Nationally, 7 percent of all trips are nonmotorized")]:
        arts = _cluster(shared_dir, "duc06:" + cid)
        b = prepare(arts, Settings())
        art = next(a for a in b.articles if a.raw_text == arts[n - 1].raw_text)
        assert kept in art.text and gone not in _norm(art.text), cid
        assert any("another story of a digest page" in r for r in art.removed), cid


def test_a_news_services_budget_is_no_article(shared_dir):
    # D0628A article 16: CoxNet's features budget (cars, taxes, gardens, roses, one adult-ADHD entry): six labelled
    # quotes, four of them a gardener's and a rose grower's
    arts = _cluster(shared_dir, "duc06:D0628A")
    assert "budget" in (page_note(arts[15].raw_text) or "")
    assert all(a.raw_text != arts[15].raw_text for a in prepare(arts, Settings()).articles)


def test_a_video_or_gallery_caption_holding_a_quote_is_cut_but_the_articles_sentences_stay(shared_dir):
    # Multi-News 0209 article 2 line 51, 0237 article 2 line 1: a BBC video's caption naming its reporter and his words
    for cid, n, line in [("0209", 2, 51), ("0237", 2, 1)]:
        arts = _cluster(shared_dir, "mn:" + cid)
        raw = arts[n - 1].raw_text
        text, removed = clean_text(raw, arts[n - 1].title)
        caption = raw.split("\n")[line - 1].strip()
        assert "Media caption" in caption and caption not in text
        assert any(r.line == line for r in removed)
        assert len(text) > 0.9 * len(raw) - len(caption) - 200  # the article around it is kept


def test_the_same_words_told_by_the_article_are_kept_made_up():
    # the caption's marker makes the cut, not the quote: the article's own sentence with the same words stays
    text = ("The search resumed on Monday.\n\n"
            "The BBC's Alan Johnson said: \"We will never know the details of their talks.\"\n\n"
            "Media caption The BBC's Alan Johnson: \"We will never know the details of their talks\"\n\n"
            "[Pope emeritus: 'We will pray together for the church']\n\n"
            "Officials said the talks lasted 45 minutes.")
    kept, removed = clean_text(text)
    assert "The BBC's Alan Johnson said: \"We will never know" in kept
    assert "Media caption" not in kept and "[Pope emeritus" not in kept
    assert "Officials said the talks lasted 45 minutes." in kept
    assert {r.reason for r in removed} == {"image caption", "editor's aside"}


def test_the_bench_names_a_quote_the_cleaning_leaves_out(shared_dir):
    bench = load_bench("analysis")
    arts = _cluster(shared_dir, "duc06:D0628A")
    b = prepare(arts, Settings())
    renumber = bench.source_numbers(arts, b.articles)
    assert bench.left_out(arts, b.articles, renumber, 1, "Tough players are stoic") == (
        "left out by prepare: another story of a digest page")
    assert "budget" in bench.left_out(arts, b.articles, renumber, 16, "The more you pick them, the more they bloom")
    # a quote of the story kept is not left out
    assert bench.left_out(arts, b.articles, renumber, 1, "bad parents") is None


def test_the_bench_names_a_caption_left_out_made_up():
    from newsbrief.model import Article

    bench = load_bench("analysis")
    raw = ("The search resumed on Monday, officials said.\n\n"
           "Media caption The BBC's Alan Johnson: \"We will never know the details of their talks\"")
    arts = [Article(id="a1", raw_text=raw, title="Search resumes")]
    b = prepare(arts, Settings())
    assert bench.left_out(arts, b.articles, {1: 1}, 1, "We will never know the details") == (
        "left out by prepare: image caption")
    assert bench.left_out(arts, b.articles, {1: 1}, 1, "resumed on Monday") is None
    assert bench.left_out(arts, b.articles, {1: 1}, 1, "words in no article") is None
