// A compact binary form of sieg's own data values (the compiled schemas, calls and grids), written at
// build time by tools/snapshot.cpp and read back at run time instead of parsing JSON and TOML again.
//
// Each type lists its fields once, in a function `fields(A& a, T& v)` found by argument-dependent lookup
// (`a(v.id); a(v.title); ...`), which both the Writer and the Reader call: what is written is what is
// read, in the same order. Integers are varints (signed ones zigzagged), doubles their 8 bytes, strings
// and containers their size then their elements. The bytes are sieg's own and checked at build time, but a
// Reader still refuses to run past the end or to size a container beyond the bytes left (it throws).
#pragma once
#include <cstdint>
#include <cstring>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace sieg::resources {

template <typename T> struct is_vector : std::false_type {};
template <typename T, typename A> struct is_vector<std::vector<T, A>> : std::true_type {};
template <typename T> struct is_optional : std::false_type {};
template <typename T> struct is_optional<std::optional<T>> : std::true_type {};
template <typename T> struct is_map : std::false_type {};
template <typename K, typename V, typename C, typename A> struct is_map<std::map<K, V, C, A>> : std::true_type {};
template <typename T> struct is_pair : std::false_type {};
template <typename A, typename B> struct is_pair<std::pair<A, B>> : std::true_type {};

class Writer {
 public:
  static constexpr bool reading = false;
  void* context = nullptr;  // for a type's io that needs more than its fields (the schema's pointers)

  template <typename T>
  void operator()(const T& v) {
    if constexpr (std::is_same_v<T, bool>) {
      bytes_.push_back(v ? '\1' : '\0');
    } else if constexpr (std::is_enum_v<T>) {
      varint(static_cast<std::uint64_t>(static_cast<std::underlying_type_t<T>>(v)));
    } else if constexpr (std::is_integral_v<T> && std::is_signed_v<T>) {
      const auto x = static_cast<std::int64_t>(v);
      varint((static_cast<std::uint64_t>(x) << 1) ^ static_cast<std::uint64_t>(x >> 63));
    } else if constexpr (std::is_integral_v<T>) {
      varint(static_cast<std::uint64_t>(v));
    } else if constexpr (std::is_same_v<T, double>) {
      char b[sizeof(double)];
      std::memcpy(b, &v, sizeof b);
      bytes_.append(b, sizeof b);
    } else if constexpr (std::is_same_v<T, std::string>) {
      varint(v.size());
      bytes_ += v;
    } else if constexpr (is_vector<T>::value) {
      varint(v.size());
      for (const auto& e : v) (*this)(e);
    } else if constexpr (is_optional<T>::value) {
      (*this)(v.has_value());
      if (v) (*this)(*v);
    } else if constexpr (is_map<T>::value) {
      varint(v.size());
      for (const auto& [k, e] : v) {
        (*this)(k);
        (*this)(e);
      }
    } else if constexpr (is_pair<T>::value) {
      (*this)(v.first);
      (*this)(v.second);
    } else {
      fields(*this, const_cast<T&>(v));  // fields only reads a value when it is handed a Writer
    }
  }

  const std::string& bytes() const { return bytes_; }

 private:
  void varint(std::uint64_t v) {
    while (v >= 0x80) {
      bytes_.push_back(static_cast<char>((v & 0x7f) | 0x80));
      v >>= 7;
    }
    bytes_.push_back(static_cast<char>(v));
  }
  std::string bytes_;
};

class Reader {
 public:
  static constexpr bool reading = true;
  void* context = nullptr;

  explicit Reader(std::string_view bytes) : in_(bytes) {}

  template <typename T>
  void operator()(T& v) {
    if constexpr (std::is_same_v<T, bool>) {
      v = byte() != 0;
    } else if constexpr (std::is_enum_v<T>) {
      v = static_cast<T>(static_cast<std::underlying_type_t<T>>(varint()));
    } else if constexpr (std::is_integral_v<T> && std::is_signed_v<T>) {
      const std::uint64_t z = varint();
      v = static_cast<T>(static_cast<std::int64_t>(z >> 1) ^ -static_cast<std::int64_t>(z & 1));
    } else if constexpr (std::is_integral_v<T>) {
      v = static_cast<T>(varint());
    } else if constexpr (std::is_same_v<T, double>) {
      need(sizeof(double));
      std::memcpy(&v, in_.data() + pos_, sizeof(double));
      pos_ += sizeof(double);
    } else if constexpr (std::is_same_v<T, std::string>) {
      const std::size_t n = size(1);
      v.assign(in_.data() + pos_, n);
      pos_ += n;
    } else if constexpr (is_vector<T>::value) {
      v.clear();
      v.resize(size(1));
      for (auto& e : v) (*this)(e);
    } else if constexpr (is_optional<T>::value) {
      bool has = false;
      (*this)(has);
      if (has) (*this)(v.emplace());
      else v.reset();
    } else if constexpr (is_map<T>::value) {
      v.clear();
      for (std::size_t n = size(2); n > 0; --n) {
        typename T::key_type k{};
        (*this)(k);
        (*this)(v[std::move(k)]);
      }
    } else if constexpr (is_pair<T>::value) {
      (*this)(v.first);
      (*this)(v.second);
    } else {
      fields(*this, v);
    }
  }

  bool done() const { return pos_ == in_.size(); }
  // The next `n` bytes as they are (a view into the bytes read).
  std::string_view view(std::size_t n) {
    need(n);
    pos_ += n;
    return in_.substr(pos_ - n, n);
  }
  // A count of things each taking at least `min_bytes`: never more than the bytes left could hold.
  std::size_t size(std::size_t min_bytes) {
    const std::uint64_t n = varint();
    if (n > (in_.size() - pos_) / min_bytes) throw std::length_error("snapshot: a size beyond its bytes");
    return static_cast<std::size_t>(n);
  }

 private:
  void need(std::size_t n) const {
    if (in_.size() - pos_ < n) throw std::length_error("snapshot: truncated");
  }
  unsigned char byte() {
    need(1);
    return static_cast<unsigned char>(in_[pos_++]);
  }
  std::uint64_t varint() {
    std::uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      const unsigned char b = byte();
      v |= static_cast<std::uint64_t>(b & 0x7f) << shift;
      if ((b & 0x80) == 0) return v;
    }
    throw std::length_error("snapshot: a varint too long");
  }
  std::string_view in_;
  std::size_t pos_ = 0;
};

// A whole value's bytes, and the value back from them (throws when the bytes are not exactly one T):
// what a type with a fields() function needs for its snapshot.
template <typename T>
std::string to_bytes(const T& value) {
  Writer w;
  w(value);
  return w.bytes();
}
template <typename T>
T from_bytes(std::string_view bytes) {
  Reader r(bytes);
  T value{};
  r(value);
  if (!r.done()) throw std::length_error("snapshot: bytes left after the value");
  return value;
}

// The snapshot of the embedded file `name`, when the binary holds one made from exactly `source` (its
// length and 64-bit hash are recorded with it): a stale or missing snapshot means parsing `source`.
std::optional<std::string_view> snapshot(std::string_view name, std::string_view source);

// The snapshot file's bytes ("sieg-snapshot-1\n", then name, source length, source hash and payload of
// each entry), defined by the source tools/snapshot.cpp generates; the generator's own is empty.
std::string_view snapshot_file();

// What tools/snapshot.cpp writes: the entries in that format.
struct SnapshotEntry {
  std::string name;
  std::string_view source;
  std::string payload;
};
std::string snapshot_file_bytes(const std::vector<SnapshotEntry>& entries);

} // namespace sieg::resources
