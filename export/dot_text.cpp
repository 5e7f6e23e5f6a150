// Text for Graphviz: what it can show, its two kinds of escaping, and wrapping by columns.
#include <algorithm>
#include <string>

#include "export/diagram_parts.hpp"
#include "export/dot.hpp"
#include "export/text_escape.hpp"

namespace policygraph::exporting {

// ---------------------------------------------------------------------------------------------
// Text: what Graphviz can show, and escaping for its two kinds of label.

namespace {

constexpr char32_t replacement_character = 0xFFFD;

}  // namespace

std::pair<char32_t, std::size_t> decode_utf8(std::string_view text, std::size_t at) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  unsigned char lead = byte(at);
  if (lead < 0x80) return {lead, 1};
  std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
  if (length == 0 || at + length > text.size()) return {0, 0};
  std::size_t tail_bytes = length - 1;
  if (!is_valid_utf8(text.substr(at, length))) return {0, 0};
  char32_t code = lead & (0x3F >> tail_bytes);
  for (std::size_t i = 1; i < length; ++i) code = (code << 6) | (byte(at + i) & 0x3F);
  return {code, length};
}

namespace {

void append_utf8(std::string& out, char32_t code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

/// Columns a code point takes: two for Hangul, CJK and full-width forms, one otherwise.
std::size_t code_columns(char32_t code) {
  bool wide = (code >= 0x1100 && code <= 0x115F) || (code >= 0x2E80 && code <= 0xA4CF) ||
              (code >= 0xAC00 && code <= 0xD7A3) || (code >= 0xF900 && code <= 0xFAFF) ||
              (code >= 0xFE30 && code <= 0xFE4F) || (code >= 0xFF00 && code <= 0xFF60) ||
              (code >= 0xFFE0 && code <= 0xFFE6) || code >= 0x20000;
  return wide ? 2 : 1;
}

}  // namespace

std::size_t columns(std::string_view text) {
  std::size_t total = 0;
  for (std::size_t at = 0; at < text.size();) {
    auto [code, length] = decode_utf8(text, at);
    total += length ? code_columns(code) : 1;
    at += length ? length : 1;
  }
  return total;
}

std::string truncate_text(std::string_view text, std::size_t limit) {
  std::size_t count = 0;
  for (std::size_t at = 0; at < text.size(); ++count) {
    if (count + 1 == limit && at + decode_utf8(text, at).second < text.size()) return std::string(text.substr(0, at)) + "…";
    std::size_t length = decode_utf8(text, at).second;
    at += length ? length : 1;
  }
  return std::string(text);
}


std::string displayable_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    auto [code, length] = decode_utf8(text, at);
    if (length == 0) {
      append_utf8(out, replacement_character);
      ++at;
      continue;
    }
    at += length;
    if (code == '\r') {
      out += '\n';
      if (at < text.size() && text[at] == '\n') ++at;
    } else if (code == '\t') {
      out += ' ';
    } else if ((code < 0x20 && code != '\n') || code == 0x7F || (code >= 0x80 && code < 0xA0) || code == 0xFFFE || code == 0xFFFF) {
      // Control characters have no glyph and XML (SVG, HTML-like labels) refuses most of them.
      append_utf8(out, replacement_character);
    } else {
      append_utf8(out, code);
    }
  }
  return out;
}

std::string escape_graphviz_string(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (char c : text) {
    if (c == '\\') out += "\\\\";
    else if (c == '\n') out += "\\n";
    else out += c;
  }
  return out;
}

std::string unescape_graphviz_string(std::string_view escaped) {
  std::string out;
  for (std::size_t i = 0; i < escaped.size(); ++i) {
    if (escaped[i] != '\\' || i + 1 == escaped.size()) {
      out += escaped[i];
      continue;
    }
    char next = escaped[++i];
    out += (next == 'n' || next == 'l' || next == 'r') ? '\n' : next;
  }
  return out;
}

std::string escape_graphviz_html(std::string_view text) {
  // HTML-like label text is HTML text (the entities html_escape writes) plus Graphviz's own two
  // rules: a line break is <BR/>, and a backslash is doubled so that \N and friends stay text.
  // html_escape leaves backslashes and line breaks as they are, so the two rules can follow it.
  std::string html = html_escape(text);
  std::string out;
  out.reserve(html.size() + 8);
  for (char c : html) {
    if (c == '\\') out += "\\\\";
    else if (c == '\n') out += "<BR/>";
    else out += c;
  }
  return out;
}

std::string html_label_text(std::string_view label) {
  std::string out;
  for (std::size_t i = 0; i < label.size();) {
    char c = label[i];
    if (c == '<') {
      std::size_t close = label.find('>', i);
      if (close == std::string_view::npos) break;
      std::string tag(label.substr(i + 1, close - i - 1));
      std::transform(tag.begin(), tag.end(), tag.begin(), [](unsigned char ch) { return std::toupper(ch); });
      if (tag.rfind("BR", 0) == 0 && (tag.size() == 2 || tag[2] == '/' || tag[2] == ' ')) out += '\n';
      if (tag == "/TR") out += '\n';
      i = close + 1;
    } else if (c == '&') {
      std::size_t semicolon = label.find(';', i);
      if (semicolon == std::string_view::npos) {
        out += c;
        ++i;
        continue;
      }
      std::string_view entity = label.substr(i + 1, semicolon - i - 1);
      if (entity == "amp") out += '&';
      else if (entity == "lt") out += '<';
      else if (entity == "gt") out += '>';
      else if (entity == "quot") out += '"';
      else if (entity == "apos") out += '\'';
      else if (entity.size() > 1 && entity[0] == '#') {
        bool hex = entity[1] == 'x' || entity[1] == 'X';
        std::string digits(entity.substr(hex ? 2 : 1));
        char* end = nullptr;
        unsigned long code = std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
        bool valid = !digits.empty() && *end == '\0' && code <= 0x10FFFF;
        append_utf8(out, valid ? static_cast<char32_t>(code) : replacement_character);
      } else {
        out += label.substr(i, semicolon - i + 1);
      }
      i = semicolon + 1;
    } else if (c == '\\' && i + 1 < label.size() && label[i + 1] == '\\') {
      out += '\\';
      i += 2;
    } else {
      out += c;
      ++i;
    }
  }
  while (!out.empty() && out.back() == '\n') out.pop_back();  // after the last table row
  return out;
}

std::string wrap_text(std::string_view text, std::size_t width) {
  std::string out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    std::string_view paragraph = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    std::size_t line = 0;  // columns on the current output line
    bool first_word = true;
    std::size_t word_start = 0;
    while (word_start <= paragraph.size()) {
      std::size_t space = paragraph.find(' ', word_start);
      std::string_view word = paragraph.substr(word_start, space == std::string_view::npos ? std::string_view::npos : space - word_start);
      std::size_t word_columns = columns(word);
      if (!first_word) {
        if (line + 1 + word_columns <= width || word.empty()) {
          out += ' ';
          ++line;
        } else {
          out += '\n';
          line = 0;
        }
      }
      if (word_columns > 2 * width) {
        // A run with no spaces (a URL, unspaced CJK text): split it where it reaches the width.
        for (std::size_t at = 0; at < word.size();) {
          auto [code, length] = decode_utf8(word, at);
          std::size_t step = length ? length : 1;
          std::size_t cols = length ? code_columns(code) : 1;
          if (line > 0 && line + cols > width) {
            out += '\n';
            line = 0;
          }
          out += word.substr(at, step);
          line += cols;
          at += step;
        }
      } else {
        out += word;
        line += word_columns;
      }
      first_word = false;
      if (space == std::string_view::npos) break;
      word_start = space + 1;
    }
    if (end == std::string_view::npos) break;
    out += '\n';
    start = end + 1;
  }
  return out;
}

}  // namespace policygraph::exporting
