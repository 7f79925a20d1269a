#pragma once

#include <string>
#include <string_view>

namespace medvirk {

// SHA-256 of the bytes, as 64 lowercase hex digits (FIPS 180-4). Used for input and rule-pack
// hashes in reports, so an archived audit can be tied to exactly what it read.
std::string sha256_hex(std::string_view data);

// A short, stable fingerprint (FNV-1a 64, 16 hex digits) for baselines.
std::string fingerprint_hex(std::string_view data);

}  // namespace medvirk
