#include "platform/input_queue.hpp"

#include <bitset>

namespace rapport::platform {
namespace {

// GLFW's modifier key codes.
constexpr int kLeftShift = 340, kLeftControl = 341, kLeftAlt = 342, kLeftSuper = 343,
              kRightShift = 344, kRightControl = 345, kRightAlt = 346, kRightSuper = 347;

// A key that only types (a letter, a digit, punctuation, space, Shift)
// while no Ctrl, Alt or Super is held: ImGui does nothing with it but the
// character that comes with it, so it may share a frame with text. Every
// other key acts (Enter, Backspace, Escape, arrows, a shortcut) and must
// reach the frame in its place among the characters.
bool only_types(int key, const ImGuiIO& io) {
    const bool printable = key >= 32 && key <= 96;
    const bool shift = key == kLeftShift || key == kRightShift;
    return (printable || shift) && !io.KeyCtrl && !io.KeyAlt && !io.KeySuper;
}

// GLFW's modifier bits.
constexpr int kModShift = 0x1, kModControl = 0x2, kModAlt = 0x4, kModSuper = 0x8;

// From the modifier keys held, and from `mods` as a key going down carried
// them (none when unknown or on a release: a combination ends with its key).
void update_modifiers(ImGuiIO& io, int mods) {
    const int with = mods < 0 ? 0 : mods;
    io.KeyCtrl = io.KeysDown[kLeftControl] || io.KeysDown[kRightControl] || (with & kModControl);
    io.KeyShift = io.KeysDown[kLeftShift] || io.KeysDown[kRightShift] || (with & kModShift);
    io.KeyAlt = io.KeysDown[kLeftAlt] || io.KeysDown[kRightAlt] || (with & kModAlt);
    io.KeySuper = io.KeysDown[kLeftSuper] || io.KeysDown[kRightSuper] || (with & kModSuper);
}

} // namespace

void InputQueue::key(int key, bool down, int mods) {
    Event e{Event::Kind::Key, key, down};
    e.mods = mods;
    events_.push_back(e);
}

void InputQueue::character(unsigned int codepoint) {
    events_.push_back({Event::Kind::Char, static_cast<int>(codepoint)});
}

void InputQueue::mouse_move(float x, float y) {
    events_.push_back({Event::Kind::Move, 0, false, x, y});
}

void InputQueue::mouse_button(int button, bool down) {
    events_.push_back({Event::Kind::Button, button, down});
}

void InputQueue::wheel(float x, float y) {
    events_.push_back({Event::Kind::Wheel, 0, false, x, y});
}

bool InputQueue::keyboard_waiting() const {
    for (const Event& e : events_)
        if (e.kind == Event::Kind::Key || e.kind == Event::Kind::Char) return true;
    return false;
}

void InputQueue::deliver(ImGuiIO& io, bool hold_asked, bool own_pointer) {
    held_frames_ = hold_asked ? held_frames_ + 1 : 0;
    const bool hold_keyboard = hold_asked && held_frames_ <= kLongestHold;
    constexpr int kKeys = IM_ARRAYSIZE(io.KeysDown);
    std::bitset<kKeys> keys_changed;
    bool key_went_down = false, acting_key_went_down = false, text = false, moved = false,
         wheeled = false;
    bool pointer_applied = false;
    unsigned buttons_changed = 0;
    while (!events_.empty()) {
        const Event e = events_.front();
        bool stop = false;
        switch (e.kind) {
        case Event::Kind::Key:
            // A press and its release in different frames, or ImGui never
            // sees the press. A key that acts waits for the text before it:
            // the app may act on it before the text box draws (Escape
            // leaves the box, which would never take the last letters).
            stop = hold_keyboard || (e.code >= 0 && e.code < kKeys && keys_changed[e.code]) ||
                   buttons_changed != 0 || (e.down && text && !only_types(e.code, io));
            break;
        case Event::Kind::Char:
            // After a key that acts went down, the key first: "time.<Enter>He"
            // must not become "time.He<Enter>". A letter's own key is no
            // reason to wait: typing costs one frame a character.
            stop = hold_keyboard || acting_key_went_down || buttons_changed != 0;
            break;
        case Event::Kind::Move:
            stop = buttons_changed != 0;
            break;
        case Event::Kind::Button:
            // 1.86 needs the pointer over a control a frame before the press
            // (a tap arrives as a jump and a press), and one change per frame.
            stop = (buttons_changed & (1u << e.code)) != 0 || (e.down && moved) || wheeled ||
                   key_went_down || text;
            break;
        case Event::Kind::Wheel:
            stop = buttons_changed != 0 || key_went_down || text;
            break;
        }
        if (stop) break;
        events_.pop_front();
        switch (e.kind) {
        case Event::Kind::Key:
            if (e.code < 0 || e.code >= kKeys) break;
            acting_key_went_down = acting_key_went_down || (e.down && !only_types(e.code, io));
            io.KeysDown[e.code] = e.down;
            keys_changed[e.code] = true;
            key_went_down = key_went_down || e.down;
            if (e.down) {
                mods_key_ = e.code;
                mods_ = e.mods;
            } else if (e.code == mods_key_) {
                mods_ = -1; // the combination ends with its key
            }
            update_modifiers(io, mods_);
            break;
        case Event::Kind::Char:
            io.AddInputCharacter(static_cast<unsigned int>(e.code));
            text = true;
            break;
        case Event::Kind::Move:
            pointer_ = ImVec2(e.x, e.y);
            moved = pointer_applied = true;
            break;
        case Event::Kind::Button:
            if (e.code >= 0 && e.code < 5) {
                buttons_[e.code] = e.down;
                buttons_changed |= 1u << e.code;
                pointer_applied = true;
            }
            break;
        case Event::Kind::Wheel:
            io.MouseWheelH += e.x;
            io.MouseWheel += e.y;
            wheeled = true;
            break;
        }
    }
    update_modifiers(io, mods_);
    if (own_pointer || pointer_applied) {
        io.MousePos = pointer_;
        for (int i = 0; i < 5; ++i)
            io.MouseDown[i] = buttons_[i];
    }
}

} // namespace rapport::platform
