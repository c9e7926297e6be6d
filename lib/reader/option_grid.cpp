#include "reader/option_grid.h"

#include "content/citations.h"

namespace painatlas {

std::string_view option_question_label(OptionQuestion question, Audience audience) {
  const bool patient = audience == Audience::Patient;
  switch (question) {
    case OptionQuestion::Involves:
      return "What does it involve?";
    case OptionQuestion::Works:
      return patient ? "How well does it work?" : "How well does it work (effect size)?";
    case OptionQuestion::Risks:
      return patient ? "What are the main risks?" : "Main risks";
    case OptionQuestion::Recovery:
      return patient ? "How long to recover?" : "Time to recover";
    case OptionQuestion::When:
      return patient ? "When is it usually tried?" : "When it is usually considered";
  }
  return {};
}

std::string certainty_text(EvidenceLevel level, Audience audience) {
  if (audience == Audience::Student) return std::string(enum_label(level)) + " certainty (GRADE)";
  switch (level) {
    case EvidenceLevel::High:
      return "Very sure: strong research";
    case EvidenceLevel::Moderate:
      return "Fairly sure: good research, some doubts";
    case EvidenceLevel::Low:
      return "Not very sure: research has flaws";
    case EvidenceLevel::VeryLow:
      return "Very unsure: little good research";
  }
  return {};
}

std::string versus_placebo_text(const ConditionOption& option, Audience audience) {
  const bool patient = audience == Audience::Patient;
  if (!option.versus_placebo)
    return patient ? "Not tested against a dummy treatment"
                   : "No placebo- or sham-controlled result stated";
  switch (*option.versus_placebo) {
    case VersusPlacebo::Better:
      return patient ? "Worked better than a dummy treatment" : "Better than placebo or sham";
    case VersusPlacebo::NoBetter:
      return patient ? "Worked no better than a dummy treatment" : "No better than placebo or sham";
    case VersusPlacebo::Uncertain:
      return patient ? "Not clear if it beats a dummy treatment"
                     : "Unclear against placebo or sham";
  }
  return {};
}

OptionGrid build_option_grid(const Catalog& catalog, const ConditionGuide& guide,
                             Audience audience) {
  const bool patient = audience == Audience::Patient;
  OptionGrid grid;
  for (OptionQuestion question : kOptionQuestions)
    grid.row_labels.emplace_back(option_question_label(question, audience));
  grid.row_labels.emplace_back(patient ? "How sure are we?" : "Certainty of evidence");
  grid.row_labels.emplace_back(patient ? "Compared with a dummy treatment"
                                       : "Versus placebo or sham");
  grid.row_labels.emplace_back("Sources");
  grid.sources_row = grid.row_labels.size() - 1;
  grid.cells.assign(grid.row_labels.size(), {});

  const std::vector<std::string> labels = citation_labels(guide.references);
  for (const ConditionOption& option : guide.options) {
    OptionGridColumn column{patient ? option.lay_name : option.name,
                            std::string(enum_label(option.kind)),
                            option.technique,
                            {}};
    if (const Technique* technique = catalog.find_technique(option.technique))
      column.technique_name = technique->name;
    grid.columns.push_back(std::move(column));
    std::vector<std::string> sources;
    std::size_t row = 0;
    for (const TwoRegisters& answer : option.answers) {
      for (const std::string* text : {&answer.student, &answer.patient})
        for (const auto& mention : find_labelled_citations(*text, labels))
          if (std::find(sources.begin(), sources.end(), mention.label) == sources.end())
            sources.push_back(mention.label);
      const std::string& text = patient ? answer.patient : answer.student;
      grid.cells[row++].push_back(patient ? strip_citations(text, labels) : text);
    }
    grid.cells[row++].push_back(option.certainty ? certainty_text(*option.certainty, audience)
                                                 : std::string("Not stated"));
    grid.cells[row++].push_back(versus_placebo_text(option, audience));
    std::string joined;
    for (const auto& source : sources) joined += (joined.empty() ? "" : "; ") + source;
    grid.cells[row].push_back(joined.empty() ? "None given" : joined);
  }
  return grid;
}

GridLayout choose_grid_layout(float available_width, std::size_t option_count, float label_width,
                              float min_column_width) {
  if (option_count == 0) return GridLayout::OptionsAsRows;
  const float per_column = (available_width - label_width) / static_cast<float>(option_count);
  return per_column >= min_column_width ? GridLayout::OptionsAsColumns : GridLayout::OptionsAsRows;
}

}  // namespace painatlas
