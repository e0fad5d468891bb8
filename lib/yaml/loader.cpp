#include "yaml/loader.hpp"

#include <cctype>
#include <algorithm>
#include <cstdint>
#include <sys/mman.h>
#include <unistd.h>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <istream>
#include <streambuf>
#include <functional>

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include "yaml/bytes.hpp"
#include "yaml/messages.hpp"
#include "yaml/traps.hpp"

namespace sieg::yaml {
namespace {

using i18n::Lang;
using tree::Kind;
using tree::Node;
using tree::Pos;

// An input stream over bytes already in memory, without copying them.
class ViewBuffer : public std::streambuf {
 public:
  explicit ViewBuffer(std::string_view v) {
    char* p = const_cast<char*>(v.data());  // read only: the get area is never written to
    setg(p, p, p + v.size());
  }
};

// Thrown from the event handler to stop yaml-cpp at the first construct sieg refuses.
struct Refusal {
  diag::Diagnostic diag;
};

class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(std::string_view text, const std::vector<std::size_t>& starts, const std::string& file, Lang lang,
              const Limits& limits, std::vector<diag::Diagnostic>& diags)
      : text_(text), starts_(starts), file_(file), lang_(lang), limits_(limits), diags_(diags) {}

  std::optional<Node> root;
  bool saw_document = false;

  void OnDocumentStart(const YAML::Mark&) override { saw_document = true; }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override {
    Node n;
    n.kind = Kind::Null;
    n.pos = pos(mark);
    add(std::move(n), mark, "");
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    refuse(mark, "SIEG-L015", msg::kAlias, msg::kAliasHint);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t, const std::string& value) override {
    // Compared as views: std::string's operator== with a C string is an out-of-line call per scalar.
    const std::string_view t = tag, text = value;
    if (t != "?" && t != "!") refuse(mark, "SIEG-L016", msg::kTag, msg::kTagHint, tag);
    Node n;
    n.pos = pos(mark);
    n.text = value;
    if (t == "!") {
      check_closed_quote(mark);
      n.kind = Kind::String;
      n.quoted = true;
    } else if (text == "true" || text == "false") {
      n.kind = Kind::Bool;
      n.boolean = text == "true";
    } else if (bool integer = false; tree::is_json_number(value, integer)) {
      errno = 0;
      double v = std::strtod(value.c_str(), nullptr);
      if (errno == ERANGE || !std::isfinite(v)) refuse(mark, "SIEG-L020", msg::kNumberRange, msg::kNumberRangeHint, value);
      n.kind = Kind::Number;
      n.number = v;
      n.integer_literal = integer;
    } else {
      n.kind = Kind::String;
      if (curly_quoted(value)) {
        // The text between the quotes (each a 3-byte character): a number is written bare, a code quoted.
        std::string inner = value.substr(3, value.size() - 6);
        bool digits = !inner.empty() && inner.find_first_not_of("0123456789") == std::string::npos;
        warn(n.pos, "SIEG-L023", msg::kCurlyQuotes, digits ? msg::kCurlyNumberHint : msg::kCurlyQuotesHint, tree::cut(value),
             tree::cut(inner));
      }
    }
    add(std::move(n), mark, value);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    open(mark, tag, Kind::Array);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                  YAML::EmitterStyle::value style) override {
    open(mark, tag, Kind::Object);
    stack_.back().flow = style == YAML::EmitterStyle::Flow;
  }
  void OnMapEnd() override { close(); }

  // The events come in the order of the text: along one line, characters are counted on from the last
  // position asked for, not from the line's start again (a flow list of 300 000 items on one line of 2 MB
  // took 128 s counting from the start each time).
  Pos pos(const YAML::Mark& m) const {
    if (m.line < 0 || static_cast<std::size_t>(m.line) >= starts_.size()) return {};
    const std::size_t start = starts_[static_cast<std::size_t>(m.line)];
    const std::size_t at = std::min(text_.size(), start + static_cast<std::size_t>(m.column));
    int chars = 0;
    if (m.line == seen_line_ && at >= seen_at_) chars = seen_chars_ + count_chars(text_, seen_at_, at);
    else chars = count_chars(text_, start, at);
    seen_line_ = m.line;
    seen_at_ = at;
    seen_chars_ = chars;
    return {m.line + 1, chars + 1};
  }

 private:
  // yaml-cpp 0.7 accepts a quoted scalar left open at the end of the file; sieg does not.
  void check_closed_quote(const YAML::Mark& mark) {
    if (mark.line < 0 || static_cast<std::size_t>(mark.line) >= starts_.size()) return;
    std::size_t i = starts_[static_cast<std::size_t>(mark.line)] + static_cast<std::size_t>(mark.column);
    if (i >= text_.size() || (text_[i] != '"' && text_[i] != '\'')) return;  // a block scalar
    char q = text_[i];
    for (++i; i < text_.size(); ++i) {
      if (q == '"' && text_[i] == '\\') {
        ++i;
      } else if (text_[i] == q) {
        if (q == '\'' && i + 1 < text_.size() && text_[i + 1] == '\'') ++i;  // '' inside '...'
        else return;
      }
    }
    refuse(mark, "SIEG-L010", msg::kUnclosedQuote, msg::kUnclosedQuoteHint, q);
  }

  // The keys of a large mapping, as indexes into its members (no copy of the key): duplicate
  // detection stays linear for a hostile file of 200 000 keys. Small mappings (most) scan their
  // members instead, which is faster below kIndexFrom keys.
  static constexpr std::size_t kIndexFrom = 16;
  // Open addressing over (member index + 1, hash) pairs: one allocation, no node per key.
  class KeyIndex {
   public:
    // The member already holding the key of members[i], else nothing (and i is recorded).
    const tree::Member* insert(const std::vector<tree::Member>& members, std::size_t i) {
      if (2 * (used_ + 1) > slots_.size()) grow();
      const auto h = static_cast<std::uint32_t>(std::hash<std::string>()(members[i].key));
      for (std::size_t s = h & (slots_.size() - 1);; s = (s + 1) & (slots_.size() - 1)) {
        Slot& slot = slots_[s];
        if (slot.member == 0) {
          slot = {static_cast<std::uint32_t>(i + 1), h};
          ++used_;
          return nullptr;
        }
        if (slot.hash == h && members[slot.member - 1].key == members[i].key) return &members[slot.member - 1];
      }
    }

    // Room for `keys` keys without growing again (the mapping's storage was just sized for them).
    void reserve(std::size_t keys) {
      std::size_t n = slots_.empty() ? 64 : slots_.size();
      while (n < 2 * keys) n *= 2;
      if (n > slots_.size()) grow(n);
    }

   private:
    struct Slot {
      std::uint32_t member = 0;  // index + 1; 0 = empty
      std::uint32_t hash = 0;    // low half of the key's hash: 8 bytes a slot
    };
    void grow(std::size_t size = 0) {
      std::vector<Slot> old = std::move(slots_);
      const std::size_t n = size != 0 ? size : old.empty() ? 64 : 2 * old.size();
      slots_.reserve(n);
      prefault(slots_.data(), slots_.data() + n);
      slots_.assign(n, Slot{});
      for (const Slot& o : old) {
        if (o.member == 0) continue;
        std::size_t s = o.hash & (slots_.size() - 1);
        while (slots_[s].member != 0) s = (s + 1) & (slots_.size() - 1);
        slots_[s] = o;
      }
    }
    std::vector<Slot> slots_;
    std::size_t used_ = 0;
  };

  struct Frame {
    Node node;
    bool want_key = true;
    std::string key;
    Pos key_pos;
    std::unique_ptr<KeyIndex> index;  // built at kIndexFrom members
    bool flow = false;        // { } on one line
    bool key_quoted = false;
    int first_duplicate = 0;  // line of the first key seen twice
  };

  template <typename... Args>
  void warn(Pos p, const char* code, const i18n::Text& what, const i18n::Text& hint, Args&&... args) {
    diag::Diagnostic d;
    d.code = code;
    d.severity = diag::Severity::Warning;
    d.file = file_;
    d.line = p.line;
    d.col = p.col;
    d.message = fmt::format(fmt::runtime(i18n::pick(what, lang_)), args...);
    d.hint = fmt::format(fmt::runtime(i18n::pick(hint, lang_)), args...);
    diags_.push_back(std::move(d));
  }

  template <typename... Args>
  [[noreturn]] void refuse(const YAML::Mark& mark, const char* code, const i18n::Text& what, const i18n::Text& hint,
                           Args&&... args) {
    Pos p = pos(mark);
    diag::Diagnostic d;
    d.code = code;
    d.file = file_;
    d.line = p.line;
    d.col = p.col;
    d.message = fmt::format(fmt::runtime(i18n::pick(what, lang_)), std::forward<Args>(args)...);
    d.hint = fmt::format(fmt::runtime(i18n::pick(hint, lang_)), limits_.max_depth);
    throw Refusal{std::move(d)};
  }

  // A list or mapping of kGuessFrom entries or more whose storage is full: rather than doubling it again
  // (each doubling moves every entry to fresh pages: 200 000 keys of 144 bytes touched 75 MB for 29), room
  // for the entries the rest of the text would hold at the rate seen so far, plus an eighth: at least half
  // as many again, at most 8 times as many, never more than the bytes left could hold (two each). Pages
  // reserved and not filled are never touched. True when it grew so.
  static constexpr std::size_t kGuessFrom = 4096;
  template <typename Vector>
  bool grow_by_rate(Vector& v, Pos start, Pos here) const {
    if (v.size() < kGuessFrom || v.size() != v.capacity()) return false;
    const std::size_t from = offset(start), at = offset(here);
    if (at <= from) return false;
    const std::size_t left = text_.size() - at;
    const std::size_t per_entry = std::max<std::size_t>(1, (at - from) / v.size());
    std::size_t guess = v.size() + left / per_entry + left / per_entry / 8;
    guess = std::min({guess, v.size() + left / 2 + 1, 8 * v.size()});
    v.reserve(std::max(guess, v.size() + v.size() / 2));
    prefault(v.data() + v.size(), v.data() + v.capacity());
    return true;
  }
  // The pages of [begin, end), which the entries to come will fill, made present in one call rather than
  // one fault each (thousands for a large list: a tenth of a second on a virtual machine). Best effort:
  // nothing happens where the kernel does not know MADV_POPULATE_WRITE (before Linux 5.14).
  template <typename T>
  static void prefault(T* begin, T* end) {
#ifdef MADV_POPULATE_WRITE
    const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
    const auto from = (reinterpret_cast<std::uintptr_t>(begin) + page - 1) & ~(page - 1);
    const auto to = reinterpret_cast<std::uintptr_t>(end) & ~(page - 1);
    if (to > from) ::madvise(reinterpret_cast<void*>(from), to - from, MADV_POPULATE_WRITE);
#else
    (void)begin;
    (void)end;
#endif
  }
  // The rest of a text cut by commas inside braces, as written after the piece `key` on line `p`: ",
  // verts" of « SICTOM du Marsan, déchets, verts, montant: 4000} », up to the closing brace or the next
  // « , key: ». Empty when the line does not show it.
  std::string flow_text_after(Pos p, const std::string& key) const {
    if (key.empty()) return "";
    std::string_view line = line_at(text_, starts_, p.line);
    std::size_t i = line.find(key);
    if (i == std::string_view::npos) return "";
    i += key.size();
    std::string rest;
    while (i < line.size()) {
      while (i < line.size() && line[i] == ' ') ++i;
      if (i >= line.size() || line[i] != ',') break;
      std::size_t j = i + 1;
      while (j < line.size() && line[j] == ' ') ++j;
      std::size_t end = line.find_first_of(",}:", j);
      if (end == std::string_view::npos || line[end] == ':') break;  // « , montant: » starts the next key
      std::string_view piece = line.substr(j, end - j);
      while (!piece.empty() && piece.back() == ' ') piece.remove_suffix(1);
      if (piece.empty()) break;
      rest += ", " + std::string(piece);
      i = end;
    }
    return rest;
  }

  // « - » with nothing after it: yaml-cpp marks the empty item where the next token starts (the next item,
  // the next key, the end of the file: lines below). The item is its dash: the nearest line above `at`,
  // down to `from_line`, that holds a dash alone (or with a comment), blank and comment lines between.
  Pos empty_item_pos(Pos at, int from_line) const {
    for (int l = at.line - 1; l >= std::max(from_line, 1); --l) {  // a null on its dash's line (« - ~ ») stays
      std::string_view line = line_at(text_, starts_, l);
      std::size_t i = line.find_first_not_of(" \t\r");
      if (i == std::string_view::npos || line[i] == '#') continue;  // blank, a comment, or indentation only
      std::size_t after = i + 1 < line.size() ? line.find_first_not_of(" \t\r", i + 1) : std::string_view::npos;
      if (line[i] == '-' && (after == std::string_view::npos || line[after] == '#'))
        return Pos{l, static_cast<int>(i) + 1};
      return at;  // another construct first: keep yaml-cpp's mark
    }
    return at;
  }

  // The byte offset of a position (its column counted as bytes: close enough for a rate), 0 if unknown.
  std::size_t offset(Pos p) const {
    if (p.line < 1 || static_cast<std::size_t>(p.line) > starts_.size()) return 0;
    return std::min(text_.size(), starts_[static_cast<std::size_t>(p.line) - 1] + static_cast<std::size_t>(std::max(p.col, 1) - 1));
  }

  void open(const YAML::Mark& mark, const std::string& tag, Kind kind) {
    if (tag != "?" && !tag.empty()) refuse(mark, "SIEG-L016", msg::kTag, msg::kTagHint, tag);
    if (!stack_.empty() && stack_.back().node.kind == Kind::Object && stack_.back().want_key)
      refuse(mark, "SIEG-L017", msg::kComplexKey, msg::kComplexKeyHint);
    if (static_cast<int>(stack_.size()) >= limits_.max_depth)
      refuse(mark, "SIEG-L018", msg::kTooDeep, msg::kTooDeepHint, limits_.max_depth);
    Frame f;
    f.node.kind = kind;
    f.node.pos = pos(mark);
    stack_.push_back(std::move(f));
  }

  void close() {
    Node n = std::move(stack_.back().node);
    stack_.pop_back();
    add(std::move(n), YAML::Mark::null_mark(), "");
  }

  void add(Node n, const YAML::Mark& mark, const std::string& raw) {
    if (stack_.empty()) {
      root = std::move(n);
      return;
    }
    Frame& top = stack_.back();
    if (top.node.kind == Kind::Array) {
      if (n.kind == Kind::Null)
        n.pos = empty_item_pos(n.pos, top.node.items.empty() ? top.node.pos.line : top.node.items.back().pos.line);
      grow_by_rate(top.node.items, top.node.pos, n.pos);
      top.node.items.push_back(std::move(n));
      return;
    }
    if (top.want_key) {
      if (n.kind == Kind::Null) refuse(mark, "SIEG-L017", msg::kNullKey, msg::kNullKeyHint);
      top.key = raw;
      top.key_pos = n.pos;
      top.key_quoted = n.quoted;
      top.want_key = false;
      return;
    }
    top.want_key = true;
    // {niveau: 2, justification: Habitants, CCAS et chercheurs.}: the comma ended the text, and the rest
    // became a key without a value.
    // Whatever follows the comma (one word, several, more commas): a key without a value right after an
    // unquoted text is the text cut, never a key someone left empty inside braces.
    if (top.flow && n.kind == Kind::Null && !top.key_quoted && !top.node.members.empty() &&
        top.node.members.back().value.kind == Kind::String && !top.node.members.back().value.quoted) {
      const tree::Member& prev = top.node.members.back();
      diag::Diagnostic d;
      d.code = "SIEG-L021";
      d.file = file_;
      d.line = top.key_pos.line;
      d.col = top.key_pos.col;
      d.message = fmt::format(fmt::runtime(i18n::pick(msg::kFlowComma, lang_)), tree::cut(prev.key), tree::cut(top.key));
      // The text as written: a comma between digits is a decimal comma (« (0,5 ETP) »), kept without a space.
      const std::string& before = prev.value.text;
      bool decimal = !before.empty() && std::isdigit(static_cast<unsigned char>(before.back())) &&
                     std::isdigit(static_cast<unsigned char>(top.key[0]));
      std::string whole = before + (decimal ? "," : ", ") + top.key;
      whole += flow_text_after(top.key_pos, top.key);
      d.hint = fmt::format(fmt::runtime(i18n::pick(msg::kFlowCommaHint, lang_)), prev.key, tree::cut(whole));
      throw Refusal{std::move(d)};
    }
    if (n.kind == Kind::Null && n.pos.line != top.key_pos.line) n.pos = top.key_pos;  // empty value: point at its key
    const tree::Member* first = nullptr;
    auto& members = top.node.members;
    if (grow_by_rate(members, top.node.pos, top.key_pos) && top.index != nullptr) top.index->reserve(members.capacity());
    members.push_back(tree::Member{std::move(top.key), top.key_pos, std::move(n)});
    if (top.index == nullptr && members.size() <= kIndexFrom) {
      for (std::size_t i = 0; i + 1 < members.size(); ++i)
        if (members[i].key == members.back().key) {
          first = &members[i];
          break;
        }
      if (first == nullptr && members.size() == kIndexFrom) {
        top.index = std::make_unique<KeyIndex>();
        for (std::size_t i = 0; i < members.size(); ++i) top.index->insert(members, i);
      }
    } else if (top.index != nullptr) {
      first = top.index->insert(members, members.size() - 1);
    }
    if (first != nullptr) {
      top.key = std::move(members.back().key);
      Pos first_pos = first->key_pos;
      members.pop_back();
      diag::Diagnostic d;
      d.code = "SIEG-L014";
      d.file = file_;
      d.line = top.key_pos.line;
      d.col = top.key_pos.col;
      d.message = fmt::format(fmt::runtime(i18n::pick(msg::kDuplicateKey, lang_)), tree::cut(top.key), first_pos.line,
                              first_pos.col);
      // In an item of a list, the same key again most likely starts the next item: a dash is missing.
      bool in_item = stack_.size() >= 2 && stack_[stack_.size() - 2].node.kind == Kind::Array && !top.flow;
      if (top.first_duplicate == 0) top.first_duplicate = top.key_pos.line;
      d.hint = in_item ? fmt::format(fmt::runtime(i18n::pick(msg::kDuplicateInItemHint, lang_)), top.first_duplicate)
                       : std::string(i18n::pick(msg::kDuplicateKeyHint, lang_));
      diags_.push_back(std::move(d));
    }
  }

  std::string_view text_;
  const std::vector<std::size_t>& starts_;
  mutable int seen_line_ = -1;  // pos()'s last position: its line, byte offset and characters before it
  mutable std::size_t seen_at_ = 0;
  mutable int seen_chars_ = 0;
  const std::string& file_;
  Lang lang_;
  const Limits& limits_;
  std::vector<diag::Diagnostic>& diags_;
  std::vector<Frame> stack_;
};

// Stops at the first event of a second document.
struct SecondDocument : YAML::EventHandler {
  struct Seen {
    YAML::Mark mark;
  };
  void OnDocumentStart(const YAML::Mark& m) override { throw Seen{m}; }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& m, YAML::anchor_t) override { throw Seen{m}; }
  void OnAlias(const YAML::Mark& m, YAML::anchor_t) override { throw Seen{m}; }
  void OnScalar(const YAML::Mark& m, const std::string&, YAML::anchor_t, const std::string&) override { throw Seen{m}; }
  void OnSequenceStart(const YAML::Mark& m, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    throw Seen{m};
  }
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark& m, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    throw Seen{m};
  }
  void OnMapEnd() override {}
};

diag::Diagnostic make(const std::string& file, const char* code, Pos p, std::string message, std::string hint = {}) {
  diag::Diagnostic d;
  d.code = code;
  d.file = file;
  d.line = p.line;
  d.col = p.col;
  d.message = std::move(message);
  d.hint = std::move(hint);
  return d;
}

// The first line at or before `last_line` (1-based) whose indentation holds a tab.
std::optional<Pos> tab_in_indentation(std::string_view text, const std::vector<std::size_t>& starts, int last_line) {
  for (std::size_t l = 0; l < starts.size() && static_cast<int>(l) < last_line; ++l) {
    std::size_t i = starts[l];
    std::optional<std::size_t> tab;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) {
      if (text[i] == '\t' && !tab) tab = i;
      ++i;
    }
    bool content = i < text.size() && text[i] != '\n' && text[i] != '\r' && text[i] != '#';
    if (tab && content) return Pos{static_cast<int>(l) + 1, count_chars(text, starts[l], *tab) + 1};
  }
  return std::nullopt;
}

// First significant character (not blank, not in a comment), for the stray-comma hint.
std::optional<std::size_t> first_significant(std::string_view text) {
  bool comment = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (comment) {
      if (c == '\n') comment = false;
      continue;
    }
    if (c == '#') comment = true;
    else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return i;
  }
  return std::nullopt;
}

// Where brackets [ and { opened and not yet closed first number more than `limit`, counted over the
// raw text (quotes and comments included: an overcount only ever needs a limit no dossier comes near).
// yaml-cpp scans a flow collection to its end before its first event: 10^6 nested [[[ cost it a second
// and 280 MB before sieg's depth limit could answer.
std::optional<std::size_t> brackets_beyond(std::string_view text, int limit) {
  int depth = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '[' || c == '{') {
      if (++depth > limit) return i;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return std::nullopt;
}

} // namespace

LoadResult load(std::string_view bytes, const std::string& file, Lang lang, const Limits& limits) {
  LoadResult out;
  auto add = [&](const char* code, Pos p, const i18n::Text& what, const i18n::Text& hint, auto&&... args) {
    out.diags.push_back(make(file, code, p, fmt::format(fmt::runtime(i18n::pick(what, lang)), args...),
                             i18n::pick(hint, lang)));
    return out;
  };

  if (auto issue = check_bytes(bytes)) {
    auto starts = line_starts(bytes);
    LineCol lc = locate(bytes, starts, issue->offset);
    Pos p{lc.line, lc.col};
    switch (issue->problem) {
      case ByteProblem::Utf16or32: return add("SIEG-L005", Pos{1, 1}, msg::kUtf16, msg::kUtf16Hint);
      case ByteProblem::InvalidUtf8:
        return add("SIEG-L003", p, msg::kInvalidUtf8, msg::kInvalidUtf8Hint, fmt::format("0x{:02X}", issue->value));
      case ByteProblem::ControlChar:
        return add("SIEG-L004", p, msg::kControl, msg::kControlHint, fmt::format("U+{:04X}", issue->value));
    }
  }
  std::string_view text = bytes;
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  auto significant = first_significant(text);
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
    return add("SIEG-L001", Pos{}, msg::kEmpty, msg::kEmptyHint);
  if (!significant) return add("SIEG-L002", Pos{}, msg::kCommentsOnly, msg::kEmptyHint);

  const auto starts = line_starts(text);
  if (auto at = brackets_beyond(text, 16 * limits.max_depth)) {  // far beyond any dossier: refused before parsing
    LineCol lc = locate(text, starts, *at);
    out.diags.push_back(make(file, "SIEG-L018", Pos{lc.line, lc.col},
                             fmt::format(fmt::runtime(i18n::pick(msg::kTooDeep, lang)), limits.max_depth),
                             fmt::format(fmt::runtime(i18n::pick(msg::kTooDeepHint, lang)), limits.max_depth)));
    return out;
  }
  ViewBuffer buffer(text);
  std::istream stream(&buffer);
  YAML::Parser parser(stream);
  TreeBuilder builder(text, starts, file, lang, limits, out.diags);
  try {
    parser.HandleNextDocument(builder);
  } catch (const Refusal& r) {
    out.diags.push_back(r.diag);
    return out;
  } catch (const YAML::Exception& e) {
    Pos p = builder.pos(e.mark);
    if (auto tab = tab_in_indentation(text, starts, p.line > 0 ? p.line : static_cast<int>(starts.size())))
      return add("SIEG-L011", *tab, msg::kTab, msg::kTabHint);
    if (auto trap = syntax_trap(text, starts, p, e.msg, lang)) {
      out.diags.push_back(make(file, "SIEG-L010", trap->pos, syntax_message(e.msg, lang) + " — " + trap->message, trap->hint));
      return out;
    }
    out.diags.push_back(make(file, "SIEG-L010", p, syntax_message(e.msg, lang), i18n::pick(msg::kSyntaxHint, lang)));
    return out;
  } catch (const std::exception& e) {
    return add("SIEG-L010", Pos{}, msg::kParserFailure, msg::kSyntaxHint, e.what());
  }
  for (const auto& d : out.diags)
    if (d.severity == diag::Severity::Error) return out;  // duplicate keys
  if (!builder.saw_document || !builder.root) return add("SIEG-L002", Pos{}, msg::kCommentsOnly, msg::kEmptyHint);

  const Node& root = *builder.root;
  if (root.kind == Kind::Null) {
    LineCol lc = locate(text, starts, *significant);
    if (text[*significant] == ',')
      return add("SIEG-L013", Pos{lc.line, lc.col}, msg::kNullDocument, msg::kStrayComma);
    return add("SIEG-L013", Pos{lc.line, lc.col}, msg::kNullDocument, msg::kTopLevelHint);
  }
  if (root.kind != Kind::Object)
    return add("SIEG-L019", root.pos, msg::kTopLevel, msg::kTopLevelHint,
               root.kind == Kind::Array ? i18n::pick(msg::kAList, lang) : i18n::pick(msg::kAScalar, lang));

  // Exactly one document: a second one would be silently ignored by a plain yaml-cpp Load.
  try {
    SecondDocument probe;
    parser.HandleNextDocument(probe);
  } catch (const SecondDocument::Seen& s) {
    return add("SIEG-L012", builder.pos(s.mark), msg::kSecondDocument, msg::kSecondDocumentHint);
  } catch (const YAML::Exception& e) {
    out.diags.push_back(make(file, "SIEG-L010", builder.pos(e.mark), syntax_message(e.msg, lang),
                             i18n::pick(msg::kSyntaxHint, lang)));
    return out;
  }
  out.root = std::move(builder.root);
  auto cuts = comment_cuts(text, starts, file, lang);
  out.diags.insert(out.diags.end(), cuts.begin(), cuts.end());
  return out;
}

} // namespace sieg::yaml
