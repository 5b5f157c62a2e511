#include "interop/exports.hpp"

#include "core/calendar.hpp"
#include "interop/csv.hpp"
#include "interop/icalendar.hpp"
#include "interop/vcard.hpp"

#include <cctype>
#include <map>
#include <set>

namespace rapport::interop {
namespace {

std::string joined(const std::vector<std::string>& values, const char* separator) {
    std::string out;
    for (const std::string& v : values)
        out += (out.empty() ? "" : separator) + v;
    return out;
}

std::string follow_up_title(const core::FollowUp& f, const core::ExportSet& set) {
    const std::string who = set.name_of(f.person_id);
    switch (f.kind) {
    case core::FollowUpKind::ThankYou:
        return "Send a thank-you note to " + who;
    case core::FollowUpKind::Nudge:
        return "Nudge " + who + " about a conversation";
    case core::FollowUpKind::LastNudge:
        return "Last nudge to " + who;
    case core::FollowUpKind::KeepInTouch:
        return "Keep in touch with " + who;
    case core::FollowUpKind::TellReferrer: {
        const std::string met = f.about_person_id ? set.name_of(*f.about_person_id) : "";
        return "Tell " + who + " you met " + (met.empty() ? "their referral" : met);
    }
    case core::FollowUpKind::Custom:
        return f.title.empty() ? "Follow up with " + who : f.title;
    }
    return f.title;
}

std::string mode_label(core::ConversationMode mode) {
    return std::string(core::label_of(core::conversation_mode_names(), mode));
}

void section(std::string& out, const char* title, const std::string& text) {
    if (text.find_first_not_of(" \n") == std::string::npos) return;
    out += "**" + std::string(title) + ":** " + text + "\n\n";
}

std::string conversation_markdown(const core::Conversation& c, const std::string& heading) {
    std::string out = heading + "\n\n";
    out += "*" + std::to_string(c.duration_minutes) + " min · " + mode_label(c.mode) + " · " +
           std::string(core::label_of(core::conversation_status_names(), c.status)) + "*\n\n";
    if (!c.place.empty()) out += "Where: " + c.place + "\n\n";
    for (const core::PlannedQuestion& q : c.questions) {
        out += "- **" + q.text + "**";
        if (!q.answer.empty()) out += "  \n  " + q.answer;
        out += "\n";
    }
    if (!c.questions.empty()) out += "\n";
    section(out, "Takeaways", c.takeaways);
    section(out, "Advice", c.advice);
    section(out, "Courses", c.courses);
    section(out, "Certifications", c.certifications);
    section(out, "Mentors", c.mentors);
    section(out, "Likes", c.likes);
    section(out, "Dislikes", c.dislikes);
    section(out, "Next steps", c.next_steps);
    section(out, "Notes", c.notes);
    return out;
}

} // namespace

std::string research_summary(const core::Person& p) {
    std::string out;
    auto add = [&](const char* label, const std::string& value) {
        if (value.find_first_not_of(" \n") != std::string::npos)
            out += (out.empty() ? "" : "\n") + std::string(label) + ": " + value;
    };
    add("Education", p.research.education);
    add("Specialty", p.research.specialty);
    add("Past careers", p.research.past_careers);
    add("Inspirations", p.research.inspirations);
    if (!p.research.links.empty()) add("Links", joined(p.research.links, " "));
    add("Notes", p.research.notes);
    return out;
}

std::string file_slug(const std::string& name) {
    std::string slug;
    for (unsigned char c : name) {
        if (std::isalnum(c))
            slug += static_cast<char>(std::tolower(c));
        else if (c >= 0x80)
            slug += static_cast<char>(c); // letters beyond ASCII stay
        else if (!slug.empty() && slug.back() != '-')
            slug += '-';
    }
    while (!slug.empty() && slug.back() == '-')
        slug.pop_back();
    return slug.empty() ? "person" : slug.substr(0, 80);
}

std::string export_vcards(const core::ExportSet& set) {
    std::string out;
    for (const core::Person& p : set.people) {
        VcardExtras extras;
        if (p.referred_by) extras.referrer_id = *p.referred_by;
        extras.research = research_summary(p);
        out += write_vcard(p, extras);
    }
    return out;
}

std::string export_calendar(const core::ExportSet& set, core::Millis now) {
    std::string out;
    out += ical_line("BEGIN", "VCALENDAR");
    out += ical_line("VERSION", "2.0");
    out += ical_line("PRODID", "-//Rapport//Informational interviews//EN");
    out += ical_line("CALSCALE", "GREGORIAN");
    for (const core::Conversation& c : set.conversations) {
        std::string description = "Informational interview (" + std::to_string(c.duration_minutes) +
                                  " minutes, " + mode_label(c.mode) + ").";
        for (const core::PlannedQuestion& q : c.questions)
            description += "\n- " + q.text + (q.answer.empty() ? "" : "\n  " + q.answer);
        if (!c.takeaways.empty()) description += "\nTakeaways: " + c.takeaways;
        out += ical_line("BEGIN", "VEVENT");
        out += ical_line("UID", c.id + "@rapport");
        out += ical_line("DTSTAMP", ical_utc(now));
        out += ical_line("DTSTART", ical_utc(c.when));
        out += ical_line("DTEND", ical_utc(c.when + static_cast<core::Millis>(c.duration_minutes) *
                                                        core::kMinute));
        out += ical_line("SUMMARY", ical_escape("Conversation with " + set.name_of(c.person_id)));
        if (!c.place.empty()) out += ical_line("LOCATION", ical_escape(c.place));
        out += ical_line("DESCRIPTION", ical_escape(description));
        out += ical_line("STATUS", c.status == core::ConversationStatus::Cancelled ? "CANCELLED"
                                                                                   : "CONFIRMED");
        out += ical_line("END", "VEVENT");
    }
    for (const core::FollowUp& f : set.follow_ups) {
        const std::string title = follow_up_title(f, set);
        out += ical_line("BEGIN", "VTODO");
        out += ical_line("UID", f.id + "@rapport");
        out += ical_line("DTSTAMP", ical_utc(now));
        out += ical_line("CREATED", ical_utc(f.created_at));
        out += ical_line("SUMMARY", ical_escape(title));
        out += ical_line("DUE", ical_utc(f.due));
        if (f.done_at) {
            out += ical_line("STATUS", "COMPLETED");
            out += ical_line("COMPLETED", ical_utc(*f.done_at));
        } else {
            out += ical_line("STATUS", "NEEDS-ACTION");
            out += ical_line("BEGIN", "VALARM");
            out += ical_line("ACTION", "DISPLAY");
            out += ical_line("DESCRIPTION", ical_escape(title));
            out += ical_line("TRIGGER;RELATED=END", "PT0S");
            out += ical_line("END", "VALARM");
        }
        out += ical_line("END", "VTODO");
    }
    out += ical_line("END", "VCALENDAR");
    return out;
}

std::string export_people_csv(const core::ExportSet& set, const core::Clock& clock) {
    std::string out = csv_record({"Name", "Role", "Organisation", "Field", "Location", "Emails",
                                  "Phones", "LinkedIn", "Links", "Tags", "Source", "Stage",
                                  "Referred by", "Last contact", "Added", "Id"});
    for (const core::Person& p : set.people) {
        out += csv_record(
            {p.name, p.role, p.organisation, p.field, p.location, joined(p.emails, " ::: "),
             joined(p.phones, " ::: "), p.linkedin, joined(p.links, " ::: "),
             joined(p.tags, " ::: "), std::string(core::source_label(p.source)),
             std::string(core::stage_label(p.stage)),
             p.referred_by ? set.name_of(*p.referred_by) : "",
             p.last_interaction_at ? core::local_date_text(*p.last_interaction_at, clock) : "",
             core::local_date_text(p.created_at, clock), p.id});
    }
    return out;
}

std::string export_document(std::string_view code, const core::ExportSet& set,
                            const core::Clock& clock) {
    if (code == "vcf") return export_vcards(set);
    if (code == "ics") return export_calendar(set, clock.now());
    if (code == "csv") return export_people_csv(set, clock);
    std::string out;
    if (code == "md")
        for (const auto& [name, text] : export_markdown(set, clock))
            out += text + "\n";
    return out;
}

namespace {

// The card at the top of a person's page: who they are and how to reach them.
std::string person_header_markdown(const core::Person& p, const core::ExportSet& set) {
    std::string md = "# " + p.name + "\n\n";
    std::string line = p.role;
    if (!p.organisation.empty()) line += (line.empty() ? "" : " at ") + p.organisation;
    if (!line.empty()) md += line + "\n\n";
    md += "- Stage: " + std::string(core::stage_label(p.stage)) + "\n";
    md += "- Found through: " + std::string(core::source_label(p.source)) + "\n";
    if (p.referred_by) md += "- Referred by: " + set.name_of(*p.referred_by) + "\n";
    for (const std::string& e : p.emails)
        md += "- Email: " + e + "\n";
    for (const std::string& t : p.phones)
        md += "- Phone: " + t + "\n";
    if (!p.linkedin.empty()) md += "- LinkedIn: " + p.linkedin + "\n";
    for (const std::string& l : p.links)
        md += "- Link: " + l + "\n";
    if (!p.tags.empty()) md += "- Tags: " + joined(p.tags, ", ") + "\n";
    md += "\n";
    if (const std::string research = research_summary(p); !research.empty()) {
        md += "## Research\n\n";
        for (char c : research)
            md += c == '\n' ? std::string("  \n") : std::string(1, c);
        md += "\n\n";
    }
    return md;
}

// A "## title" section of the person's rows in `rows`, each written by
// `write`; nothing when they have none.
template <typename Row, typename Write>
std::string person_section(const char* title, const std::vector<Row>& rows, const core::Person& p,
                           Write write) {
    std::string md;
    for (const Row& row : rows) {
        if (row.person_id != p.id) continue;
        if (md.empty()) md = "## " + std::string(title) + "\n\n";
        md += write(row);
    }
    return md;
}

std::string person_markdown(const core::Person& p, const core::ExportSet& set,
                            const core::Clock& clock) {
    std::string md = person_header_markdown(p, set);
    md += person_section("Conversations", set.conversations, p, [&](const core::Conversation& c) {
        return conversation_markdown(c, "### " + core::local_date_text(c.when, clock) + " " +
                                            core::local_time_text(c.when, clock));
    });
    md += person_section("Notes", set.notes, p, [&](const core::Note& n) {
        return "### " + core::local_date_text(n.created_at, clock) + "\n\n" + n.body + "\n\n";
    });
    md += person_section("Follow-ups", set.follow_ups, p, [&](const core::FollowUp& f) {
        return std::string(f.done_at ? "- [x] " : "- [ ] ") + follow_up_title(f, set) + " (due " +
               core::local_date_text(f.due, clock) + ")\n";
    });
    return md;
}

} // namespace

std::vector<std::pair<std::string, std::string>> export_markdown(const core::ExportSet& set,
                                                                 const core::Clock& clock) {
    std::vector<std::pair<std::string, std::string>> files;
    std::set<std::string> used;
    for (const core::Person& p : set.people) {
        std::string slug = file_slug(p.name);
        for (int n = 2; used.count(slug); ++n)
            slug = file_slug(p.name) + "-" + std::to_string(n);
        used.insert(slug);
        files.emplace_back("people/" + slug + ".md", person_markdown(p, set, clock));
    }
    std::string notebook = "# Conversations\n\n";
    for (const core::Conversation& c : set.conversations)
        notebook += conversation_markdown(c, "## " + set.name_of(c.person_id) + " · " +
                                                 core::local_date_text(c.when, clock));
    files.emplace_back("conversations.md", notebook);
    return files;
}

} // namespace rapport::interop
