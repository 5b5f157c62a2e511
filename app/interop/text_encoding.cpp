#include "interop/text_encoding.hpp"

#include "core/text.hpp"

namespace rapport::interop {

bool is_valid_utf8(std::string_view text) {
    size_t i = 0;
    while (i < text.size()) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        int extra = 0;
        unsigned min = 0, code = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1, min = 0x80, code = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2, min = 0x800, code = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3, min = 0x10000, code = c & 0x07;
        } else {
            return false;
        }
        if (i + static_cast<size_t>(extra) >= text.size()) return false; // truncated
        for (int k = 1; k <= extra; ++k) {
            const unsigned char next = static_cast<unsigned char>(text[i + static_cast<size_t>(k)]);
            if ((next & 0xC0) != 0x80) return false;
            code = (code << 6) | (next & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return false;
        i += static_cast<size_t>(extra) + 1;
    }
    return true;
}

std::string_view strip_bom(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    return text;
}

std::string trimmed(std::string_view s) {
    const size_t a = s.find_first_not_of(" \t\r\n");
    if (a == std::string_view::npos) return {};
    return std::string(s.substr(a, s.find_last_not_of(" \t\r\n") - a + 1));
}

std::string windows1252_to_utf8(std::string_view bytes) {
    // 0x80..0x9F differ from Latin-1; the rest is the same code point.
    static constexpr unsigned short k80[32] = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    std::string out;
    out.reserve(bytes.size());
    for (char ch : bytes) {
        const unsigned char c = static_cast<unsigned char>(ch);
        core::append_utf8(out, c >= 0x80 && c < 0xA0 ? k80[c - 0x80] : c);
    }
    return out;
}

namespace {

std::string utf16_to_utf8(std::string_view bytes, bool little_endian, std::string& error) {
    std::string out;
    if (bytes.size() % 2) bytes.remove_suffix(1); // a truncated last unit
    for (size_t i = 0; i + 1 < bytes.size(); i += 2) {
        const unsigned a = static_cast<unsigned char>(bytes[i]);
        const unsigned b = static_cast<unsigned char>(bytes[i + 1]);
        unsigned unit = little_endian ? (b << 8 | a) : (a << 8 | b);
        if (unit >= 0xD800 && unit <= 0xDBFF && i + 3 < bytes.size()) {
            const unsigned c = static_cast<unsigned char>(bytes[i + 2]);
            const unsigned d = static_cast<unsigned char>(bytes[i + 3]);
            const unsigned low = little_endian ? (d << 8 | c) : (c << 8 | d);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                i += 2;
            }
        }
        if (unit == 0) {
            error = "the file has NUL characters: it is not a text file";
            return {};
        }
        core::append_utf8(out, unit);
    }
    return out;
}

} // namespace

DecodedText decode_text(std::string_view bytes) {
    DecodedText result;
    if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
        result.text = utf16_to_utf8(bytes.substr(2), bytes[0] == '\xFF', result.error);
        return result;
    }
    bytes = strip_bom(bytes);
    if (bytes.find('\0') != std::string_view::npos) {
        result.error = "the file has NUL bytes: it is not a text file (or is UTF-16 without a "
                       "byte-order mark)";
        return result;
    }
    result.text = is_valid_utf8(bytes) ? std::string(bytes) : windows1252_to_utf8(bytes);
    return result;
}

} // namespace rapport::interop
