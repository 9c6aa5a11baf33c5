"""Prompts come from resources/, are translated through Qt, and rotate without repeats."""

from __future__ import annotations

import itertools
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from journal_app.services.prompts import (
    THEMES,
    Prompt,
    PromptRotation,
    PromptsUnreadable,
    load_prompts,
    translation_source,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "cli"))

from cli_support import compiled_translations


def test_the_library_loads_from_resources_with_every_theme() -> None:
    library = load_prompts()
    assert set(library.themes) == set(THEMES)
    for theme in THEMES:
        assert len(library.themes[theme]) >= 5, theme
    assert len(library.reflections["connection"]) >= 3
    assert len(library.reflections["boundary"]) >= 3
    ids = [p.id for p in library.all()]
    assert len(ids) == len(set(ids))
    # Most look outward, to the people in the user's life.
    outward = ("who", "someone", "others", "people", "friend", "therap", "company")
    writing = library.writing()
    looking_out = [p for p in writing if any(w in p.source.lower() for w in outward)]
    assert len(looking_out) > len(writing) / 2


def test_the_wording_is_gentle() -> None:
    for prompt in load_prompts().all():
        words = prompt.source.lower()
        for harsh in ("streak", "failed", "you missed", "must", "should have", "why didn't"):
            assert harsh not in words, prompt.id


@pytest.mark.parametrize(
    "content",
    [
        "",
        "not json",
        json.dumps({"format": "other"}),
        json.dumps(
            {"format": "journal-app-prompts", "themes": {"connection": []}, "reflections": {}}
        ),
    ],
)
def test_a_damaged_library_is_refused_in_words(tmp_path: Path, content: str) -> None:
    path = tmp_path / "prompts.json"
    path.write_text(content)
    with pytest.raises(PromptsUnreadable) as caught:
        load_prompts(path)
    assert "prompt library" in str(caught.value)


def _prompts(n: int) -> list[Prompt]:
    return [Prompt(f"p{i}", "connection", f"text {i}") for i in range(n)]


@pytest.mark.parametrize("seed", range(25))
def test_rotation_shows_every_prompt_before_any_repeats_and_never_twice_in_a_row(
    seed: int,
) -> None:
    prompts = _prompts(7)
    rotation = PromptRotation(prompts, rng=random.Random(seed))
    shown = [rotation.next().id for _ in range(7 * 6)]
    for start in range(0, len(shown), 7):
        assert sorted(shown[start : start + 7]) == sorted(p.id for p in prompts)
    assert all(a != b for a, b in itertools.pairwise(shown))


@pytest.mark.parametrize("seed", range(25))
def test_rotation_never_opens_on_the_prompt_shown_last_time(seed: int) -> None:
    prompts = _prompts(3)
    for last in ("p0", "p1", "p2"):
        assert PromptRotation(prompts, last_id=last, rng=random.Random(seed)).next().id != last


def test_one_prompt_alone_still_rotates() -> None:
    rotation = PromptRotation(_prompts(1))
    assert [rotation.next().id for _ in range(3)] == ["p0", "p0", "p0"]


def test_prompts_come_out_translated_when_a_translation_exists(tmp_path: Path) -> None:
    prompt = load_prompts().themes["connection"][0]
    folder = compiled_translations(
        tmp_path, {"prompts": {prompt.source: "Wer hat einen Moment ein wenig sicherer gemacht?"}}
    )
    code = (
        "from journal_app.services.prompts import load_prompts;"
        "print(load_prompts().themes['connection'][0].text)"
    )
    env = {"JOURNAL_APP_TRANSLATIONS": str(folder), "LANGUAGE": "de_DE", "PATH": "/usr/bin"}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "Wer hat einen Moment ein wenig sicherer gemacht?"
    plain = subprocess.run(
        [sys.executable, "-c", code],
        env={"LANGUAGE": "en_GB", "PATH": "/usr/bin"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert plain == prompt.source


def test_the_translation_source_lists_every_prompt_and_compiles(tmp_path: Path) -> None:
    library = load_prompts()
    text = translation_source(library.all())
    assert text.count("<message>") == len(library.all())
    source = tmp_path / "prompts.ts"
    source.write_text(text, "utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    subprocess.run(
        [str(lrelease), str(source), "-qm", str(tmp_path / "p.qm")], check=True, capture_output=True
    )
    assert (tmp_path / "p.qm").exists()
