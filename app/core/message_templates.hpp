#pragma once
// Message templates for each step of the practice, filled from the person,
// the user's profile and the last conversation. An empty field shows as a
// visible [bracketed] gap to fill in, never as silence.
#include "core/person.hpp"
#include "core/profile.hpp"
#include "core/records.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::core {

struct MessageDraft {
    std::string subject;
    std::string body;
    bool operator==(const MessageDraft&) const = default;
};

// LinkedIn's limit on a connection request's note.
constexpr int kLinkedInNoteLimit = 300;
// Characters as a person counts them (code points, not bytes).
int character_count(std::string_view text);

// A placeholder a template may use, and what it stands for.
struct Placeholder {
    const char* key; // first_name, written {first_name}
    const char* meaning;
};
const std::vector<Placeholder>& placeholders();

// Placeholders: {first_name} {name} {role} {organisation} {field}
// {how_found} {my_name} {my_study} {learned} {referrer} {met_person}, and
// from research {past_career} {specialty} {education} {inspiration}.
using TemplateValues = std::map<std::string, std::string>;

// What a person's own fields and research give the placeholders: name,
// first name (a title such as "Dr." keeps the whole name), role,
// organisation, field (their specialty when no field is set), the first of
// their past careers, specialty, education and inspiration.
TemplateValues person_values(const Person& person);
// The student's own: my_name, my_study, and my_goal, what they are exploring
// (else the first of their goals, else the person's field, already in `v`),
// which names the conversation an outreach asks for.
void add_profile_values(TemplateValues& v, const Profile& me);

// True when the text still has a [bracketed] gap a placeholder left.
bool has_gap(const std::string& text);

// The message a person's stage calls for: ask, nudge, thank, keep in touch.
MessageKind message_kind_for(Stage stage);

// The built-in template of a kind.
MessageDraft template_for(MessageKind kind);
std::string fill_placeholders(const std::string& text, const TemplateValues& values);
// The template filled in: the user's own version of it when there is one.
MessageDraft filled_template(MessageKind kind, const TemplateValues& values,
                             const std::optional<MessageDraft>& own = std::nullopt);

// Percent-encoding of everything but unreserved characters (RFC 3986);
// bare line feeds become %0D%0A as mail links want.
std::string percent_encode(const std::string& text);

// mailto: link with subject and body percent-encoded (RFC 6068), line ends
// as %0D%0A.
std::string mailto_link(const std::string& to, const std::string& subject, const std::string& body);

} // namespace rapport::core
