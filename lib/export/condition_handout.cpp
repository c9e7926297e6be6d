#include "export/condition_handout.h"

#include "content/citations.h"
#include "reader/option_grid.h"

namespace painatlas {

namespace {

// The grid is the page: landscape, a smaller type and fixed columns so it fits one sheet.
constexpr std::string_view kGridStyle =
    "body{max-width:none}table{border-collapse:collapse;width:100%;table-layout:fixed;"
    "font-size:.82em;line-height:1.35}th,td{border:1px solid #99a;padding:.35em .45em;"
    "vertical-align:top;text-align:left}thead th{background:#e8eef7}tbody th{background:#f3f4f7;"
    "width:9em}@page{size:A4 landscape;margin:1cm}@media print{body{font-size:10pt}}";

std::string name_and_kind(const OptionGridColumn& column) {
  return column.name == column.kind ? column.name : column.name + " (" + column.kind + ")";
}

// "Sciatica" reads "sciatica" inside a sentence; "CRPS" stays as it is.
std::string in_sentence(std::string name) {
  if (name.size() > 1 && name[0] >= 'A' && name[0] <= 'Z' && name[1] >= 'a' && name[1] <= 'z')
    name[0] = static_cast<char>(name[0] - 'A' + 'a');
  return name;
}

}  // namespace

std::string render_condition_handout(const Catalog& catalog, const ConditionGuide& guide,
                                     Audience audience, HandoutFormat format) {
  const bool patient = audience == Audience::Patient;
  const std::string name = catalog.condition_name(guide, patient);
  const std::string title =
      patient ? "Your options for " + in_sentence(name) : name + ": the options";
  const std::vector<std::string> labels = citation_labels(guide.references);
  const auto text = [&](const TwoRegisters& both) {
    return patient ? strip_citations(both.patient, labels) : both.student;
  };
  DocumentWriter w(format);
  w.begin(title, kGridStyle);
  w.title(title);
  w.disclaimer();
  w.heading(patient ? "What it is" : "Definition");
  w.paragraph(text(guide.about));
  w.heading(patient ? "How it usually goes" : "Course");
  w.paragraph(text(guide.course));
  if (!guide.red_flags.empty()) {
    w.heading(patient ? "Get help at once if" : "Red flags: urgent assessment");
    std::vector<std::string> flags;
    for (const auto& flag : guide.red_flags) flags.push_back(text(flag));
    w.list(flags);
  }

  const OptionGrid grid = build_option_grid(catalog, guide, audience);
  w.heading(patient ? "Your options, usually tried in this order"
                    : "Options, usually first to last");
  std::vector<std::string> header{""};
  for (const auto& column : grid.columns) {
    std::string cell = name_and_kind(column);
    if (!column.technique_name.empty() && column.technique_name != column.name)
      cell += ", see " + column.technique_name;
    header.push_back(std::move(cell));
  }
  std::vector<std::vector<std::string>> rows;
  for (std::size_t r = 0; r < grid.row_labels.size(); ++r) {
    std::vector<std::string> row{grid.row_labels[r]};
    row.insert(row.end(), grid.cells[r].begin(), grid.cells[r].end());
    rows.push_back(std::move(row));
  }
  w.table(header, rows, true);

  w.heading("Questions to ask your doctor");
  w.list(guide.questions_to_ask);
  w.heading("What matters most to you?");
  w.list(guide.values);
  w.heading("Sources");
  std::vector<std::string> sources;
  for (const Reference& reference : guide.references)
    sources.push_back(citation_label(reference) + ": " + reference.citation);
  w.list(sources);
  w.paragraph("Last reviewed " + guide.last_reviewed + ". Pain Atlas content version " +
                  catalog.info().version + ".",
              true);
  w.end();
  return w.raw();
}

}  // namespace painatlas
