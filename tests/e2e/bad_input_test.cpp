// End to end: bad content. Each case builds the fixture portal once (good),
// breaks it, builds again, and asserts the exact `file:line:col: error:
// message`, the exit status, and that the previous site survived byte for byte.

#include <catch2/catch.hpp>

#include "../support/broken_build.h"

using namespace portal::fixture;

TEST_CASE("bad input: malformed YAML in front matter", "[e2e][bad-input]") {
  BrokenBuild b([](const fs::path& root) {
    add_paper(root, "bad",
              "---\n"
              "language: en\n"
              "title: {en: Broken}\n"
              "keywords: {en: [a, b}\n"
              "---\n"
              "Body.\n");
  });
  expect_errors(b, {"content/papers/bad.md:4:21: error: malformed YAML: illegal flow end"});
}

TEST_CASE("bad input: malformed YAML in topics.yaml is placed on its own line", "[e2e][bad-input]") {
  int line = 0;
  BrokenBuild b([&](const fs::path& root) {
    fs::path topics = root / "content" / "topics.yaml";
    line = line_count(slurp(topics)) + 2;
    append(topics, "- id: broken\n  name: {en: [}\n");
  });
  INFO(b.run.err);
  CHECK(b.run.status == 1);
  CHECK(has_line(b.run.err, "content/topics.yaml:" + std::to_string(line) + ":15: error: malformed YAML: illegal flow end"));
  CHECK(b.before == b.after);
}

TEST_CASE("bad input: unclosed front matter", "[e2e][bad-input]") {
  BrokenBuild b([](const fs::path& root) {
    add_paper(root, "bad",
              "---\n"
              "language: en\n"
              "title: {en: Never closed}\n"
              "\n"
              "## Body\n");
  });
  expect_errors(b, {"content/papers/bad.md:1:1: error: unclosed front matter: the '---' on line 1 has no closing "
                    "'---' line"});
}

TEST_CASE("bad input: missing title", "[e2e][bad-input]") {
  BrokenBuild b([](const fs::path& root) {
    add_paper(root, "bad",
              "---\n"
              "language: en\n"
              "abstract: {en: An abstract without a title.}\n"
              "---\n");
  });
  expect_errors(b, {"content/papers/bad.md:2:1: error: missing required field 'title'"});
}

TEST_CASE("bad input: unknown language", "[e2e][bad-input]") {
  BrokenBuild b([](const fs::path& root) {
    add_paper(root, "bad",
              "---\n"
              "language: de\n"
              "title:\n"
              "  en: A title\n"
              "  xx: Another\n"
              "---\n");
  });
  expect_errors(b, {"content/papers/bad.md:2:11: error: unknown language 'de': site.yaml declares kk, ru, tr, en",
                    "content/papers/bad.md:5:3: error: unknown language 'xx': site.yaml declares kk, ru, tr, en"});
}

TEST_CASE("bad input: unknown topic, in a paper and in an event", "[e2e][bad-input]") {
  int event_line = 0;
  BrokenBuild b([&](const fs::path& root) {
    replace_once(root / "content" / "papers" / "beta-turkic-council.md", "topics: [ots, history]",
                 "topics: [ots, histroy]");
    fs::path timeline = root / "content" / "timeline.yaml";
    event_line = line_count(slurp(timeline)) + 4;
    append(timeline,
           "- id: extra-event\n"
           "  date: 2000\n"
           "  title: {en: Extra}\n"
           "  topics: [soft-power, economy]\n");
  });
  expect_errors(b, {"content/papers/beta-turkic-council.md:14:15: error: unknown topic 'histroy': topics.yaml "
                    "defines soft-power, ots, history; did you mean 'history'?",
                    "content/timeline.yaml:" + std::to_string(event_line) +
                        ":24: error: unknown topic 'economy': topics.yaml defines soft-power, ots, history"});
}

TEST_CASE("bad input: duplicate topic id", "[e2e][bad-input]") {
  int line = 0;
  BrokenBuild b([&](const fs::path& root) {
    fs::path topics = root / "content" / "topics.yaml";
    line = line_count(slurp(topics)) + 1;
    append(topics, "- id: ots\n  name: {en: OTS again}\n");
  });
  expect_errors(b, {"content/topics.yaml:" + std::to_string(line) +
                    ":7: error: duplicate topic id 'ots' (first defined at line 13)"});
}

TEST_CASE("bad input: duplicate event id", "[e2e][bad-input]") {
  int line = 0;
  BrokenBuild b([&](const fs::path& root) {
    fs::path timeline = root / "content" / "timeline.yaml";
    line = line_count(slurp(timeline)) + 1;
    append(timeline, "- id: nakhchivan-agreement-2009\n  date: 2009-10\n  title: {en: Again}\n");
  });
  expect_errors(b, {"content/timeline.yaml:" + std::to_string(line) +
                    ":7: error: duplicate event id 'nakhchivan-agreement-2009' (first defined at line 12)"});
}

TEST_CASE("bad input: unknown paper: target, and unknown section of a known paper", "[e2e][bad-input]") {
  BrokenBuild b([](const fs::path& root) {
    add_paper(root, "bad",
              "---\n"
              "language: en\n"
              "title: {en: Links}\n"
              "---\n"
              "## Intro\n"
              "\n"
              "See [the other paper](paper:no-such-paper) and\n"
              "[its section](paper:alpha-smart-power#no-such-section).\n");
  });
  expect_errors(b, {"content/papers/bad.md:7:5: error: unknown paper 'no-such-paper' in link 'paper:no-such-paper'",
                    "content/papers/bad.md:8:1: error: paper 'alpha-smart-power' has no section '#no-such-section' "
                    "(link 'paper:alpha-smart-power#no-such-section'); its sections are #giris, #kavramsal-cerceve, "
                    "#kavramsal-cerceve-2, #orgutler"});
}

TEST_CASE("bad input: unknown cite: key", "[e2e][bad-input]") {
  BrokenBuild b([](const fs::path& root) {
    add_paper(root, "bad",
              "---\n"
              "language: ru\n"
              "title: {ru: Цитаты}\n"
              "references:\n"
              "  - {key: ivanov-2015, text: Иванов И. И. Тюркский мир. М., 2015.}\n"
              "---\n"
              "Как пишет Иванов [(2015)](cite:ivanov-2015), а также Петров [(2016)](cite:petrov-2016).\n");
  });
  expect_errors(b, {"content/papers/bad.md:7:61: error: unknown reference key 'petrov-2016' in link "
                    "'cite:petrov-2016'"});
}

TEST_CASE("bad input: unknown event: and topic: targets", "[e2e][bad-input]") {
  BrokenBuild b([](const fs::path& root) {
    add_paper(root, "bad",
              "---\n"
              "language: en\n"
              "title: {en: Links}\n"
              "---\n"
              "An [event](event:no-such-event) and a [topic](topic:no-such-topic).\n");
  });
  expect_errors(b, {"content/papers/bad.md:5:4: error: unknown event 'no-such-event' in link 'event:no-such-event'",
                    "content/papers/bad.md:5:39: error: unknown topic 'no-such-topic' in link 'topic:no-such-topic'"});
}

TEST_CASE("bad input: an unknown target in an abstract is placed where it is written", "[e2e][bad-input]") {
  // abstracts are usually block scalars (the real content uses `>-`)
  BrokenBuild b([](const fs::path& root) {
    add_paper(root, "bad",
              "---\n"
              "language: en\n"
              "title: {en: Abstract links}\n"
              "abstract:\n"
              "  en: >-\n"
              "    The abstract cites\n"
              "    [a paper](paper:no-such-paper).\n"
              "---\n");
  });
  expect_errors(b, {"content/papers/bad.md:7:5: error: unknown paper 'no-such-paper' in link 'paper:no-such-paper'"});
}

TEST_CASE("bad input: invalid dates", "[e2e][bad-input]") {
  int line = 0;
  BrokenBuild b([&](const fs::path& root) {
    replace_once(root / "content" / "papers" / "beta-turkic-council.md", "published: 2019-05-20",
                 "published: 2019-02-29");
    fs::path timeline = root / "content" / "timeline.yaml";
    line = line_count(slurp(timeline)) + 2;
    append(timeline, "- id: extra-event\n  date: 2009-10-32\n  title: {en: Extra}\n");
  });
  expect_errors(b, {"content/papers/beta-turkic-council.md:13:12: error: invalid date '2019-02-29' in 'published': "
                    "expected YYYY, YYYY-MM or YYYY-MM-DD",
                    "content/timeline.yaml:" + std::to_string(line) +
                        ":9: error: invalid date '2009-10-32' in 'date': expected YYYY, YYYY-MM or YYYY-MM-DD"});
}

TEST_CASE("bad input: an event with an invalid date still has its other problems reported", "[e2e][bad-input]") {
  int line = 0;
  BrokenBuild b([&](const fs::path& root) {
    fs::path timeline = root / "content" / "timeline.yaml";
    line = line_count(slurp(timeline)) + 1;
    append(timeline,
           "- id: istanbul-summit-2021\n"
           "  date: 2021-11-31\n"
           "  title: {en: Again}\n"
           "  topics: [economy]\n");
  });
  const std::string l = std::to_string(line);
  expect_errors(b, {"content/timeline.yaml:" + std::to_string(line + 1) +
                        ":9: error: invalid date '2021-11-31' in 'date': expected YYYY, YYYY-MM or YYYY-MM-DD",
                    "content/timeline.yaml:" + l +
                        ":7: error: duplicate event id 'istanbul-summit-2021' (first defined at line 26)",
                    "content/timeline.yaml:" + std::to_string(line + 3) +
                        ":12: error: unknown topic 'economy': topics.yaml defines soft-power, ots, history"});
}

TEST_CASE("bad input: invalid UTF-8", "[e2e][bad-input]") {
  int line = 0;
  BrokenBuild b([&](const fs::path& root) {
    add_paper(root, "bad",
              "---\n"
              "language: kk\n"
              "title: {kk: Мақала}\n"
              "---\n"
              "Қазақ\xFF\xFE мәтін\n");
    fs::path topics = root / "content" / "topics.yaml";
    line = line_count(slurp(topics)) + 2;
    append(topics, "- id: latin1\n  name: {tr: \"T\xFCrk\"}\n");  // "Türk" saved as Latin-1
  });
  INFO(b.run.err);
  CHECK(has_line(b.run.err, "content/papers/bad.md:5:6: error: invalid UTF-8 (byte 0xFF): save the file as UTF-8"));
  CHECK(has_line(b.run.err, "content/topics.yaml:" + std::to_string(line) +
                                ":16: error: invalid UTF-8 (byte 0xFC): save the file as UTF-8"));
  CHECK(b.run.status == 1);
  CHECK(b.before == b.after);
}

TEST_CASE("bad input: the problems of all files are reported together", "[e2e][bad-input]") {
  BrokenBuild b([](const fs::path& root) {
    replace_once(root / "content" / "papers" / "alpha-smart-power.md", "[Nye](cite:nye-2004)", "[Nye](cite:nye-2005)");
    replace_once(root / "content" / "papers" / "gamma-cinema.md", "published: 2020", "published: 20-20");
  });
  expect_errors(b, {"content/papers/alpha-smart-power.md:52:26: error: unknown reference key 'nye-2005' in link "
                    "'cite:nye-2005'; did you mean 'nye-2004'?",
                    "content/papers/gamma-cinema.md:11:12: error: invalid date '20-20' in 'published': expected YYYY, "
                    "YYYY-MM or YYYY-MM-DD"});
}

TEST_CASE("bad input: a site.yaml whose default language is not declared", "[e2e][bad-input]") {
  BrokenBuild b([](const fs::path& root) {
    replace_once(root / "content" / "site.yaml", "default_language: kk", "default_language: de");
  });
  INFO(b.run.err);
  CHECK(b.run.status == 1);
  CHECK(has_line(b.run.err,
                 "content/site.yaml:13:19: error: default_language 'de' is not one of the declared languages"));
  CHECK(b.before == b.after);
}
