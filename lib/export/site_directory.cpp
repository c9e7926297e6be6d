#include "export/site_directory.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "export/site.h"
#include "export/site_paths.h"
#include "store/atomic_file.h"

namespace painatlas {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kMarkerHeading =
    "Pain Atlas web pages: files written by painatlas-cli export-site";
constexpr std::string_view kStampKey = "stamp: ";

struct Marker {
  bool present = false;
  std::string stamp;
  std::vector<std::string> files;
};

// A listed file must stay inside the folder: a marker edited by hand must not make the exporter
// remove anything else.
bool safe_relative_path(const std::string& path) {
  if (path.empty() || path.front() == '/' || path.find("..") != std::string::npos) return false;
  return std::all_of(path.begin(), path.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '/';
  });
}

Marker read_marker(const fs::path& directory) {
  Marker marker;
  std::ifstream in(directory / kSiteMarkerFile);
  std::string line;
  if (!in || !std::getline(in, line) || line != kMarkerHeading) return marker;
  marker.present = true;
  while (std::getline(in, line)) {
    if (line.starts_with(kStampKey))
      marker.stamp = line.substr(kStampKey.size());
    else if (safe_relative_path(line))
      marker.files.push_back(line);
  }
  return marker;
}

std::string marker_text(const std::string& stamp, const std::set<std::string>& files) {
  std::string text(kMarkerHeading);
  text += '\n';
  text += kStampKey;
  text += stamp;
  text += '\n';
  for (const auto& file : files) text += file + '\n';
  return text;
}

bool empty_directory(const fs::path& directory, std::error_code& error) {
  return fs::directory_iterator(directory, error) == fs::directory_iterator();
}

}  // namespace

std::string site_stamp(const fs::path& directory) { return read_marker(directory).stamp; }

SiteWriteResult write_site(const fs::path& directory, const std::vector<SitePage>& pages,
                           const std::string& stamp) {
  using Outcome = SiteWriteResult::Outcome;
  SiteWriteResult result;
  std::error_code error;
  const auto status = fs::status(directory, error);
  Marker previous;
  if (fs::exists(status)) {
    if (!fs::is_directory(status))
      return {Outcome::Refused, directory.string() + " exists and is not a folder"};
    previous = read_marker(directory);
    if (!previous.present && !empty_directory(directory, error))
      return {Outcome::Refused,
              directory.string() +
                  " is not empty and holds no Pain Atlas pages; choose a new or empty folder "
                  "(nothing was written)"};
  } else {
    fs::create_directories(directory, error);
    if (error)
      return {Outcome::Failed, "cannot create " + directory.string() + ": " + error.message()};
  }

  std::set<std::string> next;
  for (const SitePage& page : pages) {
    if (!safe_relative_path(page.path))
      return {Outcome::Failed, "refusing to write a page named \"" + page.path + "\""};
    next.insert(page.path);
  }
  // The marker names the old files and the new ones before anything is written, so an export
  // cut short still leaves a folder this exporter recognises and can clean.
  std::set<std::string> both(next);
  both.insert(previous.files.begin(), previous.files.end());
  const fs::path marker = directory / kSiteMarkerFile;
  if (std::string failure =
          write_file_atomically(marker, marker_text(previous.stamp, both), FileAccess::Everyone);
      !failure.empty())
    return {Outcome::Failed, failure};

  for (const SitePage& page : pages) {
    if (std::string failure = write_file_atomically(directory / page.path, page.content,
                                                    FileAccess::Everyone, Durability::AtSync);
        !failure.empty())
      return {Outcome::Failed, failure, result.written};
    ++result.written;
  }
  for (const auto& old : previous.files) {
    if (next.contains(old)) continue;
    if (fs::remove(directory / old, error)) ++result.removed;
  }
  // The pages reach the disk before the marker records the new stamp: a crash before then leaves
  // the old stamp, and the next refresh writes the pages again.
  if (std::string failure = sync_filesystem(directory); !failure.empty())
    return {Outcome::Failed, failure, result.written, result.removed};
  if (std::string failure =
          write_file_atomically(marker, marker_text(stamp, next), FileAccess::Everyone);
      !failure.empty())
    return {Outcome::Failed, failure, result.written, result.removed};
  result.outcome = Outcome::Written;
  return result;
}

SiteWriteResult refresh_site(const fs::path& directory, const Catalog& catalog,
                             const std::string& stamp) {
  std::error_code error;
  if (!stamp.empty() && site_stamp(directory) == stamp &&
      fs::is_regular_file(directory / kIndexPage, error))
    return {SiteWriteResult::Outcome::Unchanged, {}};
  return write_site(directory, build_site(catalog), stamp);
}

}  // namespace painatlas
