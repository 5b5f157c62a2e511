#pragma once
// Walks a command's arguments one at a time: options given as "--flag value"
// or "--flag=value", switches, and plain words. Shared by the window's flags
// and each verb's, so every flag reads its value the same way and says the
// same thing when it has none.
#include <optional>
#include <string>
#include <vector>

namespace rapport {

class ArgumentReader {
  public:
    // `first`: the first argument to read (1 after a verb). `prefix` leads
    // every message ("import: ", or "" for the window's flags).
    ArgumentReader(const std::vector<std::string>& arguments, size_t first, std::string prefix);

    // Moves to the next argument; false past the last.
    bool next();
    // The argument as typed.
    const std::string& raw() const { return arguments_[at_]; }
    // An option's name, before any "=value" ("--db" for "--db=x.db").
    const std::string& name() const { return name_; }
    bool is_option() const { return name_.rfind("--", 0) == 0 && name_.size() > 2; }
    // The option's value, from "=value" or the next argument. False, with
    // error() saying "--flag needs a value", when there is none or it is empty.
    bool value(std::string& out);
    // The next argument when it is a number, taken (--demo 50); the
    // "=value" when one was given.
    std::optional<std::string> optional_number();
    // Every argument after this one, taken ("capture -- --not an option").
    std::vector<std::string> rest();

    const std::string& error() const { return error_; }
    void fail(std::string message) { error_ = prefix_ + std::move(message); }

  private:
    const std::vector<std::string>& arguments_;
    size_t at_;
    bool started_ = false;
    std::string prefix_;
    std::string name_;
    std::optional<std::string> inline_value_;
    std::string error_;
};

} // namespace rapport
