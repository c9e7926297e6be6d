#include "store/user_data.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "store/atomic_file.h"

namespace painatlas {

namespace fs = std::filesystem;
using nlohmann::json;

std::string_view theme_id(Theme theme) {
  switch (theme) {
    case Theme::Dark:
      return "dark";
    case Theme::Light:
      return "light";
    case Theme::HighContrast:
      return "high-contrast";
  }
  return "light";
}

std::optional<Theme> parse_theme(std::string_view id) {
  if (id == "dark") return Theme::Dark;
  if (id == "light") return Theme::Light;
  if (id == "high-contrast") return Theme::HighContrast;
  return std::nullopt;
}

std::string_view view_id(MainView view) {
  switch (view) {
    case MainView::Compare:
      return "compare";
    case MainView::Study:
      return "study";
    case MainView::Condition:
      return "condition";
    case MainView::Map:
      return "map";
    case MainView::Browse:
      break;
  }
  return "browse";
}

std::optional<MainView> parse_view(std::string_view id) {
  for (MainView view :
       {MainView::Browse, MainView::Compare, MainView::Study, MainView::Condition, MainView::Map})
    if (view_id(view) == id) return view;
  return std::nullopt;
}

UserFiles default_user_files() {
  const char* home = std::getenv("HOME");
  const fs::path home_dir = home && *home ? fs::path(home) : fs::temp_directory_path();
  const auto base = [&](const char* variable, const char* fallback) {
    const char* value = std::getenv(variable);
    // The XDG spec says relative values are invalid and must be ignored.
    if (value && *value == '/') return fs::path(value);
    return home_dir / fallback;
  };
  const fs::path data = base("XDG_DATA_HOME", ".local/share") / "painatlas";
  return {base("XDG_CONFIG_HOME", ".config") / "painatlas" / "settings.json",
          data / "user-data.json", data / "study-progress.json"};
}

namespace {

// Reads a versioned JSON document. A missing file is normal (first start); an unreadable one is
// moved aside and reported.
std::optional<json> read_document(const fs::path& path, StoreReport& report) {
  std::error_code error;
  if (!fs::exists(path, error)) return std::nullopt;
  const auto text = read_whole_file(path);
  json document = json::parse(text.value_or(""), nullptr, false);
  std::string problem;
  if (!text)
    problem = "could not be read";
  else if (document.is_discarded() || !document.is_object())
    problem = "is not valid JSON";
  else if (!document.contains("format_version") || !document["format_version"].is_number_integer())
    problem = "has no format version";
  else if (document["format_version"].get<int>() > kUserDataFormatVersion)
    problem = "was written by a newer Pain Atlas (format " +
              std::to_string(document["format_version"].get<int>()) + ")";
  if (problem.empty()) return document;
  const fs::path aside = move_aside(path);
  report.messages.push_back(
      path.string() + " " + problem + "; " +
      (aside.empty() ? "it could not be moved aside and will not be overwritten"
                     : "it was moved to " + aside.string() + " and a fresh file started"));
  return std::nullopt;
}

template <typename T>
T value_or(const json& object, const char* key, T fallback) {
  if (!object.contains(key)) return fallback;
  try {
    return object.at(key).get<T>();
  } catch (const json::exception&) {
    return fallback;
  }
}

std::vector<std::string> string_list(const json& object, const char* key) {
  std::vector<std::string> out;
  if (!object.contains(key) || !object[key].is_array()) return out;
  for (const auto& item : object[key])
    if (item.is_string() && std::find(out.begin(), out.end(), item.get<std::string>()) == out.end())
      out.push_back(item.get<std::string>());
  return out;
}

}  // namespace

Settings load_settings(const fs::path& path, StoreReport& report) {
  Settings settings;
  const auto document = read_document(path, report);
  if (!document) return settings;
  settings.theme =
      parse_theme(value_or<std::string>(*document, "theme", "")).value_or(settings.theme);
  settings.font_scale = std::clamp(value_or<float>(*document, "font_scale", 1.0f), 0.75f, 2.5f);
  settings.audience =
      parse_audience(value_or<std::string>(*document, "audience", "")).value_or(settings.audience);
  settings.disclaimer_accepted = value_or<bool>(*document, "disclaimer_accepted", false);
  return settings;
}

UserData load_user_data(const fs::path& path, StoreReport& report) {
  UserData data;
  const auto document = read_document(path, report);
  if (!document) return data;
  data.bookmarks = string_list(*document, "bookmarks");
  data.situation = string_list(*document, "situation");
  if (document->contains("notes") && (*document)["notes"].is_object())
    for (const auto& [id, note] : (*document)["notes"].items())
      if (note.is_string() && !note.get<std::string>().empty())
        data.notes[id] = note.get<std::string>();
  if (document->contains("last_view") && (*document)["last_view"].is_object()) {
    const json& view = (*document)["last_view"];
    data.last_view.view =
        parse_view(value_or<std::string>(view, "view", "")).value_or(MainView::Browse);
    data.last_view.selected = value_or<std::string>(view, "selected", "");
    data.last_view.query = value_or<std::string>(view, "query", "");
    data.last_view.compare = string_list(view, "compare");
    data.last_view.condition = value_or<std::string>(view, "condition", "");
  }
  return data;
}

std::string save_settings(const fs::path& path, const Settings& settings) {
  const json document = {{"format_version", kUserDataFormatVersion},
                         {"theme", theme_id(settings.theme)},
                         {"font_scale", settings.font_scale},
                         {"audience", audience_id(settings.audience)},
                         {"disclaimer_accepted", settings.disclaimer_accepted}};
  return write_file_atomically(path, document.dump(2) + "\n");
}

std::string save_user_data(const fs::path& path, const UserData& data) {
  const json document = {{"format_version", kUserDataFormatVersion},
                         {"bookmarks", data.bookmarks},
                         {"situation", data.situation},
                         {"notes", data.notes},
                         {"last_view",
                          {{"view", view_id(data.last_view.view)},
                           {"condition", data.last_view.condition},
                           {"selected", data.last_view.selected},
                           {"query", data.last_view.query},
                           {"compare", data.last_view.compare}}}};
  return write_file_atomically(path, document.dump(2) + "\n");
}

}  // namespace painatlas

namespace painatlas {

namespace {

std::vector<std::string> merge_list(const std::vector<std::string>& base,
                                    const std::vector<std::string>& mine,
                                    const std::vector<std::string>& theirs) {
  const auto has = [](const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
  };
  std::vector<std::string> merged;
  for (const auto& item : theirs)
    if (!(has(base, item) && !has(mine, item))) merged.push_back(item);  // keep unless I removed it
  for (const auto& item : mine)
    if (!has(base, item) && !has(merged, item)) merged.push_back(item);  // add what I added
  return merged;
}

// Holds an exclusive lock on "<file>.lock" for as long as it lives.
class FileLock {
 public:
  explicit FileLock(const fs::path& file) {
    std::error_code error;
    fs::create_directories(file.parent_path(), error);
    fd_ = ::open((file.string() + ".lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd_ >= 0) ::flock(fd_, LOCK_EX);
  }
  ~FileLock() {
    if (fd_ >= 0) ::close(fd_);  // closing releases the lock
  }
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace

UserData merge_user_data(const UserData& base, const UserData& mine, const UserData& theirs) {
  UserData merged;
  merged.bookmarks = merge_list(base.bookmarks, mine.bookmarks, theirs.bookmarks);
  merged.situation = merge_list(base.situation, mine.situation, theirs.situation);
  merged.notes = theirs.notes;
  std::set<std::string> keys;
  for (const auto* notes : {&base.notes, &mine.notes})
    for (const auto& [id, note] : *notes) keys.insert(id);
  for (const auto& id : keys) {
    const auto in_base = base.notes.find(id);
    const auto in_mine = mine.notes.find(id);
    const std::string before = in_base == base.notes.end() ? "" : in_base->second;
    const std::string now = in_mine == mine.notes.end() ? "" : in_mine->second;
    if (before == now) continue;  // I did not touch it: theirs stands
    if (now.empty())
      merged.notes.erase(id);
    else
      merged.notes[id] = now;
  }
  merged.last_view = mine.last_view;  // each window remembers where it is; the last to save wins
  return merged;
}

MergedSave save_user_data_merged(const fs::path& path, const UserData& base, const UserData& mine) {
  FileLock lock(path);
  StoreReport report;
  const UserData theirs = load_user_data(path, report);
  MergedSave result;
  result.saved = merge_user_data(base, mine, theirs);
  result.error = save_user_data(path, result.saved);
  if (!report.messages.empty() && result.error.empty()) result.error = report.messages.front();
  return result;
}

}  // namespace painatlas
