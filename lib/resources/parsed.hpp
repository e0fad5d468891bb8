// Embedded data files (schemas/<folder>/<id>.toml) turned into values once, and only when asked for:
// a run on one call's dossiers parses one call and one grid, not all of them. T has a member `id`.
#pragma once
#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "resources/resources.hpp"

namespace sieg::resources {

template <typename T>
class Parsed {
 public:
  using Parse = T (*)(std::string_view name, std::string_view bytes);  // throws when an embedded file is wrong
  Parsed(std::string folder, Parse parse) : folder_(std::move(folder)), parse_(parse) {}

  // The value of "<folder>/<id>.toml", or null when there is no such file.
  const T* find(const std::string& id) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = by_id_.find(id);
    if (it != by_id_.end()) return it->second.get();
    const std::string name = folder_ + "/" + id + ".toml";
    std::unique_ptr<const T> value;
    if (auto bytes = resources::find(name)) value = std::make_unique<const T>(parse_(name, *bytes));
    return by_id_.emplace(id, std::move(value)).first->second.get();
  }

  // Every file of the folder, by id; each must be named after the id it holds.
  const std::vector<T>& all() {
    std::call_once(all_once_, [this] {
      for (const auto& r : resources::all()) {
        if (r.name.rfind(folder_ + "/", 0) != 0) continue;
        all_.push_back(parse_(r.name, r.bytes));
        if (folder_ + "/" + all_.back().id + ".toml" != r.name)
          throw std::logic_error("embedded " + std::string(r.name) + " holds " + all_.back().id + ": the file must be named after its id");
      }
      std::sort(all_.begin(), all_.end(), [](const T& a, const T& b) { return a.id < b.id; });
    });
    return all_;
  }

 private:
  std::string folder_;
  Parse parse_;
  std::mutex mutex_;
  std::map<std::string, std::unique_ptr<const T>> by_id_;
  std::once_flag all_once_;
  std::vector<T> all_;
};

} // namespace sieg::resources
