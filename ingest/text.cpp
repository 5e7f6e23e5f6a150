// ICU-backed text cleaning shared by the readers, the gazetteer and the query layer.
#include "ingest/text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include "graph/error.hpp"

namespace policygraph::ingest {

CleanText clean_utf8(std::string_view bytes) {
  CleanText result;
  std::string repaired;
  repaired.reserve(bytes.size());
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  int32_t length = static_cast<int32_t>(bytes.size());
  int32_t i = 0;
  while (i < length) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(data, i, length, c);
    if (c < 0) {
      if (result.invalid_bytes == 0) result.first_invalid = static_cast<std::size_t>(start);
      ++result.invalid_bytes;
      repaired += "\xEF\xBF\xBD";
    } else {
      repaired.append(bytes.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
    }
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw Error(std::string("ICU NFC normaliser unavailable: ") + u_errorName(status));
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(repaired);
  if (nfc->isNormalized(text, status) && U_SUCCESS(status)) {
    result.text = std::move(repaired);
    return result;
  }
  status = U_ZERO_ERROR;
  icu::UnicodeString normalised = nfc->normalize(text, status);
  if (U_FAILURE(status)) throw Error(std::string("ICU normalisation failed: ") + u_errorName(status));
  normalised.toUTF8String(result.text);
  return result;
}

std::string fold_case(std::string_view text) {
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  unicode.foldCase();
  std::string out;
  unicode.toUTF8String(out);
  return out;
}

}  // namespace policygraph::ingest
