// What `rapport --help`, `rapport VERB --help` and `--version` print: the
// words of the command line, apart from how it is read (command_line.cpp).
#include "shell/command_line.hpp"

#include "version.hpp"

#include <string>

namespace rapport {

std::string help_text() {
    return "Rapport " RAPPORT_VERSION " — informational interviews, from research to thank-you.\n"
           "\n"
           "Usage: rapport [OPTIONS]\n"
           "       rapport capture [--person NAME [--new] [--met]] [--db PATH] TEXT…\n"
           "       rapport import FILE [--dry-run] [--yes] [--db PATH]\n"
           "       rapport export --format vcf|ics|csv|md|json [--out PATH] [--db PATH]\n"
           "       rapport search QUERY… [--json] [--db PATH]\n"
           "       rapport sync [--setup URL --user NAME] [--db PATH]\n"
           "       rapport remind [--wait SECONDS] [--db PATH]\n"
           "\n"
           "  --db PATH              use this database (default: "
           "$XDG_DATA_HOME/rapport/rapport.db)\n"
           "  --capture              open straight into capture\n"
           "  --open person:ID       open on this person (a reminder's click)\n"
           "  --demo[=N]             fill an empty database with N demo people (default 36)\n"
           "  --theme light|dark     use this theme for this run\n"
           "  --screenshot FILE.png  render a screen off-screen, save it, and exit\n"
           "      --screen NAME      today, people, person[:NAME], capture, conversation,\n"
           "                         prepare, questions (a plan), speech, compose,\n"
           "                         compare, careers, career, careers-compare,\n"
           "                         settings, templates, data, note, debrief,\n"
           "                         inbox, heard (what I've heard), scheduled\n"
           "                         (coming up), help[:N], import:FILE\n"
           "      --size WxH         image size in logical px (default 420x860)\n"
           "  --version              print the version and exit\n"
           "  -h, --help             print this help and exit\n"
           "\n"
           "`rapport capture` files a note from a terminal, without a window: about\n"
           "NAME, it is the debrief of a conversation held in the last hours (or, with\n"
           "--met, of one held now), and a thank-you is due.\n"
           "\n"
           "`rapport import` reads LinkedIn Connections.csv, vCard (.vcf), Google Contacts\n"
           "CSV or a Rapport JSON backup; --dry-run shows what would change. A backup\n"
           "replaces a database that has data only with --yes (a snapshot is kept).\n"
           "`rapport export` writes to --out (a folder for md) or to the terminal.\n"
           "These exit 0 on success and 2 with a reason on bad input.\n"
           "\n"
           "Only one Rapport opens a database at a time: a second launch brings the\n"
           "running window to the front (with --capture, opens capture there).\n"
           "`rapport COMMAND --help` prints that command's own usage.\n";
}

std::string command_help(const std::string& verb) {
    if (verb == "capture")
        return "Usage: rapport capture [--person NAME [--new] [--met]] [--db PATH] TEXT…\n"
               "\n"
               "Files a note from a terminal, without a window (the running Rapport, if\n"
               "any, shows it at once).\n"
               "\n"
               "  --person NAME  about this person; a name that is not in Rapport exits 2\n"
               "                 with the closest names. If your conversation with them\n"
               "                 was held or planned in the last 3 hours, the note is its\n"
               "                 debrief: the conversation is marked held (once) and the\n"
               "                 thank-you is due; otherwise it is a plain note\n"
               "  --met          you met them now: with no conversation to debrief, one\n"
               "                 is recorded as held now\n"
               "  --new          add NAME as a new person first if no one has that name\n"
               "  --db PATH      use this database\n"
               "  -h, --help     print this help and exit\n"
               "\n"
               "Without --person the note waits in your inbox. Text after -- is taken\n"
               "as it is, even if it starts with --.\n"
               "Example: rapport capture --person \"Amara Osei\" Start with usability testing\n";
    if (verb == "import")
        return "Usage: rapport import FILE [--dry-run] [--yes] [--db PATH]\n"
               "\n"
               "Reads LinkedIn Connections.csv, vCard (.vcf, 2.1/3.0/4.0), Google Contacts\n"
               "CSV or a Rapport JSON backup, in one transaction: a bad line is reported\n"
               "with its number and nothing is imported.\n"
               "\n"
               "  --dry-run   show what would be added, merged or skipped; change nothing\n"
               "  --yes       let a backup replace a database that has data (a snapshot\n"
               "              of it is kept first)\n"
               "  --db PATH   use this database\n"
               "  -h, --help  print this help and exit\n";
    if (verb == "export")
        return "Usage: rapport export --format vcf|ics|csv|md|json [--out PATH] [--db PATH]\n"
               "\n"
               "  --format F  vcf (vCard 4.0), ics (iCalendar), csv, md (one Markdown file\n"
               "              per person, into a folder) or json (a full backup)\n"
               "  --out PATH  write here (a folder for md); without it, to the terminal\n"
               "  --db PATH   use this database\n"
               "  -h, --help  print this help and exit\n";
    if (verb == "remind")
        return "Usage: rapport remind [--wait SECONDS] [--db PATH]\n"
               "\n"
               "Shows a desktop notification for each follow-up that is due and has not\n"
               "been announced (one per follow-up; again only once it is snoozed to a new\n"
               "time), then waits up to SECONDS (600) for a click, which opens Rapport on\n"
               "that person. Does nothing while reminders are off in Settings or in your\n"
               "quiet hours. The rapport-remind.timer systemd user unit runs it every 15\n"
               "minutes once reminders are on. Exit 1 when no notification service\n"
               "answers.\n"
               "\n"
               "  --wait SECONDS  how long to wait for a click (0: not at all)\n"
               "  --db PATH       use this database\n"
               "  -h, --help      print this help and exit\n";
    if (verb == "sync")
        return "Usage: rapport sync [--db PATH]\n"
               "       rapport sync --setup URL --user NAME [--db PATH]\n"
               "\n"
               "Syncs with your CardDAV/CalDAV server (Radicale, Nextcloud, Baikal,\n"
               "Fastmail…): what changed there comes in, what changed here goes out, and\n"
               "a summary of what moved is printed. Exit 2 with one line when the setup or\n"
               "the password is wrong, 1 when the server cannot be reached.\n"
               "\n"
               "  --setup URL  the server (its address, or any page of it that leads to\n"
               "               your address books); with --user, checks it and keeps the\n"
               "               password in your keyring. RAPPORT_SYNC_PASSWORD gives the\n"
               "               password without a prompt (for scripts)\n"
               "  --user NAME  your user name on that server\n"
               "  --db PATH    use this database\n"
               "  -h, --help   print this help and exit\n";
    return "Usage: rapport search QUERY… [--json] [--db PATH]\n"
           "\n"
           "Searches people, research, notes, conversations and answers, best first.\n"
           "\n"
           "  --json      the results as a JSON array instead of text\n"
           "  --db PATH   use this database\n"
           "  -h, --help  print this help and exit\n";
}

std::string version_text() {
    return "rapport " RAPPORT_VERSION "\n";
}

} // namespace rapport
