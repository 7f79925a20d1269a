#include "yaml/serialize.hpp"

#include <cstdint>

namespace medvirk::yaml {

namespace {

// Unsigned LEB128 integers, then the fields in declaration order.
void put(std::string& out, uint64_t v) {
    do {
        uint8_t b = v & 0x7f;
        v >>= 7;
        out += static_cast<char>(v ? b | 0x80 : b);
    } while (v);
}

void put(std::string& out, std::string_view s) {
    put(out, s.size());
    out.append(s);
}

void put(std::string& out, const Node& n) {
    put(out, static_cast<uint64_t>(n.kind) | (n.plain ? 4u : 0u));
    put(out, static_cast<uint64_t>(n.line));
    put(out, static_cast<uint64_t>(n.col));
    switch (n.kind) {
        case Node::Kind::null: break;
        case Node::Kind::scalar: put(out, std::string_view(n.value)); break;
        case Node::Kind::seq:
            put(out, n.items.size());
            for (const auto& i : n.items) put(out, i);
            break;
        case Node::Kind::map:
            put(out, n.entries.size());
            for (const auto& e : n.entries) {
                put(out, std::string_view(e.key));
                put(out, static_cast<uint64_t>(e.line));
                put(out, static_cast<uint64_t>(e.col));
                put(out, e.value);
            }
            break;
    }
}

struct Reader {
    std::string_view in;
    size_t pos = 0;
    bool ok = true;

    uint64_t num() {
        uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos >= in.size()) break;
            auto b = static_cast<uint8_t>(in[pos++]);
            v |= static_cast<uint64_t>(b & 0x7f) << shift;
            if (!(b & 0x80)) return v;
        }
        ok = false;
        return 0;
    }
    std::string str() {
        uint64_t n = num();
        if (!ok || n > in.size() - pos) {
            ok = false;
            return {};
        }
        std::string s(in.substr(pos, n));
        pos += n;
        return s;
    }
    int small() {
        uint64_t v = num();
        if (v > 0x7fffffff) ok = false;
        return static_cast<int>(v);
    }
    void node(Node& n, int depth) {
        if (depth > 256) {
            ok = false;
            return;
        }
        uint64_t tag = num();
        if ((tag & 3) > 3 || tag > 7) ok = false;
        n.kind = static_cast<Node::Kind>(tag & 3);
        n.plain = (tag & 4) != 0;
        n.line = small();
        n.col = small();
        if (!ok) return;
        switch (n.kind) {
            case Node::Kind::null: break;
            case Node::Kind::scalar: n.value = str(); break;
            case Node::Kind::seq: {
                uint64_t count = num();
                if (count > in.size()) ok = false;
                for (uint64_t i = 0; ok && i < count; ++i) node(n.items.emplace_back(), depth + 1);
                break;
            }
            case Node::Kind::map: {
                uint64_t count = num();
                if (count > in.size()) ok = false;
                for (uint64_t i = 0; ok && i < count; ++i) {
                    Entry& e = n.entries.emplace_back();
                    e.key = str();
                    e.line = small();
                    e.col = small();
                    node(e.value, depth + 1);
                }
                break;
            }
        }
    }
};

}  // namespace

std::string serialize(const std::vector<Document>& docs) {
    std::string out;
    put(out, docs.size());
    for (const auto& d : docs) {
        put(out, static_cast<uint64_t>(d.index));
        put(out, d.root);
    }
    return out;
}

std::optional<std::vector<Document>> deserialize(std::string_view bytes) {
    Reader r{bytes};
    uint64_t count = r.num();
    if (!r.ok || count > bytes.size()) return std::nullopt;
    std::vector<Document> docs(count);
    for (auto& d : docs) {
        d.index = r.small();
        r.node(d.root, 0);
        if (!r.ok) return std::nullopt;
    }
    if (r.pos != bytes.size()) return std::nullopt;
    return docs;
}

bool equal(const Node& a, const Node& b) {
    if (a.kind != b.kind || a.line != b.line || a.col != b.col || a.plain != b.plain ||
        a.value != b.value || a.items.size() != b.items.size() ||
        a.entries.size() != b.entries.size())
        return false;
    for (size_t i = 0; i < a.items.size(); ++i)
        if (!equal(a.items[i], b.items[i])) return false;
    for (size_t i = 0; i < a.entries.size(); ++i) {
        const Entry& x = a.entries[i];
        const Entry& y = b.entries[i];
        if (x.key != y.key || x.line != y.line || x.col != y.col || !equal(x.value, y.value))
            return false;
    }
    return true;
}

}  // namespace medvirk::yaml
