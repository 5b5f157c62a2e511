// Items other apps write: a contact a phone made, a number a phone's
// contacts app changed. They come in, and what Rapport does not know
// survives its own edits.
#include "sync/local_server.hpp"
#include "sync/sync_device.hpp"

#include <doctest/doctest.h>

using namespace rapport;
using rapport::testing::LocalServer;
using rapport::testing::SyncDevice;

namespace {

constexpr core::Millis kStart = 1'764'000'000'000;

platform::HttpResponse request(const std::string& method, const std::string& url,
                               const std::string& body = {},
                               std::vector<std::pair<std::string, std::string>> headers = {}) {
    static auto http = platform::make_curl_client();
    return http->send(
        {method, url, std::move(headers), body, LocalServer::kUser, LocalServer::kPassword});
}

} // namespace

TEST_CASE("a vCard another client wrote comes in and keeps its unknown properties") {
    LocalServer server;
    REQUIRE_MESSAGE(server.start(), server.log());
    SyncDevice a(kStart);
    a.join(server.url());
    REQUIRE_FALSE(a.sync().error); // makes the Rapport address book
    const std::string book = a.store().sync().account()->contacts_url;
    const std::string card = "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Phone//Contacts//EN\r\n"
                             "UID:phone-contact-1\r\nFN:Li Wei\r\nN:Wei;Li;;;\r\n"
                             "TEL;TYPE=CELL:+1 555 0100\r\nX-PHONE-RINGTONE:chimes\r\n"
                             "BDAY:1990-04-12\r\nitem1.X-ABLABEL:Mentor\r\nEND:VCARD\r\n";
    const platform::HttpResponse put = request("PUT", book + "phone-contact-1.vcf", card,
                                               {{"Content-Type", "text/vcard; charset=utf-8"}});
    REQUIRE(put.status / 100 == 2);

    const sync::SyncOutcome in = a.sync();
    INFO(in.error.detail);
    REQUIRE_FALSE(in.error);
    CHECK(in.summary.pulled == 1);
    const auto li = a.store().people().find_by_name("Li Wei");
    REQUIRE(li);
    CHECK(li->phones == std::vector<std::string>{"+1 555 0100"});

    a.clock().advance(core::kMinute);
    core::Person edited = *li;
    edited.role = "Hiring manager";
    REQUIRE_FALSE(a.store().people().save(edited));
    const sync::SyncOutcome out = a.sync();
    REQUIRE_FALSE(out.error);
    CHECK(out.summary.pushed == 1);

    const platform::HttpResponse now = request("GET", book + "phone-contact-1.vcf");
    REQUIRE(now.status == 200);
    CHECK(now.body.find("Hiring manager") != std::string::npos);
    CHECK(now.body.find("X-PHONE-RINGTONE:chimes") != std::string::npos);
    CHECK(now.body.find("BDAY:1990-04-12") != std::string::npos);
    CHECK(now.body.find("item1.X-ABLABEL:Mentor") != std::string::npos);
    // Still one card for her on the server.
    const platform::HttpResponse listing =
        request("PROPFIND", book,
                R"(<d:propfind xmlns:d="DAV:"><d:prop><d:getetag/></d:prop></d:propfind>)",
                {{"Depth", "1"}});
    size_t cards = 0;
    for (size_t at = listing.body.find(".vcf<"); at != std::string::npos;
         at = listing.body.find(".vcf<", at + 1))
        ++cards;
    CHECK(cards == 1);
}

TEST_CASE("a phone changing a number on Rapport's own card comes in as an edit") {
    LocalServer server;
    REQUIRE_MESSAGE(server.start(), server.log());
    SyncDevice a(kStart);
    a.join(server.url());
    core::Person amara = a.add_person("Amara Osei");
    amara.phones = {"+44 20 7946 0000"};
    amara.role = "Designer";
    REQUIRE_FALSE(a.store().people().save(amara));
    REQUIRE_FALSE(a.sync().error);
    const auto item = a.store().sync().item("person", amara.id);
    REQUIRE(item);
    platform::HttpResponse got = request("GET", item->url);
    REQUIRE(got.status == 200);
    std::string changed = got.body;
    const size_t tel = changed.find("+44 20 7946 0000");
    REQUIRE(tel != std::string::npos);
    changed.replace(tel, 16, "+44 20 7946 1111");
    // The phone's app does not know Rapport's stamp; it only edits the number.
    REQUIRE(request("PUT", item->url, changed, {{"If-Match", got.header("etag")}}).status / 100 ==
            2);

    const sync::SyncOutcome in = a.sync();
    REQUIRE_FALSE(in.error);
    const auto now = a.store().people().find(amara.id);
    CHECK(now->phones == std::vector<std::string>{"+44 20 7946 1111"});
    CHECK(now->role == "Designer");
    CHECK(in.summary.conflicts == 0);
}
