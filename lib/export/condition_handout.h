// A condition handout: the guide's option grid on one printable page (landscape), with what the
// condition is, how it usually goes, when to get help at once, questions to ask, what matters to
// different people and the sources. HTML or Markdown, every piece of content escaped.
#pragma once

#include <string>

#include "catalog/catalog.h"
#include "export/document_writer.h"
#include "reader/audience.h"

namespace painatlas {

std::string render_condition_handout(const Catalog& catalog, const ConditionGuide& guide,
                                     Audience audience, HandoutFormat format);

}  // namespace painatlas
