// A list of people named in eight scripts, from a LinkedIn export and a
// vCard: imported with their names written as their owners write them,
// sorted by the locale's collation, found by search.
#include "interop/contact_import.hpp"
#include "unit/store/store_fixture.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

using namespace rapport;
using rapport::testing::StoreFixture;

namespace {

std::string read_data(const std::string& name) {
    std::ifstream in(std::string(RAPPORT_TESTS_DIR) + "/data/" + name, std::ios::binary);
    REQUIRE_MESSAGE(in, name);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void import(StoreFixture& f, const std::string& file) {
    const core::ImportParse parsed = interop::parse_contacts(read_data(file));
    REQUIRE_MESSAGE(parsed.ok(), parsed.error);
    store::ImportOutcome outcome;
    REQUIRE_FALSE(f.store->imports().apply(f.store->imports().plan(parsed), outcome));
}

std::vector<std::string> names_by(StoreFixture& f, store::PeopleSort sort) {
    store::PeopleQuery q;
    q.sort = sort;
    std::vector<std::string> names;
    for (const auto& p : f.store->people().list(q))
        names.push_back(p.name);
    return names;
}

std::vector<std::string> found(StoreFixture& f, const std::string& text) {
    std::vector<std::string> names;
    for (const auto& hit : f.store->search().find(text))
        if (hit.kind == "person") names.push_back(hit.person_name);
    return names;
}

} // namespace

TEST_CASE_FIXTURE(StoreFixture,
                  "people named in eight scripts import, sort by name and are found") {
    import(*this, "scripts-linkedin.csv");
    import(*this, "scripts.vcf");
    add("Eda Aydın");
    add("Fay Morgan");

    const std::vector<std::string> names = names_by(*this, store::PeopleSort::Name);
    REQUIRE(names.size() == 21);
    const auto at = [&](const std::string& name) {
        const auto it = std::find(names.begin(), names.end(), name);
        REQUIRE_MESSAGE(it != names.end(), name);
        return it - names.begin();
    };
    // Written as their owners write them.
    for (const char* name :
         {"王芳", "김민준", "田中さくら", "李娜", "박서연", "محمد العلي", "ليلى حداد", "יעל כהן",
          "נועה לוי", "प्रिया शर्मा", "अर्जुन पटेल", "สมชาย ใจดี", "นภา ศรีสุข", "Ελένη Οικονόμου",
          "Анна Петрова", "Íñigo Núñez", "Émile Zola"})
        at(name);
    // Accented Latin among its letters, not after Z.
    CHECK(at("Eda Aydın") < at("Émile Zola"));
    CHECK(at("Émile Zola") < at("Fay Morgan"));
    CHECK(at("Fay Morgan") < at("Íñigo Núñez"));
    // Each script in its own alphabetical order: А before Д, yod before
    // nun, lam before meem.
    CHECK(at("Анна Петрова") < at("Дмитрий Иванов"));
    CHECK(at("יעל כהן") < at("נועה לוי"));
    CHECK(at("ليلى حداد") < at("محمد العلي"));
    // Thai sorts by the consonant, not the vowel sign written first.
    CHECK(at("นภา ศรีสุข") < at("สมชาย ใจดี"));
    // Scripts do not interleave: Latin, then Greek, then Cyrillic.
    CHECK(at("Fay Morgan") < at("Ελένη Οικονόμου"));
    CHECK(at("Ελένη Οικονόμου") < at("Анна Петрова"));

    // Found by any part of the name, in scripts written without spaces too.
    CHECK(found(*this, "芳") == std::vector<std::string>{"王芳"});
    CHECK(found(*this, "王芳") == std::vector<std::string>{"王芳"});
    CHECK(found(*this, "민준") == std::vector<std::string>{"김민준"});
    CHECK(found(*this, "さくら") == std::vector<std::string>{"田中さくら"});
    CHECK(found(*this, "ใจดี") == std::vector<std::string>{"สมชาย ใจดี"});
    CHECK(found(*this, "محمد") == std::vector<std::string>{"محمد العلي"});
    CHECK(found(*this, "נועה") == std::vector<std::string>{"נועה לוי"});
    CHECK(found(*this, "अर्जुन") == std::vector<std::string>{"अर्जुन पटेल"});
    CHECK(found(*this, "Дмит") == std::vector<std::string>{"Дмитрий Иванов"});
    CHECK(found(*this, "Ελέ") == std::vector<std::string>{"Ελένη Οικονόμου"});
    CHECK(found(*this, "inigo") == std::vector<std::string>{"Íñigo Núñez"});
    // A role in Chinese is found inside its run of characters as well.
    CHECK(found(*this, "科学") == std::vector<std::string>{"李娜"});
}
