// A call in the compact form of resources/archive.hpp, for the embedded calls' build-time snapshot.
#include "calls/call.hpp"
#include "resources/archive.hpp"
#include "tree/archive.hpp"

namespace sieg::calls {

#if defined(__x86_64__) && defined(__GLIBCXX__)
static_assert(sizeof(Call) == 376 && sizeof(Rule) == 376 && sizeof(Param) == 80 && sizeof(Condition) == 144 &&
                  sizeof(Criterion) == 192 && sizeof(Payment) == 72 && sizeof(Text) == 64 && sizeof(values::Date) == 12,
              "a field of a call's structs changed: list it in fields() below, then update these sizes");
#endif

template <typename A>
void fields(A& a, Condition& c) {
  a(c.path);
  a(c.op);
  a(c.value);
}

template <typename A>
void fields(A& a, Param& p) {
  a(p.text);
  a(p.number);
  a(p.list);
  a(p.date);
}

template <typename A>
void fields(A& a, Rule& r) {
  a(r.code);
  a(r.kind);
  a(r.severity);
  a(r.statement);
  a(r.meaning);
  a(r.fix);
  a(r.source);
  a(r.params);
  a(r.when);
  a(r.line);
  a(r.col);
}

template <typename A>
void fields(A& a, Criterion& c) {
  a(c.id);
  a(c.group);
  a(c.label);
  a(c.source);
}

template <typename A>
void fields(A& a, Payment& p) {
  a(p.percent);
  a(p.when);
}

template <typename A>
void fields(A& a, Choice& c) {
  a(c.value);
  a(c.title);
}

template <typename A>
void fields(A& a, Question& q) {
  a(q.path);
  a(q.type);
  a(q.title);
  a(q.help);
  a(q.required);
  a(q.personal);
  a(q.choices);
  a(q.items);
  a(q.line);
  a(q.col);
}

template <typename A>
void fields(A& a, Call& c) {
  a(c.id);
  a(c.file);
  a(c.title);
  a(c.region);
  a(c.departements);
  a(c.opens);
  a(c.deadline);
  a(c.grid);
  a(c.source);
  a(c.payments);
  a(c.criteria);
  a(c.rules);
  a(c.questions);
}

std::string to_snapshot(const Call& call) { return resources::to_bytes(call); }

Call from_snapshot(std::string_view bytes) { return resources::from_bytes<Call>(bytes); }

} // namespace sieg::calls
