// What a peer would use, measured in the same run on the same corpus: SQLite FTS5 (the engine
// offline reference readers embed) for search, and a bare yaml-cpp parse for loading.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "catalog/catalog.h"

struct sqlite3;
struct sqlite3_stmt;

namespace painatlas::bench {

class Fts5Index {
 public:
  // Indexes the same fields our search covers, in an in-memory database.
  explicit Fts5Index(const Catalog& catalog);
  ~Fts5Index();
  Fts5Index(const Fts5Index&) = delete;
  Fts5Index& operator=(const Fts5Index&) = delete;
  // Prefix query for search as you type ("stel gan" -> stel* AND gan*), ranked by bm25; returns
  // how many rows matched (all of them are read, as a results list would).
  std::size_t search(const std::string& typed);

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* query_ = nullptr;
};

// Parses every technique file with yaml-cpp and nothing else: the floor for loading.
std::size_t bare_yaml_parse(const std::filesystem::path& content);

}  // namespace painatlas::bench
