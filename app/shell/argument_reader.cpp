#include "shell/argument_reader.hpp"

#include <cctype>

namespace rapport {

ArgumentReader::ArgumentReader(const std::vector<std::string>& arguments, size_t first,
                               std::string prefix)
    : arguments_(arguments), at_(first), prefix_(std::move(prefix)) {}

bool ArgumentReader::next() {
    if (started_) ++at_;
    started_ = true;
    if (at_ >= arguments_.size()) return false;
    name_ = arguments_[at_];
    inline_value_.reset();
    if (name_.rfind("--", 0) == 0)
        if (const size_t equals = name_.find('='); equals != std::string::npos) {
            inline_value_ = name_.substr(equals + 1);
            name_.resize(equals);
        }
    return true;
}

bool ArgumentReader::value(std::string& out) {
    if (inline_value_)
        out = *inline_value_;
    else if (at_ + 1 < arguments_.size())
        out = arguments_[++at_];
    else
        out.clear();
    if (out.empty()) fail(name_ + " needs a value");
    return !out.empty();
}

std::optional<std::string> ArgumentReader::optional_number() {
    if (inline_value_) return inline_value_;
    if (at_ + 1 < arguments_.size() && !arguments_[at_ + 1].empty() &&
        std::isdigit(static_cast<unsigned char>(arguments_[at_ + 1][0])))
        return arguments_[++at_];
    return std::nullopt;
}

std::vector<std::string> ArgumentReader::rest() {
    std::vector<std::string> out(arguments_.begin() + static_cast<long>(at_) + 1, arguments_.end());
    at_ = arguments_.size();
    return out;
}

} // namespace rapport
