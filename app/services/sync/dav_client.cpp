// WebDAV's XML through pugixml (Debian's libpugixml-dev): elements are
// matched by local name, because servers pick their own namespace prefixes.
#include "services/sync/dav_client.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <cstring>

namespace rapport::sync {
namespace {

const char* local_name(const pugi::xml_node& node) {
    const char* name = node.name();
    const char* colon = std::strrchr(name, ':');
    return colon ? colon + 1 : name;
}

pugi::xml_node child(const pugi::xml_node& node, const char* name) {
    for (pugi::xml_node c : node.children())
        if (std::strcmp(local_name(c), name) == 0) return c;
    return {};
}

std::vector<pugi::xml_node> children(const pugi::xml_node& node, const char* name) {
    std::vector<pugi::xml_node> out;
    for (pugi::xml_node c : node.children())
        if (std::strcmp(local_name(c), name) == 0) out.push_back(c);
    return out;
}

std::string trimmed(std::string s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    const auto last = s.find_last_not_of(" \t\r\n");
    return first == std::string::npos ? "" : s.substr(first, last - first + 1);
}

std::string text_of(const pugi::xml_node& node) {
    return trimmed(node.child_value());
}

// "HTTP/1.1 404 Not Found" → 404.
int status_of(const pugi::xml_node& node) {
    const std::string line = text_of(node);
    const size_t space = line.find(' ');
    return space == std::string::npos ? 0 : std::atoi(line.c_str() + space + 1);
}

std::string percent_decode(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() &&
            std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
            std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
            out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

// Each <response>: its href, the props found (status 200), and the
// response's own status if it has one (a removed member in sync-collection).
struct Response {
    std::string href;
    pugi::xml_node prop;
    int status = 0;
};

bool parse_multistatus(const std::string& body, pugi::xml_document& doc, std::vector<Response>& out,
                       std::string& sync_token) {
    if (!doc.load_buffer(body.data(), body.size())) return false;
    const pugi::xml_node root = doc.first_child();
    if (std::strcmp(local_name(root), "multistatus") != 0) return false;
    for (pugi::xml_node r : children(root, "response")) {
        Response one;
        one.href = percent_decode(text_of(child(r, "href")));
        if (pugi::xml_node status = child(r, "status")) one.status = status_of(status);
        for (pugi::xml_node propstat : children(r, "propstat"))
            if (status_of(child(propstat, "status")) / 100 == 2) one.prop = child(propstat, "prop");
        out.push_back(one);
    }
    sync_token = text_of(child(root, "sync-token"));
    return true;
}

DavError error_for(const ports::HttpResponse& r, const std::string& what) {
    if (r.status == 0) return {DavProblem::Unreachable, r.error};
    if (r.status == 401)
        return {DavProblem::BadPassword, "the server refused the user name or "
                                         "password"};
    if (r.status == 412) return {DavProblem::Conflict, what + ": changed on the server meanwhile"};
    return {DavProblem::Server, what + ": the server answered " + std::to_string(r.status)};
}

std::string origin_of(const std::string& url) {
    const size_t scheme = url.find("://");
    if (scheme == std::string::npos) return "";
    const size_t path = url.find('/', scheme + 3);
    return path == std::string::npos ? url : url.substr(0, path);
}

std::string with_slash(std::string url) {
    if (url.empty() || url.back() != '/') url += '/';
    return url;
}

std::string xml_escape(const std::string& s) {
    std::string out;
    for (char c : s) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

constexpr const char* kPrincipalQuery =
    R"(<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop>)"
    R"(<d:current-user-principal/></d:prop></d:propfind>)";
constexpr const char* kHomesQuery =
    R"(<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:" )"
    R"(xmlns:card="urn:ietf:params:xml:ns:carddav" xmlns:cal="urn:ietf:params:xml:ns:caldav">)"
    R"(<d:prop><card:addressbook-home-set/><cal:calendar-home-set/></d:prop></d:propfind>)";
constexpr const char* kCollectionsQuery =
    R"(<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:">)"
    R"(<d:prop><d:resourcetype/><d:displayname/><d:supported-report-set/><d:sync-token/>)"
    R"(<cs:getctag xmlns:cs="http://calendarserver.org/ns/"/></d:prop></d:propfind>)";
constexpr const char* kEtagQuery =
    R"(<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:">)"
    R"(<d:prop><d:getetag/><d:resourcetype/></d:prop></d:propfind>)";

} // namespace

std::string resolve_url(const std::string& base, const std::string& href) {
    if (href.find("://") != std::string::npos) return href;
    if (!href.empty() && href[0] == '/') return origin_of(base) + href;
    return with_slash(base) + href;
}

ports::HttpResponse DavClient::send(ports::HttpRequest request) {
    request.user = user_;
    request.password = password_;
    ++requests_;
    return http_.send(request);
}

DavError DavClient::propfind(const std::string& url, int depth, const std::string& body,
                             ports::HttpResponse& response) {
    std::string at = url;
    for (int hop = 0; hop < 5; ++hop) {
        response = send(
            {"PROPFIND",
             at,
             {{"Depth", std::to_string(depth)}, {"Content-Type", "application/xml; charset=utf-8"}},
             body,
             {},
             {}});
        if (response.status / 100 == 3 && !response.header("location").empty()) {
            at = resolve_url(at, response.header("location"));
            continue;
        }
        break;
    }
    if (response.status == 207) return {};
    if (response.status == 0 || response.status == 401) return error_for(response, "");
    return {DavProblem::NotDav, at + " answered " + std::to_string(response.status) +
                                    " to a WebDAV question: not a CardDAV or CalDAV address"};
}

DavError DavClient::discover(const std::string& address, DavHomes& homes) {
    std::string start = address;
    if (start.find("://") == std::string::npos) start = "https://" + start;
    // The address itself first; then the well-known ones (RFC 6764).
    const std::vector<std::string> tries = {start, resolve_url(start, "/.well-known/carddav"),
                                            resolve_url(start, "/.well-known/caldav")};
    DavError last;
    for (const std::string& url : tries) {
        ports::HttpResponse r;
        if (DavError e = propfind(url, 0, kPrincipalQuery, r)) {
            if (e.problem == DavProblem::Unreachable || e.problem == DavProblem::BadPassword)
                return e;
            last = e;
            continue;
        }
        pugi::xml_document doc;
        std::vector<Response> responses;
        std::string token;
        if (!parse_multistatus(r.body, doc, responses, token) || responses.empty()) {
            last = {DavProblem::NotDav, url + " did not answer in WebDAV's XML"};
            continue;
        }
        const pugi::xml_node principal =
            child(child(responses[0].prop, "current-user-principal"), "href");
        if (!principal) {
            last = {DavProblem::NotDav, url + " names no current-user-principal"};
            continue;
        }
        homes.principal = resolve_url(url, text_of(principal));
        ports::HttpResponse h;
        if (DavError e = propfind(homes.principal, 0, kHomesQuery, h)) return e;
        pugi::xml_document homes_doc;
        std::vector<Response> found;
        if (!parse_multistatus(h.body, homes_doc, found, token) || found.empty())
            return {DavProblem::NotDav, "the principal's homes could not be read"};
        if (pugi::xml_node c = child(child(found[0].prop, "addressbook-home-set"), "href"))
            homes.contacts = with_slash(resolve_url(homes.principal, text_of(c)));
        if (pugi::xml_node c = child(child(found[0].prop, "calendar-home-set"), "href"))
            homes.calendar = with_slash(resolve_url(homes.principal, text_of(c)));
        if (homes.contacts.empty() || homes.calendar.empty())
            return {DavProblem::NotDav,
                    "the server offers no " +
                        std::string(homes.contacts.empty() ? "address books" : "calendars") +
                        " (CardDAV and CalDAV are both needed)"};
        return {};
    }
    return last;
}

DavError DavClient::collections(const std::string& home, std::vector<DavCollectionInfo>& out) {
    ports::HttpResponse r;
    if (DavError e = propfind(home, 1, kCollectionsQuery, r)) return e;
    pugi::xml_document doc;
    std::vector<Response> responses;
    std::string token;
    if (!parse_multistatus(r.body, doc, responses, token))
        return {DavProblem::NotDav, "the collection list is not WebDAV's XML"};
    for (const Response& one : responses) {
        DavCollectionInfo info;
        info.url = with_slash(resolve_url(home, one.href));
        if (info.url == with_slash(home)) continue;
        const pugi::xml_node type = child(one.prop, "resourcetype");
        info.contacts = bool(child(type, "addressbook"));
        info.calendar = bool(child(type, "calendar"));
        if (!info.contacts && !info.calendar) continue;
        info.name = text_of(child(one.prop, "displayname"));
        // Either changes whenever anything in the collection does.
        info.version = text_of(child(one.prop, "sync-token"));
        if (info.version.empty()) info.version = text_of(child(one.prop, "getctag"));
        for (pugi::xml_node supported :
             children(child(one.prop, "supported-report-set"), "supported-report"))
            if (child(child(supported, "report"), "sync-collection")) info.sync_collection = true;
        out.push_back(info);
    }
    return {};
}

DavError DavClient::make_collection(const std::string& url, const std::string& name,
                                    bool contacts) {
    const std::string body =
        contacts
            ? R"(<?xml version="1.0" encoding="utf-8"?><d:mkcol xmlns:d="DAV:" )"
              R"(xmlns:card="urn:ietf:params:xml:ns:carddav"><d:set><d:prop><d:resourcetype>)"
              R"(<d:collection/><card:addressbook/></d:resourcetype><d:displayname>)" +
                  xml_escape(name) + "</d:displayname></d:prop></d:set></d:mkcol>"
            : R"(<?xml version="1.0" encoding="utf-8"?><cal:mkcalendar xmlns:d="DAV:" )"
              R"(xmlns:cal="urn:ietf:params:xml:ns:caldav"><d:set><d:prop><d:displayname>)" +
                  xml_escape(name) +
                  R"(</d:displayname><cal:supported-calendar-component-set>)"
                  R"(<cal:comp name="VEVENT"/><cal:comp name="VTODO"/><cal:comp name="VJOURNAL"/>)"
                  R"(</cal:supported-calendar-component-set></d:prop></d:set></cal:mkcalendar>)";
    const ports::HttpResponse r = send({contacts ? "MKCOL" : "MKCALENDAR",
                                        url,
                                        {{"Content-Type", "application/xml; charset=utf-8"}},
                                        body,
                                        {},
                                        {}});
    if (r.status == 201 || r.status == 200) return {};
    return error_for(r, "Making " + name);
}

DavError DavClient::changes(const std::string& collection, const std::string& token,
                            DavChanges& out) {
    const std::string body =
        R"(<?xml version="1.0" encoding="utf-8"?><d:sync-collection xmlns:d="DAV:"><d:sync-token>)" +
        xml_escape(token) +
        R"(</d:sync-token><d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop>)"
        R"(</d:sync-collection>)";
    const ports::HttpResponse r = send(
        {"REPORT", collection, {{"Content-Type", "application/xml; charset=utf-8"}}, body, {}, {}});
    if ((r.status == 403 || r.status == 409) &&
        r.body.find("valid-sync-token") != std::string::npos)
        return {DavProblem::TokenExpired, "the server no longer knows the last sync token"};
    if (r.status != 207) return error_for(r, "Listing changes");
    pugi::xml_document doc;
    std::vector<Response> responses;
    if (!parse_multistatus(r.body, doc, responses, out.token))
        return {DavProblem::NotDav, "the list of changes is not WebDAV's XML"};
    for (const Response& one : responses) {
        const std::string url = resolve_url(collection, one.href);
        if (url == with_slash(collection) || url == collection) continue;
        if (one.status == 404)
            out.removed.push_back(url);
        else if (one.prop)
            out.changed.push_back({url, text_of(child(one.prop, "getetag")), {}});
    }
    return {};
}

DavError DavClient::list(const std::string& collection, std::vector<DavItem>& out) {
    ports::HttpResponse r;
    if (DavError e = propfind(collection, 1, kEtagQuery, r)) return e;
    pugi::xml_document doc;
    std::vector<Response> responses;
    std::string token;
    if (!parse_multistatus(r.body, doc, responses, token))
        return {DavProblem::NotDav, "the item list is not WebDAV's XML"};
    for (const Response& one : responses) {
        if (child(child(one.prop, "resourcetype"), "collection")) continue;
        const std::string etag = text_of(child(one.prop, "getetag"));
        if (etag.empty()) continue;
        out.push_back({resolve_url(collection, one.href), etag, {}});
    }
    return {};
}

DavError DavClient::fetch(const std::string& collection, bool contacts,
                          const std::vector<std::string>& urls, std::vector<DavItem>& out) {
    constexpr size_t kBatch = 500;
    for (size_t first = 0; first < urls.size(); first += kBatch) {
        std::string body =
            contacts ? R"(<?xml version="1.0" encoding="utf-8"?><card:addressbook-multiget )"
                       R"(xmlns:d="DAV:" xmlns:card="urn:ietf:params:xml:ns:carddav"><d:prop>)"
                       R"(<d:getetag/><card:address-data/></d:prop>)"
                     : R"(<?xml version="1.0" encoding="utf-8"?><cal:calendar-multiget )"
                       R"(xmlns:d="DAV:" xmlns:cal="urn:ietf:params:xml:ns:caldav"><d:prop>)"
                       R"(<d:getetag/><cal:calendar-data/></d:prop>)";
        const size_t last = std::min(urls.size(), first + kBatch);
        for (size_t i = first; i < last; ++i) {
            std::string path = urls[i];
            if (size_t scheme = path.find("://"); scheme != std::string::npos)
                path = path.substr(std::min(path.size(), path.find('/', scheme + 3)));
            body += "<d:href>" + xml_escape(path) + "</d:href>";
        }
        body += contacts ? "</card:addressbook-multiget>" : "</cal:calendar-multiget>";
        const ports::HttpResponse r =
            send({"REPORT",
                  collection,
                  {{"Depth", "1"}, {"Content-Type", "application/xml; charset=utf-8"}},
                  body,
                  {},
                  {}});
        if (r.status != 207) return error_for(r, "Fetching items");
        pugi::xml_document doc;
        std::vector<Response> responses;
        std::string token;
        if (!parse_multistatus(r.body, doc, responses, token))
            return {DavProblem::NotDav, "the fetched items are not WebDAV's XML"};
        for (const Response& one : responses) {
            if (!one.prop) continue; // gone since it was listed: the next sync says so
            const pugi::xml_node data =
                child(one.prop, contacts ? "address-data" : "calendar-data");
            out.push_back({resolve_url(collection, one.href), text_of(child(one.prop, "getetag")),
                           data.child_value()});
        }
    }
    return {};
}

DavError DavClient::get(const std::string& url, DavItem& out, bool& missing) {
    const ports::HttpResponse r = send({"GET", url, {}, {}, {}, {}});
    missing = r.status == 404;
    if (missing) return {};
    if (r.status != 200) return error_for(r, "Reading an item");
    out = {url, r.header("etag"), r.body};
    return {};
}

DavError DavClient::put(const std::string& url, const std::string& body, bool contacts,
                        const std::string& etag, std::string& new_etag) {
    ports::HttpRequest request{
        "PUT",
        url,
        {{"Content-Type", contacts ? "text/vcard; charset=utf-8" : "text/calendar; charset=utf-8"}},
        body,
        {},
        {}};
    if (etag.empty())
        request.headers.emplace_back("If-None-Match", "*");
    else
        request.headers.emplace_back("If-Match", etag);
    const ports::HttpResponse r = send(request);
    if (r.status / 100 != 2) return error_for(r, "Saving an item");
    new_etag = r.header("etag");
    return {};
}

DavError DavClient::remove(const std::string& url, const std::string& etag) {
    ports::HttpRequest request{"DELETE", url, {}, {}, {}, {}};
    if (!etag.empty()) request.headers.emplace_back("If-Match", etag);
    const ports::HttpResponse r = send(request);
    if (r.status / 100 == 2 || r.status == 404) return {};
    return error_for(r, "Removing an item");
}

} // namespace rapport::sync
