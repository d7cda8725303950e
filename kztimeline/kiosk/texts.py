"""What the kiosk says in every one of its languages at once (a visitor may read any of them), with no Qt.

The interface's own strings go through Qt's translations in the current language; these few are shown side by
side in all the kiosk's languages: on the story card, the start card and the "being updated" screen.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "touch": {
        "kk": "Толығырақ білу үшін түртіңіз",
        "ru": "Коснитесь, чтобы узнать больше",
        "en": "Touch to explore",
    },
    "start": {
        "kk": "Оқиғаны түртіп, оның тарихын оқыңыз",
        "ru": "Коснитесь события, чтобы прочитать его историю",
        "en": "Touch an event to read its story",
    },
    "updating": {
        "kk": "Экспозиция жаңартылуда",
        "ru": "Экспозиция обновляется",
        "en": "The exhibit is being updated",
    },
    "back_soon": {
        "kk": "Бірнеше минуттан кейін қайта келіңіз",
        "ru": "Пожалуйста, зайдите через несколько минут",
        "en": "Please come back in a few minutes",
    },
}


def in_languages(key: str, languages: tuple[str, ...], first: str | None = None) -> list[str]:
    """The text `key` in each of `languages`, `first` (the current language) leading; no language twice."""
    order = ([first] if first in languages else []) + [code for code in languages if code != first]
    texts = TEXTS[key]
    return [texts.get(code, texts["en"]) for code in order]
