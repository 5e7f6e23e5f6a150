// Readers: input expansion, binary detection, boilerplate lines of scraped pages, and the title
// and date of each document (markup.cpp makes HTML and Markdown into text).
#include "ingest/reader.hpp"
#include "ingest/segment.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "graph/error.hpp"
#include "graph/store.hpp"
#include "ingest/dates.hpp"
#include "ingest/sha256.hpp"
#include "ingest/text.hpp"
#include "ingest/lines.hpp"
#include "ingest/tokens.hpp"

namespace policygraph::ingest {
namespace fs = std::filesystem;

namespace {

bool is_prose(const std::string& line) {
  if (line.empty()) return false;
  std::size_t words = tokenize(line, 0, 12).size();  // only whether there are 12
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
  return arrows >= 1 && tokenize(line, 0, 21).size() <= 20;
}

// "Title X", "Date: 2018-04-13 Hit 802", "Posted: Apr. 2, 2019": a metadata key and its value.
std::optional<std::pair<std::string, std::string>> metadata_line(const std::string& line, const Lexicon& lexicon) {
  std::string folded = ascii_lower(line);
  for (const char* list : {"title_keys", "date_keys"}) {
    for (const std::string& key : lexicon.list(list)) {
      if (folded.compare(0, key.size(), key) != 0) continue;
      std::size_t after = key.size();
      if (after < folded.size() && folded[after] != ' ' && folded[after] != ':' && folded[after] != '\t') continue;
      std::string value = trim_blank(line.substr(after));
      if (!value.empty() && value[0] == ':') value = trim_blank(value.substr(1));
      if (value.empty()) continue;
      // A title does not end like a sentence; a date line starts with its date.
      if (std::string(list) == "title_keys" && (value.back() == '.' || tokenize(value, 0, 41).size() > 40)) continue;
      if (std::string(list) == "date_keys") {
        std::vector<Token> head = tokenize(value, 0, 8);
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
// A line after the last prose line that is page furniture: a boilerplate cue in a short line
// ("Related articles", "Share | Print"), or one that opens with it ("Copyright 2024 …"). A longer
// line that merely contains a cue word ("| 2017 | Moon Jae-in government | Korean New Deal |")
// is content.
bool footer_line(const std::string& line, const Lexicon& lexicon) {
  if (!has_boilerplate_cue(line, lexicon)) return false;
  std::vector<Token> tokens = tokenize(line);
  std::size_t words = std::count_if(tokens.begin(), tokens.end(), [](const Token& t) { return t.word; });
  if (words <= 4) return true;
  std::string first;
  for (const Token& t : tokens)
    if (t.word) {
      first = t.norm;
      break;
    }
  return !first.empty() && has_boilerplate_cue(first, lexicon);
}

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
  // A heading over a list ("Speakers", "President Moon Jae-in's Administration (2017 - 2022)"):
  // its words count, not the numbers and marks of a period after it.
  std::size_t words = std::count_if(tokens.begin(), tokens.end(), [](const Token& t) { return t.word && !t.number; });
  if (list_marker_length(next) > 0 && words <= 6) return true;
  return names_event;
}

}  // namespace

namespace {

// Shell quoting for a path in a suggested command, only when the path needs it.
std::string shell_word(const std::string& path) {
  bool plain = !path.empty() && std::all_of(path.begin(), path.end(), [](unsigned char c) {
    return std::isalnum(c) || c == '/' || c == '.' || c == '_' || c == '-' || c == '+' || c >= 0x80;
  });
  if (plain) return path;
  std::string out = "'";
  for (char c : path) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// The formats people most often drop into a folder of texts, each with the Debian-packaged command
// that makes it into text beside it (FILE.txt), which a second ingest then reads.
SkippedInput skipped_file(const fs::path& path, const std::string& extension) {
  std::string file = path.string();
  std::string text = fs::path(path).replace_extension(".txt").string();
  auto convert = [&](const std::string& what, const std::string& command) {
    return SkippedInput{file, what + " is not read; convert it to text first: " + command, true};
  };
  if (extension == ".pdf") return convert("a PDF", "pdftotext " + shell_word(file));
  if (extension == ".docx" || extension == ".odt" || extension == ".rtf" || extension == ".epub")
    return convert("a " + extension.substr(1) + " document", "pandoc -t plain " + shell_word(file) + " -o " + shell_word(text));
  if (extension == ".doc")
    return convert("a .doc document", "libreoffice --headless --convert-to txt " + shell_word(file));
  return SkippedInput{file, "not a format ingest reads", false};
}

const char* const read_formats = ".txt, .md, .markdown, .html, .htm and files without an extension";

}  // namespace

InputList list_inputs(const std::vector<std::string>& paths) {
  InputList out;
  for (const std::string& path : paths) {
    if (path == "-") {
      out.paths.push_back(path);
      continue;
    }
    std::error_code error;
    auto status = fs::status(path, error);
    if (error || !fs::exists(status)) throw InputError(path + ": no such file or folder");
    if (!fs::is_directory(status)) {
      out.paths.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    std::vector<SkippedInput> skipped;
    for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, error);
         !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
      if (!it->is_regular_file(error)) continue;
      std::string name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') continue;
      std::string extension = ascii_lower(it->path().extension().string());
      if (extension == ".txt" || extension == ".md" || extension == ".markdown" || extension == ".html" ||
          extension == ".htm" || extension.empty())
        found.push_back(it->path().string());
      else
        skipped.push_back(skipped_file(it->path(), extension));
    }
    if (error) throw InputError(path + ": cannot list: " + error.message());
    std::sort(found.begin(), found.end());
    std::sort(skipped.begin(), skipped.end(), [](const SkippedInput& a, const SkippedInput& b) { return a.path < b.path; });
    // A folder with nothing to read is a mistake (a wrong folder, documents not converted yet),
    // not an ingest of zero documents that looks like success.
    if (found.empty()) {
      std::string message = path + ": no document to read in this folder (ingest reads " + read_formats + ")";
      if (!skipped.empty()) {
        auto example = std::find_if(skipped.begin(), skipped.end(), [](const SkippedInput& s) { return s.convertible; });
        if (example == skipped.end()) example = skipped.begin();
        message += "; " + std::to_string(skipped.size()) + " file(s) skipped, e.g. " + example->path + ": " + example->reason;
      }
      throw InputError(message);
    }
    out.paths.insert(out.paths.end(), found.begin(), found.end());
    out.skipped.insert(out.skipped.end(), skipped.begin(), skipped.end());
  }
  return out;
}

std::vector<std::string> expand_inputs(const std::vector<std::string>& paths) { return list_inputs(paths).paths; }

std::vector<std::string> skipped_input_warnings(const std::vector<SkippedInput>& skipped) {
  std::vector<std::string> out;
  std::vector<const SkippedInput*> others;
  for (const SkippedInput& file : skipped) {
    if (file.convertible)
      out.push_back(file.path + ": skipped: " + file.reason);
    else
      others.push_back(&file);
  }
  if (others.empty()) return out;
  // Images, spreadsheets and data beside the texts are common and need no action each: one line.
  std::string line = std::to_string(others.size()) + " other file(s) skipped, not in a format ingest reads (" +
                     read_formats + "): ";
  constexpr std::size_t examples = 3;
  for (std::size_t i = 0; i < others.size() && i < examples; ++i) line += (i ? ", " : "") + others[i]->path;
  if (others.size() > examples) line += ", …";
  out.push_back(line);
  return out;
}

namespace {

std::string megabytes(std::uintmax_t bytes) {
  if (bytes < (1 << 20)) return std::to_string(bytes) + " bytes";
  std::ostringstream out;
  out.setf(std::ios::fixed);
  out.precision(1);
  out << static_cast<double>(bytes) / (1 << 20) << " MB";
  return out.str();
}

// `size` is unknown (nullopt) for a stream. Sizes that round to the limit are given in bytes.
InputError too_large(const std::string& path, std::optional<std::uintmax_t> size, std::size_t max_bytes) {
  std::string limit = megabytes(max_bytes);
  std::string stated = size ? megabytes(*size) : "";
  if (size && stated == limit) {
    stated = std::to_string(*size) + " bytes";
    limit = std::to_string(max_bytes) + " bytes";
  }
  return InputError(path + ": " + (stated.empty() ? "" : stated + ", ") + "more than the largest document ingest reads (" +
                    limit + "), skipped; ingest --max-document-mb raises the limit");
}

// Reads at most max_bytes + 1 bytes: enough to tell a stream (standard input, a FIFO) that is too
// large without holding all of it.
std::string read_at_most(std::istream& in, std::size_t max_bytes) {
  std::string bytes;
  char buffer[1 << 16];
  while (bytes.size() <= max_bytes && in) {
    in.read(buffer, static_cast<std::streamsize>(std::min<std::size_t>(sizeof buffer, max_bytes + 1 - bytes.size())));
    bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
  }
  return bytes;
}

}  // namespace

std::string read_input(const std::string& path, std::size_t max_bytes) {
  std::string bytes;
  if (path == "-") {
    bytes = read_at_most(std::cin, max_bytes);
    if (std::cin.bad()) throw InputError("-: cannot read standard input");
  } else {
    // A regular file's size is known before it is read.
    std::error_code error;
    if (fs::is_regular_file(path, error)) {
      std::uintmax_t size = fs::file_size(path, error);
      if (!error && size > max_bytes) throw too_large(path, size, max_bytes);
    }
    if (fs::is_directory(path, error)) throw InputError(path + ": is a directory");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path + ": cannot read: " + std::strerror(errno));
    bytes = read_at_most(in, max_bytes);
    if (in.bad()) throw InputError(path + ": cannot read: " + std::strerror(errno));
  }
  if (bytes.size() > max_bytes) throw too_large(path, std::nullopt, max_bytes);
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
  // (A search for a NUL byte in raw bytes, not a string's end: the check misreads memchr's 0.)
  if (const void* nul = std::memchr(bytes.data(), 0, probe))  // NOLINT(bugprone-not-null-terminated-result)
    throw InputError(path + ": byte " + std::to_string(static_cast<const char*>(nul) - bytes.data()) +
                     ": binary file (NUL byte), skipped");

  CleanText clean = clean_utf8(bytes);
  if (clean.invalid_bytes)
    document.warnings.push_back(path + ": byte " + std::to_string(clean.first_invalid) + ": invalid UTF-8 (" +
                                std::to_string(clean.invalid_bytes) + " sequence(s) replaced by U+FFFD)");
  std::string extension = ascii_lower(fs::path(path).extension().string());
  std::string head = ascii_lower(clean.text.substr(0, 512));
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
  // A hard-wrapped paragraph (text from a PDF converter, or written in a fixed width) is prose in
  // every line: lines that run on into a lower-case line, in a block that ends a sentence.
  std::vector<char> wrapped(lines.size(), 0);
  for (std::size_t i = 0; i < lines.size();) {
    std::size_t end = i;
    while (end < lines.size() && !trim_blank(lines[end]).empty() && (end == i || list_marker_length(lines[end]) == 0)) ++end;
    if (end == i) {
      ++i;
      continue;
    }
    bool runs_on = false;
    for (std::size_t k = i; k + 1 < end; ++k) {
      std::string next = trim_blank(lines[k + 1]);
      runs_on = runs_on || (!next.empty() && next[0] >= 'a' && next[0] <= 'z');
    }
    std::string last = trim_blank(lines[end - 1]);
    char final_char = last.empty() ? '\0' : last.back();
    if (end - i >= 2 && runs_on && (final_char == '.' || final_char == '!' || final_char == '?'))
      for (std::size_t k = i; k < end; ++k) wrapped[k] = 1;
    i = end;
  }
  std::size_t first_prose = lines.size();
  for (std::size_t i = 0; i < lines.size(); ++i)
    if ((is_prose(trim_blank(lines[i])) || wrapped[i]) && !metadata_line(trim_blank(lines[i]), lexicon)) {
      first_prose = i;
      break;
    }
  std::size_t last_prose = 0;
  for (std::size_t i = lines.size(); i-- > 0;)
    if (is_prose(trim_blank(lines[i]))) {
      last_prose = i;
      break;
    }
  std::string first_heading;
  std::string kept;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string line = trim_blank(lines[i]);
    if (line.empty()) {
      if (!kept.empty() && kept.back() == '\n' && kept.size() >= 2 && kept[kept.size() - 2] != '\n') kept += '\n';
      continue;
    }
    bool prose = is_prose(line) || wrapped[i];
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
    std::vector<Token> opening = tokenize(line, 0, 3);
    bool byline = opening.size() >= 3 && lexicon.has("byline_openers", opening[0].norm) &&
                  (opening[1].capitalised || opening[1].norm == ":");
    // Markdown has no menus: its lines before the first prose line are headings and lists.
    // In plain text the front matter is read as text as well; a headline that names an event
    // still gives the title.
    bool front = false;
    if (!prose && !byline && i < first_prose && document.format == SourceFormat::text) {
      std::string next;
      for (std::size_t j = i + 1; j < lines.size() && next.empty(); ++j) next = trim_blank(lines[j]);
      front = front_matter_line(line, next, first_heading.empty() && title.empty(), lexicon);
    }
    if (front) {
      if (first_heading.empty() && title.empty()) first_heading = line;
    } else if (!prose && !byline && i < first_prose && document.format != SourceFormat::markdown) {
      if (!has_boilerplate_cue(line, lexicon) && first_heading.empty()) first_heading = line;
      if (date.empty() && tokenize(line, 0, 9).size() <= 8)
        if (auto found = find_date(line, lexicon)) date = *found;
      continue;
    }
    if (!prose && i > last_prose && footer_line(line, lexicon)) continue;
    // A list item keeps its indentation: nested lists are read by their depth.
    if (list_marker_length(line) > 0) {
      std::size_t indent = lines[i].find_first_not_of(" \t");
      kept.append(lines[i], 0, std::min<std::size_t>(indent, 16));
    }
    kept += line + "\n";
  }
  if (title.empty()) title = first_heading;
  if (title.empty() && !lines.empty()) {
    title = trim_blank(lines.front());
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
