#pragma once

#include <string>
#include <string_view>

namespace medvirk {

// SHA-256 of the bytes, as 64 lowercase hex digits (FIPS 180-4). Used for input and rule-pack
// hashes in reports, so an archived audit can be tied to exactly what it read.
// Uses the CPU's SHA instructions where it has them (x86-64 SHA-NI), else portable code.
std::string sha256_hex(std::string_view data);

namespace detail {
bool sha256_accelerated();  // sha256_hex uses the SHA instructions here
std::string sha256_hex_portable(std::string_view data);  // never uses them (tests compare the two)
}  // namespace detail

// A short, stable fingerprint (FNV-1a 64, 16 hex digits) for baselines.
std::string fingerprint_hex(std::string_view data);

}  // namespace medvirk
