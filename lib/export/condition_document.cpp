#include "export/condition_document.h"

#include "content/citations.h"
#include "export/reference_list.h"
#include "reader/option_grid.h"
#include "reader/wording.h"

namespace painatlas {

namespace {

std::string name_and_kind(const OptionGridColumn& column) {
  return column.name == column.kind ? column.name : column.name + " (" + column.kind + ")";
}

// More options than this read better as rows: a landscape page has room for a few options side
// by side, not for nine.
constexpr std::size_t kMostOptionColumns = 4;

void grid_table(const OptionGrid& grid, const std::string& title, Document& doc) {
  Table table;
  table.id = "options";
  table.caption = title + ", usually tried in this order";
  table.wide = true;
  if (grid.columns.size() <= kMostOptionColumns) {
    table.headers.push_back("Question");
    for (const auto& column : grid.columns) {
      std::string cell = name_and_kind(column);
      if (!column.technique_name.empty() && column.technique_name != column.name)
        cell += ", see " + column.technique_name;
      table.headers.push_back(std::move(cell));
    }
    for (std::size_t r = 0; r < grid.row_labels.size(); ++r) {
      std::vector<Spans> row{{text(grid.row_labels[r])}};
      for (const auto& cell : grid.cells[r]) row.push_back({text(cell)});
      table.rows.push_back(std::move(row));
    }
  } else {
    // Options as rows with the questions beside each; how sure the evidence is and what dummy
    // treatments showed share one column; the sources of every option are listed below.
    const std::size_t sure = kOptionQuestionCount;
    table.headers.push_back("Option (kind)");
    table.headers.insert(table.headers.end(), grid.row_labels.begin(),
                         grid.row_labels.begin() + static_cast<std::ptrdiff_t>(sure));
    table.headers.push_back(grid.row_labels[sure] + " " + grid.row_labels[sure + 1]);
    for (std::size_t c = 0; c < grid.columns.size(); ++c) {
      std::vector<Spans> row{{text(std::to_string(c + 1) + ". " + name_and_kind(grid.columns[c]))}};
      for (std::size_t r = 0; r < sure; ++r) row.push_back({text(grid.cells[r][c])});
      row.push_back({text(grid.cells[sure][c] + ". " + grid.cells[sure + 1][c] + ".")});
      table.rows.push_back(std::move(row));
    }
  }
  doc.table(std::move(table));
}

// One section per option: its kind, its technique page, and each question with its answer.
void option_sections(const OptionGrid& grid, Audience audience, const DocumentLinks* links,
                     Document& doc) {
  for (std::size_t c = 0; c < grid.columns.size(); ++c) {
    const OptionGridColumn& column = grid.columns[c];
    doc.heading(3, std::to_string(c + 1) + ". " + column.name, "option-" + std::to_string(c + 1));
    Spans kind{text("Kind of option: " + column.kind + ".")};
    if (!column.technique.empty()) {
      kind.push_back(text(" The procedure is described on its own page: "));
      kind.push_back(
          link(column.technique_name, links ? links->technique(column.technique, audience) : ""));
      kind.push_back(text("."));
    }
    doc.paragraph(std::move(kind), "meta");
    std::vector<Spans> answers;
    for (std::size_t r = 0; r < grid.row_labels.size(); ++r) {
      // "How sure are we?" asks; "Sources" needs its colon.
      const std::string& label = grid.row_labels[r];
      answers.push_back({Span{label.ends_with('?') ? label : label + ":", {}, "label", {}},
                         text(" " + grid.cells[r][c])});
    }
    doc.list(std::move(answers), "answers");
  }
}

}  // namespace

Document condition_document(const Catalog& catalog, const ConditionGuide& guide, Audience audience,
                            const ConditionDocumentOptions& options) {
  const bool patient = audience == Audience::Patient;
  const std::vector<std::string> labels = citation_labels(guide.references);
  const auto words = [&](const TwoRegisters& both) {
    return patient ? strip_citations(both.patient, labels) : both.student;
  };
  Document doc;
  doc.heading(2, patient ? "What it is" : "Definition");
  doc.paragraph(words(guide.about));
  doc.heading(2, patient ? "How it usually goes" : "Course");
  doc.paragraph(words(guide.course));
  if (!guide.red_flags.empty()) {
    doc.heading(2, patient ? "Get help at once if" : "Red flags: urgent assessment");
    std::vector<std::string> flags;
    for (const auto& flag : guide.red_flags) flags.push_back(words(flag));
    doc.list(flags);
  }
  const OptionGrid grid = build_option_grid(catalog, guide, audience);
  doc.heading(
      2, patient ? "Your options, usually tried in this order" : "Options, usually first to last",
      "options-heading");
  if (options.grid_as_table)
    grid_table(grid, condition_title(catalog, guide, audience), doc);
  else
    option_sections(grid, audience, options.links, doc);
  doc.heading(2, "Questions to ask your doctor");
  doc.list(guide.questions_to_ask);
  doc.heading(2, "What matters most to you?");
  doc.list(guide.values);
  doc.heading(2, "Sources");
  add_reference_list(doc, guide.references);
  return doc;
}

}  // namespace painatlas
