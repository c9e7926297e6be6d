// The user's own data: bookmarks, notes, the last view and settings. Stored as versioned JSON in
// the XDG data and config folders, written atomically; an unreadable file is moved aside and
// reported, never silently overwritten.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "reader/audience.h"

namespace painatlas {

inline constexpr int kUserDataFormatVersion = 1;

enum class Theme { Dark, Light, HighContrast };
std::string_view theme_id(Theme theme);
std::optional<Theme> parse_theme(std::string_view id);

// Condition: a guide to one condition's options; Map: "Where does it hurt?".
enum class MainView { Browse, Compare, Study, Condition, Map };
std::string_view view_id(MainView view);  // "browse", "compare", "study", "condition", "map"
std::optional<MainView> parse_view(std::string_view id);

struct Settings {
  Theme theme = Theme::Light;
  float font_scale = 1.0f;  // 0.75 to 2.5
  Audience audience = Audience::Student;
  bool disclaimer_accepted = false;
  bool operator==(const Settings&) const = default;
};

struct LastView {
  MainView view = MainView::Browse;
  std::string selected;  // technique id
  std::string query;
  std::vector<std::string> compare;  // technique ids
  std::string condition;             // the condition term whose guide was open
  bool operator==(const LastView&) const = default;
};

struct UserData {
  std::vector<std::string> bookmarks;        // technique ids, in the order they were added
  std::map<std::string, std::string> notes;  // technique id -> note
  std::vector<std::string> situation;        // factor ids ticked in "My situation"
  LastView last_view;
  bool operator==(const UserData&) const = default;
};

struct UserFiles {
  std::filesystem::path settings;   // $XDG_CONFIG_HOME/painatlas/settings.json
  std::filesystem::path user_data;  // $XDG_DATA_HOME/painatlas/user-data.json
  std::filesystem::path study;      // $XDG_DATA_HOME/painatlas/study-progress.json
};
UserFiles default_user_files();

// What happened while loading, for the user to see: files moved aside, values ignored.
struct StoreReport {
  std::vector<std::string> messages;
};

// Three-way merge for two windows open at once: what this window changed since `base` (the data
// as it last read or wrote it) is applied on top of what is on disk now (`theirs`).
UserData merge_user_data(const UserData& base, const UserData& mine, const UserData& theirs);

struct MergedSave {
  UserData saved;     // what is now on disk: the merge
  std::string error;  // empty on success
};
// Reads the file, merges, writes atomically, all under a lock file so two windows take turns.
MergedSave save_user_data_merged(const std::filesystem::path& path, const UserData& base,
                                 const UserData& mine);

Settings load_settings(const std::filesystem::path& path, StoreReport& report);
UserData load_user_data(const std::filesystem::path& path, StoreReport& report);
// Return an empty string on success, else the reason (the file on disk is then unchanged).
std::string save_settings(const std::filesystem::path& path, const Settings& settings);
std::string save_user_data(const std::filesystem::path& path, const UserData& data);

}  // namespace painatlas
