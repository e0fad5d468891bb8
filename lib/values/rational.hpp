// Exact arithmetic for scores: levels, weights (hundredths), means and medians are rationals;
// rounding happens once, when a figure is shown (to_fixed).
#pragma once
#include <numeric>
#include <string>

namespace sieg::values {

struct Rational {
  long long num = 0;
  long long den = 1;

  Rational() = default;
  Rational(long long n, long long d = 1) : num(n), den(d) { normalise(); }

  void normalise() {
    if (den < 0) {
      num = -num;
      den = -den;
    }
    long long g = std::gcd(num < 0 ? -num : num, den);
    if (g > 1) {
      num /= g;
      den /= g;
    }
  }
  friend Rational operator+(Rational a, Rational b) { return Rational(a.num * b.den + b.num * a.den, a.den * b.den); }
  friend Rational operator-(Rational a, Rational b) { return Rational(a.num * b.den - b.num * a.den, a.den * b.den); }
  friend Rational operator*(Rational a, Rational b) { return Rational(a.num * b.num, a.den * b.den); }
  friend Rational operator/(Rational a, Rational b) { return Rational(a.num * b.den, a.den * b.num); }
  friend bool operator<(Rational a, Rational b) { return a.num * b.den < b.num * a.den; }
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
