// The table of export formats. A new format adds one entry here.
#include "export/exporter.hpp"

namespace policygraph::exporting {

const std::vector<ExportFormat>& export_formats() {
  static const std::vector<ExportFormat> formats = [] {
    std::vector<ExportFormat> list;
    list.push_back({"json", "the snapshot itself (same bytes as the store)", false, write_snapshot_json, {}});
    return list;
  }();
  return formats;
}

const ExportFormat* find_export_format(std::string_view name) {
  for (const ExportFormat& format : export_formats())
    if (format.name == name) return &format;
  return nullptr;
}

}  // namespace policygraph::exporting
