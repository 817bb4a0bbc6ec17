"""The importer's learned line labeller: reproducible from its data, honest about what it knows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.formats import text
from app.formats.textparse.labeller import shipped_model
from app.formats.textparse.learn import calendar
from app.formats.textparse.learn.__main__ import main as learn_main
from app.formats.textparse.learn.__main__ import own_releases
from app.formats.textparse.learn.align import AlignError, align, load_corpus
from app.formats.textparse.learn.crossval import assign_folds, cross_validate
from app.formats.textparse.learn.train import train
from app.formats.textparse.segment import segment

OWN = own_releases()


@pytest.fixture(scope="module")
def own_examples() -> list:
    examples, problems = load_corpus(OWN)
    assert problems == []
    return examples


def test_every_release_of_ours_is_labelled_from_its_truth(own_examples: list) -> None:
    """Each of our labelled releases lines up with what its truth file records: headline, body, contacts."""
    assert len(own_examples) >= 80
    for ex in own_examples:
        assert "headline" in ex.labels, ex.name
        body = [line for line, label in zip(ex.lines, ex.labels, strict=True) if label == "body"]
        assert body, ex.name
        if ex.truth["contacts"]:
            assert {"contact", "contact_head"} & set(ex.labels), ex.name


def test_our_releases_cover_at_least_twelve_languages(own_examples: list) -> None:
    languages = {ex.truth["language"].split("-")[0] for ex in own_examples}
    assert {"en", "fr", "es", "ar", "zh", "ru", "nb", "de", "it", "pt", "nl", "pl", "tr", "ja"} <= languages


def test_a_truth_that_does_not_fit_the_text_is_reported() -> None:
    """A truth file whose headline is not in the text is named, not guessed."""
    lines = segment("A headline\n\nVIENNA, 2 May 2022 - Body text of the release goes here today.\n")
    with pytest.raises(AlignError, match="headline"):
        align(lines, {"headline": "Something else entirely", "first_body_paragraph_start": "Body text"}, "x.txt")


def test_training_twice_on_the_same_data_writes_the_same_model(own_examples: list, tmp_path: Path) -> None:
    """`make model` is reproducible: the same releases give the same bytes."""
    a = train(own_examples, tmp_path / "a.crfsuite").read_bytes()
    b = train(list(reversed(own_examples)), tmp_path / "b.crfsuite").read_bytes()
    assert a == b


def test_the_shipped_model_is_what_make_model_builds(shared_dir: Path, tmp_path: Path) -> None:
    """The model in resources/ was trained by `make model` on the corpus beside the project and our releases."""
    out = tmp_path / "model.crfsuite"
    corpus = shared_dir / "corpus"
    assert learn_main(["model", "--corpus", str(corpus / "dev"), "--word-corpus", str(corpus / "docx-dev"),
                       "-o", str(out)]) == 0
    assert out.read_bytes() == shipped_model().read_bytes()
    assert out.with_name("line-labeller-word.crfsuite").read_bytes() == shipped_model(word=True).read_bytes()
    assert out.with_name("calendar.json").read_bytes() == calendar.calendar_path().read_bytes()
    # the training sequences shipped for "Learn from my corrections" hold features and labels, no release's text
    shipped = shipped_model().with_name("training.jsonl.gz")
    assert out.with_name("training.jsonl.gz").read_bytes() == shipped.read_bytes()


def test_the_calendar_words_are_cldrs() -> None:
    """Month and weekday names in resources/ are what babel's CLDR data gives today (`make model` writes them)."""
    shipped = json.loads(calendar.calendar_path().read_text(encoding="utf-8"))
    assert shipped == json.loads(json.dumps(calendar.build(), ensure_ascii=False))
    assert shipped["months"]["października"] == 10
    assert shipped["months"]["ekim"] == 10
    assert shipped["regions"]["pt"] == "BR"


def test_folds_never_split_an_organisation(own_examples: list) -> None:
    folds = assign_folds(own_examples, 5)
    assert len(folds) == 5
    seen: dict[str, int] = {}
    for n, fold in enumerate(folds):
        for ex in fold:
            assert seen.setdefault(ex.group, n) == n


def test_cross_validated_import_of_our_releases_is_mostly_right_and_flags_its_mistakes(own_examples: list) -> None:
    """Trained without them, the importer gets most fields of releases from unseen organisations right, and
    marks most of the fields it got wrong as unsure while marking few right ones."""
    outcomes = cross_validate(own_examples, [], lambda ex: OWN / "raw" / (ex.name + ".txt"), text.read)
    right = [o for o in outcomes if o.ok]
    wrong = [o for o in outcomes if not o.ok]
    assert len(right) / len(outcomes) >= 0.88
    assert sum(o.confidence < 0.8 for o in wrong) / len(wrong) >= 0.55
    assert sum(o.confidence < 0.8 for o in right) / len(right) <= 0.15


@pytest.mark.parametrize("raw", sorted((OWN / "raw").glob("*.txt")), ids=lambda p: p.stem)
def test_every_release_of_ours_gets_its_dateline_date(raw: Path) -> None:
    """The date of each of our releases, in its own language's way of writing it, is read."""
    truth = json.loads((OWN / "truth" / (raw.stem + ".json")).read_text(encoding="utf-8"))
    release = text.read(raw.read_bytes(), raw.name)
    found = release.dateline.date.isoformat() if release.dateline.date else None
    assert found == truth["dateline_date"]


def test_convert_with_a_missing_model_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`convert --model` with a file that is not there names it and says how to make one."""
    from app.cli import main

    release = sorted((OWN / "raw").glob("*.txt"))[0]
    assert main(["convert", str(release), "--to", "json", "--model", str(tmp_path / "none.crfsuite")]) == 2
    assert "none.crfsuite: no such model file" in capsys.readouterr().err


def test_convert_imports_with_the_model_it_is_given(own_examples: list, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """A fold's model, trained without a release, imports that release through `convert --model`."""
    from app.cli import main
    from app.formats.textparse.labeller import use_model

    held = own_examples[0]
    model = train([e for e in own_examples if e.group != held.group], tmp_path / "fold.crfsuite")
    try:
        assert main(["convert", str(OWN / "raw" / (held.name + ".txt")), "--to", "json", "--model", str(model)]) == 0
    finally:
        use_model(None)
    got = json.loads(capsys.readouterr().out)
    assert got["headline"]
    assert got["body"]
