"""Bilingual text registry for the demo: every Chinese string knows its English translation.

Traditional Chinese is produced from the Simplified text with OpenCC, as a translator's
starting point would be.
"""


class Texts:
    def __init__(self):
        self.en: dict[str, str] = {}

    def __call__(self, zh: str, en: str) -> str:
        self.en[zh] = en
        return zh

    def rich(self, *paragraphs: str) -> str:
        """Rich text of plain paragraphs; each paragraph is one translation segment."""
        return "".join(f"<p>{p}</p>" for p in paragraphs)


T = Texts()
