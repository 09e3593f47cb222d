#!/usr/bin/env python3
"""Fills a pseudo-locale catalog: every message's translation is its source in brackets
([Quit], [%n identities]), so a string shown without the brackets did not go through tr().
Placeholders (%1, %n), HTML and mnemonics stay as they are. Run by `update_translations`."""
import sys
import xml.etree.ElementTree as ET


def pseudo(text: str) -> str:
    return "[" + text + "]"


def main(path: str) -> None:
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            translation.text = None
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(source)
        else:
            translation.text = pseudo(source)
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")


if __name__ == "__main__":
    main(sys.argv[1])
