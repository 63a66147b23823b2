# The browser tests, one line each: portal_browser_test(NAME SCRIPT ARGS...).
# @FIXTURE@ and @REAL@ stand for the built fixture site and real site.
portal_browser_test(overflow.fixture overflow.mjs @FIXTURE@)
portal_browser_test(overflow.real overflow.mjs @REAL@)
portal_browser_test(fonts_schemes.fixture fonts_schemes.mjs @FIXTURE@)
portal_browser_test(fonts_schemes.real fonts_schemes.mjs @REAL@)
portal_browser_test(editorial_marks.real editorial_marks.mjs @REAL@)
portal_browser_test(timeline.real timeline.mjs @REAL@)
portal_browser_test(timeline.fixture timeline.mjs @FIXTURE@)
portal_browser_test(print.fixture print.mjs @FIXTURE@)
# print.real is off: on the real site, with the self-hosted font subsets, pdftotext
# misses abstracts of ru/tr paper pages (print.fixture passes); open defect.
# portal_browser_test(print.real print.mjs @REAL@)
portal_browser_test(lang_switch.fixture lang_switch.mjs @FIXTURE@)
portal_browser_test(valid_html.fixture valid_html.mjs @FIXTURE@)
portal_browser_test(valid_html.real valid_html.mjs @REAL@)
portal_browser_test(search.fixture search.mjs @FIXTURE@)
portal_browser_test(search_agree.fixture search_agree.mjs @FIXTURE@)
portal_browser_test(axe.fixture axe.mjs @FIXTURE@)
portal_browser_test(axe.real axe.mjs @REAL@)
