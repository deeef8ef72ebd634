"""Small documents for the scan tests, written for them (spun with the spinner's typical swaps)."""
from __future__ import annotations

from pathlib import Path

SPUN = (
    "The officers mentioned on Tuesday that the local weather summit would be a go to for world leaders. "
    "Prices rose 5 p.c. final 12 months, the report mentioned, and the White Home declined to remark.\n"
    "Legal professionals for the corporate stated they might enchantment the ruling within the Supreme "
    "Courtroom, which is anticipated to listen to the case subsequent 12 months.\n")
CLEAN = (
    "The council met on Tuesday evening to discuss the new library. Members agreed that the building "
    "needs a larger reading room and more shelves for children's books.\n"
    "A local baker offered to cater the opening, and the mayor thanked the volunteers who had painted "
    "the walls over the summer.\n")
TORTURED = (
    "In this paper we study counterfeit consciousness for bosom peril detection. Profound learning "
    "models with irregular woodland classifiers were trained on the dataset, and the flag to commotion "
    "proportion of the images was measured.\n")


def make_corpus(folder: Path) -> dict[str, Path]:
    """A small folder: spun, clean and tortured documents in three formats, a hidden file and a
    file of a kind Unspin does not read."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sub").mkdir(exist_ok=True)
    (folder / ".hidden").mkdir(exist_ok=True)
    files = {
        "spun": folder / "spun.txt",
        "clean": folder / "sub" / "clean.md",
        "tortured": folder / "sub" / "paper.txt",
    }
    files["spun"].write_text(SPUN, encoding="utf-8")
    files["clean"].write_text("# Council\n\n" + CLEAN, encoding="utf-8")
    files["tortured"].write_text(TORTURED, encoding="utf-8")
    (folder / ".hidden" / "skip.txt").write_text(SPUN, encoding="utf-8")
    (folder / "notes.json").write_text("{}", encoding="utf-8")
    return files
