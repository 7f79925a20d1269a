#include "core/sha256.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace medvirk;

TEST_CASE("core/sha256: known answers (FIPS 180-4 examples)") {
    CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(sha256_hex(std::string(1000000, 'a')) ==
          "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("core/sha256: fingerprints are stable and distinguish inputs") {
    CHECK(fingerprint_hex("a") == "af63dc4c8601ec8c");
    CHECK(fingerprint_hex("a") != fingerprint_hex("b"));
    CHECK(fingerprint_hex("").size() == 16);
}

TEST_CASE("core/sha256: the SHA-instruction path and the portable path agree") {
    // Every length around the block and padding boundaries, with bytes of every value.
    std::string data;
    for (size_t n = 0; n < 300; ++n) {
        CAPTURE(n);
        CHECK(sha256_hex(data) == detail::sha256_hex_portable(data));
        data += static_cast<char>((n * 131 + 7) & 0xFF);
    }
    CHECK(detail::sha256_hex_portable("abc") ==
          "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    std::string used = detail::sha256_accelerated() ? "yes" : "no";
    MESSAGE("SHA instructions used here: " << used);
}
