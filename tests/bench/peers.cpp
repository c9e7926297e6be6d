#include "peers.h"

#include <sqlite3.h>
#include <yaml-cpp/yaml.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "catalog/text_fold.h"

namespace painatlas::bench {

namespace {
void check(int code, sqlite3* db, const char* what) {
  if (code != SQLITE_OK && code != SQLITE_DONE && code != SQLITE_ROW)
    throw std::runtime_error(std::string(what) + ": " + sqlite3_errmsg(db));
}

std::string terms_text(const Catalog& catalog, const Technique& technique) {
  std::string text;
  const auto add = [&](const std::string& id) {
    if (const Term* term = catalog.find_term(id)) {
      text += term->name + " " + term->lay_name + " ";
      for (const auto& synonym : term->synonyms) text += synonym + " ";
    }
  };
  for (const auto& item : technique.indications) add(item.term);
  for (const auto& item : technique.contraindications) add(item.term);
  for (const auto& item : technique.risks) add(item.term);
  return text;
}
}  // namespace

Fts5Index::Fts5Index(const Catalog& catalog) {
  check(sqlite3_open(":memory:", &db_), db_, "open");
  // unicode61 with diacritics removed: the same case and accent folding our search does.
  check(sqlite3_exec(
            db_,
            "CREATE VIRTUAL TABLE t USING fts5(name, aliases, terms, summary, patient_summary,"
            " tokenize = 'unicode61 remove_diacritics 2')",
            nullptr, nullptr, nullptr),
        db_, "create");
  sqlite3_exec(db_, "BEGIN", nullptr, nullptr, nullptr);
  sqlite3_stmt* insert = nullptr;
  check(sqlite3_prepare_v2(db_,
                           "INSERT INTO t(rowid, name, aliases, terms, summary, patient_summary) "
                           "VALUES (?,?,?,?,?,?)",
                           -1, &insert, nullptr),
        db_, "prepare insert");
  for (std::size_t i = 0; i < catalog.techniques().size(); ++i) {
    const Technique& t = catalog.techniques()[i];
    std::string aliases;
    for (const auto& alias : t.aliases) aliases += alias + " ";
    const std::string terms = terms_text(catalog, t);
    sqlite3_bind_int64(insert, 1, static_cast<sqlite3_int64>(i));
    sqlite3_bind_text(insert, 2, t.name.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(insert, 3, aliases.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(insert, 4, terms.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(insert, 5, t.summary.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(insert, 6, t.patient_summary.c_str(), -1, SQLITE_TRANSIENT);
    check(sqlite3_step(insert), db_, "insert");
    sqlite3_reset(insert);
  }
  sqlite3_finalize(insert);
  sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr);
  // Column weights like ours: a name hit beats an alias, a term, then prose.
  check(sqlite3_prepare_v2(
            db_, "SELECT rowid FROM t WHERE t MATCH ? ORDER BY bm25(t, 10.0, 8.0, 4.0, 2.0, 1.5)",
            -1, &query_, nullptr),
        db_, "prepare query");
}

Fts5Index::~Fts5Index() {
  sqlite3_finalize(query_);
  sqlite3_close(db_);
}

std::size_t Fts5Index::search(const std::string& typed) {
  std::string match;
  for (const auto& word : split_words(fold(typed)))
    match += (match.empty() ? "\"" : " \"") + word + "\"*";
  if (match.empty()) return 0;
  sqlite3_bind_text(query_, 1, match.c_str(), -1, SQLITE_TRANSIENT);
  std::size_t rows = 0;
  while (sqlite3_step(query_) == SQLITE_ROW) {
    (void)sqlite3_column_int64(query_, 0);
    ++rows;
  }
  sqlite3_reset(query_);
  return rows;
}

std::size_t bare_yaml_parse(const std::filesystem::path& content) {
  std::size_t nodes = 0;
  for (const auto& entry : std::filesystem::directory_iterator(content / "techniques")) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const YAML::Node document = YAML::Load(buffer.str());
    nodes += document.size();
  }
  return nodes;
}

}  // namespace painatlas::bench
