#include "yaml/parse.hpp"

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <istream>
#include <map>
#include <optional>
#include <sstream>
#include <streambuf>

#include "core/utf8.hpp"

namespace medvirk::yaml {

namespace {

Diagnostic make_error(const std::string& file, int line, int col, std::string code, std::string nb,
                      std::string en) {
    return Diagnostic{Location{file, line, col}, std::move(code),
                      Text{std::move(nb), std::move(en)}};
}

// The first byte that is NUL or starts invalid UTF-8, or npos.
size_t first_bad_byte(std::string_view s) {
    size_t nul = s.find('\0');
    size_t bad = utf8::first_invalid(nul == std::string_view::npos ? s : s.substr(0, nul));
    return bad != std::string_view::npos ? bad : nul;
}

// A read-only stream buffer over bytes that outlive it.
class ViewBuffer : public std::streambuf {
  public:
    explicit ViewBuffer(std::string_view text) {
        char* begin = const_cast<char*>(text.data());  // only read: no put area is set
        setg(begin, begin, begin + text.size());
    }
};

// Line and character column of the byte at `pos`, lines counted by LF.
std::pair<int, int> position_of(std::string_view text, size_t pos) {
    int line = 1;
    size_t start = 0;
    for (size_t i = 0; i < pos && i < text.size(); ++i)
        if (text[i] == '\n') {
            ++line;
            start = i + 1;
        }
    return {line, 1 + utf8::columns(text.substr(start, std::min(pos, text.size()) - start))};
}

std::optional<Diagnostic> check_encoding(std::string_view s, const std::string& file) {
    size_t bad = first_bad_byte(s);
    if (bad == std::string_view::npos) return std::nullopt;
    // Its line, and its column in characters (the text before it is valid UTF-8).
    auto [line, col] = position_of(s, bad);
    auto c = static_cast<unsigned char>(s[bad]);
    if (c == 0) {
        return make_error(file, line, col, "binary-file",
                          "filen inneholder binære data (NUL-tegn) og er ikke en YAML-tekstfil",
                          "the file contains binary data (NUL byte) and is not a YAML text file");
    }
    return make_error(file, line, col, "invalid-utf8",
                      fmt::format("ugyldig UTF-8 (byte 0x{:02X}); lagre filen som UTF-8 (f.eks. er "
                                  "«pårørende» i Latin-1 ikke gyldig)",
                                  c),
                      fmt::format("invalid UTF-8 (byte 0x{:02X}); save the file as UTF-8 (Latin-1 "
                                  "«pårørende», for example, is not valid)",
                                  c));
}

// yaml-cpp counts columns in bytes; users count characters (æ, ø, å are two bytes in UTF-8).
int char_column(std::string_view text, const YAML::Mark& mark) {
    if (mark.pos < 0 || static_cast<size_t>(mark.pos) > text.size()) return mark.column + 1;
    size_t end = static_cast<size_t>(mark.pos);
    size_t start = end == 0 ? std::string_view::npos : text.rfind('\n', end - 1);
    start = start == std::string_view::npos ? 0 : start + 1;
    return 1 + utf8::columns(text.substr(start, end - start));
}

struct LimitExceeded {
    Diagnostic diag;
};

// yaml-cpp decodes the escapes \N (U+0085) and \_ (U+00A0) of double-quoted scalars to the single
// Latin-1 bytes 0x85 and 0xA0 instead of UTF-8. The input itself was checked to be UTF-8 and every
// other escape is decoded to UTF-8, so such a lone byte can only come from these two escapes: it is
// re-encoded. Returns false when the value is still not UTF-8 (it never is, as far as is known, but
// an unknown escape must give an error, never text the reports cannot carry).
bool repair_escapes(std::string& value) {
    if (first_bad_byte(value) == std::string_view::npos) return true;
    std::string out;
    out.reserve(value.size() + 8);
    std::string_view rest = value;
    while (!rest.empty()) {
        size_t bad = first_bad_byte(rest);
        if (bad == std::string_view::npos) {
            out.append(rest);
            break;
        }
        out.append(rest.substr(0, bad));
        auto c = static_cast<unsigned char>(rest[bad]);
        if (c == 0) {
            out +=
                '\0';  // a \0 escape: a NUL character is valid UTF-8 (shown escaped on terminals)
        } else if (c == 0x85 || c == 0xA0) {
            out += '\xC2';
            out += static_cast<char>(c);
        } else {
            return false;
        }
        rest.remove_prefix(bad + 1);
    }
    value = std::move(out);
    return true;
}

// Builds Nodes from yaml-cpp parser events.
class Builder : public YAML::EventHandler {
  public:
    Builder(const std::string& file, const Limits& limits, Diagnostics& errors,
            std::string_view text)
        : file_(file), limits_(limits), errors_(errors), text_(text) {}

    int column(const YAML::Mark& mark) const { return char_column(text_, mark); }

    std::optional<Node> take_root() { return std::move(root_); }

    void OnDocumentStart(const YAML::Mark&) override {
        root_.reset();
        stack_.clear();
        anchors_.clear();
    }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        Node n = leaf(mark);
        n.kind = Node::Kind::null;
        finish(std::move(n), anchor);
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        auto it = anchors_.find(anchor);
        if (it == anchors_.end()) {
            throw LimitExceeded{make_error(file_, mark.line + 1, column(mark), "yaml-alias",
                                           "aliaset viser til et anker som ikke er ferdig "
                                           "(selvrefererende alias)",
                                           "the alias refers to an anchor that is not complete "
                                           "(self-referencing alias)")};
        }
        count(mark, count_nodes(it->second));
        count_bytes(mark, count_text(it->second));
        Node copy = it->second;
        finish(std::move(copy), 0);
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override {
        Node n = leaf(mark);
        n.plain = tag == "?";
        std::string text = value;
        if (!repair_escapes(text)) {
            throw LimitExceeded{make_error(
                file_, mark.line + 1, column(mark), "invalid-utf8",
                "en escape-sekvens i verdien gir tegn som ikke er gyldig UTF-8",
                "an escape sequence in the value gives characters that are not valid UTF-8")};
        }
        if (n.plain &&
            (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL")) {
            n.kind = Node::Kind::null;
        } else {
            n.kind = Node::Kind::scalar;
            n.value = std::move(text);
        }
        finish(std::move(n), anchor);
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        Node n = leaf(mark);
        n.kind = Node::Kind::seq;
        open(std::move(n), anchor, mark);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override {
        Node n = leaf(mark);
        n.kind = Node::Kind::map;
        open(std::move(n), anchor, mark);
    }
    void OnMapEnd() override { close(); }

  private:
    struct Frame {
        Node node;
        YAML::anchor_t anchor = 0;
        std::optional<Entry> pending_key;                 // maps: key waiting for its value
        std::map<std::string, std::pair<int, int>> seen;  // maps: key -> position
    };

    Node leaf(const YAML::Mark& mark) {
        count(mark, 1);
        Node n;
        n.line = mark.line + 1;
        n.col = column(mark);
        return n;
    }

    void count(const YAML::Mark& mark, size_t n) {
        nodes_ += n;
        if (nodes_ > limits_.max_nodes) {
            throw LimitExceeded{make_error(
                file_, mark.line + 1, column(mark), "limit-nodes",
                fmt::format("filen har mer enn {} noder (grensen); aliaser kan ha mangedoblet "
                            "innholdet (alias-bombe?)",
                            limits_.max_nodes),
                fmt::format("the file has more than {} nodes (the limit); aliases may have "
                            "multiplied its content (alias bomb?)",
                            limits_.max_nodes))};
        }
    }

    // Text copied through aliases counts too, so a large scalar repeated by many aliases cannot
    // grow the document past what the file-size limit allows.
    void count_bytes(const YAML::Mark& mark, size_t n) {
        alias_bytes_ += n;
        if (alias_bytes_ > limits_.max_file_bytes) {
            throw LimitExceeded{make_error(
                file_, mark.line + 1, column(mark), "limit-nodes",
                fmt::format(
                    "aliasene kopierer mer enn {} byte tekst (grensen); aliaser kan ha mangedoblet "
                    "innholdet (alias-bombe?)",
                    limits_.max_file_bytes),
                fmt::format(
                    "the aliases copy more than {} bytes of text (the limit); aliases may have "
                    "multiplied the content (alias bomb?)",
                    limits_.max_file_bytes))};
        }
    }

    static size_t count_text(const Node& n) {
        size_t total = n.value.size();
        for (const auto& i : n.items) total += count_text(i);
        for (const auto& e : n.entries) total += e.key.size() + count_text(e.value);
        return total;
    }

    static size_t count_nodes(const Node& n) {
        size_t total = 1;
        for (const auto& i : n.items) total += count_nodes(i);
        for (const auto& e : n.entries) total += 1 + count_nodes(e.value);
        return total;
    }

    void open(Node n, YAML::anchor_t anchor, const YAML::Mark& mark) {
        if (static_cast<int>(stack_.size()) >= limits_.max_depth) {
            throw LimitExceeded{make_error(
                file_, mark.line + 1, column(mark), "limit-depth",
                fmt::format("nøstingen er dypere enn {} nivåer (grensen)", limits_.max_depth),
                fmt::format("nesting is deeper than {} levels (the limit)", limits_.max_depth))};
        }
        stack_.push_back(Frame{std::move(n), anchor, std::nullopt, {}});
    }

    void close() {
        Frame f = std::move(stack_.back());
        stack_.pop_back();
        finish(std::move(f.node), f.anchor);
    }

    void finish(Node n, YAML::anchor_t anchor) {
        if (anchor != 0) keep_anchor(anchor, n);
        if (stack_.empty()) {
            root_ = std::move(n);
            return;
        }
        Frame& top = stack_.back();
        if (top.node.kind == Node::Kind::seq) {
            top.node.items.push_back(std::move(n));
            return;
        }
        if (!top.pending_key) {
            if (n.kind != Node::Kind::scalar) {
                throw LimitExceeded{
                    make_error(file_, n.line, n.col, "yaml-key",
                               "en nøkkel må være en enkel tekst, ikke en liste eller tabell",
                               "a key must be a plain text, not a list or mapping")};
            }
            auto [it, inserted] = top.seen.emplace(n.value, std::make_pair(n.line, n.col));
            if (!inserted) {
                errors_.push_back(make_error(
                    file_, n.line, n.col, "duplicate-key",
                    fmt::format("nøkkelen «{}» står to ganger i samme tabell (første gang på "
                                "linje {}, kolonne {}); bare én kan gjelde",
                                n.value, it->second.first, it->second.second),
                    fmt::format("the key «{}» appears twice in the same mapping (first at line "
                                "{}, column {}); only one can hold",
                                n.value, it->second.first, it->second.second)));
            }
            top.pending_key = Entry{n.value, n.line, n.col, Node{}};
            return;
        }
        Entry e = std::move(*top.pending_key);
        top.pending_key.reset();
        e.value = std::move(n);
        top.node.entries.push_back(std::move(e));
    }

    // The copies of anchored nodes kept for their aliases have a budget of their own, the same as
    // the tree's (nodes, and text as much as the file size limit), so that nested anchors (each
    // keeping a copy of everything under it) cannot multiply the memory a file takes, aliases or
    // not (docs/fuzzing.md).
    void keep_anchor(YAML::anchor_t anchor, const Node& n) {
        anchor_nodes_ += count_nodes(n);
        anchor_bytes_ += count_text(n);
        if (anchor_nodes_ > limits_.max_nodes || anchor_bytes_ > limits_.max_file_bytes) {
            bool nodes = anchor_nodes_ > limits_.max_nodes;
            throw LimitExceeded{make_error(
                file_, n.line, n.col, "limit-nodes",
                nodes ? fmt::format("filen har mer enn {} noder (grensen), medregnet kopiene "
                                    "ankere (&) holder for aliaser; "
                                    "nøstede ankere kan ha mangedoblet innholdet",
                                    limits_.max_nodes)
                      : fmt::format("ankere (&) og aliaser kopierer mer enn {} byte tekst "
                                    "(grensen); nøstede ankere kan ha "
                                    "mangedoblet innholdet",
                                    limits_.max_file_bytes),
                nodes ? fmt::format("the file has more than {} nodes (the limit), counting the "
                                    "copies anchors (&) keep for "
                                    "aliases; nested anchors may have multiplied its content",
                                    limits_.max_nodes)
                      : fmt::format("anchors (&) and aliases copy more than {} bytes of text (the "
                                    "limit); nested anchors may "
                                    "have multiplied the content",
                                    limits_.max_file_bytes))};
        }
        anchors_[anchor] = n;
    }

    const std::string& file_;
    const Limits& limits_;
    Diagnostics& errors_;
    std::string_view text_;
    std::vector<Frame> stack_;
    std::map<YAML::anchor_t, Node> anchors_;
    std::optional<Node> root_;
    size_t nodes_ = 0;
    size_t alias_bytes_ = 0;
    size_t anchor_nodes_ = 0;  // in the copies anchors keep
    size_t anchor_bytes_ = 0;
};

// Two causes yaml-cpp reports only as "illegal map value", told apart here: line breaks that are a
// lone CR (yaml-cpp reads such a file as one line), and a key longer than the 1,024 characters
// YAML allows an implicit key.
std::optional<Diagnostic> explain_syntax_error(std::string_view text, const std::string& file,
                                               const YAML::Mark& mark) {
    size_t at = mark.pos < 0 ? text.size() : std::min(text.size(), static_cast<size_t>(mark.pos));
    for (size_t cr = text.find('\r'); cr != std::string_view::npos && cr < at;
         cr = text.find('\r', cr + 1)) {
        if (cr + 1 < text.size() && text[cr + 1] == '\n') continue;
        auto [line, col] = position_of(text, cr);
        return make_error(file, line, col, "yaml-syntax",
                          "linjeskift som bare er CR (vognretur, som i gamle Mac-filer) støttes "
                          "ikke; lagre filen "
                          "med vanlige linjeskift (LF eller CRLF)",
                          "line breaks that are a lone CR (carriage return, as in old Mac files) "
                          "are not supported; "
                          "save the file with ordinary line breaks (LF or CRLF)");
    }
    if (at < text.size() && text[at] == ':') {
        size_t line_start = at == 0 ? 0 : text.rfind('\n', at - 1);
        line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
        size_t key = line_start;
        while (key < at && (text[key] == ' ' || text[key] == '-' || text[key] == '?')) ++key;
        auto [line, key_col] = position_of(text, key);
        int length = char_column(text, mark) - key_col;
        if (length > 1024) {
            return make_error(
                file, line, key_col, "yaml-key",
                fmt::format("nøkkelen er {} tegn lang; YAML tillater høyst 1024 tegn i en nøkkel",
                            length),
                fmt::format(
                    "the key is {} characters long; YAML allows at most 1,024 characters in a key",
                    length));
        }
    }
    return std::nullopt;
}

}  // namespace

ParseResult parse(std::string_view bytes, const std::string& file, const Limits& limits) {
    ParseResult out;
    // The file's name is shown in every report, and JSON, SARIF and HTML can carry only UTF-8.
    if (first_bad_byte(file) != std::string_view::npos) {
        out.errors.push_back(make_error(
            file, 0, 0, "invalid-utf8",
            "filnavnet er ikke gyldig UTF-8 (lagret med en annen tegnkoding?); gi filen et nytt "
            "navn",
            "the file name is not valid UTF-8 (saved in another encoding?); rename the file"));
        return out;
    }
    if (bytes.size() > limits.max_file_bytes) {
        out.errors.push_back(
            make_error(file, 0, 0, "limit-size",
                       fmt::format("filen er {} byte, over grensen på {} byte", bytes.size(),
                                   limits.max_file_bytes),
                       fmt::format("the file is {} bytes, over the limit of {} bytes", bytes.size(),
                                   limits.max_file_bytes)));
        return out;
    }
    if (bytes.size() >= 2 &&
        (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")) {
        out.errors.push_back(make_error(file, 1, 1, "invalid-utf8",
                                        "filen er lagret som UTF-16; lagre den som UTF-8",
                                        "the file is saved as UTF-16; save it as UTF-8"));
        return out;
    }
    if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    if (auto bad = check_encoding(bytes, file)) {
        out.errors.push_back(*bad);
        return out;
    }
    std::string_view text = bytes;
    ViewBuffer buffer(text);  // yaml-cpp reads a stream; this one reads the bytes in place
    std::istream in(&buffer);
    try {
        YAML::Parser parser(in);
        Builder builder(file, limits, out.errors, text);
        for (int index = 0;; ++index) {
            if (!parser.HandleNextDocument(builder)) break;
            if (static_cast<size_t>(index) >= limits.max_documents) {
                out.errors.push_back(make_error(
                    file, 0, 0, "limit-documents",
                    fmt::format("filen har mer enn {} dokumenter (grensen)", limits.max_documents),
                    fmt::format("the file has more than {} documents (the limit)",
                                limits.max_documents)));
                break;
            }
            auto root = builder.take_root();
            if (!root || root->is_null()) continue;  // an empty document, e.g. after a trailing ---
            out.docs.push_back(Document{index, std::move(*root)});
        }
    } catch (const LimitExceeded& e) {
        out.errors.push_back(e.diag);
    } catch (const YAML::DeepRecursion& e) {
        out.errors.push_back(make_error(
            file, e.mark.line + 1, char_column(text, e.mark), "limit-depth",
            fmt::format("nøstingen er dypere enn {} nivåer (grensen)", limits.max_depth),
            fmt::format("nesting is deeper than {} levels (the limit)", limits.max_depth)));
    } catch (const YAML::Exception& e) {
        if (auto why = explain_syntax_error(text, file, e.mark)) {
            out.errors.push_back(*why);
            return out;
        }
        // yaml-cpp does not say when a tab in the indentation is the cause; look for one up to the
        // line of the error and point at it.
        int line = 1, error_line = e.mark.line + 1;
        for (size_t i = 0; i < text.size() && line <= error_line; ++line) {
            size_t end = text.find('\n', i);
            if (end == std::string_view::npos) end = text.size();
            size_t indent = text.find_first_not_of(" \t", i);
            if (indent > end) indent = end;
            size_t tab = text.find('\t', i);
            if (tab < indent && indent < end) {
                out.errors.push_back(make_error(
                    file, line, static_cast<int>(tab - i) + 1, "yaml-syntax",
                    "ugyldig YAML: tabulator i innrykket; YAML tillater bare mellomrom til innrykk",
                    "invalid YAML: a tab in the indentation; YAML allows only spaces for "
                    "indentation"));
                return out;
            }
            i = end + 1;
        }
        out.errors.push_back(make_error(file, e.mark.line + 1, char_column(text, e.mark),
                                        "yaml-syntax", fmt::format("ugyldig YAML: {}", e.msg),
                                        fmt::format("invalid YAML: {}", e.msg)));
    }
    return out;
}

}  // namespace medvirk::yaml
