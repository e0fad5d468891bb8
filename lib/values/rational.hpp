// Exact arithmetic for scores: levels, weights (hundredths), means and medians are rationals;
// rounding happens once, when a figure is shown (to_fixed).
#pragma once
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>

namespace sieg::values {

// 128-bit intermediates (GCC and Clang; __extension__ keeps -Wpedantic quiet).
__extension__ typedef __int128 Int128;

// Thrown when an exact result leaves 64 bits: never a wrapped value. Scores stay far inside by
// construction (levels 0-3, weights 0-1000 in hundredths, at most 100 reviews); a caller that sums
// without such bounds (leniency across dossiers) catches it.
struct RationalOverflow : std::overflow_error {
  RationalOverflow() : std::overflow_error("a score beyond sieg's exact arithmetic (64-bit fractions)") {}
};

struct Rational {
  long long num = 0;
  long long den = 1;

  Rational() = default;
  Rational(long long n, long long d = 1) { *this = make(n, d); }

  // n/d reduced, from 128-bit intermediates; RationalOverflow when it does not fit in 64 bits.
  static Rational make(Int128 n, Int128 d) {
    if (d == 0) throw RationalOverflow();
    if (d < 0) {
      n = -n;
      d = -d;
    }
    Int128 a = n < 0 ? -n : n, b = d;
    while (b != 0) {
      Int128 t = a % b;
      a = b;
      b = t;
    }
    if (a > 1) {
      n /= a;
      d /= a;
    }
    constexpr Int128 kMax = std::numeric_limits<long long>::max();
    if (n > kMax || n < -kMax || d > kMax) throw RationalOverflow();
    Rational r;
    r.num = static_cast<long long>(n);
    r.den = static_cast<long long>(d);
    return r;
  }
  using I = Int128;
  friend Rational operator+(Rational a, Rational b) { return make(I(a.num) * b.den + I(b.num) * a.den, I(a.den) * b.den); }
  friend Rational operator-(Rational a, Rational b) { return make(I(a.num) * b.den - I(b.num) * a.den, I(a.den) * b.den); }
  friend Rational operator*(Rational a, Rational b) { return make(I(a.num) * b.num, I(a.den) * b.den); }
  friend Rational operator/(Rational a, Rational b) { return make(I(a.num) * b.den, I(a.den) * b.num); }
  friend bool operator<(Rational a, Rational b) { return I(a.num) * b.den < I(b.num) * a.den; }
  friend bool operator==(Rational a, Rational b) { return a.num == b.num && a.den == b.den; }
  friend bool operator!=(Rational a, Rational b) { return !(a == b); }
  friend bool operator<=(Rational a, Rational b) { return !(b < a); }
  double to_double() const { return static_cast<double>(num) / static_cast<double>(den); }
};

// Rounded half away from zero to `decimals` places: 7/3 -> "2.33", 5/2 -> "2.50"; French uses a comma.
std::string to_fixed(Rational r, int decimals, bool french = false);

// The nearest whole level, halves rounded down (2.5 -> 2): the descriptor a score "reaches".
int nearest_level(Rational r);

} // namespace sieg::values
