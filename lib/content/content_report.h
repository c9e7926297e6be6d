// The editorial checks behind `painatlas-cli validate`: readability of every patient text,
// references, unused terms, unlinked techniques, counts per category. Warnings found here join
// the loader's problems; `--strict` treats them as failures.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "content/problem.h"

namespace painatlas {

inline constexpr double kMaxPatientGrade = 8.0;
inline constexpr std::size_t kMinReferences = 2;

struct ReadabilityEntry {
  std::string technique;  // or the guide's term id, when `condition` is set
  std::string
      field;  // patient_summary, what_happens, before, after, expected_benefit, patient_questions
  double grade = 0;
  bool condition = false;
};

// How many risks carry a band with its source: the measure of how far the figures can be traced.
struct RiskSourcing {
  std::size_t all = 0;
  std::size_t sourced = 0;      // a band other than unknown, with its source
  std::size_t with_figure = 0;  // ... and the published figure
  std::size_t serious = 0;
  std::size_t serious_sourced = 0;
};

struct ContentReport {
  std::map<std::string, std::size_t> techniques_per_category;  // by category id
  std::vector<ReadabilityEntry> readability;                   // worst first
  std::vector<std::string> few_references;                     // technique ids
  std::vector<std::string> unused_terms;                       // term ids
  std::vector<std::string> without_related;                    // technique ids
  std::vector<Problem> warnings;
  RiskSourcing risks;
  std::size_t reviewed = 0;  // techniques with a review record
  std::size_t technique_count = 0;
  std::size_t term_count = 0;
  std::size_t condition_count = 0;
};

ContentReport review_content(const Catalog& catalog);

// A reading grade as people read it: one decimal ("7.4").
std::string format_grade(double grade);

// The patient-facing texts of a technique, by field name, as the report grades them.
std::vector<std::pair<std::string, std::vector<std::string>>> patient_texts(
    const Technique& technique);
// The same for a condition guide: about, course, red_flags, each option ("options.2"),
// questions_to_ask and values, with in-text citations taken out.
std::vector<std::pair<std::string, std::vector<std::string>>> patient_texts(
    const ConditionGuide& guide);

}  // namespace painatlas
