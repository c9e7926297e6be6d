#include "export/condition_json.h"

#include "export/json_export.h"
#include "reader/option_grid.h"

namespace painatlas {

namespace {

using nlohmann::json;

const std::string& in_register(const TwoRegisters& both, Audience audience) {
  return audience == Audience::Patient ? both.patient : both.student;
}

json option_json(const Catalog& catalog, const ConditionOption& option, Audience audience) {
  json out = {{"kind", enum_id(option.kind)},
              {"name", audience == Audience::Patient ? option.lay_name : option.name},
              {"clinical_name", option.name},
              {"lay_name", option.lay_name}};
  if (!option.technique.empty()) {
    out["technique"] = option.technique;
    if (const Technique* technique = catalog.find_technique(option.technique))
      out["technique_name"] = technique->name;
  }
  if (option.certainty) out["certainty"] = enum_id(*option.certainty);
  if (option.versus_placebo) out["versus_placebo"] = enum_id(*option.versus_placebo);
  out["versus_placebo_in_words"] = versus_placebo_text(option, audience);
  json answers = json::object();
  for (OptionQuestion question : kOptionQuestions)
    answers[std::string(option_question_id(question))] =
        in_register(option.answer(question), audience);
  out["answers"] = std::move(answers);
  return out;
}

}  // namespace

json condition_json(const Catalog& catalog, const ConditionGuide& guide, Audience audience) {
  json options = json::array(), flags = json::array();
  for (const auto& option : guide.options)
    options.push_back(option_json(catalog, option, audience));
  for (const auto& flag : guide.red_flags) flags.push_back(in_register(flag, audience));
  json out = {{"id", guide.term},
              {"name", catalog.condition_name(guide, audience == Audience::Patient)},
              {"clinical_name", catalog.condition_name(guide, false)},
              {"lay_name", catalog.condition_name(guide, true)},
              {"audience", audience_id(audience)},
              {"covers", guide.covers},
              {"regions", guide.regions},
              {"about", in_register(guide.about, audience)},
              {"course", in_register(guide.course, audience)},
              {"red_flags", flags},
              {"options", options},
              {"questions_to_ask", guide.questions_to_ask},
              {"values", guide.values},
              {"references", references_json(guide.references)},
              {"last_reviewed", guide.last_reviewed},
              {"disclaimer", kDisclaimer}};
  return out;
}

json condition_row_json(const Catalog& catalog, const ConditionGuide& guide) {
  return {{"id", guide.term},
          {"name", catalog.condition_name(guide, false)},
          {"lay_name", catalog.condition_name(guide, true)},
          {"options", guide.options.size()}};
}

}  // namespace painatlas
