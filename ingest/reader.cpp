// Readers: input expansion, binary detection, HTML and Markdown to text, boilerplate lines of
// scraped pages, and the title and date of each document.
#include "ingest/reader.hpp"
#include "ingest/segment.hpp"

#include <algorithm>
#include <cstring>
#include <iostream>
#include <iterator>
#include <sstream>

#include "graph/error.hpp"
#include "graph/store.hpp"
#include "ingest/dates.hpp"
#include "ingest/sha256.hpp"
#include "ingest/text.hpp"
#include "ingest/tokens.hpp"

namespace policygraph::ingest {
namespace fs = std::filesystem;

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string trim(std::string_view text) {
  std::size_t begin = 0, end = text.size();
  auto space = [](unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; };
  while (begin < end && space(static_cast<unsigned char>(text[begin]))) ++begin;
  while (end > begin && space(static_cast<unsigned char>(text[end - 1]))) --end;
  // Non-breaking spaces (U+00A0) at the edges are layout, not text.
  while (end - begin >= 2 && text.substr(begin, 2) == "\xC2\xA0") begin += 2;
  while (end - begin >= 2 && text.substr(end - 2, 2) == "\xC2\xA0") end -= 2;
  return std::string(text.substr(begin, end - begin));
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::string line;
  std::istringstream in(text);
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

void append_utf8(std::string& out, uint32_t c) {
  if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = 0xFFFD;
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

struct NamedEntity {
  const char* name;
  uint32_t code;
};
constexpr NamedEntity named_entities[] = {
    {"amp", '&'},      {"lt", '<'},       {"gt", '>'},       {"quot", '"'},     {"apos", '\''},    {"nbsp", 0xA0},
    {"rsquo", 0x2019}, {"lsquo", 0x2018}, {"rdquo", 0x201D}, {"ldquo", 0x201C}, {"ndash", 0x2013}, {"mdash", 0x2014},
    {"hellip", 0x2026}, {"middot", 0xB7}, {"bull", 0x2022},  {"copy", 0xA9},    {"reg", 0xAE},     {"trade", 0x2122},
    {"laquo", 0xAB},   {"raquo", 0xBB},   {"times", 0xD7},   {"deg", 0xB0},     {"shy", 0xAD},     {"zwj", 0x200D},
    {"ensp", 0x2002},  {"emsp", 0x2003},  {"thinsp", 0x2009}, {"sbquo", 0x201A}, {"bdquo", 0x201E}, {"prime", 0x2032},
    {"euro", 0x20AC},  {"pound", 0xA3},   {"yen", 0xA5},     {"cent", 0xA2},    {"sect", 0xA7},    {"para", 0xB6},
};

// Decodes &name; &#123; &#x1F; in text; unknown entities are kept as written.
std::string decode_entities(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '&') {
      out += text[i];
      continue;
    }
    std::size_t semicolon = text.find(';', i);
    if (semicolon == std::string_view::npos || semicolon - i > 10) {
      out += '&';
      continue;
    }
    std::string_view name = text.substr(i + 1, semicolon - i - 1);
    bool decoded = false;
    if (!name.empty() && name[0] == '#') {
      uint32_t code = 0;
      bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
      std::string_view digits = name.substr(hex ? 2 : 1);
      bool ok = !digits.empty();
      for (char c : digits) {
        int value = c >= '0' && c <= '9' ? c - '0' : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10 : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (value < 0 || code > 0x10FFFF) {
          ok = false;
          break;
        }
        code = code * (hex ? 16 : 10) + static_cast<uint32_t>(value);
      }
      if (ok) {
        append_utf8(out, code);
        decoded = true;
      }
    } else {
      for (const NamedEntity& entity : named_entities)
        if (name == entity.name) {
          append_utf8(out, entity.code);
          decoded = true;
          break;
        }
    }
    if (decoded)
      i = semicolon;
    else
      out += '&';
  }
  return out;
}

// Elements whose content is never document text.
bool is_skipped_element(const std::string& tag) {
  static const char* skipped[] = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button",
                                  "select", "template", "svg", "iframe", "menu", "object", "canvas", "head"};
  for (const char* s : skipped)
    if (tag == s) return true;
  return false;
}

bool is_block_element(const std::string& tag) {
  static const char* blocks[] = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
                                 "table", "section", "article", "main", "blockquote", "pre", "dt", "dd", "dl", "hr",
                                 "figure", "figcaption", "caption", "address", "body", "title"};
  for (const char* b : blocks)
    if (tag == b) return true;
  return false;
}

// Class, id and role values that mark navigation and page furniture.
bool is_furniture(const std::string& attributes) {
  std::string a = lower(attributes);
  static const char* marks[] = {"nav", "menu", "breadcrumb", "footer", "skip", "sidebar", "banner", "gnb", "lnb", "snb",
                                "header", "copyright", "share", "sns", "pagination", "toolbar", "cookie", "location"};
  for (const char* key : {"class=", "id=", "role="}) {
    std::size_t at = a.find(key);
    while (at != std::string::npos) {
      std::size_t start = at + std::strlen(key);
      char quote = start < a.size() ? a[start] : ' ';
      std::size_t end = (quote == '"' || quote == '\'') ? a.find(quote, start + 1) : a.find(' ', start);
      std::string value = a.substr(start, end == std::string::npos ? std::string::npos : end - start);
      for (const char* mark : marks)
        if (value.find(mark) != std::string::npos) return true;
      at = a.find(key, start);
    }
  }
  return false;
}

std::string attribute_value(const std::string& attributes, const std::string& name) {
  std::string a = lower(attributes);
  std::size_t at = 0;
  while ((at = a.find(name, at)) != std::string::npos) {
    bool boundary = at == 0 || a[at - 1] == ' ' || a[at - 1] == '\t' || a[at - 1] == '\n';
    std::size_t equals = a.find_first_not_of(" \t", at + name.size());
    if (!boundary || equals == std::string::npos || a[equals] != '=') {
      at += name.size();
      continue;
    }
    std::size_t start = a.find_first_not_of(" \t", equals + 1);
    if (start == std::string::npos) return "";
    char quote = a[start];
    if (quote == '"' || quote == '\'') {
      std::size_t end = attributes.find(quote, start + 1);
      return attributes.substr(start + 1, end == std::string::npos ? std::string::npos : end - start - 1);
    }
    std::size_t end = attributes.find_first_of(" \t>", start);
    return attributes.substr(start, end == std::string::npos ? std::string::npos : end - start);
  }
  return "";
}

bool is_prose(const std::string& line) {
  if (line.empty()) return false;
  std::size_t words = tokenize(line).size();
  char last = line.back();
  bool terminal = last == '.' || last == '!' || last == '?' ||
                  (line.size() >= 3 && line.compare(line.size() - 3, 3, "\xE2\x80\x9D") == 0);
  return words >= 12 || (terminal && words >= 5);
}

bool has_boilerplate_cue(const std::string& line, const Lexicon& lexicon) {
  std::string folded = fold_name(line);
  if (folded.empty()) return true;
  for (const std::string& cue : lexicon.list("boilerplate")) {
    std::string cue_folded = fold_name(cue);
    if (cue_folded.empty()) continue;
    std::size_t at = folded.find(cue_folded);
    while (at != std::string::npos) {
      bool left = at == 0 || folded[at - 1] == ' ';
      std::size_t end = at + cue_folded.size();
      bool right = end == folded.size() || folded[end] == ' ';
      if (left && right) return true;
      at = folded.find(cue_folded, at + 1);
    }
  }
  return false;
}

bool is_breadcrumb(const std::string& line) {
  std::size_t arrows = 0;
  for (std::size_t at = line.find(" > "); at != std::string::npos; at = line.find(" > ", at + 1)) ++arrows;
  for (std::size_t at = line.find(" \xE2\x80\xBA "); at != std::string::npos; at = line.find(" \xE2\x80\xBA ", at + 1)) ++arrows;
  return arrows >= 1 && tokenize(line).size() <= 20;
}

// "Title X", "Date: 2018-04-13 Hit 802", "Posted: Apr. 2, 2019": a metadata key and its value.
std::optional<std::pair<std::string, std::string>> metadata_line(const std::string& line, const Lexicon& lexicon) {
  std::string folded = lower(line);
  for (const char* list : {"title_keys", "date_keys"}) {
    for (const std::string& key : lexicon.list(list)) {
      if (folded.compare(0, key.size(), key) != 0) continue;
      std::size_t after = key.size();
      if (after < folded.size() && folded[after] != ' ' && folded[after] != ':' && folded[after] != '\t') continue;
      std::string value = trim(line.substr(after));
      if (!value.empty() && value[0] == ':') value = trim(value.substr(1));
      if (value.empty()) continue;
      // A title does not end like a sentence; a date line starts with its date.
      if (std::string(list) == "title_keys" && (value.back() == '.' || tokenize(value).size() > 40)) continue;
      if (std::string(list) == "date_keys") {
        std::vector<Token> head = tokenize(value);
        if (head.size() > 8) head.resize(8);
        if (head.empty() || !find_date(value.substr(0, head.back().end), lexicon)) continue;
      }
      return std::make_pair(std::string(list), value);
    }
  }
  return std::nullopt;
}

// Front matter of a plain-text document, kept although it comes before the first prose line:
// a label and its value ("Hosts: Ulsan City and Ulsan Technopark", "Venue: …"), the heading of the
// list below it ("Speakers"), or a line that names an event ("Minutes of the 7th meeting"). A
// scraped page's menus are none of these.
bool front_matter_line(const std::string& line, const std::string& next, bool headline, const Lexicon& lexicon) {
  if (has_boilerplate_cue(line, lexicon)) return false;
  std::vector<Token> tokens = tokenize(line);
  if (tokens.empty()) return false;
  if (!headline && list_marker_length(line) > 0) return tokens.size() >= 4;  // "1. Opening remarks (Kwon)"
  if (!tokens.front().word) return false;
  bool names_event = tokens.size() <= 12 && std::any_of(tokens.begin(), tokens.end(), [&](const Token& token) {
                       return lexicon.has("event_heads", token.norm);
                     });
  if (headline) return names_event;  // the headline is the title; it is read as text too when it names an event
  std::size_t colon = 0;
  while (colon < tokens.size() && colon < 4 && tokens[colon].word) ++colon;
  if (colon >= 1 && colon <= 3 && colon + 1 < tokens.size() && tokens[colon].norm == ":") return true;
  if (list_marker_length(next) > 0 && tokens.size() <= 6) return true;
  return names_event;
}

}  // namespace

std::vector<std::string> expand_inputs(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const std::string& path : paths) {
    if (path == "-") {
      out.push_back(path);
      continue;
    }
    std::error_code error;
    auto status = fs::status(path, error);
    if (error || !fs::exists(status)) throw InputError(path + ": no such file or folder");
    if (!fs::is_directory(status)) {
      out.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, error);
         !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
      if (!it->is_regular_file(error)) continue;
      std::string name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') continue;
      std::string extension = lower(it->path().extension().string());
      if (extension == ".txt" || extension == ".md" || extension == ".markdown" || extension == ".html" ||
          extension == ".htm" || extension.empty())
        found.push_back(it->path().string());
    }
    if (error) throw InputError(path + ": cannot list: " + error.message());
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

std::string read_input(const std::string& path) {
  if (path != "-") return read_file(path);
  std::string bytes((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  if (std::cin.bad()) throw InputError("-: cannot read standard input");
  return bytes;
}

std::string document_id_for(const std::string& path) {
  if (path == "-") return "stdin";
  std::string stem = fs::path(path).stem().string();
  std::string id;
  for (unsigned char c : stem) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
      id += static_cast<char>(c);
    } else if (c >= 'A' && c <= 'Z') {
      id += static_cast<char>(c - 'A' + 'a');
    } else if (!id.empty() && id.back() != '-') {
      id += '-';
    }
  }
  while (!id.empty() && id.back() == '-') id.pop_back();
  return id.empty() ? "document" : id;
}

std::string html_to_text(const std::string& html, std::string* title, std::string* date) {
  std::string out;
  std::string h1;
  std::vector<std::string> skip_stack;  // tags whose content is being skipped
  std::size_t i = 0;
  auto newline = [&] {
    if (!out.empty() && out.back() != '\n') out += '\n';
  };
  while (i < html.size()) {
    if (html[i] != '<') {
      std::size_t next = html.find('<', i);
      std::string_view chunk(html.data() + i, (next == std::string::npos ? html.size() : next) - i);
      if (skip_stack.empty()) {
        // Collapse white space as a browser would.
        for (char c : chunk) {
          bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
          if (space) {
            if (!out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
          } else {
            out += c;
          }
        }
      }
      i = next == std::string::npos ? html.size() : next;
      continue;
    }
    if (html.compare(i, 4, "<!--") == 0) {
      std::size_t end = html.find("-->", i + 4);
      i = end == std::string::npos ? html.size() : end + 3;
      continue;
    }
    std::size_t end = html.find('>', i);
    if (end == std::string::npos) break;
    std::string tag_text = html.substr(i + 1, end - i - 1);
    i = end + 1;
    if (tag_text.empty() || tag_text[0] == '!' || tag_text[0] == '?') continue;
    bool closing = tag_text[0] == '/';
    std::size_t name_start = closing ? 1 : 0;
    std::size_t name_end = tag_text.find_first_of(" \t\n\r/", name_start);
    std::string name = lower(tag_text.substr(name_start, name_end == std::string::npos ? std::string::npos : name_end - name_start));
    std::string attributes = name_end == std::string::npos ? "" : tag_text.substr(name_end);
    bool self_closing = !tag_text.empty() && tag_text.back() == '/';

    if (name == "meta" && date && date->empty()) {
      std::string key = lower(attribute_value(attributes, "name") + attribute_value(attributes, "property") +
                              attribute_value(attributes, "itemprop"));
      if (key.find("date") != std::string::npos || key.find("published") != std::string::npos)
        *date = attribute_value(attributes, "content");
    }
    if (name == "time" && !closing && date && date->empty()) *date = attribute_value(attributes, "datetime");
    // <title> lives in <head>, which is skipped as page furniture: read it all the same.
    if (!closing && (name == "title" || (name == "h1" && skip_stack.empty()))) {
      std::size_t close = lower(html).find("</" + name, i);
      if (close != std::string::npos) {
        std::string inner = html.substr(i, close - i);
        std::string plain;
        bool in_tag = false;
        for (char c : inner) {
          if (c == '<') in_tag = true;
          if (!in_tag) plain += c;
          if (c == '>') in_tag = false;
        }
        plain = trim(decode_entities(plain));
        if (name == "title" && title && title->empty()) *title = plain;
        if (name == "h1" && h1.empty()) h1 = plain;
        if (name == "title") {
          i = close;
          continue;
        }
      }
    }
    if (!skip_stack.empty()) {
      if (closing && name == skip_stack.back()) skip_stack.pop_back();
      else if (!closing && !self_closing && name == skip_stack.back()) skip_stack.push_back(name);
      continue;
    }
    if (!closing && !self_closing && name != "br" && name != "hr" && name != "img" && name != "meta" && name != "link" &&
        name != "input" && (is_skipped_element(name) || is_furniture(attributes))) {
      skip_stack.push_back(name);
      continue;
    }
    if (is_block_element(name)) newline();
    if (name == "li" && !closing) out += "- ";  // a list item keeps a marker for the segmenter
  }
  if (title && !h1.empty()) *title = h1;  // the page's own heading beats the site-wide <title>
  std::string decoded = decode_entities(out);
  std::string text;
  for (const std::string& line : split_lines(decoded)) {
    std::string t = trim(line);
    if (!t.empty()) text += t + "\n";
  }
  return text;
}

std::string markdown_to_text(const std::string& markdown, std::string* title) {
  std::string text;
  bool in_code = false;
  bool in_front_matter = false;
  std::size_t line_number = 0;
  for (std::string line : split_lines(markdown)) {
    ++line_number;
    std::string t = trim(line);
    if (line_number == 1 && t == "---") {
      in_front_matter = true;
      continue;
    }
    if (in_front_matter) {
      if (t == "---") in_front_matter = false;
      continue;
    }
    if (t.rfind("```", 0) == 0) {
      in_code = !in_code;
      continue;
    }
    if (in_code) continue;
    bool heading = false;
    if (!t.empty() && t[0] == '#') {
      std::size_t hashes = t.find_first_not_of('#');
      t = trim(t.substr(hashes == std::string::npos ? t.size() : hashes));
      heading = true;
    }
    while (!t.empty() && t[0] == '>') t = trim(t.substr(1));
    if (t == "---" || t == "***" || t == "___") continue;
    // List items keep a marker ("- ", "2. "): the segmenter reads a list from it.
    std::string marker;
    if (t.size() >= 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && t[1] == ' ') {
      marker = "- ";
      t = trim(t.substr(2));
    }
    std::size_t digits = 0;
    while (digits < t.size() && t[digits] >= '0' && t[digits] <= '9') ++digits;
    if (marker.empty() && digits > 0 && digits + 1 < t.size() && (t[digits] == '.' || t[digits] == ')') && t[digits + 1] == ' ') {
      // A numbered heading ("## 5. Problems") keeps its words only; a numbered item its number.
      if (!heading) marker = t.substr(0, digits) + ". ";
      t = trim(t.substr(digits + 2));
    }
    // Inline markup: links keep their text, images their alt text; emphasis and code marks go.
    std::string plain;
    for (std::size_t i = 0; i < t.size(); ++i) {
      char c = t[i];
      if (c == '!' && i + 1 < t.size() && t[i + 1] == '[') continue;
      if (c == '[') {
        std::size_t close = t.find(']', i);
        if (close != std::string::npos && close + 1 < t.size() && t[close + 1] == '(') {
          std::size_t paren = t.find(')', close);
          if (paren != std::string::npos) {
            plain += t.substr(i + 1, close - i - 1);
            i = paren;
            continue;
          }
        }
      }
      if (c == '*' || c == '`' || (c == '_' && (i + 1 < t.size() && t[i + 1] == '_'))) {
        if (c == '_') ++i;
        continue;
      }
      plain += c;
    }
    if (heading && title && title->empty()) *title = trim(plain);
    text += (trim(plain).empty() ? "" : marker) + plain + "\n";
  }
  return text;
}

std::optional<std::string> find_date(const std::string& text, const Lexicon& lexicon) {
  std::vector<Token> tokens = tokenize(text);
  for (const DateMention& mention : scan_dates(tokens, text, lexicon, std::nullopt))
    if (mention.year_given) return mention.date.to_string();
  return std::nullopt;
}

SourceDocument make_document(const std::string& path, const std::string& bytes, const Lexicon& lexicon) {
  SourceDocument document;
  document.meta.path = path;
  document.meta.id = document_id_for(path);
  document.meta.sha256 = sha256_hex(bytes);
  std::size_t probe = std::min<std::size_t>(bytes.size(), 65536);
  if (const void* nul = std::memchr(bytes.data(), 0, probe))
    throw InputError(path + ": byte " + std::to_string(static_cast<const char*>(nul) - bytes.data()) +
                     ": binary file (NUL byte), skipped");

  CleanText clean = clean_utf8(bytes);
  if (clean.invalid_bytes)
    document.warnings.push_back(path + ": byte " + std::to_string(clean.first_invalid) + ": invalid UTF-8 (" +
                                std::to_string(clean.invalid_bytes) + " sequence(s) replaced by U+FFFD)");
  std::string extension = lower(fs::path(path).extension().string());
  std::string head = lower(clean.text.substr(0, 512));
  std::string title, date;
  std::string text;
  if (extension == ".html" || extension == ".htm" || head.find("<!doctype html") != std::string::npos ||
      head.find("<html") != std::string::npos) {
    document.format = SourceFormat::html;
    text = html_to_text(clean.text, &title, &date);
  } else if (extension == ".md" || extension == ".markdown") {
    document.format = SourceFormat::markdown;
    text = markdown_to_text(clean.text, &title);
  } else {
    text = clean.text;
  }
  if (!date.empty()) {
    auto parsed = find_date(date, lexicon);
    date = parsed ? *parsed : (Date::parse(date.substr(0, 10)) ? date.substr(0, 10) : "");
  }

  // Scraped pages keep their menus: drop the lines before the first prose line that are short
  // and unpunctuated, breadcrumbs and furniture anywhere, and take metadata lines as metadata.
  std::vector<std::string> lines = split_lines(text);
  std::size_t first_prose = lines.size();
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (is_prose(trim(lines[i])) && !metadata_line(trim(lines[i]), lexicon)) {
      first_prose = i;
      break;
    }
  std::size_t last_prose = 0;
  for (std::size_t i = lines.size(); i-- > 0;)
    if (is_prose(trim(lines[i]))) {
      last_prose = i;
      break;
    }
  std::string first_heading;
  std::string kept;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string line = trim(lines[i]);
    if (line.empty()) {
      if (!kept.empty() && kept.back() == '\n' && kept.size() >= 2 && kept[kept.size() - 2] != '\n') kept += '\n';
      continue;
    }
    bool prose = is_prose(line);
    if (i <= first_prose + 3) {
      if (auto meta = metadata_line(line, lexicon)) {
        if (meta->first == "title_keys" && title.empty()) {
          title = meta->second;
          continue;
        }
        if (meta->first == "date_keys") {
          if (date.empty())
            if (auto found = find_date(meta->second, lexicon)) date = *found;
          continue;
        }
      }
    }
    if (!prose && is_breadcrumb(line)) continue;
    // A byline ("By Kang Hyun-soo", "Author: …") is the document's, not a menu's.
    std::vector<Token> head = tokenize(line);
    bool byline = head.size() >= 3 && (head[0].norm == "by" || head[0].norm == "author" || head[0].norm == "authors") &&
                  (head[1].capitalised || head[1].norm == ":");
    // Markdown has no menus: its lines before the first prose line are headings and lists.
    // In plain text the front matter is read as text as well; a headline that names an event
    // still gives the title.
    bool front = false;
    if (!prose && !byline && i < first_prose && document.format == SourceFormat::text) {
      std::string next;
      for (std::size_t j = i + 1; j < lines.size() && next.empty(); ++j) next = trim(lines[j]);
      front = front_matter_line(line, next, first_heading.empty() && title.empty(), lexicon);
    }
    if (front) {
      if (first_heading.empty() && title.empty()) first_heading = line;
    } else if (!prose && !byline && i < first_prose && document.format != SourceFormat::markdown) {
      if (!has_boilerplate_cue(line, lexicon) && first_heading.empty()) first_heading = line;
      if (date.empty() && tokenize(line).size() <= 8)
        if (auto found = find_date(line, lexicon)) date = *found;
      continue;
    }
    if (!prose && i > last_prose && has_boilerplate_cue(line, lexicon)) continue;
    // A list item keeps its indentation: nested lists are read by their depth.
    if (list_marker_length(line) > 0) {
      std::size_t indent = lines[i].find_first_not_of(" \t");
      kept.append(lines[i], 0, std::min<std::size_t>(indent, 16));
    }
    kept += line + "\n";
  }
  if (title.empty()) title = first_heading;
  if (title.empty() && !lines.empty()) {
    title = trim(lines.front());
    // Cut long first lines at a character boundary, never inside a UTF-8 sequence.
    if (title.size() > 120) {
      std::size_t cut = 120;
      while (cut > 0 && (static_cast<unsigned char>(title[cut]) & 0xC0) == 0x80) --cut;
      title.resize(cut);
    }
  }
  if (date.empty())
    if (auto found = find_date(kept.substr(0, 400), lexicon)) date = *found;
  document.meta.title = title;
  document.meta.date = date;
  document.text = std::move(kept);
  return document;
}

}  // namespace policygraph::ingest
