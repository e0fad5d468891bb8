#include "schema/pattern.hpp"

#include <algorithm>
#include <bitset>
#include <vector>

namespace sieg::schema {

// The compact form: alternatives of sequences of atoms, each atom with a greedy {min,max} repeat.
struct Pattern::Program {
  struct Atom;
  using Sequence = std::vector<Atom>;
  struct Atom {
    enum class Kind { Set, Start, End, Group } kind = Kind::Set;
    std::bitset<256> set;                 // Set: the bytes it accepts
    std::vector<Sequence> alternatives;   // Group
    int min = 1, max = 1;                 // max < 0: unbounded
  };
  std::vector<Sequence> alternatives;
};

namespace {
using Program = Pattern::Program;
using Atom = Program::Atom;
using Sequence = Program::Sequence;

constexpr int kMaxCount = 1000;  // {n} above this is left to std::regex

// Recursive-descent parser of the subset; `ok` turns false at the first construct outside it.
class Parser {
 public:
  explicit Parser(const std::string& s) : s_(s) {}
  bool parse(std::vector<Sequence>& out) {
    out = alternatives();
    return ok_ && i_ == s_.size();
  }

 private:
  const std::string& s_;
  std::size_t i_ = 0;
  bool ok_ = true;
  int depth_ = 0;

  bool more() const { return i_ < s_.size(); }
  char peek() const { return s_[i_]; }

  std::vector<Sequence> alternatives() {
    std::vector<Sequence> alts{sequence()};
    while (ok_ && more() && peek() == '|') {
      ++i_;
      alts.push_back(sequence());
    }
    return alts;
  }

  Sequence sequence() {
    Sequence seq;
    while (ok_ && more() && peek() != '|' && peek() != ')') {
      Atom a = atom();
      if (!ok_) break;
      quantifier(a);
      seq.push_back(std::move(a));
    }
    return seq;
  }

  static bool literal_escape(char c) {  // \c that means the character c itself
    return std::string_view("\\^$.|?*+()[]{}/-").find(c) != std::string_view::npos;
  }

  Atom atom() {
    Atom a;
    char c = s_[i_++];
    switch (c) {
      case '^': a.kind = Atom::Kind::Start; return a;
      case '$': a.kind = Atom::Kind::End; return a;
      case '(': {
        if (more() && peek() == '?') {
          if (i_ + 1 < s_.size() && s_[i_ + 1] == ':') i_ += 2;
          else return fail();  // lookarounds, named groups
        }
        if (++depth_ > 50) return fail();
        a.kind = Atom::Kind::Group;
        a.alternatives = alternatives();
        --depth_;
        if (!more() || peek() != ')') return fail();
        ++i_;
        return a;
      }
      case '[': return klass();
      case '\\': {
        if (!more()) return fail();
        char e = s_[i_++];
        if (e == 'd') {
          for (int b = '0'; b <= '9'; ++b) a.set.set(b);
          return a;
        }
        if (!literal_escape(e)) return fail();
        a.set.set(static_cast<unsigned char>(e));
        return a;
      }
      case '.': case ')': case '|': case '?': case '*': case '+': case '{': case '}': case ']':
        return fail();  // '.' (line terminators) and stray metacharacters: std::regex decides
      default:
        a.set.set(static_cast<unsigned char>(c));
        return a;
    }
  }

  Atom klass() {
    Atom a;
    bool negate = more() && peek() == '^';
    if (negate) ++i_;
    bool first = true;
    while (more() && (peek() != ']' || first)) {
      first = false;
      unsigned char lo = static_cast<unsigned char>(s_[i_++]);
      if (lo == '\\' || lo == '[' || lo == ']') return fail();
      if (i_ + 1 < s_.size() && peek() == '-' && s_[i_ + 1] != ']') {
        unsigned char hi = static_cast<unsigned char>(s_[i_ + 1]);
        if (hi == '\\' || hi == '[' || hi < lo) return fail();
        i_ += 2;
        for (int b = lo; b <= hi; ++b) a.set.set(b);
      } else {
        a.set.set(lo);
      }
    }
    if (!more()) return fail();
    ++i_;  // ']'
    if (negate) a.set.flip();
    return a;
  }

  bool number(int& n) {
    std::size_t start = i_;
    n = 0;
    while (more() && peek() >= '0' && peek() <= '9') {
      n = n * 10 + (peek() - '0');
      if (n > kMaxCount) return false;
      ++i_;
    }
    return i_ > start;
  }

  void quantifier(Atom& a) {
    if (!more()) return;
    char c = peek();
    int min = 1, max = 1;
    if (c == '?') min = 0, max = 1;
    else if (c == '*') min = 0, max = -1;
    else if (c == '+') min = 1, max = -1;
    else if (c == '{') {
      ++i_;
      if (!number(min)) return void(fail());
      max = min;
      if (more() && peek() == ',') {
        ++i_;
        if (more() && peek() == '}') max = -1;
        else if (!number(max) || max < min) return void(fail());
      }
      if (!more() || peek() != '}') return void(fail());
    } else {
      return;
    }
    ++i_;
    if (a.kind == Atom::Kind::Start || a.kind == Atom::Kind::End) return void(fail());
    if (more() && (peek() == '?' || peek() == '*' || peek() == '+' || peek() == '{')) return void(fail());  // lazy or stacked
    a.min = min;
    a.max = max;
  }

  Atom fail() {
    ok_ = false;
    return Atom{};
  }
};

// A continuation: what remains to match once the current atom is done. Either the rest of a sequence
// (`seq` from `index`), or one more turn of a repeated group (`repeat`, turns done, where the turn began).
struct Frame {
  const Sequence* seq = nullptr;
  std::size_t index = 0;
  const Atom* repeat = nullptr;
  int count = 0;
  std::size_t began = 0;
  const Frame* next = nullptr;
};

// Past this many nested steps (a repeated group over a long text) the matcher gives up and the
// caller asks std::regex, so a hostile pattern cannot exhaust a worker thread's stack.
constexpr int kMaxDepth = 4000;

class Matcher {
 public:
  explicit Matcher(std::string_view text) : t_(text) {}
  bool too_deep() const { return too_deep_; }

  bool alternatives(const std::vector<Sequence>& alts, std::size_t pos, const Frame* next) {
    for (const auto& seq : alts) {
      Frame f{&seq, 0, nullptr, 0, 0, next};
      if (run(&f, pos)) return true;
    }
    return false;
  }

 private:
  std::string_view t_;
  int depth_ = 0;
  bool too_deep_ = false;

  struct Deeper {
    int& depth;
    explicit Deeper(int& d) : depth(++d) {}
    ~Deeper() { --depth; }
  };

  bool run(const Frame* f, std::size_t pos) {
    if (f == nullptr) return true;  // search: a match need not reach the end
    if (too_deep_) return false;
    Deeper guard(depth_);
    if (depth_ > kMaxDepth) {
      too_deep_ = true;
      return false;
    }
    if (f->repeat != nullptr) return repeat(*f->repeat, f->count, pos, f->began, f->next);
    if (f->index == f->seq->size()) return run(f->next, pos);
    Frame after{f->seq, f->index + 1, nullptr, 0, 0, f->next};
    return repeat((*f->seq)[f->index], 0, pos, pos, &after);
  }

  // `count` turns of `a` done, the last one starting at `began`; greedy: one more turn first.
  bool repeat(const Atom& a, int count, std::size_t pos, std::size_t began, const Frame* after) {
    bool may_stop = count >= a.min;
    // A turn that matched nothing cannot be followed by another (ECMAScript's empty-check).
    bool may_go = (a.max < 0 || count < a.max) && !(count > 0 && may_stop && began == pos && a.kind == Atom::Kind::Group);
    if (may_go) {
      switch (a.kind) {
        case Atom::Kind::Set: {  // a loop, not a recursion: the longest run first, then shorter ones
          std::size_t limit = a.max < 0 ? t_.size() - pos : std::min<std::size_t>(t_.size() - pos, a.max);
          std::size_t n = 0;
          while (n < limit && a.set.test(static_cast<unsigned char>(t_[pos + n]))) ++n;
          for (std::size_t k = n + 1; k-- > static_cast<std::size_t>(a.min);)
            if (run(after, pos + k)) return true;
          return false;
        }
        case Atom::Kind::Start:
          return pos == 0 && run(after, pos);
        case Atom::Kind::End:
          return pos == t_.size() && run(after, pos);
        case Atom::Kind::Group: {
          Frame again{nullptr, 0, &a, count + 1, pos, after};
          if (alternatives(a.alternatives, pos, &again)) return true;
          break;
        }
      }
    }
    return may_stop && run(after, pos);
  }
};

bool starts_anchored(const std::vector<Sequence>& alts) {
  for (const auto& seq : alts)
    if (seq.empty() || seq.front().kind != Atom::Kind::Start) return false;
  return true;
}
} // namespace

std::optional<Pattern> Pattern::compile(const std::string& source, std::string* error) {
  Pattern p;
  p.source_ = source;
  p.fallback_ = std::make_shared<Fallback>();
  auto program = std::make_shared<Program>();
  if (Parser(source).parse(program->alternatives)) {
    p.program_ = std::move(program);
    return p;
  }
  try {
    p.fallback_->regex = std::make_unique<std::regex>(source, std::regex::ECMAScript);
    std::call_once(p.fallback_->once, [] {});
  } catch (const std::regex_error& e) {
    if (error != nullptr) *error = e.what();
    return std::nullopt;
  }
  return p;
}

bool Pattern::search(std::string_view text) const {
  if (program_ != nullptr) {
    Matcher m(text);
    std::size_t last = starts_anchored(program_->alternatives) ? 0 : text.size();
    for (std::size_t start = 0; start <= last && !m.too_deep(); ++start)
      if (m.alternatives(program_->alternatives, start, nullptr)) return true;
    if (!m.too_deep()) return false;
  }
  std::call_once(fallback_->once, [&] { fallback_->regex = std::make_unique<std::regex>(source_, std::regex::ECMAScript); });
  return std::regex_search(text.begin(), text.end(), *fallback_->regex);
}

} // namespace sieg::schema
