# The browser tests, one line each: portal_browser_test(NAME SCRIPT ARGS...).
# @FIXTURE@ and @REAL@ stand for the built fixture site and real site.
portal_browser_test(overflow.fixture overflow.mjs @FIXTURE@)
portal_browser_test(overflow.real overflow.mjs @REAL@)
portal_browser_test(search.fixture search.mjs @FIXTURE@)
portal_browser_test(search_agree.fixture search_agree.mjs @FIXTURE@)
