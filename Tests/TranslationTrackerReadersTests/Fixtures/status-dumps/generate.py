#!/usr/bin/env python3
"""Writes the MediaWiki exports the dump status tests read (texts ours, from locales/).

    python3 Tests/TranslationTrackerReadersTests/Fixtures/status-dumps/generate.py

meta.xml     full history, as the real Translate extension leaves it: the translatable summary page
             (first draft, then the $177 million / 11 May edit, each marked for translation), the
             English unit pages (Translations:…/N/en, written by FuzzyBot at each marking: units 7
             and 12 changed by the edit), French unit pages (Translations:…/N/fr, untouched by the
             marking: Translate keeps the fuzzy state in its database; 12 translated again after,
             15 never translated, the page title translated), the rendered French page (each
             render by FuzzyBot; the one after the edit wraps 7 and 12 in mw-translate-fuzzy, the
             last only 7), and a rendered Arabic page with no unit pages (12 fuzzy, 14 and 15
             untranslated). Also pages no document needs (filtered out).
arwiki.xml   full history of the Arabic copy, markers without src=: made from the first draft,
             unit 12 redone after the English edit, then unit 3 reworded and unit 7 only re-wrapped;
             unit 5 carries a src= of other English (a recorded stamp wins over history).
frwiki.xml   current-only: the French copy, one revision with a parent (history cut off).
commons.xml  the English slides, re-uploaded after the French ones; French and Spanish slides.
"""
import hashlib
import os
import re
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "../../../.."))
SOURCE = "Wikimedia Foundation Annual Plan/2023-2024/Summary"


def read(path):
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        return f.read()


def units(text):
    """Unit id -> text of a marked translation file (markers removed)."""
    result = {}
    for block in re.split(r"\n\s*\n", text):
        block = re.sub(r"\n?</translate>\s*$", "", block.strip("\n"))
        lines = block.split("\n")
        for i, line in enumerate(lines):
            m = re.match(r"^(=+.*=+) <!--T:(\d+)[^>]*-->$", line)
            if m:
                result[m.group(2)] = m.group(1)
                break
            m = re.match(r"^<!--T:(\d+)[^>]*-->$", line)
            if m:
                result[m.group(1)] = "\n".join(lines[i + 1 :])
                break
    return result


def strip_src(text):
    return re.sub(r"<!--T:(\d+) src=[0-9a-f]+-->", r"<!--T:\1-->", text)


SITEINFO = """  <siteinfo>
    <sitename>{name}</sitename>
    <dbname>{db}</dbname>
    <base>https://{host}/wiki/Main_Page</base>
    <generator>MediaWiki 1.42.0-wmf.1</generator>
    <case>first-letter</case>
    <namespaces>
      <namespace key="0" case="first-letter" />
      <namespace key="4" case="first-letter">{project}</namespace>
      <namespace key="6" case="first-letter">File</namespace>
      <namespace key="1198" case="first-letter">Translations</namespace>
    </namespaces>
  </siteinfo>
"""


def sha1_base36(text):
    """MediaWiki's revision sha1: the SHA-1 of the text as a base-36 number, 31 digits."""
    number = int(hashlib.sha1(text.encode()).hexdigest(), 16)
    digits = ""
    while number:
        number, digit = divmod(number, 36)
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"[digit] + digits
    return digits.rjust(31, "0")


class Export:
    def __init__(self, name, db, host, project):
        self.out = ['<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="en">\n']
        self.out.append(SITEINFO.format(name=name, db=db, host=host, project=project))
        self.page_id = 100

    def page(self, title, ns, revisions, first_parent=None):
        """revisions: [(id, timestamp, comment, text)], oldest first."""
        self.page_id += 1
        self.out.append(f"  <page>\n    <title>{escape(title)}</title>\n    <ns>{ns}</ns>\n    <id>{self.page_id}</id>\n")
        parent = first_parent
        for rev_id, timestamp, comment, text in revisions:
            self.out.append(f"    <revision>\n      <id>{rev_id}</id>\n")
            if parent:
                self.out.append(f"      <parentid>{parent}</parentid>\n")
            self.out.append(f"      <timestamp>{timestamp}</timestamp>\n")
            self.out.append("      <contributor>\n        <username>Fixture author</username>\n        <id>7</id>\n      </contributor>\n")
            self.out.append(f"      <comment>{escape(comment)}</comment>\n      <origin>{rev_id}</origin>\n      <model>wikitext</model>\n      <format>text/x-wiki</format>\n")
            self.out.append(f'      <text bytes="{len(text.encode())}" xml:space="preserve">{escape(text)}</text>\n')
            self.out.append(f"      <sha1>{sha1_base36(text)}</sha1>\n    </revision>\n")
            parent = rev_id
        self.out.append("  </page>\n")

    def write(self, name):
        self.out.append("</mediawiki>\n")
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            f.write("".join(self.out))


english_now = read("locales/en/summary.wiki")
english_draft = english_now.replace("$177 million", "$175 million").replace("on 11 May 2023", "on 9 May 2023")
assert english_draft != english_now
english_units = units(english_now)
french = units(read("locales/fr/summary.wiki"))  # made from the first draft: units 7 and 12 are old
arabic_now = units(read("locales/ar/summary.wiki"))


def rendered(translations, fuzzy=(), untranslated=()):
    """A translation page as Translate renders it from the English template."""
    parts = []
    unwrap = lambda text: re.sub(r"<tvar name=\w+>(.*?)</tvar>", r"\1", text)
    for uid in sorted(english_units, key=int):
        english = unwrap(english_units[uid])
        heading = english.startswith("==")
        if uid in untranslated:
            parts.append(f'<div lang="en" dir="ltr" class="mw-content-ltr">\n{english}\n</div>')
            continue
        text = unwrap(translations[uid])
        if uid in fuzzy:
            text = f'<div class="mw-translate-fuzzy">\n{text}\n</div>'
        if heading:
            anchor = re.sub(r"^=+\s*|\s*=+$", "", english).replace(" ", "_")
            text = f'<span id="{anchor}"></span>\n{text}'
        parts.append(text)
    return "<languages/>\n{{Annual Plan 2023-2024 navigation}}\n" + "\n\n".join(parts) + "\n\n<references />\n"


# --- meta.xml --------------------------------------------------------------------------------
meta = Export("Meta", "metawiki", "meta.wikimedia.org", "Meta")
meta.page("Main Page", 0, [(900, "2023-01-01T00:00:00Z", "", "Welcome to Meta-Wiki.")])
meta.page(SOURCE, 0, [
    (1001, "2023-04-03T09:00:00Z", "First draft of the summary", english_draft),
    (1002, "2023-04-20T12:00:00Z", "Budget of $177 million; second conversation hour on 11 May", english_now),
])
# FuzzyBot writes the English unit pages when the page is marked: all of them for the draft, then
# those the edit changed (7 and 12). Translators and the unit pages see variables as $name.
variables = lambda text: re.sub(r"<tvar name=(\w+)>.*?</tvar>", r"$\1", text)
english_draft_units = units(english_draft)
english_titles = {"Page display title": SOURCE}
order = lambda uid: (not uid.isdigit(), int(uid) if uid.isdigit() else 0)
rev = 1100
for uid in sorted(list(english_units) + list(english_titles), key=order):
    rev += 1
    first = english_titles.get(uid) or variables(english_draft_units[uid])
    revisions = [(rev, "2023-04-03T09:05:00Z", "Importing a new version from external source", first)]
    if uid in english_units and variables(english_units[uid]) != first:
        revisions.append((1200 + int(uid), "2023-04-20T12:05:00Z", "Importing a new version from external source", variables(english_units[uid])))
    meta.page(f"Translations:{SOURCE}/{uid}/en", 1198, revisions)
assert {uid for uid in english_units if variables(english_units[uid]) != variables(english_draft_units[uid])} == {"7", "12"}
rev = 2000
french_units = {uid: variables(text) for uid, text in french.items()}
french_units.pop("15")
french_units["Page display title"] = "Plan annuel 2023-2024 de la Wikimedia Foundation : résumé"
french_12_new = french["12"].replace("le 9 mai 2023", "le 11 mai 2023")
assert french_12_new != french["12"]
for uid, text in sorted(french_units.items(), key=lambda kv: order(kv[0])):
    rev += 1
    revisions = [(rev, "2023-04-05T10:%02d:00Z" % (rev % 60), "Translation", text)]
    if uid == "12":
        revisions.append((2090, "2023-04-25T16:00:00Z", "Translation", variables(french_12_new)))
    meta.page(f"Translations:{SOURCE}/{uid}/fr", 1198, revisions)
french_latest = dict(french)
french_latest["12"] = french_12_new
meta.page(f"{SOURCE}/fr", 0, [
    (2080, "2023-04-05T10:30:00Z", "Updating to match new version of source page", rendered(french, untranslated=("15",))),
    (2085, "2023-04-20T12:05:01Z", "Updating to match new version of source page", rendered(french, fuzzy=("7", "12"), untranslated=("15",))),
    (2100, "2023-04-25T16:00:01Z", "Updating to match new version of source page", rendered(french_latest, fuzzy=("7",), untranslated=("15",))),
])
# Arabic on Meta: translated from the first draft (unit 12 says 9 May), then re-rendered with unit 12
# wrapped as fuzzy when the English edit was marked; its unit pages are not in this dump.
arabic_draft = dict(arabic_now)
arabic_draft["12"] = arabic_now["12"].replace("في ١١ مايو", "في ٩ مايو")
assert arabic_draft["12"] != arabic_now["12"]
meta.page(f"{SOURCE}/ar", 0, [
    (2150, "2023-04-08T09:00:00Z", "Updating to match new version of source page",
     rendered(arabic_draft, untranslated=("14", "15"))),
    (2200, "2023-04-20T12:05:01Z", "Updating to match new version of source page",
     rendered(arabic_draft, fuzzy=("12",), untranslated=("14", "15"))),
])
meta.page(f"Translations:{SOURCE}/1/de", 1198, [(2300, "2023-04-06T10:00:00Z", "Translation", "Der Jahresplan 2023–2024 im Überblick")])
meta.page("Translations:Another page/1/fr", 1198, [(2301, "2023-04-06T10:00:00Z", "Translation", "Une autre page")])
meta.write("meta.xml")

# --- arwiki.xml ------------------------------------------------------------------------------
arabic_file = strip_src(read("locales/ar/summary.wiki"))
first = arabic_file.replace("١٧٧ مليون", "١٧٥ مليون").replace("في ١١ مايو", "في ٩ مايو")
assert first.count("١٧٥ مليون") == 1 and first.count("في ٩ مايو") == 1
first = first.replace("<!--T:5-->", "<!--T:5 src=deadbeef00-->")
second = first.replace("في ٩ مايو", "في ١١ مايو")
third = second.replace("أربعة أهداف للعام", "أهداف العام الأربعة").replace(
    "تبلغ الميزانية المقترحة لهذا العام ١٧٥ مليون دولار.", "تبلغ الميزانية المقترحة\nلهذا العام ١٧٥ مليون دولار.")
assert third != second
arwiki = Export("ويكيبيديا", "arwiki", "ar.wikipedia.org", "ويكيبيديا")
arwiki.page("ويكيبيديا:مؤسسة ويكيميديا/الخطة السنوية 2023-2024/ملخص", 4, [
    (3001, "2023-04-10T08:00:00Z", "ترجمة الملخص", first),
    (3002, "2023-05-02T10:00:00Z", "تحديث موعد الجلسة الثانية", second),
    (3003, "2023-06-01T10:00:00Z", "صياغة", third),
])
arwiki.write("arwiki.xml")

# --- frwiki.xml: current-only ----------------------------------------------------------------
frwiki = Export("Wikipédia", "frwiki", "fr.wikipedia.org", "Wikipédia")
frwiki.page("Wikipédia:Fondation Wikimedia/Plan annuel 2023-2024/Résumé", 4,
            [(5009, "2023-07-01T09:00:00Z", "Mise à jour", strip_src(read("locales/fr/summary.wiki")))], first_parent=5008)
frwiki.write("frwiki.xml")

# --- commons.xml -----------------------------------------------------------------------------
commons = Export("Wikimedia Commons", "commonswiki", "commons.wikimedia.org", "Commons")
slides = "File:Wikimedia Foundation Annual Plan 2023-2024 summary slides"
description = "== Summary ==\n{{Information|description=Slides of the Annual Plan 2023-2024 summary|source=own work}}\n"
commons.page(f"{slides}.pdf", 6, [
    (4001, "2023-04-03T12:00:00Z", "Uploaded the slides", description),
    (4005, "2023-05-10T12:00:00Z", "Uploaded a new version: $177 million", description + "[[Category:Annual Plan 2023-2024]]\n"),
])
commons.page(f"{slides} (fr).pdf", 6, [(4002, "2023-04-12T12:00:00Z", "Diapositives en français", description)])
commons.page(f"{slides} (es).pdf", 6, [(4010, "2023-05-20T12:00:00Z", "Diapositivas en español", description)])
commons.write("commons.xml")
