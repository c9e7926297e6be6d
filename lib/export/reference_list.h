// A numbered-anchor list of references ("ref-1", "ref-2"...), each led by the label the text cites
// it by ("Hsieh 2019"), with its DOI, PubMed and web links. Techniques and condition guides both
// end with one.
#pragma once

#include <string>
#include <vector>

#include "content/model.h"
#include "export/document.h"

namespace painatlas {

void add_reference_list(Document& document, const std::vector<Reference>& references);

// The anchor of a reference's entry: "ref-3" for the third.
std::string reference_anchor(std::size_t index);

}  // namespace painatlas
