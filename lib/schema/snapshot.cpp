// A compiled schema in the compact form of resources/archive.hpp: its Schema nodes in storage order,
// each pointer to another node written as that node's index (+1; 0 for none), patterns as their source
// (compiled again when read: the compact matcher costs nothing to build), and the written order of the
// "properties" objects, so that reports need not parse the JSON text either.
#include <unordered_map>

#include "resources/archive.hpp"
#include "schema/schema.hpp"
#include "tree/archive.hpp"

namespace sieg::schema {

#if defined(__x86_64__) && defined(__GLIBCXX__)
static_assert(sizeof(Schema) == 968 && sizeof(Schema::PatternProperty) == 104 && sizeof(Schema::Dependency) == 64,
              "a field of schema::Schema changed: list it in fields() below, then update these sizes");
#endif

namespace {

struct Pointers {
  std::unordered_map<const Schema*, std::uint32_t> index;  // writing
  std::deque<Schema>* storage = nullptr;                    // reading
};

} // namespace

template <typename A>
void fields(A& a, const Schema*& p) {
  auto& ptrs = *static_cast<Pointers*>(a.context);
  std::uint32_t i = 0;
  if constexpr (A::reading) {
    a(i);
    if (i > ptrs.storage->size()) throw std::length_error("snapshot: a schema index out of range");
    p = i == 0 ? nullptr : &(*ptrs.storage)[i - 1];
  } else {
    if (p != nullptr) i = ptrs.index.at(p) + 1;
    a(i);
  }
}

template <typename A>
void fields(A& a, Pattern& p) {
  std::string source = p.source();
  a(source);
  if constexpr (A::reading) {
    std::string why;
    auto compiled = Pattern::compile(source, &why);
    if (!compiled) throw std::invalid_argument("snapshot: pattern " + source + ": " + why);
    p = std::move(*compiled);
  }
}

template <typename A>
void fields(A& a, Schema::PatternProperty& p) {
  a(p.source);
  a(p.re);
  a(p.schema);
}

template <typename A>
void fields(A& a, Schema::Dependency& d) {
  a(d.property);
  a(d.required);
  a(d.schema);
}

template <typename A>
void fields(A& a, Schema& s) {
  a(s.pointer);
  a(s.is_bool);
  a(s.bool_value);
  a(s.title);
  a(s.title_en);
  a(s.hint);
  a(s.hint_en);
  a(s.personal);
  a(s.enum_titles);
  a(s.ref);
  a(s.types);
  a(s.has_enum);
  a(s.enum_values);
  a(s.const_value);
  a(s.properties);
  a(s.required);
  a(s.additional_properties);
  a(s.pattern_properties);
  a(s.property_names);
  a(s.min_properties);
  a(s.max_properties);
  a(s.dependencies);
  a(s.items);
  a(s.items_tuple);
  a(s.items_is_tuple);
  a(s.additional_items);
  a(s.contains);
  a(s.min_items);
  a(s.max_items);
  a(s.unique_items);
  a(s.min_length);
  a(s.max_length);
  a(s.pattern);
  a(s.pattern_source);
  a(s.format);
  a(s.minimum);
  a(s.maximum);
  a(s.exclusive_minimum);
  a(s.exclusive_maximum);
  a(s.multiple_of);
  a(s.all_of);
  a(s.any_of);
  a(s.one_of);
  a(s.not_schema);
  a(s.if_schema);
  a(s.then_schema);
  a(s.else_schema);
}

std::string to_snapshot(const CompiledSchema& schema) {
  Pointers ptrs;
  for (const auto& s : schema.storage_) ptrs.index.emplace(&s, static_cast<std::uint32_t>(ptrs.index.size()));
  resources::Writer w;
  w.context = &ptrs;
  w(static_cast<std::uint64_t>(schema.storage_.size()));
  const Schema* root = schema.root_;
  w(root);
  for (const auto& s : schema.storage_) w(s);
  w(schema.written_order());
  return w.bytes();
}

std::shared_ptr<const CompiledSchema> from_snapshot(std::string_view bytes) {
  auto out = std::make_shared<CompiledSchema>();
  Pointers ptrs;
  ptrs.storage = &out->storage_;
  resources::Reader r(bytes);
  r.context = &ptrs;
  out->storage_.resize(r.size(1));
  r(out->root_);
  for (auto& s : out->storage_) r(s);
  std::map<std::string, std::vector<std::string>> order;
  r(order);
  if (!r.done() || out->root_ == nullptr) throw std::length_error("snapshot: not a compiled schema");
  std::call_once(out->order_once_, [&] { out->order_ = std::move(order); });
  return out;
}

} // namespace sieg::schema
