// The formats sieg checks: "date" (RFC 3339 full-date, a real calendar day) and "email".
#pragma once
#include <string_view>

namespace sieg::schema {

bool is_date(std::string_view s);
bool is_email(std::string_view s);

} // namespace sieg::schema
