// Markup to text: HTML (entities decoded, scripts, menus and page furniture dropped, blocks as
// lines, the title and the date a page gives) and Markdown (headings, lists, links and emphasis as
// plain lines).
#include <cstring>
#include <optional>

#include "ingest/lines.hpp"
#include "ingest/reader.hpp"

namespace policygraph::ingest {
namespace {

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
    // The longest entity name is short: look no further for its ';' (a page of '&' without one
    // is read in linear time).
    std::size_t semicolon = text.substr(i, 11).find(';');
    if (semicolon == std::string_view::npos) {
      out += '&';
      continue;
    }
    semicolon += i;
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
  static const char* blocks[] = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                                 "table", "section", "article", "main", "blockquote", "pre", "dt", "dd", "dl", "hr",
                                 "figure", "figcaption", "caption", "address", "body", "title"};
  for (const char* b : blocks)
    if (tag == b) return true;
  return false;
}

// Class, id and role values that mark navigation and page furniture.
bool is_furniture(const std::string& attributes) {
  std::string a = ascii_lower(attributes);
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
  std::string a = ascii_lower(attributes);
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

}  // namespace

std::string html_to_text(const std::string& html, std::string* title, std::string* date) {
  std::string out;
  std::string h1;
  bool h1_read = false;  // the first <h1> outside page furniture is the page's heading; later ones are text
  // The element whose content is being skipped and how deep it nests in itself: a count, not a
  // stack, so that nesting costs no memory however deep it goes.
  std::string skipped;
  std::size_t skip_depth = 0;
  std::size_t cells_in_row = 0;  // cells of the current table row so far
  // Where "</title" and "</h1" next occur: each search starts where the last one stopped, in a
  // lower-case copy made once, so that a page of many such tags is read in linear time.
  std::string lowered;
  struct CloseSearch {
    bool done = false;
    std::size_t from = 0, found = std::string::npos;
  } title_close, h1_close;
  auto find_close = [&](const std::string& name, std::size_t from) {
    if (lowered.empty()) lowered = ascii_lower(html);
    CloseSearch& search = name == "title" ? title_close : h1_close;
    if (!search.done || from < search.from || (search.found != std::string::npos && search.found < from))
      search = {true, from, lowered.find("</" + name, from)};
    return search.found;
  };
  std::size_t i = 0;
  auto newline = [&] {
    if (!out.empty() && out.back() != '\n') out += '\n';
  };
  while (i < html.size()) {
    if (html[i] != '<') {
      std::size_t next = html.find('<', i);
      std::string_view chunk(html.data() + i, (next == std::string::npos ? html.size() : next) - i);
      if (skip_depth == 0) {
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
    std::string name = ascii_lower(tag_text.substr(name_start, name_end == std::string::npos ? std::string::npos : name_end - name_start));
    std::string attributes = name_end == std::string::npos ? "" : tag_text.substr(name_end);
    bool self_closing = !tag_text.empty() && tag_text.back() == '/';

    if (name == "meta" && date && date->empty()) {
      std::string key = ascii_lower(attribute_value(attributes, "name") + attribute_value(attributes, "property") +
                              attribute_value(attributes, "itemprop"));
      if (key.find("date") != std::string::npos || key.find("published") != std::string::npos)
        *date = attribute_value(attributes, "content");
    }
    if (name == "time" && !closing && date && date->empty()) *date = attribute_value(attributes, "datetime");
    // <title> lives in <head>, which is skipped as page furniture: read it all the same.
    if (!closing && (name == "title" || (name == "h1" && skip_depth == 0 && !h1_read))) {
      std::size_t close = find_close(name, i);
      if (close != std::string::npos) {
        std::string inner = html.substr(i, close - i);
        std::string plain;
        bool in_tag = false;
        for (char c : inner) {
          if (c == '<') in_tag = true;
          if (!in_tag) plain += c;
          if (c == '>') in_tag = false;
        }
        plain = trim_blank(decode_entities(plain));
        if (name == "title" && title && title->empty()) *title = plain;
        if (name == "h1") {
          h1 = plain;
          h1_read = true;
        }
        if (name == "title") {
          i = close;
          continue;
        }
      }
    }
    if (skip_depth > 0) {
      if (closing && name == skipped) --skip_depth;
      else if (!closing && !self_closing && name == skipped) ++skip_depth;
      continue;
    }
    if (!closing && !self_closing && name != "br" && name != "hr" && name != "img" && name != "meta" && name != "link" &&
        name != "input" && (is_skipped_element(name) || is_furniture(attributes))) {
      skipped = name;
      skip_depth = 1;
      continue;
    }
    if (is_block_element(name)) newline();
    if (name == "tr") cells_in_row = 0;
    // A table row is one line, its cells separated by " | " as in Markdown ("2004 | Regional
    // Innovation System | Participatory Government"), so that a row reads as one statement.
    if ((name == "td" || name == "th") && !closing && cells_in_row++ > 0) out += " | ";
    if (name == "li" && !closing) out += "- ";  // a list item keeps a marker for the segmenter
  }
  if (title && !h1.empty()) *title = h1;  // the page's own heading beats the site-wide <title>
  std::string decoded = decode_entities(out);
  std::string text;
  for (const std::string& line : split_lines(decoded)) {
    std::string t = trim_blank(line);
    if (!t.empty()) text += t + "\n";
  }
  return text;
}

std::string markdown_to_text(const std::string& markdown, std::string* title) {
  std::string text;
  bool in_code = false;
  bool in_front_matter = false;
  std::size_t line_number = 0;
  for (const std::string& line : split_lines(markdown)) {
    ++line_number;
    std::string t = trim_blank(line);
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
      t = trim_blank(t.substr(hashes == std::string::npos ? t.size() : hashes));
      heading = true;
    }
    while (!t.empty() && t[0] == '>') t = trim_blank(t.substr(1));
    if (t == "---" || t == "***" || t == "___") continue;
    // List items keep a marker ("- ", "2. "): the segmenter reads a list from it.
    std::string marker;
    if (t.size() >= 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && t[1] == ' ') {
      marker = "- ";
      t = trim_blank(t.substr(2));
    }
    std::size_t digits = 0;
    while (digits < t.size() && t[digits] >= '0' && t[digits] <= '9') ++digits;
    if (marker.empty() && digits > 0 && digits + 1 < t.size() && (t[digits] == '.' || t[digits] == ')') && t[digits + 1] == ' ') {
      // A numbered heading ("## 5. Problems") keeps its words only; a numbered item its number.
      if (!heading) marker = t.substr(0, digits) + ". ";
      t = trim_blank(t.substr(digits + 2));
    }
    // Inline markup: links keep their text, images their alt text; emphasis and code marks go.
    // The next ']' and ')' are remembered, not searched for again at every '[', so that a line of
    // many '[' is read in linear time.
    std::string plain;
    std::size_t next_bracket = t.find(']'), next_paren = t.find(')');
    auto next = [&t](char mark, std::size_t from, std::size_t& cached) {
      if (cached != std::string::npos && cached < from) cached = t.find(mark, from);
      return cached;
    };
    for (std::size_t i = 0; i < t.size(); ++i) {
      char c = t[i];
      if (c == '!' && i + 1 < t.size() && t[i + 1] == '[') continue;
      if (c == '[') {
        std::size_t close = next(']', i, next_bracket);
        if (close != std::string::npos && close + 1 < t.size() && t[close + 1] == '(') {
          std::size_t paren = next(')', close, next_paren);
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
    if (heading && title && title->empty()) *title = trim_blank(plain);
    text += (trim_blank(plain).empty() ? "" : marker) + plain + "\n";
  }
  return text;
}

}  // namespace policygraph::ingest
