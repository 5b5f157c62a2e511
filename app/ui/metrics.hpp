#pragma once
// The design's sizes (app/README.md, "The look"), in em: multiples of the body text size
// (17 px at scale 1), so they follow the display scale and the text-size
// setting together. Use ui::em(kX) to get pixels for this frame.

namespace rapport::ui::metrics {

constexpr float kBodyPx = 17.0f;
constexpr float px(float at_scale_one) {
    return at_scale_one / kBodyPx;
}

constexpr float kScreenPadding = px(16);
constexpr float kCardGap = px(8);
constexpr float kCardPadding = px(16);
constexpr float kCardRadius = px(16);
constexpr float kAppBarHeight = px(64);
constexpr float kBottomNavHeight = px(72);
constexpr float kCaptureButton = px(56);
constexpr float kIconButton = px(48);
constexpr float kChipHeight = px(36);
constexpr float kHitTarget = px(48);
constexpr float kListCardMinHeight = px(72);
constexpr float kAvatar = px(44);
constexpr float kNavRailWidth = px(88);
constexpr float kListPaneWidth = px(380);
constexpr float kGap = px(8);
constexpr float kButtonHeight = px(48);
constexpr float kReadableColumn = px(780); // widest a single column of cards gets

// Layout breakpoints in logical px (display width / content scale).
constexpr float kCompactBelow = 600.0f;
constexpr float kListDetailFrom = 840.0f;

} // namespace rapport::ui::metrics
