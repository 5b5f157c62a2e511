#pragma once
// What the browser may not have stored when a page goes away. The database
// reaches IndexedDB a moment after each change (FS.syncfs, asynchronous);
// a page closed in that moment loses the change. Two things must never be
// lost that way, so the page also keeps them in localStorage, which is
// written at once (rapport-page.js), and the next start takes them back:
// - the capture draft as typed (kept when the page hides);
// - a capture just filed (Done), kept until IndexedDB has the filing.
#include "ui/app_services.hpp"

#include <string>

namespace rapport::store {
class Store;
struct CaptureDraft;
} // namespace rapport::store

namespace rapport {

// The draft as the page keeps it in localStorage when it is left (read
// back by take_back_unsynced_draft).
std::string draft_json(const store::CaptureDraft& draft);

// Keeps `filed` in localStorage until the browser has stored the database
// (AppServices::capture_filed on the web).
void keep_filed_capture(const ui::FiledCapture& filed);

// At start, before the screens: the draft the page kept, unless the
// database has the same or a later one.
void take_back_unsynced_draft(store::Store& store);

// At start, after the draft: a capture filed just before the page went
// away is filed now if the database does not have it. Returns the
// confirmation to show ("" when nothing was missing); errors go to stderr.
std::string file_capture_kept(store::Store& store);

} // namespace rapport
