// Writes the site's pages into a folder without ever touching a file that is not its own: the
// folder must be missing, empty, or hold a site written here before. A `.painatlas-site` file in
// it lists the files the exporter wrote; only those are ever replaced or removed.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "export/site_page.h"

namespace painatlas {

inline constexpr std::string_view kSiteMarkerFile = ".painatlas-site";

struct SiteWriteResult {
  enum class Outcome { Written, Unchanged, Refused, Failed };
  Outcome outcome = Outcome::Failed;
  std::string message;      // why it was refused or failed
  std::size_t written = 0;  // pages written
  std::size_t removed = 0;  // pages of an earlier export the new one no longer has
  bool ok() const { return outcome == Outcome::Written || outcome == Outcome::Unchanged; }
};

// Writes every page (each atomically), then removes the pages of the previous export that are
// gone. `stamp` names what the pages were made from; it is kept in the marker file.
SiteWriteResult write_site(const std::filesystem::path& directory,
                           const std::vector<SitePage>& pages, const std::string& stamp = {});

// The pages of `catalog`, written only when the folder lacks them or holds pages made with
// another stamp (the desktop program's copy, refreshed when the content or the program changes).
SiteWriteResult refresh_site(const std::filesystem::path& directory, const Catalog& catalog,
                             const std::string& stamp);

// The stamp kept by the last export into `directory`, or empty.
std::string site_stamp(const std::filesystem::path& directory);

}  // namespace painatlas
