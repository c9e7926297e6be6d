// Where the links of a technique's or a condition guide's document point; an empty string means
// "no link". The site gives every term, condition and technique a page or an anchor; a printable
// handout links nothing (it passes no DocumentLinks at all).
#pragma once

#include <string>

#include "reader/audience.h"

namespace painatlas {

class DocumentLinks {
 public:
  virtual ~DocumentLinks() = default;
  // A vocabulary term's entry (its definition).
  virtual std::string term(const std::string& term_id) const = 0;
  // Where to read about a condition: its guide, or the list of techniques for it.
  virtual std::string condition(const std::string& term_id, Audience audience) const = 0;
  // The list of techniques for a condition.
  virtual std::string techniques_for(const std::string& term_id) const = 0;
  virtual std::string technique(const std::string& technique_id, Audience audience) const = 0;
};

}  // namespace painatlas
