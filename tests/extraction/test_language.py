"""English first: other languages get a notice and empty panels, not nonsense."""

from __future__ import annotations

import pytest

from briefreader.document import DocumentBuilder
from briefreader.extraction.language import guess_language, language_notice, looks_english
from briefreader.extraction.pipeline import extract_document

ENGLISH = ("The government said on Monday that at least twelve people were killed in the"
           " fighting and that thousands had fled their homes to shelter in nearby villages,"
           " according to local officials who fear a further escalation of the conflict.")
FRENCH = ("Le gouvernement a annoncé lundi que les combats dans la région ont fait au moins"
          " douze morts et que des milliers de personnes ont fui leurs maisons pour se réfugier"
          " dans les villages voisins, selon les autorités locales qui craignent une escalade.")
GERMAN = ("Die Regierung teilte am Montag mit, dass bei den Kämpfen in der Region mindestens"
          " zwölf Menschen getötet wurden und Tausende aus ihren Häusern geflohen sind, nach"
          " Angaben der örtlichen Behörden, die eine weitere Eskalation befürchten.")
SPANISH = ("El gobierno anunció el lunes que los combates en la región dejaron al menos doce"
           " muertos y que miles de personas huyeron de sus casas para refugiarse en los pueblos"
           " vecinos, según las autoridades locales que temen una nueva escalada.")
RUSSIAN = ("Правительство объявило в понедельник, что в результате боев в регионе погибли"
           " по меньшей мере двенадцать человек, а тысячи покинули свои дома.")
ARABIC = "أعلنت الحكومة يوم الاثنين أن ما لا يقل عن اثني عشر شخصا قتلوا في القتال"
CHINESE = "政府周一宣布，该地区的战斗造成至少十二人死亡，数千人逃离家园。"


def test_english_prose_is_english():
    assert looks_english(ENGLISH)
    assert guess_language(ENGLISH).code == "en"


@pytest.mark.parametrize("text, code, name", [
    (FRENCH, "fr", "French"), (GERMAN, "de", "German"), (SPANISH, "es", "Spanish"),
    (RUSSIAN, "ru", "Cyrillic"), (ARABIC, "ar", "Arabic"), (CHINESE, "zh", "Chinese"),
])
def test_other_languages_are_named(text, code, name):
    guess = guess_language(text)
    assert not guess.english
    assert guess.code == code and name in guess.name


def test_too_little_text_to_tell_counts_as_english():
    assert looks_english("")
    assert looks_english("Kyiv")
    assert looks_english("Idlib: 12 killed")


def test_english_article_quoting_another_language_stays_english():
    assert looks_english(" ".join([ENGLISH] * 3 + ["« Nous ne partirons pas », a-t-il dit."]))


def test_unknown_latin_language_is_another_language():
    text = ("Hükümet pazartesi günü yaptığı açıklamada bölgedeki çatışmalarda en az on iki"
            " kişinin öldüğünü ve binlerce kişinin evlerinden kaçtığını yerel yetkililerin yeni"
            " bir tırmanmadan korktuğunu bildirdi ve bugün açıklama yaptı")
    guess = guess_language(text)
    assert not guess.english and guess.name == "another language"


def _document(text: str):
    builder = DocumentBuilder()
    builder.add("title", "Bericht")
    builder.add("paragraph", text)
    return builder.build("Bericht", {})


def test_non_english_document_gets_a_notice_and_empty_panels():
    extraction = extract_document(_document(GERMAN))
    assert extraction.language == "de"
    assert extraction.notices == (language_notice(guess_language(GERMAN)),)
    assert "English text" in extraction.notices[0] and "German" in extraction.notices[0]
    assert extraction.actors == () and extraction.claims == () and extraction.casualties == ()


def test_english_document_has_no_language_notice():
    extraction = extract_document(_document(ENGLISH))
    assert extraction.language == "en"
    assert not any("English text" in n for n in extraction.notices)
    assert [(f.count, f.category) for f in extraction.casualties][:1] == [(12, "killed")]


def test_terse_english_list_of_figures_is_english():
    text = ("Casualty update\n\n• Syria: 12 killed, 40 wounded\n• Iraq: 5 killed\n"
            "• Yemen: 30 killed, 100 displaced\n• Libya: 7 missing\n• Mali: 2 soldiers killed\n"
            "• Somalia: 15 killed in a blast\n• Nigeria: 20 abducted by gunmen\n"
            "• Sudan: 300,000 displaced by fighting")
    assert looks_english(text)


def test_latin_script_languages_without_a_word_list_are_not_english():
    text = ("Pemerintah mengumumkan pada hari Senin bahwa pertempuran di wilayah itu telah"
            " menewaskan sedikitnya dua belas orang dan ribuan orang telah melarikan diri dari"
            " rumah mereka untuk berlindung di desa-desa terdekat menurut pejabat setempat")
    assert not looks_english(text)
