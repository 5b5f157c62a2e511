// The portal is spoken to through GIO's D-Bus client rather than libportal:
// Debian's libportal 0.6 crashes in xdp_portal_new() when there is no session
// bus (seen here: a segmentation fault), and it cannot ask for a folder.
#include "platform/file_chooser.hpp"

#include <atomic>
#include <cstdlib>
#include <gio/gio.h>
#include <memory>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace rapport::platform {
namespace {

constexpr const char* kPortalName = "org.freedesktop.portal.Desktop";
constexpr const char* kPortalPath = "/org/freedesktop/portal/desktop";
constexpr const char* kChooserInterface = "org.freedesktop.portal.FileChooser";
constexpr const char* kRequestInterface = "org.freedesktop.portal.Request";
// The portal answers a method call at once (the dialog answers later, by a
// signal); a bus that does not answer in this long has no portal to speak of.
constexpr int kCallTimeoutMs = 20000;

struct GErrorFree {
    void operator()(GError* e) const { g_error_free(e); }
};
using ErrorPtr = std::unique_ptr<GError, GErrorFree>;
struct GFree {
    void operator()(void* p) const { g_free(p); }
};
using GText = std::unique_ptr<char, GFree>;

FileChoice unavailable(std::string why) {
    FileChoice c;
    c.outcome = FileChoice::Outcome::Unavailable;
    c.error = std::move(why);
    return c;
}

GVariant* filters_variant(const std::vector<FileFilter>& filters) {
    GVariantBuilder all;
    g_variant_builder_init(&all, G_VARIANT_TYPE("a(sa(us))"));
    for (const FileFilter& f : filters) {
        GVariantBuilder patterns;
        g_variant_builder_init(&patterns, G_VARIANT_TYPE("a(us)"));
        for (const std::string& p : f.patterns)
            g_variant_builder_add(&patterns, "(us)", 0u, p.c_str()); // 0: a glob
        g_variant_builder_add(&all, "(sa(us))", f.name.c_str(), &patterns);
    }
    return g_variant_builder_end(&all);
}

GVariant* portal_options(const FileRequest& r, const std::string& token) {
    GVariantBuilder b;
    g_variant_builder_init(&b, G_VARIANT_TYPE("a{sv}"));
    g_variant_builder_add(&b, "{sv}", "handle_token", g_variant_new_string(token.c_str()));
    g_variant_builder_add(&b, "{sv}", "modal", g_variant_new_boolean(TRUE));
    if (r.save && !r.current_name.empty())
        g_variant_builder_add(&b, "{sv}", "current_name",
                              g_variant_new_string(r.current_name.c_str()));
    if (!r.current_folder.empty()) // a byte string with its NUL, as the portal asks
        g_variant_builder_add(&b, "{sv}", "current_folder",
                              g_variant_new_bytestring(r.current_folder.c_str()));
    if (!r.save && r.folder)
        g_variant_builder_add(&b, "{sv}", "directory", g_variant_new_boolean(TRUE));
    if (!r.folder && !r.filters.empty())
        g_variant_builder_add(&b, "{sv}", "filters", filters_variant(r.filters));
    return g_variant_builder_end(&b);
}

// The request's object path, known before the call so its answer cannot be
// missed: /org/freedesktop/portal/desktop/request/SENDER/TOKEN.
std::string request_path(GDBusConnection* bus, const std::string& token) {
    std::string sender = g_dbus_connection_get_unique_name(bus) + 1; // without ':'
    for (char& c : sender)
        if (c == '.') c = '_';
    return std::string(kPortalPath) + "/request/" + sender + "/" + token;
}

struct Waiting {
    GMainLoop* loop = nullptr;
    bool answered = false;
    bool portal_gone = false;
    guint32 code = 2;
    std::string uri;
};

void on_response(GDBusConnection*, const char*, const char*, const char*, const char*,
                 GVariant* parameters, gpointer data) {
    auto* w = static_cast<Waiting*>(data);
    GVariant* results = nullptr;
    g_variant_get(parameters, "(u@a{sv})", &w->code, &results);
    if (results) {
        const char** uris = nullptr;
        if (g_variant_lookup(results, "uris", "^a&s", &uris) && uris && uris[0]) w->uri = uris[0];
        g_free(static_cast<void*>(uris));
        g_variant_unref(results);
    }
    w->answered = true;
    g_main_loop_quit(w->loop);
}

// The portal left the bus while its dialog was open: no answer will come.
void on_owner_changed(GDBusConnection*, const char*, const char*, const char*, const char*,
                      GVariant* parameters, gpointer data) {
    auto* w = static_cast<Waiting*>(data);
    const char* new_owner = nullptr;
    g_variant_get(parameters, "(&s&s&s)", nullptr, nullptr, &new_owner);
    if (new_owner && *new_owner == '\0') {
        w->portal_gone = true;
        g_main_loop_quit(w->loop);
    }
}

guint subscribe_response(GDBusConnection* bus, const std::string& path, Waiting& w) {
    return g_dbus_connection_signal_subscribe(bus, kPortalName, kRequestInterface, "Response",
                                              path.c_str(), nullptr, G_DBUS_SIGNAL_FLAGS_NONE,
                                              on_response, &w, nullptr);
}

FileChoice portal_on_bus(GDBusConnection* bus, GMainContext* context, const FileRequest& r) {
    static std::atomic<unsigned> counter{0};
    const std::string token =
        "rapport_" + std::to_string(getpid()) + "_" + std::to_string(++counter);
    std::string path = request_path(bus, token);
    Waiting w;
    w.loop = g_main_loop_new(context, FALSE);
    guint response = subscribe_response(bus, path, w);
    const guint owner =
        g_dbus_connection_signal_subscribe(bus, "org.freedesktop.DBus", "org.freedesktop.DBus",
                                           "NameOwnerChanged", "/org/freedesktop/DBus", kPortalName,
                                           G_DBUS_SIGNAL_FLAGS_NONE, on_owner_changed, &w, nullptr);
    GError* raw = nullptr;
    GVariant* reply = g_dbus_connection_call_sync(
        bus, kPortalName, kPortalPath, kChooserInterface, r.save ? "SaveFile" : "OpenFile",
        g_variant_new("(ss@a{sv})", "", r.title.c_str(), portal_options(r, token)),
        G_VARIANT_TYPE("(o)"), G_DBUS_CALL_FLAGS_NONE, kCallTimeoutMs, nullptr, &raw);
    ErrorPtr error(raw);
    FileChoice choice;
    if (!reply) {
        choice = unavailable(std::string("no desktop portal answered (") + error->message + ")");
    } else {
        const char* handle = nullptr;
        g_variant_get(reply, "(&o)", &handle);
        if (handle && path != handle) { // an older portal chose its own path
            g_dbus_connection_signal_unsubscribe(bus, response);
            path = handle;
            response = subscribe_response(bus, path, w);
        }
        g_variant_unref(reply);
        if (!w.answered && !w.portal_gone) g_main_loop_run(w.loop);
        if (w.portal_gone && !w.answered) {
            choice = unavailable("the desktop portal stopped while its dialog was open");
        } else if (w.code == 1) {
            choice.outcome = FileChoice::Outcome::Cancelled;
        } else if (w.code != 0) {
            choice = unavailable("the desktop portal could not show a file chooser");
        } else {
            choice.path = path_of_file_uri(w.uri);
            if (choice.path.empty())
                choice = unavailable("the file chooser gave " + w.uri + ", not a local file");
            else
                choice.outcome = FileChoice::Outcome::Chosen;
        }
        choice.via = "portal";
    }
    g_dbus_connection_signal_unsubscribe(bus, response);
    g_dbus_connection_signal_unsubscribe(bus, owner);
    g_main_loop_unref(w.loop);
    return choice;
}

// Runs a dialog program; its exit status says chosen (0) or cancelled (1).
FileChoice run_program(const std::string& program, std::vector<std::string> args) {
    GText found(g_find_program_in_path(program.c_str()));
    if (!found) return unavailable(program + " is not installed");
    std::vector<char*> argv{found.get()};
    for (std::string& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    char* out = nullptr;
    int status = 0;
    GError* raw = nullptr;
    const bool ran = g_spawn_sync(nullptr, argv.data(), nullptr, G_SPAWN_STDERR_TO_DEV_NULL,
                                  nullptr, nullptr, &out, nullptr, &status, &raw);
    ErrorPtr error(raw);
    GText output(out);
    if (!ran) return unavailable(program + " did not start (" + error->message + ")");
    const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128;
    FileChoice choice;
    choice.via = program;
    if (code == 1) {
        choice.outcome = FileChoice::Outcome::Cancelled;
        return choice;
    }
    std::string path = output ? output.get() : "";
    while (!path.empty() && (path.back() == '\n' || path.back() == '\r'))
        path.pop_back();
    if (code != 0 || path.empty())
        return unavailable(program + " stopped with status " + std::to_string(code));
    choice.outcome = FileChoice::Outcome::Chosen;
    choice.path = path;
    return choice;
}

std::string start_at(const FileRequest& r) {
    std::string start = r.current_folder.empty() ? "." : r.current_folder;
    if (r.save && !r.current_name.empty()) start += "/" + r.current_name;
    return start;
}

FileChoice with_zenity(const FileRequest& r) {
    std::vector<std::string> args{"--file-selection", "--title=" + r.title};
    if (r.save) args.insert(args.end(), {"--save", "--confirm-overwrite"});
    if (r.folder && !r.save) args.push_back("--directory");
    args.push_back("--filename=" + start_at(r) + (r.save ? "" : "/"));
    if (!r.folder)
        for (const FileFilter& f : r.filters) {
            std::string filter = "--file-filter=" + f.name + " |";
            for (const std::string& p : f.patterns)
                filter += " " + p;
            args.push_back(filter);
        }
    return run_program("zenity", std::move(args));
}

FileChoice with_kdialog(const FileRequest& r) {
    std::vector<std::string> args{"--title", r.title};
    if (r.folder && !r.save) {
        args.insert(args.end(), {"--getexistingdirectory", start_at(r)});
        return run_program("kdialog", std::move(args));
    }
    args.insert(args.end(), {r.save ? "--getsavefilename" : "--getopenfilename", start_at(r)});
    std::string filter; // "*.csv *.vcf|Contacts\n*|All files"
    for (const FileFilter& f : r.filters) {
        if (!filter.empty()) filter += "\n";
        for (const std::string& p : f.patterns)
            filter += p + " ";
        filter += "|" + f.name;
    }
    if (!filter.empty()) args.push_back(filter);
    return run_program("kdialog", std::move(args));
}

} // namespace

std::string path_of_file_uri(std::string_view uri) {
    const std::string text(uri);
    GText path(g_filename_from_uri(text.c_str(), nullptr, nullptr));
    return path ? std::string(path.get()) : std::string();
}

FileChoice choose_with_portal(const FileRequest& request) {
    // A context of this thread's own, so the portal's answer is dispatched
    // here and never into a loop some other part of the process runs.
    GMainContext* context = g_main_context_new();
    g_main_context_push_thread_default(context);
    FileChoice choice;
    GError* raw = nullptr;
    GText address(g_dbus_address_get_for_bus_sync(G_BUS_TYPE_SESSION, nullptr, &raw));
    ErrorPtr error(raw);
    GDBusConnection* bus = nullptr;
    if (address) {
        bus = g_dbus_connection_new_for_address_sync(
            address.get(),
            static_cast<GDBusConnectionFlags>(G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                              G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION),
            nullptr, nullptr, &raw);
        error.reset(raw);
    }
    if (!bus) {
        choice = unavailable(std::string("no session bus (") +
                             (error ? error->message : "no address") + ")");
    } else {
        choice = portal_on_bus(bus, context, request);
        g_dbus_connection_close_sync(bus, nullptr, nullptr);
        g_object_unref(bus);
    }
    g_main_context_pop_thread_default(context);
    g_main_context_unref(context);
    return choice;
}

FileChoice choose_with_program(const FileRequest& request) {
    // Without a display both exit with 1, which would read as "cancelled".
    if (!g_getenv("DISPLAY") && !g_getenv("WAYLAND_DISPLAY"))
        return unavailable("no display for zenity or kdialog");
    FileChoice zenity = with_zenity(request);
    if (zenity.outcome != FileChoice::Outcome::Unavailable) return zenity;
    FileChoice kdialog = with_kdialog(request);
    if (kdialog.outcome != FileChoice::Outcome::Unavailable) return kdialog;
    return unavailable(zenity.error + "; " + kdialog.error);
}

FileChoice choose_blocking(const FileRequest& request) {
    FileChoice portal = choose_with_portal(request);
    if (portal.outcome != FileChoice::Outcome::Unavailable) return portal;
    FileChoice program = choose_with_program(request);
    if (program.outcome != FileChoice::Outcome::Unavailable) return program;
    return unavailable(portal.error + "; " + program.error);
}

void choose_file(FileRequest request, std::function<void(FileChoice)> done) {
    std::thread([request = std::move(request), done = std::move(done)] {
        done(choose_blocking(request));
    }).detach();
}

} // namespace rapport::platform
