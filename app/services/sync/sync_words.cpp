#include "services/sync/sync_words.hpp"

namespace rapport::sync {
namespace {

bool mentions(const std::string& text, const char* words) {
    return text.find(words) != std::string::npos;
}

} // namespace

std::string problem_words(const DavError& error) {
    const std::string& detail = error.detail;
    switch (error.problem) {
    case DavProblem::None:
        return {};
    case DavProblem::Unreachable:
        // A server without TLS, asked over https: it did answer, in plain
        // HTTP, which OpenSSL reports as a "wrong version number".
        if (mentions(detail, "wrong version number") || mentions(detail, "packet length too long"))
            return "The server answered, but not over a secure connection. If it runs on your own "
                   "computer or network, start the address with http:// instead of https:// (" +
                   detail + ")";
        if (mentions(detail, "certificate") || mentions(detail, "SSL"))
            return "The server's secure connection could not be checked: its certificate is not "
                   "trusted here (" +
                   detail + ")";
        if (mentions(detail, "resolve host"))
            return "No server has this name: check the address (" + detail + ")";
        if (mentions(detail, "onnection refused") || mentions(detail, "onnect to"))
            return "Nothing answers at this address: check the address and the port, and that "
                   "the server is running (" +
                   detail + ")";
        return "No answer from the server: check that you are online and the address is right (" +
               detail + ")";
    case DavProblem::BadPassword:
        return "The server refused this user name or password";
    case DavProblem::NotDav:
        return "This address answers, but not as a contacts and calendar server (CardDAV and "
               "CalDAV): check the address (" +
               detail + ")";
    default:
        return detail;
    }
}

DavError store_error(const store::Error& e) {
    return {DavProblem::Server, "The database refused a change: " + e.message};
}

} // namespace rapport::sync
