#!/usr/bin/python3
# A stand-in for the XDG desktop portal's FileChooser, on the private session
# bus a test started: it answers every OpenFile and SaveFile at once with the
# answer it was given (a file URI, or "cancel"), logs each request as a line
# of JSON, and writes the ready file once it owns the portal's name.
#   portal_stand_in.py ANSWER LOG READY
import json
import sys

from gi.repository import Gio, GLib

answer, log_path, ready_path = sys.argv[1:4]

METHOD = """<method name="{}">
  <arg type="s" name="parent_window" direction="in"/>
  <arg type="s" name="title" direction="in"/>
  <arg type="a{{sv}}" name="options" direction="in"/>
  <arg type="o" name="handle" direction="out"/>
</method>"""
XML = ('<node><interface name="org.freedesktop.portal.FileChooser">' +
       METHOD.format("OpenFile") + METHOD.format("SaveFile") + "</interface></node>")


def plain(key, value):
    """Options as JSON can hold them: the folder (a byte string, which GLib
    unpacks as a list of numbers) as text without its NUL."""
    if key == "current_folder":
        return bytes(value).rstrip(b"\0").decode()
    return value


def on_call(connection, sender, path, interface, method, parameters, invocation):
    _parent, title, options = parameters.unpack()
    token = options.get("handle_token", "t")
    handle = "/org/freedesktop/portal/desktop/request/%s/%s" % (
        sender[1:].replace(".", "_"), token)
    with open(log_path, "a") as log:
        log.write(json.dumps({"method": method, "title": title,
                              "options": {k: plain(k, v) for k, v in options.items()}}) + "\n")
    invocation.return_value(GLib.Variant("(o)", (handle,)))
    if answer == "cancel":
        code, results = 1, {}
    else:
        code, results = 0, {"uris": GLib.Variant("as", [answer])}
    connection.emit_signal(sender, handle, "org.freedesktop.portal.Request", "Response",
                           GLib.Variant("(ua{sv})", (code, results)))


def on_name(_connection, _name):
    with open(ready_path, "w") as ready:
        ready.write("ready\n")


bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
node = Gio.DBusNodeInfo.new_for_xml(XML)
bus.register_object("/org/freedesktop/portal/desktop", node.interfaces[0], on_call, None, None)
Gio.bus_own_name_on_connection(bus, "org.freedesktop.portal.Desktop",
                               Gio.BusNameOwnerFlags.NONE, on_name, None)
GLib.MainLoop().run()
