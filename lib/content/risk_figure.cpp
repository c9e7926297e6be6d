#include "content/risk_figure.h"

#include <cmath>
#include <cstdio>

namespace painatlas {

namespace {

// The CIOMS / EU SmPC bands: very common >= 1/10, common >= 1/100, uncommon >= 1/1,000,
// rare >= 1/10,000, very rare below. A lower bound belongs to its band ("1 in 100" is common).
constexpr double kBandFloor[] = {0.1, 0.01, 0.001, 0.0001, 0.0};

// Ratios such as 1/100 are not exact in binary; a bound hit by rounding still counts as on it.
bool at_least(double value, double bound) { return value >= bound * (1 - 1e-9); }

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}
  void skip_spaces() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t')) ++pos_;
  }
  bool done() {
    skip_spaces();
    return pos_ == text_.size();
  }
  bool take(std::string_view word) {
    skip_spaces();
    if (text_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    return true;
  }
  // Digits with optional thousands commas and one decimal point: "3,175", "0.5".
  bool three_digits_follow(std::size_t comma) const {
    for (std::size_t i = comma + 1; i <= comma + 3; ++i)
      if (i >= text_.size() || text_[i] < '0' || text_[i] > '9') return false;
    return comma + 4 >= text_.size() || text_[comma + 4] < '0' || text_[comma + 4] > '9';
  }
  std::optional<double> number() {
    skip_spaces();
    std::string digits;
    bool seen_point = false;
    const std::size_t start = pos_;
    while (pos_ < text_.size()) {
      const char c = text_[pos_];
      if (c >= '0' && c <= '9') {
        digits += c;
      } else if (c == ',' && !seen_point && !digits.empty() && three_digits_follow(pos_)) {
        // a thousands separator ("3,175"): read on
      } else if (c == '.' && !seen_point && !digits.empty()) {
        seen_point = true;
        digits += c;
      } else {
        break;
      }
      ++pos_;
    }
    if (digits.empty() || digits.back() == '.') {
      pos_ = start;
      return std::nullopt;
    }
    return std::stod(digits);
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

// One value: "12.1%", "4 of 3,175", "4/3,175", "1 in 500". Sets `zero` for a count of none.
std::optional<double> value(Scanner& in, bool& zero, bool& percent_seen, bool& unit_seen,
                            std::string& error) {
  const auto first = in.number();
  if (!first) {
    error = "expected a number";
    return std::nullopt;
  }
  if (in.take("%")) {
    percent_seen = unit_seen = true;
    if (*first > 100) {
      error = "is over 100%";
      return std::nullopt;
    }
    zero = *first == 0;
    return *first / 100;
  }
  if (in.take("of") || in.take("/") || in.take("in")) {
    unit_seen = true;
    const auto second = in.number();
    if (!second || *second <= 0) {
      error = "expected a count after 'of', '/' or 'in'";
      return std::nullopt;
    }
    if (*first > *second) {
      error = "counts more cases than the total";
      return std::nullopt;
    }
    zero = *first == 0;
    return *first / *second;
  }
  // A bare number is the first end of a percentage range ("0.5–1.4%"); the caller decides.
  return *first;
}

std::string percent(double proportion) {
  char buffer[48];
  const double value = proportion * 100;
  std::snprintf(buffer, sizeof buffer,
                value >= 10  ? "%.0f%%"
                : value >= 1 ? "%.1f%%"
                             : "%.2g%%",
                value);
  return buffer;
}

// 1 in 781 -> "780": two significant figures are as precise as any of these figures are.
std::string round_count(double count) {
  if (count < 10) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.0f", count);
    return buffer;
  }
  const double scale = std::pow(10.0, std::floor(std::log10(count)) - 1);
  const long long rounded = std::llround(std::round(count / scale) * scale);
  std::string digits = std::to_string(rounded);
  for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(i, ",");
  return digits;
}

// "1 in N" reads best below 1 in 5; above it, "N in 10"; near certainty, in words.
std::string one_value_in_words(double proportion) {
  if (proportion <= 0) return "none";
  if (proportion >= 0.95) return "almost everyone";
  if (proportion >= 0.2) return std::to_string(std::llround(proportion * 10)) + " in 10";
  return "1 in " + round_count(1 / proportion);
}

}  // namespace

FigureParse parse_risk_figure(std::string_view text) {
  static constexpr const char* kForms =
      "; expected a figure such as \"1.4%\", \"4 of 3,175\", \"1 in 500\", \"0.5-1.4%\" or "
      "\"< 1 in 10,000\"";
  FigureParse out;
  Scanner in(text);
  Proportion figure;
  if (in.take("<") || in.take("fewer than") || in.take("under")) figure.upper_bound = true;
  bool zero = false, percent_seen = false, unit_seen = false;
  std::string error;
  auto low = value(in, zero, percent_seen, unit_seen, error);
  if (!low) {
    out.error = "\"" + std::string(text) + "\" " + error + kForms;
    return out;
  }
  double high = *low;
  const bool bare = !unit_seen;
  if (in.take("–") || in.take("-") || in.take("to")) {
    bool zero_high = false, percent_high = false, unit_high = false;
    auto second = value(in, zero_high, percent_high, unit_high, error);
    if (!second) {
      out.error = "\"" + std::string(text) + "\" " + error + kForms;
      return out;
    }
    if (bare && !percent_high) {
      out.error = "\"" + std::string(text) + "\" has no unit on its first end" + kForms;
      return out;
    }
    if (bare) *low /= 100;  // "0.5-1.4%": the first end is a percentage too
    high = *second;
  } else if (bare) {
    out.error = "\"" + std::string(text) + "\" has no unit" + kForms;
    return out;
  }
  if (!in.done()) {
    out.error = "\"" + std::string(text) +
                "\" has words after the figure; put the population and setting in 'note'" + kForms;
    return out;
  }
  if (*low > high) {
    out.error =
        "\"" + std::string(text) + "\" gives a range whose first end is the larger" + kForms;
    return out;
  }
  figure.low = figure.upper_bound ? 0 : *low;
  figure.high = high;
  figure.zero_count = zero && !figure.upper_bound;
  out.figure = figure;
  return out;
}

bool band_contains(Frequency band, const Proportion& figure) {
  if (band == Frequency::Unknown || figure.zero_count) return false;
  const auto index = static_cast<std::size_t>(band);
  const double floor = kBandFloor[index];
  const double ceiling = index == 0 ? 1.0 : kBandFloor[index - 1];
  // An upper bound fits when everything below it is inside the band: only the lowest band.
  if (figure.upper_bound) return floor == 0 && at_least(ceiling, figure.high);
  const bool low_in = at_least(figure.low, floor) && (index == 0 || !at_least(figure.low, ceiling));
  const bool high_in =
      at_least(figure.high, floor) && (index == 0 || !at_least(figure.high, ceiling));
  return low_in && high_in;
}

Frequency band_of(const Proportion& figure) {
  if (figure.zero_count) return Frequency::Unknown;
  const double centre = figure.upper_bound ? figure.high : (figure.low + figure.high) / 2;
  for (std::size_t i = 0; i < 4; ++i)
    if (at_least(centre, kBandFloor[i])) return static_cast<Frequency>(i);
  return Frequency::VeryRare;
}

std::string describe_proportion(const Proportion& figure) {
  if (figure.upper_bound) return "under " + percent(figure.high);
  if (figure.low == figure.high) return percent(figure.low);
  return percent(figure.low) + " to " + percent(figure.high);
}

std::string proportion_in_words(const Proportion& figure) {
  if (figure.zero_count) return "none seen";
  if (figure.upper_bound) return "fewer than " + one_value_in_words(figure.high);
  const std::string low = one_value_in_words(figure.low);
  const std::string high = one_value_in_words(figure.high);
  if (low == high) return high == "almost everyone" ? high : "about " + high;
  return "between about " + low + " and " + high;
}

}  // namespace painatlas
