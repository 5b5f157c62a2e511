#include "core/guide.hpp"

#include <cctype>

namespace rapport::core {
namespace {

bool starts_with(std::string_view line, std::string_view prefix) {
    return line.substr(0, prefix.size()) == prefix;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

// "1. text" -> true, with `rest` after the number.
bool numbered(std::string_view line, std::string_view& rest) {
    size_t digits = 0;
    while (digits < line.size() && std::isdigit(static_cast<unsigned char>(line[digits])))
        ++digits;
    if (digits == 0 || !starts_with(line.substr(digits), ". ")) return false;
    rest = line.substr(digits + 2);
    return true;
}

// A table row: its cells as text, none for the |---| rule.
std::string table_row(std::string_view line) {
    std::string out;
    size_t from = 1;
    while (from < line.size()) {
        const size_t to = line.find('|', from);
        const std::string_view cell = trim(line.substr(from, to - from));
        if (!cell.empty() && cell.find_first_not_of("-: ") != std::string_view::npos)
            out += (out.empty() ? "" : " · ") + plain_text(cell);
        if (to == std::string_view::npos) break;
        from = to + 1;
    }
    return out;
}

class Reader {
  public:
    explicit Reader(Guide& guide) : guide_(guide) {}

    void line(std::string_view raw) {
        if (starts_with(raw, "```")) {
            flush();
            in_code_ = !in_code_;
            if (!in_code_) add(GuideBlock::Kind::Code, code_), code_.clear();
            return;
        }
        if (in_code_) {
            code_ += (code_.empty() ? "" : "\n") + std::string(raw);
            return;
        }
        const std::string_view text = trim(raw);
        if (!starts_with(text, "|") && (!table_.empty() || table_has_images_)) flush(); // it ended
        std::string_view rest;
        if (text.empty() || text == "---" || starts_with(text, "![")) return flush();
        if (starts_with(text, "# ")) {
            flush();
            guide_.title = plain_text(text.substr(2));
        } else if (starts_with(text, "## ")) {
            flush();
            guide_.sections.push_back({plain_text(text.substr(3)), {}});
        } else if (starts_with(text, "### ")) {
            flush();
            add(GuideBlock::Kind::Heading, plain_text(text.substr(4)));
        } else if (starts_with(text, "|")) {
            flush_paragraph();
            // A table of screenshots is left out whole, its header included.
            table_has_images_ = table_has_images_ || text.find("![") != std::string_view::npos;
            if (std::string row = table_row(text); !row.empty()) table_.push_back(row);
            return;
        } else if (starts_with(text, "- ") || starts_with(text, "* ") || numbered(text, rest)) {
            flush();
            pending_kind_ = GuideBlock::Kind::Bullet;
            pending_ = rest.empty() ? std::string(text.substr(2)) : std::string(rest);
        } else {
            // A paragraph, or the next line of one (or of a bullet).
            pending_ += (pending_.empty() ? "" : " ") + std::string(text);
        }
    }

    void flush() {
        flush_paragraph();
        if (!table_has_images_)
            for (std::string& row : table_)
                add(GuideBlock::Kind::Paragraph, std::move(row));
        table_.clear();
        table_has_images_ = false;
    }

  private:
    void flush_paragraph() {
        if (!pending_.empty()) add(pending_kind_, plain_text(pending_));
        pending_.clear();
        pending_kind_ = GuideBlock::Kind::Paragraph;
    }

    void add(GuideBlock::Kind kind, std::string text) {
        std::vector<GuideBlock>& into =
            guide_.sections.empty() ? guide_.intro : guide_.sections.back().blocks;
        into.push_back({kind, std::move(text)});
    }

    Guide& guide_;
    std::string pending_;
    GuideBlock::Kind pending_kind_ = GuideBlock::Kind::Paragraph;
    std::vector<std::string> table_; // the rows of a table being read
    bool table_has_images_ = false;
    bool in_code_ = false;
    std::string code_;
};

} // namespace

std::string plain_text(std::string_view markdown) {
    std::string out;
    out.reserve(markdown.size());
    bool code = false; // inside `code`, marks are text: `*.bak`
    const auto space = [&markdown](size_t at) {
        return at >= markdown.size() || std::isspace(static_cast<unsigned char>(markdown[at]));
    };
    const auto word = [&markdown](size_t at) {
        const auto ch = static_cast<unsigned char>(at < markdown.size() ? markdown[at] : ' ');
        return std::isalnum(ch) || ch >= 0x80;
    };
    for (size_t i = 0; i < markdown.size(); ++i) {
        const char c = markdown[i];
        if (c == '`') {
            code = !code; // code marks
        } else if (code) {
            out += c;
        } else if (c == '*' && i + 1 < markdown.size() && markdown[i + 1] == '*') {
            ++i; // bold marks
        } else if (c == '*' && !(i > 0 && space(i - 1) && space(i + 1)) &&
                   !(i > 0 && word(i - 1) && word(i + 1))) {
            // emphasis: *Sync now*, (a lone " * " and a*b stay)
        } else if (c == '[') {
            // [text](link) -> text; a bracket that is not a link stays.
            const size_t close = markdown.find(']', i);
            const bool link = close != std::string_view::npos && close + 1 < markdown.size() &&
                              markdown[close + 1] == '(';
            const size_t end = link ? markdown.find(')', close) : std::string_view::npos;
            if (end == std::string_view::npos) {
                out += c;
                continue;
            }
            out += plain_text(markdown.substr(i + 1, close - i - 1));
            i = end;
        } else if (c == '\\' && i + 1 < markdown.size()) {
            out += markdown[++i]; // an escaped mark
        } else {
            out += c;
        }
    }
    return out;
}

Guide read_guide(std::string_view markdown) {
    Guide guide;
    Reader reader(guide);
    size_t from = 0;
    while (from <= markdown.size()) {
        const size_t to = markdown.find('\n', from);
        reader.line(markdown.substr(from, to == std::string_view::npos ? to : to - from));
        if (to == std::string_view::npos) break;
        from = to + 1;
    }
    reader.flush();
    return guide;
}

} // namespace rapport::core
