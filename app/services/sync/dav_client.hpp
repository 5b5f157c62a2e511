#pragma once
// WebDAV as CardDAV (RFC 6352) and CalDAV (RFC 4791) servers speak it: find
// the user's address book and calendar homes (RFC 6764 well-known URLs,
// current-user-principal), list and make collections, list what changed
// (RFC 6578 sync-collection, or every item's ETag), fetch items in bulk
// (multiget), and write and delete them only if they are as last seen.
#include "services/ports/http.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rapport::sync {

enum class DavProblem {
    None,
    Unreachable,  // no answer: offline, a wrong address, TLS
    BadPassword,  // 401
    NotDav,       // answers, but not as a CardDAV/CalDAV server
    TokenExpired, // the sync token is no longer valid: compare everything
    Conflict,     // 412: the item is not as last seen
    Server,       // anything else
};

struct DavError {
    DavProblem problem = DavProblem::None;
    std::string detail;
    explicit operator bool() const { return problem != DavProblem::None; }
};

struct DavCollectionInfo {
    std::string url;
    std::string name; // displayname
    bool contacts = false;
    bool calendar = false;
    bool sync_collection = false; // offers RFC 6578
    std::string version;          // its sync-token or CTag: another when anything in it changed
};

struct DavHomes {
    std::string principal;
    std::string contacts; // addressbook-home-set
    std::string calendar; // calendar-home-set
};

struct DavItem {
    std::string url;
    std::string etag;
    std::string data; // empty in listings
};

struct DavChanges {
    std::vector<DavItem> changed; // url and etag
    std::vector<std::string> removed;
    std::string token;
};

class DavClient {
  public:
    DavClient(ports::HttpClient& http, std::string user, std::string password)
        : http_(http), user_(std::move(user)), password_(std::move(password)) {}

    // From whatever address the person typed: the server itself, a
    // principal, or a host whose /.well-known/ points the way.
    DavError discover(const std::string& address, DavHomes& homes);
    DavError collections(const std::string& home, std::vector<DavCollectionInfo>& out);
    DavError make_collection(const std::string& url, const std::string& name, bool contacts);

    // What changed since `token` ("" for everything). TokenExpired when the
    // server no longer knows the token.
    DavError changes(const std::string& collection, const std::string& token, DavChanges& out);
    // Every item's url and ETag, for a server without sync-collection.
    DavError list(const std::string& collection, std::vector<DavItem>& out);
    // The items at `urls`, with their ETags, in requests of a few hundred.
    DavError fetch(const std::string& collection, bool contacts,
                   const std::vector<std::string>& urls, std::vector<DavItem>& out);
    DavError get(const std::string& url, DavItem& out, bool& missing);

    // Writes only if the server's copy still has `etag` (If-Match), or, with
    // an empty etag, only if there is none yet (If-None-Match: *). The new
    // ETag in `new_etag` ("" if the server did not say).
    DavError put(const std::string& url, const std::string& body, bool contacts,
                 const std::string& etag, std::string& new_etag);
    DavError remove(const std::string& url, const std::string& etag);

    // Requests sent so far (for the benchmark).
    int requests() const { return requests_; }

  private:
    ports::HttpResponse send(ports::HttpRequest request);
    DavError propfind(const std::string& url, int depth, const std::string& body,
                      ports::HttpResponse& response);

    ports::HttpClient& http_;
    std::string user_;
    std::string password_;
    int requests_ = 0;
};

// `href` (an absolute path or a full URL) against `base`'s scheme and host.
std::string resolve_url(const std::string& base, const std::string& href);

} // namespace rapport::sync
