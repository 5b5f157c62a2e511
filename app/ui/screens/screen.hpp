#pragma once
// What every screen receives: what to show (read-only), where to record what
// the user asked for, and the layout it is drawn in.
#include "ui/actions.hpp"
#include "ui/editors.hpp"
#include "ui/import_job.hpp"
#include "ui/navigator.hpp"
#include "ui/preferences.hpp"
#include "ui/read_model.hpp"

#include <cstdint>
#include <string>

namespace rapport::ui {

struct Layout {
    float logical_width = 420.0f; // display width / content scale
    bool compact = true;          // < 600: bottom navigation, one column
    bool list_detail = false;     // >= 840: list and detail side by side
};

struct ScreenContext {
    const ReadModel& model;
    const Navigator& navigator;
    const Preferences& preferences;
    const Layout& layout;
    Actions& actions;
    CaptureEditor& capture;
    PersonEditor& person_editor;
    const PeopleFilter& filter;
    std::string& search_text; // the People search box
    ConversationEditor& conversation;
    PlanEditor& plan;
    ComposeEditor& compose;
    SpeechEditor& speech;
    DataEditor& data;
    const ImportJob& import_job;
};

// The undecorated window filling the display that everything is drawn in;
// end it with ImGui::End().
void begin_root_window(const char* id);

// A padded, finger-scrollable body below the app bar, centred with a
// readable maximum width on wide displays.
void begin_body(const char* id);
void end_body();

void draw_today(ScreenContext& screen);
void draw_people(ScreenContext& screen);
void draw_prepare(ScreenContext& screen);
void draw_careers(ScreenContext& screen);
void draw_capture(ScreenContext& screen);
void draw_settings(ScreenContext& screen);
void draw_person(ScreenContext& screen);
void draw_person_edit(ScreenContext& screen);
void draw_conversation(ScreenContext& screen);
void draw_plan_conversation(ScreenContext& screen);
void draw_compose(ScreenContext& screen);
void draw_compare(ScreenContext& screen);
void draw_speech(ScreenContext& screen);
void draw_career(ScreenContext& screen);
void draw_data(ScreenContext& screen);
void draw_import_preview(ScreenContext& screen);
// The People list alone, for the left pane of the wide layout.
void draw_people_list(ScreenContext& screen, bool in_pane);

} // namespace rapport::ui
