#!/usr/bin/python3
# A stand-in for the desktop's notification server (org.freedesktop.
# Notifications) on the private session bus a test started. Each Notify is
# logged as a line of JSON. While the file CLICK exists, a notification is
# acted on as soon as it is shown (ActionInvoked with the key CLICK holds, or
# "default", a click on it; then closed);
# otherwise it stays up until closed. Writes READY once it owns the name.
#   notification_stand_in.py LOG READY CLICK
import json
import sys

from gi.repository import Gio, GLib

log_path, ready_path, click_path = sys.argv[1:4]
PATH = "/org/freedesktop/Notifications"
IFACE = "org.freedesktop.Notifications"
XML = """<node><interface name="org.freedesktop.Notifications">
  <method name="GetServerInformation">
    <arg type="s" direction="out"/><arg type="s" direction="out"/>
    <arg type="s" direction="out"/><arg type="s" direction="out"/>
  </method>
  <method name="GetCapabilities"><arg type="as" direction="out"/></method>
  <method name="Notify">
    <arg type="s" name="app_name" direction="in"/>
    <arg type="u" name="replaces_id" direction="in"/>
    <arg type="s" name="app_icon" direction="in"/>
    <arg type="s" name="summary" direction="in"/>
    <arg type="s" name="body" direction="in"/>
    <arg type="as" name="actions" direction="in"/>
    <arg type="a{sv}" name="hints" direction="in"/>
    <arg type="i" name="expire_timeout" direction="in"/>
    <arg type="u" direction="out"/>
  </method>
  <method name="CloseNotification"><arg type="u" name="id" direction="in"/></method>
  <signal name="ActionInvoked"><arg type="u"/><arg type="s"/></signal>
  <signal name="NotificationClosed"><arg type="u"/><arg type="u"/></signal>
</interface></node>"""
next_id = [0]


def on_call(connection, sender, path, interface, method, parameters, invocation):
    if method == "GetServerInformation":
        invocation.return_value(GLib.Variant("(ssss)", ("stand-in", "rapport tests", "1", "1.2")))
    elif method == "GetCapabilities":
        invocation.return_value(GLib.Variant("(as)", (["actions", "body"],)))
    elif method == "CloseNotification":
        (nid,) = parameters.unpack()
        invocation.return_value(None)
        connection.emit_signal(None, PATH, IFACE, "NotificationClosed", GLib.Variant("(uu)", (nid, 3)))
    elif method == "Notify":
        app, _replaces, icon, summary, body, actions, hints, timeout = parameters.unpack()
        next_id[0] += 1
        nid = next_id[0]
        with open(log_path, "a") as log:
            log.write(json.dumps({"id": nid, "app": app, "icon": icon, "summary": summary,
                                  "body": body, "actions": actions,
                                  "desktop_entry": hints.get("desktop-entry", ""),
                                  "category": hints.get("category", "")}) + "\n")
        invocation.return_value(GLib.Variant("(u)", (nid,)))
        try:
            with open(click_path) as click:
                action = click.read().strip() or "default"
        except OSError:
            return
        connection.emit_signal(None, PATH, IFACE, "ActionInvoked", GLib.Variant("(us)", (nid, action)))
        connection.emit_signal(None, PATH, IFACE, "NotificationClosed", GLib.Variant("(uu)", (nid, 2)))


def on_name(_connection, _name):
    with open(ready_path, "w") as ready:
        ready.write("ready\n")


bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
node = Gio.DBusNodeInfo.new_for_xml(XML)
bus.register_object(PATH, node.interfaces[0], on_call, None, None)
Gio.bus_own_name_on_connection(bus, IFACE, Gio.BusNameOwnerFlags.NONE, on_name, None)
GLib.MainLoop().run()
