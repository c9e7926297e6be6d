// Who is reading: a student (clinical register, evidence, references) or a patient (plain
// language, lay names, risks in words).
#pragma once

#include <optional>
#include <string_view>

namespace painatlas {

enum class Audience { Student, Patient };

std::string_view audience_id(Audience audience);
std::optional<Audience> parse_audience(std::string_view id);

// Shown wherever content is shown: the program educates, it does not advise.
inline constexpr std::string_view kDisclaimer =
    "Pain Atlas is for education only. It is not medical advice and cannot tell you whether a "
    "procedure is right for you. Talk to your own doctor about your situation.";

}  // namespace painatlas
