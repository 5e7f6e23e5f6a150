// Date scanning over tokens: numeric forms first, then month names in both orders.
#include "ingest/dates.hpp"

#include <cctype>
#include <charconv>

namespace policygraph::ingest {
namespace {

std::optional<int> number_of(const Token& token, int min, int max) {
  if (!token.number) return std::nullopt;
  int value = 0;
  auto [end, error] = std::from_chars(token.norm.data(), token.norm.data() + token.norm.size(), value);
  if (error != std::errc{} || end != token.norm.data() + token.norm.size() || value < min || value > max) return std::nullopt;
  return value;
}

// "13th", "2nd": a day number with an ordinal suffix is one token.
std::optional<int> day_of(const Token& token, const Lexicon& lexicon) {
  if (auto plain = number_of(token, 1, 31)) return plain;
  const std::string& n = token.norm;
  if (n.size() < 3 || n.size() > 4) return std::nullopt;
  std::string suffix = n.substr(n.size() - 2);
  if (!lexicon.has("ordinal_endings", suffix)) return std::nullopt;
  int value = 0;
  auto [end, error] = std::from_chars(n.data(), n.data() + n.size() - 2, value);
  if (error != std::errc{} || end != n.data() + n.size() - 2 || value < 1 || value > 31) return std::nullopt;
  return value;
}

std::optional<Date> make(int year, int month, int day) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, day ? "%04d-%02d-%02d" : "%04d-%02d", year, month, day);
  return Date::parse(buffer);
}

}  // namespace

bool is_year_token(const Token& token) { return token.norm.size() == 4 && number_of(token, 1900, 2099).has_value(); }

std::vector<DateMention> scan_dates(const std::vector<Token>& tokens, std::string_view text, const Lexicon& lexicon,
                                    std::optional<int> default_year) {
  std::vector<DateMention> out;
  auto month_at = [&](std::size_t i) -> std::optional<int> {
    if (i >= tokens.size() || !tokens[i].word) return std::nullopt;
    auto found = lexicon.months.find(tokens[i].norm);
    if (found == lexicon.months.end()) return std::nullopt;
    // "may" is a month only when written "May" (the lexicon's `capital_only_months`).
    if (!tokens[i].capitalised && lexicon.has("capital_only_months", tokens[i].norm)) return std::nullopt;
    return found->second;
  };
  auto is = [&](std::size_t i, const char* s) { return i < tokens.size() && tokens[i].norm == s; };
  auto adjacent = [&](std::size_t i) { return i + 1 < tokens.size() && tokens[i].end == tokens[i + 1].begin; };
  (void)text;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    // 2018-04-13 is one token for the tokenizer only when joined by '-' between digits: "2018-04-13".
    if (tokens[i].word && tokens[i].norm.size() == 10 && tokens[i].norm[4] == '-' && tokens[i].norm[7] == '-') {
      if (auto date = Date::parse(tokens[i].norm)) {
        out.push_back({i, i + 1, *date, true});
        continue;
      }
    }
    // 2018.04.13 / 2018/04/13 / 2018. 4. 13.
    if (is_year_token(tokens[i]) && i + 4 < tokens.size() && (is(i + 1, ".") || is(i + 1, "/")) &&
        tokens[i + 3].norm == tokens[i + 1].norm) {
      auto month = number_of(tokens[i + 2], 1, 12);
      auto day = number_of(tokens[i + 4], 1, 31);
      if (month && day)
        if (auto date = make(std::stoi(tokens[i].norm), *month, *day)) {
          out.push_back({i, i + 5, *date, true});
          i += 4;
          continue;
        }
    }
    // 2018년 4월 13일
    if (tokens[i].hangul && tokens[i].norm.size() == 7 && tokens[i].norm.compare(4, 3, "년") == 0 && i + 1 < tokens.size()) {
      int year = std::stoi(tokens[i].norm.substr(0, 4));
      auto month_token = tokens[i + 1].norm;
      if (month_token.size() >= 4 && month_token.compare(month_token.size() - 3, 3, "월") == 0) {
        int month = std::atoi(month_token.c_str());
        int day = 0;
        std::size_t last = i + 2;
        // "13일", or "13일에" with a particle attached.
        if (i + 2 < tokens.size() && std::isdigit(static_cast<unsigned char>(tokens[i + 2].norm[0])) &&
            tokens[i + 2].norm.find("일") != std::string::npos &&
            tokens[i + 2].norm.find_first_not_of("0123456789") == tokens[i + 2].norm.find("일")) {
          day = std::atoi(tokens[i + 2].norm.c_str());
          last = i + 3;
        }
        if (year >= 1900 && month >= 1 && month <= 12)
          if (auto date = make(year, month, day)) {
            out.push_back({i, last, *date, true});
            i = last - 1;
            continue;
          }
      }
    }
    // Month [.] Day [,] Year | Month Year | Month Day
    if (auto month = month_at(i)) {
      std::size_t j = i + 1;
      if (is(j, ".") && adjacent(i)) ++j;
      if (j < tokens.size()) {
        if (auto day = day_of(tokens[j], lexicon); day && !is_year_token(tokens[j])) {
          std::size_t k = j + 1;
          if (is(k, ",")) ++k;
          if (k < tokens.size() && is_year_token(tokens[k])) {
            if (auto date = make(std::stoi(tokens[k].norm), *month, *day)) {
              out.push_back({i, k + 1, *date, true});
              i = k;
              continue;
            }
          }
          if (default_year)
            if (auto date = make(*default_year, *month, *day)) {
              out.push_back({i, j + 1, *date, false});
              i = j;
              continue;
            }
        } else if (is_year_token(tokens[j]) && !(i > 0 && tokens[i - 1].number)) {  // not "32 March 2019"
          if (auto date = make(std::stoi(tokens[j].norm), *month, 0)) {
            out.push_back({i, j + 1, *date, true});
            i = j;
            continue;
          }
        }
      }
    }
    // Day Month [,] Year
    if (auto day = day_of(tokens[i], lexicon)) {
      if (auto month = month_at(i + 1)) {
        std::size_t k = i + 2;
        if (is(k, ".")) ++k;
        if (is(k, ",")) ++k;
        if (k < tokens.size() && is_year_token(tokens[k])) {
          if (auto date = make(std::stoi(tokens[k].norm), *month, *day)) {
            out.push_back({i, k + 1, *date, true});
            i = k;
            continue;
          }
        }
      }
    }
  }
  return out;
}

}  // namespace policygraph::ingest
