#include "text/mask.hpp"

#include <algorithm>

#include <utf8proc.h>

#include "text/fold.hpp"

namespace sieg::text {

std::vector<Word> words(std::string_view s) {
  std::vector<Word> out;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  std::size_t i = 0, n = s.size();
  bool inside = false;
  Word w;
  auto close = [&](std::size_t at) {
    if (!inside) return;
    w.end = at;
    w.folded = name_key(s.substr(w.begin, w.end - w.begin));
    if (!w.folded.empty()) out.push_back(w);
    inside = false;
  };
  while (i < n) {
    utf8proc_int32_t c = 0;
    utf8proc_ssize_t len = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(n - i), &c);
    if (len <= 0) {  // an invalid byte separates words
      close(i);
      ++i;
      continue;
    }
    utf8proc_category_t cat = utf8proc_category(c);
    bool word = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_NO);  // letters, marks, numbers
    if (word && !inside) {
      inside = true;
      w.begin = i;
    } else if (!word) {
      close(i);
    }
    i += static_cast<std::size_t>(len);
  }
  close(n);
  return out;
}

namespace {
std::vector<std::string> folded_words(std::string_view s) {
  std::vector<std::string> out;
  for (auto& w : words(s)) out.push_back(std::move(w.folded));
  return out;
}
} // namespace

void Masker::add(std::vector<std::string> ws, const std::string& mark, bool organisation) {
  if (ws.empty()) return;
  auto& bucket = by_first_[ws.front()];
  for (const auto& p : bucket)
    if (p.words == ws) return;  // the first mark wins
  bucket.push_back({std::move(ws), mark, organisation});
  std::stable_sort(bucket.begin(), bucket.end(), [](const Pattern& a, const Pattern& b) { return a.words.size() > b.words.size(); });
  ++patterns_;
}

void Masker::person(std::string_view name, const std::string& mark) {
  std::vector<std::string> ws = folded_words(name);
  if (ws.empty()) return;
  if (ws.size() >= 2) {
    std::vector<std::string> reversed{ws.back()};
    reversed.insert(reversed.end(), ws.begin(), ws.end() - 1);
    add(reversed, mark, false);
    if (ws.back().size() >= 3) add({ws.back()}, mark, false);
  } else if (ws.front().size() < 3) {
    return;  // a one- or two-letter name alone would mask every such word
  }
  add(std::move(ws), mark, false);
}

void Masker::value(std::string_view v, const std::string& mark) {
  std::vector<std::string> ws = folded_words(v);
  if (ws.size() == 1 && ws.front().size() < 3) return;
  add(std::move(ws), mark, false);
}

void Masker::organisation(std::string_view name, const std::string& mark) {
  std::vector<std::string> ws = folded_words(name);
  if (ws.size() == 1 && ws.front().size() < 3) return;
  add(std::move(ws), mark, true);
}

void Masker::apply(std::string& s, bool organisations) const {
  if (patterns_ == 0 || s.empty()) return;
  std::vector<Word> ws = words(s);
  std::string out;
  std::size_t copied = 0;
  for (std::size_t i = 0; i < ws.size();) {
    auto it = by_first_.find(ws[i].folded);
    const Pattern* hit = nullptr;
    if (it != by_first_.end())
      for (const auto& p : it->second) {
        if (p.organisation && !organisations) continue;
        if (i + p.words.size() > ws.size()) continue;
        bool same = true;
        for (std::size_t k = 1; k < p.words.size() && same; ++k) same = ws[i + k].folded == p.words[k];
        if (same) {
          hit = &p;
          break;  // longest first
        }
      }
    if (hit == nullptr) {
      ++i;
      continue;
    }
    out.append(s, copied, ws[i].begin - copied);
    out += hit->mark;
    copied = ws[i + hit->words.size() - 1].end;
    i += hit->words.size();
  }
  if (copied == 0 && out.empty()) return;
  out.append(s, copied, std::string::npos);
  s = std::move(out);
}

} // namespace sieg::text
