#include "content/condition_reader.h"

#include "catalog/text_fold.h"
#include "content/citations.h"
#include "content/reference_reader.h"
#include "content/technique_reader.h"
#include "content/yaml_document.h"

namespace painatlas {

namespace {

// A text read from the file, kept with where it stands until the references are known.
struct CitedText {
  YAML::Mark mark;
  std::string text;  // a copy: the guide's own strings move while it is built
};

// A text field that should cite a reference: one entry per TwoRegisters, both texts together.
struct NeedsCitation {
  YAML::Mark mark;
  std::string what;  // "'about'", "option 2 'Surgery': 'works'"
  std::vector<std::string> texts;
};

class GuideReader {
 public:
  GuideReader(ProblemSink& sink, const ContentLimits& limits) : sink_(sink), limits_(limits) {}

  std::optional<ConditionGuide> read(const YAML::Node& document, const std::string& stem);

 private:
  // Reads {student, patient} under `key`; `what` names it in messages about citations.
  void read_both(const MapReader& fields, std::string_view key, Need need, TwoRegisters& out,
                 std::string what);
  void read_both_node(const YAML::Node& node, std::string_view context, TwoRegisters& out,
                      std::string what);
  void read_options(const MapReader& fields, ConditionGuide& guide);
  void check_length(const YAML::Mark& mark, std::string_view what, std::size_t items);
  void check_citations(const MapReader& fields, ConditionGuide& guide);

  ProblemSink& sink_;
  const ContentLimits& limits_;
  std::vector<CitedText> texts_;
  std::vector<NeedsCitation> needs_;
};

void GuideReader::check_length(const YAML::Mark& mark, std::string_view what, std::size_t items) {
  if (items > limits_.max_list_items)
    sink_.error(mark, "'" + std::string(what) + "' has " + std::to_string(items) +
                          " items; the limit is " + std::to_string(limits_.max_list_items));
}

void GuideReader::read_both_node(const YAML::Node& node, std::string_view context,
                                 TwoRegisters& out, std::string what) {
  MapReader both(node, sink_, std::string(context), {"student", "patient"});
  if (!both.is_map()) return;
  out.at = both.position(node);
  NeedsCitation needs{both.mark(), std::move(what), {}};
  for (auto [key, text] : {std::pair{"student", &out.student}, {"patient", &out.patient}}) {
    const YAML::Node value = both.value(key, Need::Optional);
    *text = both.text(key, Need::Required).value_or("");
    if (text->empty()) continue;
    if (text->size() > limits_.max_text_bytes)
      sink_.error(value.Mark(), std::string(context) + ": '" + key + "' is " +
                                    std::to_string(text->size()) +
                                    " bytes; the limit for one text is " +
                                    std::to_string(limits_.max_text_bytes));
    texts_.push_back({value.Mark(), *text});
    needs.texts.push_back(*text);
  }
  needs_.push_back(std::move(needs));
}

void GuideReader::read_both(const MapReader& fields, std::string_view key, Need need,
                            TwoRegisters& out, std::string what) {
  const YAML::Node node = fields.value(key, need);
  if (node.IsDefined()) read_both_node(node, key, out, std::move(what));
}

void GuideReader::read_options(const MapReader& fields, ConditionGuide& guide) {
  const auto items = fields.list_items("options", Need::Required);
  check_length(fields.mark(), "options", items.size());
  std::size_t number = 0;
  for (const YAML::Node& item : items) {
    const std::string context = "option " + std::to_string(++number);
    MapReader entry(item, sink_, context,
                    {"kind", "name", "lay_name", "technique", "certainty", "versus_placebo",
                     "involves", "works", "risks", "recovery", "when"});
    if (!entry.is_map()) continue;
    ConditionOption option;
    option.at = entry.position(item);
    const auto kind = entry.choice<OptionKind>("kind", Need::Required);
    const auto name = entry.text("name", Need::Required);
    option.lay_name = entry.text("lay_name", Need::Required).value_or(name.value_or(""));
    if (const YAML::Node technique = entry.value("technique", Need::Optional);
        technique.IsDefined()) {
      option.technique = entry.text("technique", Need::Optional).value_or("");
      option.technique_at = entry.position(technique);
    }
    option.certainty = entry.choice<EvidenceLevel>("certainty", Need::Section);
    option.versus_placebo = entry.choice<VersusPlacebo>("versus_placebo", Need::Optional);
    const std::string label = context + " '" + name.value_or("?") + "'";
    for (OptionQuestion question : kOptionQuestions) {
      const std::string_view key = option_question_id(question);
      const YAML::Node node = entry.value(key, Need::Section);
      if (node.IsDefined())
        read_both_node(node, context + " " + std::string(key),
                       option.answers[static_cast<std::size_t>(question)],
                       label + ": '" + std::string(key) + "'");
    }
    // Without a kind and a name an option cannot take its place in the grid.
    if (!kind || !name) continue;
    option.kind = *kind;
    option.name = *name;
    guide.options.push_back(std::move(option));
  }
}

void GuideReader::check_citations(const MapReader& fields, ConditionGuide& guide) {
  const std::vector<std::string> labels = citation_labels(guide.references);
  const YAML::Node references = fields.value("references", Need::Optional);
  const YAML::Mark references_mark = references.IsDefined() ? references.Mark() : fields.mark();
  for (std::size_t i = 0; i < labels.size(); ++i)
    if (std::find(labels.begin(), labels.begin() + static_cast<std::ptrdiff_t>(i), labels[i]) !=
        labels.begin() + static_cast<std::ptrdiff_t>(i))
      sink_.error(references_mark, "two references answer to the citation label '" + labels[i] +
                                       "'; give one of them a 'cite_as' (for example '" +
                                       labels[i] + "a')");
  std::vector<bool> cited(labels.size(), false);
  for (const CitedText& text : texts_) {
    for (const LabelledCitation& mention : find_labelled_citations(text.text, labels)) {
      if (mention.known) {
        cited[static_cast<std::size_t>(std::find(labels.begin(), labels.end(), mention.label) -
                                       labels.begin())] = true;
        continue;
      }
      std::string message = "citation '(" + mention.label + ")' names no reference of this guide";
      const auto close = closest_matches(mention.label, labels, 1);
      message += close.empty() ? "; add it to 'references' or write a declared 'cite_as' label"
                               : "; did you mean '" + close.front() + "'?";
      sink_.error(text.mark, std::move(message));
    }
  }
  for (const NeedsCitation& needs : needs_) {
    bool any = false;
    for (const std::string& text : needs.texts)
      any = any || !find_labelled_citations(text, labels).empty();
    if (!any && !needs.texts.empty())
      sink_.warning(needs.mark, needs.what +
                                    " cites no reference; write (FirstAuthor YEAR) or a cite_as "
                                    "label after the claim");
  }
  for (std::size_t i = 0; i < labels.size(); ++i)
    if (!cited[i])
      sink_.warning(references_mark,
                    "reference '" + labels[i] + "' is never cited in the guide's text");
}

std::optional<ConditionGuide> GuideReader::read(const YAML::Node& document,
                                                const std::string& stem) {
  MapReader fields(document, sink_, "condition guide",
                   {"term", "covers", "regions", "about", "course", "red_flags", "options",
                    "questions_to_ask", "values", "references", "last_reviewed"});
  if (!fields.is_map()) return std::nullopt;
  ConditionGuide guide;
  guide.source = {sink_.file(), fields.mark().line + 1, fields.mark().column + 1};
  const auto term = fields.text("term", Need::Required);
  if (term && !is_kebab_case(*term)) {
    sink_.error(fields.value("term", Need::Optional).Mark(),
                "'term' expected a kebab-case condition id, found \"" + *term + "\"");
  } else if (term && *term != stem) {
    sink_.error(fields.value("term", Need::Optional).Mark(),
                "'term' expected to equal the file name \"" + stem + "\", found \"" + *term + "\"");
  }
  guide.term = term.value_or("");
  guide.term_at = fields.position(fields.value("term", Need::Optional));
  guide.covers = fields.text_list("covers", Need::Optional, guide.cover_positions);
  guide.regions = fields.text_list("regions", Need::Section, guide.region_positions);
  read_both(fields, "about", Need::Required, guide.about, "'about'");
  read_both(fields, "course", Need::Section, guide.course, "'course'");
  const auto flags = fields.list_items("red_flags", Need::Section);
  check_length(fields.mark(), "red_flags", flags.size());
  guide.red_flags.resize(flags.size());
  for (std::size_t i = 0; i < flags.size(); ++i)
    read_both_node(flags[i], "red flag " + std::to_string(i + 1), guide.red_flags[i],
                   "red flag " + std::to_string(i + 1));
  std::erase_if(guide.red_flags, [](const TwoRegisters& flag) {
    return flag.student.empty() && flag.patient.empty();
  });
  read_options(fields, guide);
  guide.questions_to_ask = fields.text_list("questions_to_ask", Need::Section);
  guide.values = fields.text_list("values", Need::Section);
  guide.references = read_references(fields, sink_);
  guide.last_reviewed = fields.date("last_reviewed", Need::Section).value_or("");
  for (const auto& [key, length] :
       {std::pair<std::string_view, std::size_t>{"covers", guide.covers.size()},
        {"regions", guide.regions.size()},
        {"questions_to_ask", guide.questions_to_ask.size()},
        {"values", guide.values.size()},
        {"references", guide.references.size()}})
    check_length(fields.mark(), key, length);
  check_citations(fields, guide);

  if (!term || !is_kebab_case(*term) || *term != stem) return std::nullopt;
  return guide;
}

}  // namespace

std::optional<ConditionGuide> read_condition_file(const std::filesystem::path& path,
                                                  ProblemSink& sink, const ContentLimits& limits) {
  const auto document = load_yaml_document(path, sink, limits);
  if (!document) return std::nullopt;
  return read_condition_document(*document, path.stem().string(), sink, limits);
}

std::optional<ConditionGuide> read_condition_document(const YAML::Node& document,
                                                      const std::string& stem, ProblemSink& sink,
                                                      const ContentLimits& limits) {
  return GuideReader(sink, limits).read(document, stem);
}

}  // namespace painatlas
