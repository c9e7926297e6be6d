#include "export/condition_handout.h"

#include "content/citations.h"
#include "reader/option_grid.h"

namespace painatlas {

namespace {

// The grid is a page of its own when printed: landscape, a smaller type, columns as wide as
// their text needs.
constexpr std::string_view kGridStyle =
    "body{max-width:none}table{border-collapse:collapse;width:100%;"
    "font-size:.82em;line-height:1.25}th,td{border:1px solid #99a;padding:.25em .35em;"
    "vertical-align:top;text-align:left}thead th{background:#e8eef7}tbody th{background:#f3f4f7;"
    "width:8em}.grid{break-before:page;break-inside:avoid}@page{size:A4 landscape;margin:1cm}"
    "@media print{body{font-size:10pt}table{font-size:7.5pt}.grid h2{margin-top:0}}";

// More options than this print better as rows: a landscape page has room for the few questions
// side by side, not for nine options.
constexpr std::size_t kMostColumnsOnPaper = 4;

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
  w.begin_section("grid");
  w.heading(patient ? "Your options, usually tried in this order"
                    : "Options, usually first to last");
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  if (grid.columns.size() <= kMostColumnsOnPaper) {
    header.push_back("");
    for (const auto& column : grid.columns) header.push_back(name_and_kind(column));
    for (std::size_t r = 0; r < grid.row_labels.size(); ++r) {
      std::vector<std::string> row{grid.row_labels[r]};
      row.insert(row.end(), grid.cells[r].begin(), grid.cells[r].end());
      rows.push_back(std::move(row));
    }
  } else {
    // Options as rows, the five questions beside each; how sure the evidence is and what dummy
    // treatments showed share one narrower column. Each option's sources are in the app and in
    // the student handout; the page lists every source below.
    header.push_back(patient ? "Option" : "Option (kind)");
    header.insert(header.end(), grid.row_labels.begin(),
                  grid.row_labels.begin() + static_cast<std::ptrdiff_t>(kOptionQuestionCount));
    header.push_back(grid.row_labels[kOptionQuestionCount] + " " +
                     grid.row_labels[kOptionQuestionCount + 1]);
    for (std::size_t c = 0; c < grid.columns.size(); ++c) {
      std::vector<std::string> row{std::to_string(c + 1) + ". " + name_and_kind(grid.columns[c])};
      for (std::size_t r = 0; r < kOptionQuestionCount; ++r) row.push_back(grid.cells[r][c]);
      row.push_back(grid.cells[kOptionQuestionCount][c] + ". " +
                    grid.cells[kOptionQuestionCount + 1][c] + ".");
      rows.push_back(std::move(row));
    }
  }
  w.table(header, rows, true);
  w.end_section();

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
