// A RapidJSON SAX handler that forwards every event to another (a DOM builder) and stops once
// nesting passes a cap: RapidJSON recurses when it frees a deep value, so the snapshot and
// corrections readers refuse depth before building it. Optional hooks see objects open and close
// with their depth, for readers that note where entries are.
#pragma once

#include <rapidjson/reader.h>

#include <cstdint>
#include <functional>

namespace policygraph {

template <typename Handler>
class DepthLimit {
 public:
  DepthLimit(Handler& inner, int max_depth) : inner_(inner), max_depth_(max_depth) {}
  /// True when the input nested deeper than the cap (the parse stopped there).
  bool exceeded() const { return exceeded_; }
  /// Called with the depth around it (0 for the root) just after an object's '{' is read.
  std::function<void(int depth)> on_object_start;
  /// Called with the same depth just after its '}' is read.
  std::function<void(int depth)> on_object_end;

  bool Null() { return inner_.Null(); }
  bool Bool(bool b) { return inner_.Bool(b); }
  bool Int(int i) { return inner_.Int(i); }
  bool Uint(unsigned u) { return inner_.Uint(u); }
  bool Int64(int64_t i) { return inner_.Int64(i); }
  bool Uint64(uint64_t u) { return inner_.Uint64(u); }
  bool Double(double d) { return inner_.Double(d); }
  bool RawNumber(const char* s, rapidjson::SizeType n, bool copy) { return inner_.RawNumber(s, n, copy); }
  bool String(const char* s, rapidjson::SizeType n, bool copy) { return inner_.String(s, n, copy); }
  bool Key(const char* s, rapidjson::SizeType n, bool copy) { return inner_.Key(s, n, copy); }
  bool StartObject() {
    if (on_object_start) on_object_start(depth_);
    return enter() && inner_.StartObject();
  }
  bool EndObject(rapidjson::SizeType n) {
    --depth_;
    if (on_object_end) on_object_end(depth_);
    return inner_.EndObject(n);
  }
  bool StartArray() { return enter() && inner_.StartArray(); }
  bool EndArray(rapidjson::SizeType n) {
    --depth_;
    return inner_.EndArray(n);
  }

 private:
  bool enter() {
    if (++depth_ > max_depth_) exceeded_ = true;
    return !exceeded_;
  }
  Handler& inner_;
  int max_depth_;
  int depth_ = 0;
  bool exceeded_ = false;
};

}  // namespace policygraph
