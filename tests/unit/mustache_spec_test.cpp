// Runs the official Mustache spec (github.com/mustache/spec) against
// portal::render::render. The spec folder comes from MUSTACHE_SPEC_DIR; when it
// is absent the cases are skipped with a message.

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <charconv>
#include <filesystem>
#include <map>
#include <string>

#include <yaml-cpp/yaml.h>

#include "render/mustache.h"

#ifndef MUSTACHE_SPEC_DIR
#define MUSTACHE_SPEC_DIR "../shared/mustache-spec"
#endif

namespace {

using nlohmann::json;

/// A plain YAML scalar as JSON: null, boolean, integer, float or string.
json scalar_to_json(const YAML::Node& node) {
  const std::string& s = node.Scalar();
  if (node.Tag() == "!") return s;  // quoted: always a string
  if (s == "~" || s == "null" || s == "Null" || s == "NULL") return nullptr;
  if (s == "true" || s == "True" || s == "TRUE") return true;
  if (s == "false" || s == "False" || s == "FALSE") return false;
  const char* end = s.data() + s.size();
  std::int64_t i = 0;
  if (auto r = std::from_chars(s.data(), end, i); r.ec == std::errc() && r.ptr == end) return i;
  double d = 0;
  if (auto r = std::from_chars(s.data(), end, d); !s.empty() && r.ec == std::errc() && r.ptr == end) return d;
  return s;
}

json to_json(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Scalar: return scalar_to_json(node);
    case YAML::NodeType::Sequence: {
      json arr = json::array();
      for (const auto& item : node) arr.push_back(to_json(item));
      return arr;
    }
    case YAML::NodeType::Map: {
      json obj = json::object();
      for (const auto& kv : node) obj[kv.first.as<std::string>()] = to_json(kv.second);
      return obj;
    }
    default: return nullptr;
  }
}

}  // namespace

TEST_CASE("mustache: official spec", "[mustache][spec]") {
  const std::filesystem::path dir = MUSTACHE_SPEC_DIR;
  if (!std::filesystem::is_directory(dir)) {
    WARN("mustache spec folder not found at " << dir.string() << "; spec cases skipped");
    return;
  }
  const char* files[] = {"comments", "delimiters", "interpolation", "inverted",
                         "partials", "sections",   "~inheritance",  "~dynamic-names"};
  int total = 0, files_run = 0;
  std::string summary;
  for (const char* file : files) {
    const auto path = dir / (std::string(file) + ".yml");
    if (!std::filesystem::exists(path)) {
      FAIL_CHECK("spec file missing: " << path.string());
      continue;
    }
    const YAML::Node spec = YAML::LoadFile(path.string());
    int count = 0;
    for (const auto& test : spec["tests"]) {
      const std::string name = test["name"].as<std::string>();
      INFO(file << ".yml: " << name);
      std::map<std::string, std::string> partials;
      if (test["partials"])
        for (const auto& kv : test["partials"]) partials[kv.first.as<std::string>()] = kv.second.as<std::string>();
      const json data = to_json(test["data"]);
      std::string out;
      try {
        out = portal::render::render(test["template"].as<std::string>(), data, partials);
      } catch (const std::exception& e) {
        FAIL_CHECK("threw: " << e.what());
        continue;
      }
      CHECK(out == test["expected"].as<std::string>());
      ++count;
    }
    total += count;
    ++files_run;
    summary += fmt::format(" {}={}", file, count);
  }
  CHECK(total > 0);
  WARN("mustache spec: " << total << " cases from " << files_run << " files:" << summary);
}
