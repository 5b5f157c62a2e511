#include "features/all_features.hpp"

#include "features/capture/capture_feature.hpp"
#include "features/careers/careers_feature.hpp"
#include "features/compare/compare_feature.hpp"
#include "features/compose/compose_feature.hpp"
#include "features/conversation/conversation_feature.hpp"
#include "features/data/data_feature.hpp"
#include "features/debrief/debrief_feature.hpp"
#include "features/follow_ups/follow_ups_feature.hpp"
#include "features/heard/heard_feature.hpp"
#include "features/help/help_feature.hpp"
#include "features/notes/notes_feature.hpp"
#include "features/people/people_feature.hpp"
#include "features/person/person_feature.hpp"
#include "features/plan/plan_feature.hpp"
#include "features/prepare/prepare_feature.hpp"
#include "features/settings/settings_feature.hpp"
#include "features/speech/speech_feature.hpp"
#include "features/templates/templates_feature.hpp"
#include "features/today/today_feature.hpp"

namespace rapport::ui {

std::vector<std::unique_ptr<Feature>> all_features(Shell& shell) {
    std::vector<std::unique_ptr<Feature>> features;
    features.push_back(std::make_unique<TodayFeature>(shell));
    features.push_back(std::make_unique<PeopleFeature>(shell));
    features.push_back(std::make_unique<PersonFeature>(shell));
    features.push_back(std::make_unique<FollowUpsFeature>(shell));
    features.push_back(std::make_unique<CaptureFeature>(shell));
    features.push_back(std::make_unique<ConversationFeature>(shell));
    features.push_back(std::make_unique<PlanFeature>(shell));
    features.push_back(std::make_unique<ComposeFeature>(shell));
    features.push_back(std::make_unique<PrepareFeature>(shell));
    features.push_back(std::make_unique<CompareFeature>(shell));
    features.push_back(std::make_unique<SpeechFeature>(shell));
    features.push_back(std::make_unique<CareersFeature>(shell));
    features.push_back(std::make_unique<SettingsFeature>(shell));
    features.push_back(std::make_unique<DataFeature>(shell));
    features.push_back(std::make_unique<NotesFeature>(shell));
    features.push_back(std::make_unique<DebriefFeature>(shell));
    features.push_back(std::make_unique<HeardFeature>(shell));
    features.push_back(std::make_unique<HelpFeature>(shell));
    features.push_back(std::make_unique<TemplatesFeature>(shell));
    return features;
}

} // namespace rapport::ui
