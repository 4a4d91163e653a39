"""The link popup's warnings in the UI language: what core.links.describe found in an address."""

from __future__ import annotations

from vibe_desktop.core.links import LinkInfo
from vibe_desktop.i18n import translate


def warning_texts(info: LinkInfo) -> list[str]:
    """Each warning of ``info`` as a translated sentence (unknown codes in core's English)."""
    texts = {
        "scheme": translate("Links", "Only http, https and mailto links can be opened."),
        "userinfo": translate(
            "Links", "The address begins with “{userinfo}@”, which is not where it leads: "
            "the site is {host}. That part was removed."),
        "idn": translate(
            "Links", "The site's name uses letters outside the Latin alphabet, which can "
            "imitate another name; its real name is {host}."),
        "controls": translate(
            "Links", "The address held invisible control or text-direction characters; they "
            "were removed."),
        "headers": translate(
            "Links", "The mail link also set other parts of the message ({fields}); only the "
            "address is used."),
        "malformed": translate("Links", "The address is malformed and cannot be opened."),
    }
    values = dict(info.details)
    out = []
    for code, english in zip(info.warnings, info.messages(), strict=True):
        text = texts.get(code)
        try:
            out.append(text.format(**values) if text else english)
        except (KeyError, IndexError):  # a translation that lost a placeholder
            out.append(english)
    return out
