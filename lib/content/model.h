// The content model: what a technique, a term and a region are once loaded. Plain data; the
// Catalog owns it and indexes it. Field names follow content/README.md.
#pragma once

#include <string>
#include <vector>

#include "content/enums.h"

namespace painatlas {

// Where a value came from, so problems and the GUI can point back to the YAML.
struct SourcePos {
  std::string file;
  int line = 0;    // 1-based; 0 when unknown
  int column = 0;  // 1-based; 0 when unknown
};

// Where a value stands inside its technique's file: the file is the technique's own, so items
// keep only line and column (a path per item would cost more memory than the item).
struct TextPos {
  int line = 0;
  int column = 0;
};

struct Term {
  std::string id;
  TermKind kind = TermKind::Condition;
  std::string name;
  std::string lay_name;
  std::vector<std::string> synonyms;
  std::string definition;
  std::string broader;  // id of a more general term of the same kind, or empty
  SourcePos source;
};

struct Region {
  std::string id;
  std::string name;
  std::string lay_name;
};

struct Indication {
  std::string term;
  std::string note;
  TextPos at;
};

struct Contraindication {
  std::string term;
  Severity severity = Severity::Relative;
  std::string note;
  TextPos at;
};

struct Risk {
  std::string term;
  Frequency frequency = Frequency::Unknown;
  RiskSeverity severity = RiskSeverity::Minor;
  std::string note;
  TextPos at;
};

struct Reference {
  std::string citation;
  int year = 0;
  std::string authors;  // as printed ("Busse JW, Genevay S, et al."); optional
  std::string cite_as;  // the label in-text citations use, when "(FirstAuthor YEAR)" will not do
  std::string doi;
  std::string pmid;
  std::string url;
};

struct ExpectedBenefit {
  std::string onset;
  std::string duration;
  std::string summary;
};

struct Evidence {
  EvidenceLevel level = EvidenceLevel::VeryLow;
  std::string summary;
};

struct Technique {
  std::string id;
  std::string name;
  std::vector<std::string> aliases;
  Category category = Category::EpiduralSpinal;
  std::vector<std::string> regions;
  std::string summary;
  std::string patient_summary;
  std::vector<Indication> indications;
  std::vector<Contraindication> contraindications;
  std::vector<Risk> risks;
  BleedingRisk bleeding_risk = BleedingRisk::Low;
  std::string bleeding_risk_note;
  std::vector<Imaging> imaging;
  std::vector<std::string> procedure;
  std::vector<std::string> what_happens;
  std::vector<std::string> before;
  std::vector<std::string> after;
  ExpectedBenefit expected_benefit;
  Evidence evidence;
  std::vector<Reference> references;
  std::vector<std::string> related;
  std::vector<std::string> patient_questions;
  std::string last_reviewed;  // YYYY-MM-DD
  SourcePos source;
  std::vector<TextPos> region_positions;   // parallel to regions
  std::vector<TextPos> related_positions;  // parallel to related
};

struct ContentInfo {
  std::string title = "Pain Atlas";
  std::string version = "unversioned";
  std::string directory;
};

}  // namespace painatlas
