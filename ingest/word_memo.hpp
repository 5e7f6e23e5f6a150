// Remembered answers of a pure function of a word ("which parts of speech can 'funds' be?"),
// asked for every token of every sentence: one analysis is shared, read-only, by the threads of
// an ingest, so each thread keeps its own store, one per owner, emptied when it grows past a
// bound. An owner is told from another by a serial number, never by its address (a new owner
// may be built where a destroyed one was).
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace policygraph::ingest {

template <class Value>
class WordMemo {
 public:
  WordMemo() : serial_(next_serial()) {}
  WordMemo(const WordMemo&) : serial_(next_serial()) {}
  WordMemo& operator=(const WordMemo&) {
    serial_ = next_serial();
    return *this;
  }

  /// compute(word) the first time this thread asks this owner about word; remembered after.
  template <class Compute>
  Value get(std::string_view word, Compute&& compute) const {
    auto& stores = thread_stores();
    if (auto own = stores.find(serial_); own != stores.end())
      if (auto known = own->second.find(word); known != own->second.end()) return known->second;
    // (compute may ask another owner's memo of this thread: the store is looked up after it.)
    Value value = compute(word);
    if (stores.size() >= kOwners && !stores.count(serial_)) stores.clear();
    Store& store = stores[serial_];
    if (store.size() >= kWords) store.clear();
    store.emplace(std::string(word), value);
    return value;
  }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
  };
  using Store = std::unordered_map<std::string, Value, Hash, std::equal_to<>>;
  static constexpr std::size_t kWords = 1 << 16;  ///< words per store before it is emptied
  static constexpr std::size_t kOwners = 16;      ///< stores per thread before all are emptied

  // (One per Value type and thread, not per compute function: each lambda is a type of its own.)
  static std::unordered_map<std::uint64_t, Store>& thread_stores() {
    thread_local std::unordered_map<std::uint64_t, Store> stores;
    return stores;
  }

  static std::uint64_t next_serial() {
    static std::atomic<std::uint64_t> made{0};
    return ++made;
  }

  std::uint64_t serial_;
};

}  // namespace policygraph::ingest
