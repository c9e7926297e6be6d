// The content model: what a technique, a term and a region are once loaded. Plain data; the
// Catalog owns it and indexes it. Field names follow content/README.md.
#pragma once

#include <optional>
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
  std::string note;  // clinical register
  TextPos at;
  std::string patient_note;  // plain words; patients see no note without one
};

struct Risk {
  std::string term;
  Frequency frequency = Frequency::Unknown;
  RiskSeverity severity = RiskSeverity::Minor;
  std::string note;
  TextPos at;
  std::string source;        // citation label of one of the technique's references
  std::string figure;        // the published figure the band rests on ("0.2%", "4 of 3,175")
  std::string patient_note;  // plain words; patients see no note without one
  TextPos source_at;         // where `source` stands, for problems found after loading
};

struct Reference {
  std::string citation;  // title, journal, year, volume and pages (the authors apart)
  int year = 0;
  std::string authors;  // as printed: "Kornick C, Kramarich SS, et al"; an organisation's name
  std::string cite_as;  // a short label the text may use instead ("Cochrane 2018"), or empty
  std::string doi;
  std::string pmid;
  std::string url;
};

// How one technique's content was second-read: content/reviews/<id>.md.
struct ReviewRecord {
  std::string date;  // YYYY-MM-DD
  std::size_t claims = 0;
  std::size_t confirmed = 0;         // result "ok"
  std::size_t corrected = 0;         // "fixed", "added" or "removed"
  std::vector<std::string> sources;  // distinct, in order of first use
};

// One procedure class of a bleeding-risk guideline, in the guideline's wording.
struct GuidelineItem {
  std::string id;
  std::string wording;
  BleedingRisk risk = BleedingRisk::Low;
  std::string note;  // where the wording and class were seen, when that needs saying
};

// A classification of procedures by bleeding risk: content/guidelines/<id>.yaml.
struct Guideline {
  std::string id;
  std::string label;     // "Narouze 2018"
  std::string citation;  // full reference
  std::string doi;
  std::string url;
  std::string caveat;          // patient factors that raise a procedure's class, clinical
  std::string patient_caveat;  // the same in plain words
  std::vector<GuidelineItem> items;
  SourcePos source;
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
  std::string bleeding_risk_basis;  // id of the guideline item the class comes from, or empty
  std::string bleeding_risk_note;   // why, when the guideline does not list the procedure
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
  TextPos basis_at;                        // where bleeding_risk_basis stands
  std::optional<ReviewRecord> review;      // from content/reviews/<id>.md
};

struct ContentInfo {
  std::string title = "Pain Atlas";
  std::string version = "unversioned";
  std::string directory;
};

}  // namespace painatlas
