#include "content/yaml_document.h"

#include <utf8proc.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <system_error>

#include "store/atomic_file.h"

namespace painatlas {

namespace {

// yaml-cpp parses recursively, so a file nested thousands of levels deep would overflow the
// stack before yaml-cpp could complain. Estimate the depth first: flow brackets plus block
// indentation plus "- " sequences on one line, outside quoted text.
std::size_t estimated_nesting_depth(const std::string& text) {
  std::size_t deepest = 0;
  std::size_t brackets = 0;
  std::size_t line_start = 0;
  while (line_start < text.size()) {
    std::size_t line_end = text.find('\n', line_start);
    if (line_end == std::string::npos) line_end = text.size();
    std::size_t indent = 0;
    std::size_t i = line_start;
    while (i < line_end && (text[i] == ' ' || text[i] == '-')) {
      if (text[i] == '-' && i + 1 < line_end && text[i + 1] != ' ') break;
      indent += text[i] == '-' ? 2 : 0;
      ++indent;
      ++i;
    }
    char quote = 0;
    for (; i < line_end; ++i) {
      const char c = text[i];
      if (quote) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '#') {
        break;
      } else if (c == '[' || c == '{') {
        ++brackets;
      } else if ((c == ']' || c == '}') && brackets > 0) {
        --brackets;
      }
      deepest = std::max(deepest, brackets);
    }
    // Two spaces of indentation per level is the convention; count generously.
    deepest = std::max(deepest, indent / 2 + brackets);
    line_start = line_end + 1;
  }
  return deepest;
}

// The offset of the first byte that is not valid UTF-8, or npos.
std::size_t first_invalid_utf8(const std::string& text) {
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  std::size_t offset = 0;
  while (offset < text.size()) {
    utf8proc_int32_t code_point = 0;
    const utf8proc_ssize_t length = utf8proc_iterate(
        bytes + offset, static_cast<utf8proc_ssize_t>(text.size() - offset), &code_point);
    if (length <= 0) return offset;
    offset += static_cast<std::size_t>(length);
  }
  return std::string::npos;
}

YAML::Mark mark_at(const std::string& text, std::size_t offset) {
  YAML::Mark mark;
  mark.pos = static_cast<int>(offset);
  const std::size_t line_start = offset == 0 ? std::string::npos : text.rfind('\n', offset - 1);
  mark.line =
      static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n'));
  mark.column =
      static_cast<int>(line_start == std::string::npos ? offset : offset - line_start - 1);
  return mark;
}

// The 1-based line of a document start marker ("---") that follows content, or 0. Markers stand at
// the start of a line; comments, directives and a first "---" do not count as content.
int second_document_line(const std::string& text) {
  bool content = false;
  int line = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    ++line;
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string_view row(text.data() + start, end - start);
    if (!row.empty() && row.back() == '\r') row.remove_suffix(1);
    const bool marker =
        row.starts_with("---") && (row.size() == 3 || row[3] == ' ' || row[3] == '\t');
    if (marker && content) return line;
    const auto first = row.find_first_not_of(" \t");
    const bool blank = first == std::string_view::npos || row[first] == '#';
    if (!marker && !blank && !row.starts_with("%") && !row.starts_with("...")) content = true;
    start = end + 1;
  }
  return 0;
}

bool within_size_limit(std::uintmax_t size, ProblemSink& sink, const ContentLimits& limits) {
  if (size <= limits.max_file_bytes) return true;
  sink.file_error("file is " + std::to_string(size) + " bytes; the limit is " +
                  std::to_string(limits.max_file_bytes) + " bytes");
  return false;
}

}  // namespace

std::optional<YAML::Node> load_yaml_document(const std::filesystem::path& path, ProblemSink& sink,
                                             const ContentLimits& limits) {
  std::error_code error;
  const bool regular = std::filesystem::is_regular_file(path, error);
  if (error) {  // a dangling link, a symlink loop, no permission
    sink.file_error("cannot read the file: " + error.message());
    return std::nullopt;
  }
  if (!regular) {
    sink.file_error(
        "expected a regular file, found " +
        std::string(std::filesystem::is_directory(path, error) ? "a directory" : "something else"));
    return std::nullopt;
  }
  const auto size = std::filesystem::file_size(path, error);
  if (error) {
    sink.file_error("cannot read the file: " + error.message());
    return std::nullopt;
  }
  // Checked before reading, so a huge file is never loaded into memory.
  if (!within_size_limit(size, sink, limits)) return std::nullopt;
  auto text = read_whole_file(path);
  if (!text) {
    sink.file_error("cannot open the file for reading");
    return std::nullopt;
  }
  return parse_yaml_text(std::move(*text), sink, limits);
}

std::optional<YAML::Node> parse_yaml_text(std::string text, ProblemSink& sink,
                                          const ContentLimits& limits) {
  if (!within_size_limit(text.size(), sink, limits)) return std::nullopt;
  if (text.find('\0') != std::string::npos) {
    sink.file_error("expected UTF-8 text, found a NUL byte (is this a binary file?)");
    return std::nullopt;
  }
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
  if (const std::size_t bad = first_invalid_utf8(text); bad != std::string::npos) {
    sink.error(mark_at(text, bad), "expected UTF-8 text, found an invalid byte sequence");
    return std::nullopt;
  }
  if (estimated_nesting_depth(text) > limits.max_nesting_depth) {
    sink.file_error("nesting is deeper than the limit of " +
                    std::to_string(limits.max_nesting_depth) + " levels");
    return std::nullopt;
  }
  // One document per file: a second "---" after content starts another. Checked on the text,
  // because yaml-cpp 0.7's LoadAll loops forever on some invalid input (a lone ",": yaml-cpp
  // issue 1040, fixed upstream after 0.7), while Load reads one document and stops.
  if (const int second = second_document_line(text); second > 0) {
    YAML::Mark mark;
    mark.line = second - 1;
    mark.column = 0;
    sink.error(mark, "expected one YAML document per file, found another starting here");
    return std::nullopt;
  }
  YAML::Node document;
  try {
    document = YAML::Load(text);
  } catch (const YAML::Exception& parse_error) {
    sink.error(parse_error.mark, "YAML syntax error: " + parse_error.msg);
    return std::nullopt;
  } catch (const std::exception& other) {
    sink.file_error(std::string("cannot parse the file: ") + other.what());
    return std::nullopt;
  }
  if (!document.IsDefined() || document.IsNull()) {
    sink.file_error(
        "the file holds no YAML value (it is empty, or only markers or stray punctuation); "
        "expected a map of fields");
    return std::nullopt;
  }
  return document;
}

}  // namespace painatlas
