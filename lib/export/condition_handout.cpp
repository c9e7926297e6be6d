#include "export/condition_handout.h"

#include "export/condition_document.h"
#include "reader/wording.h"

namespace painatlas {

namespace {

// The grid is a page of its own: landscape, a smaller type and fixed columns so it fits one
// sheet, starting on a fresh page so the description before it does not split it.
constexpr std::string_view kGridStyle =
    "body>main{max-width:none}table{table-layout:fixed;font-size:.82em;line-height:1.35}"
    "tbody th{width:9em}@page{size:A4 landscape;margin:1cm}"
    "@media print{body{font-size:10pt}#options-heading{break-before:page;margin-top:0}"
    "table{font-size:7pt;line-height:1.2;break-inside:avoid}th,td{padding:.12em .3em}}";

}  // namespace

std::string render_condition_handout(const Catalog& catalog, const ConditionGuide& guide,
                                     Audience audience, HandoutFormat format) {
  Document body;
  body.paragraph(std::string(kDisclaimer), "disclaimer");
  body.append(condition_document(catalog, guide, audience, {nullptr, true}));
  body.paragraph("Last reviewed " + guide.last_reviewed + ". Pain Atlas content version " +
                     catalog.info().version + ".",
                 "note");
  return render_handout_page(condition_title(catalog, guide, audience), body, format, kGridStyle);
}

}  // namespace painatlas
