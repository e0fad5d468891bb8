#include "schema/uri.hpp"

#include <cctype>

namespace sieg::schema::uri {
namespace {

bool has_scheme(const std::string& s) {
  if (s.empty() || !std::isalpha(static_cast<unsigned char>(s[0]))) return false;
  for (char c : s) {
    if (c == ':') return true;
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') return false;
  }
  return false;
}

std::string strip_fragment(const std::string& s) { return s.substr(0, s.find('#')); }

std::string remove_dot_segments(const std::string& path) {
  std::vector<std::string> out;
  std::size_t i = 0;
  bool absolute = !path.empty() && path[0] == '/';
  while (i <= path.size()) {
    std::size_t j = path.find('/', i);
    if (j == std::string::npos) j = path.size();
    std::string seg = path.substr(i, j - i);
    if (seg == "..") {
      if (!out.empty()) out.pop_back();
    } else if (seg != "." && !(seg.empty() && j != path.size())) {
      out.push_back(seg);
    }
    i = j + 1;
  }
  std::string r = absolute ? "/" : "";
  for (std::size_t k = 0; k < out.size(); ++k) r += (k ? "/" : "") + out[k];
  return r;
}

} // namespace

std::string resolve(const std::string& base, const std::string& ref) {
  if (has_scheme(ref) || base.empty()) return ref;
  if (ref.empty()) return strip_fragment(base);
  if (ref[0] == '#') return strip_fragment(base) + ref;
  std::string b = strip_fragment(base);
  std::size_t scheme_end = has_scheme(b) ? b.find(':') + 1 : 0;
  std::string scheme = b.substr(0, scheme_end);
  std::string rest = b.substr(scheme_end);
  if (ref.rfind("//", 0) == 0) return scheme + ref;
  std::string authority;
  if (rest.rfind("//", 0) == 0) {
    std::size_t slash = rest.find('/', 2);
    authority = rest.substr(0, slash == std::string::npos ? rest.size() : slash);
    rest = slash == std::string::npos ? "" : rest.substr(slash);
  }
  std::string frag;
  std::string r = ref;
  if (auto h = r.find('#'); h != std::string::npos) {
    frag = r.substr(h);
    r = r.substr(0, h);
  }
  std::string path;
  if (r[0] == '/') path = r;
  else {
    std::size_t last = rest.rfind('/');
    path = (last == std::string::npos ? (authority.empty() ? "" : "/") : rest.substr(0, last + 1)) + r;
  }
  return scheme + authority + remove_dot_segments(path) + frag;
}

void split(const std::string& u, std::string& doc, std::string& fragment) {
  std::size_t h = u.find('#');
  doc = u.substr(0, h);
  fragment = h == std::string::npos ? "" : u.substr(h + 1);
}

std::string percent_decode(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
      out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

bool pointer_tokens(const std::string& p, std::vector<std::string>& tokens) {
  tokens.clear();
  if (p.empty()) return true;
  if (p[0] != '/') return false;
  std::size_t i = 1;
  for (;;) {
    std::size_t j = p.find('/', i);
    std::string raw = p.substr(i, j == std::string::npos ? std::string::npos : j - i);
    std::string tok;
    for (std::size_t k = 0; k < raw.size(); ++k) {
      if (raw[k] == '~') {
        if (k + 1 >= raw.size() || (raw[k + 1] != '0' && raw[k + 1] != '1')) return false;
        tok += raw[k + 1] == '0' ? '~' : '/';
        ++k;
      } else {
        tok += raw[k];
      }
    }
    tokens.push_back(tok);
    if (j == std::string::npos) return true;
    i = j + 1;
  }
}

std::string escape_token(const std::string& t) {
  std::string out;
  for (char c : t) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

} // namespace sieg::schema::uri
